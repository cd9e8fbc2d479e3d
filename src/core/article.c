/*
** article.c — the parser pipeline: runs the stages of article.h in order on
** one article and owns the Article's memory. Each stage lives in its own
** module; this file only sequences them and checks the caller's cancel flag
** between stages. Tokens, entities, numbers and dates come from the same
** lexing of each body block (number_lex), made once here for the four.
*/
#include "article.h"

#include <stdlib.h>

#include "blocks.h"
#include "date.h"
#include "entity.h"
#include "normalize.h"
#include "number.h"
#include "quote.h"
#include "sentence.h"
#include "spare.h"
#include "token.h"

/* A stage: fills its fields of a; opts for those that read them. */
typedef LedeStatus (*Stage)(Article *a, const ParseOptions *opts, Err *err);

static bool is_cancelled(const ParseOptions *opts) {
  return opts != NULL && opts->cancel != NULL && *opts->cancel != 0;
}

/* What the shared walk over the lexed stretches carries. */
typedef struct {
  EntityScan *entities;
  const ParseOptions *opts;
} WordPass;

/* Entity candidates, numbers and dates of one lexed stretch (its tokens
** came with the lexing). */
static LedeStatus word_pass_in(Article *a, const NumberToks *toks, void *ctx) {
  WordPass *wp = ctx;
  LedeStatus st = entity_scan_stretch(a, toks, wp->entities);
  if (st == LEDE_OK) st = numbers_in(a, toks, NULL);
  return st == LEDE_OK ? dates_in(a, toks, (void *)wp->opts) : st;
}

/* tokens_find, entities_find, numbers_find and dates_find in one walk over
** the body blocks, each lexed once; a's tokens, entities, mentions,
** numbers and dates come out as the four calls would leave them. */
LedeStatus article_word_pass(Article *a, const ParseOptions *opts, Err *err) {
  a->tokens.len = a->numbers.len = a->dates.len = 0; /* the stretch visitors append */
  size_t body; /* news text has a token every 5 bytes or so: room to grow into once */
  (void)article_body_bytes(a, &body);
  WordPass wp = {entity_scan_new(a), opts};
  bool has_room = vec_reserve(&a->tokens, body / 4 + 16);
  LedeStatus st =
      wp.entities != NULL && has_room ? number_each_stretch(a, &a->tokens, word_pass_in, &wp) : LEDE_ENOMEM;
  LedeStatus ent = entity_scan_finish(wp.entities, a, err); /* frees the scan in any case */
  if (st == LEDE_EINTR) return err_set(err, st, "interrupted");
  if (st != LEDE_OK) return err_set(err, st, "word pass: out of memory");
  return ent;
}

static LedeStatus quotes_stage(Article *a, const ParseOptions *opts, Err *err) {
  (void)opts;
  return quotes_find(a, err);
}

static LedeStatus blocks_stage(Article *a, const ParseOptions *opts, Err *err) {
  (void)opts;
  return blocks_classify(a, err);
}

static LedeStatus sentences_stage(Article *a, const ParseOptions *opts, Err *err) {
  (void)opts;
  return sentences_find(a, err);
}

/* The stages in order; quotes need the entities of the word pass. */
static const Stage stages[] = {
    blocks_stage, sentences_stage, article_word_pass, quotes_stage,
};

/* Takes (take) or gives back the Article's vectors from or to the
** thread's spare slots: an article freed leaves its memory, warm, to the
** next parse (~9 malloc/free pairs an article less). Not its text and
** offset map, which normalize_text sizes itself. */
static void article_vectors(Article *a, bool take) {
#define ARTICLE_VECTOR(v, slot) (take ? (void)vec_take(&a->v, slot) : (void)vec_give(&a->v, slot))
  ARTICLE_VECTOR(bylines, SPARE_ART_BYLINES);
  ARTICLE_VECTOR(blocks, SPARE_ART_BLOCKS);
  ARTICLE_VECTOR(tokens, SPARE_ART_TOKENS);
  ARTICLE_VECTOR(sentences, SPARE_ART_SENTENCES);
  ARTICLE_VECTOR(entities, SPARE_ART_ENTITIES);
  ARTICLE_VECTOR(mentions, SPARE_ART_MENTIONS);
  ARTICLE_VECTOR(quotes, SPARE_ART_QUOTES);
  ARTICLE_VECTOR(numbers, SPARE_ART_NUMBERS);
  ARTICLE_VECTOR(dates, SPARE_ART_DATES);
#undef ARTICLE_VECTOR
}

LedeStatus article_parse(Span raw, const ParseOptions *opts, Article *out, Err *err) {
  static const ParseOptions no_opts = {0};
  if (opts == NULL) opts = &no_opts;
  *out = (Article){0};
  article_vectors(out, true);
  LedeStatus st = normalize_text(raw, out, err);
  for (size_t i = 0; st == LEDE_OK && i < sizeof stages / sizeof stages[0]; i++) {
    if (is_cancelled(opts)) st = err_set(err, LEDE_EINTR, "interrupted");
    else st = stages[i](out, opts, err);
  }
  if (st != LEDE_OK) article_free(out);
  return st;
}

size_t article_body_bytes(const Article *a, size_t *total) {
  size_t longest = 0;
  *total = 0;
  for (size_t i = 0; i < a->blocks.len; i++) {
    if (a->blocks.items[i].kind != BLOCK_BODY) continue;
    size_t n = a->blocks.items[i].r.end - a->blocks.items[i].r.start;
    *total += n;
    if (n > longest) longest = n;
  }
  return longest;
}

void article_free(Article *a) {
  free(a->text);
  vec_free(&a->offset_map);
  article_vectors(a, false);
  *a = (Article){0};
}

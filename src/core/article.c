/*
** article.c — the parser pipeline: runs the stages of article.h in order on
** one article and owns the Article's memory. Each stage lives in its own
** module; this file only sequences them (numbers and dates share one lexing
** of each block) and checks the caller's cancel flag between stages.
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
#include "token.h"

/* A stage that needs only the article; dates (which also read the options)
** are called by name. */
typedef LedeStatus (*Stage)(Article *a, Err *err);

static const Stage stages[] = {
    blocks_classify, tokens_find, sentences_find, entities_find, quotes_find,
};

/* Numbers and dates of one lexed stretch: both stages read the same tokens,
** so each body block is lexed once for the two. */
static LedeStatus figures_in(Article *a, const NumberToks *toks, void *opts) {
  LedeStatus st = numbers_in(a, toks, NULL);
  return st == LEDE_OK ? dates_in(a, toks, opts) : st;
}

/* numbers_find and dates_find in one walk over the body blocks; a's numbers
** and dates come out as the two calls would leave them. */
static LedeStatus figures_find(Article *a, const ParseOptions *opts, Err *err) {
  LedeStatus st = number_each_stretch(a, figures_in, (void *)opts);
  if (st == LEDE_EINTR) return err_set(err, st, "dates: interrupted");
  if (st != LEDE_OK) return err_set(err, st, "numbers and dates: out of memory");
  return LEDE_OK;
}

static bool is_cancelled(const ParseOptions *opts) {
  return opts != NULL && opts->cancel != NULL && *opts->cancel != 0;
}

LedeStatus article_parse(Span raw, const ParseOptions *opts, Article *out, Err *err) {
  static const ParseOptions no_opts = {0};
  if (opts == NULL) opts = &no_opts;
  *out = (Article){0};
  LedeStatus st = normalize_text(raw, out, err);
  for (size_t i = 0; st == LEDE_OK && i < sizeof stages / sizeof stages[0]; i++) {
    if (is_cancelled(opts)) st = err_set(err, LEDE_EINTR, "interrupted");
    else st = stages[i](out, err);
  }
  if (st == LEDE_OK && is_cancelled(opts)) st = err_set(err, LEDE_EINTR, "interrupted");
  if (st == LEDE_OK) st = figures_find(out, opts, err);
  if (st != LEDE_OK) article_free(out);
  return st;
}

void article_free(Article *a) {
  free(a->text);
  vec_free(&a->offset_map);
  vec_free(&a->bylines);
  vec_free(&a->blocks);
  vec_free(&a->tokens);
  vec_free(&a->sentences);
  vec_free(&a->entities);
  vec_free(&a->mentions);
  vec_free(&a->quotes);
  vec_free(&a->numbers);
  vec_free(&a->dates);
  *a = (Article){0};
}

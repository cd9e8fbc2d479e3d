/*
** terms.c — text to term ids (terms.h). Both splitters feed one function,
** add_term, that lower-cases (and stems) a word into a scratch buffer and
** interns it, so the two ways of splitting differ only in where words start
** and end.
*/
#include "terms.h"

#include "token.h"

/* A word too long for the stack buffer is interned as its raw bytes, lower-
** cased into a heap buffer. Real words never get there. */
#define TERM_BUF 512

typedef struct {
  const char *text;
  const TermOptions *opts;
  TermMap *map;
  TermIdVec *ids;
  RangeVec *ranges;
} TermSink;

/* Lower-cases (and maybe stems) text[r) and appends its id (and range). */
static LedeStatus add_term(TermSink *k, Range r) {
  Span word = {k->text + r.start, r.end - r.start};
  char buf[TERM_BUF];
  char *out = buf;
  size_t n = 0;
  LedeStatus rc;
  bool stem = k->opts->stemmer != NULL && word.len > k->opts->stem_min_len;
  if (stem) rc = stemmer_stem(k->opts->stemmer, word, buf, sizeof buf, &n);
  else rc = word_lower(word, buf, sizeof buf, &n);
  if (rc == LEDE_EINPUT) { /* longer than buf: lower-case only, on the heap */
    out = malloc(n);
    if (out == NULL) return LEDE_ENOMEM;
    rc = word_lower(word, out, n, &n);
  }
  uint32_t id = 0;
  if (rc == LEDE_OK) rc = termmap_intern(k->map, (Span){out, n}, &id);
  if (out != buf) free(out);
  if (rc != LEDE_OK) return rc;
  if (!vec_push(k->ids, id)) return LEDE_ENOMEM;
  if (k->ranges != NULL && !vec_push(k->ranges, r)) return LEDE_ENOMEM;
  return LEDE_OK;
}

/* Where to end a chunk of text[start, end) for tokens_scan: the first ASCII
** space or newline at or after start + TERM_CHUNK (tokens never span one),
** or end. */
#define TERM_CHUNK 65536
static size_t chunk_end(const char *text, size_t start, size_t end) {
  if (end - start <= TERM_CHUNK) return end;
  for (size_t i = start + TERM_CHUNK; i < end; i++)
    if (text[i] == ' ' || text[i] == '\n') return i;
  return end;
}

/* TERMS_WORDS: words and numbers of tokens_scan, one chunk at a time so the
** scratch token vector stays small on huge inputs. */
static LedeStatus split_words(TermSink *k, Range r) {
  TokenVec toks = {0};
  LedeStatus rc = LEDE_OK;
  for (size_t start = r.start; rc == LEDE_OK && start < r.end;) {
    size_t end = chunk_end(k->text, start, r.end);
    toks.len = 0;
    rc = tokens_scan(k->text, (Range){start, end}, &toks);
    for (size_t i = 0; rc == LEDE_OK && i < toks.len; i++) {
      if (toks.items[i].cls == TOKEN_WORD || toks.items[i].cls == TOKEN_NUMBER)
        rc = add_term(k, toks.items[i].r);
    }
    start = end;
  }
  vec_free(&toks);
  return rc;
}

/* TERMS_ALNUM: maximal runs of letter and digit characters. */
static LedeStatus split_alnum(TermSink *k, Range r) {
  const char *end = k->text + r.end;
  size_t start = 0;
  bool in_word = false;
  for (size_t i = r.start; i < r.end;) {
    size_t len;
    int32_t cp;
    CharClass c = text_char_class(k->text + i, end, &len, &cp);
    bool is_alnum = c == CHAR_LETTER || c == CHAR_DIGIT;
    if (is_alnum && !in_word) start = i;
    if (!is_alnum && in_word) {
      LedeStatus rc = add_term(k, (Range){start, i});
      if (rc != LEDE_OK) return rc;
    }
    in_word = is_alnum;
    i += len;
  }
  return in_word ? add_term(k, (Range){start, r.end}) : LEDE_OK;
}

LedeStatus terms_from_text(const char *text, Range r, const TermOptions *opts, TermMap *map,
                           TermIdVec *ids, RangeVec *ranges) {
  static const TermOptions defaults = {0};
  TermSink k = {text, opts != NULL ? opts : &defaults, map, ids, ranges};
  if (r.end <= r.start) return LEDE_OK;
  return k.opts->split == TERMS_ALNUM ? split_alnum(&k, r) : split_words(&k, r);
}

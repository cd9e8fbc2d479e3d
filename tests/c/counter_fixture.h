/*
** counter_fixture.h — WordCounters (counts.h) for the tests of the
** statistics kernels (test_tfidf.c, test_keyness.c, test_colloc.c, ...):
** a counter of lower-case n-grams with stop words kept, and texts counted
** into one of its groups as documents. Include after check.h.
*/
#ifndef LEDE_COUNTER_FIXTURE_H
#define LEDE_COUNTER_FIXTURE_H

#include <string.h>

#include "counts.h"

static inline Span span_of(const char *text) { return (Span){text, strlen(text)}; }

/* A fresh counter of n-grams of n lower-case words. */
static inline void counter_init(WordCounter *cn, size_t n) {
  *cn = (WordCounter){0};
  CHECK_INT_EQ(lexer_init(&cn->lx, FORM_LOWER, false), LEDE_OK);
  ngram_init(&cn->tab, n, 0);
}

/* Counts text into group g of cn as one document. */
static inline void count_doc(WordCounter *cn, uint32_t g, const char *text) {
  CHECK_INT_EQ(lexer_terms(&cn->lx, span_of(text), &cn->ids), LEDE_OK);
  CHECK_INT_EQ(ngram_add(&cn->tab, g, cn->ids.items, cn->ids.len), LEDE_OK);
}

static inline void counter_free(WordCounter *cn) {
  lexer_free(&cn->lx);
  ngram_free(&cn->tab);
  vec_free(&cn->ids);
}

#endif

/*
** counter_fixture.h — WordCounters (counts.h) for the tests of the
** statistics kernels (test_tfidf.c, test_keyness.c, test_colloc.c, ...):
** a counter of lower-case n-grams with stop words kept, and texts counted
** into one of its groups as documents, each call checked. Include after
** check.h.
*/
#ifndef LEDE_COUNTER_FIXTURE_H
#define LEDE_COUNTER_FIXTURE_H

#include <string.h>

#include "counts.h"

static inline Span span_of(const char *text) { return (Span){text, strlen(text)}; }

/* A fresh counter of n-grams of n lower-case words (free it with
** word_counter_free). */
static inline void counter_init(WordCounter *cn, size_t n) {
  CHECK_INT_EQ(word_counter_init(cn, n, FORM_LOWER, false, 0), LEDE_OK);
}

/* Counts text into group g of cn as one document. */
static inline void count_doc(WordCounter *cn, uint32_t g, const char *text) {
  CHECK_INT_EQ(word_counter_add(cn, g, span_of(text)), LEDE_OK);
}

#endif

/*
** test_colloc.c — collocations of "war" (windows of one word either side)
** in two sentences worked by hand: the window counts, span, node and token
** counts, the tables and G2 from the formulas of assoc.h (computed in
** Python), ranking and ties, min_freq, limit, dropped stop words, f(y) and
** N from a corpus counter, and a node that is not one word.
*/
#include <math.h>

#include "check.h"
#include "colloc.h"
#include "counter_fixture.h"

/* Sentence 1: [the] WAR [ended]; sentence 2: WAR [crimes] [were] WAR
** [crimes]. Span 2 + 3 = 5, node 3 times, 8 tokens; O11: crimes 2, the,
** ended, were 1. crimes: table (2, 3, 0, 3), G2 2.2672456438; the others
** (1, 4, 0, 3), G2 1.0242983447, tied, so by term id: the, ended, were. */
static const char text[] = "The war ended. War crimes were war crimes";
#define G2_CRIMES 2.2672456438
#define G2_ONCE 1.0242983447

/* Checks that row i of res is word with O11 o11 and score. */
static void check_row(const Colloc *c, const CollocResult *res, size_t i, const char *word, double o11,
                      double score) {
  CHECK(i < res->rows.len);
  if (i >= res->rows.len) return;
  const CollocRow *r = &res->rows.items[i];
  Span w = termmap_term(&c->lx.map, r->id);
  CHECK_SPAN_EQ(w.ptr, w.len, word);
  CHECK_NEAR(r->t.o11, o11, 0);
  CHECK_NEAR(r->score, score, 1e-9);
}

static void test_counts_and_ranks(void) {
  Colloc c = {0};
  CollocResult res = {0};
  CHECK_INT_EQ(colloc_init(&c, span_of("War"), FORM_LOWER, false, 1, 1), LEDE_OK);
  CHECK_INT_EQ(colloc_add(&c, span_of(text)), LEDE_OK);
  CHECK_INT_EQ(c.span, 5);
  CHECK_INT_EQ(c.n_node, 3);
  CHECK_INT_EQ(c.n_tokens, 8);
  CHECK_INT_EQ(colloc_rank(&c, ASSOC_G2, 1, 0, NULL, &res), LEDE_OK);
  CHECK_NEAR(res.n, 8, 0);
  CHECK_INT_EQ(res.rows.len, 4);
  check_row(&c, &res, 0, "crimes", 2, G2_CRIMES);
  check_row(&c, &res, 1, "the", 1, G2_ONCE);
  check_row(&c, &res, 2, "ended", 1, G2_ONCE);
  check_row(&c, &res, 3, "were", 1, G2_ONCE);
  const CollocRow *crimes = &res.rows.items[0];
  CHECK(crimes->t.o12 == 3 && crimes->t.o21 == 0 && crimes->t.o22 == 3 && crimes->freq == 2);
  CHECK_NEAR(crimes->e11, 5.0 * 2 / 8, 1e-12);
  CHECK_INT_EQ(colloc_rank(&c, ASSOC_DICE, 2, 0, NULL, &res), LEDE_OK); /* min_freq 2 */
  CHECK_INT_EQ(res.rows.len, 1);
  check_row(&c, &res, 0, "crimes", 2, 4.0 / 7);
  CHECK_INT_EQ(colloc_rank(&c, ASSOC_G2, 0, 2, NULL, &res), LEDE_OK); /* limit 2 */
  CHECK_INT_EQ(res.rows.len, 2);
  check_row(&c, &res, 1, "the", 1, G2_ONCE);
  /* a second text accumulates */
  CHECK_INT_EQ(colloc_add(&c, span_of("war crimes")), LEDE_OK);
  CHECK(c.span == 6 && c.n_node == 4 && c.n_tokens == 10);
  colloc_result_free(&res);
  colloc_free(&c);
  colloc_free(&c);
}

/* Dropped stop words keep their positions (the span and tokens do not
** change) but are never collocates. */
static void test_stopwords(void) {
  Colloc c = {0};
  CollocResult res = {0};
  CHECK_INT_EQ(colloc_init(&c, span_of("war"), FORM_LOWER, true, 1, 1), LEDE_OK);
  CHECK_INT_EQ(colloc_add(&c, span_of(text)), LEDE_OK);
  CHECK(c.span == 5 && c.n_tokens == 8);
  CHECK_INT_EQ(colloc_rank(&c, ASSOC_G2, 1, 0, NULL, &res), LEDE_OK);
  CHECK_INT_EQ(res.rows.len, 2);
  check_row(&c, &res, 0, "crimes", 2, G2_CRIMES);
  check_row(&c, &res, 1, "ended", 1, G2_ONCE);
  colloc_result_free(&res);
  colloc_free(&c);
  /* the node may itself be a stop word, counted however it is written,
  ** while the other stop words are still dropped */
  CHECK_INT_EQ(colloc_init(&c, span_of("the"), FORM_LOWER, true, 0, 1), LEDE_OK);
  CHECK_INT_EQ(colloc_add(&c, span_of("the war. The war, and THE end")), LEDE_OK);
  CHECK_INT_EQ(c.n_node, 3);
  CHECK_INT_EQ(colloc_rank(&c, ASSOC_G2, 1, 0, NULL, &res), LEDE_OK);
  CHECK(res.rows.len > 0);
  for (size_t i = 0; i < res.rows.len; i++) {
    Span w = termmap_term(&c.lx.map, res.rows.items[i].id);
    CHECK(res.rows.items[i].id != c.node);
    CHECK(!(w.len == 3 && memcmp(w.ptr, "and", 3) == 0)); /* other stop words still dropped */
  }
  colloc_result_free(&res);
  colloc_free(&c);
  CHECK_INT_EQ(colloc_init(&c, span_of("the"), FORM_LOWER, false, 0, 1), LEDE_OK);
  CHECK_INT_EQ(colloc_add(&c, span_of(text)), LEDE_OK);
  CHECK(c.n_node == 1 && c.span == 1);
  colloc_free(&c);
}

/* A counter of lower-case words over texts, as one group. */
static void counter_of(WordCounter *cn, const char *const texts[], size_t n) {
  counter_init(cn, 1);
  for (size_t i = 0; i < n; i++) count_doc(cn, 0, texts[i]);
}

/* f(y) and N from a counter over more text ("crimes crimes peace" added:
** N = 11, f(crimes) = 4): crimes (2, 3, 2, 4) scores G2 0.0523123362,
** below the others (1, 4, 0, 6) at 1.6979699063. Against a counter whose
** counts cannot hold the windows' (N = 4), every collocate is left out. */
static void test_corpus_counter(void) {
  static const char *const more[] = {text, "crimes crimes peace"};
  static const char *const less[] = {"war crimes were the"};
  Colloc c = {0};
  CollocResult res = {0};
  WordCounter cn, small, bigrams = {0};
  counter_of(&cn, more, 2);
  counter_of(&small, less, 1);
  CHECK_INT_EQ(colloc_init(&c, span_of("war"), FORM_LOWER, false, 1, 1), LEDE_OK);
  CHECK_INT_EQ(colloc_add(&c, span_of(text)), LEDE_OK);
  CHECK_INT_EQ(colloc_rank(&c, ASSOC_G2, 1, 0, &cn, &res), LEDE_OK);
  CHECK_NEAR(res.n, 11, 0);
  CHECK_INT_EQ(res.rows.len, 4);
  check_row(&c, &res, 0, "the", 1, 1.6979699063);
  check_row(&c, &res, 3, "crimes", 2, 0.0523123362);
  CHECK(res.rows.len == 4 && res.rows.items[3].freq == 4);
  CHECK_INT_EQ(colloc_rank(&c, ASSOC_G2, 1, 0, &small, &res), LEDE_OK);
  CHECK_INT_EQ(res.rows.len, 0);
  ngram_init(&bigrams.tab, 2, 0);
  CHECK_INT_EQ(colloc_rank(&c, ASSOC_G2, 1, 0, &bigrams, &res), LEDE_EINPUT);
  ngram_free(&bigrams.tab);
  word_counter_free(&cn), word_counter_free(&small);
  colloc_result_free(&res);
  colloc_free(&c);
}

static void test_bad_node(void) {
  static const char *const bad[] = {"war crimes", "", ".", "war."};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    Colloc c = {0};
    CHECK_INT_EQ(colloc_init(&c, span_of(bad[i]), FORM_LOWER, false, 1, 1), LEDE_EINPUT);
    colloc_free(&c);
  }
}

int main(void) {
  test_counts_and_ranks();
  test_stopwords();
  test_corpus_counter();
  test_bad_node();
  return CHECK_DONE();
}

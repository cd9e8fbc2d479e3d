/*
** test_keyness.c — keyness_rank on two tiny groups worked by hand with the
** formulas of assoc.h (c = 4, d = 5 tokens): over-use, under-use with the
** reference's own n-grams, min_freq, limit, stop words, the whole-corpus
** reference read from a second counter through the words' text, tie order
** and misuse.
*/
#include <math.h>

#include "check.h"
#include "counter_fixture.h"
#include "keyness.h"

/* Checks that row i of res is the word want with counts a, b and LL ll. */
static void check_row(const KeynessResult *res, size_t i, const char *want, uint32_t a, uint32_t b, double ll) {
  CHECK(i < res->rows.len);
  if (i >= res->rows.len) return;
  const KeynessRow *r = &res->rows.items[i];
  Span w = termmap_term(&r->counter->lx.map, keyness_row_ngram(r)[0]);
  CHECK_SPAN_EQ(w.ptr, w.len, want);
  CHECK_INT_EQ(r->a, a);
  CHECK_INT_EQ(r->b, b);
  CHECK_NEAR(r->k.ll, ll, 1e-9);
}

/* Values from the formulas in Python: LL of war (2 vs 1) 0.6002091849,
** crimes (1 vs 0) 1.6218604324, the (1 vs 2) -0.1539220823, peace (0 vs
** 2) -2.3511466596. */
#define LL_WAR 0.6002091849
#define LL_CRIMES 1.6218604324
#define LL_THE (-0.1539220823)
#define LL_PEACE (-2.3511466596)

static void test_groups(void) {
  WordCounter cn;
  counter_init(&cn, 1);
  count_doc(&cn, 1, "War, war crimes: the");
  count_doc(&cn, 2, "war peace. Peace the the");
  KeynessQuery q = {.target = &cn, .ref = &cn, .target_group = 1, .ref_group = 2, .min_freq = 1};
  KeynessResult res = {0};
  CHECK_INT_EQ(keyness_rank(&q, &res), LEDE_OK);
  CHECK_NEAR(res.c, 4, 0);
  CHECK_NEAR(res.d, 5, 0);
  CHECK_INT_EQ(res.rows.len, 2); /* "the" is under-used: not listed */
  check_row(&res, 0, "crimes", 1, 0, LL_CRIMES);
  check_row(&res, 1, "war", 2, 1, LL_WAR);
  CHECK_NEAR(res.rows.items[0].k.log_ratio, 1.3219280949, 1e-9);
  CHECK_NEAR(res.rows.items[0].k.e_target, 4.0 / 9, 1e-12);
  CHECK(isinf(res.rows.items[0].k.pct_diff));
  q.negative = true; /* the reference's own "peace" joins, lowest LL first */
  CHECK_INT_EQ(keyness_rank(&q, &res), LEDE_OK);
  CHECK_INT_EQ(res.rows.len, 2);
  check_row(&res, 0, "peace", 0, 2, LL_PEACE);
  CHECK(res.rows.len == 2 && res.rows.items[0].from_ref && !res.rows.items[1].from_ref);
  check_row(&res, 1, "the", 1, 2, LL_THE);
  q.skip_stopwords = true;
  CHECK_INT_EQ(keyness_rank(&q, &res), LEDE_OK);
  CHECK_INT_EQ(res.rows.len, 1);
  check_row(&res, 0, "peace", 0, 2, LL_PEACE);
  q = (KeynessQuery){.target = &cn, .ref = &cn, .target_group = 1, .ref_group = 2, .min_freq = 3};
  CHECK_INT_EQ(keyness_rank(&q, &res), LEDE_OK); /* a + b >= 3: war only ("the" is under-used) */
  CHECK_INT_EQ(res.rows.len, 1);
  check_row(&res, 0, "war", 2, 1, LL_WAR);
  q.min_freq = 1, q.limit = 1;
  CHECK_INT_EQ(keyness_rank(&q, &res), LEDE_OK);
  CHECK_INT_EQ(res.rows.len, 1);
  check_row(&res, 0, "crimes", 1, 0, LL_CRIMES);
  q.ref_group = 7; /* an empty reference: no rows */
  CHECK_INT_EQ(keyness_rank(&q, &res), LEDE_OK);
  CHECK_INT_EQ(res.rows.len, 0);
  keyness_result_free(&res);
  keyness_result_free(&res);
  word_counter_free(&cn);
}

/* The whole corpus as reference, in another counter that saw the documents
** in the other order (so other term ids): b = count - a, d = total - c,
** and the same numbers as against group 2 alone. */
static void test_total_reference(void) {
  WordCounter cn, all, bigrams;
  counter_init(&cn, 1), counter_init(&all, 1), counter_init(&bigrams, 2);
  count_doc(&cn, 1, "War, war crimes: the");
  count_doc(&all, 0, "war peace. Peace the the");
  count_doc(&all, 0, "War, war crimes: the");
  KeynessQuery q = {.target = &cn, .ref = &all, .target_group = 1, .ref_is_total = true, .min_freq = 1,
                    .negative = true};
  KeynessResult res = {0};
  CHECK_INT_EQ(keyness_rank(&q, &res), LEDE_OK);
  CHECK_NEAR(res.d, 5, 0);
  CHECK_INT_EQ(res.rows.len, 2);
  check_row(&res, 0, "peace", 0, 2, LL_PEACE);
  check_row(&res, 1, "the", 1, 2, LL_THE);
  q.negative = false;
  CHECK_INT_EQ(keyness_rank(&q, &res), LEDE_OK);
  check_row(&res, 0, "crimes", 1, 0, LL_CRIMES);
  check_row(&res, 1, "war", 2, 1, LL_WAR);
  q.ref = &bigrams;
  CHECK_INT_EQ(keyness_rank(&q, &res), LEDE_EINPUT);
  keyness_result_free(&res);
  word_counter_free(&cn), word_counter_free(&all), word_counter_free(&bigrams);
}

/* Equal LL: entry order, i.e. the order the target first saw them (beta,
** then alpha, then gamma), whatever qsort does with equal keys. */
static void test_ties(void) {
  WordCounter cn;
  counter_init(&cn, 1);
  count_doc(&cn, 1, "beta alpha gamma");
  count_doc(&cn, 2, "delta delta delta");
  KeynessQuery q = {.target = &cn, .ref = &cn, .target_group = 1, .ref_group = 2, .min_freq = 1};
  KeynessResult res = {0};
  CHECK_INT_EQ(keyness_rank(&q, &res), LEDE_OK);
  CHECK_INT_EQ(res.rows.len, 3);
  check_row(&res, 0, "beta", 1, 0, res.rows.items[1].k.ll);
  check_row(&res, 1, "alpha", 1, 0, res.rows.items[2].k.ll);
  check_row(&res, 2, "gamma", 1, 0, 2 * log(2.0)); /* E1 = 3 * 1 / 6 */
  keyness_result_free(&res);
  word_counter_free(&cn);
}

int main(void) {
  test_groups();
  test_total_reference();
  test_ties();
  return CHECK_DONE();
}

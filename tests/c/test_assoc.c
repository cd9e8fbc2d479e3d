/*
** test_assoc.c — association measures and keyness against values from the
** literature (Manning & Schütze 1999, ch. 5) and hand computations with the
** formulas of assoc.h; edge cases: zero cells, impossible counts.
*/
#include <math.h>

#include "assoc.h"
#include "check.h"

#define MS_N 14307668.0 /* the New York Times corpus of Manning & Schütze */

/* M&S table 5.12: "most powerful", C(w1) = 12593, C(w2) = 932, C(w1 w2) =
** 150, -2 log lambda = 1291.42 (their rounding; exact 1291.319). */
static void test_g2_literature(void) {
  AssocTable t;
  CHECK_INT_EQ(assoc_table_from_marginals(150, 12593, 932, MS_N, &t), LEDE_OK);
  CHECK_NEAR(t.o11, 150, 0);
  CHECK_NEAR(t.o12, 12443, 0);
  CHECK_NEAR(t.o21, 782, 0);
  CHECK_NEAR(t.o22, 14294293, 0);
  CHECK_NEAR(assoc_g2(t), 1291.42, 0.2);
  CHECK_NEAR(assoc_g2(t), 1291.3190571, 1e-4);
  CHECK_NEAR(assoc_g2_signed(t), 1291.3190571, 1e-4);
  CHECK_NEAR(assoc_score(ASSOC_G2, t), assoc_g2(t), 0);
  CHECK_NEAR(assoc_dice(t), 2.0 * 150 / (12593 + 932), 1e-12);
}

/* M&S table 5.6: t for "new companies" (8, 15828, 4675) = 0.999932;
** table 5.14: I("Ayatollah Ruhollah") (20, 42, 20) = 18.38 bits. */
static void test_t_and_pmi_literature(void) {
  AssocTable t;
  CHECK_INT_EQ(assoc_table_from_marginals(8, 15828, 4675, MS_N, &t), LEDE_OK);
  CHECK_NEAR(assoc_t_score(t), 0.999932, 1e-6);
  CHECK_NEAR(assoc_score(ASSOC_T, t), 0.999932, 1e-6);
  CHECK_INT_EQ(assoc_table_from_marginals(20, 42, 20, MS_N, &t), LEDE_OK);
  CHECK_NEAR(assoc_pmi(t), 18.38, 0.005);
  CHECK_NEAR(assoc_score(ASSOC_PMI, t), 18.3779678, 1e-6);
}

/* A small table worked by hand: N = 100, f(x) = 10, f(y) = 20, f(x,y) = 8.
** E11 = 2; G2 = 2*(8 ln 4 + 2 ln(2/8) + 12 ln(12/18) + 78 ln(78/72)). */
static void test_small_table(void) {
  AssocTable t;
  CHECK_INT_EQ(assoc_table_from_marginals(8, 10, 20, 100, &t), LEDE_OK);
  CHECK_NEAR(assoc_expected11(t), 2, 1e-12);
  double g2 = 2 * (8 * log(4.0) + 2 * log(0.25) + 12 * log(12.0 / 18) + 78 * log(78.0 / 72));
  CHECK_NEAR(assoc_g2(t), g2, 1e-9);
  CHECK_NEAR(assoc_pmi(t), 2, 1e-12);
  CHECK_NEAR(assoc_t_score(t), 6 / sqrt(8.0), 1e-12);
  CHECK_NEAR(assoc_dice(t), 16.0 / 30, 1e-12);
  /* avoidance: f(x,y) = 0 below E11 = 2 gives a negative signed G2 */
  CHECK_INT_EQ(assoc_table_from_marginals(0, 10, 20, 100, &t), LEDE_OK);
  CHECK(assoc_g2(t) > 0);
  CHECK(assoc_g2_signed(t) < 0);
  CHECK(isinf(assoc_pmi(t)) && assoc_pmi(t) < 0);
  CHECK(isinf(assoc_t_score(t)));
  CHECK_NEAR(assoc_dice(t), 0, 0);
  /* independence: O11 = E11 gives G2 = 0, PMI = 0 */
  CHECK_INT_EQ(assoc_table_from_marginals(2, 10, 20, 100, &t), LEDE_OK);
  CHECK_NEAR(assoc_g2(t), 0, 1e-9);
  CHECK_NEAR(assoc_pmi(t), 0, 1e-12);
}

static void test_bad_tables(void) {
  AssocTable t = {1, 1, 1, 1};
  CHECK_INT_EQ(assoc_table_from_marginals(5, 4, 10, 100, &t), LEDE_EINPUT);
  CHECK_NEAR(t.o11 + t.o12 + t.o21 + t.o22, 0, 0);
  CHECK_INT_EQ(assoc_table_from_marginals(1, 60, 60, 100, &t), LEDE_EINPUT);
  CHECK_INT_EQ(assoc_table_from_marginals(-1, 4, 10, 100, &t), LEDE_EINPUT);
  CHECK_INT_EQ(assoc_table_from_marginals(NAN, 4, 10, 100, &t), LEDE_EINPUT);
  AssocTable empty = {0, 0, 0, 0};
  CHECK_NEAR(assoc_g2(empty), 0, 0);
  CHECK_NEAR(assoc_dice(empty), 0, 0);
  CHECK_NEAR(assoc_expected11(empty), 0, 0);
  CHECK(isnan(assoc_score(ASSOC_MEASURE_COUNT, empty)));
  CHECK(strcmp(assoc_measure_names[ASSOC_T], "t") == 0);
  CHECK(assoc_measure_names[ASSOC_MEASURE_COUNT] == NULL);
}

/* Keyness: 100 per million against 50 per million. LL (UCREL) = 16.99,
** Log Ratio = 1, %DIFF = 100; the reverse is under-use with the same LL. */
static void test_keyness(void) {
  Keyness k;
  CHECK_INT_EQ(assoc_keyness(100, 1e6, 50, 1e6, &k), LEDE_OK);
  CHECK_NEAR(k.ll, 16.9899037, 1e-6);
  CHECK_NEAR(k.log_ratio, 1, 1e-12);
  CHECK_NEAR(k.pct_diff, 100, 1e-9);
  CHECK_NEAR(k.e_target, 75, 1e-9);
  CHECK_NEAR(k.e_ref, 75, 1e-9);
  CHECK_INT_EQ(assoc_keyness(50, 1e6, 100, 1e6, &k), LEDE_OK);
  CHECK_NEAR(k.ll, -16.9899037, 1e-6);
  CHECK_NEAR(k.log_ratio, -1, 1e-12);
  CHECK_NEAR(k.pct_diff, -50, 1e-9);
  /* corpora of different sizes: 10 in 200k vs 40 in 1M */
  CHECK_INT_EQ(assoc_keyness(10, 2e5, 40, 1e6, &k), LEDE_OK);
  CHECK_NEAR(k.ll, 0.3806716, 1e-6);
  CHECK_NEAR(k.log_ratio, log2(1.25), 1e-12);
  CHECK_NEAR(k.pct_diff, 25, 1e-9);
  /* absent from the reference: Log Ratio with 0.5, %DIFF infinite */
  CHECK_INT_EQ(assoc_keyness(12, 5e4, 0, 1e5, &k), LEDE_OK);
  CHECK_NEAR(k.ll, 26.3666949, 1e-6);
  CHECK_NEAR(k.log_ratio, 5.5849625, 1e-6);
  CHECK(isinf(k.pct_diff) && k.pct_diff > 0);
  CHECK_INT_EQ(assoc_keyness(0, 5e4, 0, 1e5, &k), LEDE_OK);
  CHECK_NEAR(k.ll, 0, 0);
  CHECK_NEAR(k.pct_diff, 0, 0);
  CHECK_INT_EQ(assoc_keyness(1, 0, 1, 10, &k), LEDE_EINPUT);
  CHECK_INT_EQ(assoc_keyness(11, 10, 1, 10, &k), LEDE_EINPUT);
  CHECK_INT_EQ(assoc_keyness(-1, 10, 1, 10, &k), LEDE_EINPUT);
}

/* Window counts: "a x b x c", node x. */
static void test_window(void) {
  const uint32_t t[] = {0, 9, 1, 9, 2}; /* a x b x c */
  uint32_t counts[10] = {0};
  size_t nodes = 0;
  CHECK_INT_EQ(assoc_window_counts(t, 5, 9, 1, 1, counts, &nodes), 3);
  CHECK_INT_EQ(nodes, 2);
  CHECK(counts[0] == 1 && counts[1] == 1 && counts[2] == 1 && counts[9] == 0);
  memset(counts, 0, sizeof counts);
  CHECK_INT_EQ(assoc_window_counts(t, 5, 9, 2, 0, counts, NULL), 2); /* left only: a, b */
  CHECK(counts[0] == 1 && counts[1] == 1 && counts[2] == 0);
  memset(counts, 0, sizeof counts);
  CHECK_INT_EQ(assoc_window_counts(t, 5, 9, 5, 5, counts, NULL), 3); /* wide: each once */
  CHECK(counts[0] == 1 && counts[1] == 1 && counts[2] == 1);
  CHECK_INT_EQ(assoc_window_counts(t, 5, 7, 2, 2, counts, &nodes), 0); /* no node */
  CHECK_INT_EQ(nodes, 0);
  CHECK_INT_EQ(assoc_window_counts(NULL, 0, 7, 2, 2, counts, NULL), 0);
  /* accumulating over two units, then a table: 10 tokens in all */
  memset(counts, 0, sizeof counts);
  const uint32_t u[] = {3, 9, 0, 3, 3};
  size_t span = assoc_window_counts(t, 5, 9, 1, 1, counts, NULL);
  span += assoc_window_counts(u, 5, 9, 1, 1, counts, NULL);
  CHECK_INT_EQ(span, 5);
  CHECK(counts[0] == 2 && counts[3] == 1);
  AssocTable tab;
  CHECK_INT_EQ(assoc_table_from_marginals(counts[0], (double)span, 2, 10, &tab), LEDE_OK);
  CHECK_NEAR(assoc_dice(tab), 2.0 * 2 / (5 + 2), 1e-12);
}

int main(void) {
  test_window();
  test_g2_literature();
  test_t_and_pmi_literature();
  test_small_table();
  test_bad_tables();
  test_keyness();
  return CHECK_DONE();
}

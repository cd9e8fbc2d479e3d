/*
** test_rouge.c — ROUGE-1/2/L/Lsum against worked examples: Lin (2004)'s
** "police killed the gunman" sentences and union-LCS example, the
** rouge-score README example, stemming, multiple references (pooled and
** max), empty texts, over-long lines and a long input.
*/
#include <math.h>
#include <stdlib.h>

#include "check.h"
#include "fixture.h"
#include "rouge.h"

#define CHECK_PRF(s, p, r)                                          \
  do {                                                              \
    double p_ = (p), r_ = (r);                                      \
    CHECK_NEAR((s).precision, p_, 1e-12);                           \
    CHECK_NEAR((s).recall, r_, 1e-12);                              \
    CHECK_NEAR((s).f, p_ + r_ > 0 ? 2 * p_ * r_ / (p_ + r_) : 0, 1e-12); \
  } while (0)

static RougeScores score1(Rouge *rg, const char *cand, const char *ref) {
  RougeScores s;
  Span r = {ref, strlen(ref)};
  LedeStatus rc = rouge_score(rg, (Span){cand, strlen(cand)}, &r, 1, &s, NULL);
  CHECK_INT_EQ(rc, LEDE_OK);
  return s;
}

/* Lin 2004, section 3.1: against S1, S2 scores ROUGE-L 3/4 and S3 2/4, both
** ROUGE-2 1/3; with stemming "kill" meets "killed" and S2 gets 4/4. */
static void test_lin_sentences(void) {
  Rouge *rg = rouge_new(NULL);
  const char *s1 = "police killed the gunman";
  RougeScores s = score1(rg, "police kill the gunman", s1);
  CHECK_PRF(s.rouge_l, 0.75, 0.75);
  CHECK_PRF(s.rouge2, 1.0 / 3, 1.0 / 3);
  CHECK_PRF(s.rouge1, 0.75, 0.75);
  s = score1(rg, "the gunman kill police", s1);
  CHECK_PRF(s.rouge_l, 0.5, 0.5);
  CHECK_PRF(s.rouge2, 1.0 / 3, 1.0 / 3);
  CHECK_PRF(s.rouge_lsum, 0.5, 0.5);
  rouge_free(rg);
  RougeOptions stem = {.stem = true};
  rg = rouge_new(&stem);
  s = score1(rg, "Police kill the gunman.", s1);
  CHECK_PRF(s.rouge_l, 1, 1);
  CHECK_PRF(s.rouge2, 1, 1);
  rouge_free(rg);
}

/* rouge-score's README: target "The quick brown fox jumps over the lazy
** dog", prediction "The quick brown dog jumps on the log." gives rouge1
** (0.75, 0.6667) and rougeL (0.625, 0.5556); ROUGE-2 by hand 2/7, 2/8. */
static void test_readme_example(void) {
  Rouge *rg = rouge_new(NULL);
  RougeScores s = score1(rg, "The quick brown dog jumps on the log.",
                         "The quick brown fox jumps over the lazy dog");
  CHECK_PRF(s.rouge1, 0.75, 6.0 / 9);
  CHECK_NEAR(s.rouge1.f, 0.7058823529411765, 1e-12);
  CHECK_PRF(s.rouge_l, 0.625, 5.0 / 9);
  CHECK_NEAR(s.rouge_l.f, 0.5882352941176471, 1e-12);
  CHECK_PRF(s.rouge2, 2.0 / 7, 2.0 / 8);
  CHECK_PRF(s.rouge_lsum, 0.625, 5.0 / 9);
  rouge_free(rg);
}

/* Lin 2004, section 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9
** w5: the union LCS is w1 w2 w3 w5, so R = 4/5 and P = 4/10. Here the plain
** LCS of the joined candidate is also 4 (w1 w2 from c1, w3 w5 from c2);
** with the lines swapped it drops to 3 while the union stays 4. */
static void test_union_lcs(void) {
  Rouge *rg = rouge_new(NULL);
  RougeScores s = score1(rg, "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", "w1 w2 w3 w4 w5");
  CHECK_PRF(s.rouge_lsum, 0.4, 0.8);
  CHECK_PRF(s.rouge_l, 0.4, 0.8);
  /* candidate lines swapped: one LCS across the joined text finds only 3
  ** (w1 w3 w5), the union per line still finds w1 w2 w3 w5 */
  s = score1(rg, "w1 w3 w8 w9 w5\nw1 w2 w6 w7 w8", "w1 w2 w3 w4 w5");
  CHECK_PRF(s.rouge_l, 0.3, 0.6);
  CHECK_PRF(s.rouge_lsum, 0.4, 0.8);
  /* each candidate line adds its own LCS positions to the union */
  s = score1(rg, "a b\nb a", "a a a");
  CHECK_PRF(s.rouge_lsum, 0.5, 2.0 / 3);
  /* a hit is clipped by counts: both reference lines match the one "a" of
  ** the candidate, which counts once */
  s = score1(rg, "a", "a x\na y");
  CHECK_PRF(s.rouge_lsum, 1, 0.25);
  rouge_free(rg);
}

static void test_multi(void) {
  Span refs[2] = {SPAN_LIT("a b x y"), SPAN_LIT("a b c z")};
  RougeScores s;
  Rouge *rg = rouge_new(NULL);
  CHECK_INT_EQ(rouge_score(rg, SPAN_LIT("a b c d"), refs, 2, &s, NULL), LEDE_OK);
  CHECK_PRF(s.rouge1, 5.0 / 8, 5.0 / 8);     /* pooled: (2 + 3) / (4 + 4) */
  CHECK_PRF(s.rouge2, 3.0 / 6, 3.0 / 6);     /* (1 + 2) / (3 + 3) */
  rouge_free(rg);
  RougeOptions max = {.multi = ROUGE_MULTI_MAX};
  rg = rouge_new(&max);
  CHECK_INT_EQ(rouge_score(rg, SPAN_LIT("a b c d"), refs, 2, &s, NULL), LEDE_OK);
  CHECK_PRF(s.rouge1, 0.75, 0.75);
  CHECK_PRF(s.rouge2, 2.0 / 3, 2.0 / 3);
  Err err = {0};
  CHECK_INT_EQ(rouge_score(rg, SPAN_LIT("a"), refs, 0, &s, &err), LEDE_EINPUT);
  CHECK(strstr(err.msg, "no reference") != NULL);
  rouge_free(rg);
}

static void test_edges(void) {
  Rouge *rg = rouge_new(NULL);
  RougeScores s = score1(rg, "", "police killed the gunman");
  CHECK_PRF(s.rouge1, 0, 0);
  CHECK_PRF(s.rouge_lsum, 0, 0);
  s = score1(rg, "-- !!", "");
  CHECK_PRF(s.rouge_l, 0, 0);
  s = score1(rg, "Aleppo", "aleppo");
  CHECK_PRF(s.rouge1, 1, 1);
  CHECK_PRF(s.rouge2, 0, 0); /* no bigrams at all */
  CHECK_PRF(s.rouge_l, 1, 1);
  s = score1(rg, "U.S. École", "u s école\n\n");
  CHECK_PRF(s.rouge1, 1, 1);
  CHECK_PRF(s.rouge2, 1, 1);
  rouge_free(rg);
}

/* Long texts: 20,000 words each on one line (ROUGE-Lsum falls back to the
** LCS), and many lines whose pairs exceed the Lsum table limit. The LCS of
** a text with its reverse-block shuffle is checked against a known value. */
static void test_long(void) {
  size_t n = 20000;
  char *a = malloc(n * 8), *b = malloc(n * 8);
  size_t la = 0, lb = 0;
  for (size_t i = 0; i < n; i++) la += (size_t)sprintf(a + la, "w%zu ", i % 5000);
  /* b: the same words with every 4th dropped: LCS = 3/4 of a */
  for (size_t i = 0; i < n; i++)
    if (i % 4 != 3) lb += (size_t)sprintf(b + lb, "w%zu ", i % 5000);
  Rouge *rg = rouge_new(NULL);
  RougeScores s;
  Span ref = {a, la};
  CHECK_INT_EQ(rouge_score(rg, (Span){b, lb}, &ref, 1, &s, NULL), LEDE_OK);
  CHECK_PRF(s.rouge_l, 1, 0.75);
  CHECK_PRF(s.rouge_lsum, 1, 0.75);
  CHECK_PRF(s.rouge1, 1, 0.75);
  /* two lines each of 10,000 words: Lsum tables too big, refused */
  a[la / 2] = '\n';
  b[lb / 2] = '\n';
  Err err = {0};
  CHECK_INT_EQ(rouge_score(rg, (Span){b, lb}, &ref, 1, &s, &err), LEDE_EINPUT);
  CHECK(strstr(err.msg, "too long") != NULL);
  CHECK_NEAR(s.rouge1.f, 0, 0);
  rouge_free(rg);
  free(a);
  free(b);
}

/* The bit-parallel LCS against a plain dynamic program on random texts over
** a small vocabulary, with lengths that cross 64-bit word boundaries. */
static void test_lcs_random(void) {
  Rouge *rg = rouge_new(NULL);
  unsigned seed = 12345;
  for (int round = 0; round < 40; round++) {
    uint32_t ids_a[300], ids_b[300];
    size_t na = 1 + (fixture_lcg(&seed) >> 16) % 300;
    size_t nb = 1 + (fixture_lcg(&seed) >> 16) % 300;
    char a[300 * 3], b[300 * 3];
    size_t la = 0, lb = 0;
    for (size_t i = 0; i < na; i++) {
      ids_a[i] = (fixture_lcg(&seed) >> 16) % 6;
      la += (size_t)sprintf(a + la, "%c ", 'a' + (int)ids_a[i]);
    }
    for (size_t j = 0; j < nb; j++) {
      ids_b[j] = (fixture_lcg(&seed) >> 16) % 6;
      lb += (size_t)sprintf(b + lb, "%c ", 'a' + (int)ids_b[j]);
    }
    RougeScores s;
    Span ref = {a, la};
    CHECK_INT_EQ(rouge_score(rg, (Span){b, lb}, &ref, 1, &s, NULL), LEDE_OK);
    CHECK_INT_EQ((long long)(s.rouge_l.recall * na + 0.5), fixture_lcs_length(ids_a, na, ids_b, nb));
  }
  rouge_free(rg);
}

int main(void) {
  test_lcs_random();
  test_lin_sentences();
  test_readme_example();
  test_union_lcs();
  test_multi();
  test_edges();
  test_long();
  return CHECK_DONE();
}

/*
** test_minhash.c — shingling and signatures (case and punctuation ignored,
** short and empty texts), estimates against exact Jaccard, LSH banding,
** candidate pairs and duplicate groups with planted near-copies among
** random documents and thousands of exact copies; on the seeds
** (LEDE_SHARED), no duplicates among the five outlets, and a planted copy.
*/
#include <math.h>
#include <stdlib.h>

#include "check.h"
#include "fixture.h"
#include "minhash.h"

static Span S(const char *s) { return (Span){s, strlen(s)}; }

static double exact(const char *a, const char *b, size_t k) {
  double j = -1;
  CHECK_INT_EQ(minhash_exact_jaccard(S(a), S(b), k, &j), LEDE_OK);
  return j;
}

static void test_signatures(void) {
  MinHash x, y;
  CHECK_INT_EQ(minhash_text(S("Hello, World! The talks in Lausanne end."), 5, &x), 3);
  CHECK_INT_EQ(minhash_text(S("hello world -- the TALKS in lausanne end"), 5, &y), 3);
  CHECK(memcmp(&x, &y, sizeof x) == 0);
  CHECK(minhash_jaccard(&x, &y) == 1.0);
  CHECK(!minhash_is_empty(&x));
  /* fewer words than the shingle length: one shingle */
  CHECK_INT_EQ(minhash_text(S("war crimes"), 5, &x), 1);
  CHECK_INT_EQ(minhash_text(S("War crimes."), 0, &y), 1);
  CHECK(minhash_jaccard(&x, &y) == 1.0);
  CHECK_INT_EQ(minhash_text(S("crimes war"), 5, &y), 1);
  CHECK(minhash_jaccard(&x, &y) < 0.1);
  /* no words */
  CHECK_INT_EQ(minhash_text(S(" -- !!! ..."), 5, &x), 0);
  CHECK(minhash_is_empty(&x));
  CHECK(minhash_jaccard(&x, &x) == 0);
  CHECK_INT_EQ(minhash_text((Span){NULL, 0}, 5, &x), 0);
  /* accented words are words; shingle_len is clamped */
  CHECK_INT_EQ(minhash_text(S("Ça école Zakharova"), 1, &x), 3);
  CHECK_INT_EQ(minhash_text(S("a b c d e f g h i j k l m n o p q r s t"), 100, &x), 20 - 16 + 1);
}

static void test_exact(void) {
  CHECK(fabs(exact("a b c d", "c d e", 1) - 0.4) < 1e-12);
  CHECK(fabs(exact("a b c d", "a b c d", 2) - 1.0) < 1e-12);
  CHECK(fabs(exact("a b c d", "b c d a", 2) - 0.5) < 1e-12); /* {ab,bc,cd} vs {bc,cd,da} */
  CHECK(exact("a b c", "", 2) == 0);
  CHECK(exact("", "", 2) == 0);
}

/* Random text of n words over a vocabulary of v words, from *seed. */
static char *random_text(size_t n, unsigned v, unsigned *seed) {
  char *t = malloc(n * 8 + 1);
  size_t len = 0;
  for (size_t i = 0; i < n; i++) {
    len += (size_t)sprintf(t + len, "w%u ", (fixture_lcg(seed) >> 8) % v);
  }
  t[len] = 0;
  return t;
}

/* Replaces every `every`-th word of t (in place: "w123" -> "x123"). */
static void mutate(char *t, size_t every) {
  size_t word = 0;
  for (char *p = t; *p; p++)
    if (*p == 'w' && (p == t || p[-1] == ' ') && word++ % every == every / 2) *p = 'x';
}

/* The estimate tracks the exact Jaccard: mean absolute error over pairs. */
static void test_estimate_accuracy(void) {
  unsigned seed = 2024;
  double err_sum = 0;
  int pairs = 0;
  for (size_t every = 3; every <= 60; every += 3) {
    char *a = random_text(600, 100000, &seed);
    char *b = strdup(a);
    mutate(b, every);
    MinHash x, y;
    minhash_text(S(a), 5, &x);
    minhash_text(S(b), 5, &y);
    double est = minhash_jaccard(&x, &y), ex = exact(a, b, 5);
    CHECK(fabs(est - ex) < 0.15);
    err_sum += fabs(est - ex);
    pairs++;
    free(a);
    free(b);
  }
  CHECK(err_sum / pairs < 0.05);
  printf("mean |estimate - exact| over %d pairs: %.3f\n", pairs, err_sum / pairs);
}

static void test_bands(void) {
  double ts[] = {0.5, 0.7, 0.8, 0.9};
  for (size_t i = 0; i < 4; i++) {
    MinHashBands bb = minhash_bands_for(ts[i]);
    CHECK(bb.bands * bb.rows <= MINHASH_SIZE && bb.bands > 0 && bb.rows > 0);
    double mid = pow(1.0 / (double)bb.bands, 1.0 / (double)bb.rows);
    CHECK(fabs(mid - ts[i]) < 0.1);
  }
  MinHashPairVec pairs = {0};
  MinHash sig;
  Err err = {0};
  CHECK_INT_EQ(minhash_candidates(&sig, 1, (MinHashBands){20, 7}, 0, &pairs, &err), LEDE_EINPUT);
  CHECK(strstr(err.msg, "bands") != NULL);
  MinHashGroups g = {0};
  CHECK_INT_EQ(minhash_duplicates(&sig, 1, 0, &g, &err), LEDE_EINPUT);
  CHECK_INT_EQ(minhash_duplicates(&sig, 1, 1.5, &g, &err), LEDE_EINPUT);
  CHECK_INT_EQ(minhash_duplicates(NULL, 0, 0.8, &g, &err), LEDE_OK);
  CHECK_INT_EQ(minhash_group_count(&g), 0);
  minhash_groups_free(&g);
  vec_free(&pairs);
}

/* 1,000 random documents, 20 of which have a near-copy (every 50th word
** changed: Jaccard about 0.8) appended: the duplicate groups are
** exactly those 20 pairs; the candidates include them. */
static void test_planted(void) {
  enum { N = 1000, PLANTED = 20 };
  MinHash *sigs = malloc((N + PLANTED) * sizeof *sigs);
  unsigned seed = 7;
  for (size_t d = 0; d < N; d++) {
    char *t = random_text(300, 5000, &seed);
    minhash_text(S(t), 5, &sigs[d]);
    if (d % 50 == 0) {
      mutate(t, 50);
      minhash_text(S(t), 5, &sigs[N + d / 50]);
    }
    free(t);
  }
  MinHashGroups g = {0};
  CHECK_INT_EQ(minhash_duplicates(sigs, N + PLANTED, 0.7, &g, NULL), LEDE_OK);
  CHECK_INT_EQ(minhash_group_count(&g), PLANTED);
  for (size_t k = 0; k < minhash_group_count(&g) && k < PLANTED; k++) {
    CHECK_INT_EQ(g.starts.items[k + 1] - g.starts.items[k], 2);
    CHECK_INT_EQ(g.members.items[g.starts.items[k]], k * 50);
    CHECK_INT_EQ(g.members.items[g.starts.items[k] + 1], N + k);
  }
  MinHashPairVec pairs = {0};
  CHECK_INT_EQ(minhash_candidates(sigs, N + PLANTED, minhash_bands_for(0.6), 0, &pairs, NULL),
               LEDE_OK);
  size_t found = 0;
  for (size_t i = 0; i < pairs.len; i++) {
    CHECK(pairs.items[i].a < pairs.items[i].b);
    if (i > 0) CHECK(pairs.items[i - 1].a != pairs.items[i].a || pairs.items[i - 1].b < pairs.items[i].b);
    if (pairs.items[i].b >= N && pairs.items[i].a == (pairs.items[i].b - N) * 50) found++;
  }
  CHECK_INT_EQ(found, PLANTED);
  CHECK(pairs.len < 200); /* random documents rarely collide */
  printf("planted: %zu candidate pairs for %d planted\n", pairs.len, PLANTED);
  vec_free(&pairs);
  minhash_groups_free(&g);
  free(sigs);
}

/* 5,000 exact copies and 5,000 empty texts: one group of 5,000 at once. */
static void test_copies(void) {
  enum { N = 10000 };
  MinHash *sigs = malloc(N * sizeof *sigs);
  for (size_t d = 0; d < N; d++)
    minhash_text(d % 2 ? S("") : S("The same press release, sent to every outlet in the land."), 5, &sigs[d]);
  MinHashGroups g = {0};
  CHECK_INT_EQ(minhash_duplicates(sigs, N, 0.9, &g, NULL), LEDE_OK);
  CHECK_INT_EQ(minhash_group_count(&g), 1);
  CHECK_INT_EQ(g.members.len, N / 2);
  CHECK(g.members.len > 1 && g.members.items[0] == 0 && g.members.items[1] == 2);
  MinHashPairVec pairs = {0};
  CHECK_INT_EQ(minhash_candidates(sigs, N, (MinHashBands){16, 8}, 4, &pairs, NULL), LEDE_OK);
  CHECK(pairs.len <= 4 * (size_t)N / 2 && pairs.len >= N / 2 - 1);
  vec_free(&pairs);
  minhash_groups_free(&g);
  free(sigs);
}

static void test_seeds(void) {
  static const char *const names[] = {"000_f5c1237fb4dadb5b.txt", "001_f198e9af24b5b421.txt",
                                      "002_3c658fc30fc5dd6a.txt", "003_7cbff870a8b05fb5.txt",
                                      "004_a766c5a06c674e96.txt"};
  MinHash sigs[6];
  char *texts[5] = {0};
  size_t lens[5] = {0};
  for (size_t i = 0; i < 5; i++) {
    texts[i] = fixture_seed(names[i], &lens[i]);
    if (texts[i] == NULL) {
      printf("skipped: seeds (LEDE_SHARED unset or %s unreadable)\n", names[i]);
      for (size_t j = 0; j < i; j++) free(texts[j]);
      return;
    }
    minhash_text((Span){texts[i], lens[i]}, 5, &sigs[i]);
  }
  MinHashGroups g = {0};
  CHECK_INT_EQ(minhash_duplicates(sigs, 5, 0.5, &g, NULL), LEDE_OK);
  CHECK_INT_EQ(minhash_group_count(&g), 0);
  /* a near-copy of 002: its first half again, with a new last paragraph */
  char *copy = malloc(lens[2] + 100);
  memcpy(copy, texts[2], lens[2]);
  size_t n = lens[2] - lens[2] / 10;
  n += (size_t)sprintf(copy + n, "\nThis story has been updated with more reactions.\n");
  minhash_text((Span){copy, n}, 5, &sigs[5]);
  CHECK_INT_EQ(minhash_duplicates(sigs, 6, 0.8, &g, NULL), LEDE_OK);
  CHECK_INT_EQ(minhash_group_count(&g), 1);
  CHECK(g.members.len == 2 && g.members.items[0] == 2 && g.members.items[1] == 5);
  minhash_groups_free(&g);
  free(copy);
  for (size_t i = 0; i < 5; i++) free(texts[i]);
}

int main(void) {
  test_signatures();
  test_exact();
  test_estimate_accuracy();
  test_bands();
  test_planted();
  test_copies();
  test_seeds();
  return CHECK_DONE();
}

/*
** test_align.c — passage alignment: a verbatim copy, the Kerry quote as two
** outlets worded it (a changed word, reordered tail), two passages with
** what each text has alone, no overlap, repetitive and large inputs, bad
** options; and on the seeds (LEDE_SHARED), the shared Kerry passage between
** two outlets' parsed articles.
*/
#include <stdlib.h>

#include "align.h"
#include "article.h"
#include "check.h"
#include "fixture.h"
#include "terms.h"

static TermIdVec words(TermMap *m, const char *text) {
  TermIdVec ids = {0};
  CHECK_INT_EQ(terms_from_text(text, (Range){0, strlen(text)}, NULL, m, &ids, NULL), LEDE_OK);
  return ids;
}

static AlignPassageVec align_text(TermMap *m, const char *x, const char *y) {
  TermIdVec a = words(m, x), b = words(m, y);
  AlignPassageVec out = {0};
  CHECK_INT_EQ(align_passages(a.items, a.len, b.items, b.len, NULL, &out, NULL), LEDE_OK);
  vec_free(&a);
  vec_free(&b);
  return out;
}

static void test_verbatim(void) {
  TermMap m = {0};
  const char *t = "These are acts that beg for an appropriate investigation of war crimes.";
  AlignPassageVec p = align_text(&m, t, t);
  CHECK_INT_EQ(p.len, 1);
  CHECK(p.len == 1 && p.items[0].a_start == 0 && p.items[0].a_end == 12 &&
        p.items[0].b_start == 0 && p.items[0].b_end == 12 && p.items[0].matched == 12);
  CHECK(p.len == 1 && p.items[0].similarity == 1.0);
  vec_free(&p);
  p = align_text(&m, t, "Nothing here is in common with the other text at all, really.");
  CHECK_INT_EQ(p.len, 0);
  vec_free(&p);
  p = align_text(&m, "", t);
  CHECK_INT_EQ(p.len, 0);
  vec_free(&p);
  p = align_text(&m, "acts that beg", "acts that beg");  /* shorter than min_len */
  CHECK_INT_EQ(p.len, 0);
  vec_free(&p);
  termmap_free(&m);
}

/* 003 says "over why" and "facilities, women, and children"; 000 says
** "about why" and "facilities, and children and women". */
static void test_near_copy(void) {
  TermMap m = {0};
  AlignPassageVec p = align_text(&m,
      "Kerry said on Friday that Russia and the regime owe the world more than an explanation "
      "about why they keep hitting hospitals, and medical facilities, and children and women. "
      "The talks in Lausanne start on Saturday.",
      "In a statement, Russia and the regime owe the world more than an explanation over why "
      "they keep hitting hospitals and medical facilities, women, and children, he said.");
  CHECK_INT_EQ(p.len, 1);
  if (p.len == 1) {
    /* a: "Russia" is term 5; b: term 3 */
    CHECK_INT_EQ(p.items[0].a_start, 5);
    CHECK_INT_EQ(p.items[0].b_start, 3);
    CHECK(p.items[0].a_end >= 5 + 21); /* through "medical facilities" at least */
    CHECK(p.items[0].similarity > 0.8 && p.items[0].similarity < 1.0);
    CHECK(p.items[0].matched >= 20);
  }
  vec_free(&p);
  termmap_free(&m);
}

/* Two shared passages in a different order in b; what each has alone. */
static void test_two_passages(void) {
  TermMap m = {0};
  const char *x = "alpha beta gamma delta epsilon zeta eta theta "      /* 0-7 shared (1) */
                  "one two three "                                      /* 8-10 a alone */
                  "iota kappa lambda mu nu xi omicron pi";              /* 11-18 shared (2) */
  const char *y = "iota kappa lambda mu nu xi omicron pi "              /* 0-7 */
                  "four five "                                          /* 8-9 b alone */
                  "alpha beta gamma delta epsilon zeta eta theta six";  /* 10-17, 18 alone */
  AlignPassageVec p = align_text(&m, x, y);
  CHECK_INT_EQ(p.len, 2);
  if (p.len == 2) {
    CHECK(p.items[0].a_start == 0 && p.items[0].a_end == 8 && p.items[0].b_start == 10 &&
          p.items[0].b_end == 18);
    CHECK(p.items[1].a_start == 11 && p.items[1].a_end == 19 && p.items[1].b_start == 0 &&
          p.items[1].b_end == 8);
  }
  RangeVec alone = {0};
  CHECK_INT_EQ(align_uncovered(p.items, p.len, ALIGN_SIDE_A, 19, &alone), LEDE_OK);
  CHECK_INT_EQ(alone.len, 1);
  CHECK(alone.len == 1 && alone.items[0].start == 8 && alone.items[0].end == 11);
  CHECK_INT_EQ(align_uncovered(p.items, p.len, ALIGN_SIDE_B, 19, &alone), LEDE_OK);
  CHECK_INT_EQ(alone.len, 2);
  CHECK(alone.len == 2 && alone.items[0].start == 8 && alone.items[0].end == 10 &&
        alone.items[1].start == 18 && alone.items[1].end == 19);
  CHECK_INT_EQ(align_uncovered(NULL, 0, ALIGN_SIDE_B, 5, &alone), LEDE_OK);
  CHECK(alone.len == 1 && alone.items[0].start == 0 && alone.items[0].end == 5);
  CHECK_INT_EQ(align_uncovered(NULL, 0, ALIGN_SIDE_B, 0, &alone), LEDE_OK);
  CHECK_INT_EQ(alone.len, 0);
  vec_free(&alone);
  vec_free(&p);
  termmap_free(&m);
}

/* 200,000 terms of "a b c d" repeated on both sides: one passage, fast. A
** million random terms against a copy with every 50th term changed: one
** passage, similarity about 0.98. */
static void test_large(void) {
  size_t n = 200000;
  uint32_t *a = malloc(1000000 * sizeof *a), *b = malloc(1000000 * sizeof *b);
  for (size_t i = 0; i < n; i++) a[i] = b[i] = (uint32_t)(i % 4);
  AlignPassageVec p = {0};
  CHECK_INT_EQ(align_passages(a, n, b, n - 2, NULL, &p, NULL), LEDE_OK);
  CHECK_INT_EQ(p.len, 1);
  CHECK(p.len == 1 && p.items[0].a_end - p.items[0].a_start >= n - 2);
  n = 1000000;
  unsigned seed = 99;
  for (size_t i = 0; i < n; i++) a[i] = b[i] = fixture_lcg(&seed) >> 8;
  for (size_t i = 25; i < n; i += 50) b[i] = 7;
  CHECK_INT_EQ(align_passages(a, n, b, n, NULL, &p, NULL), LEDE_OK);
  CHECK_INT_EQ(p.len, 1);
  CHECK(p.len == 1 && p.items[0].a_start == 0 && p.items[0].a_end == n);
  CHECK(p.len == 1 && p.items[0].similarity > 0.97 && p.items[0].similarity < 0.99);
  AlignOptions bad = align_default_options();
  bad.seed_len = 0;
  Err err = {0};
  CHECK_INT_EQ(align_passages(a, n, b, n, &bad, &p, &err), LEDE_EINPUT);
  CHECK(strstr(err.msg, "seed_len") != NULL);
  vec_free(&p);
  free(a);
  free(b);
}

/* The index of the first occurrence of the words of phrase in ids, or -1. */
static long find_phrase(TermMap *m, const TermIdVec *ids, const char *phrase) {
  TermIdVec ph = words(m, phrase);
  long at = -1;
  for (size_t i = 0; at < 0 && i + ph.len <= ids->len; i++)
    if (memcmp(ids->items + i, ph.items, ph.len * sizeof *ph.items) == 0) at = (long)i;
  vec_free(&ph);
  return at;
}

static bool load_seed(const char *name, Article *art) {
  size_t len = 0;
  char *raw = fixture_seed(name, &len);
  if (raw == NULL) return false;
  LedeStatus rc = article_parse((Span){raw, len}, NULL, art, NULL);
  free(raw);
  return rc == LEDE_OK;
}

/* Outlets 000 and 003 quote Kerry at length: the passage holding "owe the
** world more than an explanation" pairs the two occurrences. */
static void test_seeds(void) {
  Article x = {0}, y = {0};
  if (!load_seed("000_f5c1237fb4dadb5b.txt", &x) || !load_seed("003_7cbff870a8b05fb5.txt", &y)) {
    printf("skipped: seeds (LEDE_SHARED not set or seeds unreadable)\n");
    article_free(&x);
    return;
  }
  TermMap m = {0};
  TermIdVec a = {0}, b = {0};
  CHECK_INT_EQ(terms_from_text(x.text, (Range){0, x.len}, NULL, &m, &a, NULL), LEDE_OK);
  CHECK_INT_EQ(terms_from_text(y.text, (Range){0, y.len}, NULL, &m, &b, NULL), LEDE_OK);
  long qa = find_phrase(&m, &a, "owe the world more than an explanation");
  long qb = find_phrase(&m, &b, "owe the world more than an explanation");
  CHECK(qa >= 0 && qb >= 0);
  AlignPassageVec p = {0};
  CHECK_INT_EQ(align_passages(a.items, a.len, b.items, b.len, NULL, &p, NULL), LEDE_OK);
  bool found = false;
  for (size_t i = 0; i < p.len; i++) {
    const AlignPassage *q = &p.items[i];
    if (q->a_start <= (size_t)qa && (size_t)qa + 7 <= q->a_end && q->b_start <= (size_t)qb &&
        (size_t)qb + 7 <= q->b_end && q->a_end - q->a_start >= 20)
      found = true;
  }
  CHECK(found);
  printf("seeds 000/003: %zu shared passages\n", p.len);
  vec_free(&p);
  vec_free(&a);
  vec_free(&b);
  termmap_free(&m);
  article_free(&x);
  article_free(&y);
}

int main(void) {
  test_verbatim();
  test_near_copy();
  test_two_passages();
  test_large();
  test_seeds();
  return CHECK_DONE();
}

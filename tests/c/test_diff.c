/*
** test_diff.c — the word-level diff: quote variants from the seeds, the
** degenerate cases (empty, identical, one side empty), scripts checked for
** validity and minimality against an LCS dynamic program on random
** sequences, and the edit cap on texts that share nothing.
*/
#include <stdlib.h>

#include "check.h"
#include "diff.h"
#include "fixture.h"
#include "fileio.h"
#include "json.h"
#include "terms.h"

/* Term ids of text (lede words, lower-cased) in map. */
static TermIdVec words(TermMap *m, const char *text) {
  TermIdVec ids = {0};
  CHECK_INT_EQ(terms_from_text(text, (Range){0, strlen(text)}, NULL, m, &ids, NULL), LEDE_OK);
  return ids;
}

#define CHECK_RUN(r, k, a0, a1, b0, b1)                                             \
  do {                                                                              \
    CHECK_INT_EQ((r).kind, k);                                                      \
    CHECK_INT_EQ((r).a_start, a0);                                                  \
    CHECK_INT_EQ((r).a_end, a1);                                                    \
    CHECK_INT_EQ((r).b_start, b0);                                                  \
    CHECK_INT_EQ((r).b_end, b1);                                                    \
  } while (0)

static DiffRunVec diff_text(TermMap *m, const char *x, const char *y) {
  TermIdVec a = words(m, x), b = words(m, y);
  DiffRunVec runs = {0};
  CHECK_INT_EQ(diff_terms(a.items, a.len, b.items, b.len, &runs, NULL), LEDE_OK);
  vec_free(&a);
  vec_free(&b);
  return runs;
}

/* CHECKs that the script from x to y is the one run want. */
static void check_one_run(TermMap *m, const char *x, const char *y, DiffRun want) {
  DiffRunVec r = diff_text(m, x, y);
  CHECK_INT_EQ(r.len, 1);
  if (r.len >= 1) CHECK_RUN(r.items[0], want.kind, want.a_start, want.a_end, want.b_start, want.b_end);
  vec_free(&r);
}

/* The Kerry quote across outlets (seeds gold, cross.json). */
static void test_quote_variants(void) {
  TermMap m = {0};
  DiffRunVec r = diff_text(&m, "owe the world more than an explanation about why",
                           "owe the world more than an explanation over why");
  CHECK_INT_EQ(r.len, 3);
  CHECK_RUN(r.items[0], DIFF_EQUAL, 0, 7, 0, 7);
  CHECK_RUN(r.items[1], DIFF_REPLACE, 7, 8, 7, 8);
  CHECK_RUN(r.items[2], DIFF_EQUAL, 8, 9, 8, 9);
  vec_free(&r);
  r = diff_text(&m, "Russia and the regime owe the world more than an explanation",
                "the regime owe the world an explanation");
  CHECK_INT_EQ(r.len, 4);
  CHECK_RUN(r.items[0], DIFF_DELETE, 0, 2, 0, 0);
  CHECK_RUN(r.items[1], DIFF_EQUAL, 2, 7, 0, 5);
  CHECK_RUN(r.items[2], DIFF_DELETE, 7, 9, 5, 5);
  CHECK_RUN(r.items[3], DIFF_EQUAL, 9, 11, 5, 7);
  vec_free(&r);
  r = diff_text(&m, "a b c", "a x y b c z");
  CHECK_INT_EQ(r.len, 4);
  CHECK_RUN(r.items[1], DIFF_INSERT, 1, 1, 1, 3);
  CHECK_RUN(r.items[3], DIFF_INSERT, 3, 3, 5, 6);
  CHECK(strcmp(diff_kind_names[DIFF_INSERT], "insert") == 0);
  vec_free(&r);
  termmap_free(&m);
}

static void test_degenerate(void) {
  TermMap m = {0};
  DiffRunVec r = diff_text(&m, "", "");
  CHECK_INT_EQ(r.len, 0);
  vec_free(&r);
  check_one_run(&m, "", "new words", (DiffRun){DIFF_INSERT, 0, 0, 0, 2});
  check_one_run(&m, "old words", "", (DiffRun){DIFF_DELETE, 0, 2, 0, 0});
  check_one_run(&m, "same words here", "Same words, here!", (DiffRun){DIFF_EQUAL, 0, 3, 0, 3});
  check_one_run(&m, "one", "two", (DiffRun){DIFF_REPLACE, 0, 1, 0, 1});
  termmap_free(&m);
}

/* Checks that runs tile a and b, that EQUAL runs are equal, and returns
** the number of edits (deleted plus inserted terms). */
static size_t check_script(const DiffRunVec *r, const uint32_t *a, size_t na, const uint32_t *b,
                           size_t nb) {
  size_t x = 0, y = 0, edits = 0;
  for (size_t i = 0; i < r->len; i++) {
    const DiffRun *run = &r->items[i];
    CHECK(run->a_start == x && run->b_start == y);
    if (run->kind == DIFF_EQUAL) {
      CHECK(run->a_end - run->a_start == run->b_end - run->b_start);
      for (size_t k = 0; k < run->a_end - run->a_start; k++)
        if (a[x + k] != b[y + k]) CHECK(a[x + k] == b[y + k]);
      if (i > 0) CHECK(r->items[i - 1].kind != DIFF_EQUAL);
    } else {
      edits += (run->a_end - run->a_start) + (run->b_end - run->b_start);
      if (i > 0) CHECK(r->items[i - 1].kind == DIFF_EQUAL);
    }
    x = run->a_end;
    y = run->b_end;
  }
  CHECK(x == na && y == nb);
  return edits;
}

static void test_random_minimal(void) {
  unsigned seed = 777;
  for (int round = 0; round < 60; round++) {
    uint32_t a[200], b[200];
    size_t na = (fixture_lcg(&seed) >> 16) % 200;
    size_t nb = (fixture_lcg(&seed) >> 16) % 200;
    for (size_t i = 0; i < na; i++) a[i] = (fixture_lcg(&seed) >> 16) % 5;
    for (size_t j = 0; j < nb; j++) b[j] = (fixture_lcg(&seed) >> 16) % 5;
    DiffRunVec r = {0};
    CHECK_INT_EQ(diff_terms(a, na, b, nb, &r, NULL), LEDE_OK);
    CHECK_INT_EQ(check_script(&r, a, na, b, nb), na + nb - 2 * fixture_lcs_length(a, na, b, nb));
    vec_free(&r);
  }
}

/* Nothing shared between 3,000 and 3,000 terms: past the edit cap the
** middle is one REPLACE; a million equal terms cost one prefix scan. */
static void test_large(void) {
  size_t n = 1000000;
  uint32_t *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
  for (size_t i = 0; i < n; i++) a[i] = b[i] = (uint32_t)(i % 1000);
  DiffRunVec r = {0};
  CHECK_INT_EQ(diff_terms(a, n, b, n, &r, NULL), LEDE_OK);
  CHECK_INT_EQ(r.len, 1);
  b[n / 2] = 5000;
  CHECK_INT_EQ(diff_terms(a, n, b, n, &r, NULL), LEDE_OK);
  CHECK_INT_EQ(r.len, 3);
  CHECK_RUN(r.items[1], DIFF_REPLACE, n / 2, n / 2 + 1, n / 2, n / 2 + 1);
  for (size_t i = 0; i < 3000; i++) a[i] = (uint32_t)i, b[i] = (uint32_t)(i + 10000);
  b[2999] = a[2999];
  CHECK_INT_EQ(diff_terms(a, 3000, b, 3000, &r, NULL), LEDE_OK);
  CHECK_INT_EQ(r.len, 2);
  CHECK_RUN(r.items[0], DIFF_REPLACE, 0, 2999, 0, 2999);
  CHECK_INT_EQ(check_script(&r, a, 3000, b, 3000), 2 * 2999);
  vec_free(&r);
  free(a);
  free(b);
}

/* The quote-variant groups of ../shared/gold/cross.json: every variant
** diffed against the group's longest keeps at least two words equal, and
** the Kerry group shows 003's "over" replacing "about". */
static void test_gold_variants(void) {
  const char *shared = getenv("LEDE_SHARED");
  char path[1024], *text = NULL;
  size_t len = 0;
  JsonDoc doc = {0};
  if (shared != NULL) snprintf(path, sizeof path, "%s/gold/cross.json", shared);
  if (shared == NULL || file_read_all(path, &text, &len, NULL) != LEDE_OK ||
      json_parse((Span){text, len}, &doc, NULL) != LEDE_OK) {
    printf("skipped: gold variants (LEDE_SHARED not set or cross.json unreadable)\n");
    free(text);
    return;
  }
  const JsonValue *groups = json_get(&doc.root, "quote_variants");
  TermMap m = {0};
  bool saw_over = false;
  for (size_t g = 0; g < json_len(groups); g++) {
    const JsonValue *group = json_at(groups, g);
    Span first = {NULL, 0}; /* the longest wording of the group */
    for (size_t v = 0; v < json_len(group); v++) {
      Span t = json_string(json_get(json_at(group, v), "text"));
      if (t.len > first.len) first = t;
    }
    for (size_t v = 0; v < json_len(group); v++) {
      Span other = json_string(json_get(json_at(group, v), "text"));
      TermIdVec a = {0}, b = {0};
      terms_from_text(first.ptr, (Range){0, first.len}, NULL, &m, &a, NULL);
      terms_from_text(other.ptr, (Range){0, other.len}, NULL, &m, &b, NULL);
      DiffRunVec r = {0};
      CHECK_INT_EQ(diff_terms(a.items, a.len, b.items, b.len, &r, NULL), LEDE_OK);
      check_script(&r, a.items, a.len, b.items, b.len);
      size_t shared_words = 0;
      for (size_t i = 0; i < r.len; i++) {
        const DiffRun *run = &r.items[i];
        if (run->kind == DIFF_EQUAL) shared_words += run->a_end - run->a_start;
        if (run->kind != DIFF_REPLACE || run->a_end - run->a_start != 1) continue;
        Span was = termmap_term(&m, a.items[run->a_start]); /* only a replace has an a side */
        if (was.len == 5 && memcmp(was.ptr, "about", 5) == 0) {
          Span now = termmap_term(&m, b.items[run->b_start]);
          saw_over = saw_over || (now.len == 4 && memcmp(now.ptr, "over", 4) == 0);
        }
      }
      CHECK(shared_words >= 2);
      vec_free(&r);
      vec_free(&a);
      vec_free(&b);
    }
  }
  CHECK(saw_over);
  termmap_free(&m);
  json_doc_free(&doc);
  free(text);
}

int main(void) {
  test_gold_variants();
  test_quote_variants();
  test_degenerate();
  test_random_minimal();
  test_large();
  return CHECK_DONE();
}

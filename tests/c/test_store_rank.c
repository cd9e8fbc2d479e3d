/*
** test_store_rank.c — lede_bm25(), the ranking of corpus:search: its scores
** equal FTS5's bm25() for every row of many queries (words, AND/OR/NOT,
** phrases, NEAR, prefixes, column filters, several weightings) over the BBC
** news articles (LEDE_SHARED), with the length cache and without it (in a
** write transaction); lede_bm25_top's k best rows of plain AND queries
** equal bm25()'s top k; and the cache follows inserts and deletes made
** through the same connection and through another one, including a swap
** that leaves FTS5's totals unchanged, so only the reload can catch it.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "fixture.h"
#include "ingest.h"
#include "store.h"
#include "store_fixture.h"

static char tmpdir[64];

/* How the two rankings agree on one query: rows matched, rows whose scores
** differ by more than 1e-9 relative, rows whose scores differ at all. */
typedef struct {
  int64_t rows, off, inexact;
} Agreement;

/* Compares bm25() with lede_bm25() on every row query matches, both called
** with the argument list weights ("" or ", 5.0, 1.0"). rows is -1 when the
** query fails. */
static Agreement agreement(Store *s, const char *query, const char *weights) {
  char sql[256];
  snprintf(sql, sizeof sql,
           "SELECT bm25(documents_fts%s), lede_bm25(documents_fts%s)"
           " FROM documents_fts WHERE documents_fts MATCH ?1",
           weights, weights);
  Agreement got = {0, 0, 0};
  StoreQuery *q = NULL;
  bool has_row = false;
  Err err = {0};
  LedeStatus st = store_query_open(s, sql, strlen(sql), &q, &err);
  if (st == LEDE_OK) st = store_query_bind_text(q, 1, (Span){query, strlen(query)}, &err);
  while (st == LEDE_OK && (st = store_query_step(q, &has_row, &err)) == LEDE_OK && has_row) {
    double want = store_query_real(q, 0), have = store_query_real(q, 1);
    got.rows++;
    got.off += !(fabs(have - want) <= 1e-9 * fabs(want));
    got.inexact += have != want;
  }
  if (st != LEDE_OK) {
    fprintf(stderr, "%s: %s\n", query, err.msg);
    got.rows = -1;
  }
  store_query_close(q);
  return got;
}

/* CHECKs that query matches rows and that both rankings agree on each. */
static int64_t check_agree(Store *s, const char *query, const char *weights) {
  Agreement a = agreement(s, query, weights);
  if (a.rows <= 0 || a.off != 0)
    fprintf(stderr, "query %s (weights \"%s\"): %lld rows, %lld differ\n", query, weights,
            (long long)a.rows, (long long)a.off);
  CHECK(a.rows > 0);
  CHECK_INT_EQ(a.off, 0);
  return a.inexact;
}

/* ---- agreement over a real corpus --------------------------------------- */

static const char *const QUERIES[] = {
    "government", "said", "a", "minister OR election", "economy AND growth", "oil NOT price",
    "\"prime minister\"", "\"the government\" OR tax*", "NEAR(blair brown, 5)", "econom*",
    "title: oil", "{title}: market OR film", "title: film AND body: award", "^chancellor",
    "(bank OR banks) AND (rate OR rates) NOT euro", "mobile NEAR phone", "\"world cup\" final*",
};
static const char *const WEIGHTS[] = {"", ", 5.0, 1.0", ", 2.5", ", 0.1, 3.0, 7.0"};

/* Runs every query with every weighting; returns how many rows were not
** equal to the last bit (reported, not required: only 1e-9 is). */
static int64_t check_all_queries(Store *s) {
  int64_t inexact = 0;
  for (size_t i = 0; i < sizeof QUERIES / sizeof *QUERIES; i++)
    for (size_t w = 0; w < sizeof WEIGHTS / sizeof *WEIGHTS; w++) inexact += check_agree(s, QUERIES[i], WEIGHTS[w]);
  return inexact;
}

/* ---- lede_bm25_top ------------------------------------------------------ */

/* The first row's first column of sql with ?1 = text, ?2 and ?3 integers:
** its bytes into buf (at most cap), *type its type. False when it fails. */
static bool first_value(Store *s, const char *sql, const char *text, int64_t a, int64_t b, char *buf,
                        size_t cap, size_t *len, StoreType *type) {
  StoreQuery *q = NULL;
  bool has_row = false;
  Err err = {0};
  LedeStatus st = store_query_open(s, sql, strlen(sql), &q, &err);
  if (st == LEDE_OK) st = store_query_bind_text(q, 1, (Span){text, strlen(text)}, &err);
  if (st == LEDE_OK && store_query_param_count(q) >= 3) st = store_query_bind_int(q, 2, a, &err);
  if (st == LEDE_OK && store_query_param_count(q) >= 3) st = store_query_bind_int(q, 3, b, &err);
  if (st == LEDE_OK) st = store_query_step(q, &has_row, &err);
  *len = 0;
  *type = STORE_NULL;
  if (st == LEDE_OK && has_row) {
    Span v = store_query_text(q, 0);
    *type = store_query_type(q, 0);
    *len = v.len < cap ? v.len : cap;
    memcpy(buf, v.ptr, *len);
  }
  if (st != LEDE_OK) fprintf(stderr, "%s: %s\n", text, err.msg);
  store_query_close(q);
  return st == LEDE_OK;
}

static const char TOP_SQL[] = "SELECT lede_bm25_top(documents_fts, ?2, ?3, 5.0, 1.0)"
                              " FROM documents_fts WHERE documents_fts MATCH ?1 LIMIT 1";

/* CHECKs that lede_bm25_top's k best rows of query (a plain AND of
** n_phrases phrases) are bm25()'s: same ids, same order, same values. */
static void check_top(Store *s, const char *query, int n_phrases, int64_t k) {
  static char blob[16 * 4096];
  size_t len = 0;
  StoreType type;
  CHECK(first_value(s, TOP_SQL, query, k, n_phrases, blob, sizeof blob, &len, &type));
  CHECK(type == STORE_BLOB || (type == STORE_NULL && k == 0));
  char sql[256];
  snprintf(sql, sizeof sql,
           "SELECT rowid, bm25(documents_fts, 5.0, 1.0) AS v FROM documents_fts"
           " WHERE documents_fts MATCH ?1 ORDER BY v, rowid LIMIT %lld", (long long)k);
  StoreQuery *q = NULL;
  bool has_row = false;
  size_t n = 0, mismatched = 0;
  CHECK_INT_EQ(store_query_open(s, sql, strlen(sql), &q, NULL), LEDE_OK);
  CHECK_INT_EQ(store_query_bind_text(q, 1, (Span){query, strlen(query)}, NULL), LEDE_OK);
  while (store_query_step(q, &has_row, NULL) == LEDE_OK && has_row) {
    int64_t id = 0;
    double value = 0.0;
    if ((n + 1) * 16 <= len) {
      memcpy(&id, blob + 16 * n, 8);
      memcpy(&value, blob + 16 * n + 8, 8);
    }
    mismatched += id != store_query_int(q, 0) || value != store_query_real(q, 1);
    n++;
  }
  store_query_close(q);
  if (mismatched || n * 16 != len)
    fprintf(stderr, "top %lld of %s: %zu of %zu rows differ, %zu bytes\n", (long long)k, query, mismatched, n,
            len);
  CHECK_INT_EQ(mismatched, 0);
  CHECK_INT_EQ(len, n * 16);
}

/* The phrase counts of AND queries, for check_top. */
static const struct {
  const char *query;
  int n_phrases;
} AND_QUERIES[] = {
    {"government", 1}, {"said", 1}, {"a", 1}, {"economy growth", 2}, {"economy AND growth", 2},
    {"\"prime minister\"", 1}, {"econom* growth", 2}, {"tax cuts", 2}, {"the the", 2},
    {"\"interest rates\" bank rise", 3}, {"oil", 1},
};

/* lede_bm25_top against bm25() for several k; NULL where it cannot rank. */
static void check_top_queries(Store *s) {
  static const int64_t KS[] = {0, 1, 20, 333, 4000};
  for (size_t i = 0; i < sizeof AND_QUERIES / sizeof *AND_QUERIES; i++)
    for (size_t k = 0; k < sizeof KS / sizeof *KS; k++) check_top(s, AND_QUERIES[i].query, AND_QUERIES[i].n_phrases, KS[k]);
  char buf[16];
  size_t len = 0;
  StoreType type;
  /* another phrase count than the caller expects: NULL, rank row by row */
  CHECK(first_value(s, TOP_SQL, "tax cuts", 20, 1, buf, sizeof buf, &len, &type));
  CHECK_INT_EQ(type, STORE_NULL);
  CHECK(!first_value(s, TOP_SQL, "tax", -1, 1, buf, sizeof buf, &len, &type)); /* a negative k */
}

static void test_real_corpus(void) {
  const char *shared = getenv("LEDE_SHARED");
  char dir[512], path[128];
  snprintf(dir, sizeof dir, "%s/data/bbc-news", shared ? shared : "");
  if (shared == NULL || access(dir, R_OK) != 0) {
    printf("skipped: BBC news (LEDE_SHARED not set or without data/bbc-news)\n");
    return;
  }
  snprintf(path, sizeof path, "%s/bbc.db", tmpdir);
  Store *s = NULL;
  Err err = {0};
  CHECK_INT_EQ(store_open(path, STORE_CREATE, &s, &err), LEDE_OK);
  const char *paths[] = {dir};
  IngestOptions opts = {.n_threads = 2};
  IngestReport rep = {0};
  CHECK_INT_EQ(ingest_run(s, paths, 1, &opts, &rep, &err), LEDE_OK);
  CHECK(rep.added > 2000);
  ingest_report_free(&rep);
  int64_t inexact = check_all_queries(s); /* lengths from the cache */
  printf("BBC news, lengths cached: %lld rows not bit-equal\n", (long long)inexact);
  check_top_queries(s);
  CHECK_INT_EQ(store_begin(s, &err), LEDE_OK); /* in a write transaction the cache is not used */
  inexact = check_all_queries(s);
  printf("BBC news, lengths from FTS5: %lld rows not bit-equal\n", (long long)inexact);
  char buf[16];
  size_t len = 0;
  StoreType type;
  CHECK(first_value(s, TOP_SQL, "government", 20, 1, buf, sizeof buf, &len, &type));
  CHECK_INT_EQ(type, STORE_NULL); /* nor lede_bm25_top, which needs it */
  store_rollback(s);
  CHECK_INT_EQ(store_close(s, &err), LEDE_OK);
}

/* ---- the cache follows changes ------------------------------------------ */

static const char SHORT[] = "Alpha in brief\n\nThe alpha project opened today.\n";
static const char SHORT2[] = "Alpha in brief\n\nThe alpha project closed today.\n";
static const char LONG[] =
    "Alpha report\n\nThe alpha project, which the council approved after a long debate about "
    "money, roads and the river, opened today with a ceremony in the old market square, where "
    "the mayor spoke for an hour about the years of planning behind it.\n";
static const char LONG2[] =
    "Alpha report\n\nThe alpha project, which the council approved after a long debate about "
    "money, roads and the river, closed today with a ceremony in the old market square, where "
    "the mayor spoke for an hour about the years of planning behind it.\n";
static const char OTHER[] = "Beta news\n\nNothing about the first letter here, only beta.\n";

/* In one transaction of writer: deletes ids[0] and ids[1] (the two newest
** documents), then adds first and second, which take those ids again
** (INTEGER PRIMARY KEY reuses the largest); stores the new ids in ids. */
static void swap_docs(Store *writer, int64_t ids[2], const char *first, const char *second) {
  Err err = {0};
  CHECK_INT_EQ(store_begin(writer, &err), LEDE_OK);
  CHECK_INT_EQ(store_delete(writer, ids[0], &err), LEDE_OK);
  CHECK_INT_EQ(store_delete(writer, ids[1], &err), LEDE_OK);
  ids[0] = add_text(writer, first, NULL);
  ids[1] = add_text(writer, second, NULL);
  CHECK_INT_EQ(store_commit(writer, &err), LEDE_OK);
}

static void test_cache_follows_changes(void) {
  char path[128];
  snprintf(path, sizeof path, "%s/swap.db", tmpdir);
  Store *a = NULL, *b = NULL;
  Err err = {0};
  CHECK_INT_EQ(store_open(path, STORE_CREATE, &a, &err), LEDE_OK);
  CHECK_INT_EQ(store_begin(a, &err), LEDE_OK);
  CHECK(add_text(a, OTHER, NULL) > 0);
  int64_t ids[2] = {add_text(a, SHORT, NULL), add_text(a, LONG, NULL)};
  CHECK_INT_EQ(store_commit(a, &err), LEDE_OK);
  CHECK_INT_EQ(store_open(path, STORE_EXISTING, &b, &err), LEDE_OK);
  check_agree(a, "alpha", ", 5.0, 1.0"); /* both load their caches */
  check_agree(b, "alpha", ", 5.0, 1.0");
  int64_t old[2] = {ids[0], ids[1]};
  /* the long text takes the short one's id: same rows, same total tokens */
  swap_docs(b, ids, LONG2, SHORT2);
  CHECK_INT_EQ(ids[0], old[0]);
  CHECK_INT_EQ(ids[1], old[1]);
  check_agree(a, "alpha", ", 5.0, 1.0"); /* changed by another connection */
  check_agree(b, "alpha", ", 5.0, 1.0"); /* changed by this one */
  swap_docs(a, ids, SHORT, LONG);
  CHECK_INT_EQ(ids[0], old[0]);
  check_agree(a, "alpha", ", 5.0, 1.0");
  check_agree(b, "alpha", ", 5.0, 1.0");
  CHECK_INT_EQ(store_begin(a, &err), LEDE_OK); /* a plain insert and delete */
  CHECK(add_text(a, LONG2, NULL) > 0);
  CHECK_INT_EQ(store_delete(a, ids[0], &err), LEDE_OK);
  CHECK_INT_EQ(store_commit(a, &err), LEDE_OK);
  CHECK_INT_EQ(agreement(b, "alpha", "").rows, 2);
  check_agree(a, "alpha", "");
  check_agree(b, "alpha", "");
  CHECK_INT_EQ(store_close(b, &err), LEDE_OK);
  CHECK_INT_EQ(store_close(a, &err), LEDE_OK);
}

int main(void) {
  if (!fixture_tmpdir(tmpdir, sizeof tmpdir, "rank")) return 1;
  test_cache_follows_changes();
  test_real_corpus();
  fixture_tmpdir_remove(tmpdir);
  return CHECK_DONE();
}

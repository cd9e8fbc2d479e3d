/*
** store_rank.c — lede_bm25(), the ranking function of corpus:search. It is
** FTS5's bm25() (fts5_aux.c: k1 = 1.2, b = 0.75, the IDF clamped to 1e-6,
** column weights, avgdl from FTS5's totals) computed the same way in the
** same order, so its scores are bm25()'s to the last bit. What differs is
** where a row's length comes from: bm25() asks xColumnSize, which runs one
** SQL lookup in documents_fts_docsize per row; lede_bm25() reads it from an
** array of every document's length (4 bytes a document) that each
** connection loads once and reloads when the database changes. Registered
** on every connection by store_open (store.c).
*/
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "store_rank.h"

/* An id absent from documents_fts_docsize. */
#define LEN_NONE UINT32_MAX

/* The lengths of one connection's documents, as of data_version. */
typedef struct {
  sqlite3 *db;
  uint32_t *lengths;       /* tokens of document id (all columns), by id; LEN_NONE: absent */
  int64_t n_lengths;       /* entries in lengths */
  int64_t n_rows;          /* rows of documents_fts_docsize when loaded */
  int64_t n_tokens;        /* sum of lengths */
  unsigned data_version;   /* SQLITE_FCNTL_DATA_VERSION when loaded */
  bool is_loaded;
  unsigned generation;     /* bumped at every (re)load, so a query sees one */
} RankCache;

/* What one query computes once (its auxdata): bm25()'s Fts5Bm25Data plus
** the cache it reads lengths from. */
typedef struct {
  int n_phrases;
  double avgdl;
  double *idf;             /* per phrase */
  double *freq;            /* per phrase, for the current row */
  RankCache *cache;        /* NULL: ask FTS5 for each row's length */
  unsigned generation;     /* the cache's generation when the query began */
} RankQuery;

static void cache_clear(RankCache *c) {
  free(c->lengths);
  c->lengths = NULL;
  c->n_lengths = c->n_rows = c->n_tokens = 0;
  c->is_loaded = false;
}

/* xDestroy of the function: the connection is closing. */
static void cache_free(void *p) {
  if (p == NULL) return;
  cache_clear(p);
  free(p);
}

/* Decodes one SQLite varint (as FTS5 writes docsize) from [p, end) into *v;
** returns the bytes read, 0 when the blob ends first. Values above 32 bits
** keep their low bits: a document never holds 4 billion tokens. */
static int get_varint(const unsigned char *p, const unsigned char *end, uint64_t *v) {
  uint64_t x = 0;
  for (int i = 0; i < 9 && p + i < end; i++) {
    if (i == 8) {
      *v = x << 8 | p[i];
      return 9;
    }
    x = x << 7 | (p[i] & 0x7f);
    if ((p[i] & 0x80) == 0) {
      *v = x;
      return i + 1;
    }
  }
  return 0;
}

/* The total tokens of one docsize blob (one varint per column), or
** LEN_NONE when it is malformed or too large. */
static uint32_t blob_length(const unsigned char *p, int n) {
  const unsigned char *end = p + n;
  uint64_t total = 0, v = 0;
  while (p < end) {
    int used = get_varint(p, end, &v);
    if (used == 0) return LEN_NONE;
    total += v;
    p += used;
  }
  return total < LEN_NONE ? (uint32_t)total : LEN_NONE;
}

/* Makes room for id in c->lengths, new entries LEN_NONE. False when out of
** memory or when ids are so sparse that an array by id would waste more
** than it saves (then the function asks FTS5 instead). */
static bool cache_reserve(RankCache *c, int64_t id) {
  if (id < c->n_lengths) return true;
  if (id < 0 || id > 4 * c->n_rows + (1 << 20)) return false;
  int64_t n = c->n_lengths ? c->n_lengths : 4096;
  while (n <= id) n *= 2;
  uint32_t *grown = realloc(c->lengths, (size_t)n * sizeof *grown);
  if (grown == NULL) return false;
  for (int64_t i = c->n_lengths; i < n; i++) grown[i] = LEN_NONE;
  c->lengths = grown;
  c->n_lengths = n;
  return true;
}

/* Reads every row of documents_fts_docsize into c. On failure c stays
** empty (is_loaded false) and the SQLite code is returned; an unusable
** table (sparse ids, a malformed blob) is not an error, only no cache. */
static int cache_load(RankCache *c) {
  sqlite3_stmt *stmt = NULL;
  cache_clear(c);
  c->generation++;
  int rc = sqlite3_prepare_v2(c->db, "SELECT id, sz FROM documents_fts_docsize", -1, &stmt, NULL);
  bool is_usable = rc == SQLITE_OK;
  while (is_usable && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    int64_t id = sqlite3_column_int64(stmt, 0);
    const unsigned char *sz = sqlite3_column_blob(stmt, 1);
    uint32_t len = blob_length(sz, sqlite3_column_bytes(stmt, 1));
    c->n_rows++;
    is_usable = len != LEN_NONE && cache_reserve(c, id);
    if (is_usable) {
      c->lengths[id] = len;
      c->n_tokens += len;
    }
  }
  if (rc == SQLITE_DONE) rc = SQLITE_OK;
  int fin = sqlite3_finalize(stmt);
  if (rc == SQLITE_OK) rc = fin;
  if (rc != SQLITE_OK || !is_usable) cache_clear(c);
  else c->is_loaded = true;
  return rc;
}

/* Whether c can give this query its lengths: (re)loads it when the
** database changed since (data_version), and refuses inside a write
** transaction (uncommitted rows) and when FTS5's totals disagree with it (a
** table other than main.documents_fts, say). Returns an SQLite code. */
static int cache_check(RankCache *c, int64_t n_rows, int64_t n_tokens, bool *is_usable) {
  unsigned version = 0;
  *is_usable = false;
  if (sqlite3_txn_state(c->db, "main") == SQLITE_TXN_WRITE) return SQLITE_OK;
  int rc = sqlite3_file_control(c->db, "main", SQLITE_FCNTL_DATA_VERSION, &version);
  if (rc != SQLITE_OK) return SQLITE_OK; /* no version to compare: go without */
  if (!c->is_loaded || c->data_version != version) {
    rc = cache_load(c);
    c->data_version = version;
  }
  *is_usable = c->is_loaded && c->n_rows == n_rows && c->n_tokens == n_tokens;
  return rc;
}

/* Counts the rows xQueryPhrase visits (bm25()'s fts5CountCb). */
static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *user) {
  (void)api, (void)fts;
  (*(sqlite3_int64 *)user)++;
  return SQLITE_OK;
}

/* The IDF of each phrase, as bm25() computes it: one pass over the rows
** holding the phrase, log((N - hits + 0.5) / (hits + 0.5)) clamped to 1e-6. */
static int phrase_idfs(const Fts5ExtensionApi *api, Fts5Context *fts, RankQuery *q, int64_t n_rows) {
  int rc = SQLITE_OK;
  for (int i = 0; rc == SQLITE_OK && i < q->n_phrases; i++) {
    sqlite3_int64 hits = 0;
    rc = api->xQueryPhrase(fts, i, &hits, count_row);
    double idf = log((n_rows - hits + 0.5) / (hits + 0.5));
    q->idf[i] = idf <= 0.0 ? 1e-6 : idf;
  }
  return rc;
}

/* The query's RankQuery, made at its first row and kept as auxdata (FTS5
** frees it with the query). NULL with *rc set on failure. */
static RankQuery *query_get(const Fts5ExtensionApi *api, Fts5Context *fts, RankCache *cache, int *rc) {
  RankQuery *q = api->xGetAuxdata(fts, 0);
  if (q != NULL) return q;
  int n = api->xPhraseCount(fts);
  q = sqlite3_malloc64(sizeof *q + 2 * (size_t)n * sizeof(double));
  if (q == NULL) {
    *rc = SQLITE_NOMEM;
    return NULL;
  }
  memset(q, 0, sizeof *q + 2 * (size_t)n * sizeof(double));
  q->n_phrases = n;
  q->idf = (double *)(q + 1);
  q->freq = q->idf + n;
  sqlite3_int64 n_rows = 0, n_tokens = 0;
  bool use_cache = false;
  *rc = api->xRowCount(fts, &n_rows);
  if (*rc == SQLITE_OK) *rc = api->xColumnTotalSize(fts, -1, &n_tokens);
  if (*rc == SQLITE_OK) q->avgdl = (double)n_tokens / (double)n_rows;
  if (*rc == SQLITE_OK) *rc = cache_check(cache, n_rows, n_tokens, &use_cache);
  q->cache = use_cache ? cache : NULL;
  q->generation = cache->generation;
  if (*rc == SQLITE_OK) *rc = phrase_idfs(api, fts, q, n_rows);
  if (*rc == SQLITE_OK) *rc = api->xSetAuxdata(fts, q, sqlite3_free); /* frees q on failure */
  else sqlite3_free(q);
  return *rc == SQLITE_OK ? q : NULL;
}

/* The current row's length in tokens: from the cache while it still holds
** what the query began with, else from FTS5. */
static int row_length(const Fts5ExtensionApi *api, Fts5Context *fts, const RankQuery *q, double *d) {
  const RankCache *c = q->cache;
  if (c != NULL && c->generation == q->generation) {
    sqlite3_int64 id = api->xRowid(fts);
    if (id >= 0 && id < c->n_lengths && c->lengths[id] != LEN_NONE) {
      *d = c->lengths[id];
      return SQLITE_OK;
    }
  }
  int n_tokens = 0;
  int rc = api->xColumnSize(fts, -1, &n_tokens);
  *d = n_tokens;
  return rc;
}

/* Each phrase's weighted frequency in the current row into q->freq: the sum
** over its instances of its column's weight (the trailing arguments, 1.0
** past their end), instance by instance in position order as bm25() does. */
static void row_freqs(const Fts5ExtensionApi *api, Fts5Context *fts, RankQuery *q, int n_weights,
                      sqlite3_value **weights) {
  for (int i = 0; i < q->n_phrases; i++) {
    Fts5PhraseIter iter;
    int col = 0, off = 0;
    double f = 0.0;
    for (api->xPhraseFirst(fts, i, &iter, &col, &off); col >= 0; api->xPhraseNext(fts, &iter, &col, &off))
      f += n_weights > col ? sqlite3_value_double(weights[col]) : 1.0;
    q->freq[i] = f;
  }
}

/* lede_bm25(documents_fts, weight...): bm25()'s score of the current row
** (negative: smaller is better). */
static void lede_bm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int n_args,
                      sqlite3_value **args) {
  const double k1 = 1.2, b = 0.75;
  int rc = SQLITE_OK;
  RankQuery *q = query_get(api, fts, api->xUserData(fts), &rc);
  double d = 0.0, score = 0.0;
  if (rc == SQLITE_OK) {
    row_freqs(api, fts, q, n_args, args);
    rc = row_length(api, fts, q, &d);
  }
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  for (int i = 0; i < q->n_phrases; i++) /* bm25()'s expression, term for term */
    score += q->idf[i] * ((q->freq[i] * (k1 + 1.0)) / (q->freq[i] + k1 * (1 - b + b * d / q->avgdl)));
  sqlite3_result_double(ctx, -1.0 * score);
}

/* FTS5's API object of db, or NULL ("SELECT fts5(?1)", as FTS5 documents). */
static fts5_api *fts5_api_of(sqlite3 *db) {
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", NULL) == SQLITE_OK)
    (void)sqlite3_step(stmt); /* a failure leaves api NULL, which the caller reports */
  (void)sqlite3_finalize(stmt); /* the step's error, if any, is reported as "no FTS5" */
  return api;
}

int store_rank_register(sqlite3 *db) {
  fts5_api *api = fts5_api_of(db);
  if (api == NULL || api->iVersion < 2) return SQLITE_ERROR;
  RankCache *cache = calloc(1, sizeof *cache);
  if (cache == NULL) return SQLITE_NOMEM;
  cache->db = db;
  int rc = api->xCreateFunction(api, "lede_bm25", cache, lede_bm25, cache_free);
  if (rc != SQLITE_OK) cache_free(cache); /* FTS5 calls xDestroy only once it has the function */
  return rc;
}

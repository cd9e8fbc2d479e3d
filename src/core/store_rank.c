/*
** store_rank.c — lede_bm25(), the ranking function of corpus:search. It is
** FTS5's bm25() (fts5_aux.c: k1 = 1.2, b = 0.75, the IDF clamped to 1e-6,
** column weights, avgdl from FTS5's totals) computed the same way in the
** same order, so its scores are bm25()'s to the last bit. What differs is
** where a row's length comes from: bm25() asks xColumnSize, which runs one
** SQL lookup in documents_fts_docsize per row; lede_bm25() reads it from an
** array of every document's length (4 bytes a document) that each
** connection loads once and reloads when the database changes.
** lede_bm25_top() ranks a plain AND of phrases without SQL per row: one
** xQueryPhrase pass per phrase (the pass bm25() makes anyway to count the
** phrase's rows) collects and intersects the rows, then a bounded insertion
** keeps the k best. Registered on every connection by store_open (store.c).
*/
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "store_internal.h"
#include "store_rank.h"

/* An id absent from documents_fts_docsize. */
#define LEN_NONE UINT32_MAX

/* Column weights lede_bm25_top reads (documents_fts has two columns). */
#define TOP_MAX_WEIGHTS 16

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

/* One phrase's share of a row's score: bm25()'s expression, term for term
** (k1 = 1.2, b = 0.75), so that the sums come out bit for bit the same. */
static double bm25_term(double idf, double freq, double d, double avgdl) {
  const double k1 = 1.2, b = 0.75;
  return idf * ((freq * (k1 + 1.0)) / (freq + k1 * (1 - b + b * d / avgdl)));
}

/* Counts the rows xQueryPhrase visits (bm25()'s fts5CountCb). */
static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *user) {
  (void)api, (void)fts;
  (*(sqlite3_int64 *)user)++;
  return SQLITE_OK;
}

/* bm25()'s IDF of a phrase that hits of n_rows rows hold: the standard
** formula, clamped to 1e-6 where it would be negative (hits > n_rows / 2). */
static double idf_of(int64_t n_rows, int64_t hits) {
  double idf = log((n_rows - hits + 0.5) / (hits + 0.5));
  return idf <= 0.0 ? 1e-6 : idf;
}

/* The IDF of each phrase, as bm25() computes it: one pass over the rows
** holding the phrase, log((N - hits + 0.5) / (hits + 0.5)) clamped to 1e-6. */
static int phrase_idfs(const Fts5ExtensionApi *api, Fts5Context *fts, RankQuery *q, int64_t n_rows) {
  int rc = SQLITE_OK;
  for (int i = 0; rc == SQLITE_OK && i < q->n_phrases; i++) {
    sqlite3_int64 hits = 0;
    rc = api->xQueryPhrase(fts, i, &hits, count_row);
    q->idf[i] = idf_of(n_rows, hits);
  }
  return rc;
}

/* The totals both rankers start from: FTS5's row count into *n_rows, the
** mean row length into *avgdl (as bm25() computes them), and whether cache
** can give the query its lengths (cache_check). Returns an SQLite code. */
static int query_totals(const Fts5ExtensionApi *api, Fts5Context *fts, RankCache *cache, int64_t *n_rows,
                        double *avgdl, bool *use_cache) {
  sqlite3_int64 rows = 0, tokens = 0;
  *use_cache = false;
  int rc = api->xRowCount(fts, &rows);
  if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
  if (rc == SQLITE_OK) rc = cache_check(cache, rows, tokens, use_cache);
  *n_rows = rows;
  *avgdl = (double)tokens / (double)rows;
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
  int64_t n_rows = 0;
  bool use_cache = false;
  *rc = query_totals(api, fts, cache, &n_rows, &q->avgdl, &use_cache);
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
  for (int i = 0; i < q->n_phrases; i++) score += bm25_term(q->idf[i], q->freq[i], d, q->avgdl);
  sqlite3_result_double(ctx, -1.0 * score);
}

/* ---- lede_bm25_top: the best rows of a plain AND of phrases -------------- */

/* The rows that hold every phrase read so far, in rowid order, with each
** phrase's weighted frequency in them (freq[row * n_phrases + phrase]). */
typedef struct {
  int n_phrases;
  const double *weights;   /* by column, n_weights of them (1.0 past the end) */
  int n_weights;
  int64_t *ids;
  double *freq;
  size_t n, cap;
  int phrase;              /* the phrase being read */
  size_t at, kept;         /* the merge with the rows so far while it is read */
  int64_t hits;            /* rows holding it */
} AndRows;

/* A ranked row: its id and its bm25() value (smaller is better). */
typedef struct {
  int64_t id;
  double value;
} Ranked;

/* The weighted frequency of phrase 0 of an xQueryPhrase cursor's row. */
static double phrase_freq(const Fts5ExtensionApi *api, Fts5Context *fts, const AndRows *r) {
  Fts5PhraseIter iter;
  int col = 0, off = 0;
  double f = 0.0;
  for (api->xPhraseFirst(fts, 0, &iter, &col, &off); col >= 0; api->xPhraseNext(fts, &iter, &col, &off))
    f += col < r->n_weights ? r->weights[col] : 1.0;
  return f;
}

/* xQueryPhrase callback of the first phrase: appends the row. */
static int and_first(const Fts5ExtensionApi *api, Fts5Context *fts, void *user) {
  AndRows *r = user;
  r->hits++;
  if (r->n == r->cap) {
    size_t cap = r->cap ? 2 * r->cap : 1024;
    int64_t *ids = sqlite3_realloc64(r->ids, cap * sizeof *ids);
    if (ids != NULL) r->ids = ids;
    double *freq = sqlite3_realloc64(r->freq, cap * r->n_phrases * sizeof *freq);
    if (freq != NULL) r->freq = freq;
    if (ids == NULL || freq == NULL) return SQLITE_NOMEM;
    r->cap = cap;
  }
  r->ids[r->n] = api->xRowid(fts);
  r->freq[r->n * r->n_phrases] = phrase_freq(api, fts, r);
  r->n++;
  return SQLITE_OK;
}

/* xQueryPhrase callback of a later phrase: both lists ascend by rowid, so
** one merge keeps the rows that also hold it, compacted in place. */
static int and_next(const Fts5ExtensionApi *api, Fts5Context *fts, void *user) {
  AndRows *r = user;
  r->hits++;
  int64_t id = api->xRowid(fts);
  while (r->at < r->n && r->ids[r->at] < id) r->at++;
  if (r->at == r->n || r->ids[r->at] != id) return SQLITE_OK;
  double *to = r->freq + r->kept * r->n_phrases;
  memmove(to, r->freq + r->at * r->n_phrases, r->phrase * sizeof *to);
  to[r->phrase] = phrase_freq(api, fts, r);
  r->ids[r->kept++] = r->ids[r->at++];
  return SQLITE_OK;
}

/* Reads each phrase's rows with xQueryPhrase: the first collects, the
** later ones intersect. The same passes give each phrase's IDF, counted as
** bm25() counts it. */
static int and_collect(const Fts5ExtensionApi *api, Fts5Context *fts, AndRows *r, double *idf,
                       int64_t n_rows) {
  int rc = SQLITE_OK;
  for (int i = 0; rc == SQLITE_OK && i < r->n_phrases; i++) {
    r->phrase = i;
    r->hits = 0;
    r->at = r->kept = 0;
    rc = api->xQueryPhrase(fts, i, r, i == 0 ? and_first : and_next);
    if (i > 0) r->n = r->kept;
    idf[i] = idf_of(n_rows, r->hits);
  }
  return rc;
}

static bool ranked_better(const Ranked *a, const Ranked *b) {
  return a->value < b->value || (a->value == b->value && a->id < b->id);
}

/* Adds row to top, the best *n_top (at most k) rows sorted best first: an
** insertion, cheap because k (limit + offset) is small and most rows lose
** against the last one. */
static void top_insert(Ranked *top, size_t *n_top, size_t k, Ranked row) {
  if (*n_top == k && (k == 0 || !ranked_better(&row, &top[k - 1]))) return;
  size_t i = *n_top < k ? (*n_top)++ : k - 1;
  for (; i > 0 && ranked_better(&row, &top[i - 1]); i--) top[i] = top[i - 1];
  top[i] = row;
}

/* Ranks the rows of r into top (room for k) with the lengths of cache;
** false when a row's length is missing. */
static bool and_rank(const AndRows *r, const double *idf, double avgdl, const RankCache *cache, Ranked *top,
                     size_t *n_top, size_t k) {
  *n_top = 0;
  for (size_t j = 0; j < r->n; j++) {
    int64_t id = r->ids[j];
    if (id < 0 || id >= cache->n_lengths || cache->lengths[id] == LEN_NONE) return false;
    double d = cache->lengths[id], score = 0.0;
    for (int i = 0; i < r->n_phrases; i++) score += bm25_term(idf[i], r->freq[j * r->n_phrases + i], d, avgdl);
    top_insert(top, n_top, k, (Ranked){id, -1.0 * score});
  }
  return true;
}

/* The arguments of lede_bm25_top, read: k, the phrase count the caller
** expects, the column weights. SQLITE_MISUSE when k or the count is bad. */
static int top_args(int n_args, sqlite3_value **args, int64_t *k, int *n_phrases, double *weights,
                    int *n_weights) {
  if (n_args < 2) return SQLITE_MISUSE;
  *k = sqlite3_value_int64(args[0]);
  *n_phrases = sqlite3_value_int(args[1]);
  *n_weights = 0;
  for (int i = 2; i < n_args && *n_weights < TOP_MAX_WEIGHTS; i++) weights[(*n_weights)++] = sqlite3_value_double(args[i]);
  return *k < 0 || n_args - 2 > TOP_MAX_WEIGHTS ? SQLITE_MISUSE : SQLITE_OK;
}

/* Whether the query is one this function can rank: the phrase count the
** caller expects, no empty phrase, and the lengths cached. */
static int top_applies(const Fts5ExtensionApi *api, Fts5Context *fts, int n_phrases, RankCache *cache,
                       int64_t *n_rows, double *avgdl, bool *applies) {
  *applies = api->xPhraseCount(fts) == n_phrases;
  for (int i = 0; *applies && i < n_phrases; i++) *applies = api->xPhraseSize(fts, i) > 0;
  if (!*applies) return SQLITE_OK;
  return query_totals(api, fts, cache, n_rows, avgdl, applies);
}

/* lede_bm25_top(documents_fts, k, n_phrases, weight...): the k best rows
** of the query by lede_bm25(documents_fts, weight...), best first, ties by
** id, as a blob of (int64 id, double value) pairs in native byte order.
** Only right when the query is a plain AND of n_phrases phrases (any row
** holding all of them matches): it reads each phrase on its own and
** ignores OR, NOT and NEAR, so the caller must know. NULL when it cannot
** rank (another phrase count, an empty phrase, no length cache): then rank
** row by row. It reads the whole query at its first row: call it once,
** with LIMIT 1. */
static void lede_bm25_top(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int n_args,
                          sqlite3_value **args) {
  double weights[TOP_MAX_WEIGHTS], avgdl = 0.0;
  int64_t k = 0, n_rows = 0;
  int n_phrases = 0, n_weights = 0;
  bool applies = false;
  int rc = top_args(n_args, args, &k, &n_phrases, weights, &n_weights);
  if (rc == SQLITE_OK) rc = top_applies(api, fts, n_phrases, api->xUserData(fts), &n_rows, &avgdl, &applies);
  if (rc != SQLITE_OK || !applies) {
    if (rc == SQLITE_MISUSE) sqlite3_result_error(ctx, "lede_bm25_top: bad k or phrase count", -1);
    else if (rc != SQLITE_OK) sqlite3_result_error_code(ctx, rc);
    else sqlite3_result_null(ctx);
    return;
  }
  AndRows r = {.n_phrases = n_phrases, .weights = weights, .n_weights = n_weights};
  double *idf = sqlite3_malloc64(n_phrases * sizeof *idf);
  rc = idf == NULL ? SQLITE_NOMEM : and_collect(api, fts, &r, idf, n_rows);
  size_t room = (uint64_t)k < r.n ? (size_t)k : r.n, n_top = 0;
  Ranked *top = rc == SQLITE_OK ? sqlite3_malloc64((room + 1) * sizeof *top) : NULL;
  if (rc == SQLITE_OK && top == NULL) rc = SQLITE_NOMEM;
  bool ranked = rc == SQLITE_OK && and_rank(&r, idf, avgdl, api->xUserData(fts), top, &n_top, room);
  if (rc != SQLITE_OK) sqlite3_result_error_code(ctx, rc);
  else if (!ranked) sqlite3_result_null(ctx);
  else sqlite3_result_blob64(ctx, top, n_top * sizeof *top, SQLITE_TRANSIENT);
  sqlite3_free(top);
  sqlite3_free(idf);
  sqlite3_free(r.ids);
  sqlite3_free(r.freq);
}

int store_rank_register(sqlite3 *db) {
  fts5_api *api = store_fts5_api(db);
  if (api == NULL || api->iVersion < 2) return SQLITE_ERROR;
  RankCache *cache = calloc(1, sizeof *cache);
  if (cache == NULL) return SQLITE_NOMEM;
  cache->db = db;
  int rc = api->xCreateFunction(api, "lede_bm25", cache, lede_bm25, cache_free);
  if (rc != SQLITE_OK) cache_free(cache); /* FTS5 calls xDestroy only once it has the function */
  /* the same cache, freed by lede_bm25's xDestroy: FTS5 drops both at close */
  if (rc == SQLITE_OK) rc = api->xCreateFunction(api, "lede_bm25_top", cache, lede_bm25_top, NULL);
  return rc;
}

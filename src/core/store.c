/*
** store.c — opening and closing a corpus, transactions, counting and hash
** lookups, the read-only query cursors the bindings use, and the sticky-rc
** SQLite helpers every store*.c shares. The schema lives in store_schema.c,
** writing parsed articles in store_add.c.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sha256.h"
#include "store_internal.h"
#include "store_rank.h"

/* The SQL of each long-lived statement, indexed by StoreStmt. */
const char *const store_stmt_sql[SQL_STMT_COUNT] = {
    [SQL_BEGIN] = "BEGIN IMMEDIATE",
    [SQL_COMMIT] = "COMMIT",
    [SQL_ROLLBACK] = "ROLLBACK",
    [SQL_FIND_HASH] = "SELECT id FROM documents WHERE hash = ?1",
    [SQL_COUNT] = "SELECT count(*) FROM documents",
    [SQL_INSERT_DOC] =
        "INSERT INTO documents(path, source, url, title, bylines, dateline, published, cluster,"
        " hash, text, raw, raw_size, encoding, invalid_bytes, parser_version)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    [SQL_FTS_CONTENT] = "SELECT title, body FROM documents_fts_content WHERE id = ?1",
    [SQL_INSERT_MEMBER] = "INSERT OR IGNORE INTO cluster_members(cluster, doc_id) VALUES(?1, ?2)",
    [SQL_DELETE_FTS] = "INSERT INTO documents_fts(documents_fts, rowid, title, body)"
                       " VALUES('delete', ?1, ?2, ?3)",
    [SQL_DELETE_DOC] = "DELETE FROM documents WHERE id = ?1",
    /* one statement per queued table and batch (store_add.c, lede_rows) */
    [SQL_INSERT_BLOCK] = "INSERT INTO blocks(doc_id, seq, kind, byte_start, byte_end)"
                         " SELECT c0, c1, c2, c3, c4 FROM lede_rows(?1)",
    [SQL_INSERT_SENTENCE] = "INSERT INTO sentences(doc_id, seq, byte_start, byte_end)"
                            " SELECT c0, c1, c2, c3 FROM lede_rows(?1)",
    [SQL_INSERT_ENTITY] = "INSERT INTO entities(doc_id, seq, type, name, title)"
                          " SELECT c0, c1, c2, c3, c4 FROM lede_rows(?1)",
    [SQL_INSERT_MENTION] = "INSERT INTO mentions(doc_id, seq, entity, byte_start, byte_end)"
                           " SELECT c0, c1, c2, c3, c4 FROM lede_rows(?1)",
    [SQL_INSERT_QUOTE] = "INSERT INTO quote_spans(doc_id, seq, kind, speaker, speaker_entity, cue, byte_start,"
                         " byte_end, cue_start, cue_end)"
                         " SELECT c0, c1, c2, c3, c4, c5, c6, c7, c8, c9 FROM lede_rows(?1)",
    [SQL_INSERT_NUMBER] = "INSERT INTO number_spans(doc_id, seq, value, value_high, approx, is_percent, unit,"
                          " currency, byte_start, byte_end)"
                          " SELECT c0, c1, c2, c3, c4, c5, c6, c7, c8, c9 FROM lede_rows(?1)",
    [SQL_INSERT_DATE] = "INSERT INTO date_spans(doc_id, seq, value, precision, is_relative, byte_start, byte_end)"
                        " SELECT c0, c1, c2, c3, c4, c5, c6 FROM lede_rows(?1)",
    [SQL_INSERT_FTS] = "INSERT INTO documents_fts(rowid, title, body) SELECT c0, c1, c2 FROM lede_rows(?1)",
};

/* ---- sticky helpers ----------------------------------------------------- */

void store_prepare(Store *s, int *rc, sqlite3_stmt **stmt, const char *sql) {
  *stmt = NULL;
  if (*rc == SQLITE_OK) *rc = sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, NULL);
}

void store_bind_int(int *rc, sqlite3_stmt *stmt, int i, int64_t v) {
  if (*rc == SQLITE_OK) *rc = sqlite3_bind_int64(stmt, i, v);
}

void store_bind_real(int *rc, sqlite3_stmt *stmt, int i, double v) {
  if (*rc == SQLITE_OK) *rc = sqlite3_bind_double(stmt, i, v);
}

void store_bind_null(int *rc, sqlite3_stmt *stmt, int i) {
  if (*rc == SQLITE_OK) *rc = sqlite3_bind_null(stmt, i);
}

void store_bind_span(int *rc, sqlite3_stmt *stmt, int i, Span v) {
  if (*rc != SQLITE_OK) return;
  if (v.ptr == NULL) *rc = sqlite3_bind_null(stmt, i);
  else *rc = sqlite3_bind_text64(stmt, i, v.ptr, v.len, SQLITE_STATIC, SQLITE_UTF8);
}

void store_bind_cstr(int *rc, sqlite3_stmt *stmt, int i, const char *v) {
  store_bind_span(rc, stmt, i, (Span){v, v ? strlen(v) : 0});
}

void store_bind_blob(int *rc, sqlite3_stmt *stmt, int i, Span v) {
  if (*rc != SQLITE_OK) return;
  if (v.ptr == NULL) *rc = sqlite3_bind_null(stmt, i);
  else *rc = sqlite3_bind_blob64(stmt, i, v.ptr, v.len, SQLITE_STATIC);
}

void store_bind_rows(int *rc, sqlite3_stmt *stmt, int i, const StoreRows *rows) {
  if (*rc == SQLITE_OK) *rc = sqlite3_bind_pointer(stmt, i, (void *)rows, STORE_ROWS_POINTER, NULL);
}

/* The value of one hex digit, or -1. */
static int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void store_bind_hash(int *rc, sqlite3_stmt *stmt, int i, const char *hex) {
  unsigned char digest[32];
  if (*rc != SQLITE_OK) return;
  for (int k = 0; k < 32; k++) {
    int hi = hex != NULL ? hex_value(hex[2 * k]) : -1;
    int lo = hi >= 0 ? hex_value(hex[2 * k + 1]) : -1;
    if (lo < 0) {
      *rc = SQLITE_MISMATCH;
      return;
    }
    digest[k] = (unsigned char)(hi << 4 | lo);
  }
  *rc = sqlite3_bind_blob(stmt, i, digest, sizeof digest, SQLITE_TRANSIENT);
}

void store_reset(sqlite3_stmt *stmt) {
  if (stmt == NULL) return;
  /* reset repeats the step's error, which the caller already holds */
  (void)sqlite3_reset(stmt);
  (void)sqlite3_clear_bindings(stmt); /* always SQLITE_OK */
}

void store_step_done(int *rc, sqlite3_stmt *stmt) {
  if (*rc == SQLITE_OK) {
    int r = sqlite3_step(stmt);
    if (r != SQLITE_DONE && r != SQLITE_ROW) *rc = r;
  }
  store_reset(stmt);
}

bool store_step_row(int *rc, sqlite3_stmt *stmt) {
  if (*rc != SQLITE_OK) return false;
  int r = sqlite3_step(stmt);
  if (r == SQLITE_ROW) return true;
  if (r != SQLITE_DONE) *rc = r;
  return false;
}

void store_finalize(int *rc, sqlite3_stmt *stmt) {
  int r = sqlite3_finalize(stmt); /* NULL is a harmless no-op */
  if (*rc == SQLITE_OK) *rc = r;
}

void store_exec(Store *s, int *rc, const char *sql) {
  if (*rc != SQLITE_OK) return;
  char *msg = NULL;
  *rc = sqlite3_exec(s->db, sql, NULL, NULL, &msg);
  sqlite3_free(msg); /* sqlite3_errmsg still holds the same text */
}

LedeStatus store_fail(Store *s, int rc, const char *what, Err *err) {
  if (rc == SQLITE_OK) return LEDE_OK;
  LedeStatus code = LEDE_ESQL;
  switch (rc & 0xff) {
    case SQLITE_INTERRUPT: code = LEDE_EINTR; break;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY: code = LEDE_EIO; break;
    case SQLITE_NOMEM: code = LEDE_ENOMEM; break;
    default: break;
  }
  const char *why = s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
  if (code == LEDE_EINTR) return err_set(err, code, "%s: interrupted", s->path);
  int sys = code == LEDE_EIO && s->db ? sqlite3_system_errno(s->db) : 0;
  if (sys == 0 && code == LEDE_EIO) sys = s->commit_errno;
  if (sys != 0) /* "disk I/O error" says less than "No space left on device" */
    return err_set(err, code, "%s: %s: %s (%s)", s->path, what, why, strerror(sys));
  return err_set(err, code, "%s: %s: %s", s->path, what, why);
}

/* ---- opening and closing ------------------------------------------------ */

/* Checks the file before SQLite sees it: present unless it may be created,
** not a folder, writable unless read-only, and starting with SQLite's magic
** header when not empty. Reads at most 16 bytes; never writes. */
static LedeStatus check_file(const char *path, StoreMode mode, Err *err) {
  static const char magic[16] = "SQLite format 3";
  struct stat st;
  if (strcmp(path, ":memory:") == 0) return LEDE_OK;
  if (stat(path, &st) != 0) {
    if (errno == ENOENT && mode == STORE_CREATE) return LEDE_OK;
    return err_set(err, LEDE_EIO, "%s: %s", path, strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) return err_set(err, LEDE_EIO, "%s: is a directory", path);
  if (st.st_size > 0) {
    char head[16] = {0};
    FILE *f = fopen(path, "rb");
    if (f == NULL) return err_set(err, LEDE_EIO, "%s: %s", path, strerror(errno));
    size_t got = fread(head, 1, sizeof head, f);
    fclose(f);
    if (got < sizeof head || memcmp(head, magic, sizeof head) != 0)
      return err_set(err, LEDE_EINPUT, "%s: not a lede corpus (not an SQLite database)", path);
  }
  if (mode != STORE_READONLY && access(path, W_OK) != 0)
    return err_set(err, LEDE_EIO, "%s: cannot write the corpus (%s); open it read-only", path,
                   strerror(errno));
  return LEDE_OK;
}

/* Finalizes the long-lived statements and closes the connection; the first
** failure goes to *rc. Queries the caller left open make the connection a
** zombie that SQLite closes when the last one is finalized. */
static void close_db(Store *s, int *rc) {
  for (int i = 0; i < SQL_STMT_COUNT; i++) store_finalize(rc, s->stmt[i]);
  if (s->db == NULL) return;
  if (s->in_transaction) {
    int ignored = SQLITE_OK; /* closing rolls back anyway; this only makes it explicit */
    store_exec(s, &ignored, "ROLLBACK");
  }
  int r = s->n_queries > 0 ? sqlite3_close_v2(s->db) : sqlite3_close(s->db);
  s->db = NULL;
  if (*rc == SQLITE_OK) *rc = r;
}

void store_free(Store *s) {
  strbuf_free(&s->scratch);
  for (int t = 0; t < STORE_N_QUEUES; t++) vec_free(&s->pending[t].cells);
  strbuf_free(&s->row_text);
  vec_free(&s->replay.texts);
  strbuf_free(&s->replay.tokens);
  free(s->path);
  free(s);
}

/* Session settings and the long-lived statements. */
static LedeStatus prepare_session(Store *s, Err *err) {
  int rc = SQLITE_OK;
  store_exec(s, &rc, "PRAGMA foreign_keys = ON");
  if (!s->is_readonly) store_exec(s, &rc, "PRAGMA synchronous = NORMAL");
  /* 32 MB of page cache: a batch touches the last page of every table and
  ** many FTS pages; with SQLite's 2 MB default they spill to the WAL again
  ** and again before the commit */
  store_exec(s, &rc, "PRAGMA cache_size = -32768");
  int n_stmts = s->is_readonly ? SQL_FIRST_ROWS : SQL_STMT_COUNT;
  if (!s->is_readonly && rc == SQLITE_OK) rc = store_rows_register(s->db); /* for the child rows */
  for (int i = 0; i < n_stmts; i++) store_prepare(s, &rc, &s->stmt[i], store_stmt_sql[i]);
  if (rc == SQLITE_OK) rc = store_rank_register(s->db); /* lede_bm25() for corpus:search */
  return store_fail(s, rc, "cannot prepare the corpus statements", err);
}

LedeStatus store_open(const char *path, StoreMode mode, Store **out, Err *err) {
  *out = NULL;
  LedeStatus st = check_file(path, mode, err);
  if (st != LEDE_OK) return st;
  Store *s = calloc(1, sizeof *s);
  if (s == NULL || (s->path = strdup(path)) == NULL) {
    free(s);
    return err_set(err, LEDE_ENOMEM, "%s: out of memory", path);
  }
  s->is_readonly = mode == STORE_READONLY;
  int flags = s->is_readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (mode == STORE_CREATE) flags |= SQLITE_OPEN_CREATE;
  /* one thread uses a Store at a time (ingest's reader opens its own), so
  ** the connection needs no mutex: SQLite's serialized mode took a lock
  ** and an unlock in every bind and step, 8% of the writer's instructions */
  flags |= SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path, &s->db, flags, NULL);
  if (rc == SQLITE_OK) rc = sqlite3_busy_timeout(s->db, 10000);
  if (rc == SQLITE_OK && !s->is_readonly) rc = store_tokens_register(s); /* before the schema opens the FTS table */
  st = store_fail(s, rc, "cannot open", err);
  if (st == LEDE_OK) st = store_schema_check(s, err);
  if (st == LEDE_OK) st = prepare_session(s, err);
  if (st != LEDE_OK) {
    int ignored = SQLITE_OK; /* the open failure is the one to report */
    close_db(s, &ignored);
    store_free(s);
    return st;
  }
  *out = s;
  return LEDE_OK;
}

LedeStatus store_close(Store *s, Err *err) {
  if (s == NULL) return LEDE_OK;
  int rc = SQLITE_OK;
  close_db(s, &rc);
  LedeStatus st = LEDE_OK;
  if (rc != SQLITE_OK) st = err_set(err, LEDE_ESQL, "%s: cannot close: %s", s->path, sqlite3_errstr(rc));
  else if (s->n_queries > 0)
    st = err_set(err, LEDE_ESQL, "%s: closed with %d queries still open", s->path, s->n_queries);
  if (s->n_queries > 0) s->is_zombie = true; /* the last store_query_close frees it */
  else store_free(s);
  return st;
}

void store_interrupt(Store *s) {
  if (s != NULL && s->db != NULL) sqlite3_interrupt(s->db);
}

const char *store_path(const Store *s) { return s->path; }

void store_hash(Span raw, char out[65]) { sha256_hex(raw.ptr, raw.len, out); }

fts5_api *store_fts5_api(sqlite3 *db) {
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", NULL) == SQLITE_OK)
    (void)sqlite3_step(stmt); /* a failure leaves api NULL, which the caller reports */
  (void)sqlite3_finalize(stmt); /* the step's error, if any, is reported as "no FTS5" */
  return api;
}

/* ---- transactions and small reads --------------------------------------- */

/* FTS5 buffers the terms of the documents it indexes in a hash table and
** writes them out as a new segment whenever it outgrows 'hashsize' (1 MB by
** default), merging segments as they pile up. 8 MB holds the terms of a
** whole batch, so a batch makes one segment: 11% fewer instructions in a
** commit (callgrind, 3 MB), and fewer segments for searches to read. The
** setting is stored in the index (documents_fts_config), so it is made at
** the first write of each connection, once per corpus. */
#define FTS_HASHSIZE 8388608

static void tune_fts(Store *s) {
  int rc = SQLITE_OK; /* only speed is at stake: a failure changes nothing */
  sqlite3_stmt *get = NULL, *set = NULL;
  store_prepare(s, &rc, &get, "SELECT v FROM documents_fts_config WHERE k = 'hashsize'");
  bool is_set = store_step_row(&rc, get) && sqlite3_column_int64(get, 0) == FTS_HASHSIZE;
  store_finalize(&rc, get);
  if (!is_set) {
    store_prepare(s, &rc, &set, "INSERT INTO documents_fts(documents_fts, rank) VALUES('hashsize', ?1)");
    store_bind_int(&rc, set, 1, FTS_HASHSIZE);
    store_step_done(&rc, set);
    store_finalize(&rc, set);
  }
  s->is_fts_tuned = true;
}

LedeStatus store_begin(Store *s, Err *err) {
  if (s->is_readonly) return err_set(err, LEDE_EIO, "%s: the corpus is open read-only", s->path);
  int rc = SQLITE_OK;
  store_step_done(&rc, s->stmt[SQL_BEGIN]);
  if (rc == SQLITE_OK) s->in_transaction = true;
  if (rc == SQLITE_OK && !s->is_fts_tuned) tune_fts(s);
  return store_fail(s, rc, "cannot begin a transaction", err);
}

LedeStatus store_commit(Store *s, Err *err) {
  int rc = SQLITE_OK;
  store_rows_flush(s, &rc);
  /* SQLite records no system errno for a failed COMMIT (it fails in
  ** sqlite3VdbeHalt, not in a statement), so keep the one the VFS left */
  errno = 0;
  store_step_done(&rc, s->stmt[SQL_COMMIT]);
  s->commit_errno = errno;
  LedeStatus st = store_fail(s, rc, "cannot commit", err); /* before the rollback changes errmsg */
  s->commit_errno = 0;
  if (rc == SQLITE_OK) s->in_transaction = false;
  else store_rollback(s); /* a failed COMMIT may leave the transaction open */
  return st;
}

void store_rollback(Store *s) {
  int rc = SQLITE_OK;
  store_rows_drop(s);
  if (sqlite3_get_autocommit(s->db) == 0) store_step_done(&rc, s->stmt[SQL_ROLLBACK]);
  /* nothing else can be done if ROLLBACK fails: SQLite rolls back on close */
  s->in_transaction = false;
}

LedeStatus store_find_hash(Store *s, const char *hash, int64_t *id, Err *err) {
  int rc = SQLITE_OK;
  sqlite3_stmt *stmt = s->stmt[SQL_FIND_HASH];
  *id = 0;
  store_bind_hash(&rc, stmt, 1, hash);
  if (store_step_row(&rc, stmt)) *id = sqlite3_column_int64(stmt, 0);
  store_reset(stmt);
  return store_fail(s, rc, "cannot look up a content hash", err);
}

LedeStatus store_count(Store *s, int64_t *n, Err *err) {
  int rc = SQLITE_OK;
  sqlite3_stmt *stmt = s->stmt[SQL_COUNT];
  *n = 0;
  if (store_step_row(&rc, stmt)) *n = sqlite3_column_int64(stmt, 0);
  store_reset(stmt);
  return store_fail(s, rc, "cannot count the documents", err);
}

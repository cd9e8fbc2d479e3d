/*
** store_query.c — the read-only query cursors behind corpus:sql() and the
** Lua document accessors: one prepared statement per StoreQuery, refused
** when it could write (an authorizer watches the prepare), values always
** bound, SQLite's own message on a syntax error.
*/
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "store_internal.h"

struct StoreQuery {
  sqlite3_stmt *stmt; /* owned */
  Store *s;           /* counts its open queries; may be a zombie (store_close) */
};

/* Pragmas that take an argument and still only read. */
static const char *const reading_pragmas[] = {
    "foreign_key_check", "foreign_key_list", "index_info", "index_list", "index_xinfo",
    "integrity_check",   "quick_check",      "table_info", "table_list", "table_xinfo",
};

static bool is_reading_pragma(const char *name) {
  for (size_t i = 0; i < sizeof reading_pragmas / sizeof reading_pragmas[0]; i++)
    if (strcasecmp(name, reading_pragmas[i]) == 0) return true;
  return false;
}

/* Authorizer during store_query_open: no transaction control, no ATTACH (it
** can create files), no pragma that sets something. Writes themselves are
** caught afterwards by sqlite3_stmt_readonly. */
static int authorize_read(void *user, int action, const char *a1, const char *a2, const char *a3,
                          const char *a4) {
  switch (action) {
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
    case SQLITE_ATTACH:
    case SQLITE_DETACH: return SQLITE_DENY;
    case SQLITE_PRAGMA: return a2 == NULL || is_reading_pragma(a1) ? SQLITE_OK : SQLITE_DENY;
    default: return SQLITE_OK;
  }
}

/* True when [p, end) holds only white space, semicolons and comments. */
static bool is_blank_sql(const char *p, const char *end) {
  while (p < end) {
    if (*p == ' ' || *p == ';' || (*p >= '\t' && *p <= '\r')) p++;
    else if (end - p >= 2 && p[0] == '-' && p[1] == '-') {
      while (p < end && *p != '\n') p++;
    } else if (end - p >= 2 && p[0] == '/' && p[1] == '*') {
      const char *close = p + 2;
      while (close + 1 < end && !(close[0] == '*' && close[1] == '/')) close++;
      p = close + 2 <= end ? close + 2 : end;
    } else return false;
  }
  return true;
}

LedeStatus store_query_open(Store *s, const char *sql, size_t len, StoreQuery **out, Err *err) {
  *out = NULL;
  if (len > (size_t)1 << 30) return err_set(err, LEDE_EINPUT, "query too long");
  sqlite3_stmt *stmt = NULL;
  const char *tail = NULL;
  int rc = SQLITE_OK;
  if (s->in_transaction) store_rows_flush(s, &rc); /* the query sees the batch's child rows */
  if (rc != SQLITE_OK) return store_fail(s, rc, "cannot write the queued rows", err);
  rc = sqlite3_set_authorizer(s->db, authorize_read, NULL);
  if (rc == SQLITE_OK) rc = sqlite3_prepare_v2(s->db, sql, (int)len, &stmt, &tail);
  (void)sqlite3_set_authorizer(s->db, NULL, NULL); /* clearing cannot fail on an open connection */
  LedeStatus st = LEDE_OK;
  if (rc == SQLITE_AUTH) st = err_set(err, LEDE_EINPUT, "not allowed in a read-only query: %s", sqlite3_errmsg(s->db));
  else if (rc != SQLITE_OK) st = err_set(err, rc == SQLITE_NOMEM ? LEDE_ENOMEM : LEDE_EINPUT, "%s", sqlite3_errmsg(s->db));
  else if (stmt == NULL) st = err_set(err, LEDE_EINPUT, "empty query");
  else if (!sqlite3_stmt_readonly(stmt)) st = err_set(err, LEDE_EINPUT, "only read-only queries are allowed");
  else if (!is_blank_sql(tail, sql + len)) st = err_set(err, LEDE_EINPUT, "more than one statement in a query");
  StoreQuery *q = st == LEDE_OK ? malloc(sizeof *q) : NULL;
  if (st == LEDE_OK && q == NULL) st = err_set(err, LEDE_ENOMEM, "out of memory");
  if (st != LEDE_OK) {
    (void)sqlite3_finalize(stmt); /* never stepped: nothing to report */
    return st;
  }
  q->stmt = stmt;
  q->s = s;
  s->n_queries++;
  *out = q;
  return LEDE_OK;
}

/* Maps a bind result to a status naming the parameter. */
static LedeStatus bind_result(StoreQuery *q, int i, int rc, Err *err) {
  if (rc == SQLITE_OK) return LEDE_OK;
  if (rc == SQLITE_RANGE)
    return err_set(err, LEDE_EINPUT, "parameter %d out of range [1..%d]", i,
                   sqlite3_bind_parameter_count(q->stmt));
  return err_set(err, rc == SQLITE_NOMEM ? LEDE_ENOMEM : LEDE_ESQL, "parameter %d: %s", i,
                 sqlite3_errstr(rc));
}

LedeStatus store_query_bind_null(StoreQuery *q, int i, Err *err) {
  return bind_result(q, i, sqlite3_bind_null(q->stmt, i), err);
}

LedeStatus store_query_bind_int(StoreQuery *q, int i, int64_t v, Err *err) {
  return bind_result(q, i, sqlite3_bind_int64(q->stmt, i, v), err);
}

LedeStatus store_query_bind_real(StoreQuery *q, int i, double v, Err *err) {
  return bind_result(q, i, sqlite3_bind_double(q->stmt, i, v), err);
}

LedeStatus store_query_bind_text(StoreQuery *q, int i, Span v, Err *err) {
  const char *p = v.ptr != NULL ? v.ptr : "";
  return bind_result(q, i, sqlite3_bind_text64(q->stmt, i, p, v.len, SQLITE_TRANSIENT, SQLITE_UTF8), err);
}

int store_query_param_count(StoreQuery *q) { return sqlite3_bind_parameter_count(q->stmt); }

LedeStatus store_query_step(StoreQuery *q, bool *has_row, Err *err) {
  int rc = sqlite3_step(q->stmt);
  *has_row = rc == SQLITE_ROW;
  if (rc == SQLITE_ROW || rc == SQLITE_DONE) return LEDE_OK;
  sqlite3 *db = sqlite3_db_handle(q->stmt);
  LedeStatus code = (rc & 0xff) == SQLITE_INTERRUPT ? LEDE_EINTR
                    : (rc & 0xff) == SQLITE_NOMEM  ? LEDE_ENOMEM
                                                   : LEDE_ESQL;
  LedeStatus st = err_set(err, code, "%s", code == LEDE_EINTR ? "interrupted" : sqlite3_errmsg(db));
  (void)sqlite3_reset(q->stmt); /* repeats the error just reported */
  return st;
}

int store_query_columns(StoreQuery *q) { return sqlite3_column_count(q->stmt); }

const char *store_query_column_name(StoreQuery *q, int i) { return sqlite3_column_name(q->stmt, i); }

StoreType store_query_type(StoreQuery *q, int i) {
  switch (sqlite3_column_type(q->stmt, i)) {
    case SQLITE_INTEGER: return STORE_INT;
    case SQLITE_FLOAT: return STORE_REAL;
    case SQLITE_TEXT: return STORE_TEXT;
    case SQLITE_BLOB: return STORE_BLOB;
    default: return STORE_NULL;
  }
}

int64_t store_query_int(StoreQuery *q, int i) { return sqlite3_column_int64(q->stmt, i); }

double store_query_real(StoreQuery *q, int i) { return sqlite3_column_double(q->stmt, i); }

Span store_query_text(StoreQuery *q, int i) {
  const char *p = sqlite3_column_type(q->stmt, i) == SQLITE_BLOB
                      ? sqlite3_column_blob(q->stmt, i)
                      : (const char *)sqlite3_column_text(q->stmt, i);
  size_t n = (size_t)sqlite3_column_bytes(q->stmt, i);
  return (Span){p != NULL ? p : "", p != NULL ? n : 0};
}

void store_query_close(StoreQuery *q) {
  if (q == NULL) return;
  /* finalize repeats the last step's error, which store_query_step reported */
  (void)sqlite3_finalize(q->stmt);
  Store *s = q->s;
  free(q);
  if (--s->n_queries == 0 && s->is_zombie) store_free(s);
}

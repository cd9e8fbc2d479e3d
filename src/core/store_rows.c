/*
** store_rows.c — lede_rows, a small eponymous virtual table that walks a C
** array of rows bound with sqlite3_bind_pointer, in the manner of SQLite's
** carray extension (which Debian's libsqlite3 does not ship). store_add.c
** uses it to write all the sentences (mentions, ...) of a batch with one
** INSERT ... SELECT instead of one single-row INSERT each. Registered on
** writable connections only (store.c); a NULL or foreign pointer yields no
** rows, so SQL typed by a user can see the table but never read memory.
*/
#include <string.h>

#include "store_internal.h"

/* Columns: c0..c9 (a row's cells), and the hidden argument through which
** the StoreRows pointer arrives. */
enum { COL_ROWS = STORE_ROWS_MAX_COLS };

typedef struct {
  sqlite3_vtab_cursor base;
  const StoreRows *rows; /* NULL: no rows */
  size_t row;
} RowsCursor;

static int rows_connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out,
                        char **err) {
  (void)aux, (void)argc, (void)argv, (void)err;
  int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, rows HIDDEN)");
  if (rc != SQLITE_OK) return rc;
  *out = sqlite3_malloc(sizeof **out);
  if (*out == NULL) return SQLITE_NOMEM;
  memset(*out, 0, sizeof **out);
  (void)sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  return SQLITE_OK;
}

static int rows_disconnect(sqlite3_vtab *vtab) {
  sqlite3_free(vtab);
  return SQLITE_OK;
}

static int rows_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out) {
  (void)vtab;
  RowsCursor *c = sqlite3_malloc(sizeof *c);
  if (c == NULL) return SQLITE_NOMEM;
  memset(c, 0, sizeof *c);
  *out = &c->base;
  return SQLITE_OK;
}

static int rows_close(sqlite3_vtab_cursor *cur) {
  sqlite3_free(cur);
  return SQLITE_OK;
}

/* The only plan: the rows argument given as an equality (lede_rows(?)).
** Without it there is nothing to walk, so the plan is refused. */
static int rows_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info) {
  (void)vtab;
  for (int i = 0; i < info->nConstraint; i++) {
    const struct sqlite3_index_constraint *k = &info->aConstraint[i];
    if (k->iColumn != COL_ROWS || k->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!k->usable) return SQLITE_CONSTRAINT;
    info->aConstraintUsage[i].argvIndex = 1;
    info->aConstraintUsage[i].omit = 1;
    info->estimatedCost = 10;
    info->estimatedRows = 100;
    return SQLITE_OK;
  }
  return SQLITE_CONSTRAINT;
}

static int rows_filter(sqlite3_vtab_cursor *cur, int idx_num, const char *idx_str, int argc,
                       sqlite3_value **argv) {
  (void)idx_num, (void)idx_str;
  RowsCursor *c = (RowsCursor *)cur;
  c->rows = argc == 1 ? sqlite3_value_pointer(argv[0], STORE_ROWS_POINTER) : NULL;
  c->row = 0;
  return SQLITE_OK;
}

static int rows_next(sqlite3_vtab_cursor *cur) {
  ((RowsCursor *)cur)->row++;
  return SQLITE_OK;
}

static int rows_eof(sqlite3_vtab_cursor *cur) {
  const RowsCursor *c = (const RowsCursor *)cur;
  return c->rows == NULL || c->row >= c->rows->n_rows;
}

/* Hands SQLite one cell; its text is SQLITE_STATIC: the caller's arrays
** outlive the statement's step. */
static void result_cell(sqlite3_context *ctx, const StoreRows *rows, const StoreCell *cell) {
  switch (cell->type) {
    case CELL_INT: sqlite3_result_int64(ctx, cell->i); break;
    case CELL_REAL: sqlite3_result_double(ctx, cell->r); break;
    case CELL_TEXT:
      sqlite3_result_text64(ctx, rows->text + cell->text.at, cell->text.len, SQLITE_STATIC, SQLITE_UTF8);
      break;
    case CELL_NULL: sqlite3_result_null(ctx); break;
  }
}

static int rows_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col) {
  const RowsCursor *c = (const RowsCursor *)cur;
  if (col < c->rows->n_cols) result_cell(ctx, c->rows, &c->rows->cells[c->row * (size_t)c->rows->n_cols + col]);
  else sqlite3_result_null(ctx); /* the rows argument, or a cell past n_cols */
  return SQLITE_OK;
}

static int rows_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid) {
  *rowid = (sqlite3_int64)((const RowsCursor *)cur)->row;
  return SQLITE_OK;
}

static const sqlite3_module rows_module = {
    .iVersion = 0,
    .xCreate = NULL, /* eponymous only: no CREATE VIRTUAL TABLE */
    .xConnect = rows_connect,
    .xBestIndex = rows_best_index,
    .xDisconnect = rows_disconnect,
    .xOpen = rows_open,
    .xClose = rows_close,
    .xFilter = rows_filter,
    .xNext = rows_next,
    .xEof = rows_eof,
    .xColumn = rows_column,
    .xRowid = rows_rowid,
};

int store_rows_register(sqlite3 *db) { return sqlite3_create_module(db, "lede_rows", &rows_module, NULL); }

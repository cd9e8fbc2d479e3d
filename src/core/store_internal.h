/*
** store_internal.h — what the store*.c files share and nothing else sees:
** the Store struct with its long-lived statements, the schema ladder
** (store_schema.c) and the sticky-rc SQLite helpers in the style of the
** SQLite shell's shellPrepare/shellFinalize (the first error wins, later
** calls do nothing). Only store*.c include this header and sqlite3.h.
*/
#ifndef LEDE_STORE_INTERNAL_H
#define LEDE_STORE_INTERNAL_H

#include <sqlite3.h>

#include "json.h"
#include "store.h"

/* "lede" in ASCII: PRAGMA application_id of every lede corpus. */
#define STORE_APPLICATION_ID 0x6c656465

/* The long-lived statements, prepared once in store_open (SQL in
** store_stmt_sql, store.c) and finalized in store_close. */
typedef enum {
  SQL_BEGIN,
  SQL_COMMIT,
  SQL_ROLLBACK,
  SQL_FIND_HASH,
  SQL_COUNT,
  SQL_INSERT_DOC,
  SQL_FTS_CONTENT,
  SQL_INSERT_MEMBER,
  SQL_DELETE_FTS,
  SQL_DELETE_DOC,
  /* the queued rows of a batch, one INSERT ... SELECT FROM lede_rows per
  ** table (the child tables, then the FTS index); prepared on writable
  ** connections only (lede_rows is registered there alone) */
  SQL_INSERT_BLOCK,
  SQL_INSERT_SENTENCE,
  SQL_INSERT_ENTITY,
  SQL_INSERT_MENTION,
  SQL_INSERT_QUOTE,
  SQL_INSERT_NUMBER,
  SQL_INSERT_DATE,
  SQL_INSERT_FTS,
  SQL_STMT_COUNT,
  SQL_FIRST_ROWS = SQL_INSERT_BLOCK
} StoreStmt;

extern const char *const store_stmt_sql[SQL_STMT_COUNT];

/* ---- lede_rows (store_rows.c) ------------------------------------------- */

/* One value of a row handed to lede_rows. Text is bytes [at, at + len) of
** the StoreRows' text. */
typedef enum { CELL_NULL, CELL_INT, CELL_REAL, CELL_TEXT } StoreCellType;
typedef struct {
  StoreCellType type;
  union {
    int64_t i;
    double r;
    struct {
      size_t at, len;
    } text;
  };
} StoreCell;

#define STORE_ROWS_MAX_COLS 10
#define STORE_ROWS_POINTER "lede_rows" /* the sqlite3_bind_pointer type */

/* n_rows rows of n_cols (<= STORE_ROWS_MAX_COLS) cells each, row-major.
** "SELECT c0, c1, ... FROM lede_rows(?)" with a pointer to it bound as
** STORE_ROWS_POINTER reads row i as (cells[i * n_cols], ...); columns past
** n_cols are NULL. Caller-owned; must outlive the statement's steps. */
typedef struct {
  const StoreCell *cells;
  size_t n_rows;
  int n_cols;
  const char *text; /* the bytes of the CELL_TEXT cells */
} StoreRows;

/* Registers lede_rows on db; an SQLite result code. */
int store_rows_register(sqlite3 *db);

/* The tables written from queues (blocks ... date_spans, then the FTS
** index; in StoreStmt order from SQL_FIRST_ROWS) and the rows of each queued
** in the open transaction: n_rows rows of cells. A child table's rows start
** with doc_id and seq; the FTS index's are (rowid, title, body). */
#define STORE_N_CHILD 7
#define STORE_QUEUE_FTS STORE_N_CHILD
#define STORE_N_QUEUES (STORE_N_CHILD + 1)
typedef struct {
  VEC(StoreCell) cells;
  size_t n_rows;
} PendingRows;

/* ---- FTS tokens prepared off the writer thread (store_tokens.c) --------- */

/* The FTS index's tokenizer and its arguments (store_schema.c declares the
** index with it; store_tokens.c tokenizes with it). */
#define STORE_FTS_TOKENIZE "porter unicode61 remove_diacritics 2"

/* One text of a queued FTS row (a title or a body: bytes [text_at, +text_len)
** of row_text) whose tokens a parser thread prepared: bytes [tok_at,
** +tok_len) of FtsReplay.tokens. */
typedef struct {
  size_t text_at, text_len, tok_at, tok_len;
} ReplayText;

/* What the stand-in tokenizer replays, in the order FTS5 will ask for it. */
typedef struct {
  VEC(ReplayText) texts;
  size_t next;                    /* the first not replayed yet */
  StrBuf tokens;
  size_t n_replayed, n_tokenized; /* document texts each way (tests, benchmarks) */
} FtsReplay;

/* Registers the stand-in for the FTS index's tokenizer on s->db; an SQLite
** result code. Before anything touches documents_fts on the connection:
** FTS5 keeps the tokenizer it found when it first opened the table. */
int store_tokens_register(Store *s);

/* Queues e's tokens for the FTS row just queued, whose title and body are
** row_text bytes [title_at, +title_len) and [body_at, +body_len): each text
** only if it is byte for byte the one e tokenized. */
void store_replay_queue(Store *s, size_t title_at, size_t title_len, size_t body_at, size_t body_len,
                        const StoreFtsEntry *e);
void store_replay_clear(Store *s);

/* The FTS entry's texts as store_add writes them (store_add.c). */
Span store_doc_title(const DocMeta *meta, const Article *a);
void store_fts_body(StrBuf *out, const Article *a);

struct Store {
  sqlite3 *db;
  char *path;                      /* as given to store_open; owned */
  bool is_readonly;
  bool in_transaction;
  bool is_fts_tuned;               /* FTS5's hashsize checked (store_begin) */
  sqlite3_stmt *stmt[SQL_STMT_COUNT]; /* NULL until prepared */
  StrBuf scratch;                  /* reused buffer: bylines JSON */
  /* child rows and FTS entries of the open transaction, written just
  ** before COMMIT (or before a query or delete in the batch). A multi-row
  ** INSERT copies each page it changes to the statement journal first, so
  ** one per table per batch rather than per document: a single-row INSERT
  ** per row cost a statement each, ~113 per article. And FTS5 flushes its
  ** pending terms into a new segment at every savepoint, which SQLite opens
  ** for most INSERTs once the FTS table has been written in the
  ** transaction: indexing document by document cost a third of the
  ** writer's time and left the index in thousands of tiny segments */
  PendingRows pending[STORE_N_QUEUES];
  StrBuf row_text;                 /* the text their cells hold */
  FtsReplay replay;                /* prepared tokens of the queued FTS rows */
  int commit_errno;                /* errno after a failed COMMIT (store_fail) */
  int n_queries;                   /* StoreQuery objects still open */
  bool is_zombie;                  /* closed while queries were open: the last
                                   ** store_query_close frees it */
};

/* Frees s itself (path, buffers); the connection must be closed already. */
void store_free(Store *s);

/* Writes the queued child rows and FTS entries (store_add queues them), or
** drops them. The queues are empty afterwards either way. */
void store_rows_flush(Store *s, int *rc);
void store_rows_drop(Store *s);

/* ---- schema (store_schema.c) -------------------------------------------- */

/* The schema version this build writes (PRAGMA user_version). */
#define STORE_SCHEMA_VERSION 2

/* Checks that s->db is a lede corpus (or a new, empty database, which it
** initialises unless s is read-only) and brings an older schema up to
** STORE_SCHEMA_VERSION in one transaction. LEDE_EINPUT with "path: not a
** lede corpus (...)" or a version message; nothing is written on refusal. */
LedeStatus store_schema_check(Store *s, Err *err);

/* ---- sticky helpers (store.c) ------------------------------------------- */

/* Each does nothing when *rc is already an error, and sets *rc on failure. */
void store_prepare(Store *s, int *rc, sqlite3_stmt **stmt, const char *sql);
void store_bind_int(int *rc, sqlite3_stmt *stmt, int i, int64_t v);
void store_bind_real(int *rc, sqlite3_stmt *stmt, int i, double v);
void store_bind_null(int *rc, sqlite3_stmt *stmt, int i);
/* Binds text (ptr NULL: SQL NULL). The bytes are copied by SQLite only when
** it needs them beyond the step (SQLITE_STATIC: valid until reset). */
void store_bind_span(int *rc, sqlite3_stmt *stmt, int i, Span v);
void store_bind_cstr(int *rc, sqlite3_stmt *stmt, int i, const char *v);
void store_bind_blob(int *rc, sqlite3_stmt *stmt, int i, Span v);
/* Binds rows for lede_rows (not copied: it must outlive the step). */
void store_bind_rows(int *rc, sqlite3_stmt *stmt, int i, const StoreRows *rows);
/* Binds a content hash given as 64 hex digits as its 32 bytes (half the size
** in the table and its index); SQLITE_MISMATCH when hex is not a hash. */
void store_bind_hash(int *rc, sqlite3_stmt *stmt, int i, const char *hex);

/* Steps a statement that returns no row (or whose rows are ignored), then
** resets it and clears its bindings: always, even after an earlier error, so
** a long-lived statement is ready for its next use. */
void store_step_done(int *rc, sqlite3_stmt *stmt);

/* Steps once: true with a row to read, false at the end or on error (*rc).
** The caller resets with store_reset when done with the row. */
bool store_step_row(int *rc, sqlite3_stmt *stmt);
void store_reset(sqlite3_stmt *stmt);

/* FTS5's API object of db, or NULL ("SELECT fts5(?1)", as FTS5 documents):
** for its tokenizers (store_tokens.c) and functions (store_rank.c). */
fts5_api *store_fts5_api(sqlite3 *db);

/* Finalizes stmt (NULL allowed), keeping the first error in *rc. */
void store_finalize(int *rc, sqlite3_stmt *stmt);

/* Runs SQL text that may hold several statements (schema scripts). */
void store_exec(Store *s, int *rc, const char *sql);

/* Turns a failed rc into a status and message "path: what: sqlite says"
** (SQLITE_INTERRUPT -> LEDE_EINTR, FULL/IOERR/CANTOPEN -> LEDE_EIO, NOMEM ->
** LEDE_ENOMEM, the rest -> LEDE_ESQL). LEDE_OK when rc is SQLITE_OK. */
LedeStatus store_fail(Store *s, int rc, const char *what, Err *err);

#endif

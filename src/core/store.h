/*
** store.h — the corpus: one SQLite file that other tools can open too
** (schema documented in docs/schema.md, versioned with PRAGMA user_version).
** Documents with their raw and normalized text and everything the parser
** found in them (blocks, sentences, entities and mentions, quotes, numbers,
** dates), plus an FTS5 index over title and body. Only store*.c include
** sqlite3.h; everything else, the Lua bindings included, goes through this
** interface.
*/
#ifndef LEDE_STORE_H
#define LEDE_STORE_H

#include <stdint.h>

#include "article.h"
#include "json.h"

typedef struct Store Store;

typedef enum {
  STORE_CREATE,    /* open read-write, creating the file (and schema) if missing */
  STORE_EXISTING,  /* open read-write; a missing file is an error */
  STORE_READONLY   /* open read-only; a missing file is an error */
} StoreMode;

/* Opens the corpus at path (":memory:" for a private in-memory corpus) and
** sets *out. WAL mode, foreign keys on, a busy timeout. A file that is not
** SQLite, or SQLite without lede's schema, is refused with LEDE_EINPUT
** ("path: not a lede corpus (...)") and left untouched; an older schema
** version is migrated, a newer one refused with a message naming both
** versions. On failure *out is NULL. Close with store_close. */
LedeStatus store_open(const char *path, StoreMode mode, Store **out, Err *err);

/* Finalizes every statement and closes the database; checks sqlite3_close.
** NULL is allowed. */
LedeStatus store_close(Store *s, Err *err);

/* Makes the running statement of s stop with LEDE_EINTR as soon as it can.
** Safe from a signal handler or another thread (sqlite3_interrupt). */
void store_interrupt(Store *s);

/* The path s was opened with. */
const char *store_path(const Store *s);

/* ---- writing ------------------------------------------------------------ */

/* What the input said about a document besides its text; any field NULL. */
typedef struct {
  const char *path;      /* where it came from: "seeds/000.txt", "news.jsonl:12", "-" */
  const char *source;    /* outlet or source name */
  const char *url;
  const char *published; /* publication date, ISO 8601 ("2016-10-07") */
  const char *cluster;   /* Multi-News cluster id */
  const char *title;     /* a title given by the input; overrides the parser's */
} DocMeta;

/* The content hash used for dedupe: lower-case hex SHA-256 of raw. */
void store_hash(Span raw, char out[65]);

/* Transactions. Writes happen only between begin and commit; rollback
** undoes everything since begin and never fails loudly. */
LedeStatus store_begin(Store *s, Err *err);
LedeStatus store_commit(Store *s, Err *err);
void store_rollback(Store *s);

/* Sets *id to the document with this content hash, or 0 when none. */
LedeStatus store_find_hash(Store *s, const char *hash, int64_t *id, Err *err);

/* Stores one parsed document and everything found in it, and indexes it for
** search; *id gets its id. Must run inside a transaction. The search index
** entry is written by store_commit (FTS5 is fastest fed a batch at once), so
** full-text queries see the document after the commit. On failure nothing of
** the document stays in the transaction. */
LedeStatus store_add(Store *s, const DocMeta *meta, Span raw, const char *hash, const Article *a,
                     int64_t *id, Err *err);

/* ---- search-index entries prepared off the writer thread (store_tokens.c) --
** Tokenizing the FTS entries is an eighth of the writer's work, and ingest
** has one writer but several parser threads. A parser thread builds a
** document's entry (title and body, as store_add would) and tokenizes it with
** the FTS index's own tokenizer; store_add_prepared hands the tokens to FTS5
** through a stand-in tokenizer on the writer's connection, which replays them
** for exactly that text and tokenizes anything else itself. The index is the
** same either way (tests/c/test_store_tokens.c compares them token for
** token). */

/* The FTS index's tokenizer (porter over unicode61), for one thread. */
typedef struct StoreTokenizer StoreTokenizer;
LedeStatus store_tokenizer_open(StoreTokenizer **out, Err *err);
void store_tokenizer_close(StoreTokenizer *t); /* NULL allowed */

/* A document's FTS entry with its tokens. Zero-initialise; reusable. */
typedef struct {
  StrBuf text;        /* the title's bytes, then the body's */
  size_t title_len;
  StrBuf tokens;      /* the title's tokens, then the body's (store_tokens.c) */
  size_t title_tokens; /* bytes of tokens that are the title's */
} StoreFtsEntry;

/* Builds and tokenizes the FTS entry store_add would write for a. */
LedeStatus store_fts_prepare(StoreTokenizer *t, const DocMeta *meta, const Article *a, StoreFtsEntry *out,
                             Err *err);
void store_fts_entry_free(StoreFtsEntry *e);

/* store_add with the document's prepared FTS entry (NULL, or an empty or
** failed one: none). An entry that does not match the document is not
** used, never trusted. */
LedeStatus store_add_prepared(Store *s, const DocMeta *meta, Span raw, const char *hash, const Article *a,
                              const StoreFtsEntry *fts, int64_t *id, Err *err);

/* Records that document id also belongs to cluster (an article cited by
** several Multi-News clusters is stored once); nothing when it already
** does. store_add records meta->cluster itself. Inside a transaction. */
LedeStatus store_add_cluster(Store *s, int64_t id, const char *cluster, Err *err);

/* Deletes a document and all its rows (used by ingest --force). */
LedeStatus store_delete(Store *s, int64_t id, Err *err);

/* Number of documents. */
LedeStatus store_count(Store *s, int64_t *n, Err *err);

/* ---- reading: prepared read-only queries -------------------------------- */

typedef struct StoreQuery StoreQuery;

typedef enum { STORE_NULL, STORE_INT, STORE_REAL, STORE_TEXT, STORE_BLOB } StoreType;

/* Prepares one SQL statement. Statements that would write, and text holding
** more than one statement, are refused with LEDE_EINPUT; a syntax error is
** LEDE_EINPUT with SQLite's message ("near \"FORM\": syntax error"). */
LedeStatus store_query_open(Store *s, const char *sql, size_t len, StoreQuery **out, Err *err);

/* Binds parameter i (1-based). Values are always bound, never spliced. */
LedeStatus store_query_bind_null(StoreQuery *q, int i, Err *err);
LedeStatus store_query_bind_int(StoreQuery *q, int i, int64_t v, Err *err);
LedeStatus store_query_bind_real(StoreQuery *q, int i, double v, Err *err);
LedeStatus store_query_bind_text(StoreQuery *q, int i, Span v, Err *err);
int store_query_param_count(StoreQuery *q);

/* Steps to the next row: *has_row false at the end. LEDE_EINTR when
** store_interrupt stopped it, LEDE_ESQL on other failures. */
LedeStatus store_query_step(StoreQuery *q, bool *has_row, Err *err);

/* Columns of the current row (0-based). Text and blob spans are valid until
** the next step or close. */
int store_query_columns(StoreQuery *q);
const char *store_query_column_name(StoreQuery *q, int i);
StoreType store_query_type(StoreQuery *q, int i);
int64_t store_query_int(StoreQuery *q, int i);
double store_query_real(StoreQuery *q, int i);
Span store_query_text(StoreQuery *q, int i);

/* Finalizes the statement. NULL is allowed. */
void store_query_close(StoreQuery *q);

#endif

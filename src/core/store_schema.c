/*
** store_schema.c — the corpus schema in one place: the ladder of migration
** scripts (index v is the step from schema version v to v+1), the identity
** check that refuses files that are not lede corpora, and the migration of
** older corpora. docs/schema.md documents every table and column; keep the
** two in step.
*/
#include <stdio.h>

#include "store_internal.h"

/* Version 1: documents and everything the parser finds in them, the FTS5
** index. The texts of quotes, numbers and dates are read from
** documents.text through views of the same names over the *_spans tables
** (storing them again would cost 8% of the file). Offsets are byte offsets into documents.text; the FTS index is
** external-content over a view that rebuilds the body from the body blocks,
** so its text is stored only once and snippet()/highlight() still work. */
static const char SCHEMA_V1[] =
    "CREATE TABLE documents("
    " id INTEGER PRIMARY KEY,"
    " path TEXT, source TEXT, url TEXT, title TEXT,"
    " bylines TEXT NOT NULL DEFAULT '[]',"
    " dateline TEXT, published TEXT, cluster TEXT,"
    " hash BLOB NOT NULL UNIQUE,"
    " text TEXT NOT NULL,"
    " raw BLOB,"
    " raw_size INTEGER NOT NULL,"
    " encoding TEXT NOT NULL,"
    " invalid_bytes INTEGER NOT NULL DEFAULT 0,"
    " parser_version TEXT NOT NULL,"
    " added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));"
    "CREATE TABLE cluster_members("
    " cluster TEXT NOT NULL,"
    " doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " PRIMARY KEY(cluster, doc_id)) WITHOUT ROWID;"
    "CREATE INDEX cluster_members_doc ON cluster_members(doc_id);"
    "CREATE TABLE blocks("
    " doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL, kind TEXT NOT NULL,"
    " byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,"
    " PRIMARY KEY(doc_id, seq)) WITHOUT ROWID;"
    "CREATE TABLE sentences("
    " doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL,"
    " byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,"
    " PRIMARY KEY(doc_id, seq)) WITHOUT ROWID;"
    "CREATE TABLE entities("
    " doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL, title TEXT,"
    " PRIMARY KEY(doc_id, seq)) WITHOUT ROWID;"
    "CREATE TABLE mentions("
    " doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL, entity INTEGER NOT NULL,"
    " byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,"
    " PRIMARY KEY(doc_id, seq)) WITHOUT ROWID;"
    "CREATE TABLE quote_spans("
    " doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL, kind TEXT NOT NULL,"
    " speaker TEXT, speaker_entity INTEGER, cue TEXT,"
    " byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,"
    " cue_start INTEGER, cue_end INTEGER,"
    " PRIMARY KEY(doc_id, seq)) WITHOUT ROWID;"
    "CREATE VIEW quotes AS"
    " SELECT q.doc_id, q.seq, q.kind,"
    "  CAST(substr(CAST(d.text AS BLOB), q.byte_start + 1, q.byte_end - q.byte_start) AS TEXT) AS text,"
    "  q.speaker, q.speaker_entity, q.cue, q.byte_start, q.byte_end, q.cue_start, q.cue_end"
    " FROM quote_spans q JOIN documents d ON d.id = q.doc_id;"
    "CREATE TABLE number_spans("
    " doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL,"
    " value REAL, value_high REAL, approx TEXT NOT NULL,"
    " is_percent INTEGER NOT NULL, unit TEXT, currency TEXT,"
    " byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,"
    " PRIMARY KEY(doc_id, seq)) WITHOUT ROWID;"
    "CREATE VIEW numbers AS"
    " SELECT n.doc_id, n.seq,"
    "  CAST(substr(CAST(d.text AS BLOB), n.byte_start + 1, n.byte_end - n.byte_start) AS TEXT) AS text,"
    "  n.value, n.value_high, n.approx, n.is_percent, n.unit, n.currency, n.byte_start, n.byte_end"
    " FROM number_spans n JOIN documents d ON d.id = n.doc_id;"
    "CREATE TABLE date_spans("
    " doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL,"
    " value TEXT, precision TEXT NOT NULL, is_relative INTEGER NOT NULL,"
    " byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,"
    " PRIMARY KEY(doc_id, seq)) WITHOUT ROWID;"
    "CREATE VIEW dates AS"
    " SELECT t.doc_id, t.seq,"
    "  CAST(substr(CAST(d.text AS BLOB), t.byte_start + 1, t.byte_end - t.byte_start) AS TEXT) AS text,"
    "  t.value, t.precision, t.is_relative, t.byte_start, t.byte_end"
    " FROM date_spans t JOIN documents d ON d.id = t.doc_id;"
    "CREATE VIEW documents_fts_content(id, title, body) AS"
    " SELECT d.id, d.title,"
    "  (SELECT group_concat(CAST(substr(CAST(d.text AS BLOB), b.byte_start + 1,"
    "                                   b.byte_end - b.byte_start) AS TEXT), char(10))"
    "     FROM blocks b WHERE b.doc_id = d.id AND b.kind = 'body')"
    " FROM documents d;"
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, body,"
    " content='documents_fts_content', content_rowid='id',"
    " tokenize='" STORE_FTS_TOKENIZE "');";

/* Version 2: the cluster index and views that show each row's text. (No
** index on entities.name: it would cost 5% of the file for lookups that a
** scan of the small entities table answers fast enough.) */
static const char SCHEMA_V2[] =
    "CREATE INDEX documents_cluster ON documents(cluster) WHERE cluster IS NOT NULL;"
    "CREATE VIEW block_texts AS"
    " SELECT b.doc_id, b.seq, b.kind, b.byte_start, b.byte_end,"
    "  CAST(substr(CAST(d.text AS BLOB), b.byte_start + 1, b.byte_end - b.byte_start) AS TEXT) AS text"
    " FROM blocks b JOIN documents d ON d.id = b.doc_id;"
    "CREATE VIEW sentence_texts AS"
    " SELECT s.doc_id, s.seq, s.byte_start, s.byte_end,"
    "  CAST(substr(CAST(d.text AS BLOB), s.byte_start + 1, s.byte_end - s.byte_start) AS TEXT) AS text"
    " FROM sentences s JOIN documents d ON d.id = s.doc_id;"
    "CREATE VIEW mention_texts AS"
    " SELECT m.doc_id, m.seq, m.entity, e.name, e.type, m.byte_start, m.byte_end,"
    "  CAST(substr(CAST(d.text AS BLOB), m.byte_start + 1, m.byte_end - m.byte_start) AS TEXT) AS text"
    " FROM mentions m JOIN documents d ON d.id = m.doc_id"
    " JOIN entities e ON e.doc_id = m.doc_id AND e.seq = m.entity;";

static const char *const migrations[STORE_SCHEMA_VERSION] = {SCHEMA_V1, SCHEMA_V2};

/* What the file says about itself. */
typedef struct {
  int app_id, version;
  int64_t n_objects; /* rows of sqlite_master */
} Identity;

/* Reads one integer from a one-row query. */
static int64_t query_int(Store *s, int *rc, const char *sql) {
  sqlite3_stmt *stmt = NULL;
  int64_t v = 0;
  store_prepare(s, rc, &stmt, sql);
  if (store_step_row(rc, stmt)) v = sqlite3_column_int64(stmt, 0);
  store_finalize(rc, stmt);
  return v;
}

static Identity read_identity(Store *s, int *rc) {
  Identity id;
  id.app_id = (int)query_int(s, rc, "PRAGMA application_id");
  id.version = (int)query_int(s, rc, "PRAGMA user_version");
  id.n_objects = query_int(s, rc, "SELECT count(*) FROM sqlite_master");
  return id;
}

/* LEDE_OK when id is a corpus this build can use as it is or after
** migration (or a new empty database that may be created); else the reason. */
static LedeStatus judge_identity(Store *s, Identity id, Err *err) {
  bool is_empty = id.app_id == 0 && id.version == 0 && id.n_objects == 0;
  if (is_empty && s->is_readonly)
    return err_set(err, LEDE_EINPUT, "%s: not a lede corpus (an empty database)", s->path);
  if (is_empty) return LEDE_OK;
  if (id.app_id != STORE_APPLICATION_ID)
    return err_set(err, LEDE_EINPUT,
                   "%s: not a lede corpus (an SQLite database with %lld schema objects and "
                   "application_id %d)",
                   s->path, (long long)id.n_objects, id.app_id);
  if (id.version > STORE_SCHEMA_VERSION)
    return err_set(err, LEDE_EINPUT,
                   "%s: corpus schema version %d is newer than this lede (%s) supports (%d)",
                   s->path, id.version, LEDE_VERSION, STORE_SCHEMA_VERSION);
  if (id.version < STORE_SCHEMA_VERSION && s->is_readonly)
    return err_set(err, LEDE_EINPUT,
                   "%s: corpus schema version %d is older than %d; open it read-write once to "
                   "migrate it",
                   s->path, id.version, STORE_SCHEMA_VERSION);
  return LEDE_OK;
}

/* Runs the migration scripts from version `from` up, and stamps the file. */
static void migrate(Store *s, int *rc, int from) {
  for (int v = from; v < STORE_SCHEMA_VERSION; v++) store_exec(s, rc, migrations[v]);
  char *stamp = sqlite3_mprintf("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                                STORE_APPLICATION_ID, STORE_SCHEMA_VERSION);
  if (stamp == NULL && *rc == SQLITE_OK) *rc = SQLITE_NOMEM;
  store_exec(s, rc, stamp);
  sqlite3_free(stamp);
}

/* Migrates inside BEGIN IMMEDIATE, reading the version again under the write
** lock so that two processes opening a new corpus at once migrate it once. */
static LedeStatus migrate_locked(Store *s, Err *err) {
  int rc = SQLITE_OK;
  store_exec(s, &rc, "BEGIN IMMEDIATE");
  if (rc != SQLITE_OK) return store_fail(s, rc, "cannot lock the corpus to set up its schema", err);
  Identity id = read_identity(s, &rc);
  LedeStatus st = rc == SQLITE_OK ? judge_identity(s, id, err) : LEDE_OK;
  if (rc == SQLITE_OK && st == LEDE_OK && id.version < STORE_SCHEMA_VERSION) migrate(s, &rc, id.version);
  if (rc == SQLITE_OK && st == LEDE_OK) store_exec(s, &rc, "COMMIT");
  if (rc != SQLITE_OK || st != LEDE_OK) {
    int ignored = SQLITE_OK; /* the first error is the one to report */
    store_exec(s, &ignored, "ROLLBACK");
  }
  if (rc != SQLITE_OK) return store_fail(s, rc, "cannot set up the schema", err);
  return st;
}

LedeStatus store_schema_check(Store *s, Err *err) {
  int rc = SQLITE_OK;
  Identity id = read_identity(s, &rc);
  if (rc == SQLITE_NOTADB)
    return err_set(err, LEDE_EINPUT, "%s: not a lede corpus (not an SQLite database)", s->path);
  if (rc != SQLITE_OK) return store_fail(s, rc, "cannot read the corpus", err);
  LedeStatus st = judge_identity(s, id, err);
  if (st != LEDE_OK || s->is_readonly) return st;
  /* 32 KiB pages pack article-sized rows with little slack (about 12% smaller
  ** files than 4 KiB on news text); settable only before the first write */
  if (id.app_id == 0 && id.n_objects == 0) store_exec(s, &rc, "PRAGMA page_size = 32768");
  store_exec(s, &rc, "PRAGMA journal_mode = WAL");
  if (rc != SQLITE_OK) return store_fail(s, rc, "cannot switch to WAL mode", err);
  if (id.version == STORE_SCHEMA_VERSION) return LEDE_OK;
  return migrate_locked(s, err);
}

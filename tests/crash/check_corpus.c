/*
** check_corpus.c — verifies a corpus after a crash, for crash_ingest.sh:
** PRAGMA integrity_check, the FTS5 index's own integrity-check against its
** content, every document whole (it has its blocks and its index entry),
** (an empty database, killed before its schema committed, passes), and
** optionally the document count: exactly EXPECT, or a multiple of
** BATCH (only whole batches survive a kill -9).
**   check_corpus DB [--expect N] [--batch N]
** Prints the document count; exit 0 when every check passes.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The first column of the first row of sql as an integer, or -1. */
static long long scalar(sqlite3 *db, const char *sql) {
  sqlite3_stmt *stmt = NULL;
  long long v = -1;
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
    v = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  return v;
}

static int check_integrity(sqlite3 *db) {
  sqlite3_stmt *stmt = NULL;
  int failures = 0;
  if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK) return 1;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    const char *row = (const char *)sqlite3_column_text(stmt, 0);
    if (row == NULL || strcmp(row, "ok") != 0) {
      fprintf(stderr, "integrity_check: %s\n", row ? row : "(null)");
      failures++;
    }
  }
  sqlite3_finalize(stmt);
  char *msg = NULL;
  if (sqlite3_exec(db, "INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')", NULL, NULL, &msg) !=
      SQLITE_OK) {
    fprintf(stderr, "fts integrity-check: %s\n", msg ? msg : "?");
    failures++;
  }
  sqlite3_free(msg);
  return failures;
}

int main(int argc, char **argv) {
  long long expect = -1, batch = 0;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--expect") == 0) expect = atoll(argv[i + 1]);
    else if (strcmp(argv[i], "--batch") == 0) batch = atoll(argv[i + 1]);
  }
  sqlite3 *db = NULL;
  if (argc < 2 || sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
    fprintf(stderr, "usage: check_corpus DB [--expect N] [--batch N] (cannot open)\n");
    return 2;
  }
  sqlite3_busy_timeout(db, 10000);
  if (scalar(db, "SELECT count(*) FROM sqlite_master") == 0 && expect <= 0) {
    /* killed before the schema transaction committed: an empty database,
    ** which the next store_open sets up */
    printf("0 (empty database)\n");
    sqlite3_close(db);
    return 0;
  }
  int failures = check_integrity(db);
  long long n = scalar(db, "SELECT count(*) FROM documents");
  long long partial = scalar(db, "SELECT count(*) FROM documents d WHERE NOT EXISTS"
                                 " (SELECT 1 FROM blocks b WHERE b.doc_id = d.id)");
  long long indexed = scalar(db, "SELECT count(*) FROM documents_fts_docsize");
  long long orphans = scalar(db, "SELECT count(*) FROM pragma_foreign_key_check");
  if (orphans != 0) fprintf(stderr, "foreign_key_check: %lld rows without their document\n", orphans), failures++;
  printf("%lld\n", n);
  if (n < 0 || partial != 0 || indexed != n) {
    fprintf(stderr, "documents %lld, without blocks %lld, indexed %lld\n", n, partial, indexed);
    failures++;
  }
  if (expect >= 0 && n != expect) fprintf(stderr, "expected %lld documents, found %lld\n", expect, n), failures++;
  if (batch > 0 && n % batch != 0) fprintf(stderr, "%lld documents is not whole batches of %lld\n", n, batch), failures++;
  sqlite3_close(db);
  return failures == 0 ? 0 : 1;
}

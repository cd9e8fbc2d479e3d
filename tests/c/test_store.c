/*
** test_store.c — the corpus store: SHA-256 against the FIPS 180-4 / NIST
** vectors, the schema and its identity checks (foreign files refused and left
** untouched, newer versions refused, older ones migrated), writing and
** deleting parsed articles with their rows and FTS5 entries, transactions,
** and the read-only query cursors.
*/
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "check.h"
#include "fixture.h"
#include "fileio.h"
#include "json.h"
#include "sha256.h"
#include "store.h"
#include "store_fixture.h"

/* ---- helpers ------------------------------------------------------------ */

static char tmpdir[64];

static void path_in_tmp(char *buf, size_t n, const char *name) { snprintf(buf, n, "%s/%s", tmpdir, name); }

static const char ARTICLE[] =
    "Kerry calls for war crimes probe in Syria\n"
    "\n"
    "By Jane Doe\n"
    "\n"
    "WASHINGTON -- U.S. Secretary of State John Kerry on Friday called for a war crimes "
    "investigation of Russia and Syria over the bombing of Aleppo.\n"
    "\n"
    "\"Russia and the regime owe the world more than an explanation,\" Kerry told reporters. "
    "More than 275,000 people live in the eastern part of the city, the United Nations said on "
    "October 7, 2016.\n";

/* ---- SHA-256 ------------------------------------------------------------ */

static void test_sha256_vectors(void) {
  char hex[65];
  sha256_hex("", 0, hex);
  CHECK_SPAN_EQ(hex, 64, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  sha256_hex("abc", 3, hex);
  CHECK_SPAN_EQ(hex, 64, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const char *m448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  sha256_hex(m448, strlen(m448), hex);
  CHECK_SPAN_EQ(hex, 64, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  const char *m896 =
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
      "mnopqrstnopqrstu";
  sha256_hex(m896, strlen(m896), hex);
  CHECK_SPAN_EQ(hex, 64, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

/* One million 'a' fed in uneven pieces: the incremental path and padding
** across block boundaries. */
static void test_sha256_million(void) {
  static char chunk[997];
  memset(chunk, 'a', sizeof chunk);
  Sha256 c;
  sha256_init(&c);
  size_t left = 1000000;
  while (left > 0) {
    size_t n = left < sizeof chunk ? left : sizeof chunk;
    sha256_update(&c, chunk, n);
    left -= n;
  }
  unsigned char d[32];
  sha256_final(&c, d);
  char hex[65];
  for (int i = 0; i < 32; i++) snprintf(hex + 2 * i, 3, "%02x", d[i]);
  CHECK_SPAN_EQ(hex, 64, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

/* Lengths around the padding edge (55, 56, 63, 64, 65 bytes): one call and
** byte-at-a-time agree. */
static void test_sha256_boundaries(void) {
  static const size_t lens[] = {55, 56, 63, 64, 65, 119, 120, 128};
  char msg[128];
  for (size_t i = 0; i < sizeof msg; i++) msg[i] = (char)('A' + i % 26);
  for (size_t k = 0; k < sizeof lens / sizeof lens[0]; k++) {
    char one[65], two[65];
    sha256_hex(msg, lens[k], one);
    Sha256 c;
    unsigned char d[32];
    sha256_init(&c);
    for (size_t i = 0; i < lens[k]; i++) sha256_update(&c, msg + i, 1);
    sha256_final(&c, d);
    for (int i = 0; i < 32; i++) snprintf(two + 2 * i, 3, "%02x", d[i]);
    CHECK(strcmp(one, two) == 0);
  }
  char hex[65];
  store_hash(SPAN_LIT("abc"), hex);
  CHECK_SPAN_EQ(hex, 64, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

/* ---- writing ------------------------------------------------------------ */

static void test_add_and_rows(void) {
  Store *s = NULL;
  Err err = {0};
  CHECK_INT_EQ(store_open(":memory:", STORE_CREATE, &s, &err), LEDE_OK);
  if (s == NULL) return;
  CHECK_INT_EQ(q_int(s, "PRAGMA user_version"), 2);
  CHECK_INT_EQ(q_int(s, "PRAGMA application_id"), 0x6c656465);
  DocMeta meta = {.path = "a.txt", .source = "Wire", .url = "http://x", .published = "2016-10-07"};
  CHECK_INT_EQ(store_begin(s, &err), LEDE_OK);
  int64_t id = add_text(s, ARTICLE, &meta);
  CHECK(id > 0);
  CHECK_INT_EQ(store_commit(s, &err), LEDE_OK);
  char buf[512];
  int64_t n = 0;
  CHECK_INT_EQ(store_count(s, &n, &err), LEDE_OK);
  CHECK_INT_EQ(n, 1);
  CHECK_SPAN_EQ(q_text(s, "SELECT title FROM documents", buf, sizeof buf), strlen(buf),
                "Kerry calls for war crimes probe in Syria");
  CHECK_SPAN_EQ(q_text(s, "SELECT bylines FROM documents", buf, sizeof buf), strlen(buf), "[\"Jane Doe\"]");
  CHECK_SPAN_EQ(q_text(s, "SELECT dateline FROM documents", buf, sizeof buf), strlen(buf), "WASHINGTON");
  CHECK_SPAN_EQ(q_text(s, "SELECT source || '|' || url || '|' || published || '|' || encoding FROM documents",
                       buf, sizeof buf), strlen(buf), "Wire|http://x|2016-10-07|utf-8");
  /* raw equals the normalized text: not stored twice */
  CHECK_INT_EQ(q_int(s, "SELECT raw IS NULL FROM documents"), 1);
  CHECK_INT_EQ(q_int(s, "SELECT raw_size = length(CAST(text AS BLOB)) FROM documents"), 1);
  CHECK(q_int(s, "SELECT count(*) FROM blocks WHERE kind = 'body'") >= 2);
  CHECK(q_int(s, "SELECT count(*) FROM sentences") >= 3);
  CHECK(q_int(s, "SELECT count(*) FROM mentions") >= 2);
  /* every offset shows its row in context */
  CHECK(q_int(s, "SELECT count(*) FROM numbers") >= 1);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM numbers n JOIN documents d ON d.id = n.doc_id WHERE "
                        "CAST(substr(CAST(d.text AS BLOB), n.byte_start + 1, n.byte_end - n.byte_start) "
                        "AS TEXT) <> n.text"), 0);
  CHECK_SPAN_EQ(q_text(s, "SELECT text FROM quotes WHERE speaker = 'John Kerry'", buf, sizeof buf), strlen(buf),
                "Russia and the regime owe the world more than an explanation,");
  CHECK_SPAN_EQ(q_text(s, "SELECT speaker FROM quotes WHERE text LIKE 'Russia and the regime%'", buf, sizeof buf),
                strlen(buf), "John Kerry");
  CHECK_SPAN_EQ(q_text(s, "SELECT cue FROM quotes WHERE text LIKE 'Russia and the regime%'", buf, sizeof buf),
                strlen(buf), "told reporters");
  CHECK_SPAN_EQ(q_text(s, "SELECT text FROM mention_texts WHERE name = 'John Kerry' ORDER BY seq", buf,
                       sizeof buf), strlen(buf), "John Kerry");
  CHECK_INT_EQ(q_int(s, "SELECT value FROM numbers WHERE unit = 'people'"), 275000);
  CHECK_SPAN_EQ(q_text(s, "SELECT value FROM dates WHERE text LIKE 'October 7%'", buf, sizeof buf),
                strlen(buf), "2016-10-07");
  CHECK_SPAN_EQ(q_text(s, "SELECT text FROM sentence_texts WHERE seq = 0", buf, sizeof buf), 34,
                "WASHINGTON -- U.S. Secretary of St");
  err.msg[0] = 0;
  CHECK_INT_EQ(store_close(s, &err), LEDE_OK);
  if (err.msg[0]) fprintf(stderr, "%s\n", err.msg);
}

/* The child rows go in through lede_rows (one INSERT ... SELECT per table):
** every row in order with the types a bound single-row INSERT gave, NULLs
** where the parser found nothing. SQL typed by a user sees no rows in it, and
** read-only connections do not have it. */
static void test_rows_table(void) {
  char buf[256], path[128];
  Store *s = NULL;
  path_in_tmp(path, sizeof path, "rows.db");
  CHECK_INT_EQ(store_open(path, STORE_CREATE, &s, NULL), LEDE_OK);
  if (s == NULL) return;
  DocMeta meta = {.path = "a.txt"};
  store_begin(s, NULL);
  int64_t id = add_text(s, ARTICLE, &meta);
  CHECK_INT_EQ(store_commit(s, NULL), LEDE_OK);
  static const char *const tables[] = {"blocks", "sentences", "entities", "mentions", "quote_spans",
                                       "number_spans", "date_spans"};
  for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
    char sql[160];
    snprintf(sql, sizeof sql, "SELECT count(*) = max(seq) + 1 AND min(seq) = 0 AND min(doc_id) = %lld FROM %s",
             (long long)id, tables[i]);
    CHECK_INT_EQ(q_int(s, sql), 1);
  }
  CHECK_SPAN_EQ(q_text(s, "SELECT typeof(value) || ',' || typeof(value_high) || ',' || typeof(is_percent) || ','"
                          " || typeof(currency) || ',' || approx FROM number_spans WHERE unit = 'people'",
                       buf, sizeof buf), strlen(buf), "real,null,integer,null,at_least");
  CHECK_SPAN_EQ(q_text(s, "SELECT kind || ',' || typeof(speaker_entity) || ',' || typeof(cue_start) || ',' ||"
                          " (cue_end - cue_start) FROM quote_spans WHERE speaker = 'John Kerry'",
                       buf, sizeof buf), strlen(buf), "full,integer,integer,14");
  CHECK_SPAN_EQ(q_text(s, "SELECT type || ',' || typeof(title) FROM entities WHERE name = 'United Nations'",
                       buf, sizeof buf), strlen(buf), "organization,null");
  CHECK_SPAN_EQ(q_text(s, "SELECT precision || ',' || is_relative FROM date_spans WHERE value = '2016-10-07'",
                       buf, sizeof buf), strlen(buf), "day,0");
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM mentions m JOIN entities e ON e.doc_id = m.doc_id"
                        " AND e.seq = m.entity"), q_int(s, "SELECT count(*) FROM mentions"));
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM lede_rows(NULL)"), 0);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM lede_rows"), -1); /* no rows argument: no plan */
  store_close(s, NULL);
  CHECK_INT_EQ(store_open(path, STORE_READONLY, &s, NULL), LEDE_OK);
  if (s == NULL) return;
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM lede_rows(NULL)"), -1);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM sentences"), q_int(s, "SELECT max(seq) + 1 FROM sentences"));
  store_close(s, NULL);
}

/* The FTS index: porter stemming, diacritics folded, snippets and highlights
** read the body back through the content view. */
static void test_fts(void) {
  Store *s = NULL;
  Err err = {0};
  char buf[512];
  CHECK_INT_EQ(store_open(":memory:", STORE_CREATE, &s, &err), LEDE_OK);
  if (s == NULL) return;
  DocMeta meta = {.path = "a.txt"};
  DocMeta meta2 = {.path = "b.txt", .title = "Given title"};
  store_begin(s, &err);
  int64_t id = add_text(s, ARTICLE, &meta);
  int64_t id2 = add_text(s, "Café talks\n\nThe ministers met at a café in Genève on Monday.\n", &meta2);
  CHECK_INT_EQ(store_commit(s, &err), LEDE_OK);
  CHECK_INT_EQ(q_int(s, "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'investigations'"), id);
  CHECK_INT_EQ(q_int(s, "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'cafe AND geneve'"), id2);
  CHECK_INT_EQ(q_int(s, "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'title:given'"), id2);
  /* the byline is no body text */
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'body:jane'"), 0);
  q_text(s, "SELECT highlight(documents_fts, 1, '[', ']') FROM documents_fts WHERE documents_fts MATCH 'bombing'",
         buf, sizeof buf);
  CHECK(strstr(buf, "over the [bombing] of Aleppo") != NULL);
  q_text(s, "SELECT snippet(documents_fts, 1, '[', ']', '...', 5) FROM documents_fts WHERE documents_fts MATCH "
            "'reporters'", buf, sizeof buf);
  CHECK(strstr(buf, "[reporters]") != NULL);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'geneve'"), 1);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM (SELECT * FROM documents_fts WHERE documents_fts MATCH 'kerry')"), 1);
  /* the first write set FTS5 to buffer a whole batch (store.c, tune_fts) */
  CHECK_INT_EQ(q_int(s, "SELECT v FROM documents_fts_config WHERE k = 'hashsize'"), 8388608);
  /* delete takes the rows and the index entries with it */
  store_begin(s, &err);
  CHECK_INT_EQ(store_delete(s, id, &err), LEDE_OK);
  CHECK_INT_EQ(store_commit(s, &err), LEDE_OK);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'kerry'"), 0);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM blocks WHERE doc_id = 1"), 0);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM quotes"), 0);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM documents"), 1);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM sentences WHERE doc_id <> 2"), 0);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM entities WHERE doc_id <> 2"), 0);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM mentions WHERE doc_id <> 2"), 0);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM number_spans WHERE doc_id <> 2"), 0);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM date_spans WHERE doc_id <> 2"), 0);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
  CHECK_SPAN_EQ(q_text(s, "PRAGMA integrity_check", buf, sizeof buf), strlen(buf), "ok");
  /* FTS5's own check compares the index with the content view */
  StoreQuery *q = NULL;
  CHECK_INT_EQ(store_query_open(s, SPAN_LIT("SELECT 1").ptr, 8, &q, &err), LEDE_OK);
  store_query_close(q);
  store_close(s, NULL);
}

/* Dedupe lookups, rollback, raw kept when it differs, legacy encoding. */
static void test_hash_rollback_raw(void) {
  Store *s = NULL;
  Err err = {0};
  CHECK_INT_EQ(store_open(":memory:", STORE_CREATE, &s, &err), LEDE_OK);
  if (s == NULL) return;
  char hash[65];
  store_hash((Span){ARTICLE, strlen(ARTICLE)}, hash);
  int64_t found = -1;
  CHECK_INT_EQ(store_find_hash(s, hash, &found, &err), LEDE_OK);
  CHECK_INT_EQ(found, 0);
  DocMeta meta = {.path = "a.txt"};
  /* store_add outside a transaction is refused */
  Article a;
  int64_t id = 0;
  article_parse((Span){ARTICLE, strlen(ARTICLE)}, NULL, &a, NULL);
  CHECK(store_add(s, &meta, (Span){ARTICLE, strlen(ARTICLE)}, hash, &a, &id, &err) != LEDE_OK);
  article_free(&a);
  store_begin(s, &err);
  id = add_text(s, ARTICLE, &meta);
  CHECK_INT_EQ(store_find_hash(s, hash, &found, &err), LEDE_OK);
  CHECK_INT_EQ(found, id);
  char hex[128];
  CHECK(strcmp(q_text(s, "SELECT lower(hex(hash)) FROM documents", hex, sizeof hex), hash) == 0);
  CHECK_INT_EQ(q_int(s, "SELECT length(hash) FROM documents"), 32);
  CHECK(store_find_hash(s, "not-a-hash", &found, &err) != LEDE_OK);
  store_rollback(s);
  CHECK_INT_EQ(store_find_hash(s, hash, &found, &err), LEDE_OK);
  CHECK_INT_EQ(found, 0);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM blocks"), 0);
  /* the same hash twice violates the unique index */
  store_begin(s, &err);
  CHECK(add_text(s, ARTICLE, &meta) > 0);
  CHECK(add_text(s, ARTICLE, &meta) == 0);
  store_rollback(s);
  /* CRLF and Windows-1252 input: raw kept, facts recorded */
  store_begin(s, &err);
  static const char legacy[] = "Title\r\n\r\nPrices rose 5 \xA3 in Caf\xE9 land, officials said on Monday.\r\n";
  add_text(s, legacy, &meta);
  store_commit(s, &err);
  CHECK_INT_EQ(q_int(s, "SELECT length(raw) FROM documents"), sizeof legacy - 1);
  CHECK_INT_EQ(q_int(s, "SELECT encoding = 'windows-1252' FROM documents"), 1);
  CHECK_INT_EQ(q_int(s, "SELECT instr(text, 'Café') > 0 FROM documents"), 1);
  store_close(s, NULL);
}

/* A COMMIT that cannot write its WAL frames (RLIMIT_FSIZE in a child; the
** 32 MB page cache keeps the pages in memory until then) is an I/O error
** that names the corpus and the system's reason, and leaves nothing behind.
** SQLite records no errno for it: store_commit keeps the one the VFS left. */
static void test_commit_fails(void) {
  char path[128];
  path_in_tmp(path, sizeof path, "commit.db");
  Store *s = NULL;
  CHECK_INT_EQ(store_open(path, STORE_CREATE, &s, NULL), LEDE_OK);
  store_close(s, NULL); /* the schema is in the file, the WAL gone */
  pid_t pid = fork();
  if (pid == 0) {
    StrBuf big = {0}; /* one article of ~2 MB: more WAL frames than the limit */
    strbuf_append_span(&big, SPAN_LIT("A long report\n\n"));
    for (int i = 0; i < 8000; i++) {
      char para[320];
      int n = snprintf(para, sizeof para, "Paragraph %d of the long report: officials said on Monday that %d "
                       "people had been moved, and Maria Lopez told reporters more would follow.\n\n", i, i * 7);
      strbuf_append_span(&big, (Span){para, (size_t)n});
    }
    strbuf_append_char(&big, '\0');
    struct rlimit lim = {1 << 20, 1 << 20};
    signal(SIGXFSZ, SIG_IGN);
    Err err = {0};
    DocMeta meta = {.path = "big.txt"};
    if (store_open(path, STORE_EXISTING, &s, &err) != LEDE_OK || setrlimit(RLIMIT_FSIZE, &lim) != 0) _exit(3);
    if (store_begin(s, &err) != LEDE_OK || add_text(s, big.ptr, &meta) == 0) _exit(4);
    LedeStatus st = store_commit(s, &err);
    fprintf(stderr, "(expected) %s\n", err.msg);
    if (st != LEDE_EIO || strstr(err.msg, "commit.db: cannot commit") == NULL) _exit(5);
    _exit(strstr(err.msg, "File too large") != NULL ? 0 : 6);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  CHECK(WIFEXITED(status));
  CHECK_INT_EQ(WEXITSTATUS(status), 0);
  CHECK_INT_EQ(store_open(path, STORE_EXISTING, &s, NULL), LEDE_OK);
  if (s == NULL) return;
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM documents"), 0);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM sentences"), 0);
  store_close(s, NULL);
}

/* ---- queries ------------------------------------------------------------ */

/* Interrupts the store's running statement after 100 ms (another thread, as
** Ctrl-C would). */
static void *interrupt_later(void *store) {
  usleep(100 * 1000);
  store_interrupt(store);
  return NULL;
}

static void test_query_rules(void) {
  Store *s = NULL;
  Err err = {0};
  StoreQuery *q = NULL;
  CHECK_INT_EQ(store_open(":memory:", STORE_CREATE, &s, &err), LEDE_OK);
  if (s == NULL) return;
  static const char *const refused[] = {
      "DELETE FROM documents", "INSERT INTO blocks VALUES(1,1,'body',0,1)", "DROP TABLE blocks",
      "SELECT 1; SELECT 2", "BEGIN", "COMMIT", "ATTACH 'x.db' AS x", "PRAGMA user_version = 7",
      "PRAGMA journal_mode = DELETE", "", "  -- nothing\n", "SELECT * FORM documents",
  };
  for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
    err = (Err){0};
    LedeStatus st = store_query_open(s, refused[i], strlen(refused[i]), &q, &err);
    CHECK_INT_EQ(st, LEDE_EINPUT);
    CHECK(q == NULL && err.msg[0] != '\0');
  }
  store_query_open(s, "SELECT * FORM documents", 23, &q, &err);
  CHECK(strstr(err.msg, "near \"FORM\": syntax error") != NULL);
  CHECK_INT_EQ(q_int(s, "PRAGMA user_version"), 2);
  CHECK_INT_EQ(q_int(s, "SELECT 41 + 1; -- trailing comment\n ;"), 42);
  /* bound values, never spliced; text with a NUL keeps its length */
  const char *sql = "SELECT ?1 || ?2, length(?3), ?4 IS NULL, ?5";
  CHECK_INT_EQ(store_query_open(s, sql, strlen(sql), &q, &err), LEDE_OK);
  if (q == NULL) return;
  CHECK_INT_EQ(store_query_param_count(q), 5);
  store_query_bind_text(q, 1, SPAN_LIT("it's "), &err);
  store_query_bind_text(q, 2, SPAN_LIT("'; DROP TABLE documents; --"), &err);
  store_query_bind_text(q, 3, (Span){"a\0b", 3}, &err);
  store_query_bind_null(q, 4, &err);
  store_query_bind_real(q, 5, 2.5, &err);
  CHECK_INT_EQ(store_query_bind_int(q, 6, 1, &err), LEDE_EINPUT);
  CHECK(strstr(err.msg, "out of range") != NULL);
  bool has_row = false;
  CHECK_INT_EQ(store_query_step(q, &has_row, &err), LEDE_OK);
  CHECK(has_row);
  CHECK_INT_EQ(store_query_columns(q), 4);
  Span t = store_query_text(q, 0);
  CHECK_SPAN_EQ(t.ptr, t.len, "it's '; DROP TABLE documents; --");
  CHECK_INT_EQ(store_query_type(q, 1), STORE_INT);
  CHECK_INT_EQ(store_query_type(q, 3), STORE_REAL);
  CHECK(store_query_real(q, 3) == 2.5);
  CHECK_INT_EQ(store_query_type(q, 2), STORE_INT);
  CHECK_INT_EQ(store_query_int(q, 2), 1);
  CHECK_INT_EQ(store_query_step(q, &has_row, &err), LEDE_OK);
  CHECK(!has_row);
  store_query_close(q);
  /* a runtime error is reported by step */
  CHECK_INT_EQ(store_query_open(s, "SELECT abs(-9223372036854775807 - 1)", 36, &q, &err), LEDE_OK);
  CHECK_INT_EQ(store_query_step(q, &has_row, &err), LEDE_ESQL);
  CHECK(strstr(err.msg, "overflow") != NULL);
  store_query_close(q);
  /* an interrupted query stops with EINTR */
  const char *slow =
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000) SELECT max(x) FROM c";
  CHECK_INT_EQ(store_query_open(s, slow, strlen(slow), &q, &err), LEDE_OK);
  pthread_t th;
  pthread_create(&th, NULL, interrupt_later, s);
  CHECK_INT_EQ(store_query_step(q, &has_row, &err), LEDE_EINTR);
  pthread_join(th, NULL);
  store_query_close(q);
  /* closing with a query open says so, and frees everything anyway */
  CHECK_INT_EQ(store_query_open(s, "SELECT 1", 8, &q, &err), LEDE_OK);
  CHECK_INT_EQ(store_close(s, &err), LEDE_ESQL);
  CHECK(strstr(err.msg, "queries still open") != NULL);
  store_query_close(q);
}

/* ---- files: identity, versions, modes ------------------------------------ */

static bool file_equals(const char *path, const char *bytes, size_t n) {
  char *got = NULL;
  size_t len = 0;
  if (file_read_all(path, &got, &len, NULL) != LEDE_OK) return false;
  bool same = len == n && memcmp(got, bytes, n) == 0;
  free(got);
  return same;
}

static void write_file(const char *path, const char *bytes, size_t n) {
  FILE *f = fopen(path, "wb");
  if (f == NULL) return;
  fwrite(bytes, 1, n, f);
  fclose(f);
}

static void raw_exec(const char *path, const char *sql) {
  sqlite3 *db = NULL;
  if (sqlite3_open(path, &db) == SQLITE_OK) CHECK_INT_EQ(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close(db);
}

static void test_foreign_files(void) {
  char path[128];
  Store *s = NULL;
  Err err = {0};
  /* not SQLite at all: refused, untouched, no -wal beside it */
  path_in_tmp(path, sizeof path, "notes.txt");
  const char text[] = "these are my notes, not a database\n";
  write_file(path, text, sizeof text - 1);
  CHECK_INT_EQ(store_open(path, STORE_CREATE, &s, &err), LEDE_EINPUT);
  CHECK(s == NULL);
  CHECK(strstr(err.msg, "notes.txt: not a lede corpus (not an SQLite database)") != NULL);
  CHECK(file_equals(path, text, sizeof text - 1));
  /* another application's SQLite database */
  path_in_tmp(path, sizeof path, "other.db");
  raw_exec(path, "CREATE TABLE t(x); INSERT INTO t VALUES(1);");
  char *before = NULL;
  size_t before_len = 0;
  file_read_all(path, &before, &before_len, NULL);
  CHECK_INT_EQ(store_open(path, STORE_EXISTING, &s, &err), LEDE_EINPUT);
  CHECK(strstr(err.msg, "not a lede corpus (an SQLite database with 1 schema objects") != NULL);
  CHECK(file_equals(path, before, before_len));
  free(before);
  char wal[160];
  snprintf(wal, sizeof wal, "%s-wal", path);
  CHECK(access(wal, F_OK) != 0);
  /* missing files, folders */
  path_in_tmp(path, sizeof path, "missing.db");
  CHECK_INT_EQ(store_open(path, STORE_EXISTING, &s, &err), LEDE_EIO);
  CHECK(strstr(err.msg, "No such file") != NULL);
  CHECK_INT_EQ(store_open(path, STORE_READONLY, &s, &err), LEDE_EIO);
  CHECK_INT_EQ(store_open(tmpdir, STORE_CREATE, &s, &err), LEDE_EIO);
  CHECK(strstr(err.msg, "is a directory") != NULL);
  /* a 0-byte file is an empty database: it becomes a corpus */
  path_in_tmp(path, sizeof path, "empty.db");
  write_file(path, "", 0);
  CHECK_INT_EQ(store_open(path, STORE_READONLY, &s, &err), LEDE_EINPUT);
  CHECK_INT_EQ(store_open(path, STORE_EXISTING, &s, &err), LEDE_OK);
  store_close(s, NULL);
}

static void test_versions(void) {
  char path[128];
  Store *s = NULL;
  Err err = {0};
  DocMeta meta = {.path = "a.txt"};
  path_in_tmp(path, sizeof path, "corpus.db");
  CHECK_INT_EQ(store_open(path, STORE_CREATE, &s, &err), LEDE_OK);
  if (s == NULL) return;
  CHECK_INT_EQ(q_int(s, "PRAGMA foreign_keys"), 1);
  CHECK_INT_EQ(q_int(s, "PRAGMA page_size"), 32768);
  CHECK(q_int(s, "PRAGMA busy_timeout") >= 1000);
  store_begin(s, &err);
  add_text(s, ARTICLE, &meta);
  store_commit(s, &err);
  char wal[160];
  snprintf(wal, sizeof wal, "%s-wal", path);
  CHECK(access(wal, F_OK) == 0); /* WAL mode */
  err.msg[0] = 0;
  CHECK_INT_EQ(store_close(s, &err), LEDE_OK);
  if (err.msg[0]) fprintf(stderr, "%s\n", err.msg);
  /* read-only: reads work, writes are refused */
  CHECK_INT_EQ(store_open(path, STORE_READONLY, &s, &err), LEDE_OK);
  int64_t n = 0;
  store_count(s, &n, &err);
  CHECK_INT_EQ(n, 1);
  CHECK_INT_EQ(store_begin(s, &err), LEDE_EIO);
  CHECK(strstr(err.msg, "read-only") != NULL);
  store_close(s, NULL);
  /* an older schema (version 1) is migrated, the data kept */
  raw_exec(path, "DROP VIEW block_texts; DROP VIEW sentence_texts; DROP VIEW mention_texts;"
                 "DROP INDEX documents_cluster; PRAGMA user_version = 1;");
  CHECK_INT_EQ(store_open(path, STORE_READONLY, &s, &err), LEDE_EINPUT);
  CHECK(strstr(err.msg, "schema version 1 is older than 2") != NULL);
  CHECK_INT_EQ(store_open(path, STORE_EXISTING, &s, &err), LEDE_OK);
  CHECK_INT_EQ(q_int(s, "PRAGMA user_version"), 2);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM block_texts WHERE kind = 'title'"), 1);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM documents"), 1);
  store_close(s, NULL);
  /* a newer schema is refused, naming both versions */
  raw_exec(path, "PRAGMA user_version = 9;");
  CHECK_INT_EQ(store_open(path, STORE_EXISTING, &s, &err), LEDE_EINPUT);
  CHECK(strstr(err.msg, "schema version 9 is newer than this lede") != NULL);
  CHECK(strstr(err.msg, "supports (2)") != NULL);
  raw_exec(path, "PRAGMA user_version = 2;");
}

/* A file the user may not write: opening it for writing is refused with a
** clear message, and read-only still works. Root writes anything, so the
** check runs in a child that drops to "nobody". */
static void test_readonly_file(void) {
  char path[128];
  path_in_tmp(path, sizeof path, "corpus.db");
  chmod(tmpdir, 0755);
  chmod(path, 0444);
  pid_t pid = fork();
  if (pid == 0) {
    if (getuid() == 0 && setuid(65534) != 0) _exit(3);
    Store *s = NULL;
    Err err = {0};
    if (store_open(path, STORE_EXISTING, &s, &err) != LEDE_EIO) _exit(1);
    if (strstr(err.msg, "cannot write the corpus (Permission denied)") == NULL) _exit(2);
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  chmod(path, 0644);
}

/* Counts the rows of every child table whose document is gone; 0 expected. */
static int64_t orphan_rows(Store *s) {
  static const char *const tables[] = {"blocks", "sentences", "entities", "mentions", "quote_spans",
                                       "number_spans", "date_spans", "cluster_members"};
  int64_t n = 0;
  for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM %s WHERE doc_id NOT IN (SELECT id FROM documents)", tables[i]);
    n += q_int(s, sql);
  }
  return n;
}

/* A document SQLite refuses after its documents row went in (a trigger,
** added with plain SQLite, aborts its cluster membership) is taken back
** whole, queued rows included, and the documents around it in the batch are
** kept; queries and deletes inside the batch see its queued rows. */
static void test_failed_add_undone(void) {
  char path[128], buf[64];
  path_in_tmp(path, sizeof path, "undo.db");
  Store *s = NULL;
  CHECK_INT_EQ(store_open(path, STORE_CREATE, &s, NULL), LEDE_OK);
  store_close(s, NULL);
  raw_exec(path, "CREATE TRIGGER refuse BEFORE INSERT ON cluster_members"
                 " WHEN (SELECT path FROM documents WHERE id = NEW.doc_id) = 'bad.txt'"
                 " BEGIN SELECT RAISE(ABORT, 'refused'); END");
  CHECK_INT_EQ(store_open(path, STORE_EXISTING, &s, NULL), LEDE_OK);
  if (s == NULL) return;
  DocMeta good = {.path = "a.txt", .cluster = "c1"}, bad = {.path = "bad.txt", .cluster = "c1"};
  DocMeta after = {.path = "c.txt"}, gone = {.path = "d.txt"};
  CHECK_INT_EQ(store_begin(s, NULL), LEDE_OK);
  CHECK(add_text(s, ARTICLE, &good) > 0);
  Article a;
  Err err = {0};
  int64_t id = -1;
  static const char BAD[] = "Zebras in Aleppo\n\nJohn Kerry said the zebras of Aleppo were safe on Monday.\n";
  char hash[65];
  store_hash(SPAN_LIT(BAD), hash);
  CHECK_INT_EQ(article_parse(SPAN_LIT(BAD), NULL, &a, NULL), LEDE_OK);
  CHECK(a.mentions.len > 0 && a.blocks.len > 0);
  CHECK_INT_EQ(store_add(s, &bad, SPAN_LIT(BAD), hash, &a, &id, &err), LEDE_ESQL);
  CHECK(strstr(err.msg, "bad.txt: refused") != NULL);
  CHECK_INT_EQ(id, 0);
  article_free(&a);
  int64_t id3 = add_text(s, "Rain in Paris\n\nIt rained in Paris on Tuesday, Marie Dupont said.\n", &after);
  CHECK_INT_EQ(id3, 2); /* the id bad.txt had */
  CHECK(q_int(s, "SELECT count(*) FROM sentences WHERE doc_id = 2") > 0); /* queued rows are seen */
  int64_t id4 = add_text(s, "Snow in Oslo\n\nIt snowed in Oslo on Friday, Kari Nordmann said.\n", &gone);
  CHECK_INT_EQ(store_delete(s, id4, &err), LEDE_OK);
  CHECK_INT_EQ(store_commit(s, NULL), LEDE_OK);
  CHECK_SPAN_EQ(q_text(s, "SELECT group_concat(path, ',') FROM documents", buf, sizeof buf), strlen(buf),
                "a.txt,c.txt");
  CHECK_INT_EQ(orphan_rows(s), 0);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM cluster_members"), 1);
  CHECK(q_int(s, "SELECT count(*) FROM mentions WHERE doc_id = 2") > 0);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'zebras OR oslo'"), 0);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'paris'"), 1);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
  store_close(s, NULL);
  raw_exec(path, "INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')");
}

/* Child rows are written at the commit: one SQLite refuses there (a trigger
** on sentences) fails the commit, and the whole batch is rolled back. */
static void test_refused_rows_fail_commit(void) {
  char path[128];
  path_in_tmp(path, sizeof path, "refuse.db");
  Store *s = NULL;
  CHECK_INT_EQ(store_open(path, STORE_CREATE, &s, NULL), LEDE_OK);
  store_close(s, NULL);
  raw_exec(path, "CREATE TRIGGER refuse BEFORE INSERT ON sentences WHEN NEW.seq = 2"
                 " BEGIN SELECT RAISE(ABORT, 'no third sentence'); END");
  CHECK_INT_EQ(store_open(path, STORE_EXISTING, &s, NULL), LEDE_OK);
  if (s == NULL) return;
  DocMeta meta = {.path = "a.txt"};
  Err err = {0};
  CHECK_INT_EQ(store_begin(s, NULL), LEDE_OK);
  CHECK(add_text(s, ARTICLE, &meta) > 0);
  CHECK_INT_EQ(store_commit(s, &err), LEDE_ESQL);
  CHECK(strstr(err.msg, "refuse.db: cannot commit: no third sentence") != NULL);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM documents"), 0);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM sentences"), 0);
  /* the store goes on: a new batch without the refused row commits */
  CHECK_INT_EQ(store_begin(s, NULL), LEDE_OK);
  CHECK(add_text(s, "Short\n\nOne sentence only.\n", &meta) > 0);
  CHECK_INT_EQ(store_commit(s, &err), LEDE_OK);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM documents"), 1);
  CHECK_INT_EQ(orphan_rows(s), 0);
  store_close(s, NULL);
}

int main(void) {
  if (!fixture_tmpdir(tmpdir, sizeof tmpdir, "store")) return 1;
  test_sha256_vectors();
  test_sha256_million();
  test_sha256_boundaries();
  test_add_and_rows();
  test_rows_table();
  test_fts();
  test_hash_rollback_raw();
  test_commit_fails();
  test_failed_add_undone();
  test_refused_rows_fail_commit();
  test_query_rules();
  test_foreign_files();
  test_versions();
  test_readonly_file();
  fixture_tmpdir_remove(tmpdir);
  return CHECK_DONE();
}

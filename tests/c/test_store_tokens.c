/*
** test_store_tokens.c — FTS entries tokenized off the writer thread
** (store_tokens.c): a corpus written with prepared entries has the very
** same FTS index, byte for byte, as one written by store_add, and every
** prepared text was replayed, not tokenized again; an entry prepared for
** another document, or an empty one, is not used; a refused document takes its tokens back
** so the next one still lines up; queries and snippets (which the stand-in
** hands to the real tokenizer) still work; and ingest, whose parser threads
** prepare every entry, leaves an index that SQLite's own FTS5 integrity
** check (on a plain connection, without the stand-in) finds true to the
** documents.
*/
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "fixture.h"
#include "ingest.h"
#include "store.h"
#include "store_fixture.h"
#include "store_internal.h" /* the replay counters */

static char tmpdir[64];

/* Articles that exercise the tokenizer: diacritics (removed), curly quotes,
** a word longer than porter stems (64 bytes) and than record_token's short
** path (48), digits, a body-less text, a title given by the input. */
static const char *const texts[] = {
    "Calls for war-crimes inquiry grow\n\nThe café owner said “enough” after Aleppo’s hospitals were hit.\n\n"
    "Naïve résumés and coöperation are normalized; crème brûlée too.\n",
    "Kerry urges investigation\n\nSecretary of State John Kerry said on Friday that Russia and Syria owed the world "
    "an explanation. \"These are acts that beg for an appropriate investigation,\" he said.\n",
    "A long word\n\nSupercalifragilisticexpialidociousantidisestablishmentarianismfloccinaucinihilipilification "
    "appears here, with 1,234 numbers and 56.7 percent.\n",
    "Only a headline\n",
    "Untitled\n\nRunning runners ran; the runs were running all day, 7 October 2016.\n",
};
#define N_TEXTS (sizeof texts / sizeof texts[0])
static const char *const given_title = "A title the input gave: Élysée";

static Span text_span(size_t i) { return (Span){texts[i], strlen(texts[i])}; }

static DocMeta meta_of(size_t i) {
  DocMeta meta = {0};
  if (i == N_TEXTS - 1) meta.title = given_title;
  return meta;
}

/* A hash of the FTS index's stored structure (every %_data block in id
** order); 0 when the query fails. */
static uint64_t index_hash(Store *s) {
  const char *sql = "SELECT id, hex(block) FROM documents_fts_data ORDER BY id";
  StoreQuery *q = NULL;
  bool has_row = false;
  uint64_t h = 1469598103934665603ull;
  if (store_query_open(s, sql, strlen(sql), &q, NULL) != LEDE_OK) return 0;
  while (store_query_step(q, &has_row, NULL) == LEDE_OK && has_row) {
    h = (h ^ (uint64_t)store_query_int(q, 0)) * 1099511628211ull;
    Span block = store_query_text(q, 1);
    for (size_t i = 0; i < block.len; i++) h = (h ^ (unsigned char)block.ptr[i]) * 1099511628211ull;
  }
  store_query_close(q);
  return h;
}

/* Parses every text, prepares its entry with t when t is given, and stores
** them all in one transaction into a new corpus at path. */
static Store *build(const char *path, StoreTokenizer *t) {
  Store *s = NULL;
  unlink(path);
  if (store_open(path, STORE_CREATE, &s, NULL) != LEDE_OK || store_begin(s, NULL) != LEDE_OK) return s;
  for (size_t i = 0; i < N_TEXTS; i++) {
    Article a;
    StoreFtsEntry e = {0};
    DocMeta meta = meta_of(i);
    char hash[65];
    int64_t id = 0;
    CHECK(article_parse(text_span(i), NULL, &a, NULL) == LEDE_OK);
    store_hash(text_span(i), hash);
    if (t != NULL) CHECK(store_fts_prepare(t, &meta, &a, &e, NULL) == LEDE_OK);
    CHECK(store_add_prepared(s, &meta, text_span(i), hash, &a, t != NULL ? &e : NULL, &id, NULL) == LEDE_OK);
    store_fts_entry_free(&e);
    article_free(&a);
  }
  CHECK(store_commit(s, NULL) == LEDE_OK);
  return s;
}

/* Non-empty titles and bodies among the texts: what FTS5 tokenizes. */
static size_t n_nonempty_texts(void) {
  size_t n = 0;
  for (size_t i = 0; i < N_TEXTS; i++) {
    Article a;
    StoreFtsEntry e = {0};
    DocMeta meta = meta_of(i);
    StoreTokenizer *t = NULL;
    if (article_parse(text_span(i), NULL, &a, NULL) != LEDE_OK) continue;
    if (store_tokenizer_open(&t, NULL) == LEDE_OK && store_fts_prepare(t, &meta, &a, &e, NULL) == LEDE_OK)
      n += (e.title_len > 0) + (e.text.len > e.title_len);
    store_tokenizer_close(t);
    store_fts_entry_free(&e);
    article_free(&a);
  }
  return n;
}

static void test_same_index(void) {
  char plain_path[128], prepared_path[128];
  snprintf(plain_path, sizeof plain_path, "%s/plain.db", tmpdir);
  snprintf(prepared_path, sizeof prepared_path, "%s/prepared.db", tmpdir);
  StoreTokenizer *t = NULL;
  CHECK(store_tokenizer_open(&t, NULL) == LEDE_OK);
  Store *plain = build(plain_path, NULL), *prepared = build(prepared_path, t);
  CHECK(plain != NULL && prepared != NULL);
  if (plain == NULL || prepared == NULL) return;
  uint64_t want = index_hash(plain);
  CHECK(want != 0);
  CHECK(index_hash(prepared) == want);
  CHECK(plain->replay.n_replayed == 0);
  CHECK_INT_EQ(prepared->replay.n_replayed, n_nonempty_texts());
  CHECK_INT_EQ(prepared->replay.n_tokenized, 0);
  CHECK_INT_EQ(q_int(prepared, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'cafe'"), 1);
  CHECK_INT_EQ(q_int(prepared, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'run'"), 1);
  CHECK_INT_EQ(q_int(prepared, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'elysee'"), 1);
  char snippet[256];
  q_text(prepared, "SELECT snippet(documents_fts, 1, '[', ']', '...', 4) FROM documents_fts"
                   " WHERE documents_fts MATCH 'brulee'", snippet, sizeof snippet);
  CHECK(strstr(snippet, "[brûlée]") != NULL);
  store_tokenizer_close(t);
  CHECK(store_close(plain, NULL) == LEDE_OK);
  CHECK(store_close(prepared, NULL) == LEDE_OK);
}

/* A new corpus tmpdir/name; NULL when it cannot be made. */
static Store *open_new(const char *name) {
  char path[128];
  Store *s = NULL;
  snprintf(path, sizeof path, "%s/%s", tmpdir, name);
  unlink(path);
  CHECK(store_open(path, STORE_CREATE, &s, NULL) == LEDE_OK);
  return s;
}

/* A new corpus tmpdir/name and a tokenizer in *t; NULL (and no tokenizer)
** when either fails. */
static Store *open_with_tokenizer(const char *name, StoreTokenizer **t) {
  Store *s = open_new(name);
  CHECK(store_tokenizer_open(t, NULL) == LEDE_OK);
  if (s != NULL && *t != NULL) return s;
  (void)store_close(s, NULL);
  store_tokenizer_close(*t);
  *t = NULL;
  return NULL;
}

/* Stores texts[1] alone in a new corpus tmpdir/name with entry e, which is
** not its own: nothing is replayed, the document is tokenized for real,
** and the index is still right. */
static void check_entry_unused(const char *name, const StoreFtsEntry *e) {
  Store *s = open_new(name);
  if (s == NULL) return;
  Article a;
  DocMeta meta = {0};
  char hash[65];
  int64_t id = 0;
  CHECK(article_parse(text_span(1), NULL, &a, NULL) == LEDE_OK);
  store_hash(text_span(1), hash);
  CHECK(store_begin(s, NULL) == LEDE_OK);
  CHECK(store_add_prepared(s, &meta, text_span(1), hash, &a, e, &id, NULL) == LEDE_OK);
  CHECK(store_commit(s, NULL) == LEDE_OK);
  CHECK_INT_EQ(s->replay.n_replayed, 0);
  CHECK_INT_EQ(s->replay.n_tokenized, 2);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'kerry'"), 1);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'cafe'"), 0);
  article_free(&a);
  CHECK(store_close(s, NULL) == LEDE_OK);
}

/* Entries that are not the document's are not used: one prepared for
** another document, and an empty one (what ingest holds when a parser
** could not prepare one). */
static void test_foreign_entries_unused(void) {
  StoreTokenizer *t = NULL;
  Article other;
  StoreFtsEntry wrong = {0}, empty = {0};
  DocMeta meta = {0};
  CHECK(store_tokenizer_open(&t, NULL) == LEDE_OK);
  CHECK(article_parse(text_span(0), NULL, &other, NULL) == LEDE_OK);
  if (t != NULL) CHECK(store_fts_prepare(t, &meta, &other, &wrong, NULL) == LEDE_OK);
  check_entry_unused("wrong.db", &wrong);
  check_entry_unused("empty.db", &empty);
  store_fts_entry_free(&wrong);
  article_free(&other);
  store_tokenizer_close(t);
}

/* A document refused halfway (its hash is taken) takes its queued tokens
** back with its rows, so the next document's tokens are still the next. */
static void test_refused_document_takes_tokens_back(void) {
  StoreTokenizer *t = NULL;
  Store *s = open_with_tokenizer("refused.db", &t);
  if (s == NULL) return;
  CHECK(store_begin(s, NULL) == LEDE_OK);
  char hash[65];
  store_hash(text_span(0), hash);
  for (size_t i = 0; i < 3; i++) {
    Article a;
    StoreFtsEntry e = {0};
    DocMeta meta = {0};
    int64_t id = 0;
    CHECK(article_parse(text_span(i), NULL, &a, NULL) == LEDE_OK);
    CHECK(store_fts_prepare(t, &meta, &a, &e, NULL) == LEDE_OK);
    if (i == 2) store_hash(text_span(2), hash); /* the second reuses the first's hash */
    LedeStatus st = store_add_prepared(s, &meta, text_span(i), hash, &a, &e, &id, NULL);
    CHECK(st == (i == 1 ? LEDE_ESQL : LEDE_OK));
    store_fts_entry_free(&e);
    article_free(&a);
  }
  CHECK(store_commit(s, NULL) == LEDE_OK);
  CHECK_INT_EQ(s->replay.n_tokenized, 0);
  CHECK_INT_EQ(s->replay.n_replayed, 4);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'kerry'"), 0);
  CHECK_INT_EQ(q_int(s, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'supercalifragilisticexpialidociousantidisestablishmentarianismfloccinaucinihilipilification'"), 1);
  store_tokenizer_close(t);
  CHECK(store_close(s, NULL) == LEDE_OK);
}

/* FTS5's integrity check on a plain connection: it tokenizes every
** document again with the real tokenizer and compares with the index. */
static bool fts_is_true_to_documents(const char *path) {
  sqlite3 *db = NULL;
  bool ok = sqlite3_open(path, &db) == SQLITE_OK &&
            sqlite3_exec(db, "INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')", NULL, NULL,
                         NULL) == SQLITE_OK;
  if (!ok) fprintf(stderr, "integrity-check: %s\n", sqlite3_errmsg(db));
  sqlite3_close(db);
  return ok;
}

static void test_ingest_replays_everything(void) {
  char path[128], dir[128];
  snprintf(path, sizeof path, "%s/ingest.db", tmpdir);
  snprintf(dir, sizeof dir, "%s/articles", tmpdir);
  CHECK(mkdir(dir, 0700) == 0);
  for (size_t i = 0; i < N_TEXTS - 1; i++) { /* the last needs its title from meta */
    char file[192];
    snprintf(file, sizeof file, "%s/%zu.txt", dir, i);
    FILE *f = fopen(file, "wb");
    CHECK(f != NULL && fputs(texts[i], f) >= 0);
    if (f != NULL) fclose(f);
  }
  unlink(path);
  Store *s = NULL;
  CHECK(store_open(path, STORE_CREATE, &s, NULL) == LEDE_OK);
  if (s == NULL) return;
  IngestOptions opts = {.n_threads = 2};
  IngestReport rep = {0};
  const char *paths[] = {dir};
  CHECK(ingest_run(s, paths, 1, &opts, &rep, NULL) == LEDE_OK);
  CHECK_INT_EQ(rep.added, N_TEXTS - 1);
  CHECK(s->replay.n_replayed >= 2 * (N_TEXTS - 2)); /* every title and body but the missing body */
  CHECK_INT_EQ(s->replay.n_tokenized, 0);
  ingest_report_free(&rep);
  CHECK(store_close(s, NULL) == LEDE_OK);
  CHECK(fts_is_true_to_documents(path));
}

int main(void) {
  CHECK(fixture_tmpdir(tmpdir, sizeof tmpdir, "tokens"));
  test_same_index();
  test_foreign_entries_unused();
  test_refused_document_takes_tokens_back();
  test_ingest_replays_everything();
  fixture_tmpdir_remove(tmpdir);
  return CHECK_DONE();
}

/*
** bench_ingest.c — the ingest benchmark of issue 4 (built, not run by
** ctest). Generates corpora of real news paragraphs recombined into new
** articles (BBC News and PolNeAR texts from ../shared/data; JSON Lines under
** /tmp, never in the repo), then for each size prints: ingest MB/s and
** articles/s, peak RSS, database size against the raw text, and the floor:
** the same raw texts inserted into a bare FTS5 table with the sqlite3
** library. Each measurement runs in a forked child so its peak RSS is its
** own. Also prints, on the first size, single-thread parse throughput and
** the writer's throughput alone, to tell what bounds the ingest.
**   bench_ingest [--sizes 10,100,1000] [--threads N] [--dir /tmp/lede-bench] [--keep]
** Needs LEDE_SHARED (default ../shared from the current directory).
**
** Measured 2026-11-21 on the shared 2-core machine (load average 4-6 from
** other builds), 2 parser threads:
**    size   ingest MB/s  art/s  peak RSS  DB/raw   FTS5 floor MB/s  ingest/floor
**   10 MB      1.59       555     63 MB   2.98x        8.80             18%
**  100 MB      0.89       312     70 MB   2.86x        5.65             16%
**    1 GB      1.02       361     81 MB   2.89x        5.42             19%
** single-thread parse 1.1-2.0 MB/s; writer alone 2.4-4.5 MB/s: the ingest
** is bound by the parser stages.
*/
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "fileio.h"
#include "ingest.h"
#include "json.h"
#include "reader.h"

/* ---- the generator --------------------------------------------------------- */

typedef VEC(Span) SpanVec;

/* Paragraph pools, borrowing from the loaded files. */
typedef struct {
  PathList files;
  VEC(char *) texts; /* owned file contents */
  SpanVec titles, paragraphs;
} Pool;

static Span trim(Span s) {
  while (s.len > 0 && (s.ptr[0] == ' ' || s.ptr[0] == '\n' || s.ptr[0] == '\r')) s.ptr++, s.len--;
  while (s.len > 0 && (s.ptr[s.len - 1] == ' ' || s.ptr[s.len - 1] == '\n' || s.ptr[s.len - 1] == '\r')) s.len--;
  return s;
}

/* Splits one article into its headline (first line) and paragraphs (blank-line
** separated, at least 40 bytes). */
static void pool_add_text(Pool *pool, const char *text, size_t len) {
  const char *p = text, *end = text + len;
  const char *nl = memchr(p, '\n', len);
  if (nl == NULL) return;
  Span title = trim((Span){p, (size_t)(nl - p)});
  if (title.len > 10) vec_push(&pool->titles, title);
  p = nl + 1;
  while (p < end) {
    const char *gap = strstr(p, "\n\n");
    const char *stop = gap ? gap : end;
    Span para = trim((Span){p, (size_t)(stop - p)});
    if (para.len >= 40) vec_push(&pool->paragraphs, para);
    p = gap ? gap + 2 : end;
  }
}

static bool pool_load(Pool *pool, const char *shared) {
  static const char *const dirs[] = {"data/bbc-news", "data/polnear/train/text", "data/polnear/dev/text"};
  static const char *const txt[] = {".txt", NULL};
  WalkFilter filter = {txt};
  for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", shared, dirs[i]);
    if (paths_expand(path, &filter, &pool->files, NULL) != LEDE_OK) fprintf(stderr, "skipping %s\n", path);
  }
  for (size_t i = 0; i < pool->files.len; i++) {
    char *text = NULL;
    size_t len = 0;
    if (strstr(pool->files.items[i], "README") != NULL) continue;
    if (file_read_all(pool->files.items[i], &text, &len, NULL) != LEDE_OK) continue;
    vec_push(&pool->texts, text);
    pool_add_text(pool, text, len);
  }
  return pool->titles.len > 0 && pool->paragraphs.len > 0;
}

static uint64_t next_random(uint64_t *state) { /* xorshift64* */
  *state ^= *state >> 12, *state ^= *state << 25, *state ^= *state >> 27;
  return *state * 2685821657736338717ULL;
}

/* Writes articles of 4..12 random paragraphs under a random headline as JSON
** Lines until raw_target bytes of article text; returns the article count
** and the raw bytes in *raw. The same seed gives the same corpus. */
static size_t generate(const Pool *pool, const char *path, uint64_t raw_target, uint64_t *raw) {
  FILE *f = fopen(path, "wb");
  if (f == NULL) return 0;
  uint64_t state = 0x9E3779B97F4A7C15ULL;
  StrBuf art = {0}, line = {0};
  size_t n = 0;
  *raw = 0;
  while (*raw < raw_target) {
    strbuf_clear(&art);
    strbuf_append_span(&art, pool->titles.items[next_random(&state) % pool->titles.len]);
    strbuf_append(&art, "\n\n", 2);
    int n_paras = 4 + (int)(next_random(&state) % 9);
    for (int k = 0; k < n_paras; k++) {
      strbuf_append_span(&art, pool->paragraphs.items[next_random(&state) % pool->paragraphs.len]);
      strbuf_append(&art, "\n\n", 2);
    }
    strbuf_clear(&line);
    strbuf_append_cstr(&line, "{\"text\":");
    strbuf_append_json_string(&line, (Span){art.ptr, art.len});
    strbuf_append_cstr(&line, "}\n");
    fwrite(line.ptr, 1, line.len, f);
    *raw += art.len;
    n++;
  }
  strbuf_free(&art);
  strbuf_free(&line);
  fclose(f);
  return n;
}

static void pool_free(Pool *pool) {
  for (size_t i = 0; i < pool->texts.len; i++) free(pool->texts.items[i]);
  vec_free(&pool->texts);
  vec_free(&pool->titles);
  vec_free(&pool->paragraphs);
  pathlist_free(&pool->files);
}

/* ---- measurements (each in a child) ------------------------------------------ */

typedef struct {
  double seconds;
  long peak_rss_kb;
  bool is_ok;
} Run;

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Runs fn(arg) in a child; wall time and the child's peak RSS. */
static Run in_child(int (*fn)(void *), void *arg) {
  Run run = {0};
  double t0 = now_seconds();
  pid_t pid = fork();
  if (pid == 0) _exit(fn(arg));
  int status = 0;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) < 0) return run;
  run.seconds = now_seconds() - t0;
  run.peak_rss_kb = ru.ru_maxrss;
  run.is_ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return run;
}

typedef struct {
  const char *corpus, *db;
  int n_threads;
} Job;

static int run_ingest(void *arg) {
  const Job *job = arg;
  Store *s = NULL;
  Err err = {0};
  if (store_open(job->db, STORE_CREATE, &s, &err) != LEDE_OK) return fprintf(stderr, "%s\n", err.msg), 1;
  IngestOptions opts = {.n_threads = job->n_threads};
  IngestReport rep = {0};
  const char *paths[] = {job->corpus};
  LedeStatus st = ingest_run(s, paths, 1, &opts, &rep, &err);
  if (st != LEDE_OK) fprintf(stderr, "ingest: %s\n", err.msg);
  if (rep.failed > 0) fprintf(stderr, "ingest: %zu failed, first: %s: %s\n", rep.failed,
                              rep.failures.items[0].where, rep.failures.items[0].reason);
  ingest_report_free(&rep);
  if (store_close(s, &err) != LEDE_OK) return fprintf(stderr, "%s\n", err.msg), 1;
  return st == LEDE_OK ? 0 : 1;
}

/* The floor: the same texts, read the same way, into a bare FTS5 table, in
** transactions of 1000 rows, WAL and synchronous=NORMAL like the store. */
static int run_floor(void *arg) {
  const Job *job = arg;
  sqlite3 *db = NULL;
  sqlite3_stmt *ins = NULL;
  Reader *r = NULL;
  int rc = sqlite3_open(job->db, &db);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec(db, "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                          "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='porter unicode61 remove_diacritics 2');"
                          "BEGIN", NULL, NULL, NULL);
  if (rc == SQLITE_OK) rc = sqlite3_prepare_v2(db, "INSERT INTO t(body) VALUES(?1)", -1, &ins, NULL);
  if (rc != SQLITE_OK || reader_open(job->corpus, INPUT_JSONL, NULL, &r, NULL) != LEDE_OK) return 1;
  ReaderItem item;
  size_t n = 0;
  while (rc == SQLITE_OK && reader_next(r, &item)) {
    rc = sqlite3_bind_text64(ins, 1, item.text, item.len, SQLITE_STATIC, SQLITE_UTF8);
    if (rc == SQLITE_OK && sqlite3_step(ins) != SQLITE_DONE) rc = SQLITE_ERROR;
    sqlite3_reset(ins);
    reader_item_free(&item);
    if (rc == SQLITE_OK && ++n % 1000 == 0) rc = sqlite3_exec(db, "COMMIT; BEGIN", NULL, NULL, NULL);
  }
  reader_close(r);
  if (rc == SQLITE_OK) rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
  sqlite3_finalize(ins);
  if (sqlite3_close(db) != SQLITE_OK) rc = SQLITE_ERROR;
  return rc == SQLITE_OK ? 0 : 1;
}

/* Single-thread parse throughput over the first 8 MB of the corpus. */
static double parse_mb_per_s(const char *corpus) {
  Reader *r = NULL;
  if (reader_open(corpus, INPUT_JSONL, NULL, &r, NULL) != LEDE_OK) return 0;
  ReaderItem item;
  uint64_t bytes = 0;
  double t = 0;
  while (bytes < (8u << 20) && reader_next(r, &item)) {
    Article a;
    double t0 = now_seconds();
    if (article_parse((Span){item.text, item.len}, NULL, &a, NULL) == LEDE_OK) article_free(&a);
    t += now_seconds() - t0;
    bytes += item.len;
    reader_item_free(&item);
  }
  reader_close(r);
  return t > 0 ? (double)bytes / 1e6 / t : 0;
}

/* The writer alone: parses the first 8 MB of the corpus into memory, then
** times only the store (store_add in batches of 1000, commit, close) into
** a fresh corpus. Prints its MB/s; exits 0 on success. */
static int run_store_only(void *arg) {
  const Job *job = arg;
  Reader *r = NULL;
  VEC(ReaderItem) items = {0};
  VEC(Article) arts = {0};
  uint64_t bytes = 0;
  ReaderItem item;
  if (reader_open(job->corpus, INPUT_JSONL, NULL, &r, NULL) != LEDE_OK) return 1;
  while (bytes < (8u << 20) && reader_next(r, &item)) {
    Article a;
    if (article_parse((Span){item.text, item.len}, NULL, &a, NULL) != LEDE_OK) continue;
    vec_push(&items, item);
    vec_push(&arts, a);
    bytes += item.len;
  }
  reader_close(r);
  Store *s = NULL;
  Err err = {0};
  double t0 = now_seconds();
  LedeStatus st = store_open(job->db, STORE_CREATE, &s, &err);
  for (size_t i = 0; st == LEDE_OK && i < arts.len; i++) {
    char hash[65];
    int64_t id = 0;
    DocMeta meta = {.path = items.items[i].where};
    if (i % 1000 == 0) st = store_begin(s, &err);
    store_hash((Span){items.items[i].text, items.items[i].len}, hash);
    if (st == LEDE_OK) st = store_add(s, &meta, (Span){items.items[i].text, items.items[i].len}, hash, &arts.items[i], &id, &err);
    if (st == LEDE_OK && (i % 1000 == 999 || i + 1 == arts.len)) st = store_commit(s, &err);
  }
  if (store_close(s, st == LEDE_OK ? &err : NULL) != LEDE_OK && st == LEDE_OK) st = LEDE_ESQL;
  double t = now_seconds() - t0;
  if (st != LEDE_OK) fprintf(stderr, "store only: %s\n", err.msg);
  else printf("writer alone (store_add of %zu parsed articles, %.1f MB): %.2f MB/s\n", arts.len, (double)bytes / 1e6, (double)bytes / 1e6 / t);
  fflush(stdout); /* the child leaves with _exit */
  return st == LEDE_OK ? 0 : 1;
}

static long long file_size(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? (long long)st.st_size : -1;
}

static void remove_db(const char *db) {
  char side[600];
  unlink(db);
  snprintf(side, sizeof side, "%s-wal", db);
  unlink(side);
  snprintf(side, sizeof side, "%s-shm", db);
  unlink(side);
}

/* ---- main ----------------------------------------------------------------------- */

/* Generates (or reuses) one corpus, measures ingest and floor, prints a row. */
static void bench_size(const Pool *pool, const char *dir, int mb, int n_threads, bool keep) {
  char corpus[512], db[512], floor_db[512], meta[512];
  snprintf(corpus, sizeof corpus, "%s/corpus-%dMB.jsonl", dir, mb);
  snprintf(meta, sizeof meta, "%s/corpus-%dMB.meta", dir, mb);
  snprintf(db, sizeof db, "%s/ingest-%dMB.db", dir, mb);
  snprintf(floor_db, sizeof floor_db, "%s/floor-%dMB.db", dir, mb);
  unsigned long long raw = 0;
  size_t n = 0;
  FILE *m = fopen(meta, "r");
  if (m == NULL || fscanf(m, "%zu %llu", &n, &raw) != 2) {
    uint64_t raw64 = 0;
    n = generate(pool, corpus, (uint64_t)mb * 1000000, &raw64);
    raw = raw64;
    FILE *w = fopen(meta, "w");
    if (w) fprintf(w, "%zu %llu\n", n, raw), fclose(w);
  }
  if (m) fclose(m);
  remove_db(db);
  remove_db(floor_db);
  Job job = {corpus, db, n_threads}, fjob = {corpus, floor_db, 1};
  Run ingest = in_child(run_ingest, &job);
  Run floor = in_child(run_floor, &fjob);
  double raw_mb = (double)raw / 1e6;
  long long db_size = file_size(db);
  printf("%6d MB %8zu art  ingest %6.1f s %6.2f MB/s %7.0f art/s  peak %5ld MB  db %7.1f MB = %.2fx raw"
         "  | FTS5 floor %6.1f s %6.2f MB/s %5ld MB  -> ingest = %3.0f%% of floor%s\n",
         mb, n, ingest.seconds, raw_mb / ingest.seconds, (double)n / ingest.seconds, ingest.peak_rss_kb / 1024,
         (double)db_size / 1e6, (double)db_size / (double)raw, floor.seconds, raw_mb / floor.seconds,
         floor.peak_rss_kb / 1024, 100.0 * floor.seconds / ingest.seconds,
         ingest.is_ok && floor.is_ok ? "" : "  (A RUN FAILED)");
  fflush(stdout);
  if (!keep) remove_db(db), remove_db(floor_db);
}

int main(int argc, char **argv) {
  const char *sizes = "10,100", *dir = "/tmp/lede-bench";
  int n_threads = 0;
  bool keep = false;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--sizes") == 0 && i + 1 < argc) sizes = argv[++i];
    else if (strcmp(argv[i], "--threads") == 0 && i + 1 < argc) n_threads = atoi(argv[++i]);
    else if (strcmp(argv[i], "--dir") == 0 && i + 1 < argc) dir = argv[++i];
    else if (strcmp(argv[i], "--keep") == 0) keep = true;
    else return fprintf(stderr, "usage: bench_ingest [--sizes 10,100,1000] [--threads N] [--dir D] [--keep]\n"), 2;
  }
  const char *shared = getenv("LEDE_SHARED") ? getenv("LEDE_SHARED") : "../shared";
  mkdir(dir, 0755);
  Pool pool = {0};
  if (!pool_load(&pool, shared)) return fprintf(stderr, "no articles under %s/data\n", shared), 1;
  printf("pool: %zu headlines, %zu paragraphs from %zu files; parser threads: %d (0 = cores, %ld here)\n",
         pool.titles.len, pool.paragraphs.len, pool.files.len, n_threads, sysconf(_SC_NPROCESSORS_ONLN));
  char first[512]; /* the smallest corpus: parse-only and writer-only figures */
  snprintf(first, sizeof first, "%s/corpus-%dMB.jsonl", dir, atoi(sizes));
  bool has_first = false;
  for (const char *p = sizes; *p != '\0';) {
    bench_size(&pool, dir, atoi(p), n_threads, keep);
    if (!has_first) {
      char db[560];
      snprintf(db, sizeof db, "%s/store-only.db", dir);
      remove_db(db);
      Job job = {first, db, 1};
      printf("single-thread parse: %.2f MB/s\n", parse_mb_per_s(first));
      fflush(stdout);
      in_child(run_store_only, &job);
      remove_db(db);
      has_first = true;
    }
    p = strchr(p, ',') ? strchr(p, ',') + 1 : p + strlen(p);
  }
  pool_free(&pool);
  return 0;
}

/*
** test_ingest.c — ingest_run end to end: folders, globs and bad inputs
** (missing paths, empty folders, 0-byte and binary files, bad JSON lines)
** each reported as `where: reason` while the rest is stored; dedupe on a
** second run and replacement with force; progress and cancel; a read-only
** corpus; a full disk (RLIMIT_FSIZE in a child) that loses nothing
** committed; another process reading the corpus while an ingest writes it;
** the Multi-News sample from ../shared when present; and parser threads
** that run at a lower priority than the writer.
*/
#include <dirent.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "fixture.h"
#include "ingest.h"
#include "store_fixture.h"

static char tmpdir[64];

static const char *tmp_path(const char *name) {
  static char bufs[32][200]; /* a ring: callers hold a few at once */
  static int next = 0;
  char *p = bufs[next++ % 32];
  snprintf(p, 200, "%s/%s", tmpdir, name);
  return p;
}

static void put(const char *name, const char *bytes, size_t n) {
  FILE *f = fopen(tmp_path(name), "wb");
  if (f == NULL) return;
  fwrite(bytes, 1, n, f);
  fclose(f);
}

#define PUT(name, lit) put((name), (lit), sizeof(lit) - 1)

/* A distinct article, numbered. */
static void put_article(const char *name, int i) {
  char text[512];
  int n = snprintf(text, sizeof text,
                   "Officials report %d new cases\n\nBy Staff Writer\n\nHealth officials said on Monday that "
                   "%d new cases had been recorded in the region, up from %d a week earlier.\n\n"
                   "\"We are watching this closely,\" said Dr. Ann Smith, the regional director.\n",
                   i, i * 3 + 1, i * 2);
  put(name, text, (size_t)n);
}

static int64_t count_docs(const char *db) {
  Store *s = NULL;
  int64_t n = -1;
  Err err = {0};
  if (store_open(db, STORE_READONLY, &s, &err) == LEDE_OK) store_count(s, &n, NULL);
  else fprintf(stderr, "count_docs: %s\n", err.msg);
  store_close(s, NULL);
  return n;
}

/* The reason recorded for the failure whose where ends with suffix, or NULL. */
static const char *failure_for(const IngestReport *r, const char *suffix) {
  for (size_t i = 0; i < r->failures.len; i++) {
    const char *w = r->failures.items[i].where;
    size_t n = strlen(w), k = strlen(suffix);
    if (n >= k && strcmp(w + n - k, suffix) == 0) return r->failures.items[i].reason;
  }
  return NULL;
}

static void on_progress(const IngestProgress *p, void *user) {
  IngestProgress *last = user;
  *last = *p;
}

static void make_inputs(void) {
  mkdir(tmp_path("in"), 0755);
  mkdir(tmp_path("in/sub"), 0755);
  mkdir(tmp_path("emptydir"), 0755);
  put_article("in/a.txt", 1);
  put_article("in/b.txt", 1); /* the same bytes as a.txt */
  put_article("in/sub/c.txt", 2);
  put("in/empty.txt", "", 0);
  PUT("in/random.txt", "\x8f\x01\xff\x00\x13\x99garbage\x00\x00");
  PUT("in/news.jsonl", "{\"text\": \"Markets fell sharply on Tuesday, traders said.\", \"title\": \"Markets fall\"}\n"
                       "{oops\n"
                       "{\"title\": \"no text\"}\n"
                       "{\"body\": \"Rain is expected across the north on Thursday, forecasters said.\","
                       " \"date\": \"2020-03-01\", \"source\": \"Weather Desk\"}\n");
  PUT("in/notes.md", "not walked: wrong extension");
}

static void test_bad_inputs_and_dedupe(void) {
  const char *db = tmp_path("corpus.db");
  Store *s = NULL;
  Err err = {0};
  CHECK_INT_EQ(store_open(db, STORE_CREATE, &s, &err), LEDE_OK);
  if (s == NULL) return;
  const char *paths[] = {tmp_path("in"), "/nonexistent/file.txt", tmp_path("emptydir"), tmp_path("in/*.nomatch")};
  IngestProgress last = {0};
  IngestOptions opts = {.n_threads = 2, .batch_size = 2, .on_progress = on_progress, .user = &last};
  IngestReport rep = {0};
  CHECK_INT_EQ(ingest_run(s, paths, 4, &opts, &rep, &err), LEDE_OK);
  CHECK_INT_EQ(rep.added, 4); /* a, c, two JSON lines */
  CHECK_INT_EQ(rep.skipped, 1); /* b = a */
  CHECK_INT_EQ(rep.failed, 7);
  const char *why;
  CHECK((why = failure_for(&rep, "/in/empty.txt")) && strcmp(why, "empty file") == 0);
  CHECK((why = failure_for(&rep, "/in/random.txt")) && strstr(why, "binary file (NUL byte at offset 3)"));
  CHECK((why = failure_for(&rep, "/in/news.jsonl:2")) && strstr(why, "not JSON"));
  CHECK((why = failure_for(&rep, "/in/news.jsonl:3")) && strstr(why, "no text field"));
  CHECK((why = failure_for(&rep, "/nonexistent/file.txt")) && strcmp(why, "No such file or directory") == 0);
  CHECK((why = failure_for(&rep, "/emptydir")) && strstr(why, "no articles found"));
  CHECK((why = failure_for(&rep, "*.nomatch")) && strstr(why, "no file matches"));
  CHECK_INT_EQ(last.files_done, last.files_total);
  CHECK_INT_EQ(last.files_total, 6);
  CHECK(last.bytes_done == last.bytes_total && last.bytes_total > 500);
  CHECK_INT_EQ(last.added, 4);
  ingest_report_free(&rep);
  /* JSON metadata reached the documents */
  StoreQuery *q = NULL;
  bool has_row = false;
  const char *sql = "SELECT published || '|' || source || '|' || path FROM documents WHERE source IS NOT NULL";
  CHECK_INT_EQ(store_query_open(s, sql, strlen(sql), &q, &err), LEDE_OK);
  if (q != NULL && store_query_step(q, &has_row, &err) == LEDE_OK && has_row) {
    Span t = store_query_text(q, 0);
    CHECK(t.len > 30 && memcmp(t.ptr, "2020-03-01|Weather Desk|", 24) == 0);
    CHECK(t.len > 8 && memcmp(t.ptr + t.len - 8, "jsonl:4", 7) != 0 && memcmp(t.ptr + t.len - 7, "jsonl:4", 7) == 0);
  }
  store_query_close(q);
  /* again: nothing added, everything skipped */
  CHECK_INT_EQ(ingest_run(s, paths, 1, &opts, &rep, &err), LEDE_OK);
  CHECK_INT_EQ(rep.added, 0);
  CHECK_INT_EQ(rep.skipped, 5);
  ingest_report_free(&rep);
  /* force: reparsed and replaced, still one row per content */
  opts.force = true;
  CHECK_INT_EQ(ingest_run(s, paths, 1, &opts, &rep, &err), LEDE_OK);
  CHECK_INT_EQ(rep.added, 4);
  CHECK_INT_EQ(rep.skipped, 1);
  ingest_report_free(&rep);
  int64_t n = 0;
  store_count(s, &n, &err);
  CHECK_INT_EQ(n, 4);
  /* cancelled before it starts: EINTR, nothing lost */
  volatile int cancel = 1;
  IngestOptions copts = {.cancel = &cancel, .force = true};
  CHECK_INT_EQ(ingest_run(s, paths, 1, &copts, &rep, &err), LEDE_EINTR);
  ingest_report_free(&rep);
  store_count(s, &n, &err);
  CHECK_INT_EQ(n, 4);
  CHECK_INT_EQ(store_close(s, &err), LEDE_OK);
  /* a read-only corpus: the run stops with a clear message */
  CHECK_INT_EQ(store_open(db, STORE_READONLY, &s, &err), LEDE_OK);
  const char *one[] = {tmp_path("in/sub/c.txt")};
  opts.force = true;
  CHECK_INT_EQ(ingest_run(s, one, 1, &opts, &rep, &err), LEDE_EIO);
  CHECK(strstr(err.msg, "corpus.db: the corpus is open read-only") != NULL);
  ingest_report_free(&rep);
  store_close(s, NULL);
  CHECK_INT_EQ(count_docs(db), 4);
}

/* Many small distinct articles in tmpdir/name/ (for the disk and reader tests). */
static void make_many(const char *name, int n) {
  mkdir(tmp_path(name), 0755);
  for (int i = 0; i < n; i++) {
    char file[64];
    snprintf(file, sizeof file, "%s/%05d.txt", name, i);
    put_article(file, 1000 + i);
  }
}

/* Full disk: a child limited to a small file size ingests many articles; the
** run stops with an I/O error naming the corpus, and what was committed
** before (a separate earlier run) is intact. */
static void test_full_disk(void) {
  const char *db = tmp_path("full.db");
  Store *s = NULL;
  IngestReport rep = {0};
  const char *first[] = {tmp_path("in/a.txt")};
  if (store_open(db, STORE_CREATE, &s, NULL) != LEDE_OK) return;
  CHECK_INT_EQ(ingest_run(s, first, 1, NULL, &rep, NULL), LEDE_OK);
  ingest_report_free(&rep);
  store_close(s, NULL);
  pid_t pid = fork();
  if (pid == 0) {
    struct rlimit lim = {256 << 10, 256 << 10};
    signal(SIGXFSZ, SIG_IGN);
    if (setrlimit(RLIMIT_FSIZE, &lim) != 0) _exit(3);
    Err err = {0};
    const char *many[] = {tmp_path("many")};
    IngestOptions opts = {.batch_size = 50};
    if (store_open(db, STORE_EXISTING, &s, &err) != LEDE_OK) _exit(4);
    LedeStatus st = ingest_run(s, many, 1, &opts, &rep, &err);
    store_close(s, NULL);
    if (st == LEDE_OK) _exit(5);
    fprintf(stderr, "(expected) %s\n", err.msg);
    _exit(st == LEDE_EIO && strstr(err.msg, "full.db") != NULL && strstr(err.msg, "File too large") != NULL ? 0 : 6);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  Store *r = NULL;
  CHECK_INT_EQ(store_open(db, STORE_EXISTING, &r, NULL), LEDE_OK);
  if (r == NULL) return;
  char buf[64];
  CHECK(strcmp(q_text(r, "PRAGMA integrity_check", buf, sizeof buf), "ok") == 0);
  int64_t n = 0;
  store_count(r, &n, NULL);
  CHECK(n >= 1); /* the first run's document, plus whole batches only */
  CHECK((n - 1) % 50 == 0);
  store_close(r, NULL);
}

/* Another process opens the corpus read-only and counts while an ingest
** writes it in small batches: every open and query succeeds and the count
** never goes down. */
static void test_concurrent_reader(void) {
  const char *db = tmp_path("busy.db");
  Store *s = NULL;
  if (store_open(db, STORE_CREATE, &s, NULL) != LEDE_OK) return;
  store_close(s, NULL);
  pid_t pid = fork();
  if (pid == 0) {
    IngestReport rep = {0};
    const char *many[] = {tmp_path("many")};
    IngestOptions opts = {.batch_size = 5};
    if (store_open(db, STORE_EXISTING, &s, NULL) != LEDE_OK) _exit(4);
    LedeStatus st = ingest_run(s, many, 1, &opts, &rep, NULL);
    _exit(st == LEDE_OK && store_close(s, NULL) == LEDE_OK ? 0 : 1);
  }
  int status = 0, n_polls = 0, n_failed = 0, n_decreases = 0;
  int64_t last = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    int64_t n = count_docs(db);
    n_polls++;
    if (n < 0) n_failed++;
    if (n < last) n_decreases++;
    if (n > last) last = n;
    usleep(5000);
  }
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  CHECK(n_polls > 0);
  CHECK_INT_EQ(n_failed, 0);
  CHECK_INT_EQ(n_decreases, 0);
  CHECK_INT_EQ(count_docs(db), 400);
  /* again: every article is known before parsing (more of them than the
  ** pipeline's window holds, so the writer must be woken by the reader) */
  IngestReport rep = {0};
  const char *many[] = {tmp_path("many")};
  if (store_open(db, STORE_EXISTING, &s, NULL) != LEDE_OK) return;
  CHECK_INT_EQ(ingest_run(s, many, 1, NULL, &rep, NULL), LEDE_OK);
  CHECK_INT_EQ(rep.added, 0);
  CHECK_INT_EQ(rep.skipped, 400);
  ingest_report_free(&rep);
  store_close(s, NULL);
}

/* stdin ("-") as input, and a file the user may not read (in a child that
** drops root, which reads anything): the one is stored, the other a failure
** naming the file. */
static void test_stdin_and_unreadable(void) {
  put_article("stdin.txt", 7);
  put_article("secret.txt", 8);
  chmod(tmp_path("secret.txt"), 0);
  const char *db = tmp_path("stdin.db");
  Store *s = NULL;
  if (store_open(db, STORE_CREATE, &s, NULL) != LEDE_OK) return;
  store_close(s, NULL);
  chmod(tmpdir, 0777);
  chmod(db, 0666);
  pid_t pid = fork();
  if (pid == 0) {
    if (freopen(tmp_path("stdin.txt"), "rb", stdin) == NULL) _exit(3);
    if (getuid() == 0 && setuid(65534) != 0) _exit(4);
    IngestReport rep = {0};
    const char *paths[] = {"-", tmp_path("secret.txt")};
    if (store_open(db, STORE_EXISTING, &s, NULL) != LEDE_OK) _exit(5);
    LedeStatus st = ingest_run(s, paths, 2, NULL, &rep, NULL);
    const char *why = failure_for(&rep, "/secret.txt");
    bool is_ok = st == LEDE_OK && rep.added == 1 && rep.failed == 1 && why != NULL &&
                 strcmp(why, "Permission denied") == 0;
    store_close(s, NULL);
    _exit(is_ok ? 0 : 1);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  chmod(tmpdir, 0700);
  if (store_open(db, STORE_READONLY, &s, NULL) != LEDE_OK) return;
  char buf[64];
  CHECK(strcmp(q_text(s, "SELECT path FROM documents", buf, sizeof buf), "-") == 0);
  store_close(s, NULL);
}

/* An article cited by two clusters is stored once and is a member of both,
** also when the second cluster comes in a later run. */
static void test_shared_cluster_member(void) {
  PUT("c1.jsonl", "{\"row_id\": 1, \"documents\": [\"Shared report on the storm, officials said.\","
                  " \"Only in one: the river rose, residents said.\"]}\n");
  PUT("c2.jsonl", "{\"row_id\": 2, \"documents\": [\"Shared report on the storm, officials said.\","
                  " \"Only in two: schools closed, the mayor said.\"]}\n");
  Store *s = NULL;
  IngestReport rep = {0};
  if (store_open(tmp_path("clusters.db"), STORE_CREATE, &s, NULL) != LEDE_OK) return;
  const char *first[] = {tmp_path("c1.jsonl")}, *both[] = {tmp_path("c1.jsonl"), tmp_path("c2.jsonl")};
  CHECK_INT_EQ(ingest_run(s, first, 1, NULL, &rep, NULL), LEDE_OK);
  ingest_report_free(&rep);
  CHECK_INT_EQ(ingest_run(s, both, 2, NULL, &rep, NULL), LEDE_OK);
  CHECK_INT_EQ(rep.added, 1);
  CHECK_INT_EQ(rep.skipped, 3);
  ingest_report_free(&rep);
  const char *sql = "SELECT (SELECT count(*) FROM documents) * 100 + (SELECT count(*) FROM cluster_members) * 10"
                    " + (SELECT count(*) FROM cluster_members m JOIN documents d ON d.id = m.doc_id"
                    "    WHERE d.text LIKE 'Shared%')";
  CHECK_INT_EQ(q_int(s, sql), 342); /* 3 documents, 4 memberships, the shared one in 2 */
  store_close(s, NULL);
}

/* The Multi-News sample: 81 clusters, one document per distinct article. */
static void test_multinews_sample(void) {
  const char *shared = getenv("LEDE_SHARED");
  char path[512];
  snprintf(path, sizeof path, "%s/data/multi-news-sample/clusters.jsonl", shared ? shared : "");
  if (shared == NULL || access(path, R_OK) != 0) {
    printf("skipped: Multi-News sample (LEDE_SHARED not set or file absent)\n");
    return;
  }
  Store *s = NULL;
  Err err = {0};
  IngestReport rep = {0};
  if (store_open(":memory:", STORE_CREATE, &s, &err) != LEDE_OK) return;
  const char *paths[] = {path};
  CHECK_INT_EQ(ingest_run(s, paths, 1, NULL, &rep, &err), LEDE_OK);
  CHECK_INT_EQ(rep.failed, 0);
  CHECK_INT_EQ(rep.added + rep.skipped, 251); /* every document of the 81 clusters */
  CHECK(rep.skipped < 20);                      /* articles cited by several clusters */
  const char *sql = "SELECT count(DISTINCT cluster) * 1000 + count(*) FROM cluster_members";
  CHECK_INT_EQ(q_int(s, sql), 81 * 1000 + 245); /* every cluster whole: 251 slots, 6 repeat an article of their own cluster */
  ingest_report_free(&rep);
  store_close(s, NULL);
}

/* The nice value in /proc/<pid>/task/<tid>/stat (field 19; field 2, the
** name, is in parentheses and may hold spaces), or 100 when unreadable. */
static int task_nice(const char *task_dir, const char *tid) {
  char path[384], line[1024];
  snprintf(path, sizeof path, "%s/%s/stat", task_dir, tid);
  FILE *f = fopen(path, "r");
  if (f == NULL) return 100;
  int nice = 100, field = 2;
  if (fgets(line, sizeof line, f) != NULL)
    for (const char *p = strrchr(line, ')'); p != NULL && *p != '\0'; p++)
      if (*p == ' ' && ++field == 19) {
        nice = atoi(p + 1);
        break;
      }
  fclose(f);
  return nice;
}

/* The nice values of this process's threads (Linux /proc); *n of them. */
static void thread_nices(int *nices, int cap, int *n) {
  char task_dir[64];
  snprintf(task_dir, sizeof task_dir, "/proc/%d/task", (int)getpid());
  *n = 0;
  DIR *d = opendir(task_dir);
  if (d == NULL) return;
  for (struct dirent *e; *n < cap && (e = readdir(d)) != NULL;) {
    if (e->d_name[0] == '.') continue;
    int nice = task_nice(task_dir, e->d_name);
    if (nice != 100) nices[(*n)++] = nice;
  }
  closedir(d);
}

/* What the progress callback (on the writer's thread) saw of the threads. */
typedef struct {
  int n_threads, max_nice, min_nice;
} ThreadLook;

static void look_at_threads(const IngestProgress *p, void *user) {
  (void)p;
  ThreadLook *look = user;
  int nices[64], n = 0;
  thread_nices(nices, 64, &n);
  if (n > look->n_threads) look->n_threads = n;
  for (int i = 0; i < n; i++) {
    if (nices[i] > look->max_nice) look->max_nice = nices[i];
    if (nices[i] < look->min_nice) look->min_nice = nices[i];
  }
}

/* The parser threads run at a lower priority than the writer (ingest.c,
** yield_to_writer): the writer keeps the process's nice value. Enough
** articles that the parsers are still at work when the writer's progress
** callback looks. */
static void test_parsers_yield_to_writer(void) {
  char dir[200];
  snprintf(dir, sizeof dir, "/proc/%d/task", (int)getpid());
  struct stat st;
  if (stat(dir, &st) != 0) {
    printf("skipped: parser priority (no /proc)\n");
    return;
  }
  FILE *f = fopen(tmp_path("nice.jsonl"), "w");
  for (int i = 0; f != NULL && i < 4000; i++)
    fprintf(f, "{\"text\": \"Officials said on Monday that %d new cases had been recorded, up from %d.\"}\n", i, i + 7);
  if (f != NULL) fclose(f);
  Store *s = NULL;
  CHECK(store_open(tmp_path("nice.db"), STORE_CREATE, &s, NULL) == LEDE_OK);
  ThreadLook look = {0, -100, 100}; /* max_nice, min_nice: below and above any nice value */
  IngestOptions opts = {.n_threads = 2, .on_progress = look_at_threads, .user = &look};
  IngestReport rep = {0};
  const char *paths[] = {tmp_path("nice.jsonl")};
  CHECK(ingest_run(s, paths, 1, &opts, &rep, NULL) == LEDE_OK);
  CHECK_INT_EQ(rep.added, 4000);
  CHECK(look.n_threads >= 2);
  int nice = getpriority(PRIO_PROCESS, 0), lowered = nice + 10 > 19 ? 19 : nice + 10;
  CHECK_INT_EQ(look.min_nice, nice);
  CHECK_INT_EQ(look.max_nice, lowered);
  ingest_report_free(&rep);
  store_close(s, NULL);
}

int main(void) {
  if (!fixture_tmpdir(tmpdir, sizeof tmpdir, "ingest")) return 1;
  make_inputs();
  make_many("many", 400);
  test_bad_inputs_and_dedupe();
  test_full_disk();
  test_concurrent_reader();
  test_stdin_and_unreadable();
  test_shared_cluster_member();
  test_multinews_sample();
  test_parsers_yield_to_writer();
  fixture_tmpdir_remove(tmpdir);
  return CHECK_DONE();
}

/*
** ingest.c — files to corpus (ingest.h). Three roles: one reader thread
** expands nothing and reads everything (reader.c), hashing each article and
** asking its own read-only connection whether it is already stored; N
** parser threads run article_parse and tokenize each search-index entry
** (store_fts_prepare); the caller's thread is the one writer, storing
** results in input order in batched transactions. A ring of at most
** PIPE_WINDOW jobs and PIPE_MAX_BYTES of input in flight keeps memory flat
** whatever the corpus size (bench_ingest: 99-109 MB peak at 10 MB, 136 MB
** at 1 GB).
*/
#include "ingest.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "fileio.h"
#include "pubdate.h"
#include "reader.h"

/* Jobs between the reader and the writer: about a batch, so that the parsers
** go on while the writer commits one (64 kept them idle for most of each
** commit, a third of the writer's time). */
#define PIPE_WINDOW 1024
#define PIPE_MAX_BYTES ((uint64_t)16 << 20) /* input bytes between them (a parsed
                                            ** article takes several times its size) */
/* Bytes of articles being parsed at once: the parser peaks at about 45
** times an article's size (a 2 MB article: 90 MB), so two big articles
** parse one after the other; one is always allowed, however big. */
#define PARSE_BUDGET ((uint64_t)3 << 20)
#define BATCH_DEFAULT 1000                /* documents per transaction */
#define BATCH_SECONDS 2.0                 /* ... or this long, whichever comes first */
#define PROGRESS_SECONDS 0.1

typedef enum { JOB_ARTICLE, JOB_FAILURE, JOB_FILE_END } JobKind;

/* One unit of work, from the reader through a parser to the writer. */
typedef struct {
  JobKind kind;
  ReaderItem item;    /* the raw article or the failure; owned */
  char hash[65];
  bool is_known;      /* already stored when the reader looked */
  bool is_done;       /* a parser is finished with it */
  Article article;
  StoreFtsEntry fts;  /* its search-index entry, tokenized by the parser
                      ** (left empty when it could not be: then unused) */
  LedeStatus parse_status;
  Err parse_err;
  uint64_t bytes;     /* input bytes it accounts for (progress) */
} Job;

typedef struct {
  pthread_mutex_t mu;
  pthread_cond_t has_work, has_result, has_space;
  Job *ring[PIPE_WINDOW]; /* job number n lives in ring[n % PIPE_WINDOW] */
  size_t n_read, n_taken, n_written;
  uint64_t bytes_in_flight;
  uint64_t bytes_parsing;  /* of the jobs parsers hold now (PARSE_BUDGET) */
  bool is_reader_done, is_stopping;
  /* read-only inputs */
  const PathList *files;
  const IngestOptions *opts;
  const char *store_path;
} Pipe;

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static bool is_cancelled(const IngestOptions *opts) { return opts->cancel != NULL && *opts->cancel != 0; }

static void job_free(Job *job) {
  if (job == NULL) return;
  reader_item_free(&job->item);
  article_free(&job->article);
  store_fts_entry_free(&job->fts);
  free(job);
}

/* ---- the ring ------------------------------------------------------------- */

/* Hands job to the parsers, waiting while the ring is full or too many bytes
** are in flight. False (job freed) when the pipeline is stopping. */
static bool pipe_put(Pipe *p, Job *job) {
  uint64_t n = job->item.len;
  pthread_mutex_lock(&p->mu);
  while (!p->is_stopping && (p->n_read - p->n_written >= PIPE_WINDOW ||
                             (p->bytes_in_flight > 0 && p->bytes_in_flight + n > PIPE_MAX_BYTES)))
    pthread_cond_wait(&p->has_space, &p->mu);
  bool is_stopping = p->is_stopping;
  if (!is_stopping) {
    p->ring[p->n_read % PIPE_WINDOW] = job;
    p->n_read++;
    p->bytes_in_flight += n;
    /* a job that needs no parser is a result already: wake the writer */
    pthread_cond_signal(job->is_done ? &p->has_result : &p->has_work);
  }
  pthread_mutex_unlock(&p->mu);
  if (is_stopping) job_free(job);
  return !is_stopping;
}

/* The next job that needs a parser, or NULL when there will be none. Jobs
** that are done already (failures, known hashes) are passed over, so a
** parser never holds a job the writer may free. */
static Job *pipe_take(Pipe *p) {
  pthread_mutex_lock(&p->mu);
  Job *job = NULL;
  while (!p->is_stopping) {
    while (p->n_taken < p->n_read && p->ring[p->n_taken % PIPE_WINDOW]->is_done) p->n_taken++;
    Job *next = p->n_taken < p->n_read ? p->ring[p->n_taken % PIPE_WINDOW] : NULL;
    if (next != NULL && (p->bytes_parsing == 0 || p->bytes_parsing + next->item.len <= PARSE_BUDGET)) {
      job = next;
      p->n_taken++;
      p->bytes_parsing += job->item.len;
      break;
    }
    if (next == NULL && p->is_reader_done) break;
    pthread_cond_wait(&p->has_work, &p->mu);
  }
  pthread_mutex_unlock(&p->mu);
  return job;
}

static void pipe_done(Pipe *p, Job *job) {
  pthread_mutex_lock(&p->mu);
  job->is_done = true;
  p->bytes_parsing -= job->item.len;
  pthread_cond_broadcast(&p->has_work); /* parsers may wait for the budget */
  pthread_cond_signal(&p->has_result);
  pthread_mutex_unlock(&p->mu);
}

/* The next job in input order once it is parsed, or NULL at the end. The
** writer owns the job from then on. */
static Job *pipe_next_result(Pipe *p) {
  pthread_mutex_lock(&p->mu);
  Job *job = NULL;
  for (;;) {
    if (p->is_stopping) break;
    if (p->n_written < p->n_read && p->ring[p->n_written % PIPE_WINDOW]->is_done) {
      job = p->ring[p->n_written % PIPE_WINDOW];
      p->ring[p->n_written % PIPE_WINDOW] = NULL;
      p->n_written++;
      if (p->n_taken < p->n_written) p->n_taken = p->n_written; /* it needed no parser */
      p->bytes_in_flight -= job->item.len;
      pthread_cond_signal(&p->has_space);
      break;
    }
    if (p->is_reader_done && p->n_written == p->n_read) break;
    pthread_cond_wait(&p->has_result, &p->mu);
  }
  pthread_mutex_unlock(&p->mu);
  return job;
}

static void pipe_stop(Pipe *p) {
  pthread_mutex_lock(&p->mu);
  p->is_stopping = true;
  pthread_cond_broadcast(&p->has_work);
  pthread_cond_broadcast(&p->has_result);
  pthread_cond_broadcast(&p->has_space);
  pthread_mutex_unlock(&p->mu);
}

/* ---- the reader thread ------------------------------------------------------ */

/* A failure job for where, with reason (the "where: " prefix of a core
** message is dropped, since the report shows where separately). */
static Job *failure_job(const char *where, const char *reason) {
  Job *job = calloc(1, sizeof *job);
  if (job == NULL) return NULL;
  size_t n = strlen(where);
  if (strncmp(reason, where, n) == 0 && strncmp(reason + n, ": ", 2) == 0) reason += n + 2;
  job->kind = JOB_FAILURE;
  job->item.where = strdup(where);
  job->item.reason = strdup(reason);
  job->is_done = true;
  return job;
}

/* Turns one reader item into a job: hashed, and looked up in the corpus as
** committed so far (probe may be NULL: no lookup). */
static Job *item_job(ReaderItem *item, Store *probe, bool force) {
  Job *job = calloc(1, sizeof *job);
  if (job == NULL) {
    reader_item_free(item);
    return NULL;
  }
  job->item = *item;
  *item = (ReaderItem){0};
  job->kind = job->item.text != NULL && job->item.reason == NULL ? JOB_ARTICLE : JOB_FAILURE;
  if (job->kind == JOB_FAILURE) {
    job->is_done = true;
    return job;
  }
  store_hash((Span){job->item.text, job->item.len}, job->hash);
  int64_t id = 0;
  if (probe != NULL && !force && store_find_hash(probe, job->hash, &id, NULL) == LEDE_OK) job->is_known = id > 0;
  job->is_done = job->is_known; /* nothing to parse */
  return job;
}

/* Reads one file into the ring; false when the pipeline stops. */
static bool read_file(Pipe *p, const char *path, Store *probe) {
  Err err = {0};
  Reader *r = NULL;
  if (reader_open(path, p->opts->format, &p->opts->fields, &r, &err) != LEDE_OK) {
    Job *job = failure_job(path, err.msg);
    if (job != NULL && !pipe_put(p, job)) return false;
  } else {
    ReaderItem item;
    while (!is_cancelled(p->opts) && reader_next(r, &item)) {
      uint64_t bytes = reader_take_bytes(r);
      Job *job = item_job(&item, probe, p->opts->force);
      if (job == NULL) continue;
      job->bytes = bytes;
      if (!pipe_put(p, job)) {
        reader_close(r);
        return false;
      }
    }
  }
  Job *end = calloc(1, sizeof *end);
  uint64_t rest = r != NULL ? reader_take_bytes(r) : 0;
  reader_close(r);
  if (end == NULL) return true; /* only the progress count misses this file */
  end->kind = JOB_FILE_END;
  end->is_done = true;
  end->bytes = rest;
  return pipe_put(p, end);
}

static void *reader_main(void *arg) {
  Pipe *p = arg;
  Store *probe = NULL;
  if (!p->opts->force && strcmp(p->store_path, ":memory:") != 0)
    (void)store_open(p->store_path, STORE_READONLY, &probe, NULL); /* without it, the writer still dedupes */
  for (size_t i = 0; i < p->files->len && !is_cancelled(p->opts); i++)
    if (!read_file(p, p->files->items[i], probe)) break;
  (void)store_close(probe, NULL); /* read-only: nothing to lose */
  pthread_mutex_lock(&p->mu);
  p->is_reader_done = true;
  pthread_cond_broadcast(&p->has_work);
  pthread_cond_broadcast(&p->has_result);
  pthread_mutex_unlock(&p->mu);
  return NULL;
}

/* What the input said about the job's article. */
static DocMeta job_meta(const Job *job) {
  const ReaderItem *it = &job->item;
  return (DocMeta){it->where, it->source, it->url, it->published, it->cluster, it->title};
}

/* ---- the parser threads ------------------------------------------------------ */

/* Parses the job's article and, with a tokenizer, prepares its search-index
** entry, which spares the writer (the one thread every article waits for)
** the tokenizing. Without one the writer tokenizes, as store_add does. */
static void parse_job(Pipe *p, Job *job, StoreTokenizer *tokenizer) {
  ParseOptions po = {.cancel = p->opts->cancel};
  pubdate_read_prefix(job->item.published, &po); /* an unknown or odd date: none */
  job->parse_status = article_parse((Span){job->item.text, job->item.len}, &po, &job->article, &job->parse_err);
  vec_free(&job->article.tokens); /* the store keeps no tokens: the largest part, freed early */
  if (job->parse_status != LEDE_OK || tokenizer == NULL) return;
  DocMeta meta = job_meta(job);
  (void)store_fts_prepare(tokenizer, &meta, &job->article, &job->fts, NULL); /* failed: empty */
}

/* Lowers the calling parser thread's priority by PARSER_NICE. The writer is
** the one thread every article waits for, and with a window of 1024 jobs
** the parsers can run far ahead of it: at equal priority three busy threads
** on two cores left the writer two thirds of a core. With the parsers at a
** lower priority the scheduler runs the writer whenever it can and the
** parsers on what is left (10 MB: 8.7-10.1 -> 10.1-10.6 MB/s, 100 MB:
** 12.5 -> 11.0 s). Linux gives each thread its own nice value; where
** setpriority cannot do that, or refuses, nothing changes. */
#define PARSER_NICE 10

static void yield_to_writer(void) {
#ifdef SYS_gettid
  id_t tid = (id_t)syscall(SYS_gettid);
  errno = 0;
  int nice = getpriority(PRIO_PROCESS, tid);
  if (errno == 0) (void)setpriority(PRIO_PROCESS, tid, nice + PARSER_NICE > 19 ? 19 : nice + PARSER_NICE);
#endif
}

static void *parser_main(void *arg) {
  Pipe *p = arg;
  yield_to_writer();
  StoreTokenizer *tokenizer = NULL;
  (void)store_tokenizer_open(&tokenizer, NULL); /* without it the writer tokenizes */
  Job *job;
  while ((job = pipe_take(p)) != NULL) {
    if (job->kind == JOB_ARTICLE && !job->is_known) parse_job(p, job, tokenizer);
    pipe_done(p, job);
  }
  store_tokenizer_close(tokenizer);
  return NULL;
}

/* ---- the writer (the caller's thread) ------------------------------------------ */

typedef struct {
  Store *s;
  const IngestOptions *opts;
  IngestReport *report;
  IngestProgress progress;
  size_t batch_docs;       /* documents looked at in the open transaction */
  size_t batch_added;      /* of which stored: counted as added at commit; a
                           ** batch is batch_size of these */
  double batch_started, started, last_progress;
  int64_t first_new_id;    /* the first id this run added; 0 before */
} Writer;

/* Records a failure in the report; false when memory ran out. */
static bool add_failure(IngestReport *report, const char *where, const char *reason) {
  IngestFailure f = {strdup(where ? where : "?"), strdup(reason ? reason : "out of memory")};
  if (f.where == NULL || f.reason == NULL || !vec_push(&report->failures, f)) {
    free(f.where);
    free(f.reason);
    return false;
  }
  report->failed++;
  return true;
}

static void report_progress(Writer *w, bool is_final) {
  double t = now_seconds();
  if (w->opts->on_progress == NULL || (!is_final && t - w->last_progress < PROGRESS_SECONDS)) return;
  w->last_progress = t;
  w->progress.added = w->report->added + w->batch_added;
  w->progress.skipped = w->report->skipped;
  w->progress.failed = w->report->failed;
  w->progress.seconds = t - w->started;
  w->opts->on_progress(&w->progress, w->opts->user);
}

static LedeStatus commit_batch(Writer *w, Err *err) {
  if (w->batch_docs == 0 && w->batch_added == 0) return LEDE_OK;
  LedeStatus st = store_commit(w->s, err);
  if (st != LEDE_OK) return st;
  w->report->added += w->batch_added;
  w->batch_docs = w->batch_added = 0;
  return LEDE_OK;
}

/* Stores one parsed article inside the open batch. Duplicates are skipped
** (or replaced with force); an article SQLite refuses is a failure of that
** item; anything else (disk full, I/O, memory) stops the run. */
static LedeStatus store_job(Writer *w, Job *job, Err *err) {
  LedeStatus st = LEDE_OK;
  if (w->batch_docs == 0 && (st = store_begin(w->s, err)) != LEDE_OK) return st;
  if (w->batch_docs == 0) w->batch_started = now_seconds();
  w->batch_docs++;
  int64_t id = 0;
  if ((st = store_find_hash(w->s, job->hash, &id, err)) != LEDE_OK) return st;
  bool is_from_this_run = id > 0 && w->first_new_id > 0 && id >= w->first_new_id;
  if (id > 0 && (!w->opts->force || is_from_this_run)) {
    w->report->skipped++;
    return store_add_cluster(w->s, id, job->item.cluster, err); /* stored once, member of each */
  }
  if (job->is_known) { /* deleted by someone else since it was read: nothing parsed to store */
    w->report->skipped++;
    return LEDE_OK;
  }
  if (id > 0 && (st = store_delete(w->s, id, err)) != LEDE_OK) return st;
  const ReaderItem *it = &job->item;
  DocMeta meta = job_meta(job);
  Err add_err = {0};
  st = store_add_prepared(w->s, &meta, (Span){it->text, it->len}, job->hash, &job->article, &job->fts, &id,
                          &add_err);
  if (st == LEDE_ESQL) return add_failure(w->report, it->where, add_err.msg) ? LEDE_OK : LEDE_ENOMEM;
  if (st != LEDE_OK) return err_set(err, st, "%s", add_err.msg);
  if (w->first_new_id == 0) w->first_new_id = id;
  w->batch_added++;
  return LEDE_OK;
}

/* Handles one job in input order; returns what stops the run, if anything. */
static LedeStatus write_job(Writer *w, Job *job, Err *err) {
  w->progress.bytes_done += job->bytes;
  switch (job->kind) {
    case JOB_FILE_END: w->progress.files_done++; return LEDE_OK;
    case JOB_FAILURE:
      return add_failure(w->report, job->item.where, job->item.reason) ? LEDE_OK : LEDE_ENOMEM;
    case JOB_ARTICLE: break;
  }
  if (job->is_known && job->item.cluster == NULL) {
    w->report->skipped++;
    return LEDE_OK;
  }
  if (job->is_known) return store_job(w, job, err); /* to record its cluster */
  if (job->parse_status == LEDE_EINTR) return err_set(err, LEDE_EINTR, "interrupted");
  if (job->parse_status != LEDE_OK)
    return add_failure(w->report, job->item.where, job->parse_err.msg) ? LEDE_OK : LEDE_ENOMEM;
  return store_job(w, job, err);
}

/* The writer loop: store results in order, commit every batch, report
** progress. On a fatal error the open batch is rolled back; on cancel it is
** committed (it is whole), then LEDE_EINTR. */
static LedeStatus write_all(Writer *w, Pipe *p, Err *err) {
  size_t batch_size = w->opts->batch_size > 0 ? w->opts->batch_size : BATCH_DEFAULT;
  LedeStatus st = LEDE_OK;
  Job *job;
  while (st == LEDE_OK && (job = pipe_next_result(p)) != NULL) {
    st = write_job(w, job, err);
    job_free(job);
    if (st == LEDE_OK && w->batch_docs > 0 &&
        (w->batch_added >= batch_size || now_seconds() - w->batch_started >= BATCH_SECONDS))
      st = commit_batch(w, err);
    if (st == LEDE_OK && is_cancelled(w->opts)) st = err_set(err, LEDE_EINTR, "interrupted");
    report_progress(w, false);
  }
  if (st == LEDE_OK && is_cancelled(w->opts)) st = err_set(err, LEDE_EINTR, "interrupted");
  if (st == LEDE_OK || st == LEDE_EINTR) {
    LedeStatus cst = commit_batch(w, st == LEDE_OK ? err : NULL);
    if (st == LEDE_OK) st = cst;
  }
  if (st != LEDE_OK && st != LEDE_EINTR) store_rollback(w->s);
  w->batch_docs = w->batch_added = 0;
  return st;
}

/* ---- the run ------------------------------------------------------------------- */

static const char *const walk_suffixes[] = {".txt", ".jsonl", ".ndjson", ".src", ".html", ".htm", NULL};

/* Expands every path into files; paths that name nothing (or folders with
** no article) become failures in the report, and totals go to *progress. */
static LedeStatus expand_paths(const char *const *paths, size_t n_paths, PathList *files,
                               IngestReport *report, IngestProgress *progress, Err *err) {
  const WalkFilter filter = {walk_suffixes};
  for (size_t i = 0; i < n_paths; i++) {
    Err e = {0};
    size_t before = files->len;
    struct stat st;
    bool is_dir = stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode);
    LedeStatus rc = paths_expand(paths[i], &filter, files, &e);
    if (rc == LEDE_ENOMEM) return err_set(err, rc, "%s", e.msg);
    const char *msg = rc != LEDE_OK ? e.msg : NULL;
    if (rc == LEDE_OK && is_dir && files->len == before) msg = "no articles found (no .txt, .jsonl, .ndjson, .src, .html or .htm file)";
    if (msg != NULL) {
      Job *tmp = failure_job(paths[i], msg); /* reuses the prefix trimming */
      bool is_ok = tmp != NULL && add_failure(report, tmp->item.where, tmp->item.reason);
      job_free(tmp);
      if (!is_ok) return err_set(err, LEDE_ENOMEM, "out of memory");
    }
  }
  progress->files_total = files->len;
  for (size_t i = 0; i < files->len; i++) {
    struct stat st;
    if (stat(files->items[i], &st) == 0) progress->bytes_total += (uint64_t)st.st_size;
  }
  return LEDE_OK;
}

static int thread_count(const IngestOptions *opts) {
  long n = opts->n_threads > 0 ? opts->n_threads : sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

/* Starts the reader (*has_reader) and up to n parsers (*n_started). */
static void start_threads(Pipe *p, pthread_t *reader, bool *has_reader, pthread_t *parsers, int n,
                          int *n_started) {
  *n_started = 0;
  *has_reader = pthread_create(reader, NULL, reader_main, p) == 0;
  for (int i = 0; *has_reader && i < n; i++) {
    if (pthread_create(&parsers[i], NULL, parser_main, p) != 0) break;
    (*n_started)++;
  }
}

/* Stops and joins every thread, then frees the jobs still in the ring. */
static void stop_threads(Pipe *p, pthread_t reader, bool has_reader, const pthread_t *parsers,
                         int n_started) {
  pipe_stop(p);
  if (has_reader) pthread_join(reader, NULL);
  for (int i = 0; i < n_started; i++) pthread_join(parsers[i], NULL);
  for (size_t n = p->n_written; n < p->n_read; n++) job_free(p->ring[n % PIPE_WINDOW]);
}

LedeStatus ingest_run(Store *s, const char *const *paths, size_t n_paths, const IngestOptions *opts,
                      IngestReport *report, Err *err) {
  static const IngestOptions defaults = {0};
  if (opts == NULL) opts = &defaults;
  Writer w = {.s = s, .opts = opts, .report = report, .started = now_seconds()};
  PathList files = {0};
  LedeStatus st = expand_paths(paths, n_paths, &files, report, &w.progress, err);
  if (st != LEDE_OK) {
    pathlist_free(&files);
    return st;
  }
  Pipe p = {.files = &files, .opts = opts, .store_path = store_path(s)};
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.has_work, NULL);
  pthread_cond_init(&p.has_result, NULL);
  pthread_cond_init(&p.has_space, NULL);
  int n_started = 0;
  bool has_reader = false;
  pthread_t reader, parsers[64];
  start_threads(&p, &reader, &has_reader, parsers, thread_count(opts), &n_started);
  if (n_started == 0) st = err_set(err, LEDE_ENOMEM, "cannot start the ingest threads");
  else st = write_all(&w, &p, err);
  stop_threads(&p, reader, has_reader, parsers, n_started);
  report_progress(&w, true);
  pthread_cond_destroy(&p.has_space);
  pthread_cond_destroy(&p.has_result);
  pthread_cond_destroy(&p.has_work);
  pthread_mutex_destroy(&p.mu);
  pathlist_free(&files);
  return st;
}

void ingest_report_free(IngestReport *report) {
  for (size_t i = 0; i < report->failures.len; i++) {
    free(report->failures.items[i].where);
    free(report->failures.items[i].reason);
  }
  vec_free(&report->failures);
  report->added = report->skipped = report->failed = 0;
}

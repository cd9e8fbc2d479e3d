/*
** ingest.h — from files to the store: readers (plain text, folders, globs,
** stdin, JSON Lines, Multi-News), dedupe by content hash, parsing on several
** threads with one writer thread, batched transactions, progress reports and
** a per-item failure list. The core prints nothing: progress goes to a
** callback, failures into the report.
*/
#ifndef LEDE_INGEST_H
#define LEDE_INGEST_H

#include "store.h"

typedef enum {
  INPUT_AUTO,      /* by extension and content */
  INPUT_TEXT,      /* one article per file */
  INPUT_JSONL,     /* one article per line */
  INPUT_MULTINEWS, /* articles joined by "|||||" or story_separator_special_tag */
  INPUT_HTML       /* one web page per file: its readable text and head metadata */
} InputFormat;

/* Where the fields of a JSON Lines record are; NULL means the defaults
** (text: "text", then "body", then "content"; "title", "url", "date",
** "source"). */
typedef struct {
  const char *text, *title, *url, *date, *source;
} JsonlFields;

/* Progress, as the writer sees it; the callback runs on the caller's
** thread and should be quick. */
typedef struct {
  size_t files_done, files_total;
  uint64_t bytes_done, bytes_total;
  size_t added, skipped, failed;
  double seconds; /* since the start */
} IngestProgress;

typedef struct {
  int n_threads;         /* parser threads; 0: the number of cores */
  bool force;            /* reparse documents already stored (replace them) */
  InputFormat format;
  JsonlFields fields;
  size_t batch_size;     /* documents per transaction; 0: a default */
  const volatile int *cancel; /* when *cancel becomes non-zero: stop, keep what is committed */
  void (*on_progress)(const IngestProgress *p, void *user);
  void *user;
} IngestOptions;

/* One item that could not be stored: where ("news.jsonl:12", "a.txt") and why. */
typedef struct {
  char *where;
  char *reason;
} IngestFailure;

typedef struct {
  size_t added, skipped, failed;
  VEC(IngestFailure) failures;
} IngestReport;

/* Ingests every path (files, folders, globs, "-" for stdin) into s. One bad
** item never stops the others: it goes into report->failures. Returns
** LEDE_OK when the run completed (even with failed items), LEDE_EINTR when
** cancelled, or an error that stopped the run (the store failing, a full
** disk); batches committed before that stay stored. */
LedeStatus ingest_run(Store *s, const char *const *paths, size_t n_paths, const IngestOptions *opts,
                      IngestReport *report, Err *err);

/* Frees the failure list. */
void ingest_report_free(IngestReport *report);

#endif

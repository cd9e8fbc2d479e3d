/*
** cmd_ingest.c — `lede ingest DB PATH... [--force] [--format F] [--threads N]
** [-q]`: ingests files, folders and globs into the corpus DB with a progress
** bar on a terminal, then prints a summary and every failure. Exit status 1
** when any item failed.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "host.h"
#include "ingest.h"
#include "progress.h"

typedef struct {
  IngestOptions opts;
  bool is_quiet;
  const char *db;
  VEC(const char *) paths;
} IngestArgs;

/* Reads --format's value into the options. */
static bool read_format(const char *s, InputFormat *out) {
  static const struct { const char *name; InputFormat format; } formats[] = {
      {"auto", INPUT_AUTO}, {"text", INPUT_TEXT}, {"txt", INPUT_TEXT},
      {"jsonl", INPUT_JSONL}, {"multinews", INPUT_MULTINEWS}};
  for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
    if (strcmp(s, formats[i].name) == 0) {
      *out = formats[i].format;
      return true;
    }
  }
  return false;
}

static int read_args(IngestArgs *a, int argc, char **argv) {
  for (int i = 0; i < argc; i++) {
    const char *arg = argv[i];
    bool has_value = i + 1 < argc;
    if (strcmp(arg, "--force") == 0) a->opts.force = true;
    else if (strcmp(arg, "-q") == 0 || strcmp(arg, "--quiet") == 0) a->is_quiet = true;
    else if (strcmp(arg, "--format") == 0) {
      if (!has_value) return usage_error("ingest: missing value after", arg);
      if (!read_format(argv[++i], &a->opts.format))
        return usage_error("ingest: --format must be auto, text, jsonl or multinews, got", argv[i]);
    } else if (strcmp(arg, "--threads") == 0) {
      if (!has_value) return usage_error("ingest: missing value after", arg);
      char *end;
      long n = strtol(argv[++i], &end, 10);
      if (*end != '\0' || n < 1 || n > 256) return usage_error("ingest: --threads wants 1..256, got", argv[i]);
      a->opts.n_threads = (int)n;
    } else if (arg[0] == '-' && arg[1] != '\0') {
      return usage_error("ingest: unknown option", arg);
    } else if (a->db == NULL) {
      a->db = arg;
    } else if (!vec_push(&a->paths, arg)) {
      fputs("lede: out of memory\n", stderr);
      return EXIT_ERROR;
    }
  }
  if (a->db == NULL) return usage_error("ingest: missing corpus database", NULL);
  if (a->paths.len == 0) return usage_error("ingest: no files to ingest", NULL);
  return EXIT_OK;
}

/* Prints what happened (the counts unless quiet, failures always); returns
** the exit status it implies. */
static int summarize(const IngestReport *r, LedeStatus st, const Err *err, bool is_quiet) {
  if (!is_quiet)
    printf("added %zu, skipped %zu (already stored), failed %zu\n", r->added, r->skipped, r->failed);
  for (size_t i = 0; i < r->failures.len; i++)
    fprintf(stderr, "lede: %s: %s\n", r->failures.items[i].where, r->failures.items[i].reason);
  if (st == LEDE_EINTR) fputs("lede: interrupted; the batches committed before stay stored\n", stderr);
  else if (st != LEDE_OK) fprintf(stderr, "lede: %s\n", err->msg);
  return st == LEDE_OK && r->failed == 0 ? EXIT_OK : EXIT_ERROR;
}

static void interrupt_store(void *store) { store_interrupt(store); }

int cmd_ingest(int argc, char **argv) {
  IngestArgs a = {0};
  int status = read_args(&a, argc, argv);
  if (status != EXIT_OK) {
    vec_free(&a.paths);
    return status;
  }
  Err err = {0};
  Store *store = NULL;
  if (store_open(a.db, STORE_CREATE, &store, &err) != LEDE_OK) {
    fprintf(stderr, "lede: %s\n", err.msg);
    vec_free(&a.paths);
    return EXIT_ERROR;
  }
  host_install_sigint();
  host_watch_interruptible(store, interrupt_store);
  a.opts.cancel = host_cancel_flag();
  if (!a.is_quiet && progress_wanted()) a.opts.on_progress = progress_draw;
  IngestReport report = {0};
  LedeStatus st = ingest_run(store, a.paths.items, a.paths.len, &a.opts, &report, &err);
  if (a.opts.on_progress) progress_done();
  host_unwatch_interruptible(store);
  status = summarize(&report, st, &err, a.is_quiet);
  ingest_report_free(&report);
  if (store_close(store, &err) != LEDE_OK) {
    fprintf(stderr, "lede: %s\n", err.msg);
    status = EXIT_ERROR;
  }
  vec_free(&a.paths);
  return status;
}

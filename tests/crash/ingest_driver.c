/*
** ingest_driver.c — a minimal `lede ingest` for tests that must run the
** ingest in a separate process (the kill -9 crash test, concurrent readers):
** opens or creates DB, calls ingest_run on the paths, prints the summary and
** the failures, and exits 0 (all stored), 1 (items failed) or 2 (the run
** stopped on an error).
**   ingest_driver DB [-j THREADS] [-b BATCH] [-f] [--format text|jsonl|multinews|html] PATH...
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest.h"

static const char *const format_names[] = {"auto", "text", "jsonl", "multinews", "html"};

static int parse_format(const char *name) {
  for (size_t i = 0; i < sizeof format_names / sizeof format_names[0]; i++)
    if (strcmp(name, format_names[i]) == 0) return (int)i;
  return -1;
}

/* Reads the options into opts and returns the index of the first path. */
static int parse_args(int argc, char **argv, IngestOptions *opts) {
  int i = 2;
  for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
    if (strcmp(argv[i], "-f") == 0) opts->force = true;
    else if (strcmp(argv[i], "-j") == 0 && i + 1 < argc) opts->n_threads = atoi(argv[++i]);
    else if (strcmp(argv[i], "-b") == 0 && i + 1 < argc) opts->batch_size = (size_t)atoi(argv[++i]);
    else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc && parse_format(argv[i + 1]) >= 0)
      opts->format = (InputFormat)parse_format(argv[++i]);
    else return -1;
  }
  return i;
}

int main(int argc, char **argv) {
  IngestOptions opts = {0};
  int first = argc >= 3 ? parse_args(argc, argv, &opts) : -1;
  if (first < 0 || first >= argc) {
    fprintf(stderr, "usage: ingest_driver DB [-j N] [-b N] [-f] [--format F] PATH...\n");
    return 2;
  }
  Store *s = NULL;
  Err err = {0};
  if (store_open(argv[1], STORE_CREATE, &s, &err) != LEDE_OK) {
    fprintf(stderr, "%s\n", err.msg);
    return 2;
  }
  IngestReport report = {0};
  LedeStatus st = ingest_run(s, (const char *const *)argv + first, (size_t)(argc - first), &opts, &report, &err);
  printf("added %zu, skipped %zu, failed %zu\n", report.added, report.skipped, report.failed);
  for (size_t i = 0; i < report.failures.len; i++)
    printf("failed: %s: %s\n", report.failures.items[i].where, report.failures.items[i].reason);
  if (st != LEDE_OK) fprintf(stderr, "ingest stopped: %s\n", err.msg);
  Err close_err = {0};
  if (store_close(s, &close_err) != LEDE_OK) {
    fprintf(stderr, "%s\n", close_err.msg);
    st = LEDE_ESQL;
  }
  ingest_report_free(&report);
  return st != LEDE_OK ? 2 : report.failed > 0 ? 1 : 0;
}

/*
** bench_files.h — the input of the parser benches (bench_parse.c,
** bench_text.c): every file the command line names, read whole through the
** core's own fileio.c, so the benches walk folders and read files exactly as
** `lede parse` and the ingest do. Header only: each tests/bench/bench_*.c is
** a program of its own.
*/
#ifndef LEDE_BENCH_FILES_H
#define LEDE_BENCH_FILES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"

/* One input file's bytes (malloc'd: the caller frees raw). */
typedef struct {
  char *raw;
  size_t raw_len;
} BenchFile;

typedef VEC(BenchFile) BenchFiles;

static bool bench_ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Appends to *files what arg names: a file as given, or every file under a
** folder (in name order, hidden entries skipped: fileio.c's walk) whose name
** ends in suffix, case counting (NULL: any). Unreadable and empty files are
** left out; an arg that names nothing is reported on stderr after prog. */
static void bench_read_arg(const char *prog, const char *arg, const char *suffix, BenchFiles *files) {
  PathList paths = {0};
  Err err;
  if (paths_expand(arg, NULL, &paths, &err) != LEDE_OK) fprintf(stderr, "%s: %s\n", prog, err.msg);
  for (size_t i = 0; i < paths.len; i++) {
    const char *path = paths.items[i];
    BenchFile f = {NULL, 0};
    if (suffix != NULL && strcmp(path, arg) != 0 && !bench_ends_with(path, suffix)) continue;
    if (file_read_all(path, &f.raw, &f.raw_len, NULL) != LEDE_OK) continue;
    if (f.raw_len == 0 || !vec_push(files, f)) free(f.raw);
  }
  pathlist_free(&paths);
}

#endif

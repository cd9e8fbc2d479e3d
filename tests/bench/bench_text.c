/*
** bench_text.c — throughput of the text foundations: normalize_text,
** tokens_scan and sentences_split, each timed on its own (best of 3) over
** the files and folders given, repeated to at least 50 MB; prints MB/s per
** stage and the peak RSS. Built with the tests, run by hand:
**   build/tests/bench_text ../shared/data/bbc-news
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "bench_files.h"
#include "normalize.h"
#include "sentence.h"
#include "token.h"

enum { MIN_BYTES = 50 << 20, N_RUNS = 3 };

/* CPU time of this thread: on a shared machine, wall time mostly measures
** the neighbours; a single-threaded stage's CPU time is its cost. */
static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef enum { STAGE_NORMALIZE, STAGE_TOKENS, STAGE_SENTENCES } Stage;

/* Runs one stage over every file, passes times; returns the seconds taken
** and adds the number of items produced to *n_items. norms[i] is file i
** normalized once, for the token and sentence runs. */
static double run_stage(Stage stage, const BenchFiles *files, const Article *norms, int passes,
                        size_t *n_items) {
  TokenVec tokens = {0};
  RangeVec sentences = {0};
  double t0 = now();
  for (int pass = 0; pass < passes; pass++) {
    for (size_t i = 0; i < files->len; i++) {
      const BenchFile *f = &files->items[i];
      const Article *norm = &norms[i];
      Range all = {0, norm->len};
      if (stage == STAGE_NORMALIZE) {
        Article a = {0};
        if (normalize_text((Span){f->raw, f->raw_len}, &a, NULL) == LEDE_OK) *n_items += a.len;
        free(a.text);
        vec_free(&a.offset_map);
      } else if (stage == STAGE_TOKENS) {
        tokens.len = 0;
        tokens_scan(norm->text, all, &tokens);
        *n_items += tokens.len;
      } else {
        sentences.len = 0;
        sentences_split(norm->text, all, &sentences);
        *n_items += sentences.len;
      }
    }
  }
  double elapsed = now() - t0;
  vec_free(&tokens);
  vec_free(&sentences);
  return elapsed;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: bench_text FILE_OR_DIR...\n");
    return 2;
  }
  BenchFiles files = {0};
  for (int i = 1; i < argc; i++) bench_read_arg("bench_text", argv[i], NULL, &files);
  Article *norms = calloc(files.len + 1, sizeof *norms); /* + 1: no input is not out of memory */
  if (norms == NULL) { fprintf(stderr, "bench_text: out of memory\n"); return 1; }
  size_t total = 0, n_ok = 0;
  for (size_t i = 0; i < files.len; i++) {
    const BenchFile *f = &files.items[i];
    if (normalize_text((Span){f->raw, f->raw_len}, &norms[i], NULL) == LEDE_OK) n_ok++;
    total += f->raw_len;
  }
  if (total == 0) { fprintf(stderr, "bench_text: no input\n"); return 1; }
  int passes = (int)((MIN_BYTES + total - 1) / total);
  double mb = (double)total * passes / (1024.0 * 1024.0);
  printf("%zu files (%zu normalized), %.1f MB, %d passes = %.1f MB per run; thread CPU time, best of %d\n", files.len, n_ok,
         (double)total / (1024.0 * 1024.0), passes, mb, N_RUNS);
  static const char *const names[] = {"normalize", "tokens", "sentences"};
  for (Stage s = STAGE_NORMALIZE; s <= STAGE_SENTENCES; s++) {
    double best = 1e30;
    size_t n_items = 0;
    for (int run = 0; run < N_RUNS; run++) {
      n_items = 0;
      double t = run_stage(s, &files, norms, passes, &n_items);
      if (t < best) best = t;
    }
    printf("%-10s %8.1f MB/s  (%zu %s per run)\n", names[s], mb / best, n_items,
           s == STAGE_NORMALIZE ? "bytes" : s == STAGE_TOKENS ? "tokens" : "sentences");
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("peak RSS   %8.1f MB\n", (double)ru.ru_maxrss / 1024.0);
  for (size_t i = 0; i < files.len; i++) {
    free(files.items[i].raw);
    free(norms[i].text);
    vec_free(&norms[i].offset_map);
  }
  free(norms);
  vec_free(&files);
  return 0;
}

/*
** bench_parse.c — throughput of the whole article parser: article_parse on
** every article given (the .txt files under the folders, or files named
** outright), repeated to at least 50 MB, then each stage function timed on
** its own in pipeline order on the same articles. Prints MB/s, articles/s
** and peak RSS. Built with the tests, run by hand:
**   build/tests/bench_parse ../shared/data/bbc-news ../shared/data/polnear
** Options: --min-mb N (default 50; 0 = one pass), --no-stages, --stage NAME
** (time only that stage, e.g. under perf record). "words" is the pipeline's
** word pass (one lexing of each body block for tokens, entities, numbers
** and dates); "lex" is that lexing alone, and the rows after it time each
** of those stages on its own, each lexing for itself. For a
** repeatable figure on a busy machine, count instructions instead:
**   valgrind --tool=callgrind --toggle-collect=article_parse \
**     build/tests/bench_parse --min-mb 0 --no-stages DIR...
** and divide the Ir total by the bytes printed.
**
** Last measured (session 8's end; bbc-news + polnear: 3,149 articles,
** 9,318,871 bytes; a 2-core virtual machine whose speed moves by a few
** percent from run to run): full parse 51.0 MB/s of thread CPU (median of
** 8 runs alternating with the session's start binary, 50.3-51.5; the start
** binary 45.6, 45.3-45.9: +12%); callgrind on bbc-news alone 510.2M
** instructions in article_parse, 101.3 per byte (555.1M, 110.2 at the
** session's start; 820.0M at session 5's), and 5.00M mispredicted
** conditional branches in its simulation (6.03M; it moves by ~0.1M with
** code layout alone). The target is 50 MB/s. The same article parsed over
** and over runs at 77-86 MB/s (three BBC articles, each given alone): much
** of the rest is branches the predictor cannot learn across texts. Peak
** RSS 13.2 MB (11.1 MB of it the inputs held in memory).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "article.h"
#include "bench_files.h"
#include "blocks.h"
#include "date.h"
#include "entity.h"
#include "normalize.h"
#include "number.h"
#include "quote.h"
#include "sentence.h"
#include "token.h"

enum { N_RUNS = 3 };

/* CPU time of this thread: on a shared machine, wall time mostly measures
** the neighbours; a single-threaded parse's CPU time is its cost. */
static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Parses every doc `passes` times with article_parse, freeing each article
** at once (so memory stays bounded by the largest one). Returns the seconds
** taken; *n_failed counts articles refused (binary, empty). */
static double run_full(const BenchFiles *docs, int passes, size_t *n_failed) {
  double t0 = now();
  for (int pass = 0; pass < passes; pass++) {
    for (size_t i = 0; i < docs->len; i++) {
      Article a;
      if (article_parse((Span){docs->items[i].raw, docs->items[i].raw_len}, NULL, &a, NULL) != LEDE_OK)
        (*n_failed)++;
      article_free(&a);
    }
  }
  return now() - t0;
}

/* ---- per-stage timing ---------------------------------------------------- */

/* One stage as the pipeline runs it. A stage that appends (numbers, dates)
** has its output emptied first, so each run does the same work. */
static LedeStatus st_blocks(Article *a) { return blocks_classify(a, NULL); }
static LedeStatus st_tokens(Article *a) { return tokens_find(a, NULL); }
static LedeStatus st_sentences(Article *a) { return sentences_find(a, NULL); }
static LedeStatus st_entities(Article *a) { return entities_find(a, NULL); }
static LedeStatus st_quotes(Article *a) { return quotes_find(a, NULL); }
static LedeStatus st_numbers(Article *a) { a->numbers.len = 0; return numbers_find(a, NULL); }
static LedeStatus st_dates(Article *a) { a->dates.len = 0; return dates_find(a, NULL, NULL); }

/* The word pass as article.c runs it: each body block lexed once for
** tokens, entities, numbers and dates. */
static LedeStatus st_words(Article *a) { return article_word_pass(a, NULL, NULL); }

/* Only the lexing that the word pass shares. */
static LedeStatus nothing_in(Article *a, const NumberToks *toks, void *ctx) {
  (void)a, (void)toks, (void)ctx;
  return LEDE_OK;
}
static LedeStatus st_lex(Article *a) { return number_each_stretch(a, NULL, nothing_in, NULL); }

typedef struct {
  const char *name;
  LedeStatus (*run)(Article *a); /* NULL: normalize, which reads the raw doc */
  bool in_pipeline; /* false: shown for comparison, the pipeline runs it inside "words" */
} StageRow;

static const StageRow stage_rows[] = {
    {"normalize", NULL, true},         {"blocks", st_blocks, true},
    {"sentences", st_sentences, true}, {"words", st_words, true},
    {"quotes", st_quotes, true},       {"lex", st_lex, false},
    {"tokens", st_tokens, false},      {"entities", st_entities, false},
    {"numbers", st_numbers, false},    {"dates", st_dates, false},
};

/* Runs one stage over every parsed article `passes` times; returns seconds. */
static double run_stage(const StageRow *row, const BenchFiles *docs, Article *parsed, int passes) {
  double t0 = now();
  for (int pass = 0; pass < passes; pass++) {
    for (size_t i = 0; i < docs->len; i++) {
      if (parsed[i].text == NULL) continue;
      if (row->run != NULL) { row->run(&parsed[i]); continue; }
      Article a = {0};
      normalize_text((Span){docs->items[i].raw, docs->items[i].raw_len}, &a, NULL);
      article_free(&a);
    }
  }
  return now() - t0;
}

/* Parses every doc once and keeps the articles, then times each stage on
** its own (best of N_RUNS) and prints its MB/s of raw input and its share
** of the summed times of the stages as the pipeline runs them. only (when not NULL) names the one stage to
** time, e.g. to profile it. */
static void run_stages(const BenchFiles *docs, int passes, double mb, const char *only) {
  enum { N_STAGES = sizeof stage_rows / sizeof stage_rows[0] };
  Article *parsed = calloc(docs->len, sizeof *parsed);
  if (parsed == NULL) return;
  for (size_t i = 0; i < docs->len; i++)
    if (article_parse((Span){docs->items[i].raw, docs->items[i].raw_len}, NULL, &parsed[i], NULL) != LEDE_OK)
      article_free(&parsed[i]);
  double best[N_STAGES], sum = 0;
  for (size_t s = 0; s < N_STAGES; s++) {
    best[s] = 0;
    if (only != NULL && strcmp(only, stage_rows[s].name) != 0) continue;
    for (int run = 0; run < N_RUNS; run++) {
      double t = run_stage(&stage_rows[s], docs, parsed, passes);
      if (run == 0 || t < best[s]) best[s] = t;
    }
    if (stage_rows[s].in_pipeline) sum += best[s];
  }
  printf("per stage (each on its own, best of %d):\n", N_RUNS);
  for (size_t s = 0; s < N_STAGES; s++)
    if (only == NULL || strcmp(only, stage_rows[s].name) == 0)
      printf("  %-10s %9.1f MB/s  %5.1f%%%s\n", stage_rows[s].name, mb / best[s], 100.0 * best[s] / sum,
             stage_rows[s].in_pipeline ? "" : "  (alone, own lexing; in the pipeline: part of words)");
  if (only == NULL) printf("  %-10s %9.1f MB/s\n", "(sum)", mb / sum);
  for (size_t i = 0; i < docs->len; i++) article_free(&parsed[i]);
  free(parsed);
}

/* Peak resident memory of the process so far, in MB. */
static double peak_rss_mb(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)ru.ru_maxrss / 1024.0;
}

int main(int argc, char **argv) {
  double min_mb = 50;
  bool with_stages = true;
  const char *only = NULL;
  BenchFiles docs = {0};
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--min-mb") == 0 && i + 1 < argc) min_mb = atof(argv[++i]);
    else if (strcmp(argv[i], "--no-stages") == 0) with_stages = false;
    else if (strcmp(argv[i], "--stage") == 0 && i + 1 < argc) only = argv[++i];
    else bench_read_arg("bench_parse", argv[i], ".txt", &docs);
  }
  size_t total = 0, largest = 0;
  for (size_t i = 0; i < docs.len; i++) {
    total += docs.items[i].raw_len;
    if (docs.items[i].raw_len > largest) largest = docs.items[i].raw_len;
  }
  if (total == 0) {
    fprintf(stderr, "usage: bench_parse [--min-mb N] [--no-stages] [--stage NAME] FILE_OR_DIR...\n");
    return 2;
  }
  double min_bytes = min_mb * 1024.0 * 1024.0;
  int passes = min_bytes > (double)total ? (int)((min_bytes + (double)total - 1) / (double)total) : 1;
  double mb = (double)total * passes / (1024.0 * 1024.0);
  double rss_inputs = peak_rss_mb();
  printf("%zu articles, %zu bytes (largest %zu), %d passes = %.1f MB; thread CPU time\n", docs.len, total,
         largest, passes, mb);
  if (only == NULL) {
    size_t n_failed = 0;
    double t = run_full(&docs, passes, &n_failed);
    printf("full parse %9.1f MB/s  %9.0f articles/s  (%zu refused)\n", mb / t,
           (double)docs.len * passes / t, n_failed / (size_t)passes);
    printf("peak RSS   %9.1f MB  (%.1f MB after loading the inputs)\n", peak_rss_mb(), rss_inputs);
  }
  if (with_stages) run_stages(&docs, passes, mb, only);
  for (size_t i = 0; i < docs.len; i++) free(docs.items[i].raw);
  vec_free(&docs);
  return 0;
}

/*
** bench_kernels.c — speed of the analysis kernels on real news text (the
** BBC articles of ../shared/data/bbc-news, replicated with small edits to
** make a larger corpus): MinHash signature throughput on one and two
** threads, LSH duplicate grouping for N documents, passage alignment and
** word diff of two 5,000-word documents, ROUGE per pair, TF-IDF top-k.
**
** Usage: bench_kernels [N_DOCS]   (default 50000; about 2.2 KB per document)
*/
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "align.h"
#include "diff.h"
#include "fileio.h"
#include "minhash.h"
#include "rouge.h"
#include "terms.h"
#include "tfidf.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef VEC(Span) SpanVec;

/* Reads every BBC article under shared into *docs (the caller frees each
** ptr). False when the folder is missing. */
static bool load_bbc(const char *shared, SpanVec *docs) {
  char dir[1024];
  snprintf(dir, sizeof dir, "%s/data/bbc-news", shared);
  static const char *const txt[] = {".txt", NULL};
  WalkFilter filter = {txt};
  PathList paths = {0};
  if (paths_expand(dir, &filter, &paths, NULL) != LEDE_OK) return false;
  for (size_t i = 0; i < paths.len; i++) {
    char *text = NULL;
    size_t len = 0;
    if (strstr(paths.items[i], "README") != NULL) continue;
    if (file_read_all(paths.items[i], &text, &len, NULL) == LEDE_OK) vec_push(docs, ((Span){text, len}));
  }
  pathlist_free(&paths);
  return docs->len > 0;
}

/* Copy number `copy` of base: every (7 + copy % 29)-th word gets its first
** letter changed, so copies of one article are near- but not exact
** duplicates. The caller frees the result. */
static char *variant(Span base, size_t copy) {
  char *t = malloc(base.len + 1);
  memcpy(t, base.ptr, base.len);
  t[base.len] = 0;
  if (copy == 0) return t;
  size_t every = 7 + copy % 29, word = 0;
  for (size_t i = 0; i < base.len; i++)
    if ((i == 0 || t[i - 1] == ' ') && t[i] != ' ' && word++ % every == copy % every) t[i] = 'q';
  return t;
}

/* ---- MinHash ------------------------------------------------------------ */

typedef struct {
  const SpanVec *docs;
  MinHash *sigs;
  size_t from, to;
} SigJob;

static void *sig_worker(void *arg) {
  SigJob *job = arg;
  for (size_t d = job->from; d < job->to; d++) minhash_text(job->docs->items[d], 5, &job->sigs[d]);
  return NULL;
}

/* Signatures of all docs on n_threads threads; returns the seconds taken. */
static double sign_all(const SpanVec *docs, MinHash *sigs, int n_threads) {
  pthread_t th[8];
  SigJob jobs[8];
  double t0 = now();
  for (int i = 0; i < n_threads; i++) {
    jobs[i] = (SigJob){docs, sigs, docs->len * (size_t)i / (size_t)n_threads,
                       docs->len * (size_t)(i + 1) / (size_t)n_threads};
    pthread_create(&th[i], NULL, sig_worker, &jobs[i]);
  }
  for (int i = 0; i < n_threads; i++) pthread_join(th[i], NULL);
  return now() - t0;
}

static void bench_minhash(const SpanVec *bbc, size_t n_docs) {
  SpanVec docs = {0};
  size_t bytes = 0;
  for (size_t d = 0; d < n_docs; d++) {
    Span base = bbc->items[d % bbc->len];
    char *t = variant(base, d / bbc->len);
    vec_push(&docs, ((Span){t, base.len}));
    bytes += base.len;
  }
  MinHash *sigs = malloc(n_docs * sizeof *sigs);
  double t1 = sign_all(&docs, sigs, 1), t2 = sign_all(&docs, sigs, 2);
  double mb = (double)bytes / 1e6;
  printf("minhash: %zu docs, %.1f MB: signatures %.2f s on 1 thread (%.0f MB/s), "
         "%.2f s on 2 (%.0f MB/s)\n", n_docs, mb, t1, mb / t1, t2, mb / t2);
  MinHashGroups g = {0};
  double t0 = now();
  minhash_duplicates(sigs, n_docs, 0.8, &g, NULL);
  double tg = now() - t0;
  MinHashBands bb = minhash_bands_for(0.8 * 0.85);
  printf("minhash: duplicates at 0.8 (%zu bands x %zu rows): %.2f s, %zu groups holding %zu docs\n",
         bb.bands, bb.rows, tg, minhash_group_count(&g), g.members.len);
  printf("minhash: 1 GB would take about %.0f s of signatures on 2 threads + %.1f s grouping "
         "(linear extrapolation)\n", 1000 / (mb / t2), tg * 1000 / mb);
  minhash_groups_free(&g);
  for (size_t d = 0; d < docs.len; d++) free((char *)docs.items[d].ptr);
  vec_free(&docs);
  free(sigs);
}

/* ---- alignment and diff ------------------------------------------------- */

/* Term ids of the BBC articles joined until n_terms, into *ids. */
static void first_terms(const SpanVec *bbc, size_t start, size_t n_terms, TermMap *m, TermIdVec *ids) {
  for (size_t d = start; ids->len < n_terms && d < bbc->len; d++)
    terms_from_text(bbc->items[d].ptr, (Range){0, bbc->items[d].len}, NULL, m, ids, NULL);
  if (ids->len > n_terms) ids->len = n_terms;
}

static void bench_align(const SpanVec *bbc) {
  TermMap m = {0};
  TermIdVec a = {0}, b = {0};
  double t0 = now();
  first_terms(bbc, 0, 5000, &m, &a);
  double t_terms = now() - t0;
  /* b: a's second half, then its first half, every 30th term changed */
  for (size_t i = 0; i < a.len; i++) vec_push(&b, a.items[(i + a.len / 2) % a.len]);
  for (size_t i = 15; i < b.len; i += 30) b.items[i] = 9999999;
  AlignPassageVec p = {0};
  int reps = 20;
  t0 = now();
  for (int r = 0; r < reps; r++) align_passages(a.items, a.len, b.items, b.len, NULL, &p, NULL);
  double t_align = (now() - t0) / reps;
  printf("align: two %zu-term documents: %.2f ms per alignment, %zu passages (terms of one: %.2f ms)\n",
         a.len, t_align * 1000, p.len, t_terms * 1000);
  /* diff: a against itself with every 100th term changed, and against an unrelated text */
  vec_free(&b);
  for (size_t i = 0; i < a.len; i++) vec_push(&b, i % 100 == 50 ? 9999999u : a.items[i]);
  DiffRunVec runs = {0};
  t0 = now();
  for (int r = 0; r < reps; r++) diff_terms(a.items, a.len, b.items, b.len, &runs, NULL);
  double t_diff = (now() - t0) / reps;
  b.len = 0;
  first_terms(bbc, 100, 5000, &m, &b);
  t0 = now();
  diff_terms(a.items, a.len, b.items, b.len, &runs, NULL);
  double t_far = now() - t0;
  printf("diff: 5,000 terms with 50 edits: %.2f ms; two unrelated 5,000-term texts (edit cap %d): %.1f ms\n",
         t_diff * 1000, DIFF_MAX_EDITS, t_far * 1000);
  vec_free(&runs);
  vec_free(&p);
  vec_free(&a);
  vec_free(&b);
  termmap_free(&m);
}

/* ---- ROUGE and TF-IDF ---------------------------------------------------- */

/* The first n whitespace words of s. */
static Span first_words(Span s, size_t n) {
  size_t i = 0, words = 0;
  for (; i < s.len; i++)
    if (s.ptr[i] == ' ' && ++words == n) break;
  return (Span){s.ptr, i};
}

static void bench_rouge_pairs(const SpanVec *bbc) {
  RougeOptions o = {.stem = true};
  Rouge *rg = rouge_new(&o);
  size_t pairs = bbc->len - 1 < 2000 ? bbc->len - 1 : 2000;
  RougeScores sc;
  double t0 = now(), sum = 0;
  for (size_t i = 0; i < pairs; i++) {
    Span ref = first_words(bbc->items[i + 1], 250);
    rouge_score(rg, first_words(bbc->items[i], 250), &ref, 1, &sc, NULL);
    sum += sc.rouge1.f;
  }
  double t = now() - t0;
  printf("rouge: %zu pairs of 250-word texts (stemmed): %.1f us per pair (mean R-1 F %.3f)\n", pairs,
         t * 1e6 / (double)pairs, sum / (double)pairs);
  rouge_free(rg);
}

static void bench_tfidf(const SpanVec *bbc) {
  TermMap m = {0};
  TermIdVec ids = {0};
  TfidfIndex ix = {0};
  double t0 = now();
  for (size_t d = 0; d < bbc->len; d++) {
    ids.len = 0;
    terms_from_text(bbc->items[d].ptr, (Range){0, bbc->items[d].len}, NULL, &m, &ids, NULL);
    tfidf_add_doc(&ix, ids.items, ids.len, NULL);
  }
  tfidf_finish(&ix, TFIDF_TF_LOG);
  double t_build = now() - t0;
  TfidfHitVec hits = {0};
  size_t queries = bbc->len < 500 ? bbc->len : 500;
  t0 = now();
  for (size_t q = 0; q < queries; q++) tfidf_top_k(&ix, q, 10, &hits, NULL);
  double t_q = (now() - t0) / (double)queries;
  printf("tfidf: %zu documents indexed in %.0f ms (terms included); top-10 similar: %.2f ms per query\n",
         bbc->len, t_build * 1000, t_q * 1000);
  vec_free(&hits);
  vec_free(&ids);
  tfidf_free(&ix);
  termmap_free(&m);
}

int main(int argc, char **argv) {
  const char *shared = getenv("LEDE_SHARED");
  SpanVec bbc = {0};
  if (!load_bbc(shared ? shared : "../shared", &bbc)) {
    fprintf(stderr, "bench_kernels: no BBC articles (set LEDE_SHARED)\n");
    return 1;
  }
  size_t n_docs = argc > 1 ? (size_t)strtoull(argv[1], NULL, 10) : 50000;
  printf("corpus: %zu BBC articles\n", bbc.len);
  bench_minhash(&bbc, n_docs);
  bench_align(&bbc);
  bench_rouge_pairs(&bbc);
  bench_tfidf(&bbc);
  for (size_t d = 0; d < bbc.len; d++) free((char *)bbc.items[d].ptr);
  vec_free(&bbc);
  return 0;
}

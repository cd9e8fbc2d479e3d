/*
** bench_rouge.c — where lede's extractive summaries stand on Multi-News
** (the train clusters of ../shared/data/multi-news-sample): each cluster's
** articles go through article_parse, their body sentences are summarised
** by four methods at the length of the cluster's reference summary, and
** ROUGE-1/2/L/Lsum F (Porter stemming, as ROUGE-1.5.5 -m) against the
** reference is averaged over clusters.
**
** Methods, all truncated to the reference's word count (whitespace words,
** as ROUGE-1.5.5 -l does):
**   lead-3      the first 3 body sentences of each article, articles in
**               cluster order (Multi-News's "First-3");
**   lead-rr     SUM_LEAD: first sentences of all articles, then second...;
**   lexrank     SUM_LEXRANK: by centrality alone;
**   mmr         SUM_MMR: centrality with redundancy control (lede's default).
** The summaries are built sentence by sentence until they reach the budget
** (the last sentence cut), one sentence per line for ROUGE-Lsum.
**
** Usage: bench_rouge [clusters.jsonl] [lambda max_similarity]
** (default path: $LEDE_SHARED/data/multi-news-sample/clusters.jsonl).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "article.h"
#include "fileio.h"
#include "json.h"
#include "rouge.h"
#include "sentence.h"
#include "summarize.h"

enum { M_LEAD3, M_LEAD_RR, M_LEXRANK, M_MMR, N_METHODS };
static const char *const method_names[N_METHODS] = {"lead-3", "lead-rr", "lexrank", "mmr"};

typedef VEC(SumSentence) SentVec;

/* Whitespace-separated words in s. */
static size_t count_words(Span s) {
  size_t n = 0;
  bool in_word = false;
  for (size_t i = 0; i < s.len; i++) {
    bool space = s.ptr[i] == ' ' || s.ptr[i] == '\n' || s.ptr[i] == '\t' || s.ptr[i] == '\r';
    if (!space && !in_word) n++;
    in_word = !space;
  }
  return n;
}

/* Appends sentence s to sb as one line, cut to the words left in *budget. */
static void append_cut(StrBuf *sb, Span s, size_t *budget) {
  size_t i = 0, words = 0;
  bool in_word = false;
  for (; i < s.len; i++) {
    bool space = s.ptr[i] == ' ' || s.ptr[i] == '\n' || s.ptr[i] == '\t' || s.ptr[i] == '\r';
    if (!space && !in_word && words++ == *budget) break;
    in_word = !space;
  }
  for (size_t k = 0; k < i; k++) strbuf_append_char(sb, s.ptr[k] == '\n' ? ' ' : s.ptr[k]);
  strbuf_append_char(sb, '\n');
  *budget -= words > *budget ? *budget : words;
}

/* A sentence's position in its article (sents come article by article). */
static size_t position_of(const SentVec *sents, size_t i) {
  size_t first = i;
  while (first > 0 && sents->items[first - 1].doc == sents->items[i].doc) first--;
  return i - first;
}

/* Sorts picked sentence indices into reading order: position in the
** article, then article. */
static void reading_order(const SentVec *sents, SumIndexVec *pick) {
  for (size_t i = 1; i < pick->len; i++) { /* insertion sort: a few dozen items */
    size_t x = pick->items[i], j = i;
    for (; j > 0; j--) {
      size_t y = pick->items[j - 1], px = position_of(sents, x), py = position_of(sents, y);
      if (py < px || (py == px && sents->items[y].doc <= sents->items[x].doc)) break;
      pick->items[j] = y;
    }
    pick->items[j] = x;
  }
}

/* Picks sentences of method m, in rank order, until they hold budget words. */
static void pick_sentences(int m, const SentVec *sents, size_t budget, const SumOptions *tuned,
                           SumIndexVec *pick) {
  pick->len = 0;
  if (m == M_LEAD3) {
    for (size_t i = 0; i < sents->len; i++)
      if (position_of(sents, i) < 3) vec_push(pick, i);
    return;
  }
  SumOptions o = *tuned;
  o.method = m == M_LEAD_RR ? SUM_LEAD : m == M_LEXRANK ? SUM_LEXRANK : SUM_MMR;
  o.max_sentences = 60;
  o.max_words = 0;
  SumIndexVec all = {0};
  if (summarize_select(sents->items, sents->len, &o, &all, NULL) != LEDE_OK) all.len = 0;
  size_t words = 0;
  for (size_t i = 0; i < all.len && words < budget; i++) {
    vec_push(pick, all.items[i]);
    words += count_words(sents->items[all.items[i]].text);
  }
  vec_free(&all);
  reading_order(sents, pick);
}

/* The summary of method m over sents as text, one sentence a line, cut to
** budget words. */
static void build_summary(int m, const SentVec *sents, size_t budget, const SumOptions *tuned,
                          StrBuf *sb) {
  SumIndexVec pick = {0};
  pick_sentences(m, sents, budget, tuned, &pick);
  size_t left = budget;
  for (size_t i = 0; i < pick.len && left > 0; i++) append_cut(sb, sents->items[pick.items[i]].text, &left);
  vec_free(&pick);
}

/* Parses every article of a cluster and appends its body sentences. */
static void cluster_sentences(const JsonValue *docs, Article *arts, SentVec *sents) {
  for (size_t d = 0; d < json_len(docs); d++) {
    Span raw = json_string(json_at(docs, d));
    if (article_parse(raw, NULL, &arts[d], NULL) != LEDE_OK) continue;
    for (size_t i = 0; i < arts[d].sentences.len; i++) {
      Range r = arts[d].sentences.items[i];
      SumSentence s = {{arts[d].text + r.start, r.end - r.start}, d};
      vec_push(sents, s);
    }
  }
}

/* The reference summary without its leading dash, one sentence a line. */
static void reference_lines(Span summary, StrBuf *sb) {
  size_t at = 0;
  while (at < summary.len && (summary.ptr[at] == ' ' || (unsigned char)summary.ptr[at] >= 0x80 ||
                              summary.ptr[at] == '-'))
    at++; /* "– " (U+2013) */
  RangeVec rs = {0};
  sentences_split(summary.ptr, (Range){at, summary.len}, &rs);
  for (size_t i = 0; i < rs.len; i++) {
    for (size_t k = rs.items[i].start; k < rs.items[i].end; k++)
      strbuf_append_char(sb, summary.ptr[k] == '\n' ? ' ' : summary.ptr[k]);
    strbuf_append_char(sb, '\n');
  }
  vec_free(&rs);
}

typedef struct {
  double r1, r2, rl, rlsum;
} Totals;

/* Scores every method on one cluster line; returns false when the line is
** not a usable cluster. */
static bool score_cluster(Span line, Rouge *rg, const SumOptions *tuned, Totals tot[N_METHODS],
                          double *seconds) {
  JsonDoc doc = {0};
  if (json_parse(line, &doc, NULL) != LEDE_OK) return false;
  const JsonValue *docs = json_get(&doc.root, "documents");
  Span summary = json_string(json_get(&doc.root, "summary"));
  size_t n_docs = json_len(docs);
  if (n_docs == 0 || summary.len == 0) {
    json_doc_free(&doc);
    return false;
  }
  Article *arts = calloc(n_docs, sizeof *arts);
  SentVec sents = {0};
  StrBuf ref = {0}, cand = {0};
  cluster_sentences(docs, arts, &sents);
  reference_lines(summary, &ref);
  size_t budget = count_words((Span){ref.ptr, ref.len});
  for (int m = 0; m < N_METHODS; m++) {
    strbuf_clear(&cand);
    clock_t t0 = clock();
    build_summary(m, &sents, budget, tuned, &cand);
    seconds[m] += (double)(clock() - t0) / CLOCKS_PER_SEC;
    RougeScores sc;
    Span r = {ref.ptr, ref.len};
    if (rouge_score(rg, (Span){cand.ptr, cand.len}, &r, 1, &sc, NULL) != LEDE_OK) continue;
    tot[m].r1 += sc.rouge1.f, tot[m].r2 += sc.rouge2.f;
    tot[m].rl += sc.rouge_l.f, tot[m].rlsum += sc.rouge_lsum.f;
  }
  strbuf_free(&ref);
  strbuf_free(&cand);
  vec_free(&sents);
  for (size_t d = 0; d < n_docs; d++) article_free(&arts[d]);
  free(arts);
  json_doc_free(&doc);
  return true;
}

int main(int argc, char **argv) {
  char path[1024];
  const char *shared = getenv("LEDE_SHARED");
  if (argc > 1) snprintf(path, sizeof path, "%s", argv[1]);
  else snprintf(path, sizeof path, "%s/data/multi-news-sample/clusters.jsonl", shared ? shared : "../shared");
  SumOptions tuned = summarize_default_options();
  if (argc > 3) tuned.lambda = atof(argv[2]), tuned.max_similarity = atof(argv[3]);
  char *text = NULL;
  size_t len = 0;
  Err err = {0};
  if (file_read_all(path, &text, &len, &err) != LEDE_OK) {
    fprintf(stderr, "bench_rouge: %s\n", err.msg);
    return 1;
  }
  RougeOptions ro = {.stem = true};
  Rouge *rg = rouge_new(&ro);
  Totals tot[N_METHODS] = {{0}};
  double seconds[N_METHODS] = {0};
  size_t n_clusters = 0;
  for (size_t at = 0; at < len;) {
    const char *nl = memchr(text + at, '\n', len - at);
    size_t end = nl ? (size_t)(nl - text) : len;
    if (end > at && score_cluster((Span){text + at, end - at}, rg, &tuned, tot, seconds)) n_clusters++;
    at = end + 1;
  }
  printf("Multi-News sample: %zu clusters, budget = reference length in words; "
         "ROUGE F x 100 (Porter stemming); MMR lambda %.2f, max_similarity %.2f\n",
         n_clusters, tuned.lambda, tuned.max_similarity);
  printf("%-8s %7s %7s %7s %7s %10s\n", "method", "R-1", "R-2", "R-L", "R-Lsum", "ms/cluster");
  for (int m = 0; m < N_METHODS && n_clusters > 0; m++) {
    double k = 100.0 / (double)n_clusters;
    printf("%-8s %7.2f %7.2f %7.2f %7.2f %10.2f\n", method_names[m], tot[m].r1 * k, tot[m].r2 * k,
           tot[m].rl * k, tot[m].rlsum * k, seconds[m] * 1000 / (double)n_clusters);
  }
  rouge_free(rg);
  free(text);
  return n_clusters > 0 ? 0 : 1;
}

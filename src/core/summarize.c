/*
** summarize.c — LexRank centrality and MMR selection (summarize.h). A
** sentence becomes a TF-IDF vector of its content words (stop words
** dropped, optionally stemmed); the graph keeps cosines above a threshold
** as weighted edges (found through tfidf's inverted index, never as a
** dense matrix); power iteration gives centrality; a greedy loop picks
** sentences under the length limits.
*/
#include "summarize.h"

#include <math.h>
#include <string.h>

#include "stem.h"
#include "terms.h"
#include "tfidf.h"

SumOptions summarize_default_options(void) {
  return (SumOptions){SUM_MMR, 5, 0, 6, 0.6, 0.6, 0.1, 0.85, true};
}

/* Function words that carry no topic (sorted, for bsearch). */
static const char *const stop_words[] = {
    "'s", "a", "about", "after", "against", "all", "also", "an", "and", "any", "are", "as", "at",
    "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could",
    "did", "do", "does", "during", "each", "even", "for", "from", "had", "has", "have", "he", "her",
    "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
    "just", "last", "many", "may", "me", "more", "most", "mr", "mrs", "ms", "much", "must", "my",
    "new", "no", "nor", "not", "now", "of", "on", "one", "only", "or", "other", "our", "out",
    "over", "said", "says", "she", "should", "since", "so", "some", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
    "two", "under", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which",
    "while", "who", "whom", "why", "will", "with", "would", "year", "years", "you", "your"};

static int cmp_stop(const void *key, const void *elem) {
  const Span *k = key;
  const char *w = *(const char *const *)elem;
  size_t wl = strlen(w), n = k->len < wl ? k->len : wl;
  int c = memcmp(k->ptr, w, n);
  return c != 0 ? c : (k->len > wl) - (k->len < wl);
}

static bool is_stop_word(Span w) {
  return bsearch(&w, stop_words, sizeof stop_words / sizeof *stop_words, sizeof *stop_words,
                 cmp_stop) != NULL;
}

/* What the sentences become: content-term vectors and the facts the
** selection needs. */
typedef struct {
  TfidfIndex tfidf;  /* one "document" per sentence */
  size_t *n_words;   /* words (terms before stop-word removal) per sentence */
  size_t *position;  /* index of the sentence within its document */
  size_t *doc_rank;  /* order in which the sentence's document first appears */
} SumModel;

static void model_free(SumModel *m) {
  tfidf_free(&m->tfidf);
  free(m->n_words);
  free(m->position);
  free(m->doc_rank);
}

#define NO_TERM UINT32_MAX

typedef VEC(uint32_t) U32Vec;

/* The content term of word id w (interned in *terms), or NO_TERM for a stop
** word; cached in *word_term by word id. */
static LedeStatus content_term(const TermMap *words, uint32_t w, Stemmer *st, TermMap *terms,
                               U32Vec *word_term, uint32_t *out) {
  while (word_term->len <= w) {
    Span word = termmap_term(words, (uint32_t)word_term->len);
    uint32_t t = NO_TERM;
    if (!is_stop_word(word)) {
      char buf[STEM_MAX_WORD + 64];
      size_t n = 0;
      LedeStatus rc = st != NULL ? stemmer_stem(st, word, buf, sizeof buf, &n) : LEDE_EINPUT;
      Span term = rc == LEDE_OK ? (Span){buf, n} : word; /* too long or no stemmer: as is */
      if (rc == LEDE_ENOMEM || termmap_intern(terms, term, &t) != LEDE_OK) return LEDE_ENOMEM;
    }
    if (!vec_push(word_term, t)) return LEDE_ENOMEM;
  }
  *out = word_term->items[w];
  return LEDE_OK;
}

/* Records each sentence's position in its document and its document's
** rank (order of first appearance). */
static LedeStatus model_positions(SumModel *m, const SumSentence *sents, size_t n) {
  TermMap docs = {0};
  size_t *seen = calloc(n > 0 ? n : 1, sizeof *seen); /* sentences so far, by rank */
  LedeStatus rc = seen != NULL ? LEDE_OK : LEDE_ENOMEM;
  for (size_t i = 0; rc == LEDE_OK && i < n; i++) {
    uint32_t rank = 0;
    rc = termmap_intern(&docs, (Span){(const char *)&sents[i].doc, sizeof sents[i].doc}, &rank);
    if (rc != LEDE_OK) break;
    m->doc_rank[i] = rank;
    m->position[i] = seen[rank]++;
  }
  termmap_free(&docs);
  free(seen);
  return rc;
}

/* Builds *m from the sentences (the TF-IDF index finished). */
static LedeStatus model_build(SumModel *m, const SumSentence *sents, size_t n, const SumOptions *o) {
  memset(m, 0, sizeof *m);
  size_t cnt = n > 0 ? n : 1;
  m->n_words = malloc(cnt * sizeof *m->n_words);
  m->position = malloc(cnt * sizeof *m->position);
  m->doc_rank = malloc(cnt * sizeof *m->doc_rank);
  Stemmer *st = o->stem ? stemmer_new(STEM_ENGLISH) : NULL;
  if (m->n_words == NULL || m->position == NULL || m->doc_rank == NULL || (o->stem && st == NULL)) {
    stemmer_free(st);
    return LEDE_ENOMEM;
  }
  TermMap words = {0}, terms = {0};
  TermIdVec ids = {0};
  U32Vec word_term = {0};
  LedeStatus rc = model_positions(m, sents, n);
  for (size_t i = 0; rc == LEDE_OK && i < n; i++) {
    ids.len = 0;
    rc = terms_from_text(sents[i].text.ptr, (Range){0, sents[i].text.len}, NULL, &words, &ids, NULL);
    m->n_words[i] = ids.len;
    size_t kept = 0;
    for (size_t j = 0; rc == LEDE_OK && j < ids.len; j++) {
      uint32_t t;
      rc = content_term(&words, ids.items[j], st, &terms, &word_term, &t);
      if (rc == LEDE_OK && t != NO_TERM) ids.items[kept++] = t;
    }
    if (rc == LEDE_OK) rc = tfidf_add_doc(&m->tfidf, ids.items, kept, NULL);
  }
  if (rc == LEDE_OK) rc = tfidf_finish(&m->tfidf, TFIDF_TF_LOG);
  stemmer_free(st);
  termmap_free(&words);
  termmap_free(&terms);
  vec_free(&ids);
  vec_free(&word_term);
  return rc;
}

/* ---- LexRank ------------------------------------------------------------ */

/* The sentence graph: edges of sentence i are edges[starts[i], starts[i+1])
** as (neighbour, cosine); row_sum[i] is the sum of i's cosines. */
typedef struct {
  TfidfEntryVec edges;
  VEC(size_t) starts;
  double *row_sum;
} SumGraph;

static void graph_free(SumGraph *g) {
  vec_free(&g->edges);
  vec_free(&g->starts);
  free(g->row_sum);
}

/* Builds the graph of cosines >= threshold between distinct sentences,
** accumulating dot products over the postings of each sentence's terms. */
static LedeStatus graph_build(const TfidfIndex *ix, double threshold, SumGraph *g) {
  size_t n = ix->n_docs;
  double *dot = calloc(n > 0 ? n : 1, sizeof *dot);
  size_t *touched = malloc((n > 0 ? n : 1) * sizeof *touched);
  g->row_sum = calloc(n > 0 ? n : 1, sizeof *g->row_sum);
  bool ok = dot != NULL && touched != NULL && g->row_sum != NULL && vec_push(&g->starts, (size_t)0);
  for (size_t i = 0; ok && i < n; i++) {
    size_t n_touched = 0;
    TfidfEntryVec q = tfidf_vector(ix, i);
    for (size_t a = 0; a < q.len; a++) {
      const size_t *ps = ix->post_starts.items + q.items[a].id;
      for (size_t p = ps[0]; p < ps[1]; p++) {
        TfidfEntry e = ix->postings.items[p];
        if (dot[e.id] == 0) touched[n_touched++] = e.id;
        dot[e.id] += (double)q.items[a].weight * e.weight;
      }
    }
    for (size_t t = 0; ok && t < n_touched; t++) {
      size_t j = touched[t];
      if (j != i && dot[j] >= threshold) {
        ok = vec_push(&g->edges, ((TfidfEntry){(uint32_t)j, (float)dot[j]}));
        g->row_sum[i] += dot[j];
      }
      dot[j] = 0;
    }
    ok = ok && vec_push(&g->starts, g->edges.len);
  }
  free(dot);
  free(touched);
  return ok ? LEDE_OK : LEDE_ENOMEM;
}

/* PageRank over g with damping d: p = (1 - d) / n + d * (flow along
** normalised edges + the mass of sentences without edges spread evenly),
** until the L1 change is below 1e-9 or after 200 rounds. */
static LedeStatus power_iterate(const SumGraph *g, size_t n, double d, double *p) {
  double *next = malloc((n > 0 ? n : 1) * sizeof *next);
  if (next == NULL) return LEDE_ENOMEM;
  for (size_t i = 0; i < n; i++) p[i] = 1.0 / (double)n;
  for (int round = 0; round < 200; round++) {
    double dangling = 0, change = 0;
    for (size_t i = 0; i < n; i++) {
      next[i] = 0;
      if (g->row_sum[i] <= 0) dangling += p[i];
    }
    for (size_t i = 0; i < n; i++) {
      if (g->row_sum[i] <= 0) continue;
      for (size_t e = g->starts.items[i]; e < g->starts.items[i + 1]; e++)
        next[g->edges.items[e].id] += p[i] * g->edges.items[e].weight / g->row_sum[i];
    }
    for (size_t i = 0; i < n; i++) {
      double v = (1 - d) / (double)n + d * (next[i] + dangling / (double)n);
      change += fabs(v - p[i]);
      p[i] = v;
    }
    if (change < 1e-9) break;
  }
  free(next);
  return LEDE_OK;
}

static LedeStatus check_options(const SumOptions *o, Err *err) {
  if (!(o->lambda >= 0 && o->lambda <= 1) || !(o->damping >= 0 && o->damping < 1) ||
      !(o->max_similarity > 0) ||
      !(o->edge_threshold >= 0) || (unsigned)o->method > SUM_MMR)
    return err_set(err, LEDE_EINPUT, "summarize: lambda must be in [0, 1], damping in [0, 1), "
                   "max_similarity > 0, edge_threshold >= 0");
  return LEDE_OK;
}

/* Centrality of the model's sentences into scores (n entries). */
static LedeStatus model_centrality(const SumModel *m, const SumOptions *o, double *scores) {
  SumGraph g = {0};
  LedeStatus rc = graph_build(&m->tfidf, o->edge_threshold, &g);
  if (rc == LEDE_OK) rc = power_iterate(&g, m->tfidf.n_docs, o->damping, scores);
  graph_free(&g);
  return rc;
}

LedeStatus summarize_centrality(const SumSentence *sents, size_t n, const SumOptions *opts,
                                double *scores, Err *err) {
  SumOptions o = opts != NULL ? *opts : summarize_default_options();
  LedeStatus rc = check_options(&o, err);
  if (rc != LEDE_OK) return rc;
  SumModel m;
  rc = model_build(&m, sents, n, &o);
  if (rc == LEDE_OK) rc = model_centrality(&m, &o, scores);
  model_free(&m);
  return rc == LEDE_OK ? LEDE_OK : err_set(err, rc, "summarize: out of memory");
}

/* ---- selection ---------------------------------------------------------- */

/* The state of the greedy pick: what is taken and what it costs. */
typedef struct {
  const SumModel *m;
  const SumOptions *o;
  size_t n, words;
  bool *is_taken;
  double *max_sim; /* highest cosine to a taken sentence (MMR) */
  SumIndexVec *out;
} Picker;

/* True when sentence i may still be added under the options' limits. */
static bool fits(const Picker *pk, size_t i) {
  if (pk->is_taken[i] || pk->m->n_words[i] < pk->o->min_words || pk->m->n_words[i] == 0) return false;
  if (pk->max_sim != NULL && pk->max_sim[i] >= pk->o->max_similarity) return false;
  return pk->o->max_words == 0 || pk->words + pk->m->n_words[i] <= pk->o->max_words;
}

static bool is_full(const Picker *pk) {
  return pk->o->max_sentences > 0 && pk->out->len >= pk->o->max_sentences;
}

static LedeStatus take(Picker *pk, size_t i) {
  if (!vec_push(pk->out, i)) return LEDE_ENOMEM;
  pk->is_taken[i] = true;
  pk->words += pk->m->n_words[i];
  if (pk->max_sim != NULL)
    for (size_t j = 0; j < pk->n; j++) {
      double c = tfidf_cosine(&pk->m->tfidf, i, j);
      if (c > pk->max_sim[j]) pk->max_sim[j] = c;
    }
  return LEDE_OK;
}

/* The index of the sentence maximising the method's objective among those
** that fit, or n when none does. centrality is scaled to [0, 1]. */
static size_t best_next(const Picker *pk, const double *centrality) {
  size_t best = pk->n;
  double best_score = -INFINITY;
  for (size_t i = 0; i < pk->n; i++) {
    if (!fits(pk, i)) continue;
    double s;
    if (pk->o->method == SUM_LEAD) /* earlier position, then earlier document */
      s = -(double)pk->m->position[i] * (double)pk->n - (double)pk->m->doc_rank[i];
    else if (pk->o->method == SUM_LEXRANK) s = centrality[i];
    else s = pk->o->lambda * centrality[i] - (1 - pk->o->lambda) * pk->max_sim[i];
    if (s > best_score) best_score = s, best = i;
  }
  return best;
}

/* A chosen sentence and its reading-order key. */
typedef struct {
  size_t position, doc_rank, index;
} ReadingKey;

/* Reading order: position within the document, then document rank. */
static int cmp_reading(const void *x, const void *y) {
  const ReadingKey *a = x, *b = y;
  if (a->position != b->position) return a->position < b->position ? -1 : 1;
  return (a->doc_rank > b->doc_rank) - (a->doc_rank < b->doc_rank);
}

/* Puts out's indices in reading order. */
static LedeStatus order_for_reading(const SumModel *m, SumIndexVec *out) {
  ReadingKey *keys = malloc((out->len > 0 ? out->len : 1) * sizeof *keys);
  if (keys == NULL) return LEDE_ENOMEM;
  for (size_t i = 0; i < out->len; i++) {
    size_t s = out->items[i];
    keys[i] = (ReadingKey){m->position[s], m->doc_rank[s], s};
  }
  qsort(keys, out->len, sizeof *keys, cmp_reading);
  for (size_t i = 0; i < out->len; i++) out->items[i] = keys[i].index;
  free(keys);
  return LEDE_OK;
}

/* Picks sentences greedily into pk->out until a limit is reached. */
static LedeStatus pick(Picker *pk, double *centrality) {
  double top = 0;
  for (size_t i = 0; i < pk->n; i++)
    if (centrality[i] > top) top = centrality[i];
  for (size_t i = 0; top > 0 && i < pk->n; i++) centrality[i] /= top;
  while (!is_full(pk)) {
    size_t next = best_next(pk, centrality);
    if (next == pk->n) break;
    LedeStatus rc = take(pk, next);
    if (rc != LEDE_OK) return rc;
  }
  return LEDE_OK;
}

/* summarize and summarize_select: the choice in reading order or as
** picked. */
static LedeStatus summarize_run(const SumSentence *sents, size_t n, const SumOptions *opts,
                                SumIndexVec *out, bool is_reading_order, Err *err) {
  SumOptions o = opts != NULL ? *opts : summarize_default_options();
  out->len = 0;
  LedeStatus rc = check_options(&o, err);
  if (rc != LEDE_OK) return rc;
  if (o.max_sentences == 0 && o.max_words == 0)
    return err_set(err, LEDE_EINPUT, "summarize: set max_sentences or max_words");
  SumModel m;
  rc = model_build(&m, sents, n, &o);
  size_t cnt = n > 0 ? n : 1;
  double *centrality = calloc(cnt, sizeof *centrality);
  Picker pk = {&m, &o, n, 0, calloc(cnt, sizeof(bool)), NULL, out};
  if (o.method == SUM_MMR) pk.max_sim = calloc(cnt, sizeof *pk.max_sim);
  if (rc == LEDE_OK && (centrality == NULL || pk.is_taken == NULL ||
                        (o.method == SUM_MMR && pk.max_sim == NULL)))
    rc = LEDE_ENOMEM;
  if (rc == LEDE_OK && o.method != SUM_LEAD) rc = model_centrality(&m, &o, centrality);
  if (rc == LEDE_OK) rc = pick(&pk, centrality);
  if (rc == LEDE_OK && is_reading_order) rc = order_for_reading(&m, out);
  free(centrality);
  free(pk.is_taken);
  free(pk.max_sim);
  model_free(&m);
  if (rc != LEDE_OK) {
    out->len = 0;
    return err_set(err, rc, "summarize: out of memory");
  }
  return LEDE_OK;
}

LedeStatus summarize(const SumSentence *sents, size_t n, const SumOptions *opts, SumIndexVec *out,
                     Err *err) {
  return summarize_run(sents, n, opts, out, true, err);
}

LedeStatus summarize_select(const SumSentence *sents, size_t n, const SumOptions *opts,
                            SumIndexVec *out, Err *err) {
  return summarize_run(sents, n, opts, out, false, err);
}

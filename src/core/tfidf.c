/*
** tfidf.c — TF-IDF vectors and similarity (tfidf.h). Each added document
** becomes a run of (term, count) entries, sorted by term; tfidf_finish turns
** counts into unit-length TF-IDF weights and transposes them into postings
** by term, which tfidf_top_k walks to accumulate scores. The stream keeps
** per-term arrays (document frequencies, the query's weights) and scores
** one text at a time against them.
*/
#include "tfidf.h"

#include <math.h>
#include <string.h>

#include "stopwords.h"

double tfidf_weight(TfidfTf tf, double count, double n_docs, double df) {
  double w = tf == TFIDF_TF_RAW ? count : 1 + log(count);
  return w * (log((1 + n_docs) / (1 + df)) + 1);
}

static int cmp_u32(const void *x, const void *y) {
  uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
  return (a > b) - (a < b);
}

/* Grows df to cover term ids below n_terms, with zero counts. */
static bool df_cover(TfidfIndex *ix, size_t n_terms) {
  if (n_terms <= ix->df.len) return true;
  if (!vec_reserve(&ix->df, n_terms)) return false;
  memset(ix->df.items + ix->df.len, 0, (n_terms - ix->df.len) * sizeof *ix->df.items);
  ix->df.len = n_terms;
  return true;
}

LedeStatus tfidf_add_doc(TfidfIndex *ix, const uint32_t *terms, size_t n, size_t *doc) {
  if (ix->is_finished || ix->n_docs >= UINT32_MAX - 1) return LEDE_EINPUT;
  if (ix->starts.len == 0 && !vec_push(&ix->starts, (size_t)0)) return LEDE_ENOMEM;
  if (!vec_reserve(&ix->scratch, n) || !vec_reserve(&ix->starts, ix->starts.len + 1) ||
      !vec_reserve(&ix->entries, ix->entries.len + n))
    return LEDE_ENOMEM;
  uint32_t *sorted = ix->scratch.items;
  if (n > 0) memcpy(sorted, terms, n * sizeof *terms);
  if (n > 1) qsort(sorted, n, sizeof *sorted, cmp_u32);
  if (n > 0 && !df_cover(ix, (size_t)sorted[n - 1] + 1)) return LEDE_ENOMEM;
  /* nothing below can fail: one entry per distinct term, df counted */
  for (size_t i = 0, j; i < n; i = j) {
    for (j = i; j < n && sorted[j] == sorted[i]; j++) {}
    ix->entries.items[ix->entries.len++] = (TfidfEntry){sorted[i], (float)(j - i)};
    ix->df.items[sorted[i]]++;
  }
  ix->starts.items[ix->starts.len++] = ix->entries.len;
  if (doc != NULL) *doc = ix->n_docs;
  ix->n_docs++;
  return LEDE_OK;
}

/* Turns document d's counts into unit-length TF-IDF weights. */
static void weigh_doc(TfidfIndex *ix, size_t d, TfidfTf tf) {
  TfidfEntry *e = ix->entries.items + ix->starts.items[d];
  size_t n = ix->starts.items[d + 1] - ix->starts.items[d];
  double n_docs = (double)ix->n_docs, norm2 = 0;
  for (size_t i = 0; i < n; i++) {
    double w = tfidf_weight(tf, e[i].weight, n_docs, (double)ix->df.items[e[i].id]);
    e[i].weight = (float)w;
    norm2 += w * w;
  }
  double inv = norm2 > 0 ? 1 / sqrt(norm2) : 0;
  for (size_t i = 0; i < n; i++) e[i].weight = (float)(e[i].weight * inv);
}

LedeStatus tfidf_finish(TfidfIndex *ix, TfidfTf tf) {
  if (ix->is_finished) return LEDE_OK;
  if (ix->starts.len == 0 && !vec_push(&ix->starts, (size_t)0)) return LEDE_ENOMEM;
  size_t n_terms = ix->df.len;
  if (!vec_reserve(&ix->post_starts, n_terms + 1) || !vec_reserve(&ix->postings, ix->entries.len))
    return LEDE_ENOMEM;
  for (size_t d = 0; d < ix->n_docs; d++) weigh_doc(ix, d, tf);
  /* postings by term: post_starts from df, then filled in document order */
  size_t *ps = ix->post_starts.items;
  ps[0] = 0;
  for (size_t t = 0; t < n_terms; t++) ps[t + 1] = ps[t] + ix->df.items[t];
  for (size_t d = 0; d < ix->n_docs; d++) {
    for (size_t i = ix->starts.items[d]; i < ix->starts.items[d + 1]; i++) {
      TfidfEntry e = ix->entries.items[i];
      ix->postings.items[ps[e.id]++] = (TfidfEntry){(uint32_t)d, e.weight};
    }
  }
  for (size_t t = n_terms; t > 0; t--) ps[t] = ps[t - 1]; /* cursors back to starts */
  ps[0] = 0;
  ix->post_starts.len = n_terms + 1;
  ix->postings.len = ix->entries.len;
  ix->tf = tf;
  ix->is_finished = true;
  return LEDE_OK;
}

double tfidf_cosine(const TfidfIndex *ix, size_t a, size_t b) {
  TfidfEntryVec x = tfidf_vector(ix, a), y = tfidf_vector(ix, b);
  double dot = 0;
  for (size_t i = 0, j = 0; i < x.len && j < y.len;) {
    if (x.items[i].id < y.items[j].id) i++;
    else if (x.items[i].id > y.items[j].id) j++;
    else dot += (double)x.items[i++].weight * y.items[j++].weight;
  }
  return dot;
}

/* Orders hits best first: higher score, then lower document index. */
static bool hit_better(TfidfHit x, TfidfHit y) {
  return x.score > y.score || (x.score == y.score && x.doc < y.doc);
}

/* Keeps the k best hits in heap[0..*n) as a min-heap (worst on top). */
static void heap_offer(TfidfHit *heap, size_t *n, size_t k, TfidfHit h) {
  size_t i;
  if (*n < k) {
    i = (*n)++;
    for (; i > 0 && hit_better(heap[(i - 1) / 2], h); i = (i - 1) / 2) heap[i] = heap[(i - 1) / 2];
    heap[i] = h;
    return;
  }
  if (!hit_better(h, heap[0])) return;
  for (i = 0;;) { /* sift the new hit down from the root */
    size_t c = 2 * i + 1;
    if (c >= *n) break;
    if (c + 1 < *n && hit_better(heap[c], heap[c + 1])) c++;
    if (!hit_better(h, heap[c])) break;
    heap[i] = heap[c];
    i = c;
  }
  heap[i] = h;
}

static int cmp_hit(const void *x, const void *y) {
  const TfidfHit *a = x, *b = y;
  return hit_better(*a, *b) ? -1 : hit_better(*b, *a) ? 1 : 0;
}

LedeStatus tfidf_top_k(const TfidfIndex *ix, size_t doc, size_t k, TfidfHitVec *out, Err *err) {
  out->len = 0;
  if (!ix->is_finished) return err_set(err, LEDE_EINPUT, "tfidf: index not finished");
  if (doc >= ix->n_docs) return err_set(err, LEDE_EINPUT, "tfidf: no document %zu", doc);
  if (k > ix->n_docs) k = ix->n_docs;
  if (k == 0) return LEDE_OK;
  double *score = calloc(ix->n_docs, sizeof *score);
  if (score == NULL || !vec_reserve(out, k)) {
    free(score);
    return err_set(err, LEDE_ENOMEM, "tfidf: out of memory");
  }
  TfidfEntryVec q = tfidf_vector(ix, doc);
  for (size_t i = 0; i < q.len; i++) {
    const size_t *ps = ix->post_starts.items + q.items[i].id;
    for (size_t p = ps[0]; p < ps[1]; p++)
      score[ix->postings.items[p].id] += (double)q.items[i].weight * ix->postings.items[p].weight;
  }
  for (size_t d = 0; d < ix->n_docs; d++)
    if (d != doc && score[d] > 0) heap_offer(out->items, &out->len, k, (TfidfHit){d, score[d]});
  if (out->len > 1) qsort(out->items, out->len, sizeof *out->items, cmp_hit);
  free(score);
  return LEDE_OK;
}

void tfidf_free(TfidfIndex *ix) {
  vec_free(&ix->df);
  vec_free(&ix->entries);
  vec_free(&ix->starts);
  vec_free(&ix->postings);
  vec_free(&ix->post_starts);
  vec_free(&ix->scratch);
  memset(ix, 0, sizeof *ix);
}

/* ---- the stream ------------------------------------------------------------ */

LedeStatus tfidf_stream_init(TfidfStream *s) {
  *s = (TfidfStream){0};
  return lexer_init(&s->lx, FORM_LOWER, true);
}

void tfidf_stream_free(TfidfStream *s) {
  lexer_free(&s->lx);
  vec_free(&s->df), vec_free(&s->query), vec_free(&s->top), vec_free(&s->tf);
  vec_free(&s->ids), vec_free(&s->touched);
}

/* Lexes text and counts its terms into s->tf, growing every per-term array
** to the vocabulary; s->touched lists the distinct ids. The caller zeroes
** their counts after use (clear_counts). */
static LedeStatus count_terms(TfidfStream *s, Span text) {
  LedeStatus rc = lexer_terms(&s->lx, text, &s->ids);
  if (rc != LEDE_OK) return rc;
  size_t n_terms = termmap_count(&s->lx.map);
  if (!VEC_GROW_ZERO(&s->tf, n_terms) || !VEC_GROW_ZERO(&s->df, n_terms) || !VEC_GROW_ZERO(&s->query, n_terms))
    return LEDE_ENOMEM;
  s->touched.len = 0;
  for (size_t i = 0; i < s->ids.len; i++) {
    uint32_t id = s->ids.items[i];
    if (term_is_marker(id)) continue;
    if (s->tf.items[id]++ == 0 && !vec_push(&s->touched, id)) return LEDE_ENOMEM;
  }
  return LEDE_OK;
}

static void clear_counts(TfidfStream *s) {
  for (size_t i = 0; i < s->touched.len; i++) s->tf.items[s->touched.items[i]] = 0;
}

/* The weight of term id counted in the current text. */
static double stream_weight(const TfidfStream *s, uint32_t id) {
  return tfidf_weight(TFIDF_TF_LOG, s->tf.items[id], (double)s->n_docs, s->df.items[id]);
}

LedeStatus tfidf_stream_add_df(TfidfStream *s, Span text) {
  LedeStatus rc = count_terms(s, text);
  if (rc != LEDE_OK) return rc;
  for (size_t i = 0; i < s->touched.len; i++) s->df.items[s->touched.items[i]]++;
  clear_counts(s);
  s->n_docs++;
  return LEDE_OK;
}

LedeStatus tfidf_stream_df_from(TfidfStream *s, const WordCounter *cn) {
  if (cn->tab.n != 1 || cn->lx.form != FORM_LOWER || s->n_docs != 0) return LEDE_EINPUT;
  for (size_t e = 0; e < cn->tab.stats.len; e++) {
    const uint32_t *key = ngram_key(&cn->tab, e);
    Span form = termmap_term(&cn->lx.map, key[1]);
    uint32_t id;
    if (key[0] != 0 || stopword_is(form)) continue;
    if (termmap_intern(&s->lx.map, form, &id) != LEDE_OK || !VEC_GROW_ZERO(&s->df, (size_t)id + 1))
      return LEDE_ENOMEM;
    s->df.items[id] = cn->tab.stats.items[e].docs;
  }
  s->n_docs = cn->tab.doc_serial;
  return LEDE_OK;
}

/* Orders the query's terms: heavier first, then lower id. */
static int cmp_weight(const void *x, const void *y) {
  const TfidfEntry *a = x, *b = y;
  if (a->weight != b->weight) return a->weight > b->weight ? -1 : 1;
  return (a->id > b->id) - (a->id < b->id);
}

/* Fills s->top with the k heaviest of the query's terms (s->touched). */
static LedeStatus rank_query_terms(TfidfStream *s, size_t k) {
  s->top.len = 0;
  if (!vec_reserve(&s->top, s->touched.len)) return LEDE_ENOMEM;
  for (size_t i = 0; i < s->touched.len; i++) {
    uint32_t id = s->touched.items[i];
    s->top.items[s->top.len++] = (TfidfEntry){id, s->query.items[id]};
  }
  if (s->top.len > 1) qsort(s->top.items, s->top.len, sizeof *s->top.items, cmp_weight);
  if (k < s->top.len) s->top.len = k;
  return LEDE_OK;
}

LedeStatus tfidf_stream_query(TfidfStream *s, Span text, size_t k) {
  LedeStatus rc = count_terms(s, text); /* grows s->query, which the next line clears whole */
  if (rc != LEDE_OK) return rc;
  if (s->query.len > 0) memset(s->query.items, 0, s->query.len * sizeof *s->query.items);
  double norm2 = 0;
  for (size_t i = 0; i < s->touched.len; i++) {
    uint32_t id = s->touched.items[i];
    double w = stream_weight(s, id);
    s->query.items[id] = (float)w;
    norm2 += w * w;
  }
  double inv = norm2 > 0 ? 1 / sqrt(norm2) : 0;
  for (size_t i = 0; i < s->touched.len; i++) s->query.items[s->touched.items[i]] *= (float)inv;
  clear_counts(s);
  return rank_query_terms(s, k);
}

LedeStatus tfidf_stream_score(TfidfStream *s, Span text, double *cosine) {
  *cosine = 0;
  LedeStatus rc = count_terms(s, text);
  if (rc != LEDE_OK) return rc;
  double dot = 0, norm2 = 0;
  for (size_t i = 0; i < s->touched.len; i++) {
    uint32_t id = s->touched.items[i];
    double w = stream_weight(s, id);
    norm2 += w * w;
    dot += w * s->query.items[id];
  }
  clear_counts(s);
  *cosine = norm2 > 0 ? dot / sqrt(norm2) : 0;
  return LEDE_OK;
}

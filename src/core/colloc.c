/*
** colloc.c — the counting and ranking of colloc.h. Each text is lexed into
** term ids, cut at sentence markers, and each sentence's windows counted by
** assoc_window_counts; dropped stop words count as one extra id past the
** vocabulary, so they take positions but are never collocates.
*/
#include "colloc.h"

#include <stdlib.h>

LedeStatus colloc_init(Colloc *c, Span node, WordForm form, bool drop_stopwords, size_t left, size_t right) {
  *c = (Colloc){.left = left, .right = right};
  LedeStatus rc = lexer_init(&c->lx, form, drop_stopwords);
  /* the node itself may be a stop word: it is counted however it is written */
  if (rc == LEDE_OK && drop_stopwords) {
    rc = lexer_keep(&c->lx, node);
    if (rc == LEDE_EINPUT) rc = LEDE_OK; /* too long to be a stop word */
  }
  if (rc == LEDE_OK) rc = lexer_terms(&c->lx, node, &c->ids);
  if (rc != LEDE_OK) return rc;
  if (c->ids.len != 1 || term_is_marker(c->ids.items[0])) return LEDE_EINPUT;
  c->node = c->ids.items[0];
  return LEDE_OK;
}

void colloc_free(Colloc *c) {
  lexer_free(&c->lx);
  vec_free(&c->near);
  vec_free(&c->freq);
  vec_free(&c->ids);
  vec_free(&c->unit);
}

/* Counts the windows of one sentence ids[from, to) (a stop word counts as
** the extra id stop_id, cleared after). */
static void count_unit(Colloc *c, size_t from, size_t to, uint32_t stop_id) {
  c->unit.len = 0;
  for (size_t i = from; i < to; i++) {
    uint32_t id = c->ids.items[i];
    if (id == TERM_PUNCT) continue;
    c->unit.items[c->unit.len++] = id == TERM_STOP ? stop_id : id;
    c->n_tokens++;
    if (id != TERM_STOP) c->freq.items[id]++;
  }
  size_t n_node = 0;
  c->span += assoc_window_counts(c->unit.items, c->unit.len, c->node, c->left, c->right,
                                 c->near.items, &n_node);
  c->n_node += n_node;
  c->near.items[stop_id] = 0;
}

LedeStatus colloc_add(Colloc *c, Span text) {
  if (lexer_terms(&c->lx, text, &c->ids) != LEDE_OK) return LEDE_ENOMEM;
  size_t n_terms = termmap_count(&c->lx.map);
  if (!VEC_GROW_ZERO(&c->near, n_terms + 1) || !VEC_GROW_ZERO(&c->freq, n_terms + 1) ||
      !vec_reserve(&c->unit, c->ids.len))
    return LEDE_ENOMEM;
  for (size_t from = 0, i = 0; i <= c->ids.len; i++) {
    if (i < c->ids.len && c->ids.items[i] != TERM_SENTENCE) continue;
    count_unit(c, from, i, (uint32_t)n_terms);
    from = i + 1;
  }
  return LEDE_OK;
}

/* f(y) of term id: the Colloc's count, or the corpus counter's. */
static double source_freq(const Colloc *c, const WordCounter *corpus, uint32_t id) {
  if (corpus == NULL) return (double)c->freq.items[id];
  uint32_t cid;
  if (!termmap_find(&corpus->lx.map, termmap_term(&c->lx.map, id), &cid)) return 0;
  size_t e = ngram_find(&corpus->tab, 0, &cid);
  return e == SIZE_MAX ? 0 : corpus->tab.stats.items[e].count;
}

/* Orders rows best first, then by lower term id. */
static int cmp_row(const void *x, const void *y) {
  const CollocRow *a = x, *b = y;
  if (a->score != b->score) return a->score > b->score ? -1 : 1;
  return (a->id > b->id) - (a->id < b->id);
}

LedeStatus colloc_rank(const Colloc *c, AssocMeasure m, uint64_t min_freq, size_t limit,
                       const WordCounter *corpus, CollocResult *out) {
  out->rows.len = 0;
  if (corpus != NULL && corpus->tab.n != 1) return LEDE_EINPUT;
  out->n = corpus == NULL ? (double)c->n_tokens : (double)ngram_total(&corpus->tab, 0);
  for (size_t id = 0; id + 1 < c->near.len; id++) { /* the last slot is the stop words' */
    if (id == c->node || c->near.items[id] == 0 || c->near.items[id] < min_freq) continue;
    CollocRow r = {.id = (uint32_t)id, .freq = source_freq(c, corpus, (uint32_t)id)};
    if (assoc_table_from_marginals(c->near.items[id], (double)c->span, r.freq, out->n, &r.t) != LEDE_OK)
      continue;
    r.score = assoc_score(m, r.t);
    r.e11 = assoc_expected11(r.t);
    if (!vec_push(&out->rows, r)) return LEDE_ENOMEM;
  }
  if (out->rows.len > 1) qsort(out->rows.items, out->rows.len, sizeof *out->rows.items, cmp_row);
  if (limit > 0 && limit < out->rows.len) out->rows.len = limit;
  return LEDE_OK;
}

void colloc_result_free(CollocResult *r) { vec_free(&r->rows); }

/*
** keyness.c — the ranking of keyness.h: walks the target's n-grams (and,
** for under-use, the reference's), looks each one up on the other side
** by its text, scores it with assoc_keyness and sorts by signed LL.
*/
#include "keyness.h"

#include <stdlib.h>

/* The count in group g of `to` of the n-gram ids (term ids of `from`), 0
** when `to` never counted it. */
static uint32_t count_in(const WordCounter *from, const uint32_t *ids, const WordCounter *to, uint32_t g) {
  uint32_t mapped[NGRAM_MAX];
  for (size_t i = 0; i < from->tab.n; i++) {
    if (from == to) mapped[i] = ids[i];
    else if (!termmap_find(&to->lx.map, termmap_term(&from->lx.map, ids[i]), &mapped[i])) return 0;
  }
  size_t e = ngram_find(&to->tab, g, mapped);
  return e == SIZE_MAX ? 0 : to->tab.stats.items[e].count;
}

/* Appends a row for every n-gram of one side (the target, or the
** reference's n-grams the target lacks) with a + b >= min_freq. */
static bool collect_side(const KeynessQuery *q, bool from_ref, KeynessResult *out) {
  const WordCounter *own = from_ref ? q->ref : q->target;
  uint32_t g = from_ref ? q->ref_group : q->target_group;
  const bool *skip = !q->skip_stopwords ? NULL : from_ref ? out->ref_stop.items : out->target_stop.items;
  for (size_t e = 0; e < own->tab.stats.len; e++) {
    const uint32_t *key = ngram_key(&own->tab, e);
    if (key[0] != g || ngram_holds_flagged(&own->tab, e, skip)) continue;
    uint32_t mine = own->tab.stats.items[e].count;
    KeynessRow r = {.counter = own, .entry = e, .from_ref = from_ref};
    if (from_ref) {
      if (count_in(q->ref, key + 1, q->target, q->target_group) > 0) continue; /* counted from the target side */
      r.b = mine;
    } else {
      uint32_t ref = count_in(q->target, key + 1, q->ref, q->ref_group);
      r.a = mine;
      r.b = q->ref_is_total ? (ref > mine ? ref - mine : 0) : ref;
    }
    if ((uint64_t)r.a + r.b < q->min_freq || assoc_keyness(r.a, out->c, r.b, out->d, &r.k) != LEDE_OK) continue;
    if (!vec_push(&out->rows, r)) return false;
  }
  return true;
}

/* Orders rows: higher ll first, then target n-grams before the
** reference's, then by entry. */
static int cmp_row(const void *x, const void *y) {
  const KeynessRow *p = x, *q = y;
  if (p->k.ll != q->k.ll) return p->k.ll > q->k.ll ? -1 : 1;
  if (p->from_ref != q->from_ref) return p->from_ref ? 1 : -1;
  return (p->entry > q->entry) - (p->entry < q->entry);
}

static void negate_ll(KeynessResult *out) {
  for (size_t i = 0; i < out->rows.len; i++) out->rows.items[i].k.ll = -out->rows.items[i].k.ll;
}

/* Sorts the rows by ll (negated for under-use, so that one order serves
** both), then keeps the first limit of the wanted sign. */
static void rank_rows(const KeynessQuery *q, KeynessResult *out) {
  if (q->negative) negate_ll(out);
  if (out->rows.len > 1) qsort(out->rows.items, out->rows.len, sizeof *out->rows.items, cmp_row);
  size_t n = 0;
  while (n < out->rows.len && (q->limit == 0 || n < q->limit) && out->rows.items[n].k.ll > 0) n++;
  out->rows.len = n; /* the other side's key words start here */
  if (q->negative) negate_ll(out);
}

LedeStatus keyness_rank(const KeynessQuery *q, KeynessResult *out) {
  out->rows.len = 0;
  if (q->ref->tab.n != q->target->tab.n) return LEDE_EINPUT;
  out->c = (double)ngram_total(&q->target->tab, q->target_group);
  out->d = (double)ngram_total(&q->ref->tab, q->ref_group);
  if (q->ref_is_total) out->d = out->d > out->c ? out->d - out->c : 0;
  if (out->c <= 0 || out->d <= 0) return LEDE_OK;
  if (q->skip_stopwords && (lexer_stop_flags(&q->target->lx, &out->target_stop) != LEDE_OK ||
                            lexer_stop_flags(&q->ref->lx, &out->ref_stop) != LEDE_OK))
    return LEDE_ENOMEM;
  if (!collect_side(q, false, out) || (q->negative && !collect_side(q, true, out))) return LEDE_ENOMEM;
  rank_rows(q, out);
  return LEDE_OK;
}

void keyness_result_free(KeynessResult *r) {
  vec_free(&r->rows);
  vec_free(&r->target_stop);
  vec_free(&r->ref_stop);
}

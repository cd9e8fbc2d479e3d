/*
** align.c — seed-and-extend passage alignment (align.h). An open-addressing
** table holds each distinct n-gram of a with the chain of its positions;
** b is walked once, each of its n-grams looks up its seeds, and a seed not
** inside a passage found already is extended both ways. Extension follows
** exact matches and, at a mismatch, the nearest resynchronisation within
** max_gap terms on either side. Passages that overlap on both sides merge.
*/
#include "align.h"

#include <string.h>

#include "hash.h"

AlignOptions align_default_options(void) { return (AlignOptions){4, 3, 2, 6, 16}; }

/* ---- the n-gram index of a ---------------------------------------------- */

typedef struct {
  uint64_t hash;
  uint32_t first, last; /* first and last position of this n-gram in a, + 1 (0: empty) */
} GramSlot;

typedef struct {
  const uint32_t *a;
  size_t k;
  GramSlot *slots;
  size_t mask;
  uint32_t *next; /* next position with the same n-gram, + 1 (0: none) */
} GramIndex;

static uint64_t gram_hash(const uint32_t *ids, size_t k) {
  return hash_bytes(ids, k * sizeof *ids, 0x243f6a8885a308d3ULL);
}

/* The slot of the n-gram ids[0..k) (hash h): its entry, or an empty one. */
static GramSlot *gram_slot(const GramIndex *ix, const uint32_t *ids, uint64_t h) {
  for (size_t i = (size_t)h & ix->mask;; i = (i + 1) & ix->mask) {
    GramSlot *s = &ix->slots[i];
    if (s->first == 0) return s;
    if (s->hash == h && memcmp(ix->a + s->first - 1, ids, ix->k * sizeof *ids) == 0) return s;
  }
}

/* Builds the index of a's k-grams (na >= k). LEDE_ENOMEM when it cannot. */
static LedeStatus gram_index_build(GramIndex *ix, const uint32_t *a, size_t na, size_t k) {
  size_t n = na - k + 1, cap = 16;
  while (cap < 2 * n) cap *= 2;
  ix->a = a;
  ix->k = k;
  ix->mask = cap - 1;
  ix->slots = calloc(cap, sizeof *ix->slots);
  ix->next = calloc(n, sizeof *ix->next);
  if (ix->slots == NULL || ix->next == NULL) return LEDE_ENOMEM;
  for (size_t i = 0; i < n; i++) {
    uint64_t h = gram_hash(a + i, k);
    GramSlot *s = gram_slot(ix, a + i, h);
    if (s->first == 0) *s = (GramSlot){h, (uint32_t)i + 1, (uint32_t)i + 1};
    else ix->next[s->last - 1] = (uint32_t)i + 1, s->last = (uint32_t)i + 1;
  }
  return LEDE_OK;
}

static void gram_index_free(GramIndex *ix) {
  free(ix->slots);
  free(ix->next);
}

/* ---- extension ---------------------------------------------------------- */

/* The two texts and the options, as extension sees them. */
typedef struct {
  const uint32_t *a, *b;
  size_t na, nb;
  AlignOptions o;
} AlignCtx;

/* True when r terms match going in direction dir (+1 forward from x, y; -1
** backward, ending just before x, y). */
static bool run_matches(const AlignCtx *c, size_t x, size_t y, int dir, size_t r) {
  for (size_t t = 0; t < r; t++) {
    if (dir > 0) {
      if (x + t >= c->na || y + t >= c->nb || c->a[x + t] != c->b[y + t]) return false;
    } else {
      if (x < t + 1 || y < t + 1 || c->a[x - t - 1] != c->b[y - t - 1]) return false;
    }
  }
  return true;
}

/* Extends a match from (*x, *y) in direction dir until it can neither match
** nor resynchronise; adds exact matches to *matched. For dir < 0 the
** position is the exclusive end of the unexplored prefix. */
static void extend(const AlignCtx *c, size_t *x, size_t *y, int dir, size_t *matched) {
  for (;;) {
    if (run_matches(c, *x, *y, dir, 1)) {
      *x += (size_t)dir, *y += (size_t)dir;
      (*matched)++;
      continue;
    }
    /* the nearest gap (fewest skipped terms) after which resync_len match */
    size_t best_dx = 0, best_dy = 0;
    bool found = false;
    for (size_t total = 1; !found && total <= 2 * c->o.max_gap; total++) {
      for (size_t dx = total > c->o.max_gap ? total - c->o.max_gap : 0; dx <= total && dx <= c->o.max_gap; dx++) {
        size_t dy = total - dx;
        if (dir < 0 && (dx > *x || dy > *y)) continue;
        size_t nx = dir > 0 ? *x + dx : *x - dx, ny = dir > 0 ? *y + dy : *y - dy;
        if (run_matches(c, nx, ny, dir, c->o.resync_len)) {
          best_dx = dx, best_dy = dy, found = true;
          break;
        }
      }
    }
    if (!found) return;
    *x = dir > 0 ? *x + best_dx : *x - best_dx;
    *y = dir > 0 ? *y + best_dy : *y - best_dy;
  }
}

/* The passage grown from the seed a[i..i+k) == b[j..j+k). */
static AlignPassage grow_seed(const AlignCtx *c, size_t i, size_t j) {
  size_t matched = c->o.seed_len;
  size_t x1 = i + c->o.seed_len, y1 = j + c->o.seed_len, x0 = i, y0 = j;
  extend(c, &x1, &y1, +1, &matched);
  extend(c, &x0, &y0, -1, &matched);
  AlignPassage p = {x0, x1, y0, y1, matched, 0};
  p.similarity = 2.0 * (double)matched / (double)((x1 - x0) + (y1 - y0));
  return p;
}

/* ---- the walk over b ---------------------------------------------------- */

static bool covers(const AlignPassage *p, size_t i, size_t j) {
  return p->a_start <= i && i < p->a_end && p->b_start <= j && j < p->b_end;
}

typedef VEC(size_t) IndexVec;

/* Tries the seeds of b[j..j+k) against a; appends new passages to out and
** their indices to *active (the passages whose b range is not yet behind). */
static LedeStatus seeds_at(const AlignCtx *c, const GramIndex *ix, size_t j,
                           AlignPassageVec *out, IndexVec *active) {
  const GramSlot *s = gram_slot(ix, c->b + j, gram_hash(c->b + j, c->o.seed_len));
  size_t tries = 0;
  for (uint32_t pos = s->first; pos != 0 && tries < c->o.max_seed_hits; pos = ix->next[pos - 1]) {
    size_t i = pos - 1;
    tries++;
    bool is_inside = false;
    for (size_t q = 0; q < active->len && !is_inside; q++)
      is_inside = covers(&out->items[active->items[q]], i, j);
    if (is_inside) continue;
    AlignPassage p = grow_seed(c, i, j);
    size_t shorter = p.a_end - p.a_start < p.b_end - p.b_start ? p.a_end - p.a_start
                                                             : p.b_end - p.b_start;
    if (shorter < c->o.min_len) continue;
    if (!vec_push(out, p) || !vec_push(active, out->len - 1)) return LEDE_ENOMEM;
  }
  return LEDE_OK;
}

/* Drops from *active the passages that end at or before b position j. */
static void prune_active(const AlignPassageVec *out, IndexVec *active, size_t j) {
  size_t kept = 0;
  for (size_t q = 0; q < active->len; q++)
    if (out->items[active->items[q]].b_end > j) active->items[kept++] = active->items[q];
  active->len = kept;
}

static int cmp_passage(const void *x, const void *y) {
  const AlignPassage *p = x, *q = y;
  if (p->a_start != q->a_start) return p->a_start < q->a_start ? -1 : 1;
  return (p->b_start > q->b_start) - (p->b_start < q->b_start);
}

static size_t overlap(size_t s0, size_t e0, size_t s1, size_t e1) {
  size_t s = s0 > s1 ? s0 : s1, e = e0 < e1 ? e0 : e1;
  return e > s ? e - s : 0;
}

/* Sorts *v and merges passages that overlap on both sides; the merged
** passage's matched count assumes the shared part matched once. */
static void merge_passages(AlignPassageVec *v) {
  if (v->len > 1) qsort(v->items, v->len, sizeof *v->items, cmp_passage);
  size_t kept = 0;
  for (size_t i = 0; i < v->len; i++) {
    AlignPassage p = v->items[i];
    AlignPassage *last = kept > 0 ? &v->items[kept - 1] : NULL;
    size_t oa = last ? overlap(last->a_start, last->a_end, p.a_start, p.a_end) : 0;
    size_t ob = last ? overlap(last->b_start, last->b_end, p.b_start, p.b_end) : 0;
    if (oa == 0 || ob == 0) {
      v->items[kept++] = p;
      continue;
    }
    size_t shared = oa < ob ? oa : ob;
    last->matched += p.matched > shared ? p.matched - shared : 0;
    if (p.a_end > last->a_end) last->a_end = p.a_end;
    if (p.b_start < last->b_start) last->b_start = p.b_start;
    if (p.b_end > last->b_end) last->b_end = p.b_end;
    size_t la = last->a_end - last->a_start, lb = last->b_end - last->b_start;
    if (last->matched > (la < lb ? la : lb)) last->matched = la < lb ? la : lb;
    last->similarity = 2.0 * (double)last->matched / (double)(la + lb);
  }
  v->len = kept;
}

LedeStatus align_passages(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                          const AlignOptions *opts, AlignPassageVec *out, Err *err) {
  AlignCtx c = {a, b, na, nb, opts != NULL ? *opts : align_default_options()};
  out->len = 0;
  if (c.o.seed_len == 0 || c.o.resync_len == 0 || c.o.max_gap > 64)
    return err_set(err, LEDE_EINPUT, "align: seed_len and resync_len must be >= 1, max_gap <= 64");
  if (na >= UINT32_MAX || nb >= UINT32_MAX)
    return err_set(err, LEDE_EINPUT, "align: texts of 2^32 terms or more are not supported");
  if (na < c.o.seed_len || nb < c.o.seed_len) return LEDE_OK;
  GramIndex ix = {0};
  IndexVec active = {0};
  LedeStatus rc = gram_index_build(&ix, a, na, c.o.seed_len);
  for (size_t j = 0; rc == LEDE_OK && j + c.o.seed_len <= nb; j++) {
    prune_active(out, &active, j);
    rc = seeds_at(&c, &ix, j, out, &active);
  }
  gram_index_free(&ix);
  vec_free(&active);
  if (rc != LEDE_OK) {
    out->len = 0;
    return err_set(err, rc, "align: out of memory");
  }
  merge_passages(out);
  return LEDE_OK;
}

static int cmp_range(const void *x, const void *y) {
  const Range *p = x, *q = y;
  return (p->start > q->start) - (p->start < q->start);
}

LedeStatus align_uncovered(const AlignPassage *passages, size_t n_passages, AlignSide side,
                           size_t len, RangeVec *out) {
  out->len = 0;
  RangeVec cov = {0};
  for (size_t i = 0; i < n_passages; i++) {
    const AlignPassage *p = &passages[i];
    Range r = side == ALIGN_SIDE_A ? (Range){p->a_start, p->a_end} : (Range){p->b_start, p->b_end};
    if (!vec_push(&cov, r)) {
      vec_free(&cov);
      return LEDE_ENOMEM;
    }
  }
  if (cov.len > 0) qsort(cov.items, cov.len, sizeof *cov.items, cmp_range);
  size_t at = 0;
  bool ok = true;
  for (size_t i = 0; ok && i <= cov.len; i++) {
    size_t start = i < cov.len ? cov.items[i].start : len;
    if (start > len) start = len;
    if (start > at) ok = vec_push(out, ((Range){at, start}));
    if (i < cov.len && cov.items[i].end > at) at = cov.items[i].end;
  }
  vec_free(&cov);
  return ok ? LEDE_OK : LEDE_ENOMEM;
}

/*
** rouge.c — the ROUGE scorer of rouge.h. Texts become term-id sequences
** (terms.h, ROUGE-1.5.5 splitting) with line boundaries; ROUGE-N counts
** clipped n-gram matches by merging sorted n-gram keys, ROUGE-L uses the
** bit-parallel LCS of Allison & Dix / Crochemore et al. (64 cells per
** machine word), and ROUGE-Lsum backtracks small per-line LCS tables.
*/
#include "rouge.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "stem.h"
#include "terms.h"

/* A text as terms, and where each non-empty line starts in ids. */
typedef struct {
  TermIdVec ids;
  VEC(size_t) lines; /* start of each line, then ids.len */
} RougeText;

/* One measure's counts against one reference. */
typedef struct {
  double hits, ref_total, cand_total;
} RougeCount;

enum { R_1, R_2, R_L, R_LSUM, R_COUNT };

typedef VEC(uint64_t) U64Vec;
typedef VEC(uint32_t) U32Vec;

struct Rouge {
  RougeOptions opts;
  Stemmer *stemmer;
  TermMap map;
  RougeText cand, ref;
  U64Vec cand_keys, ref_keys; /* sorted n-grams */
  U64Vec v_bits, m_bits;       /* bit-parallel LCS rows */
  U32Vec bucket, positions;    /* term id -> positions in the shorter text */
  U32Vec cnt_c, cnt_r;         /* per-term counts for ROUGE-Lsum */
  VEC(uint16_t) table;                    /* one line pair's LCS table */
  VEC(unsigned char) mark;                /* union-LCS positions of a reference line */
};

Rouge *rouge_new(const RougeOptions *opts) {
  Rouge *rg = calloc(1, sizeof *rg);
  if (rg == NULL) return NULL;
  if (opts != NULL) rg->opts = *opts;
  if (rg->opts.stem && (rg->stemmer = stemmer_new(STEM_PORTER)) == NULL) {
    free(rg);
    return NULL;
  }
  return rg;
}

static void text_free(RougeText *t) {
  vec_free(&t->ids);
  vec_free(&t->lines);
}

void rouge_free(Rouge *rg) {
  if (rg == NULL) return;
  stemmer_free(rg->stemmer);
  termmap_free(&rg->map);
  text_free(&rg->cand);
  text_free(&rg->ref);
  vec_free(&rg->cand_keys);
  vec_free(&rg->ref_keys);
  vec_free(&rg->v_bits);
  vec_free(&rg->m_bits);
  vec_free(&rg->bucket);
  vec_free(&rg->positions);
  vec_free(&rg->cnt_c);
  vec_free(&rg->cnt_r);
  vec_free(&rg->table);
  vec_free(&rg->mark);
  free(rg);
}

/* ---- texts and n-grams -------------------------------------------------- */

/* Splits s into terms, line by line, into *t (emptied first). */
static LedeStatus text_load(Rouge *rg, Span s, RougeText *t) {
  TermOptions topts = {TERMS_ALNUM, rg->stemmer, 3};
  t->ids.len = t->lines.len = 0;
  size_t start = 0;
  while (start <= s.len) {
    const char *nl = start < s.len ? memchr(s.ptr + start, '\n', s.len - start) : NULL;
    size_t end = nl != NULL ? (size_t)(nl - s.ptr) : s.len;
    size_t before = t->ids.len;
    LedeStatus rc = terms_from_text(s.ptr, (Range){start, end}, &topts, &rg->map, &t->ids, NULL);
    if (rc != LEDE_OK) return rc;
    if (t->ids.len > before && !vec_push(&t->lines, before)) return LEDE_ENOMEM;
    start = end + 1;
  }
  return vec_push(&t->lines, t->ids.len) ? LEDE_OK : LEDE_ENOMEM;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

/* Fills *keys with t's n-grams (n = 1 or 2) as sorted 64-bit keys. */
static LedeStatus ngram_keys(const RougeText *t, int n, U64Vec *keys) {
  keys->len = 0;
  size_t len = t->ids.len;
  if (len < (size_t)n) return LEDE_OK;
  if (!vec_reserve(keys, len - (size_t)n + 1)) return LEDE_ENOMEM;
  for (size_t i = 0; i + (size_t)n <= len; i++) {
    uint64_t key = t->ids.items[i];
    if (n == 2) key = key << 32 | t->ids.items[i + 1];
    keys->items[keys->len++] = key;
  }
  if (keys->len > 1) qsort(keys->items, keys->len, sizeof *keys->items, cmp_u64);
  return LEDE_OK;
}

/* Clipped matches between two sorted key lists: sum of min counts. */
static size_t sorted_overlap(const uint64_t *a, size_t na, const uint64_t *b, size_t nb) {
  size_t i = 0, j = 0, hits = 0;
  while (i < na && j < nb) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      hits++;
      i++;
      j++;
    }
  }
  return hits;
}

/* ---- ROUGE-L: bit-parallel LCS ------------------------------------------ */

/* Sets *out to the LCS length of a[0..na) and b[0..nb), whose ids are all
** below vocab. Bit-parallel (Crochemore et al. 2001): one bit per term of the
** shorter text, V' = (V + (V & M)) | (V & ~M) per term of the longer one,
** where M marks the positions holding that term; LCS = zero bits of V.
** Time O(na * nb / 64), memory O(na + vocab). */
static LedeStatus lcs_length(Rouge *rg, const uint32_t *a, size_t na, const uint32_t *b,
                             size_t nb, size_t vocab, size_t *out) {
  if (na > nb) {
    const uint32_t *tp = a; a = b; b = tp;
    size_t tn = na; na = nb; nb = tn;
  }
  *out = 0;
  if (na == 0) return LEDE_OK;
  size_t words = (na + 63) / 64;
  if (!vec_reserve(&rg->bucket, vocab + 1) || !vec_reserve(&rg->positions, na) ||
      !vec_reserve(&rg->v_bits, words) || !vec_reserve(&rg->m_bits, words))
    return LEDE_ENOMEM;
  uint32_t *bucket = rg->bucket.items, *pos = rg->positions.items;
  uint64_t *v = rg->v_bits.items, *m = rg->m_bits.items;
  /* positions of each term in a, grouped by term: bucket[t]..bucket[t+1] */
  memset(bucket, 0, (vocab + 1) * sizeof *bucket);
  for (size_t i = 0; i < na; i++) bucket[a[i]]++;
  for (size_t t = 0, sum = 0; t <= vocab; t++) sum += bucket[t], bucket[t] = (uint32_t)sum;
  for (size_t i = na; i-- > 0;) pos[--bucket[a[i]]] = (uint32_t)i;
  memset(v, 0xff, words * sizeof *v);
  memset(m, 0, words * sizeof *m);
  for (size_t j = 0; j < nb; j++) {
    uint32_t lo = bucket[b[j]], hi = bucket[b[j] + 1];
    if (lo == hi) continue; /* M = 0 leaves V as it is */
    for (uint32_t k = lo; k < hi; k++) m[pos[k] / 64] |= (uint64_t)1 << (pos[k] % 64);
    uint64_t carry = 0;
    for (size_t w = 0; w < words; w++) {
      uint64_t u = v[w] & m[w], sum = v[w] + u, sum2 = sum + carry;
      carry = (sum < v[w]) | (sum2 < sum);
      v[w] = sum2 | (v[w] & ~m[w]);
    }
    for (uint32_t k = lo; k < hi; k++) m[pos[k] / 64] = 0;
  }
  size_t ones = 0;
  for (size_t w = 0; w < words; w++) ones += (size_t)__builtin_popcountll(v[w]);
  *out = words * 64 - ones; /* bits past na stay set, so they cancel out */
  return LEDE_OK;
}

/* ---- ROUGE-Lsum: union LCS per reference line --------------------------- */

/* Marks in mark[0..nr) the positions of r that one LCS of r and c uses,
** backtracking a full table as rouge-score does (ties move along c first
** only when that keeps more). The caller has checked the table's size. */
static LedeStatus mark_lcs(Rouge *rg, const uint32_t *r, size_t nr, const uint32_t *c, size_t nc,
                           unsigned char *mark) {
  size_t cols = nc + 1;
  if (!vec_reserve(&rg->table, (nr + 1) * cols)) return LEDE_ENOMEM;
  uint16_t *tab = rg->table.items;
  memset(tab, 0, cols * sizeof *tab);
  for (size_t i = 1; i <= nr; i++) {
    uint16_t *row = tab + i * cols, *up = row - cols;
    row[0] = 0;
    for (size_t j = 1; j <= nc; j++) {
      if (r[i - 1] == c[j - 1]) row[j] = (uint16_t)(up[j - 1] + 1);
      else row[j] = up[j] > row[j - 1] ? up[j] : row[j - 1];
    }
  }
  for (size_t i = nr, j = nc; i > 0 && j > 0;) {
    if (r[i - 1] == c[j - 1]) {
      mark[--i] = 1;
      j--;
    } else if (tab[i * cols + j - 1] > tab[(i - 1) * cols + j]) {
      j--;
    } else {
      i--;
    }
  }
  return LEDE_OK;
}

/* Counts each term of t into cnt (vocab entries, zeroed first). */
static LedeStatus count_terms(U32Vec *cnt, const RougeText *t, size_t vocab) {
  if (!vec_reserve(cnt, vocab)) return LEDE_ENOMEM;
  if (vocab > 0) memset(cnt->items, 0, vocab * sizeof *cnt->items);
  for (size_t i = 0; i < t->ids.len; i++) cnt->items[t->ids.items[i]]++;
  return LEDE_OK;
}

/* Summary-level LCS hits of cand against ref (see rouge.h). */
static LedeStatus lsum_hits(Rouge *rg, size_t vocab, double *hits, Err *err) {
  const RougeText *cand = &rg->cand, *ref = &rg->ref;
  LedeStatus rc = count_terms(&rg->cnt_c, cand, vocab);
  if (rc == LEDE_OK) rc = count_terms(&rg->cnt_r, ref, vocab);
  if (rc != LEDE_OK || !vec_reserve(&rg->mark, ref->ids.len)) return LEDE_ENOMEM;
  uint32_t *cnt_c = rg->cnt_c.items, *cnt_r = rg->cnt_r.items;
  *hits = 0;
  for (size_t li = 0; li + 1 < ref->lines.len; li++) {
    const uint32_t *r = ref->ids.items + ref->lines.items[li];
    size_t nr = ref->lines.items[li + 1] - ref->lines.items[li];
    unsigned char *mark = rg->mark.items;
    memset(mark, 0, nr);
    for (size_t lj = 0; lj + 1 < cand->lines.len; lj++) {
      const uint32_t *c = cand->ids.items + cand->lines.items[lj];
      size_t nc = cand->lines.items[lj + 1] - cand->lines.items[lj];
      if ((nr + 1) * (nc + 1) > ROUGE_LSUM_MAX_CELLS)
        return err_set(err, LEDE_EINPUT, "rouge: lines of %zu and %zu words are too long for "
                       "ROUGE-Lsum (split the texts into lines)", nr, nc);
      if ((rc = mark_lcs(rg, r, nr, c, nc, mark)) != LEDE_OK) return rc;
    }
    for (size_t k = 0; k < nr; k++) {
      uint32_t t = r[k];
      if (mark[k] && cnt_c[t] > 0 && cnt_r[t] > 0) {
        *hits += 1;
        cnt_c[t]--;
        cnt_r[t]--;
      }
    }
  }
  return LEDE_OK;
}

/* ---- scoring ------------------------------------------------------------ */

/* The counts of every measure for rg->cand against rg->ref; the candidate's
** n-gram keys are already in rg->cand_keys (n = 1) and keys2 (n = 2). */
static LedeStatus count_against_ref(Rouge *rg, const U64Vec *keys2, RougeCount out[R_COUNT],
                                    Err *err) {
  const RougeText *cand = &rg->cand, *ref = &rg->ref;
  size_t vocab = termmap_count(&rg->map), lcs = 0;
  double nc = (double)cand->ids.len, nr = (double)ref->ids.len;
  LedeStatus rc = ngram_keys(ref, 1, &rg->ref_keys);
  if (rc != LEDE_OK) return rc;
  out[R_1] = (RougeCount){(double)sorted_overlap(rg->cand_keys.items, rg->cand_keys.len,
                                                 rg->ref_keys.items, rg->ref_keys.len), nr, nc};
  if ((rc = ngram_keys(ref, 2, &rg->ref_keys)) != LEDE_OK) return rc;
  out[R_2] = (RougeCount){(double)sorted_overlap(keys2->items, keys2->len, rg->ref_keys.items,
                                                 rg->ref_keys.len),
                          nr > 1 ? nr - 1 : 0, nc > 1 ? nc - 1 : 0};
  rc = lcs_length(rg, cand->ids.items, cand->ids.len, ref->ids.items, ref->ids.len, vocab, &lcs);
  if (rc != LEDE_OK) return rc;
  out[R_L] = (RougeCount){(double)lcs, nr, nc};
  out[R_LSUM] = (RougeCount){(double)lcs, nr, nc};
  /* one line each: the union is one LCS, and its terms are in both texts */
  if (cand->lines.len <= 2 && ref->lines.len <= 2) return LEDE_OK;
  return lsum_hits(rg, vocab, &out[R_LSUM].hits, err);
}

static RougePRF prf(RougeCount c) {
  RougePRF s = {0, 0, 0};
  if (c.cand_total > 0) s.precision = c.hits / c.cand_total;
  if (c.ref_total > 0) s.recall = c.hits / c.ref_total;
  if (s.precision + s.recall > 0) s.f = 2 * s.precision * s.recall / (s.precision + s.recall);
  return s;
}

/* Folds one reference's counts into the running result: pooled counts for
** ROUGE_MULTI_AVERAGE, the best F so far for ROUGE_MULTI_MAX. */
static void combine(RougeMulti multi, RougeCount acc[R_COUNT], const RougeCount one[R_COUNT],
                    bool is_first) {
  for (int k = 0; k < R_COUNT; k++) {
    if (is_first) acc[k] = one[k];
    else if (multi == ROUGE_MULTI_MAX) {
      if (prf(one[k]).f > prf(acc[k]).f) acc[k] = one[k];
    } else {
      acc[k].hits += one[k].hits;
      acc[k].ref_total += one[k].ref_total;
      acc[k].cand_total += one[k].cand_total;
    }
  }
}

LedeStatus rouge_score(Rouge *rg, Span candidate, const Span *refs, size_t n_refs,
                       RougeScores *out, Err *err) {
  memset(out, 0, sizeof *out);
  if (n_refs == 0) return err_set(err, LEDE_EINPUT, "rouge: no reference summary");
  termmap_clear(&rg->map);
  U64Vec keys2 = {0};
  RougeCount acc[R_COUNT] = {{0}}, one[R_COUNT]; /* acc: set by the first reference; zeroed for gcc -O3 */
  LedeStatus rc = text_load(rg, candidate, &rg->cand);
  if (rc == LEDE_OK) rc = ngram_keys(&rg->cand, 2, &keys2);
  if (rc == LEDE_OK) rc = ngram_keys(&rg->cand, 1, &rg->cand_keys);
  for (size_t i = 0; rc == LEDE_OK && i < n_refs; i++) {
    if ((rc = text_load(rg, refs[i], &rg->ref)) != LEDE_OK) break;
    if ((rc = count_against_ref(rg, &keys2, one, err)) != LEDE_OK) break;
    combine(rg->opts.multi, acc, one, i == 0);
  }
  vec_free(&keys2);
  if (rc == LEDE_ENOMEM) return err_set(err, rc, "rouge: out of memory");
  if (rc != LEDE_OK) return rc;
  *out = (RougeScores){prf(acc[R_1]), prf(acc[R_2]), prf(acc[R_L]), prf(acc[R_LSUM])};
  return LEDE_OK;
}

/*
** minhash.c — shingling, one-permutation MinHash with densification, LSH
** banding and duplicate groups (minhash.h). The word scanner runs on a
** byte table for ASCII and on token.h's classifier for the rest; a shingle
** hash combines the hashes of its words, so each word is hashed once.
** Buckets of one band live in an open-addressing table rebuilt per band.
*/
#include "minhash.h"

#include <math.h>
#include <string.h>

#include "hash.h"
#include "token.h"

#define WORD_SEED 0x6a09e667f3bcc908ULL
#define DENSIFY_SEED 0xbb67ae8584caa73bULL
#define BAND_SEED 0x3c6ef372fe94f82bULL
#define MINHASH_BAND_SLACK 0.85

/* ---- words and shingles ------------------------------------------------- */

/* What a byte is to the word scanner: 0 a separator, NON_ASCII the first
** byte of a character token.h must classify, otherwise an ASCII letter or
** digit lower-cased. */
#define NON_ASCII 0xff
#define L(c) [c] = c, [c - 32] = c
#define HI8(b) [b] = NON_ASCII, [b + 1] = NON_ASCII, [b + 2] = NON_ASCII, [b + 3] = NON_ASCII, \
               [b + 4] = NON_ASCII, [b + 5] = NON_ASCII, [b + 6] = NON_ASCII, [b + 7] = NON_ASCII
static const unsigned char word_byte[256] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
    ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
    L('a'), L('b'), L('c'), L('d'), L('e'), L('f'), L('g'), L('h'), L('i'),
    L('j'), L('k'), L('l'), L('m'), L('n'), L('o'), L('p'), L('q'), L('r'),
    L('s'), L('t'), L('u'), L('v'), L('w'), L('x'), L('y'), L('z'),
    HI8(0x80), HI8(0x88), HI8(0x90), HI8(0x98), HI8(0xa0), HI8(0xa8), HI8(0xb0), HI8(0xb8),
    HI8(0xc0), HI8(0xc8), HI8(0xd0), HI8(0xd8), HI8(0xe0), HI8(0xe8), HI8(0xf0), HI8(0xf8),
};
#undef L
#undef HI8

/* Length of the non-ASCII character at p when it is a letter or digit, 0
** when it is not (an invalid byte is not). */
static size_t wide_word_char(const char *p, const char *end) {
  size_t len;
  int32_t cp;
  CharClass cls = text_char_class_slow(p, end, &len, &cp);
  return cls == CHAR_LETTER || cls == CHAR_DIGIT ? len : 0;
}

/* Folds 8 packed bytes into a running word hash. */
static inline uint64_t fold8(uint64_t h, uint64_t packed) {
  return hash_rotl64(h ^ (packed * 0x87c37b91114253d5ULL), 31) * 0x4cf5ad432745937fULL;
}

/* The bytes of one word being hashed: packed 8 to a 64-bit word, folded. */
typedef struct {
  uint64_t h, packed;
  unsigned n_packed, total;
} WordHash;

static inline void word_add(WordHash *w, unsigned char b) {
  w->packed = w->packed << 8 | b;
  w->total++;
  if (++w->n_packed == 8) w->h = fold8(w->h, w->packed), w->packed = 0, w->n_packed = 0;
}

/* Finds the next word in [*p, end), hashes it (ASCII lower-cased; other
** letters as their bytes) into *hash and moves *p past it. ASCII bytes take
** one table lookup each; only non-ASCII characters are decoded. False when
** no word is left. */
static inline bool next_word(const char **p, const char *end, uint64_t *hash) {
  const char *s = *p;
  size_t wide = 0; /* length of a non-ASCII letter at s, once classified */
  for (; s < end; s++) {
    unsigned char b = word_byte[(unsigned char)*s];
    if (b == 0) continue;
    if (b != NON_ASCII || (wide = wide_word_char(s, end)) > 0) break;
  }
  if (s >= end) return false;
  WordHash w = {WORD_SEED, 0, 0, 0};
  while (s < end) {
    unsigned char b = word_byte[(unsigned char)*s];
    if (b == 0) break;
    if (b != NON_ASCII) {
      word_add(&w, b);
      s++;
      continue;
    }
    if (wide == 0 && (wide = wide_word_char(s, end)) == 0) break;
    for (; wide > 0; wide--) word_add(&w, (unsigned char)*s++);
  }
  *hash = hash_mix64(fold8(w.h, w.packed) ^ w.total);
  *p = s;
  return true;
}

/* Shingle hashes by a rolling polynomial over word hashes: poly = sum of
** w_t * P^(count - 1 - t) (mod 2^64) over the newest count <= k words, kept
** up to date in two multiplies per word; the ring remembers which word
** leaves next. */
#define SHINGLE_P 0x9e3779b97f4a7c15ULL
typedef struct {
  uint64_t ring[MINHASH_MAX_SHINGLE_LEN];
  size_t k, n_words, next; /* ring[next] is the oldest word once full */
  uint64_t poly, p_top;    /* p_top = P^(k - 1) */
} Shingler;

static void shingler_init(Shingler *s, size_t k) {
  memset(s, 0, sizeof *s);
  s->k = k;
  s->p_top = 1;
  for (size_t i = 1; i < k; i++) s->p_top *= SHINGLE_P;
}

static inline void shingler_push(Shingler *s, uint64_t word) {
  if (s->n_words >= s->k) s->poly -= s->ring[s->next] * s->p_top;
  s->poly = s->poly * SHINGLE_P + word;
  s->ring[s->next] = word;
  s->next = s->next + 1 == s->k ? 0 : s->next + 1;
  s->n_words++;
}

/* The hash of the shingle of the newest min(n_words, k) words. */
static inline uint64_t shingle_hash(const Shingler *s) {
  return hash_mix64(s->poly ^ (s->n_words < s->k ? s->n_words : s->k));
}

static size_t clamp_k(size_t k) {
  if (k == 0) return MINHASH_SHINGLE_LEN;
  return k > MINHASH_MAX_SHINGLE_LEN ? MINHASH_MAX_SHINGLE_LEN : k;
}

/* Calls emit(ctx, h) for every shingle hash h of text, in order, and
** returns how many there were. A text of 1 to k - 1 words has one shingle
** of all its words. */
static size_t for_each_shingle(Span text, size_t k, void (*emit)(void *, uint64_t), void *ctx) {
  Shingler sh;
  shingler_init(&sh, clamp_k(k));
  const char *p = text.ptr, *end = text.ptr + text.len;
  uint64_t w;
  while (next_word(&p, end, &w)) {
    shingler_push(&sh, w);
    if (sh.n_words >= sh.k) emit(ctx, shingle_hash(&sh));
  }
  if (sh.n_words == 0) return 0;
  if (sh.n_words < sh.k) {
    emit(ctx, shingle_hash(&sh));
    return 1;
  }
  return sh.n_words - sh.k + 1;
}

/* ---- signatures --------------------------------------------------------- */

/* One-permutation hashing: the top 7 bits choose the bin, the next 32 bits
** are its candidate minimum (kept below MINHASH_EMPTY). */
static void oph_update(void *ctx, uint64_t h) {
  MinHash *m = ctx;
  size_t bin = (size_t)(h >> 57);
  uint32_t v = (uint32_t)(h >> 25);
  if (v == MINHASH_EMPTY) v--;
  if (v < m->v[bin]) m->v[bin] = v;
}

/* Optimal densification (Shrivastava 2017): each empty bin i copies the
** first non-empty bin of its own probe sequence hash(i, 1), hash(i, 2), ...,
** which depends only on i, so two documents fill bin i from the same place
** whenever they agree on which bins are empty. */
static void densify(MinHash *m) {
  MinHash orig = *m;
  for (size_t i = 0; i < MINHASH_SIZE; i++) {
    if (orig.v[i] != MINHASH_EMPTY) continue;
    for (uint64_t attempt = 1;; attempt++) {
      size_t j = (size_t)(hash_mix64(DENSIFY_SEED ^ ((uint64_t)i << 32 | attempt)) % MINHASH_SIZE);
      if (orig.v[j] != MINHASH_EMPTY) {
        m->v[i] = orig.v[j];
        break;
      }
    }
  }
}

size_t minhash_text(Span text, size_t shingle_len, MinHash *out) {
  for (size_t i = 0; i < MINHASH_SIZE; i++) out->v[i] = MINHASH_EMPTY;
  size_t n = for_each_shingle(text, shingle_len, oph_update, out);
  if (n > 0) densify(out);
  return n;
}

double minhash_jaccard(const MinHash *a, const MinHash *b) {
  if (minhash_is_empty(a) || minhash_is_empty(b)) return 0;
  size_t same = 0;
  for (size_t i = 0; i < MINHASH_SIZE; i++) same += a->v[i] == b->v[i];
  return (double)same / MINHASH_SIZE;
}

/* ---- exact Jaccard ------------------------------------------------------ */

typedef VEC(uint64_t) HashVec;

static void push_hash(void *ctx, uint64_t h) {
  HashVec *v = ctx;
  if (v->len < v->cap) v->items[v->len++] = h; /* capacity reserved up front */
}

static int cmp_u64(const void *x, const void *y) {
  uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
  return (a > b) - (a < b);
}

/* The sorted distinct shingle hashes of text into *v. */
static LedeStatus shingle_set(Span text, size_t k, HashVec *v) {
  /* a text has at most one shingle per word start, i.e. per 2 bytes, + 1 */
  if (!vec_reserve(v, text.len / 2 + 1)) return LEDE_ENOMEM;
  for_each_shingle(text, k, push_hash, v);
  if (v->len > 1) qsort(v->items, v->len, sizeof *v->items, cmp_u64);
  size_t kept = 0;
  for (size_t i = 0; i < v->len; i++)
    if (kept == 0 || v->items[kept - 1] != v->items[i]) v->items[kept++] = v->items[i];
  v->len = kept;
  return LEDE_OK;
}

LedeStatus minhash_exact_jaccard(Span a, Span b, size_t shingle_len, double *out) {
  HashVec sa = {0}, sb = {0};
  *out = 0;
  LedeStatus rc = shingle_set(a, shingle_len, &sa);
  if (rc == LEDE_OK) rc = shingle_set(b, shingle_len, &sb);
  if (rc == LEDE_OK && sa.len > 0 && sb.len > 0) {
    size_t i = 0, j = 0, both = 0;
    while (i < sa.len && j < sb.len) {
      if (sa.items[i] < sb.items[j]) i++;
      else if (sa.items[i] > sb.items[j]) j++;
      else both++, i++, j++;
    }
    *out = (double)both / (double)(sa.len + sb.len - both);
  }
  vec_free(&sa);
  vec_free(&sb);
  return rc;
}

/* ---- LSH banding -------------------------------------------------------- */

/* The probability that signatures at Jaccard s share a band. */
static double band_hit(double s, size_t bands, size_t rows) {
  return 1 - pow(1 - pow(s, (double)rows), (double)bands);
}

/* Midpoint-rule integral of band_hit (or of its complement) over [lo, hi]. */
static double band_area(double lo, double hi, size_t bands, size_t rows, bool complement) {
  const int steps = 200;
  double width = (hi - lo) / steps, sum = 0;
  for (int i = 0; i < steps; i++) {
    double p = band_hit(lo + (i + 0.5) * width, bands, rows);
    sum += complement ? 1 - p : p;
  }
  return sum * width;
}

MinHashBands minhash_bands_for(double threshold) {
  MinHashBands best = {MINHASH_SIZE, 1};
  double best_err = INFINITY;
  if (!(threshold > 0 && threshold <= 1)) return best;
  for (size_t b = 1; b <= MINHASH_SIZE; b++) {
    for (size_t r = 1; b * r <= MINHASH_SIZE; r++) {
      double err = band_area(0, threshold, b, r, false) + band_area(threshold, 1, b, r, true);
      if (err < best_err) best_err = err, best = (MinHashBands){b, r};
    }
  }
  return best;
}

typedef struct {
  uint64_t key;
  uint32_t head; /* the last document that entered the bucket, + 1 (0: empty slot) */
} BandSlot;

/* Called for each (earlier, later) pair of documents sharing a bucket. */
typedef LedeStatus (*PairVisit)(void *ctx, size_t earlier, size_t later);

/* Walks every band of sigs[0..n): each non-empty document meets up to
** max_per_bucket (0: all) of the documents that entered its bucket before
** it, most recent first, through visit. */
static LedeStatus lsh_walk(const MinHash *sigs, size_t n, MinHashBands bb, size_t max_per_bucket,
                           PairVisit visit, void *ctx) {
  size_t cap = 16;
  while (cap < 2 * n) cap *= 2;
  BandSlot *slots = malloc(cap * sizeof *slots);
  uint32_t *next = malloc((n > 0 ? n : 1) * sizeof *next);
  LedeStatus rc = slots != NULL && next != NULL ? LEDE_OK : LEDE_ENOMEM;
  for (size_t band = 0; rc == LEDE_OK && band < bb.bands; band++) {
    memset(slots, 0, cap * sizeof *slots);
    for (size_t d = 0; rc == LEDE_OK && d < n; d++) {
      if (minhash_is_empty(&sigs[d])) continue;
      const uint32_t *rows = sigs[d].v + band * bb.rows;
      uint64_t key = hash_bytes(rows, bb.rows * sizeof *rows, BAND_SEED + band);
      size_t i = (size_t)key & (cap - 1);
      while (slots[i].head != 0 && slots[i].key != key) i = (i + 1) & (cap - 1);
      size_t seen = 0;
      for (uint32_t e = slots[i].head; e != 0 && rc == LEDE_OK; e = next[e - 1]) {
        if (max_per_bucket > 0 && seen++ >= max_per_bucket) break;
        rc = visit(ctx, e - 1, d);
      }
      next[d] = slots[i].head;
      slots[i] = (BandSlot){key, (uint32_t)d + 1};
    }
  }
  free(slots);
  free(next);
  return rc;
}

static LedeStatus check_banding(size_t n, MinHashBands bb, Err *err) {
  if (bb.bands == 0 || bb.rows == 0 || bb.bands * bb.rows > MINHASH_SIZE)
    return err_set(err, LEDE_EINPUT, "minhash: %zu bands of %zu rows do not fit %d bins",
                   bb.bands, bb.rows, MINHASH_SIZE);
  if (n >= UINT32_MAX) return err_set(err, LEDE_EINPUT, "minhash: too many documents (%zu)", n);
  return LEDE_OK;
}

typedef struct {
  const MinHash *sigs;
  MinHashPairVec *out;
} CandidateCtx;

static LedeStatus add_candidate(void *ctx, size_t earlier, size_t later) {
  CandidateCtx *c = ctx;
  MinHashPair p = {earlier, later, 0};
  return vec_push(c->out, p) ? LEDE_OK : LEDE_ENOMEM;
}

static int cmp_pair(const void *x, const void *y) {
  const MinHashPair *p = x, *q = y;
  if (p->a != q->a) return p->a < q->a ? -1 : 1;
  return (p->b > q->b) - (p->b < q->b);
}

LedeStatus minhash_candidates(const MinHash *sigs, size_t n, MinHashBands bb,
                              size_t max_per_bucket, MinHashPairVec *out, Err *err) {
  out->len = 0;
  LedeStatus rc = check_banding(n, bb, err);
  if (rc != LEDE_OK) return rc;
  CandidateCtx c = {sigs, out};
  if ((rc = lsh_walk(sigs, n, bb, max_per_bucket, add_candidate, &c)) != LEDE_OK) {
    out->len = 0;
    return err_set(err, rc, "minhash: out of memory");
  }
  if (out->len > 1) qsort(out->items, out->len, sizeof *out->items, cmp_pair);
  size_t kept = 0;
  for (size_t i = 0; i < out->len; i++) {
    MinHashPair p = out->items[i];
    if (kept > 0 && out->items[kept - 1].a == p.a && out->items[kept - 1].b == p.b) continue;
    p.jaccard = minhash_jaccard(&sigs[p.a], &sigs[p.b]);
    out->items[kept++] = p;
  }
  out->len = kept;
  return LEDE_OK;
}

/* ---- duplicate groups --------------------------------------------------- */

typedef struct {
  const MinHash *sigs;
  uint32_t *parent;
  double threshold;
} UnionCtx;

static uint32_t uf_find(uint32_t *parent, uint32_t x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]]; /* path halving */
    x = parent[x];
  }
  return x;
}

static LedeStatus join_if_close(void *ctx, size_t earlier, size_t later) {
  UnionCtx *u = ctx;
  uint32_t ra = uf_find(u->parent, (uint32_t)earlier), rb = uf_find(u->parent, (uint32_t)later);
  if (ra == rb) return LEDE_OK;
  if (minhash_jaccard(&u->sigs[earlier], &u->sigs[later]) < u->threshold) return LEDE_OK;
  if (ra < rb) u->parent[rb] = ra;
  else u->parent[ra] = rb;
  return LEDE_OK;
}

/* Lists the union-find sets of two or more members into *out (CSR). */
static LedeStatus collect_groups(uint32_t *parent, size_t n, MinHashGroups *out) {
  uint32_t *size = calloc(n > 0 ? n : 1, sizeof *size), *slot = malloc((n > 0 ? n : 1) * sizeof *slot);
  bool ok = size != NULL && slot != NULL;
  for (size_t d = 0; ok && d < n; d++) size[uf_find(parent, (uint32_t)d)]++;
  size_t total = 0;
  for (size_t d = 0; ok && d < n; d++) {
    uint32_t root = uf_find(parent, (uint32_t)d);
    if (root != d || size[d] < 2) continue;
    slot[d] = (uint32_t)out->starts.len; /* group index of this root */
    ok = vec_push(&out->starts, total);
    total += size[d];
  }
  ok = ok && vec_push(&out->starts, total) && vec_reserve(&out->members, total);
  if (ok && out->starts.len == 1) out->starts.len = 0; /* no group at all */
  /* fill: starts[g] serves as the cursor of group g, then is restored */
  for (size_t d = 0; ok && d < n; d++) {
    uint32_t root = uf_find(parent, (uint32_t)d);
    if (size[root] >= 2) out->members.items[out->starts.items[slot[root]]++] = d;
  }
  for (size_t g = out->starts.len; ok && g-- > 1;) out->starts.items[g] = out->starts.items[g - 1];
  if (ok && out->starts.len > 0) out->starts.items[0] = 0;
  out->members.len = ok ? total : 0;
  free(size);
  free(slot);
  return ok ? LEDE_OK : LEDE_ENOMEM;
}

LedeStatus minhash_duplicates(const MinHash *sigs, size_t n, double threshold,
                              MinHashGroups *out, Err *err) {
  out->members.len = out->starts.len = 0;
  if (!(threshold > 0 && threshold <= 1))
    return err_set(err, LEDE_EINPUT, "minhash: threshold %g is not in (0, 1]", threshold);
  /* band for a lower threshold: pairs just above the real one then rarely
  ** miss every band, and verification drops the extra candidates */
  MinHashBands bb = minhash_bands_for(threshold * MINHASH_BAND_SLACK);
  LedeStatus rc = check_banding(n, bb, err);
  if (rc != LEDE_OK) return rc;
  uint32_t *parent = malloc((n > 0 ? n : 1) * sizeof *parent);
  if (parent == NULL) return err_set(err, LEDE_ENOMEM, "minhash: out of memory");
  for (size_t d = 0; d < n; d++) parent[d] = (uint32_t)d;
  UnionCtx u = {sigs, parent, threshold};
  rc = lsh_walk(sigs, n, bb, 8, join_if_close, &u);
  if (rc == LEDE_OK) rc = collect_groups(parent, n, out);
  free(parent);
  if (rc != LEDE_OK) {
    out->members.len = out->starts.len = 0;
    return err_set(err, rc, "minhash: out of memory");
  }
  return LEDE_OK;
}

void minhash_groups_free(MinHashGroups *g) {
  vec_free(&g->members);
  vec_free(&g->starts);
}

/*
** textgroup.c — which short texts (quotes) are wordings of one another, for
** corpus:quote_variants. Texts are added one at a time and kept only as
** term ids (terms.h: the tokenizer's words, lower-cased, so case and
** punctuation never count as a difference); texts sharing a word bigram
** that few texts have become candidate pairs, a pair links when enough of
** the shorter text's content words are in the other, and linked texts are
** grouped by union-find. Word-for-word copies (syndication) are folded
** into their first occurrence before pairing, which keeps pairs linear.
*/
#include "textgroup.h"

#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "stopwords.h"
#include "terms.h"

/* A bigram seen in a text: key = first << 32 | second. */
typedef struct {
  uint64_t key;
  uint32_t text;
} Posting;

typedef struct {
  uint32_t i, j; /* texts, i < j */
} Pair;

/* Bigrams shared by more texts than this are too common to say anything
** ("of the") and make no candidate pairs: this keeps the pairs linear. */
#define GROUP_MAX_POSTINGS 64

struct TextGroups {
  TermMap map;
  TermIdVec ids;           /* every text's terms, back to back */
  VEC(size_t) starts;      /* text t: ids[starts[t], starts[t + 1]) */
  TermIdVec content;       /* every text's distinct content words, sorted */
  VEC(size_t) cstarts;
  VEC(Posting) postings;
  VEC(Pair) pairs;
  VEC(uint32_t) scratch;   /* one text's content words */
  VEC(int64_t) scope;      /* by text: texts link only within one scope */
  VEC(uint32_t) same_as;   /* by text: the first text with the same words and scope */
  uint32_t *seen;          /* open addressing over texts' word sequences: text + 1 */
  size_t seen_cap, n_seen;
  VEC(uint32_t) parent;    /* union-find, by text */
  VEC(uint32_t) partner;   /* a short text's best-linked partner, or UINT32_MAX */
  VEC(double) rank;        /* and how well it is linked */
  VEC(uint32_t) members;   /* by root: texts in its group */
  VEC(uint32_t) number;    /* by root: the group's number, 0 until given */
};

void textgroups_free(TextGroups *w) {
  if (w == NULL) return;
  termmap_free(&w->map);
  vec_free(&w->ids), vec_free(&w->starts), vec_free(&w->content), vec_free(&w->cstarts);
  vec_free(&w->postings), vec_free(&w->pairs), vec_free(&w->scratch), vec_free(&w->parent);
  vec_free(&w->scope), vec_free(&w->same_as);
  vec_free(&w->partner), vec_free(&w->rank), vec_free(&w->members), vec_free(&w->number);
  free(w->seen);
  free(w);
}

TextGroups *textgroups_new(void) {
  TextGroups *w = calloc(1, sizeof *w);
  if (w == NULL) return NULL;
  if (!vec_push(&w->starts, (size_t)0) || !vec_push(&w->cstarts, (size_t)0)) {
    textgroups_free(w);
    return NULL;
  }
  return w;
}

size_t textgroups_count(const TextGroups *w) { return w->scope.len; }

static int cmp_u32(const void *x, const void *y) {
  uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
  return (a > b) - (a < b);
}

static int cmp_posting(const void *x, const void *y) {
  const Posting *a = x, *b = y;
  if (a->key != b->key) return a->key < b->key ? -1 : 1;
  return (a->text > b->text) - (a->text < b->text);
}

static int cmp_pair(const void *x, const void *y) {
  const Pair *a = x, *b = y;
  if (a->i != b->i) return a->i < b->i ? -1 : 1;
  return (a->j > b->j) - (a->j < b->j);
}

/* Appends text t's distinct content words (not stop words), sorted. */
static bool add_content(TextGroups *w, size_t from, size_t to) {
  w->scratch.len = 0;
  for (size_t k = from; k < to; k++) {
    uint32_t id = w->ids.items[k];
    if (!stopword_is(termmap_term(&w->map, id)) && !vec_push(&w->scratch, id)) return false;
  }
  if (w->scratch.len > 1) qsort(w->scratch.items, w->scratch.len, sizeof(uint32_t), cmp_u32);
  for (size_t k = 0; k < w->scratch.len; k++)
    if ((k == 0 || w->scratch.items[k] != w->scratch.items[k - 1]) && !vec_push(&w->content, w->scratch.items[k]))
      return false;
  return vec_push(&w->cstarts, w->content.len);
}

static size_t n_content(const TextGroups *w, uint32_t t) {
  return w->cstarts.items[t + 1] - w->cstarts.items[t];
}

/* Whether texts a and b have the same words and scope. */
static bool same_text(const TextGroups *w, uint32_t a, uint32_t b) {
  size_t la = w->starts.items[a + 1] - w->starts.items[a], lb = w->starts.items[b + 1] - w->starts.items[b];
  return la == lb && w->scope.items[a] == w->scope.items[b] &&
         memcmp(w->ids.items + w->starts.items[a], w->ids.items + w->starts.items[b], la * sizeof(uint32_t)) == 0;
}

/* The slot of the seen table where text t is, or where it would go. */
static size_t seen_slot(const TextGroups *w, uint32_t t) {
  size_t from = w->starts.items[t], len = w->starts.items[t + 1] - from;
  uint64_t h = hash_bytes(w->ids.items + from, len * sizeof(uint32_t), (uint64_t)w->scope.items[t]);
  size_t i = (size_t)h & (w->seen_cap - 1);
  while (w->seen[i] != 0 && !same_text(w, w->seen[i] - 1, t)) i = (i + 1) & (w->seen_cap - 1);
  return i;
}

/* Doubles the seen table (kept at most half full), placing its texts again. */
static bool grow_seen(TextGroups *w) {
  uint32_t *old = w->seen;
  size_t old_cap = w->seen_cap;
  w->seen_cap = old_cap ? old_cap * 2 : 64;
  if ((w->seen = calloc(w->seen_cap, sizeof *w->seen)) == NULL) {
    w->seen = old, w->seen_cap = old_cap;
    return false;
  }
  for (size_t i = 0; i < old_cap; i++)
    if (old[i] != 0) w->seen[seen_slot(w, old[i] - 1)] = old[i];
  free(old);
  return true;
}

/* The first earlier text with the same words and scope as text t (t
** itself when none, remembering it). Syndicated copies repeat a quote word
** for word; each copy would otherwise pair with every other. */
static bool first_copy(TextGroups *w, uint32_t t, uint32_t *first) {
  if (2 * (w->n_seen + 1) > w->seen_cap && !grow_seen(w)) return false;
  size_t i = seen_slot(w, t);
  if (w->seen[i] == 0) w->seen[i] = t + 1, w->n_seen++;
  *first = w->seen[i] - 1;
  return true;
}

LedeStatus textgroups_add(TextGroups *w, Span text, int64_t scope) {
  if (w->scope.len >= UINT32_MAX / 4) return LEDE_ENOMEM;
  uint32_t t = (uint32_t)w->scope.len;
  size_t from = w->ids.len;
  if (!vec_push(&w->scope, scope) ||
      terms_from_text(text.ptr, (Range){0, text.len}, NULL, &w->map, &w->ids, NULL) != LEDE_OK ||
      !vec_push(&w->starts, w->ids.len) || !add_content(w, from, w->ids.len))
    return LEDE_ENOMEM;
  uint32_t first = t;
  if (n_content(w, t) >= 2 && !first_copy(w, t, &first)) return LEDE_ENOMEM;
  if (!vec_push(&w->same_as, first)) return LEDE_ENOMEM;
  if (first != t) return LEDE_OK; /* a copy gets no postings of its own */
  for (size_t k = from; k + 1 < w->ids.len; k++) {
    Posting p = {(uint64_t)w->ids.items[k] << 32 | w->ids.items[k + 1], t};
    if (!vec_push(&w->postings, p)) return LEDE_ENOMEM;
  }
  return LEDE_OK;
}

/* Candidate pairs: texts sharing a bigram that few texts have; a pair
** appears once per bigram it shares. */
static bool candidate_pairs(TextGroups *w) {
  Posting *ps = w->postings.items;
  size_t n = 0;
  if (w->postings.len > 1) qsort(ps, w->postings.len, sizeof *ps, cmp_posting);
  for (size_t k = 0; k < w->postings.len; k++) /* one posting per (bigram, text) */
    if (n == 0 || ps[k].key != ps[n - 1].key || ps[k].text != ps[n - 1].text) ps[n++] = ps[k];
  for (size_t k = 0, e; k < n; k = e) {
    for (e = k; e < n && ps[e].key == ps[k].key; e++) {}
    if (e - k > GROUP_MAX_POSTINGS) continue;
    for (size_t x = k; x < e; x++)
      for (size_t y = x + 1; y < e; y++)
        if (!vec_push(&w->pairs, ((Pair){ps[x].text, ps[y].text}))) return false;
  }
  if (w->pairs.len > 1) qsort(w->pairs.items, w->pairs.len, sizeof *w->pairs.items, cmp_pair);
  return true;
}

/* |content(s) ∩ content(l)|, by merging the sorted sets. */
static size_t shared_content(const TextGroups *w, uint32_t s, uint32_t l) {
  const uint32_t *x = w->content.items + w->cstarts.items[s], *y = w->content.items + w->cstarts.items[l];
  size_t nx = n_content(w, s), ny = n_content(w, l), i = 0, j = 0, both = 0;
  while (i < nx && j < ny) {
    if (x[i] == y[j]) both++, i++, j++;
    else if (x[i] < y[j]) i++;
    else j++;
  }
  return both;
}

static uint32_t find_root(TextGroups *w, uint32_t x) {
  while (w->parent.items[x] != x) x = w->parent.items[x] = w->parent.items[w->parent.items[x]];
  return x;
}

/* Texts with at least this many content words are "long": they may join
** groups together. Shorter ones only attach to one group, so a two-word
** excerpt ("war crimes") cannot chain unrelated quotes into one group. */
#define GROUP_LONG 3

/* A text with more than this many times the content words of another is
** no wording of it: such "quotes" are runs of several paragraphs, and
** would otherwise gather every phrase they contain into one group. */
#define GROUP_MAX_RATIO 12

/* How well the pair (i, j) sharing `shared` bigrams is linked: the
** containment c of the smaller content set in the other, or 0 for no link.
** Texts of different scopes never link, nor texts of very different
** lengths (GROUP_MAX_RATIO). Two long texts link when they share at least
** GROUP_LONG content words
** and shared >= 2 with c >= 0.5, or c >= 0.75 ("a lot of people" alone
** links nothing); a short text links when all its content words are in
** the other. */
static double link_score(const TextGroups *w, uint32_t i, uint32_t j, size_t shared) {
  uint32_t s = n_content(w, i) <= n_content(w, j) ? i : j, l = s == i ? j : i;
  if (n_content(w, s) < 2 || w->scope.items[i] != w->scope.items[j]) return 0;
  if (n_content(w, l) > GROUP_MAX_RATIO * n_content(w, s)) return 0;
  size_t both = shared_content(w, s, l);
  double c = (double)both / (double)n_content(w, s);
  if (n_content(w, s) < GROUP_LONG) return both == n_content(w, s) ? c : 0;
  if (both < GROUP_LONG) return 0;
  if ((shared >= 2 && c >= 0.5) || c >= 0.75) return c;
  return 0;
}

/* Links the candidate pairs: long-long pairs unite; each short text then
** attaches to the group of its best-linked partner (long partners first). */
static void link_pairs(TextGroups *w, size_t n) {
  for (uint32_t t = 0; t < n; t++) w->parent.items[t] = t, w->partner.items[t] = UINT32_MAX, w->rank.items[t] = 0;
  for (size_t k = 0, e; k < w->pairs.len; k = e) {
    Pair p = w->pairs.items[k];
    for (e = k; e < w->pairs.len && w->pairs.items[e].i == p.i && w->pairs.items[e].j == p.j; e++) {}
    double score = link_score(w, p.i, p.j, e - k);
    if (score <= 0) continue;
    bool long_i = n_content(w, p.i) >= GROUP_LONG, long_j = n_content(w, p.j) >= GROUP_LONG;
    if (long_i && long_j) {
      w->parent.items[find_root(w, p.i)] = find_root(w, p.j);
      continue;
    }
    /* a short text prefers a long partner, then the best containment */
    uint32_t s = long_i ? p.j : p.i, l = s == p.i ? p.j : p.i;
    double rank = score + (n_content(w, l) >= GROUP_LONG ? 1 : 0);
    if (rank > w->rank.items[s]) w->rank.items[s] = rank, w->partner.items[s] = l;
  }
  for (uint32_t t = 0; t < n; t++) {
    if (w->partner.items[t] != UINT32_MAX)
      w->parent.items[find_root(w, t)] = find_root(w, w->partner.items[t]);
    if (w->same_as.items[t] != t) w->parent.items[find_root(w, t)] = find_root(w, w->same_as.items[t]);
  }
}

/* Allocates the per-text arrays of w for n texts. */
static bool reserve_per_text(TextGroups *w, size_t n) {
  return vec_reserve(&w->parent, n + 1) && vec_reserve(&w->partner, n + 1) &&
         vec_reserve(&w->rank, n + 1) && vec_reserve(&w->members, n + 1) &&
         vec_reserve(&w->number, n + 1);
}

LedeStatus textgroups_finish(TextGroups *w, uint32_t *groups) {
  size_t n = w->scope.len;
  if (!candidate_pairs(w) || !reserve_per_text(w, n)) return LEDE_ENOMEM;
  link_pairs(w, n);
  uint32_t *members = w->members.items, *number = w->number.items;
  for (size_t t = 0; t < n; t++) members[t] = 0, number[t] = 0;
  for (uint32_t t = 0; t < n; t++) members[find_root(w, t)]++;
  /* number the groups of two or more in order of their first member */
  uint32_t next = 0;
  for (uint32_t t = 0; t < n; t++) {
    uint32_t r = find_root(w, t);
    if (members[r] > 1 && number[r] == 0) number[r] = ++next;
    groups[t] = members[r] > 1 ? number[r] : 0;
  }
  return LEDE_OK;
}

/*
** lcompare.c — the text-reuse primitives under lua/lede/compare.lua:
** lede._align (the passages two texts share and what each has alone,
** align.h), lede._diff (a word-level diff, diff.h) and lede._group_texts
** (which short texts, such as quotes, are wordings of one another: shared
** word bigrams and content-word containment, grouped by union-find). Terms
** are the tokenizer's words, lower-cased, so case and punctuation never
** count as a difference. Work memory lives in boxes freed by __gc.
*/
#include <string.h>

#include "align.h"
#include "diff.h"
#include "hash.h"
#include "lkernels.h"
#include "terms.h"

/* One text as terms, with each term's byte range. */
typedef struct {
  TermIdVec ids;
  RangeVec ranges;
} TextTerms;

typedef struct {
  TermMap map;
  TextTerms a, b;
  AlignPassageVec passages;
  RangeVec only;
  DiffRunVec runs;
} CompareWork;

static void compare_work_dtor(void *p) {
  CompareWork *w = p;
  termmap_free(&w->map);
  vec_free(&w->a.ids), vec_free(&w->a.ranges), vec_free(&w->b.ids), vec_free(&w->b.ranges);
  vec_free(&w->passages), vec_free(&w->only), vec_free(&w->runs);
}

/* Reads arguments 1 and 2 into a boxed CompareWork (left on the stack) with
** both texts as terms. Raises on memory errors (the box frees). */
static CompareWork *terms_of_args(lua_State *L, Span *ta, Span *tb) {
  ta->ptr = luaL_checklstring(L, 1, &ta->len);
  tb->ptr = luaL_checklstring(L, 2, &tb->len);
  CompareWork *w = lbind_box_new(L, sizeof *w, compare_work_dtor);
  if (terms_from_text(ta->ptr, (Range){0, ta->len}, NULL, &w->map, &w->a.ids, &w->a.ranges) != LEDE_OK ||
      terms_from_text(tb->ptr, (Range){0, tb->len}, NULL, &w->map, &w->b.ids, &w->b.ranges) != LEDE_OK)
    luaL_error(L, "not enough memory");
  return w;
}

/* Sets t.from / t.to (1-based, inclusive bytes) and t.words for terms
** [first, last) of tt; an empty run gets from = to + 1 at its position. */
static void set_term_span(lua_State *L, const TextTerms *tt, size_t first, size_t last,
                          const char *from_key, const char *to_key, const char *words_key) {
  size_t from = 0, to = 0;
  if (last > first) {
    from = tt->ranges.items[first].start, to = tt->ranges.items[last - 1].end;
  } else if (first < tt->ranges.len) {
    from = to = tt->ranges.items[first].start;
  } else if (tt->ranges.len > 0) {
    from = to = tt->ranges.items[tt->ranges.len - 1].end;
  }
  lua_pushinteger(L, (lua_Integer)from + 1);
  lua_setfield(L, -2, from_key);
  lua_pushinteger(L, (lua_Integer)to);
  lua_setfield(L, -2, to_key);
  lua_pushinteger(L, (lua_Integer)(last - first));
  lua_setfield(L, -2, words_key);
}

/* Pushes the list of uncovered ranges of one side as {from, to, words}. */
static void push_only(lua_State *L, CompareWork *w, AlignSide side) {
  const TextTerms *tt = side == ALIGN_SIDE_A ? &w->a : &w->b;
  if (align_uncovered(w->passages.items, w->passages.len, side, tt->ids.len, &w->only) != LEDE_OK)
    luaL_error(L, "not enough memory");
  lua_createtable(L, (int)w->only.len, 0);
  for (size_t i = 0; i < w->only.len; i++) {
    lua_createtable(L, 0, 3);
    set_term_span(L, tt, w->only.items[i].start, w->only.items[i].end, "from", "to", "words");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
}

/* lede._align(a, b, opts?) -> {passages = {{a_from, a_to, a_words, b_from,
** b_to, b_words, similarity, matched}, ...}, only_a = {{from, to, words}},
** only_b = ...}; byte positions are 1-based and inclusive. opts: min_words
** (shortest passage, default 6), max_gap (words skipped to get back in
** step, default 3), seed (words per seed n-gram, default 4). */
static int lcompare_align(lua_State *L) {
  AlignOptions o = align_default_options();
  o.min_len = (size_t)lk_opt_number(L, 3, "min_words", (double)o.min_len, 1, 1000);
  o.max_gap = (size_t)lk_opt_number(L, 3, "max_gap", (double)o.max_gap, 0, 20);
  o.seed_len = (size_t)lk_opt_number(L, 3, "seed", (double)o.seed_len, 1, 16);
  Span ta, tb;
  CompareWork *w = terms_of_args(L, &ta, &tb);
  Err err = {0};
  if (align_passages(w->a.ids.items, w->a.ids.len, w->b.ids.items, w->b.ids.len, &o, &w->passages,
                     &err) != LEDE_OK)
    return luaL_error(L, "compare: %s", err.msg);
  lua_createtable(L, 0, 3);
  lua_createtable(L, (int)w->passages.len, 0);
  for (size_t i = 0; i < w->passages.len; i++) {
    const AlignPassage *p = &w->passages.items[i];
    lua_createtable(L, 0, 8);
    set_term_span(L, &w->a, p->a_start, p->a_end, "a_from", "a_to", "a_words");
    set_term_span(L, &w->b, p->b_start, p->b_end, "b_from", "b_to", "b_words");
    lua_pushnumber(L, p->similarity);
    lua_setfield(L, -2, "similarity");
    lua_pushinteger(L, (lua_Integer)p->matched);
    lua_setfield(L, -2, "matched");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lua_setfield(L, -2, "passages");
  push_only(L, w, ALIGN_SIDE_A);
  lua_setfield(L, -2, "only_a");
  push_only(L, w, ALIGN_SIDE_B);
  lua_setfield(L, -2, "only_b");
  return 1;
}

/* Pushes the text of terms [first, last) of tt in src ("" when empty). */
static void push_run_text(lua_State *L, Span src, const TextTerms *tt, size_t first, size_t last) {
  if (last <= first) {
    lua_pushliteral(L, "");
    return;
  }
  size_t from = tt->ranges.items[first].start, to = tt->ranges.items[last - 1].end;
  lua_pushlstring(L, src.ptr + from, to - from);
}

/* lede._diff(a, b) -> {{kind, a, b, a_words, b_words}, ...}: the runs of
** the word-level edit script turning a into b (kind "equal", "delete",
** "insert", "replace"), each with its text on both sides. */
static int lcompare_diff(lua_State *L) {
  Span ta, tb;
  CompareWork *w = terms_of_args(L, &ta, &tb);
  Err err = {0};
  if (diff_terms(w->a.ids.items, w->a.ids.len, w->b.ids.items, w->b.ids.len, &w->runs, &err) != LEDE_OK)
    return luaL_error(L, "diff: %s", err.msg);
  lua_createtable(L, (int)w->runs.len, 0);
  for (size_t i = 0; i < w->runs.len; i++) {
    const DiffRun *r = &w->runs.items[i];
    lua_createtable(L, 0, 5);
    lua_pushstring(L, diff_kind_names[r->kind]);
    lua_setfield(L, -2, "kind");
    push_run_text(L, ta, &w->a, r->a_start, r->a_end);
    lua_setfield(L, -2, "a");
    push_run_text(L, tb, &w->b, r->b_start, r->b_end);
    lua_setfield(L, -2, "b");
    lua_pushinteger(L, (lua_Integer)(r->a_end - r->a_start));
    lua_setfield(L, -2, "a_words");
    lua_pushinteger(L, (lua_Integer)(r->b_end - r->b_start));
    lua_setfield(L, -2, "b_words");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* ---- grouping short texts (quote variants) ---------------------------------- */

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

typedef struct {
  TermMap map;
  TermIdVec ids;           /* every text's terms, back to back */
  VEC(size_t) starts;      /* text t: ids[starts[t], starts[t + 1]) */
  TermIdVec content;       /* every text's distinct content words, sorted */
  VEC(size_t) cstarts;
  VEC(Posting) postings;
  VEC(Pair) pairs;
  VEC(uint32_t) scratch;   /* one text's content words */
  VEC(lua_Integer) scope;  /* by text: texts link only within one scope */
  VEC(uint32_t) same_as;   /* by text: the first text with the same words and scope */
  uint32_t *seen;          /* open addressing over texts' word sequences: text + 1 */
  size_t seen_cap;
  VEC(uint32_t) parent;    /* union-find, by text */
  VEC(uint32_t) partner;   /* a short text's best-linked partner, or UINT32_MAX */
  VEC(double) rank;        /* and how well it is linked */
  VEC(uint32_t) members;   /* by root: texts in its group */
  VEC(uint32_t) number;    /* by root: the group's number, 0 until given */
} GroupWork;

static void group_work_dtor(void *p) {
  GroupWork *w = p;
  termmap_free(&w->map);
  vec_free(&w->ids), vec_free(&w->starts), vec_free(&w->content), vec_free(&w->cstarts);
  vec_free(&w->postings), vec_free(&w->pairs), vec_free(&w->scratch), vec_free(&w->parent);
  vec_free(&w->scope), vec_free(&w->same_as);
  vec_free(&w->partner), vec_free(&w->rank), vec_free(&w->members), vec_free(&w->number);
  free(w->seen);
  w->seen = NULL;
}

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
static bool add_content(GroupWork *w, size_t from, size_t to) {
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

static size_t n_content(const GroupWork *w, uint32_t t) {
  return w->cstarts.items[t + 1] - w->cstarts.items[t];
}

/* Whether texts a and b have the same words and scope. */
static bool same_text(const GroupWork *w, uint32_t a, uint32_t b) {
  size_t la = w->starts.items[a + 1] - w->starts.items[a], lb = w->starts.items[b + 1] - w->starts.items[b];
  return la == lb && w->scope.items[a] == w->scope.items[b] &&
         memcmp(w->ids.items + w->starts.items[a], w->ids.items + w->starts.items[b], la * sizeof(uint32_t)) == 0;
}

/* The first earlier text with the same words as text t (t itself when
** none), remembering t when it is the first. Syndicated copies repeat a
** quote word for word; each copy would otherwise pair with every other. */
static uint32_t first_copy(GroupWork *w, uint32_t t) {
  size_t from = w->starts.items[t], len = w->starts.items[t + 1] - from;
  uint64_t h = hash_bytes(w->ids.items + from, len * sizeof(uint32_t), (uint64_t)w->scope.items[t]);
  for (size_t i = (size_t)h & (w->seen_cap - 1);; i = (i + 1) & (w->seen_cap - 1)) {
    if (w->seen[i] == 0) {
      w->seen[i] = t + 1;
      return t;
    }
    if (same_text(w, w->seen[i] - 1, t)) return w->seen[i] - 1;
  }
}

/* Turns every text into terms, content words and bigram postings; a copy
** of an earlier text gets no postings (see first_copy). */
static bool index_texts(GroupWork *w, const Span *texts, size_t n) {
  if (!vec_push(&w->starts, (size_t)0) || !vec_push(&w->cstarts, (size_t)0) ||
      !vec_reserve(&w->same_as, n + 1))
    return false;
  for (w->seen_cap = 16; w->seen_cap < 2 * n; w->seen_cap *= 2) {}
  if ((w->seen = calloc(w->seen_cap, sizeof *w->seen)) == NULL) return false;
  for (size_t t = 0; t < n; t++) {
    size_t from = w->ids.len;
    if (terms_from_text(texts[t].ptr, (Range){0, texts[t].len}, NULL, &w->map, &w->ids, NULL) != LEDE_OK ||
        !vec_push(&w->starts, w->ids.len) || !add_content(w, from, w->ids.len))
      return false;
    w->same_as.items[w->same_as.len++] = n_content(w, (uint32_t)t) >= 2 ? first_copy(w, (uint32_t)t) : (uint32_t)t;
    if (w->same_as.items[t] != t) continue;
    for (size_t k = from; k + 1 < w->ids.len; k++) {
      Posting p = {(uint64_t)w->ids.items[k] << 32 | w->ids.items[k + 1], (uint32_t)t};
      if (!vec_push(&w->postings, p)) return false;
    }
  }
  return true;
}

/* Candidate pairs: texts sharing a bigram that few texts have; a pair
** appears once per bigram it shares. */
static bool candidate_pairs(GroupWork *w) {
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
static size_t shared_content(const GroupWork *w, uint32_t s, uint32_t l) {
  const uint32_t *x = w->content.items + w->cstarts.items[s], *y = w->content.items + w->cstarts.items[l];
  size_t nx = n_content(w, s), ny = n_content(w, l), i = 0, j = 0, both = 0;
  while (i < nx && j < ny) {
    if (x[i] == y[j]) both++, i++, j++;
    else if (x[i] < y[j]) i++;
    else j++;
  }
  return both;
}

static uint32_t find_root(GroupWork *w, uint32_t x) {
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
static double link_score(const GroupWork *w, uint32_t i, uint32_t j, size_t shared) {
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
static void link_pairs(GroupWork *w, size_t n) {
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
static bool reserve_per_text(GroupWork *w, size_t n) {
  return vec_reserve(&w->parent, n + 1) && vec_reserve(&w->partner, n + 1) &&
         vec_reserve(&w->rank, n + 1) && vec_reserve(&w->members, n + 1) &&
         vec_reserve(&w->number, n + 1);
}

/* Reads argument 2, the optional list of scopes (integers, one per text),
** into w->scope; absent means one scope for all. */
static void read_scopes(lua_State *L, GroupWork *w, size_t n) {
  if (!vec_reserve(&w->scope, n + 1)) luaL_error(L, "not enough memory");
  bool has_scopes = !lua_isnoneornil(L, 2);
  if (has_scopes) luaL_argcheck(L, lua_istable(L, 2) && lua_rawlen(L, 2) == n, 2, "one scope per text expected");
  for (size_t t = 0; t < n; t++) {
    w->scope.items[t] = 0;
    if (!has_scopes) continue;
    lua_rawgeti(L, 2, (lua_Integer)t + 1);
    w->scope.items[t] = lua_tointeger(L, -1);
    lua_pop(L, 1);
  }
  w->scope.len = n;
}

/* lede._group_texts(texts, scopes?) -> {group, ...}: for each text a group
** number (1, 2, ... in order of first member) shared with the texts it is
** a wording of, or 0 when it has none. scopes (integers, one per text)
** keep texts of different scopes (clusters) apart. */
static int lcompare_group_texts(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  size_t n = lua_rawlen(L, 1);
  luaL_argcheck(L, n < UINT32_MAX / 4, 1, "too many texts");
  Span *texts = lua_newuserdatauv(L, (n ? n : 1) * sizeof *texts, 0);
  for (size_t t = 0; t < n; t++) {
    if (lua_rawgeti(L, 1, (lua_Integer)t + 1) != LUA_TSTRING)
      luaL_argerror(L, 1, lua_pushfstring(L, "text %d: string expected", (int)t + 1));
    texts[t].ptr = lua_tolstring(L, -1, &texts[t].len); /* anchored in the list */
    lua_pop(L, 1);
  }
  GroupWork *w = lbind_box_new(L, sizeof *w, group_work_dtor);
  read_scopes(L, w, n);
  if (!index_texts(w, texts, n) || !candidate_pairs(w) || !reserve_per_text(w, n))
    return luaL_error(L, "not enough memory");
  link_pairs(w, n);
  uint32_t *members = w->members.items, *number = w->number.items;
  for (size_t t = 0; t < n; t++) members[t] = 0, number[t] = 0;
  for (uint32_t t = 0; t < n; t++) members[find_root(w, t)]++;
  /* number the groups of two or more in order of their first member */
  lua_createtable(L, (int)n, 0);
  uint32_t next = 0;
  for (uint32_t t = 0; t < n; t++) {
    uint32_t r = find_root(w, t);
    if (members[r] > 1 && number[r] == 0) number[r] = ++next;
    lua_pushinteger(L, members[r] > 1 ? number[r] : 0);
    lua_rawseti(L, -2, (lua_Integer)t + 1);
  }
  return 1;
}

static const LedeReg compare_functions[] = {
    {"_align", lcompare_align, NULL, NULL},
    {"_diff", lcompare_diff, NULL, NULL},
    {"_group_texts", lcompare_group_texts, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

void lbind_open_compare(lua_State *L, int lede_table) {
  lbind_register(L, lede_table, "lede.", compare_functions);
}

/*
** lcompare.c — the text-reuse primitives under lua/lede/compare.lua:
** lede._align (the passages two texts share and what each has alone,
** align.h), lede._diff (a word-level diff, diff.h) and lede._text_groups
** (which short texts, such as quotes, are wordings of one another,
** textgroup.h). Terms are the tokenizer's words, lower-cased, so case and
** punctuation never count as a difference. Work memory lives in boxes or
** userdata freed by __gc.
*/
#include "align.h"
#include "diff.h"
#include "lkernels.h"
#include "textgroup.h"
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
  *ta = lbind_check_span(L, 1);
  *tb = lbind_check_span(L, 2);
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
  lbind_set_integer(L, from_key, (lua_Integer)from + 1);
  lbind_set_integer(L, to_key, (lua_Integer)to);
  lbind_set_integer(L, words_key, (lua_Integer)(last - first));
}

/* Pushes the list of uncovered ranges of one side as {from, to, words}. */
static void push_only(lua_State *L, CompareWork *w, AlignSide side) {
  const TextTerms *tt = side == ALIGN_SIDE_A ? &w->a : &w->b;
  if (align_uncovered(w->passages.items, w->passages.len, side, tt->ids.len, &w->only) != LEDE_OK)
    luaL_error(L, "not enough memory");
  lbind_new_table(L, w->only.len, 0);
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
  lbind_new_table(L, w->passages.len, 0);
  for (size_t i = 0; i < w->passages.len; i++) {
    const AlignPassage *p = &w->passages.items[i];
    lua_createtable(L, 0, 8);
    set_term_span(L, &w->a, p->a_start, p->a_end, "a_from", "a_to", "a_words");
    set_term_span(L, &w->b, p->b_start, p->b_end, "b_from", "b_to", "b_words");
    lbind_set_number(L, "similarity", p->similarity);
    lbind_set_integer(L, "matched", (lua_Integer)p->matched);
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
  lbind_new_table(L, w->runs.len, 0);
  for (size_t i = 0; i < w->runs.len; i++) {
    const DiffRun *r = &w->runs.items[i];
    lua_createtable(L, 0, 5);
    lua_pushstring(L, diff_kind_names[r->kind]);
    lua_setfield(L, -2, "kind");
    push_run_text(L, ta, &w->a, r->a_start, r->a_end);
    lua_setfield(L, -2, "a");
    push_run_text(L, tb, &w->b, r->b_start, r->b_end);
    lua_setfield(L, -2, "b");
    lbind_set_integer(L, "a_words", (lua_Integer)(r->a_end - r->a_start));
    lbind_set_integer(L, "b_words", (lua_Integer)(r->b_end - r->b_start));
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* ---- grouping short texts (quote variants) ---------------------------------- */

#define LEDE_TEXTGROUPS_MT "lede.TextGroups"

/* The userdata: a pointer to the grouping (textgroup.h), NULL once freed. */
typedef struct {
  TextGroups *g;
} LTextGroups;

/* Frees the grouping of u, once. */
static void close_textgroups(LTextGroups *u) {
  textgroups_free(u->g);
  u->g = NULL;
}

static int ltextgroups_gc(lua_State *L) {
  close_textgroups(luaL_checkudata(L, 1, LEDE_TEXTGROUPS_MT));
  return 0;
}

/* Argument 1 as an open grouping's box; raises once it is finished. */
static LTextGroups *check_textgroups(lua_State *L) {
  LTextGroups *u = luaL_checkudata(L, 1, LEDE_TEXTGROUPS_MT);
  if (u->g == NULL) luaL_error(L, "text grouping already finished");
  return u;
}

/* lede._text_groups() -> grouping: texts are added with grouping:_add(text,
** scope?) (scope: an integer, e.g. the cluster; texts of different scopes
** never group) and grouped by grouping:_finish(). */
static int lcompare_text_groups(lua_State *L) {
  LTextGroups *u = lbind_new_userdata(L, sizeof *u, 0, LEDE_TEXTGROUPS_MT);
  if ((u->g = textgroups_new()) == NULL) return luaL_error(L, "not enough memory");
  return 1;
}

static int ltextgroups_add(lua_State *L) {
  TextGroups *g = check_textgroups(L)->g;
  Span text = lbind_check_span(L, 2);
  lua_Integer scope = luaL_optinteger(L, 3, 0);
  if (textgroups_add(g, text, scope) != LEDE_OK) return luaL_error(L, "not enough memory");
  return 0;
}

/* grouping:_finish() -> {group, ...}: for each text added, in order, its
** group number (1, 2, ... in order of first member), 0 when it has no
** other wording. Frees the grouping's memory. */
static int ltextgroups_finish(lua_State *L) {
  LTextGroups *u = check_textgroups(L);
  size_t n = textgroups_count(u->g);
  uint32_t *groups = lua_newuserdatauv(L, (n ? n : 1) * sizeof *groups, 0);
  if (textgroups_finish(u->g, groups) != LEDE_OK) return luaL_error(L, "not enough memory");
  lbind_new_table(L, n, 0);
  for (size_t t = 0; t < n; t++) {
    lua_pushinteger(L, groups[t]);
    lua_rawseti(L, -2, (lua_Integer)t + 1);
  }
  close_textgroups(u); /* done: free the index now, not at the next GC */
  return 1;
}

static const LedeReg textgroups_methods[] = {
    {"_add", ltextgroups_add, NULL, NULL},
    {"_finish", ltextgroups_finish, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

static const LedeReg compare_functions[] = {
    {"_align", lcompare_align, NULL, NULL},
    {"_diff", lcompare_diff, NULL, NULL},
    {"_text_groups", lcompare_text_groups, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

void lbind_open_compare(lua_State *L, int lede_table) {
  lbind_new_class(L, LEDE_TEXTGROUPS_MT, ltextgroups_gc, textgroups_methods);
  lbind_register(L, lede_table, "lede.", compare_functions);
}

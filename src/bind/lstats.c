/*
** lstats.c — the counting primitives under lua/lede/stats.lua
** (corpus:freq, ngrams, collocations, keyness): a Counter userdata that
** counts n-grams per group as documents are fed to it, and a Colloc
** userdata that counts the words in windows around a node word. Both own
** a Lexer and their counts (counts.h), freed by __gc; Lua streams the
** documents in, so the corpus is never held in memory. Keyness is ranked
** by keyness.h, collocations counted and scored by colloc.h.
*/
#include "colloc.h"
#include "counts.h"
#include "keyness.h"
#include "lkernels.h"

#define LEDE_COLLOC_MT "lede.Colloc"

static const char *const form_names[] = {"word", "lower", "stem", NULL};

/* Pushes the n-gram ids[0..n) as text (lexer_ngram_text). */
static void push_terms(lua_State *L, const Lexer *lx, const uint32_t *ids, size_t n) {
  luaL_Buffer b;
  size_t len = lexer_ngram_text(lx, ids, n, NULL);
  lexer_ngram_text(lx, ids, n, luaL_buffinitsize(L, &b, len));
  luaL_pushresultsize(&b, len);
}

/* v as a count threshold: negative is 0, past UINT32_MAX is UINT32_MAX. */
static uint32_t clamp_u32(lua_Integer v) {
  return v > 0 ? (uint32_t)(v < UINT32_MAX ? v : UINT32_MAX) : 0;
}

/* ---- Counter: n-grams per group ------------------------------------------- */

typedef WordCounter LCounter;

static int lcounter_gc(lua_State *L) {
  word_counter_free(luaL_checkudata(L, 1, LEDE_COUNTER_MT));
  return 0;
}

static LCounter *check_counter(lua_State *L) { return luaL_checkudata(L, 1, LEDE_COUNTER_MT); }

/* lede._counter(n, by, drop_stopwords, max_entries?) -> counter */
static int lstats_counter(lua_State *L) {
  lua_Integer n = luaL_checkinteger(L, 1);
  luaL_argcheck(L, n >= 1 && n <= NGRAM_MAX, 1, "n-gram length 1..5 expected");
  int form = luaL_checkoption(L, 2, "lower", form_names);
  bool drop = lua_toboolean(L, 3);
  lua_Integer max_entries = luaL_optinteger(L, 4, 0);
  luaL_argcheck(L, max_entries >= 0 && max_entries < INT32_MAX, 4, "0..2^31 expected");
  LCounter *c = lbind_new_userdata(L, sizeof *c, 0, LEDE_COUNTER_MT);
  if (word_counter_init(c, (size_t)n, (WordForm)form, drop, (size_t)max_entries) != LEDE_OK)
    return luaL_error(L, "not enough memory");
  return 1;
}

/* counter:_add(text, group): counts the n-grams of text as one document. */
static int lcounter_add(lua_State *L) {
  LCounter *c = check_counter(L);
  Span text = lbind_check_span(L, 2);
  lua_Integer group = luaL_optinteger(L, 3, 0);
  luaL_argcheck(L, group >= 0 && group < INT32_MAX, 3, "group 0..2^31 expected");
  if (word_counter_add(c, (uint32_t)group, text) != LEDE_OK)
    return luaL_error(L, "counting: not enough memory");
  return 0;
}

static void entry_vec_dtor(void *p) { vec_free((EntryVec *)p); }

static void flag_vec_dtor(void *p) { vec_free((FlagVec *)p); }

/* counter:_top(limit, min_count, skip_stopwords) -> {{group, term, count,
** docs}, ...}: the most frequent n-grams, at most limit per group;
** skip_stopwords leaves out the n-grams holding a stop word. */
static int lcounter_top(lua_State *L) {
  LCounter *c = check_counter(L);
  lua_Integer limit = luaL_checkinteger(L, 2), min_count = luaL_optinteger(L, 3, 1);
  bool skip_stop = lua_toboolean(L, 4);
  EntryVec *top = lbind_box_new(L, sizeof *top, entry_vec_dtor);
  FlagVec *flags = lbind_box_new(L, sizeof *flags, flag_vec_dtor);
  if ((skip_stop && lexer_stop_flags(&c->lx, flags) != LEDE_OK) ||
      ngram_top(&c->tab, limit > 0 ? (size_t)limit : 0, clamp_u32(min_count),
                skip_stop ? flags->items : NULL, top) != LEDE_OK)
    return luaL_error(L, "counting: not enough memory");
  lbind_new_table(L, top->len, 0);
  for (size_t i = 0; i < top->len; i++) {
    size_t e = top->items[i];
    const uint32_t *key = ngram_key(&c->tab, e);
    lua_createtable(L, 0, 4);
    lbind_set_integer(L, "group", key[0]);
    push_terms(L, &c->lx, key + 1, c->tab.n);
    lua_setfield(L, -2, "term");
    lbind_set_integer(L, "count", c->tab.stats.items[e].count);
    lbind_set_integer(L, "docs", c->tab.stats.items[e].docs);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* counter:_clear(): forgets the counts (the word forms are kept). */
static int lcounter_clear(lua_State *L) {
  ngram_clear(&check_counter(L)->tab);
  return 0;
}

/* counter:_total(group) -> words counted in group (stop words too);
** counter:_error_bound(). */
static int lcounter_total(lua_State *L) {
  LCounter *c = check_counter(L);
  lua_Integer group = luaL_checkinteger(L, 2);
  lua_pushinteger(L, group >= 0 && group < INT32_MAX ? (lua_Integer)ngram_total(&c->tab, (uint32_t)group) : 0);
  return 1;
}

static int lcounter_error_bound(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)check_counter(L)->tab.error_bound);
  return 1;
}

/* ---- keyness: a target against a reference ---------------------------------- */

static void keyness_dtor(void *p) { keyness_result_free(p); }

static void push_key_row(lua_State *L, const KeynessResult *res, const KeynessRow *r) {
  lua_createtable(L, 0, 10);
  push_terms(L, &r->counter->lx, keyness_row_ngram(r), r->counter->tab.n);
  lua_setfield(L, -2, "term");
  lbind_set_integer(L, "a", r->a);
  lbind_set_integer(L, "b", r->b);
  lbind_set_number(L, "c", res->c);
  lbind_set_number(L, "d", res->d);
  lbind_set_number(L, "ll", r->k.ll);
  lbind_set_number(L, "log_ratio", r->k.log_ratio);
  lbind_set_number(L, "pct_diff", r->k.pct_diff);
  lbind_set_number(L, "e1", r->k.e_target);
  lbind_set_number(L, "e2", r->k.e_ref);
}

/* Reads the arguments of _keyness into *q. */
static void read_keyness_query(lua_State *L, KeynessQuery *q) {
  q->target = check_counter(L);
  lua_Integer tg = luaL_checkinteger(L, 2), rg = luaL_checkinteger(L, 4);
  q->ref = luaL_checkudata(L, 3, LEDE_COUNTER_MT);
  luaL_argcheck(L, tg >= 0 && tg < INT32_MAX && rg >= 0 && rg < INT32_MAX, 2, "groups 0..2^31");
  luaL_argcheck(L, q->ref->tab.n == q->target->tab.n, 3, "counters of one n-gram length expected");
  q->target_group = (uint32_t)tg, q->ref_group = (uint32_t)rg;
  q->ref_is_total = lua_toboolean(L, 5);
  q->skip_stopwords = lua_toboolean(L, 9);
  q->min_freq = clamp_u32(luaL_checkinteger(L, 6));
  lua_Integer limit = luaL_checkinteger(L, 7);
  q->limit = limit > 0 ? (size_t)limit : 0;
  q->negative = lua_toboolean(L, 8);
}

/* counter:_keyness(target_group, ref_counter, ref_group, ref_is_total,
** min_freq, limit, negative, skip_stopwords) -> rows {term, a, b, c, d, ll,
** log_ratio, pct_diff, e1, e2}: the highest signed LL first, or the lowest
** when negative (keyness.h). */
static int lcounter_keyness(lua_State *L) {
  KeynessQuery q = {0};
  read_keyness_query(L, &q);
  KeynessResult *res = lbind_box_new(L, sizeof *res, keyness_dtor);
  if (keyness_rank(&q, res) != LEDE_OK) return luaL_error(L, "keyness: not enough memory");
  lbind_new_table(L, res->rows.len, 0);
  for (size_t i = 0; i < res->rows.len; i++) {
    push_key_row(L, res, &res->rows.items[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* ---- Colloc: windows around a node word ----------------------------------- */

typedef Colloc LColloc;

static int lcolloc_gc(lua_State *L) {
  colloc_free(luaL_checkudata(L, 1, LEDE_COLLOC_MT));
  return 0;
}

static LColloc *check_colloc(lua_State *L) { return luaL_checkudata(L, 1, LEDE_COLLOC_MT); }

/* lede._colloc(node, by, drop_stopwords, left, right) -> colloc, or raises
** when node is not one word. */
static int lstats_colloc(lua_State *L) {
  Span node = lbind_check_span(L, 1);
  int form = luaL_checkoption(L, 2, "lower", form_names);
  bool drop = lua_toboolean(L, 3);
  lua_Integer left = luaL_checkinteger(L, 4), right = luaL_checkinteger(L, 5);
  luaL_argcheck(L, left >= 0 && right >= 0 && left + right > 0 && left <= 100 && right <= 100, 4,
                "window sizes 0..100, not both 0, expected");
  LColloc *c = lbind_new_userdata(L, sizeof *c, 0, LEDE_COLLOC_MT);
  LedeStatus rc = colloc_init(c, node, (WordForm)form, drop, (size_t)left, (size_t)right);
  if (rc == LEDE_EINPUT) return luaL_argerror(L, 1, "one word expected");
  if (rc != LEDE_OK) return luaL_error(L, "not enough memory");
  return 1;
}

/* colloc:_add(text): counts text, sentence by sentence. */
static int lcolloc_add(lua_State *L) {
  LColloc *c = check_colloc(L);
  if (colloc_add(c, lbind_check_span(L, 2)) != LEDE_OK)
    return luaL_error(L, "collocations: not enough memory");
  return 0;
}

static void colloc_result_dtor(void *p) { colloc_result_free(p); }

/* Pushes one collocation row with its 2x2 table (for :explain()). */
static void push_colloc_row(lua_State *L, const LColloc *c, const CollocResult *res, const CollocRow *r) {
  lua_createtable(L, 0, 12);
  push_terms(L, &c->lx, &r->id, 1);
  lua_setfield(L, -2, "collocate");
  lbind_set_integer(L, "together", (lua_Integer)r->t.o11); /* counts: exact in a double below 2^53 */
  lbind_set_integer(L, "freq", (lua_Integer)r->freq);
  lbind_set_number(L, "score", r->score);
  lbind_set_integer(L, "o11", (lua_Integer)r->t.o11);
  lbind_set_integer(L, "o12", (lua_Integer)r->t.o12);
  lbind_set_integer(L, "o21", (lua_Integer)r->t.o21);
  lbind_set_integer(L, "o22", (lua_Integer)r->t.o22);
  lbind_set_number(L, "e11", r->e11);
  lbind_set_integer(L, "n", (lua_Integer)res->n);
  lbind_set_integer(L, "span", (lua_Integer)c->span);
  lbind_set_integer(L, "node_freq", (lua_Integer)c->n_node);
}

/* colloc:_result(measure, min_freq, limit, counter?) -> rows, best first:
** collocate, together (O11), freq (f(y)), score, and the table cells
** o11..o22, e11, n, span, node_freq. With counter (unigrams of the whole
** corpus), f(y) and N come from it (colloc.h). */
static int lcolloc_result(lua_State *L) {
  LColloc *c = check_colloc(L);
  AssocMeasure m = (AssocMeasure)luaL_checkoption(L, 2, "llr", assoc_measure_names);
  lua_Integer min_freq = luaL_checkinteger(L, 3), limit = luaL_checkinteger(L, 4);
  const WordCounter *corpus = lua_isnoneornil(L, 5) ? NULL : luaL_checkudata(L, 5, LEDE_COUNTER_MT);
  luaL_argcheck(L, corpus == NULL || corpus->tab.n == 1, 5, "a counter of single words expected");
  CollocResult *res = lbind_box_new(L, sizeof *res, colloc_result_dtor);
  if (colloc_rank(c, m, min_freq > 0 ? (uint64_t)min_freq : 0, limit > 0 ? (size_t)limit : 0, corpus, res) !=
      LEDE_OK)
    return luaL_error(L, "collocations: not enough memory");
  lbind_new_table(L, res->rows.len, 0);
  for (size_t i = 0; i < res->rows.len; i++) {
    push_colloc_row(L, c, res, &res->rows.items[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* ---- registration ----------------------------------------------------------- */

static const LedeReg counter_methods[] = {
    {"_add", lcounter_add, NULL, NULL},
    {"_top", lcounter_top, NULL, NULL},
    {"_clear", lcounter_clear, NULL, NULL},
    {"_total", lcounter_total, NULL, NULL},
    {"_error_bound", lcounter_error_bound, NULL, NULL},
    {"_keyness", lcounter_keyness, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

static const LedeReg colloc_methods[] = {
    {"_add", lcolloc_add, NULL, NULL},
    {"_result", lcolloc_result, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

static const LedeReg stats_functions[] = {
    {"_counter", lstats_counter, NULL, NULL},
    {"_colloc", lstats_colloc, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

void lbind_open_stats(lua_State *L, int lede_table) {
  lede_table = lua_absindex(L, lede_table);
  lbind_new_class(L, LEDE_COUNTER_MT, lcounter_gc, counter_methods);
  lbind_new_class(L, LEDE_COLLOC_MT, lcolloc_gc, colloc_methods);
  lbind_register(L, lede_table, "lede.", stats_functions);
}

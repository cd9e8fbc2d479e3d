/*
** lsummary.c — summaries and their scores: lede.rouge (ROUGE-1/2/L/Lsum of
** a candidate against one or more references, rouge.h) and lede._summarize,
** the primitive under corpus:summarize (lua/lede/summary.lua), which picks
** sentences with LexRank + MMR (summarize.h).
*/
#include <string.h>

#include "lkernels.h"
#include "rouge.h"
#include "summarize.h"

static void rouge_dtor(void *p) { rouge_free(*(Rouge **)p); }

/* Reads argument 2 (a string or a list of strings) into a boxed Span array
** anchored in the argument itself; *n gets the count. */
static Span *read_refs(lua_State *L, size_t *n) {
  if (lua_type(L, 2) == LUA_TSTRING) {
    Span *one = lua_newuserdatauv(L, sizeof *one, 0);
    one->ptr = lua_tolstring(L, 2, &one->len);
    *n = 1;
    return one;
  }
  luaL_argexpected(L, lua_type(L, 2) == LUA_TTABLE, 2, "string or list of strings");
  *n = lua_rawlen(L, 2);
  if (*n == 0) luaL_argerror(L, 2, "at least one reference expected");
  Span *refs = lua_newuserdatauv(L, *n * sizeof *refs, 0);
  for (size_t i = 0; i < *n; i++) {
    if (lua_rawgeti(L, 2, (lua_Integer)i + 1) != LUA_TSTRING)
      luaL_argerror(L, 2, lua_pushfstring(L, "reference %d: string expected, got %s", (int)i + 1,
                                          luaL_typename(L, -1)));
    refs[i].ptr = lua_tolstring(L, -1, &refs[i].len); /* anchored in the list */
    lua_pop(L, 1);
  }
  return refs;
}

/* Pushes one row {measure, precision, recall, f} onto the list at -1. */
static void push_rouge_row(lua_State *L, int i, const char *measure, RougePRF s) {
  lua_createtable(L, 0, 4);
  lua_pushstring(L, measure);
  lua_setfield(L, -2, "measure");
  lbind_set_number(L, "precision", s.precision);
  lbind_set_number(L, "recall", s.recall);
  lbind_set_number(L, "f", s.f);
  lua_rawseti(L, -2, i);
}

/* lede.rouge(candidate, reference_or_list, opts?) -> rowset with fields
** rouge1, rouge2, rougeL, rougeLsum (the F-scores) */
static int lsummary_rouge(lua_State *L) {
  static const char *const multis[] = {"average", "max", NULL};
  static const char *const columns[] = {"measure", "precision", "recall", "f", NULL};
  Span cand = lbind_check_span(L, 1);
  RougeOptions ro = {.stem = lbind_opt_boolean(L, 3, "stem", false)};
  ro.multi = lk_opt_choice(L, 3, "multi", "average", multis) == 0 ? ROUGE_MULTI_AVERAGE
                                                                  : ROUGE_MULTI_MAX;
  size_t n_refs;
  const Span *refs = read_refs(L, &n_refs);
  Rouge **rg = lbind_box_new(L, sizeof *rg, rouge_dtor);
  *rg = rouge_new(&ro);
  if (*rg == NULL) return luaL_error(L, "rouge: not enough memory");
  RougeScores s;
  Err err = {0};
  if (rouge_score(*rg, cand, refs, n_refs, &s, &err) != LEDE_OK)
    return luaL_error(L, "rouge: %s", err.msg);
  const char *const names[] = {"rouge1", "rouge2", "rougeL", "rougeLsum"};
  const RougePRF prf[] = {s.rouge1, s.rouge2, s.rouge_l, s.rouge_lsum};
  lua_createtable(L, 4, 0);
  for (int i = 0; i < 4; i++) push_rouge_row(L, i + 1, names[i], prf[i]);
  lk_to_rowset(L, columns); /* ... rowset */
  for (int i = 0; i < 4; i++) {
    lbind_set_number(L, names[i], prf[i].f);
  }
  return 1;
}

/* ---- summaries ------------------------------------------------------------ */

static void index_vec_dtor(void *p) { vec_free((SumIndexVec *)p); }

/* Reads the summary options at argument 3 into *o. */
static void read_sum_opts(lua_State *L, SumOptions *o) {
  static const char *const methods[] = {"mmr", "lexrank", "lead", NULL};
  static const SumMethod values[] = {SUM_MMR, SUM_LEXRANK, SUM_LEAD};
  *o = summarize_default_options();
  o->method = values[lk_opt_choice(L, 3, "method", "mmr", methods)];
  lua_Integer k = lbind_opt_integer(L, 3, "sentences", 5);
  lua_Integer words = lbind_opt_integer(L, 3, "words", 0);
  if (k < 0 || words < 0 || (k == 0 && words == 0))
    luaL_argerror(L, 3, "opts.sentences / opts.words: positive integer expected");
  o->max_sentences = (size_t)k;
  o->max_words = (size_t)words;
  o->lambda = lk_opt_number(L, 3, "lambda", o->lambda, 0, 1);
  o->max_similarity = lk_opt_number(L, 3, "max_similarity", o->max_similarity, 0, 1);
  o->stem = lbind_opt_boolean(L, 3, "stem", o->stem);
}

/* lede._summarize(sentences, docs, opts?) -> {index, ...}: the 1-based
** indices of the chosen sentences in reading order. sentences is a list of
** strings, docs a parallel list of integers (one per document). */
static int lsummary_summarize(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checktype(L, 2, LUA_TTABLE);
  SumOptions o;
  read_sum_opts(L, &o);
  size_t n = lua_rawlen(L, 1);
  if (lua_rawlen(L, 2) != n) luaL_argerror(L, 2, "one document key per sentence expected");
  SumSentence *sents = lua_newuserdatauv(L, (n ? n : 1) * sizeof *sents, 0);
  for (size_t i = 0; i < n; i++) {
    if (lua_rawgeti(L, 1, (lua_Integer)i + 1) != LUA_TSTRING)
      luaL_argerror(L, 1, lua_pushfstring(L, "sentence %d: string expected", (int)i + 1));
    sents[i].text.ptr = lua_tolstring(L, -1, &sents[i].text.len); /* anchored in the list */
    lua_pop(L, 1);
    lua_rawgeti(L, 2, (lua_Integer)i + 1);
    sents[i].doc = (size_t)lua_tointeger(L, -1);
    lua_pop(L, 1);
  }
  SumIndexVec *picked = lbind_box_new(L, sizeof *picked, index_vec_dtor);
  Err err = {0};
  if (summarize(sents, n, &o, picked, &err) != LEDE_OK) return luaL_error(L, "%s", err.msg);
  lbind_new_table(L, picked->len, 0);
  for (size_t i = 0; i < picked->len; i++) {
    lua_pushinteger(L, (lua_Integer)picked->items[i] + 1);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

static const LedeReg summary_functions[] = {
    {"rouge", lsummary_rouge, "lede.rouge(candidate, reference_or_list, opts?) -> rowset",
     "ROUGE scores of a candidate summary against one reference or a list (Lin 2004). "
     "Computed as ROUGE-1.5.5 and Google's rouge-score do. Rows: measure (rouge1, rouge2, rougeL, "
     "rougeLsum), precision, recall, f; the row set also has fields rouge1, rouge2, rougeL, "
     "rougeLsum holding the F-scores. Terms: lower-cased runs of letters and digits; opts.stem = "
     "true Porter-stems words longer than 3 bytes (ROUGE-1.5.5 -m). ROUGE-N: hits = sum over "
     "n-grams g of min(count_cand(g), count_ref(g)), R = hits / #ref n-grams, P = hits / #cand "
     "n-grams. ROUGE-L: LCS of the two term sequences, R = LCS / #ref terms, P = LCS / #cand "
     "terms. ROUGE-Lsum: summary-level LCS, each line a sentence (union LCS per reference "
     "sentence). F = 2PR / (P + R). Several references: opts.multi = \"average\" (default; counts "
     "pooled as ROUGE-1.5.5 -f A) or \"max\" (the best reference per measure). "
     "Example: lede.rouge(\"the cat sat\", \"the cat sat down\").rouge1 --> 0.857"},
    {"_summarize", lsummary_summarize, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

void lbind_open_summary(lua_State *L, int lede_table) {
  lbind_register(L, lede_table, "lede.", summary_functions);
}

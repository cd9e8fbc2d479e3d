/*
** lsimilar.c — the primitives under lua/lede/similar.lua: a TF-IDF
** userdata that learns document frequencies from a stream of documents and
** then scores each document of a second stream by its cosine with a query
** document (corpus:similar), and a MinHash userdata that keeps one 512-byte
** signature per document and finds near-duplicate groups by LSH
** (corpus:duplicates, minhash.h). Memory grows with the vocabulary and the
** number of documents, never with their text.
**
** Both userdata box core objects: the TF-IDF stream is tfidf.h's
** TfidfStream, which does the counting and weighing.
*/
#include "counts.h"
#include "lkernels.h"
#include "minhash.h"
#include "tfidf.h"

#define LEDE_TFIDF_MT "lede.TfidfStream"
#define LEDE_MINHASH_MT "lede.MinHashSet"

/* ---- TF-IDF over a stream ------------------------------------------------- */

typedef TfidfStream LTfidf;

static int ltfidf_gc(lua_State *L) {
  tfidf_stream_free(luaL_checkudata(L, 1, LEDE_TFIDF_MT));
  return 0;
}

static LTfidf *check_tfidf(lua_State *L) { return luaL_checkudata(L, 1, LEDE_TFIDF_MT); }

/* Raises the out-of-memory error of corpus:similar unless rc is LEDE_OK. */
static void check_status(lua_State *L, LedeStatus rc) {
  if (rc != LEDE_OK) luaL_error(L, "similar: not enough memory");
}

/* lede._tfidf() -> stream */
static int lsimilar_tfidf(lua_State *L) {
  LTfidf *t = lbind_new_userdata(L, sizeof *t, 0, LEDE_TFIDF_MT);
  if (tfidf_stream_init(t) != LEDE_OK) return luaL_error(L, "not enough memory");
  return 1;
}

/* stream:_add_df(text): one more document for the document frequencies. */
static int ltfidf_add_df(lua_State *L) {
  LTfidf *t = check_tfidf(L);
  check_status(L, tfidf_stream_add_df(t, lbind_check_span(L, 2)));
  return 0;
}

/* stream:_query(text, k?) -> {term, ...}: sets the document the next
** scores compare with; returns its k (default 0) heaviest terms. A
** negative k raises (cast to size_t it would read as "all terms"). */
static int ltfidf_query(lua_State *L) {
  LTfidf *t = check_tfidf(L);
  Span text = lbind_check_span(L, 2);
  lua_Integer k = luaL_optinteger(L, 3, 0);
  if (k < 0) return luaL_argerror(L, 3, lua_pushfstring(L, "non-negative integer expected, got %I", k));
  check_status(L, tfidf_stream_query(t, text, (size_t)k));
  lbind_new_table(L, t->top.len, 0);
  for (size_t i = 0; i < t->top.len; i++) {
    Span w = tfidf_stream_term(t, t->top.items[i].id);
    lua_pushlstring(L, w.ptr, w.len);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* stream:_score(text) -> the cosine of text's vector with the query's. */
static int ltfidf_score(lua_State *L) {
  LTfidf *t = check_tfidf(L);
  double cosine;
  check_status(L, tfidf_stream_score(t, lbind_check_span(L, 2), &cosine));
  lua_pushnumber(L, cosine);
  return 1;
}

/* stream:_df_from(counter): takes the document frequencies of a fresh
** stream from a counter of single lower-case words that was given each
** document of the corpus once (its entries' document counts). */
static int ltfidf_df_from(lua_State *L) {
  LTfidf *t = check_tfidf(L);
  const WordCounter *cn = luaL_checkudata(L, 2, LEDE_COUNTER_MT);
  luaL_argcheck(L, cn->tab.n == 1 && cn->lx.form == FORM_LOWER, 2, "a counter of lower-case words expected");
  luaL_argcheck(L, t->n_docs == 0, 1, "a fresh stream expected");
  check_status(L, tfidf_stream_df_from(t, cn));
  return 0;
}

static int ltfidf_n_docs(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)check_tfidf(L)->n_docs);
  return 1;
}

/* ---- MinHash signatures ------------------------------------------------------ */

typedef struct {
  size_t shingle;
  VEC(MinHash) sigs;
  VEC(lua_Integer) ids;
  MinHashGroups groups;
} LMinHash;

static int lminhash_gc(lua_State *L) {
  LMinHash *m = luaL_checkudata(L, 1, LEDE_MINHASH_MT);
  vec_free(&m->sigs), vec_free(&m->ids);
  minhash_groups_free(&m->groups);
  return 0;
}

static LMinHash *check_minhash(lua_State *L) { return luaL_checkudata(L, 1, LEDE_MINHASH_MT); }

/* lede._minhash(shingle_words) -> set */
static int lsimilar_minhash(lua_State *L) {
  lua_Integer shingle = luaL_checkinteger(L, 1);
  luaL_argcheck(L, shingle >= 1 && shingle <= MINHASH_MAX_SHINGLE_LEN, 1, "1..16 expected");
  LMinHash *m = lbind_new_userdata(L, sizeof *m, 0, LEDE_MINHASH_MT);
  m->shingle = (size_t)shingle;
  return 1;
}

/* set:_add(id, text): the signature of one document. */
static int lminhash_add(lua_State *L) {
  LMinHash *m = check_minhash(L);
  lua_Integer id = luaL_checkinteger(L, 2);
  Span text = lbind_check_span(L, 3);
  MinHash sig;
  minhash_text(text, m->shingle, &sig);
  if (!vec_push(&m->sigs, sig) || !vec_push(&m->ids, id)) return luaL_error(L, "duplicates: not enough memory");
  return 0;
}

/* set:_groups(threshold) -> {{ids = {id, ...}, estimated = {j, ...}}, ...}:
** the near-duplicate groups, each member's estimated Jaccard similarity
** taken against the group's first member. */
static int lminhash_groups(lua_State *L) {
  LMinHash *m = check_minhash(L);
  lua_Number threshold = luaL_checknumber(L, 2);
  luaL_argcheck(L, threshold > 0 && threshold <= 1, 2, "threshold in (0, 1] expected");
  Err err = {0};
  if (minhash_duplicates(m->sigs.items, m->sigs.len, threshold, &m->groups, &err) != LEDE_OK)
    return luaL_error(L, "duplicates: %s", err.msg);
  size_t n_groups = minhash_group_count(&m->groups);
  lbind_new_table(L, n_groups, 0);
  for (size_t g = 0; g < n_groups; g++) {
    size_t from = m->groups.starts.items[g], to = m->groups.starts.items[g + 1];
    const MinHash *first = &m->sigs.items[m->groups.members.items[from]];
    lua_createtable(L, 0, 2);
    lbind_new_table(L, to - from, 0); /* groups group ids */
    lbind_new_table(L, to - from, 0); /* groups group ids estimated */
    for (size_t k = from; k < to; k++) {
      size_t doc = m->groups.members.items[k];
      lua_pushinteger(L, m->ids.items[doc]);
      lua_rawseti(L, -3, (lua_Integer)(k - from) + 1);
      lua_pushnumber(L, minhash_jaccard(first, &m->sigs.items[doc]));
      lua_rawseti(L, -2, (lua_Integer)(k - from) + 1);
    }
    lua_setfield(L, -3, "estimated");
    lua_setfield(L, -2, "ids");
    lua_rawseti(L, -2, (lua_Integer)g + 1);
  }
  return 1;
}

/* lede._jaccard(a, b, shingle_words) -> the exact Jaccard similarity of the
** two texts' shingle sets. */
static int lsimilar_jaccard(lua_State *L) {
  Span a = lbind_check_span(L, 1), b = lbind_check_span(L, 2);
  lua_Integer shingle = luaL_checkinteger(L, 3);
  luaL_argcheck(L, shingle >= 1 && shingle <= MINHASH_MAX_SHINGLE_LEN, 3, "1..16 expected");
  double j = 0;
  if (minhash_exact_jaccard(a, b, (size_t)shingle, &j) != LEDE_OK)
    return luaL_error(L, "duplicates: not enough memory");
  lua_pushnumber(L, j);
  return 1;
}

/* ---- registration ----------------------------------------------------------- */

static const LedeReg tfidf_methods[] = {
    {"_add_df", ltfidf_add_df, NULL, NULL},
    {"_query", ltfidf_query, NULL, NULL},
    {"_score", ltfidf_score, NULL, NULL},
    {"_n_docs", ltfidf_n_docs, NULL, NULL},
    {"_df_from", ltfidf_df_from, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

static const LedeReg minhash_methods[] = {
    {"_add", lminhash_add, NULL, NULL},
    {"_groups", lminhash_groups, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

static const LedeReg similar_functions[] = {
    {"_tfidf", lsimilar_tfidf, NULL, NULL},
    {"_minhash", lsimilar_minhash, NULL, NULL},
    {"_jaccard", lsimilar_jaccard, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

void lbind_open_similar(lua_State *L, int lede_table) {
  lede_table = lua_absindex(L, lede_table);
  lbind_new_class(L, LEDE_TFIDF_MT, ltfidf_gc, tfidf_methods);
  lbind_new_class(L, LEDE_MINHASH_MT, lminhash_gc, minhash_methods);
  lbind_register(L, lede_table, "lede.", similar_functions);
}

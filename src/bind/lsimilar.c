/*
** lsimilar.c — the primitives under lua/lede/similar.lua: a TF-IDF
** userdata that learns document frequencies from a stream of documents and
** then scores each document of a second stream by its cosine with a query
** document (corpus:similar), and a MinHash userdata that keeps one 512-byte
** signature per document and finds near-duplicate groups by LSH
** (corpus:duplicates, minhash.h). Memory grows with the vocabulary and the
** number of documents, never with their text.
**
** TF-IDF weights are those of tfidf.h: w(t, d) = (1 + ln tf) * (ln((1 + N) /
** (1 + df)) + 1), scaled to unit length; words are lower-cased tokenizer
** words without stop words.
*/
#include <math.h>
#include <string.h>

#include "counts.h"
#include "lkernels.h"
#include "minhash.h"

#define LEDE_TFIDF_MT "lede.TfidfStream"
#define LEDE_MINHASH_MT "lede.MinHashSet"

/* ---- TF-IDF over a stream ------------------------------------------------- */

typedef struct {
  Lexer lx;
  VEC(uint32_t) df;      /* by term id */
  uint64_t n_docs;
  VEC(float) query;      /* by term id: the query's unit-length weights */
  VEC(uint32_t) tf;      /* by term id: scratch counts of one document */
  TermIdVec ids, touched;
} LTfidf;

static int ltfidf_gc(lua_State *L) {
  LTfidf *t = luaL_checkudata(L, 1, LEDE_TFIDF_MT);
  lexer_free(&t->lx);
  vec_free(&t->df), vec_free(&t->query), vec_free(&t->tf), vec_free(&t->ids), vec_free(&t->touched);
  return 0;
}

static LTfidf *check_tfidf(lua_State *L) { return luaL_checkudata(L, 1, LEDE_TFIDF_MT); }

/* Lexes text and counts its terms into t->tf; t->touched lists the distinct
** ids (the caller zeroes their counts after use). */
static bool count_terms(LTfidf *t, Span text) {
  if (lexer_terms(&t->lx, text, &t->ids) != LEDE_OK) return false;
  size_t n_terms = termmap_count(&t->lx.map);
  if (!VEC_GROW_ZERO(&t->tf, n_terms) || !VEC_GROW_ZERO(&t->df, n_terms) || !VEC_GROW_ZERO(&t->query, n_terms))
    return false;
  t->touched.len = 0;
  for (size_t i = 0; i < t->ids.len; i++) {
    uint32_t id = t->ids.items[i];
    if (term_is_marker(id)) continue;
    if (t->tf.items[id]++ == 0 && !vec_push(&t->touched, id)) return false;
  }
  return true;
}

/* count_terms on the text at argument 2; raises when it is not a string or
** when memory runs out. */
static void count_text_arg(lua_State *L, LTfidf *t) {
  size_t len;
  const char *text = luaL_checklstring(L, 2, &len);
  if (!count_terms(t, (Span){text, len})) luaL_error(L, "similar: not enough memory");
}

static void clear_counts(LTfidf *t) {
  for (size_t i = 0; i < t->touched.len; i++) t->tf.items[t->touched.items[i]] = 0;
}

/* The TF-IDF weight of term id occurring tf times. */
static double weight(const LTfidf *t, uint32_t id, uint32_t tf) {
  double idf = log((1 + (double)t->n_docs) / (1 + (double)t->df.items[id])) + 1;
  return (1 + log((double)tf)) * idf;
}

/* lede._tfidf() -> stream */
static int lsimilar_tfidf(lua_State *L) {
  LTfidf *t = lbind_new_userdata(L, sizeof *t, 0, LEDE_TFIDF_MT);
  if (lexer_init(&t->lx, FORM_LOWER, true) != LEDE_OK) return luaL_error(L, "not enough memory");
  return 1;
}

/* stream:_add_df(text): one more document for the document frequencies. */
static int ltfidf_add_df(lua_State *L) {
  LTfidf *t = check_tfidf(L);
  count_text_arg(L, t);
  for (size_t i = 0; i < t->touched.len; i++) t->df.items[t->touched.items[i]]++;
  clear_counts(t);
  t->n_docs++;
  return 0;
}

typedef struct {
  uint32_t id;
  float weight;
} TermWeight;

static int cmp_weight(const void *x, const void *y) {
  const TermWeight *a = x, *b = y;
  if (a->weight != b->weight) return a->weight > b->weight ? -1 : 1;
  return (a->id > b->id) - (a->id < b->id);
}

static void weights_dtor(void *p) { vec_free((VEC(TermWeight) *)p); }

/* Pushes the k terms of the query with the highest weights, best first. */
static void push_top_terms(lua_State *L, const LTfidf *t, size_t k) {
  VEC(TermWeight) *ws = lbind_box_new(L, sizeof *ws, weights_dtor);
  for (size_t i = 0; i < t->touched.len; i++) {
    TermWeight w = {t->touched.items[i], t->query.items[t->touched.items[i]]};
    if (!vec_push(ws, w)) luaL_error(L, "similar: not enough memory");
  }
  if (ws->len > 1) qsort(ws->items, ws->len, sizeof *ws->items, cmp_weight);
  lbind_new_table(L, k < ws->len ? k : ws->len, 0);
  for (size_t i = 0; i < ws->len && i < k; i++) {
    Span w = termmap_term(&t->lx.map, ws->items[i].id);
    lua_pushlstring(L, w.ptr, w.len);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
}

/* stream:_query(text, k?) -> {term, ...}: sets the document the next
** scores compare with; returns its k (default 0) heaviest terms. */
static int ltfidf_query(lua_State *L) {
  LTfidf *t = check_tfidf(L);
  count_text_arg(L, t); /* grows t->query, which the next line clears whole */
  if (t->query.len > 0) memset(t->query.items, 0, t->query.len * sizeof *t->query.items);
  double norm2 = 0;
  for (size_t i = 0; i < t->touched.len; i++) {
    uint32_t id = t->touched.items[i];
    double w = weight(t, id, t->tf.items[id]);
    t->query.items[id] = (float)w;
    norm2 += w * w;
  }
  double inv = norm2 > 0 ? 1 / sqrt(norm2) : 0;
  for (size_t i = 0; i < t->touched.len; i++) t->query.items[t->touched.items[i]] *= (float)inv;
  clear_counts(t);
  push_top_terms(L, t, (size_t)luaL_optinteger(L, 3, 0));
  return 1;
}

/* stream:_score(text) -> the cosine of text's vector with the query's. */
static int ltfidf_score(lua_State *L) {
  LTfidf *t = check_tfidf(L);
  count_text_arg(L, t);
  double dot = 0, norm2 = 0;
  for (size_t i = 0; i < t->touched.len; i++) {
    uint32_t id = t->touched.items[i];
    double w = weight(t, id, t->tf.items[id]);
    norm2 += w * w;
    dot += w * t->query.items[id];
  }
  clear_counts(t);
  lua_pushnumber(L, norm2 > 0 ? dot / sqrt(norm2) : 0);
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
  for (size_t e = 0; e < cn->tab.stats.len; e++) {
    const uint32_t *key = ngram_key(&cn->tab, e);
    Span form = termmap_term(&cn->lx.map, key[1]);
    uint32_t id;
    if (key[0] != 0 || stopword_is(form)) continue;
    if (termmap_intern(&t->lx.map, form, &id) != LEDE_OK || !VEC_GROW_ZERO(&t->df, (size_t)id + 1))
      return luaL_error(L, "similar: not enough memory");
    t->df.items[id] = cn->tab.stats.items[e].docs;
  }
  t->n_docs = cn->tab.doc_serial;
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
  size_t len;
  const char *text = luaL_checklstring(L, 3, &len);
  MinHash sig;
  minhash_text((Span){text, len}, m->shingle, &sig);
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
  size_t la, lb;
  const char *a = luaL_checklstring(L, 1, &la), *b = luaL_checklstring(L, 2, &lb);
  lua_Integer shingle = luaL_checkinteger(L, 3);
  luaL_argcheck(L, shingle >= 1 && shingle <= MINHASH_MAX_SHINGLE_LEN, 3, "1..16 expected");
  double j = 0;
  if (minhash_exact_jaccard((Span){a, la}, (Span){b, lb}, (size_t)shingle, &j) != LEDE_OK)
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

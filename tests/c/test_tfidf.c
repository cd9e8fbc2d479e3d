/*
** test_tfidf.c — TF-IDF weights and cosines against a hand computation
** (four tiny documents, both tf schemes), top-k order and ties, empty
** documents, misuse, and a larger collection where planted near-copies
** must come out on top; the stream (TfidfStream) on the same four documents
** as text, its document frequencies learned or taken from a counter.
*/
#include <math.h>
#include <stdlib.h>

#include "check.h"
#include "fixture.h"
#include "counter_fixture.h"
#include "terms.h"
#include "tfidf.h"

static void add_text(TfidfIndex *ix, TermMap *m, const char *text) {
  TermIdVec ids = {0};
  CHECK_INT_EQ(terms_from_text(text, (Range){0, strlen(text)}, NULL, m, &ids, NULL), LEDE_OK);
  CHECK_INT_EQ(tfidf_add_doc(ix, ids.items, ids.len, NULL), LEDE_OK);
  vec_free(&ids);
}

/* d0 "a a b", d1 "a c", d2 "b c c", d3 "a d": idf(a) = ln(5/4) + 1,
** idf(b) = idf(c) = ln(5/3) + 1, idf(d) = ln(5/2) + 1; weights 1 + ln tf;
** the cosines were worked out by hand (and checked in Python). */
static void test_hand(void) {
  static const char *const docs[] = {"a a b", "a c", "b c c", "a d"};
  for (int raw = 0; raw <= 1; raw++) {
    TfidfIndex ix = {0};
    TermMap m = {0};
    for (size_t i = 0; i < 4; i++) add_text(&ix, &m, docs[i]);
    CHECK_INT_EQ(tfidf_finish(&ix, raw ? TFIDF_TF_RAW : TFIDF_TF_LOG), LEDE_OK);
    if (!raw) {
      TfidfEntryVec v = tfidf_vector(&ix, 0);
      CHECK_INT_EQ(v.len, 2);
      CHECK_NEAR(v.items[0].weight, 0.8078683906, 1e-6); /* a */
      CHECK_NEAR(v.items[1].weight, 0.5893629302, 1e-6); /* b */
      CHECK_NEAR(tfidf_cosine(&ix, 0, 1), 0.50833302, 1e-6);
      CHECK_NEAR(tfidf_cosine(&ix, 0, 2), 0.299715992, 1e-6);
      CHECK_NEAR(tfidf_cosine(&ix, 1, 2), 0.669216175, 1e-6);
      CHECK_NEAR(tfidf_cosine(&ix, 2, 3), 0, 0);
      CHECK_NEAR(tfidf_cosine(&ix, 3, 3), 1, 1e-6);
    } else {
      CHECK_NEAR(tfidf_cosine(&ix, 0, 2), 0.2349944539, 1e-6);
    }
    TfidfHitVec hits = {0};
    CHECK_INT_EQ(tfidf_top_k(&ix, 0, 10, &hits, NULL), LEDE_OK);
    if (!raw) {
      CHECK_INT_EQ(hits.len, 3);
      CHECK(hits.len == 3 && hits.items[0].doc == 1 && hits.items[1].doc == 3 &&
            hits.items[2].doc == 2);
      CHECK(hits.len == 3 && fabs(hits.items[0].score - 0.50833302) < 1e-6);
    }
    CHECK_INT_EQ(tfidf_top_k(&ix, 2, 1, &hits, NULL), LEDE_OK);
    CHECK(hits.len == 1 && hits.items[0].doc == 1);
    CHECK_INT_EQ(tfidf_top_k(&ix, 2, 0, &hits, NULL), LEDE_OK);
    CHECK_INT_EQ(hits.len, 0);
    vec_free(&hits);
    tfidf_free(&ix);
    termmap_free(&m);
  }
}

static void test_edges(void) {
  TfidfIndex ix = {0};
  TfidfHitVec hits = {0};
  Err err = {0};
  uint32_t t[] = {5, 5, 1};
  size_t doc = 99;
  CHECK_INT_EQ(tfidf_add_doc(&ix, NULL, 0, &doc), LEDE_OK);
  CHECK_INT_EQ(doc, 0);
  CHECK_INT_EQ(tfidf_top_k(&ix, 0, 3, &hits, &err), LEDE_EINPUT);
  CHECK(strstr(err.msg, "not finished") != NULL);
  CHECK_INT_EQ(tfidf_add_doc(&ix, t, 3, &doc), LEDE_OK);
  CHECK_INT_EQ(doc, 1);
  CHECK_INT_EQ(tfidf_add_doc(&ix, t, 1, &doc), LEDE_OK);
  CHECK_INT_EQ(tfidf_finish(&ix, TFIDF_TF_LOG), LEDE_OK);
  CHECK_INT_EQ(tfidf_add_doc(&ix, t, 1, NULL), LEDE_EINPUT);
  CHECK_NEAR(tfidf_cosine(&ix, 0, 1), 0, 0);
  CHECK_INT_EQ(tfidf_vector(&ix, 0).len, 0);
  CHECK_INT_EQ(tfidf_top_k(&ix, 0, 3, &hits, NULL), LEDE_OK);
  CHECK_INT_EQ(hits.len, 0); /* the empty document resembles nothing */
  CHECK_INT_EQ(tfidf_top_k(&ix, 1, 3, &hits, NULL), LEDE_OK);
  CHECK(hits.len == 1 && hits.items[0].doc == 2);
  CHECK_INT_EQ(tfidf_top_k(&ix, 3, 3, &hits, &err), LEDE_EINPUT);
  vec_free(&hits);
  tfidf_free(&ix);
  tfidf_free(&ix);
  /* an index with no documents at all */
  CHECK_INT_EQ(tfidf_finish(&ix, TFIDF_TF_LOG), LEDE_OK);
  CHECK_INT_EQ(tfidf_top_k(&ix, 0, 3, &hits, &err), LEDE_EINPUT);
  tfidf_free(&ix);
}

/* 2,000 random documents of 200 terms over 20,000 terms; documents 2,000..
** 2,009 are copies of 0, 100, ..., 900 with a tenth of the terms changed:
** each is the other's top hit, with a cosine near 0.9. */
static void test_planted(void) {
  enum { N = 2000, LEN = 200 };
  TfidfIndex ix = {0};
  uint32_t terms[LEN];
  unsigned seed = 42;
  uint32_t *keep = malloc(10 * LEN * sizeof *keep);
  for (size_t d = 0; d < N; d++) {
    for (size_t i = 0; i < LEN; i++) terms[i] = (fixture_lcg(&seed) >> 8) % 20000;
    if (d % 100 == 0 && d < 1000) memcpy(keep + d / 100 * LEN, terms, sizeof terms);
    CHECK_INT_EQ(tfidf_add_doc(&ix, terms, LEN, NULL), LEDE_OK);
  }
  for (size_t c = 0; c < 10; c++) {
    for (size_t i = 0; i < LEN; i++) terms[i] = i % 10 == 0 ? 20000 + (uint32_t)i : keep[c * LEN + i];
    CHECK_INT_EQ(tfidf_add_doc(&ix, terms, LEN, NULL), LEDE_OK);
  }
  CHECK_INT_EQ(tfidf_finish(&ix, TFIDF_TF_LOG), LEDE_OK);
  TfidfHitVec hits = {0};
  for (size_t c = 0; c < 10; c++) {
    CHECK_INT_EQ(tfidf_top_k(&ix, N + c, 5, &hits, NULL), LEDE_OK);
    CHECK(hits.len == 5 && hits.items[0].doc == c * 100);
    CHECK(hits.len == 5 && hits.items[0].score > 0.8 && hits.items[1].score < 0.2);
    CHECK(hits.len == 5 && hits.items[1].score >= hits.items[4].score);
    CHECK_NEAR(hits.items[0].score, tfidf_cosine(&ix, N + c, c * 100), 1e-6);
  }
  vec_free(&hits);
  free(keep);
  tfidf_free(&ix);
}

/* The documents of test_hand as words ("a" is a stop word, so: cat dog
** eel fox), read by the stream; the cosines are test_hand's, plus two more
** worked in Python with the formulas of tfidf.h. */
static const char *const stream_docs[] = {"cat cat dog", "cat eel", "dog eel eel", "cat fox"};

static Span top_word(const TfidfStream *s, size_t i) { return tfidf_stream_term(s, s->top.items[i].id); }

/* Checks the weights, top terms and scores of a stream holding the
** document frequencies of stream_docs. */
static void check_stream_scores(TfidfStream *s) {
  double cos = -1;
  CHECK_INT_EQ(s->n_docs, 4);
  CHECK_INT_EQ(tfidf_stream_query(s, span_of("The cat, the cat and a dog."), 5), LEDE_OK);
  CHECK_INT_EQ(s->top.len, 2);
  CHECK_SPAN_EQ(top_word(s, 0).ptr, top_word(s, 0).len, "cat");
  CHECK_NEAR(s->top.items[0].weight, 0.8078683906, 1e-6);
  CHECK_NEAR(s->top.items[1].weight, 0.5893629302, 1e-6);
  static const struct { const char *text; double cos; } cases[] = {
      {"cat eel", 0.50833302}, {"dog eel eel", 0.299715992}, {"Cat fox", 0.4346565974},
      {"the cat of an eel", 0.50833302}, /* stop words and case change nothing */
      {"cat eel zebra", 0.3036787143},   /* a word no document had: df 0 */
      {"cat cat dog", 1}, {"fox", 0}, {"", 0}, {"the of and", 0}};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    CHECK_INT_EQ(tfidf_stream_score(s, span_of(cases[i].text), &cos), LEDE_OK);
    CHECK_NEAR(cos, cases[i].cos, 1e-6);
  }
  /* k cuts the list; equal weights come by lower term id (dog before eel) */
  CHECK_INT_EQ(tfidf_stream_query(s, span_of("eel dog"), 1), LEDE_OK);
  CHECK_INT_EQ(s->top.len, 1);
  CHECK_SPAN_EQ(top_word(s, 0).ptr, top_word(s, 0).len, "dog");
  CHECK_NEAR(s->top.items[0].weight, sqrt(0.5), 1e-6);
  /* a query of stop words only: no terms, every score 0 */
  CHECK_INT_EQ(tfidf_stream_query(s, span_of("the and of"), 3), LEDE_OK);
  CHECK_INT_EQ(s->top.len, 0);
  CHECK_INT_EQ(tfidf_stream_score(s, span_of("cat cat dog"), &cos), LEDE_OK);
  CHECK_NEAR(cos, 0, 0);
}

static void test_stream(void) {
  TfidfStream s = {0};
  CHECK_INT_EQ(tfidf_stream_init(&s), LEDE_OK);
  for (size_t i = 0; i < 4; i++) CHECK_INT_EQ(tfidf_stream_add_df(&s, span_of(stream_docs[i])), LEDE_OK);
  check_stream_scores(&s);
  tfidf_stream_free(&s);
  tfidf_stream_free(&s);
}

/* The same document frequencies from a counter of lower-case words: group
** 0 only; "the" is counted but, a stop word, gets no df. */
static void test_stream_df_from(void) {
  WordCounter cn, bigrams;
  counter_init(&cn, 1);
  for (size_t i = 0; i < 4; i++) count_doc(&cn, 0, stream_docs[i]);
  count_doc(&cn, 0, "The CAT");
  TfidfStream s = {0};
  CHECK_INT_EQ(tfidf_stream_init(&s), LEDE_OK);
  CHECK_INT_EQ(tfidf_stream_df_from(&s, &cn), LEDE_OK);
  uint32_t id = 0;
  CHECK(!termmap_find(&s.lx.map, span_of("the"), &id));
  CHECK(termmap_find(&s.lx.map, span_of("cat"), &id) && s.df.items[id] == 4);
  CHECK_INT_EQ(s.n_docs, 5);
  CHECK_INT_EQ(tfidf_stream_df_from(&s, &cn), LEDE_EINPUT); /* not fresh */
  tfidf_stream_free(&s);
  /* without the fifth document: exactly the learned stream's numbers */
  ngram_free(&cn.tab);
  ngram_init(&cn.tab, 1, 0);
  for (size_t i = 0; i < 4; i++) count_doc(&cn, 0, stream_docs[i]);
  CHECK_INT_EQ(tfidf_stream_init(&s), LEDE_OK);
  CHECK_INT_EQ(tfidf_stream_df_from(&s, &cn), LEDE_OK);
  check_stream_scores(&s);
  tfidf_stream_free(&s);
  CHECK_INT_EQ(tfidf_stream_init(&s), LEDE_OK);
  counter_init(&bigrams, 2);
  CHECK_INT_EQ(tfidf_stream_df_from(&s, &bigrams), LEDE_EINPUT); /* not single words */
  tfidf_stream_free(&s);
  word_counter_free(&cn), word_counter_free(&bigrams);
}

/* tfidf_weight is the formula of tfidf.h for both tf schemes. */
static void test_weight(void) {
  CHECK_NEAR(tfidf_weight(TFIDF_TF_LOG, 2, 4, 3), (1 + log(2.0)) * (log(5.0 / 4) + 1), 1e-12);
  CHECK_NEAR(tfidf_weight(TFIDF_TF_RAW, 2, 4, 3), 2 * (log(5.0 / 4) + 1), 1e-12);
  CHECK_NEAR(tfidf_weight(TFIDF_TF_LOG, 1, 4, 4), 1, 1e-12); /* in every document: idf 1 */
}

int main(void) {
  test_hand();
  test_edges();
  test_planted();
  test_weight();
  test_stream();
  test_stream_df_from();
  return CHECK_DONE();
}

/*
** test_summarize.c — LexRank centrality (sums to 1, the sentence all
** documents share ranks first), MMR redundancy control (a wire sentence
** copied by three outlets is taken once), the lead baseline's round-robin
** order, length limits, reading order, empty and bad input; on the seeds
** (LEDE_SHARED), a five-sentence summary about the war-crimes call.
*/
#include <math.h>
#include <stdlib.h>

#include "article.h"
#include "check.h"
#include "fixture.h"
#include "summarize.h"

#define SENT(d, s) {{s, sizeof(s) - 1}, d}

/* Three outlets; the Kerry sentence is copied verbatim by 0, 1 and 2
** (indices 0, 4, 8); each outlet adds its own details. */
static const SumSentence cluster[] = {
    SENT(10, "Kerry called for a war crimes investigation into the bombing of Aleppo hospitals."),
    SENT(10, "The Syrian army said its forces advanced in the east of the city overnight."),
    SENT(10, "Aid convoys have not reached the besieged districts for weeks."),
    SENT(10, "Photo: AFP"),
    SENT(20, "Kerry called for a war crimes investigation into the bombing of Aleppo hospitals."),
    SENT(20, "Russia rejected the accusation and blamed rebel shelling for the civilian deaths."),
    SENT(20, "The French foreign minister is to visit Moscow to press for a ceasefire in Aleppo."),
    SENT(30, "Hospitals in Aleppo were bombed again, and Kerry called for a war crimes investigation."),
    SENT(30, "Kerry called for a war crimes investigation into the bombing of Aleppo hospitals."),
    SENT(30, "Russia said the bombing of hospitals in Aleppo was rebel shelling, not its jets."),
};
#define N_CLUSTER (sizeof cluster / sizeof *cluster)

/* The index of cluster sentence i within its document. */
static size_t position(size_t i) {
  size_t first = i;
  while (first > 0 && cluster[first - 1].doc == cluster[i].doc) first--;
  return i - first;
}

static void test_centrality(void) {
  double scores[N_CLUSTER];
  CHECK_INT_EQ(summarize_centrality(cluster, N_CLUSTER, NULL, scores, NULL), LEDE_OK);
  double sum = 0;
  size_t best = 0;
  for (size_t i = 0; i < N_CLUSTER; i++) {
    sum += scores[i];
    if (scores[i] > scores[best]) best = i;
  }
  CHECK(fabs(sum - 1) < 1e-6);
  CHECK(best == 0 || best == 4 || best == 8);
  CHECK(fabs(scores[0] - scores[4]) < 1e-9 && fabs(scores[0] - scores[8]) < 1e-9);
  CHECK(scores[3] < scores[7]); /* "Photo: AFP" joins nothing */
  CHECK(fabs(scores[3] - scores[1]) < 1e-9); /* nor does the army sentence */
  CHECK(scores[7] > scores[2]);
}

static void test_mmr_and_lexrank(void) {
  SumIndexVec out = {0};
  SumOptions o = summarize_default_options();
  o.max_sentences = 3;
  o.min_words = 4;
  CHECK_INT_EQ(summarize(cluster, N_CLUSTER, &o, &out, NULL), LEDE_OK);
  CHECK_INT_EQ(out.len, 3);
  size_t copies = 0;
  for (size_t i = 0; i < out.len; i++) copies += out.items[i] == 0 || out.items[i] == 4 || out.items[i] == 8;
  CHECK_INT_EQ(copies, 1); /* told once */
  /* reading order: positions within the documents never go down */
  for (size_t i = 1; i < out.len; i++) CHECK(position(out.items[i - 1]) <= position(out.items[i]));
  /* the same choice in the order it was picked: a copy of the Kerry
  ** sentence first */
  SumIndexVec picked = {0};
  CHECK_INT_EQ(summarize_select(cluster, N_CLUSTER, &o, &picked, NULL), LEDE_OK);
  CHECK_INT_EQ(picked.len, 3);
  CHECK(picked.len > 0 && (picked.items[0] == 0 || picked.items[0] == 4 || picked.items[0] == 8));
  vec_free(&picked);
  /* centrality alone takes the copies again and again */
  o.method = SUM_LEXRANK;
  CHECK_INT_EQ(summarize(cluster, N_CLUSTER, &o, &out, NULL), LEDE_OK);
  CHECK_INT_EQ(out.len, 3);
  copies = 0;
  for (size_t i = 0; i < out.len; i++) copies += out.items[i] == 0 || out.items[i] == 4 || out.items[i] == 8;
  CHECK(copies >= 2);
  /* reading order: the leads of 10, 20 before the second sentence of 30 */
  CHECK(out.len == 3 && out.items[0] == 0 && out.items[1] == 4);
  vec_free(&out);
}

/* Lead: every first sentence, then every second, ...; "Photo: AFP" is too
** short; a word budget stops before it is exceeded. */
static void test_lead_and_limits(void) {
  SumIndexVec out = {0};
  SumOptions o = summarize_default_options();
  o.method = SUM_LEAD;
  o.max_sentences = 5;
  o.min_words = 3;
  CHECK_INT_EQ(summarize(cluster, N_CLUSTER, &o, &out, NULL), LEDE_OK);
  CHECK_INT_EQ(out.len, 5);
  static const size_t want[] = {0, 4, 7, 1, 5};
  for (size_t i = 0; i < 5 && i < out.len; i++) CHECK_INT_EQ(out.items[i], want[i]);
  o.max_sentences = 0;
  o.max_words = 30; /* 14 + 14 fit, the third lead (15 words) does not */
  CHECK_INT_EQ(summarize(cluster, N_CLUSTER, &o, &out, NULL), LEDE_OK);
  CHECK_INT_EQ(out.len, 2);
  o.max_words = 5; /* nothing is that short except the caption, which min_words drops */
  CHECK_INT_EQ(summarize(cluster, N_CLUSTER, &o, &out, NULL), LEDE_OK);
  CHECK_INT_EQ(out.len, 0);
  vec_free(&out);
}

static void test_bad_input(void) {
  SumIndexVec out = {0};
  Err err = {0};
  CHECK_INT_EQ(summarize(NULL, 0, NULL, &out, NULL), LEDE_OK);
  CHECK_INT_EQ(out.len, 0);
  static const SumSentence junk[] = {SENT(1, ""), SENT(1, "-- !!"), SENT(2, "the of and"),
                                     SENT(2, "and the of it was")};
  double scores[4];
  CHECK_INT_EQ(summarize_centrality(junk, 4, NULL, scores, NULL), LEDE_OK);
  CHECK(fabs(scores[0] - 0.25) < 1e-9 && fabs(scores[3] - 0.25) < 1e-9);
  SumOptions o = summarize_default_options();
  o.min_words = 0;
  CHECK_INT_EQ(summarize(junk, 4, &o, &out, NULL), LEDE_OK);
  CHECK(out.len <= 3); /* the empty sentence never */
  for (size_t i = 0; i < out.len; i++) CHECK(out.items[i] != 0);
  o.lambda = 2;
  CHECK_INT_EQ(summarize(junk, 4, &o, &out, &err), LEDE_EINPUT);
  CHECK(strstr(err.msg, "lambda") != NULL);
  o = summarize_default_options();
  o.max_sentences = 0;
  CHECK_INT_EQ(summarize(junk, 4, &o, &out, &err), LEDE_EINPUT);
  vec_free(&out);
}

/* The five seed articles: the summary's first sentence is about the call
** for a war crimes investigation, and no two chosen sentences are the same. */
static void test_seeds(void) {
  static const char *const names[] = {"000_f5c1237fb4dadb5b.txt", "001_f198e9af24b5b421.txt",
                                      "002_3c658fc30fc5dd6a.txt", "003_7cbff870a8b05fb5.txt",
                                      "004_a766c5a06c674e96.txt"};
  Article arts[5] = {{0}};
  VEC(SumSentence) sents = {0};
  for (size_t f = 0; f < 5; f++) {
    size_t len = 0;
    char *raw = fixture_seed(names[f], &len);
    if (raw == NULL || article_parse((Span){raw, len}, NULL, &arts[f], NULL) != LEDE_OK) {
      printf("skipped: seeds (LEDE_SHARED unset, or %s unreadable or unparsed)\n", names[f]);
      free(raw);
      for (size_t g = 0; g <= f; g++) article_free(&arts[g]);
      vec_free(&sents);
      return;
    }
    free(raw);
    for (size_t i = 0; i < arts[f].sentences.len; i++) {
      Range r = arts[f].sentences.items[i];
      SumSentence s = {{arts[f].text + r.start, r.end - r.start}, f};
      CHECK(vec_push(&sents, s));
    }
  }
  SumIndexVec out = {0};
  CHECK_INT_EQ(summarize(sents.items, sents.len, NULL, &out, NULL), LEDE_OK);
  CHECK_INT_EQ(out.len, 5);
  bool has_call = false;
  for (size_t i = 0; i < out.len; i++) {
    Span t = sents.items[out.items[i]].text;
    for (size_t k = 0; k + 10 <= t.len; k++) has_call = has_call || memcmp(t.ptr + k, "war crimes", 10) == 0;
    for (size_t j = 0; j < i; j++) CHECK(out.items[i] != out.items[j]);
  }
  CHECK(has_call);
  vec_free(&out);
  vec_free(&sents);
  for (size_t f = 0; f < 5; f++) article_free(&arts[f]);
}

int main(void) {
  test_centrality();
  test_mmr_and_lexrank();
  test_lead_and_limits();
  test_bad_input();
  test_seeds();
  return CHECK_DONE();
}

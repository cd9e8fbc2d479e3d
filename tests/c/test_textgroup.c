/*
** test_textgroup.c — grouping the wordings of one quote (textgroup.h): the
** Kerry quote worded four ways and an excerpt of it group together while
** other quotes stay apart; scopes keep clusters apart; word-for-word
** copies group; a short excerpt cannot chain two groups; a run of
** paragraphs does not swallow a short quote; empty and wordless texts;
** and 20,000 texts (growing the copy table) group as planted.
*/
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "textgroup.h"

static Span S(const char *s) { return (Span){s, strlen(s)}; }

/* Groups the n texts (all in scope 0 unless scopes) into groups[]. */
static void group(const char *const *texts, const int64_t *scopes, size_t n, uint32_t *groups) {
  TextGroups *g = textgroups_new();
  CHECK(g != NULL);
  for (size_t i = 0; i < n; i++) CHECK_INT_EQ(textgroups_add(g, S(texts[i]), scopes ? scopes[i] : 0), LEDE_OK);
  CHECK_INT_EQ(textgroups_count(g), n);
  CHECK_INT_EQ(textgroups_finish(g, groups), LEDE_OK);
  textgroups_free(g);
}

static const char *const kerry[] = {
    "Russia and the regime owe the world more than an explanation about why they keep hitting "
    "hospitals, and medical facilities, and children and women,",
    "The talks will resume in Geneva next week, officials said.",
    "Russia, and the regime, owe the world more than an explanation about why they keep hitting "
    "hospitals and medical facilities and children,",
    "owe the world more than an explanation",
    "Russia and the regime owe the world more than an explanation over why they keep hitting "
    "hospitals and medical facilities, women, and children,",
    "We shall contact the International Criminal Court prosecutor to see how she can launch these "
    "investigations",
    "Russia, and the regime, owe the world more than an explanation about why they keep hitting "
    "hospitals and medical facilities and children and women,",
};

static void test_wordings(void) {
  uint32_t groups[7];
  group(kerry, NULL, 7, groups);
  CHECK_INT_EQ(groups[0], 1);
  CHECK_INT_EQ(groups[2], 1);
  CHECK_INT_EQ(groups[3], 1); /* the excerpt joins its group */
  CHECK_INT_EQ(groups[4], 1); /* "over" for "about", words reordered */
  CHECK_INT_EQ(groups[6], 1);
  CHECK_INT_EQ(groups[1], 0); /* unrelated quotes have no other wording */
  CHECK_INT_EQ(groups[5], 0);
}

static void test_scopes_and_copies(void) {
  const char *const t[] = {"the strikes on hospitals in Aleppo must stop now, the minister said",
                           "the strikes on hospitals in Aleppo must stop now, the minister said",
                           "the strikes on hospitals in Aleppo must stop now, the minister said",
                           "a different statement about grain prices in Kansas this year"};
  int64_t same[] = {0, 0, 0, 0}, apart[] = {1, 2, 1, 1};
  uint32_t groups[4];
  group(t, same, 4, groups);
  CHECK_INT_EQ(groups[0], 1);
  CHECK_INT_EQ(groups[1], 1);
  CHECK_INT_EQ(groups[2], 1);
  CHECK_INT_EQ(groups[3], 0);
  group(t, apart, 4, groups);
  CHECK_INT_EQ(groups[0], 1);
  CHECK_INT_EQ(groups[2], 1); /* scope 1 */
  CHECK_INT_EQ(groups[1], 0);                             /* alone in scope 2 */
  CHECK_INT_EQ(groups[3], 0);
}

static void test_short_and_long(void) {
  /* "war crimes" is in both long quotes: it may attach to one group, never
  ** join the two into one */
  const char *const t[] = {
      "the bombing of Aleppo constitutes war crimes and must be investigated by the court",
      "the bombing of Aleppo constitutes war crimes and must be investigated by the court now",
      "war crimes",
      "these acts of the regime against civilians amount to war crimes under international law",
      "these acts of the regime against civilians amount to war crimes under international law today",
  };
  uint32_t groups[5];
  group(t, NULL, 5, groups);
  CHECK_INT_EQ(groups[0], 1);
  CHECK_INT_EQ(groups[1], 1);
  CHECK_INT_EQ(groups[3], 2);
  CHECK_INT_EQ(groups[4], 2);
  CHECK(groups[2] == 1 || groups[2] == 2 || groups[2] == 0);

  /* a "quote" of many paragraphs holding a short quote's words is no wording of it */
  char long_text[8192] = "";
  for (int i = 0; i < 40; i++)
    strcat(long_text, "more than an explanation about hospitals and the regime, said the envoy in Geneva. ");
  const char *const u[] = {long_text, "owe the world more than an explanation about the hospitals"};
  uint32_t g2[2];
  group(u, NULL, 2, g2);
  CHECK_INT_EQ(g2[0], 0);
  CHECK_INT_EQ(g2[1], 0);
}

static void test_empty(void) {
  const char *const t[] = {"", " -- !!! ...", "", "Kerry"};
  uint32_t groups[4] = {9, 9, 9, 9};
  group(t, NULL, 4, groups);
  for (int i = 0; i < 4; i++) CHECK_INT_EQ(groups[i], 0);
  TextGroups *g = textgroups_new();
  CHECK_INT_EQ(textgroups_count(g), 0);
  CHECK_INT_EQ(textgroups_finish(g, groups), LEDE_OK); /* nothing added: nothing written */
  textgroups_free(g);
  textgroups_free(NULL);
}

/* 20,000 texts: 1,000 distinct statements (each of random words), each
** added 20 times, interleaved; copies i and i + 1000k must share a group,
** and distinct statements must not. */
static void test_many(void) {
  enum { DISTINCT = 1000, COPIES = 20, N = DISTINCT * COPIES };
  static char texts[DISTINCT][200];
  srand(7);
  for (int d = 0; d < DISTINCT; d++) {
    texts[d][0] = '\0';
    for (int w = 0; w < 12; w++) {
      char word[16];
      snprintf(word, sizeof word, "w%dx%d ", rand() % 5000, rand() % 97);
      strcat(texts[d], word);
    }
  }
  TextGroups *g = textgroups_new();
  for (int i = 0; i < N; i++) CHECK_INT_EQ(textgroups_add(g, S(texts[i % DISTINCT]), 0), LEDE_OK);
  uint32_t *groups = malloc(N * sizeof *groups);
  CHECK_INT_EQ(textgroups_finish(g, groups), LEDE_OK);
  int wrong = 0;
  for (int i = 0; i < N; i++) {
    if (groups[i] != groups[i % DISTINCT] || groups[i] == 0) wrong++;
    if (i < DISTINCT && groups[i] != (uint32_t)i + 1) wrong++; /* numbered by first member */
  }
  CHECK_INT_EQ(wrong, 0);
  free(groups);
  textgroups_free(g);
}

int main(void) {
  test_wordings();
  test_scopes_and_copies();
  test_short_and_long();
  test_empty();
  test_many();
  return CHECK_DONE();
}

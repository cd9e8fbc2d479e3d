/*
** test_termmap.c — the interning map (ids dense and stable across growth,
** empty and binary terms, clear and reuse) and terms_from_text with both
** splitters, stemming and byte ranges.
*/
#include <stdio.h>

#include "check.h"
#include "terms.h"

static void test_intern(void) {
  TermMap m;
  termmap_init(&m);
  uint32_t id = 99, id2 = 99;
  CHECK(!termmap_find(&m, SPAN_LIT("x"), &id));
  CHECK_INT_EQ(termmap_intern(&m, SPAN_LIT("kerry"), &id), LEDE_OK);
  CHECK_INT_EQ(id, 0);
  CHECK_INT_EQ(termmap_intern(&m, SPAN_LIT("lavrov"), &id), LEDE_OK);
  CHECK_INT_EQ(id, 1);
  CHECK_INT_EQ(termmap_intern(&m, SPAN_LIT("kerry"), &id), LEDE_OK);
  CHECK_INT_EQ(id, 0);
  CHECK_INT_EQ(termmap_intern(&m, (Span){"", 0}, &id), LEDE_OK);
  CHECK_INT_EQ(id, 2);
  CHECK_INT_EQ(termmap_intern(&m, (Span){"a\0b", 3}, &id), LEDE_OK);
  CHECK_INT_EQ(termmap_intern(&m, (Span){"a\0c", 3}, &id2), LEDE_OK);
  CHECK(id != id2);
  CHECK_INT_EQ(termmap_count(&m), 5);
  Span s = termmap_term(&m, 1);
  CHECK_SPAN_EQ(s.ptr, s.len, "lavrov");
  /* many terms: the table grows, ids stay dense and findable */
  char buf[32];
  for (int i = 0; i < 10000; i++) {
    int n = snprintf(buf, sizeof buf, "w%d", i);
    CHECK_INT_EQ(termmap_intern(&m, (Span){buf, (size_t)n}, &id), LEDE_OK);
    if (id != (uint32_t)(5 + i)) CHECK_INT_EQ(id, 5 + i);
  }
  CHECK(termmap_find(&m, SPAN_LIT("w7777"), &id) && id == 5 + 7777);
  CHECK(termmap_find(&m, SPAN_LIT("kerry"), &id) && id == 0);
  s = termmap_term(&m, 5 + 9999);
  CHECK_SPAN_EQ(s.ptr, s.len, "w9999");
  termmap_clear(&m);
  CHECK_INT_EQ(termmap_count(&m), 0);
  CHECK(!termmap_find(&m, SPAN_LIT("kerry"), &id));
  CHECK_INT_EQ(termmap_intern(&m, SPAN_LIT("aleppo"), &id), LEDE_OK);
  CHECK_INT_EQ(id, 0);
  termmap_free(&m);
  termmap_free(&m);
}

/* The terms of text as "a|b|c" (looked up in map) into buf. */
static const char *joined(const TermMap *m, const TermIdVec *ids, char *buf, size_t cap) {
  size_t n = 0;
  buf[0] = 0;
  for (size_t i = 0; i < ids->len; i++) {
    Span t = termmap_term(m, ids->items[i]);
    n += (size_t)snprintf(buf + n, cap - n, "%s%.*s", i ? "|" : "", (int)t.len, t.ptr);
    if (n >= cap) break;
  }
  return buf;
}

static void test_terms(void) {
  const char *text = "Kerry's talks with U.S. officials -- on Aleppo's cease-fire, 275,000 people!";
  Range all = {0, strlen(text)};
  TermMap m = {0};
  TermIdVec ids = {0};
  RangeVec ranges = {0};
  char buf[256];
  CHECK_INT_EQ(terms_from_text(text, all, NULL, &m, &ids, &ranges), LEDE_OK);
  CHECK(strcmp(joined(&m, &ids, buf, sizeof buf),
               "kerry|'s|talks|with|u.s.|officials|on|aleppo|'s|cease-fire|275,000|people") == 0);
  CHECK_INT_EQ(ranges.len, ids.len);
  CHECK_SPAN_EQ(text + ranges.items[4].start, ranges.items[4].end - ranges.items[4].start, "U.S.");
  CHECK_INT_EQ(ids.items[1], ids.items[8]); /* the two "'s" share an id */
  ids.len = 0;
  TermOptions alnum = {TERMS_ALNUM, NULL, 0};
  CHECK_INT_EQ(terms_from_text(text, all, &alnum, &m, &ids, NULL), LEDE_OK);
  CHECK(strcmp(joined(&m, &ids, buf, sizeof buf),
               "kerry|s|talks|with|u|s|officials|on|aleppo|s|cease|fire|275|000|people") == 0);
  Stemmer *st = stemmer_new(STEM_PORTER);
  CHECK(st != NULL);
  TermOptions stem = {TERMS_ALNUM, st, 3};
  ids.len = 0;
  CHECK_INT_EQ(terms_from_text("Talks was ÉCOLES goes", (Range){0, 22}, &stem, &m, &ids, NULL), LEDE_OK);
  CHECK(strcmp(joined(&m, &ids, buf, sizeof buf), "talk|was|école|goe") == 0);
  stemmer_free(st);
  /* nothing to find */
  ids.len = 0;
  CHECK_INT_EQ(terms_from_text(" -- !! ", (Range){0, 7}, NULL, &m, &ids, NULL), LEDE_OK);
  CHECK_INT_EQ(terms_from_text("abc", (Range){2, 1}, NULL, &m, &ids, NULL), LEDE_OK);
  CHECK_INT_EQ(ids.len, 0);
  vec_free(&ids);
  vec_free(&ranges);
  termmap_free(&m);
}

/* A 1 MB single line without spaces and a 3 MB text of short words: terms
** come out whole (chunking cuts only at spaces) and in linear time. */
static void test_terms_huge(void) {
  size_t n = 1 << 20;
  char *text = malloc(3 * n + 1);
  CHECK(text != NULL);
  if (text == NULL) return;
  memset(text, 'a', n);
  TermMap m = {0};
  TermIdVec ids = {0};
  CHECK_INT_EQ(terms_from_text(text, (Range){0, n}, NULL, &m, &ids, NULL), LEDE_OK);
  CHECK_INT_EQ(ids.len, 1);
  CHECK_INT_EQ(termmap_term(&m, 0).len, n);
  for (size_t i = 0; i < 3 * n; i++) text[i] = i % 4 == 3 ? ' ' : "abc"[i % 4];
  ids.len = 0;
  CHECK_INT_EQ(terms_from_text(text, (Range){0, 3 * n}, NULL, &m, &ids, NULL), LEDE_OK);
  CHECK_INT_EQ(ids.len, 3 * n / 4);
  CHECK_INT_EQ(termmap_count(&m), 2);
  vec_free(&ids);
  termmap_free(&m);
  free(text);
}

int main(void) {
  test_intern();
  test_terms();
  test_terms_huge();
  return CHECK_DONE();
}

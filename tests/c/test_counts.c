/*
** test_counts.c — the parts of counts.h the statistics share beyond the
** lexer and the table themselves: stop-word flags by term id (any case,
** overlong words) and the test of an n-gram against such flags.
*/
#include "check.h"
#include "counter_fixture.h"

/* Flags follow the term ids of a FORM_WORD lexer: the surface forms are
** lower-cased before the stop-word look-up. */
static void test_stop_flags(void) {
  Lexer lx;
  TermIdVec ids = {0};
  FlagVec flags = {0};
  CHECK_INT_EQ(lexer_init(&lx, FORM_WORD, false), LEDE_OK);
  CHECK_INT_EQ(lexer_stop_flags(&lx, &flags), LEDE_OK);
  CHECK_INT_EQ(flags.len, 0);
  /* past the 64-byte buffer of the look-up: simply not a stop word */
  static const char long_word[] = "Theeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee";
  CHECK_INT_EQ(lexer_terms(&lx, span_of("The cat and THE Dog"), &ids), LEDE_OK);
  CHECK_INT_EQ(lexer_terms(&lx, span_of(long_word), &ids), LEDE_OK);
  CHECK_INT_EQ(lexer_stop_flags(&lx, &flags), LEDE_OK);
  static const struct { const char *word; bool is_stop; } want[] = {
      {"The", true}, {"cat", false}, {"and", true}, {"THE", true}, {"Dog", false}, {long_word, false}};
  CHECK_INT_EQ(flags.len, 6);
  for (size_t i = 0; i < 6 && i < flags.len; i++) {
    uint32_t id = 99;
    CHECK(termmap_find(&lx.map, span_of(want[i].word), &id));
    CHECK_INT_EQ(flags.items[id], want[i].is_stop);
  }
  /* the n-grams holding a flagged word */
  NgramTable tab;
  ngram_init(&tab, 2, 0);
  CHECK_INT_EQ(lexer_terms(&lx, span_of("The cat. cat Dog"), &ids), LEDE_OK);
  CHECK_INT_EQ(ngram_add(&tab, 0, ids.items, ids.len), LEDE_OK);
  CHECK_INT_EQ(tab.stats.len, 2); /* "The cat", "cat Dog" */
  CHECK(ngram_holds_flagged(&tab, 0, flags.items));
  CHECK(!ngram_holds_flagged(&tab, 1, flags.items));
  CHECK(!ngram_holds_flagged(&tab, 0, NULL));
  ngram_free(&tab);
  vec_free(&flags);
  vec_free(&ids);
  lexer_free(&lx);
}

int main(void) {
  test_stop_flags();
  return CHECK_DONE();
}

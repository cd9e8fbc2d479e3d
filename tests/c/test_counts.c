/*
** test_counts.c — the parts of counts.h the statistics share beyond the
** lexer and the table themselves: stop-word flags by term id (any case,
** overlong words), the test of an n-gram against such flags, n-grams
** written as text (clitics attached), and the WordCounter that pairs a
** lexer with a table.
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

/* Returns ids[0..n) as lexer_ngram_text writes it, in buf. */
static Span ngram_text(const Lexer *lx, const uint32_t *ids, size_t n, char *buf, size_t cap) {
  size_t len = lexer_ngram_text(lx, ids, n, NULL);
  CHECK(len < cap);
  if (len >= cap) return (Span){"", 0};
  memset(buf, '#', cap);
  CHECK_INT_EQ(lexer_ngram_text(lx, ids, n, buf), len);
  CHECK(buf[len] == '#'); /* nothing written past the length returned */
  return (Span){buf, len};
}

/* Words joined by spaces; "'s", "'re" and "’s" attach to the word before;
** a lone "’" (nothing after it) does not, nor does a clitic first. */
static void test_ngram_text(void) {
  static const char *const forms[] = {"Kerry", "'s", "war", "\xe2\x80\x99s", "\xe2\x80\x99", "'re", "rock"};
  enum { KERRY, S, WAR, CURLY_S, CURLY, RE, ROCK };
  Lexer lx;
  uint32_t id[7];
  CHECK_INT_EQ(lexer_init(&lx, FORM_WORD, false), LEDE_OK);
  for (size_t i = 0; i < 7; i++) CHECK_INT_EQ(lexer_word(&lx, span_of(forms[i]), &id[i]), LEDE_OK);
  static const struct { uint8_t words[4]; size_t n; const char *text; } cases[] = {
      {{KERRY}, 1, "Kerry"},
      {{KERRY, WAR, ROCK}, 3, "Kerry war rock"},
      {{KERRY, S, WAR}, 3, "Kerry's war"},
      {{WAR, CURLY_S, RE, ROCK}, 4, "war\xe2\x80\x99s're rock"},
      {{WAR, CURLY, ROCK}, 3, "war \xe2\x80\x99 rock"},
      {{S, WAR}, 2, "'s war"},
      {{KERRY}, 0, ""}};
  char buf[64];
  for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
    uint32_t ids[4];
    for (size_t i = 0; i < cases[c].n; i++) ids[i] = id[cases[c].words[i]];
    Span text = ngram_text(&lx, ids, cases[c].n, buf, sizeof buf);
    CHECK_SPAN_EQ(text.ptr, text.len, cases[c].text);
  }
  lexer_free(&lx);
}

/* A WordCounter lexes and counts a text as one document of a group; the
** stem form and dropped stop words reach its lexer, max_entries its table.
** Freeing twice is harmless. */
static void test_word_counter(void) {
  WordCounter cn;
  CHECK_INT_EQ(word_counter_init(&cn, 2, FORM_STEM, true, 100), LEDE_OK);
  CHECK(cn.tab.n == 2 && cn.tab.max_entries == 100 && cn.lx.stemmer != NULL);
  CHECK_INT_EQ(word_counter_add(&cn, 3, span_of("The wars ended. Wars ended")), LEDE_OK);
  CHECK_INT_EQ(ngram_total(&cn.tab, 3), 5); /* the dropped "The" is counted too */
  CHECK_INT_EQ(ngram_total(&cn.tab, 1), 0); /* the groups below, never counted, hold 0 */
  CHECK_INT_EQ(cn.tab.stats.len, 1);        /* "war end", twice in one document */
  CHECK(cn.tab.stats.len == 1 && cn.tab.stats.items[0].count == 2 && cn.tab.stats.items[0].docs == 1);
  word_counter_free(&cn);
  word_counter_free(&cn);
}

int main(void) {
  test_stop_flags();
  test_ngram_text();
  test_word_counter();
  return CHECK_DONE();
}

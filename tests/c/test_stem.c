/*
** test_stem.c — lower-casing (ASCII, accented, growing and invalid bytes)
** and stemming through libstemmer with both algorithms; buffers that are
** too small are refused, not cut.
*/
#include "check.h"
#include "stem.h"

/* Stems word with st into a local buffer and compares with want. */
#define CHECK_STEM(st, word, want)                                           \
  do {                                                                       \
    char buf_[64];                                                           \
    size_t n_ = 0;                                                           \
    CHECK_INT_EQ(stemmer_stem((st), SPAN_LIT(word), buf_, sizeof buf_, &n_), LEDE_OK); \
    CHECK_SPAN_EQ(buf_, n_, want);                                           \
  } while (0)

static void test_lower(void) {
  char buf[64];
  size_t n = 0;
  CHECK_INT_EQ(word_lower(SPAN_LIT("Aleppo"), buf, sizeof buf, &n), LEDE_OK);
  CHECK_SPAN_EQ(buf, n, "aleppo");
  CHECK_INT_EQ(word_lower(SPAN_LIT("ÉCOLE Ça"), buf, sizeof buf, &n), LEDE_OK);
  CHECK_SPAN_EQ(buf, n, "école ça");
  CHECK_INT_EQ(word_lower(SPAN_LIT("ZAKHAROVA-Ω"), buf, sizeof buf, &n), LEDE_OK);
  CHECK_SPAN_EQ(buf, n, "zakharova-ω");
  /* U+023A (2 bytes) lower-cases to U+2C65 (3 bytes): the result grows */
  CHECK_INT_EQ(word_lower(SPAN_LIT("\xc8\xba"), buf, sizeof buf, &n), LEDE_OK);
  CHECK_SPAN_EQ(buf, n, "\xe2\xb1\xa5");
  CHECK_INT_EQ(word_lower(SPAN_LIT("\xc8\xba"), buf, 2, &n), LEDE_EINPUT);
  CHECK_INT_EQ(n, 3);
  CHECK_INT_EQ(word_lower(SPAN_LIT("A\xff" "B"), buf, sizeof buf, &n), LEDE_OK);
  CHECK_SPAN_EQ(buf, n, "a\xff" "b");
  CHECK_INT_EQ(word_lower(SPAN_LIT(""), buf, sizeof buf, &n), LEDE_OK);
  CHECK_INT_EQ(n, 0);
}

static void test_stem_english(void) {
  Stemmer *st = stemmer_new(STEM_ENGLISH);
  CHECK(st != NULL);
  if (st == NULL) return;
  CHECK_STEM(st, "Talks", "talk");
  CHECK_STEM(st, "talking", "talk");
  CHECK_STEM(st, "ceasefire", "ceasefir");
  CHECK_STEM(st, "bombings", "bomb");
  CHECK_STEM(st, "generously", "generous");
  CHECK_STEM(st, "Negotiations", "negoti");
  CHECK_STEM(st, "", "");
  CHECK_STEM(st, "a", "a");
  CHECK_STEM(st, "275,000", "275,000");
  char small[3];
  size_t n = 0;
  CHECK_INT_EQ(stemmer_stem(st, SPAN_LIT("talking"), small, sizeof small, &n), LEDE_EINPUT);
  CHECK_INT_EQ(n, 7);
  /* an over-long "word" is lower-cased, not stemmed */
  char word[STEM_MAX_WORD + 8], out[STEM_MAX_WORD + 8];
  memset(word, 'X', sizeof word);
  memcpy(word + sizeof word - 3, "ing", 3);
  CHECK_INT_EQ(stemmer_stem(st, (Span){word, sizeof word}, out, sizeof out, &n), LEDE_OK);
  CHECK_INT_EQ(n, sizeof word);
  CHECK(out[0] == 'x' && memcmp(out + n - 3, "ing", 3) == 0);
  stemmer_free(st);
}

/* Porter (1980) differs from Snowball English, e.g. on "generously". */
static void test_stem_porter(void) {
  Stemmer *st = stemmer_new(STEM_PORTER);
  CHECK(st != NULL);
  if (st == NULL) return;
  CHECK_STEM(st, "generously", "gener");
  CHECK_STEM(st, "Talks", "talk");
  CHECK_STEM(st, "relational", "relat");
  stemmer_free(st);
  stemmer_free(NULL);
}

int main(void) {
  test_lower();
  test_stem_english();
  test_stem_porter();
  return CHECK_DONE();
}

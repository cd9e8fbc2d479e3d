/* The parser pipeline end to end (src/core/article.c): a small article, the
** failure statuses, the cancel flag, and hostile input that must stay linear
** and never crash: a long single line, thousands of unmatched quote marks,
** runs of punctuation, invalid UTF-8. */
#include <stdlib.h>

#include "article.h"
#include "article_json.h"
#include "check.h"

static const char ARTICLE[] =
    "Kerry calls for war crimes probe\n\n"
    "By Jane Doe\n\n"
    "WASHINGTON -- U.S. Secretary of State John Kerry on Friday called for an investigation, "
    "as more than 250,000 civilians remain stranded in Aleppo.\n\n"
    "\"These are acts that beg for an appropriate investigation of war crimes,\" Kerry said.\n";

static void test_small_article(void) {
  Article a;
  Err err = {0};
  ParseOptions opts = {.pub_year = 2016, .pub_month = 10, .pub_day = 8};
  CHECK_INT_EQ(article_parse((Span){ARTICLE, sizeof ARTICLE - 1}, &opts, &a, &err), LEDE_OK);
  Span title = article_span(&a, a.title);
  CHECK_SPAN_EQ(title.ptr, title.len, "Kerry calls for war crimes probe");
  CHECK_INT_EQ(a.bylines.len, 1);
  CHECK_INT_EQ(a.quotes.len, 1);
  if (a.quotes.len == 1) {
    Span who = article_quote_speaker(&a, &a.quotes.items[0]);
    CHECK_SPAN_EQ(who.ptr, who.len, "John Kerry");
  }
  CHECK(a.sentences.len >= 2);
  CHECK(a.numbers.len >= 1);
  bool has_friday = false;
  for (size_t i = 0; i < a.dates.len; i++) {
    char iso[48];
    if (article_date_iso(&a.dates.items[i], iso) && strcmp(iso, "2016-10-07") == 0) has_friday = true;
  }
  CHECK(has_friday);
  /* the JSON names every field of the contract */
  StrBuf sb = {0};
  article_write_json(&sb, &a, "x.txt");
  CHECK_INT_EQ(strbuf_status(&sb, NULL), LEDE_OK);
  static const char *const fields[] = {"\"file\":", "\"title\":", "\"bylines\":", "\"dateline\":",
                                       "\"blocks\":", "\"sentences\":", "\"quotes\":",
                                       "\"entities\":", "\"numbers\":", "\"dates\":"};
  for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) CHECK(strstr(sb.ptr, fields[i]) != NULL);
  strbuf_free(&sb);
  article_free(&a);
  article_free(&a); /* idempotent */
}

static void test_failures(void) {
  Article a;
  Err err = {0};
  CHECK_INT_EQ(article_parse((Span){"", 0}, NULL, &a, &err), LEDE_EINPUT);
  CHECK(strstr(err.msg, "empty") != NULL);
  CHECK(a.text == NULL);
  CHECK_INT_EQ(article_parse((Span){"  \n\t\n", 5}, NULL, &a, &err), LEDE_EINPUT);
  CHECK_INT_EQ(article_parse((Span){"ab\0cd", 5}, NULL, &a, &err), LEDE_EINPUT);
  CHECK(strstr(err.msg, "NUL byte at offset 2") != NULL);
  volatile int cancel = 1;
  ParseOptions opts = {.cancel = &cancel};
  CHECK_INT_EQ(article_parse((Span){ARTICLE, sizeof ARTICLE - 1}, &opts, &a, &err), LEDE_EINTR);
  CHECK(a.text == NULL && a.blocks.len == 0);
}

/* Parses a generated text and checks only that it succeeds: these inputs
** exist to catch crashes (under the sanitizers) and quadratic time (a
** quadratic stage would not finish within ctest's timeout). */
static void parse_ok(const char *what, char *text, size_t len) {
  Article a;
  Err err = {0};
  LedeStatus st = article_parse((Span){text, len}, NULL, &a, &err);
  if (st != LEDE_OK) fprintf(stderr, "%s: %s\n", what, err.msg);
  CHECK_INT_EQ(st, LEDE_OK);
  article_free(&a);
}

static void test_hostile_input(void) {
  size_t n = 4u << 20; /* a 4 MB single line of words */
  char *buf = malloc(n);
  for (size_t i = 0; i < n; i++) buf[i] = "Kerry said war crimes. "[i % 23];
  parse_ok("long line", buf, n);
  for (size_t i = 0; i < 20000; i++) buf[i] = (i % 2) ? '"' : 'x'; /* 10,000 unmatched marks */
  parse_ok("quote marks", buf, 20000);
  for (size_t i = 0; i < 200000; i++) buf[i] = "!?.,;:-'\"()[]"[i % 13];
  parse_ok("punctuation", buf, 200000);
  for (size_t i = 0; i < 100000; i++) buf[i] = (char)(0x80 + i % 0x7f); /* invalid UTF-8 */
  parse_ok("invalid UTF-8", buf, 100000);
  for (size_t i = 0; i < 300000; i++) buf[i] = (i % 3 == 2) ? '\n' : 'A'; /* many tiny lines */
  parse_ok("many lines", buf, 300000);
  free(buf);
}

int main(void) {
  test_small_article();
  test_failures();
  test_hostile_input();
  return CHECK_DONE();
}

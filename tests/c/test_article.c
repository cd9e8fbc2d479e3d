/* The parser pipeline end to end (src/core/article.c): a small article, the
** failure statuses, the cancel flag, and hostile input that must stay linear
** and never crash: a long single line, thousands of unmatched quote marks,
** runs of punctuation, invalid UTF-8. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "article.h"
#include "article_json.h"
#include "check.h"
#include "fixture.h"

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

/* CPU time of this process, in seconds. */
static double cpu_seconds(void) { return (double)clock() / CLOCKS_PER_SEC; }

/* Writes "Title\n\n" and then unit repeated to len bytes (one paragraph,
** so every stage reads it as body) into buf; returns the length. */
static size_t fill_paragraph(char *buf, size_t len, const char *unit) {
  static const char head[] = "Aleppo report\n\n";
  size_t n = sizeof head - 1, ul = strlen(unit);
  memcpy(buf, head, n);
  while (n + ul + 2 <= len) {
    memcpy(buf + n, unit, ul);
    n += ul;
  }
  buf[n++] = '.';
  buf[n++] = '\n';
  return n;
}

/* The best of five CPU times of parsing text[0, len) `times` times. */
static double parse_time(const char *text, size_t len, int times) {
  double best = 1e30;
  for (int run = 0; run < 5; run++) {
    double t0 = cpu_seconds();
    for (int i = 0; i < times; i++) {
      Article a;
      if (article_parse((Span){text, len}, NULL, &a, NULL) != LEDE_OK) CHECK(false);
      article_free(&a);
    }
    double t = cpu_seconds() - t0;
    if (t < best) best = t;
  }
  return best;
}

/* Linear time on hostile paragraphs: parsing one 64 KB paragraph must cost
** about what parsing an 8 KB one eight times costs; a stage quadratic in
** the paragraph (or in a run of names, marks or figures inside it) would
** make it eight times dearer. The bound leaves room for a noisy machine. */
static void test_linear_time(void) {
  static const char *const units[] = {
      "Kerry said \"war crimes. ",                        /* unmatched straight marks */
      "Kerry said \xE2\x80\x9Cwar crimes ",                /* unmatched curly marks */
      "He said 'war' 's crimes' ",                        /* apostrophes and singles */
      "\"\"\"\" \xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x98\xE2\x80\x99 word ", /* marks only */
      "More than 250,000 people on Oct. 4, 2016, six years ago, ", /* figures and dates */
      "1 2 3 4 5 6 7 8 9 10 ",                            /* dense digits */
      "John Kerry Secretary Of State Of The United Nations ", /* one endless name */
      "Mr. Dr. U.S. Gen. J. K. ",                         /* abbreviations and initials */
      "Kerry (((((((((((((((( said.......... !!!!!!!! ",  /* repeated punctuation */
      "Kerry\xFF said\xFE war\xC3 ",                       /* invalid UTF-8 inside words */
  };
  enum { SMALL = 8 << 10, BIG = 64 << 10 };
  char *small = malloc(SMALL), *big = malloc(BIG);
  for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
    size_t n_small = fill_paragraph(small, SMALL, units[u]), n_big = fill_paragraph(big, BIG, units[u]);
    double t_small = parse_time(small, n_small, BIG / SMALL), t_big = parse_time(big, n_big, 1);
    double ratio = t_big / (t_small > 1e-4 ? t_small : 1e-4);
    if (ratio >= 3) fprintf(stderr, "unit %zu: 64 KB %.4fs vs 8 x 8 KB %.4fs\n", u, t_big, t_small);
    CHECK(ratio < 3);
  }
  free(small);
  free(big);
}

/* A 100 MB single line through the whole parser, only when LEDE_BIG_TESTS
** is set (it takes seconds): prints the time and throughput. */
static void test_huge_line(void) {
  if (getenv("LEDE_BIG_TESTS") == NULL) {
    printf("skipped: 100 MB line (set LEDE_BIG_TESTS=1)\n");
    return;
  }
  size_t n = 100u << 20;
  char *buf = malloc(n);
  n = fill_paragraph(buf, n, "Kerry said \"more than 250,000 civilians\" remain in Aleppo on Friday. ");
  double t0 = cpu_seconds();
  parse_ok("100 MB line", buf, n);
  double t = cpu_seconds() - t0;
  printf("100 MB line: %.2fs (%.1f MB/s)\n", t, (double)n / (1 << 20) / t);
  free(buf);
}

/* article_body_bytes adds up the body blocks only and names the longest. */
static void test_body_bytes(void) {
  char text[] = "Title line\nBody one.\nCaption\nBody number two";
  Block blocks[] = {{{0, 10}, BLOCK_TITLE}, {{11, 20}, BLOCK_BODY}, {{21, 28}, BLOCK_CAPTION}, {{29, 44}, BLOCK_BODY}};
  Article a = article_over_blocks(text, blocks, 4);
  size_t total = 0;
  CHECK_INT_EQ(article_body_bytes(&a, &total), 15);
  CHECK_INT_EQ(total, 24);
  a.blocks.len = 1; /* a title only */
  CHECK_INT_EQ(article_body_bytes(&a, &total), 0);
  CHECK_INT_EQ(total, 0);
}

int main(void) {
  test_small_article();
  test_body_bytes();
  test_failures();
  test_hostile_input();
  test_linear_time();
  test_huge_line();
  return CHECK_DONE();
}

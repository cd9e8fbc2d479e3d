/*
** test_date.c — dates_find: the exact spans the seed gold takes ("the past
** few weeks", "nearly six years ago", "This weekend"), one test per
** resolution rule against fixed publication dates, what is no date ("may",
** "twice a day"), the calendar helpers, cancellation and hostile input, and
** the lexicon classes the matcher gates rely on. With
** LEDE_SHARED set it also runs over a seed file.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "check.h"
#include "fixture.h"
#include "date.h"

/* Runs dates_find on text with publication date y-m-d (0: none). */
static Article dates_of(const char *text, int y, int m, int d) {
  Article a = article_from_lines(text);
  ParseOptions opts = {.pub_year = y, .pub_month = m, .pub_day = d};
  Err err;
  CHECK_INT_EQ(dates_find(&a, &opts, &err), LEDE_OK);
  return a;
}

/* Checks that text (published y-m-d) holds exactly one date, with text lit
** and ISO value iso ("" when unresolved). */
static void expect_date(const char *text, int y, int m, int d, const char *lit, const char *iso) {
  Article a = dates_of(text, y, m, d);
  CHECK_INT_EQ(a.dates.len, 1);
  if (a.dates.len >= 1) {
    const DateRef *ref = &a.dates.items[0];
    char buf[11];
    date_format_iso(ref, buf);
    CHECK_RANGE_EQ(&a, ref->r, lit);
    CHECK_SPAN_EQ(buf, strlen(buf), iso);
  }
  article_release_lines(&a);
}

static void expect_no_date(const char *text) {
  Article a = dates_of(text, 2016, 10, 8);
  if (a.dates.len > 0) {
    Range r = a.dates.items[0].r;
    fprintf(stderr, "  unexpected date \"%.*s\" in \"%s\"\n", (int)(r.end - r.start), a.text + r.start, text);
  }
  CHECK_INT_EQ(a.dates.len, 0);
  article_release_lines(&a);
}

/* The spans the seed gold takes, published Saturday 2016-10-08. */
static void test_seed_spans(void) {
  expect_date("the bombing of Aleppo over the past few weeks constituted", 2016, 10, 8, "the past few weeks", "");
  expect_date("since it began nearly six years ago, but", 2016, 10, 8, "nearly six years ago", "2010");
  expect_date("This weekend, a resolution proposed by France", 2016, 10, 8, "This weekend", "2016-10-08");
  expect_date("also called for a war crimes investigation on Friday.", 2016, 10, 8, "Friday", "2016-10-07");
  expect_date("comes after a week of diplomatic jabs", 2016, 10, 8, "a week", "");
  expect_date("a senior official told the Washington Post earlier this week.", 2016, 10, 8,
              "earlier this week", "2016-10-03");
  expect_date("on Al-Tharda mountain on September 17, killing", 2016, 10, 8, "September 17", "2016-09-17");
  expect_date("Mr Kerry's remarks come hours after Russia said", 2016, 10, 8, "hours after", "");
  expect_date("air strikes by Syrian and Russian forces in recent weeks.", 2016, 10, 8, "recent weeks", "");
  expect_date("gathering evidence of possible war crimes in Syria for years, it is", 2016, 10, 8, "for years", "");
  expect_date("after the ceasefire collapsed late September.", 2016, 10, 8, "late September", "2016-09");
  expect_date("carrying out air strikes in Syria for more than a year.", 2016, 10, 8, "more than a year", "");
  expect_date("could be destroyed by Christmas.", 2016, 10, 8, "Christmas", "2016-12-25");
  expect_date("A similar request was blocked in 2014 by Russia", 2016, 10, 8, "2014", "2014");
  expect_date("The election was before the 2014 protests.", 2016, 9, 9, "2014", "2014");
  expect_date("\"Last night, the [Syrian] regime attacked", 2016, 10, 8, "Last night", "2016-10-07");
}

/* One test per resolution rule. */
static void test_resolution(void) {
  expect_date("France joined today", 2016, 10, 8, "today", "2016-10-08");
  expect_date("It happened yesterday.", 2016, 3, 1, "yesterday", "2016-02-29");
  expect_date("They meet tomorrow.", 2016, 12, 31, "tomorrow", "2017-01-01");
  /* weekday: the most recent one on or before publication */
  expect_date("Kerry spoke on Friday", 2016, 10, 7, "Friday", "2016-10-07");
  expect_date("Kerry spoke on Friday", 2016, 10, 10, "Friday", "2016-10-07");
  expect_date("Kerry spoke last Friday", 2016, 10, 7, "last Friday", "2016-09-30");
  expect_date("Kerry speaks next Friday", 2016, 10, 7, "next Friday", "2016-10-14");
  expect_date("Kerry spoke on Friday night", 2016, 10, 8, "Friday night", "2016-10-07");
  /* month and day: the publication year unless that is over a month ahead */
  expect_date("made on October 7 alongside", 2016, 10, 8, "October 7", "2016-10-07");
  expect_date("made on November 1 alongside", 2016, 10, 8, "November 1", "2016-11-01");
  expect_date("made on December 20 alongside", 2016, 10, 8, "December 20", "2015-12-20");
  expect_date("the report due by March 1", 2016, 10, 8, "March 1", "2017-03-01");
  expect_date("The launch is planned for June 28, when it will fly.", 2011, 4, 20, "June 28", "2011-06-28");
  expect_date("The shuttle flew on June 28.", 2011, 4, 20, "June 28", "2010-06-28");
  expect_date("The broadcasts began on August 10 and the South says they will continue.", 2015, 8, 21,
              "August 10", "2015-08-10"); /* the nearest cue wins */
  expect_date("It was quiet over Christmas.", 2017, 1, 10, "Christmas", "2016-12-25");
  expect_date("on 7 October the talks", 2016, 10, 8, "7 October", "2016-10-07");
  expect_date("ready for a 5 May poll", 2005, 4, 20, "5 May", "2005-05-05");
  /* written years win, with or without a publication date */
  expect_date("in Aleppo, Syria October 4, 2016.", 0, 0, 0, "October 4, 2016", "2016-10-04");
  expect_date("on Oct. 4, 2016 there", 0, 0, 0, "Oct. 4, 2016", "2016-10-04");
  expect_date("on 7 October 2016 there", 0, 0, 0, "7 October 2016", "2016-10-07");
  expect_date("in October 2015 there", 0, 0, 0, "October 2015", "2015-10");
  expect_date("released on 2016-10-07 at noon", 0, 0, 0, "2016-10-07", "2016-10-07");
  expect_date("This past week, the museum opened.", 2014, 1, 28, "This past week", "2014-01-20");
  expect_date("in mid-October the", 2016, 11, 2, "mid-October", "2016-10");
  /* months alone */
  expect_date("ceasefire brokered in September.", 2016, 10, 8, "September", "2016-09");
  expect_date("ceasefire brokered in December.", 2016, 10, 8, "December", "2015-12");
  /* weeks, months, years */
  expect_date("suspended last week", 2016, 10, 8, "last week", "2016-09-26");
  expect_date("suspended next week", 2016, 10, 8, "next week", "2016-10-10");
  expect_date("fell apart last month", 2016, 10, 8, "last month", "2016-09");
  expect_date("fell apart last month", 2016, 1, 15, "last month", "2015-12");
  expect_date("began last year when", 2016, 10, 8, "last year", "2015");
  expect_date("It rained this weekend.", 2016, 10, 5, "this weekend", "2016-10-01");
  expect_date("It will rain this weekend.", 2016, 10, 5, "this weekend", "2016-10-08");
  expect_date("The fair is on this weekend", 2016, 10, 5, "this weekend", "2016-10-08");
  /* a weekday in a clause about the future looks forward; a written date wins */
  expect_date("On Wednesday, Mohamed and his father are to travel", 2015, 9, 22, "Wednesday", "2015-09-23");
  expect_date("Details of the chip will be released in San Francisco on Monday.", 2005, 1, 15, "Monday",
              "2005-01-17");
  expect_date("Friday, July 21, 2017", 2017, 7, 18, "Friday, July 21, 2017", "2017-07-21");
  expect_date("on Sunday 27 February.", 2005, 1, 15, "Sunday 27 February", "2005-02-27");
  expect_date("It rained last weekend.", 2016, 10, 10, "last weekend", "2016-10-08");
  expect_date("It rained at the weekend.", 2016, 10, 10, "the weekend", "2016-10-08");
  /* "N units ago" */
  expect_date("It began two days ago.", 2016, 10, 8, "two days ago", "2016-10-06");
  expect_date("It began three months ago.", 2016, 10, 8, "three months ago", "2016-07");
  expect_date("It began 2 weeks ago.", 2016, 10, 8, "2 weeks ago", "2016-09-19");
}

/* Precision, relativity and resolution flags. */
static void test_flags(void) {
  Article a = dates_of("on Friday; last month; in 2014; October 7, 2016; recent days", 0, 0, 0);
  CHECK_INT_EQ(a.dates.len, 5);
  if (a.dates.len == 5) {
    const DateRef *d = a.dates.items;
    CHECK(d[0].precision == DATE_DAY && d[0].is_relative && !d[0].is_resolved && d[0].year == 0);
    CHECK(d[1].precision == DATE_PERIOD && d[1].is_relative && !d[1].is_resolved);
    CHECK(d[2].precision == DATE_YEAR && !d[2].is_relative && !d[2].is_resolved && d[2].year == 2014);
    CHECK(d[3].precision == DATE_DAY && !d[3].is_relative && d[3].is_resolved);
    CHECK(d[4].precision == DATE_PERIOD && !d[4].is_resolved);
  }
  article_release_lines(&a);
  a = dates_of("last month", 2016, 10, 8);
  CHECK(a.dates.len == 1 && a.dates.items[0].precision == DATE_MONTH && a.dates.items[0].day == 0 &&
        !a.dates.items[0].is_resolved && a.dates.items[0].month == 9);
  article_release_lines(&a);
}

static void test_not_dates(void) {
  expect_no_date("He may go, and the March on Washington drew crowds.");
  expect_no_date("They eat twice a day.");
  expect_no_date("They're beyond the accidental now, way beyond, years beyond the accidental.");
  expect_no_date("The offensive killed 2,000 people and 2000 people.");
  expect_date("It hopes 2005 sales will rise.", 2004, 6, 1, "2005", "2005");
  expect_no_date("one of the harshest to date");
  expect_no_date("a week-long truce and a 10-day ceasefire");
  expect_no_date("the friday prayers");
  /* from the BBC corpus: names, rates, times, feasts as modifiers */
  expect_no_date("he told the BBC Today programme");
  expect_no_date("Mike Friday's England side matched them");
  expect_no_date("their experience on Saturday Night Live");
  expect_no_date("up to 15,000 a year, and fees of \xC2\xA3" "3,000 a year");
  expect_no_date("shoppers bought Christmas presents");
  expect_no_date("investment is growing at more than 25% a year");
  expect_no_date("A survey of 1709 schoolchildren");
  expect_no_date("Kick-off 1400 GMT.");
}

static void test_calendar(void) {
  CHECK_INT_EQ(date_days_from_civil(1970, 1, 1), 0);
  CHECK_INT_EQ(date_days_from_civil(2000, 3, 1), 11017);
  CHECK_INT_EQ(date_days_from_civil(1969, 12, 31), -1);
  int y, m, d;
  for (long days = -800000; days < 800000; days += 997) {
    date_civil_from_days(days, &y, &m, &d);
    CHECK(date_days_from_civil(y, m, d) == days);
  }
  date_civil_from_days(date_days_from_civil(2016, 2, 29) + 1, &y, &m, &d);
  CHECK(y == 2016 && m == 3 && d == 1);
  DateRef ref = {.year = 2016, .month = 9, .precision = DATE_MONTH};
  char buf[11];
  CHECK_INT_EQ(date_format_iso(&ref, buf), 7);
  CHECK_SPAN_EQ(buf, strlen(buf), "2016-09");
  ref.precision = DATE_PERIOD;
  CHECK_INT_EQ(date_format_iso(&ref, buf), 0);
}

static void test_hostile(void) {
  expect_no_date("");
  expect_no_date("\xE2\x80\x9C\xE2\x80\x9C\xE2\x80\x9C ,,, ... \xFF");
  expect_date("February 30", 2016, 10, 8, "February", "2016-02"); /* no such day */
  /* an impossible publication date is ignored, not trusted */
  expect_date("on Friday", 2016, 2, 30, "Friday", "");
  size_t reps = 100000;
  char *big = fixture_repeat("on Friday \" ", reps);
  CHECK(big != NULL);
  if (big == NULL) return;
  Article a = dates_of(big, 2016, 10, 8);
  CHECK_INT_EQ(a.dates.len, reps);
  article_release_lines(&a);
  free(big);
}

static void test_cancel(void) {
  Article a = article_from_lines("today\nyesterday");
  volatile int flag = 1;
  ParseOptions opts = {.cancel = &flag};
  Err err;
  CHECK_INT_EQ(dates_find(&a, &opts, &err), LEDE_EINTR);
  article_release_lines(&a);
}

/* Seeds 001 and 003, every line as body: the gold dates in order, plus
** what blocks.c keeps out of the body in the real pipeline (001's caption
** "Friday" and "October 4, 2016"; 003's caption "October 4" and the bio's
** 2004 and 2014). */
static void test_seeds(void) {
  static const struct {
    const char *file;
    const char *want[12];
  } seeds[] = {
      {"001_f198e9af24b5b421.txt",
       {"Friday", "Friday", "a week", "Monday", "the past two weeks", "earlier this week",
        "October 4, 2016", "Thursday", "Friday", "September 17"}},
      {"003_7cbff870a8b05fb5.txt",
       {"October 4", "October 7", "for years", "nearly six years ago", "last year", "last month",
        "earlier this week", "recent days", "October 6", "2004", "2014"}},
  };
  for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
    char *text = fixture_seed(seeds[i].file, NULL);
    if (text == NULL) {
      printf("skipped: seeds (LEDE_SHARED unset or %s not readable)\n", seeds[i].file);
      return;
    }
    Article a = dates_of(text, 2016, 10, 8);
    size_t n = 0;
    while (n < 12 && seeds[i].want[n] != NULL) n++;
    CHECK_INT_EQ(a.dates.len, n);
    for (size_t j = 0; j < n && j < a.dates.len; j++) {
      CHECK_RANGE_EQ(&a, a.dates.items[j].r, seeds[i].want[j]);
    }
    article_release_lines(&a);
    free(text);
  }
}

/* A date's text ends its last word before a possessive, and keeps a
** word too long for the matchers' buffers whole. */
static void test_possessive_end(void) {
  expect_date("It was Friday's vote.", 2016, 10, 8, "Friday", "2016-10-07");
  expect_date("It was Friday\xE2\x80\x99s vote.", 2016, 10, 8, "Friday", "2016-10-07");
  expect_date("It ends two years' time.", 2016, 10, 8, "two years", "");
  expect_date("Since last week's vote.", 2016, 10, 8, "last week", "2016-09-26");
}

/* The date scan restarts DATE_BACK_CHUNKS (5) chunks before an anchor:
** a date that starts five words before its unit is found whole. What a
** matcher reads before that (clause_tense's eight tokens) is held however
** near the restart: "will" eight tokens before "Monday" makes it the next
** one, nine tokens before it is out of reach and "Monday" is the last. */
static void test_scan_reach(void) {
  expect_date("It lasted more than a couple of weeks.", 2016, 10, 8, "more than a couple of weeks", "");
  expect_date("They will be shown in the town hall on Monday.", 2005, 1, 15, "Monday", "2005-01-17");
  expect_date("They will be shown in the old town hall on Monday.", 2005, 1, 15, "Monday", "2005-01-10");
  expect_date("Nobody said it will be shown in the town hall on Monday.", 2005, 1, 15, "Monday", "2005-01-17");
}

/* date_gates tells "the" by its classes: it must be the only word of the
** lexicon that is both LEX_DEFINITE and LEX_SPAN. */
static void test_the_classes(void) {
  size_t n_both = 0;
  for (size_t i = 0; number_lexicon_word(i) != NULL; i++) {
    uint64_t both = LEX_DEFINITE | LEX_SPAN;
    if ((number_lexicon_flags(i) & both) != both) continue;
    n_both++;
    CHECK_SPAN_EQ(number_lexicon_word(i), strlen(number_lexicon_word(i)), "the");
  }
  CHECK_INT_EQ(n_both, 1);
}

int main(void) {
  test_the_classes();
  test_seed_spans();
  test_resolution();
  test_scan_reach();
  test_possessive_end();
  test_flags();
  test_not_dates();
  test_calendar();
  test_hostile();
  test_cancel();
  test_seeds();
  return CHECK_DONE();
}

/* Unit tests for src/core/pubdate.c: the accepted shape of a publication
** date (exact, and at the start of a timestamp), the range checks, and that
** a refused date leaves the options as they were. */
#include "check.h"
#include "pubdate.h"

int main(void) {
  ParseOptions o = {0};
  CHECK(pubdate_read("2016-10-07", &o));
  CHECK_INT_EQ(o.pub_year, 2016);
  CHECK_INT_EQ(o.pub_month, 10);
  CHECK_INT_EQ(o.pub_day, 7);
  CHECK(pubdate_read("1999-1-2", &o)); /* one-digit month and day are read too */
  CHECK_INT_EQ(o.pub_year, 1999);
  CHECK_INT_EQ(o.pub_month, 1);
  CHECK_INT_EQ(o.pub_day, 2);

  ParseOptions kept = {.pub_year = 2001, .pub_month = 2, .pub_day = 3};
  static const char *const refused[] = {
      "Oct 7",       /* not numeric */
      "2016-10",     /* no day */
      "2016-10-07x", /* text after the day */
      "2016-10-07T12:00", "2016-13-01", "2016-00-10", "2016-10-32", "2016-10-00", "",
  };
  for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
    CHECK(!pubdate_read(refused[i], &kept));
    CHECK_INT_EQ(kept.pub_year, 2001);
    CHECK_INT_EQ(kept.pub_month, 2);
    CHECK_INT_EQ(kept.pub_day, 3);
  }

  /* the prefix form reads the date of a timestamp, and refuses the rest alike */
  CHECK(pubdate_read_prefix("2016-10-07T12:00:00Z", &o));
  CHECK_INT_EQ(o.pub_year, 2016);
  CHECK_INT_EQ(o.pub_month, 10);
  CHECK_INT_EQ(o.pub_day, 7);
  CHECK(pubdate_read_prefix("2015-01-31", &o));
  CHECK_INT_EQ(o.pub_day, 31);
  static const char *const refused_prefix[] = {"Oct 7, 2016", "2016-10", "2016-13-01T00:00", "", NULL};
  for (size_t i = 0; i < sizeof refused_prefix / sizeof *refused_prefix; i++) {
    CHECK(!pubdate_read_prefix(refused_prefix[i], &kept));
    CHECK_INT_EQ(kept.pub_year, 2001);
    CHECK_INT_EQ(kept.pub_day, 3);
  }
  return CHECK_DONE();
}

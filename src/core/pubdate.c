/*
** pubdate.c — "YYYY-MM-DD" into ParseOptions' publication date (pubdate.h).
*/
#include "pubdate.h"

#include <stdio.h>

/* Reads the date at the start of s; when exact, nothing may follow it. */
static bool read_date(const char *s, bool exact, ParseOptions *o) {
  int y, m, d;
  char tail; /* a fourth conversion means text after the day */
  if (s == NULL) return false;
  int n = sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail);
  if (n < 3 || (exact && n != 3)) return false;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  o->pub_year = y, o->pub_month = m, o->pub_day = d;
  return true;
}

bool pubdate_read(const char *iso, ParseOptions *o) { return read_date(iso, true, o); }

bool pubdate_read_prefix(const char *s, ParseOptions *o) { return read_date(s, false, o); }

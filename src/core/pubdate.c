/*
** pubdate.c — "YYYY-MM-DD" into ParseOptions' publication date (pubdate.h).
*/
#include "pubdate.h"

#include <stdio.h>

bool pubdate_read(const char *iso, ParseOptions *o) {
  int y, m, d;
  char tail; /* a fourth conversion means text after the day */
  if (sscanf(iso, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return false;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  o->pub_year = y, o->pub_month = m, o->pub_day = d;
  return true;
}

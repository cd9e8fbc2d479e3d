/*
** pubdate.h — reads a publication date given as "YYYY-MM-DD" (lede.parse's
** opts.date) into the ParseOptions that relative dates resolve against
** (article.h, date.h). The bindings, the command line and ingest take the
** date as text; the check of its shape lives here, once, not in each of them.
*/
#ifndef LEDE_PUBDATE_H
#define LEDE_PUBDATE_H

#include <stdbool.h>

#include "article.h"

/* Sets o->pub_year, pub_month and pub_day from iso, a NUL-terminated
** "YYYY-MM-DD" with nothing after it (month 1..12, day 1..31; the day is not
** checked against the month). Returns false, leaving o untouched, when iso
** has another shape. */
bool pubdate_read(const char *iso, ParseOptions *o);

/* As pubdate_read, but anything may follow the date ("2016-10-07T12:00:00Z",
** the timestamps of JSON Lines inputs); s may be NULL (returns false). */
bool pubdate_read_prefix(const char *s, ParseOptions *o);

#endif

/*
** date.h — finds the time expressions of an article's body: absolute dates
** ("October 7", "Oct. 4, 2016", "2014"), weekdays, relative expressions
** ("yesterday", "last week", "nearly six years ago") and spans ("recent days",
** "for years"), and resolves them against the publication date when one is
** given. It scans with number.h's token window and shares its month and
** time-unit words with number.c, which must not count "October 7" or "six
** years ago" as figures.
*/
#ifndef LEDE_DATE_H
#define LEDE_DATE_H

#include "article.h"
#include "number.h"

/* Units of time as the lexicon tags them (LEX_TIME_UNIT values). */
typedef enum {
  DATE_UNIT_HOUR, DATE_UNIT_DAY, DATE_UNIT_WEEK, DATE_UNIT_MONTH, DATE_UNIT_YEAR,
  DATE_UNIT_DECADE, DATE_UNIT_OTHER
} DateUnit;

/* Finds the dates of every BLOCK_BODY block of a and appends them to a->dates
** in text order, resolved against opts->pub_* when set (opts may be NULL).
** Returns LEDE_OK, LEDE_ENOMEM or LEDE_EINTR (err filled; dates found so far
** stay in a->dates, owned by a). */
LedeStatus dates_find(Article *a, const ParseOptions *opts, Err *err);

/* Appends the dates of one lexed stretch to a->dates, resolved against
** opts (a const ParseOptions *, may be NULL); dates_find is
** number_each_stretch over this. LEDE_OK, LEDE_ENOMEM, or LEDE_EINTR when
** opts->cancel is raised. */
LedeStatus dates_in(Article *a, const NumberToks *toks, void *opts);

/* dates_in with the start filter `starts` (see NumberStarts) in place of
** the dates' own, so a test can check that filter against one that admits
** every token. With NUMBER_STARTS_ALL it also runs every matcher whose
** start classes admit the token, not only those the gates on the next
** few tokens' classes allow, and restarts its scan further before each
** anchor, so the test checks the gates and the scan's reach as well. */
LedeStatus dates_in_with(Article *a, const NumberToks *toks, const ParseOptions *opts, NumberStarts starts);

/* Writes d's resolved value as ISO 8601 text into buf: "2016-10-07" for a
** resolved day or week start, "2016-10" for a month, "2016" for a year; an
** empty string when nothing is known. Returns the length written. */
size_t date_format_iso(const DateRef *d, char buf[11]);

/* The month (1..12) named by the word at window offset k ("October", "Oct",
** "Sept"), or 0. Three-letter abbreviations count only when a day number or a
** "." follows; "May" and "March" count only with a day, a year or a time
** preposition next to them. */
int date_win_month(const NumberWin *w, long k);

/* True when the word at k is a unit of time ("day", "weeks", "years"). */
bool date_win_is_time_unit(const NumberWin *w, long k);

/* Days since 1970-01-01 of a proleptic Gregorian date, and back; exposed for
** tests. */
long date_days_from_civil(int year, int month, int day);
void date_civil_from_days(long days, int *year, int *month, int *day);

#endif

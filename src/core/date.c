/*
** date.c — the time expressions of an article's body. number_scan (number.c)
** visits the tokens near date anchors (digits, month and weekday names, units
** of time); at each, the small matchers (month dates, weekdays, "today",
** "last week", "the past few weeks", "six years ago", "for years", bare
** years) that the classes of the next few tokens allow are tried in order,
** and the first match becomes a DateRef, resolved against
** the publication date with news conventions and the tense of its clause.
** number.c asks the month and time-unit questions here, so that no figure it
** reports is a date.
*/
#include "date.h"

#include <stdio.h>
#include <string.h>

#include "scan.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ==== calendar arithmetic =================================================== */

/* Howard Hinnant's days_from_civil: days since 1970-01-01, proleptic
** Gregorian, valid for any year an article may name. */
long date_days_from_civil(int year, int month, int day) {
  long y = (long)year - (month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void date_civil_from_days(long days, int *year, int *month, int *day) {
  long z = days + 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = (int)(doy - (153 * mp + 2) / 5 + 1);
  int m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *year = (int)(yoe + era * 400 + (m <= 2));
  *month = m;
  *day = d;
}

/* ISO weekday of a day number: 1 = Monday .. 7 = Sunday (1970-01-01 was a
** Thursday). */
static int iso_weekday(long days) {
  long r = (days + 3) % 7;
  return (int)(r < 0 ? r + 7 : r) + 1;
}

static int days_in_month(int year, int month) {
  static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool is_leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && is_leap ? 29 : n[month - 1];
}

size_t date_format_iso(const DateRef *d, char buf[11]) {
  int n = 0;
  bool has_day = d->day > 0 && (d->precision == DATE_DAY || d->precision == DATE_WEEK);
  if (d->year > 0 && d->year <= 9999 && d->month > 0 && has_day)
    n = snprintf(buf, 11, "%04d-%02d-%02d", d->year, d->month, d->day);
  else if (d->year > 0 && d->year <= 9999 && d->month > 0 && d->precision == DATE_MONTH)
    n = snprintf(buf, 11, "%04d-%02d", d->year, d->month);
  else if (d->year > 0 && d->year <= 9999 && d->precision == DATE_YEAR)
    n = snprintf(buf, 11, "%04d", d->year);
  else
    buf[0] = '\0';
  return n > 0 ? (size_t)n : 0;
}

/* ==== word tables (sorted, lower case) ====================================== */

static const char *const month_names[] = {"april",   "august",   "december", "february",
                                          "january", "july",     "june",     "march",
                                          "may",     "november", "october",  "september"};
static const int month_of_name[] = {4, 8, 12, 2, 1, 7, 6, 3, 5, 11, 10, 9};

/* Hedges that belong to a duration's text: "nearly six years ago". */
static const struct {
  const char *words[2];
} duration_hedges[] = {{{"more", "than"}}, {{"less", "than"}}, {{"at", "least"}},
                       {{"fewer", "than"}}, {{"almost"}},     {{"about"}},
                       {{"around"}},        {{"just"}},       {{"nearly"}},
                       {{"over"}},          {{"roughly"}},    {{"some"}}};

/* Index of word in a sorted table, or -1. */
static long find(const char *word, const char *const *table, size_t n) {
  return number_table_find(word, table, n);
}

/* ==== questions number.c asks =============================================== */

/* The matchers' word buffers: a word of WORD_BUF bytes or more is no word
** of theirs (number_win_word gives 0). */
enum { WORD_BUF = 32 };

/* The lower-cased word at k (possessive stripped) in buf; length or 0. */
static size_t word_at(const NumberWin *w, long k, char buf[WORD_BUF]) {
  return number_win_word(w, k, buf, WORD_BUF, NULL);
}

int date_win_month(const NumberWin *w, long k) {
  const NumberTok *t = number_win_at(w, k);
  if (t == NULL || !(t->flags & (LEX_MONTH | LEX_MONTH_ABBR)) || !t->is_cap) return 0; /* most words */
  const NumberTok *next = number_win_at(w, k + 1);
  int m = (int)number_win_value(w, k);
  bool next_is_num = next != NULL && next->kind == NUMTOK_NUM;
  if (t->flags & LEX_MONTH) {
    if (m != 3 && m != 5) return m;
    long day_before = number_win_int(w, k - 1); /* "5 May" */
    bool has_context = next_is_num || (day_before >= 1 && day_before <= 31) ||
                       (number_win_flags(w, k - 1) & LEX_MONTH_PREP);
    return has_context ? m : 0;
  }
  bool has_dot = number_win_punct(w, k + 1, ".") && !next->space_before;
  const NumberTok *after_dot = number_win_at(w, k + 2);
  return next_is_num || (has_dot && after_dot != NULL && after_dot->kind == NUMTOK_NUM) ? m : 0;
}

/* The unit of time named by the word at k, or -1. */
static int time_unit_at(const NumberWin *w, long k) {
  return number_win_flags(w, k) & LEX_TIME_UNIT ? (int)number_win_value(w, k) : -1;
}

bool date_win_is_time_unit(const NumberWin *w, long k) { return time_unit_at(w, k) >= 0; }

/* True when the word at k is a plural unit of time ("years"). */
static bool is_plural_time_unit(const NumberWin *w, long k) {
  uint64_t flags = number_win_flags(w, k);
  return (flags & LEX_TIME_UNIT) && (flags & LEX_PLURAL);
}

/* ==== resolution ============================================================ */

/* What a matcher knows about the publication date. */
typedef struct {
  const NumberWin *w;
  bool has_pub;
  long pub;            /* day number of the publication date */
  int pub_year, pub_month;
} DateCtx;

static void set_day(DateRef *d, long days) {
  date_civil_from_days(days, &d->year, &d->month, &d->day);
  d->precision = DATE_DAY;
  d->is_resolved = true;
}

static void set_week(DateRef *d, long first_day) {
  date_civil_from_days(first_day, &d->year, &d->month, &d->day);
  d->precision = DATE_WEEK;
}

/* Month month of year year, carrying month overflow into the year. */
static void set_month(DateRef *d, int year, int month) {
  int m0 = month - 1;
  year += (m0 >= 0 ? m0 : m0 - 11) / 12;
  m0 = ((m0 % 12) + 12) % 12;
  d->year = year, d->month = m0 + 1, d->day = 0;
  d->precision = DATE_MONTH;
}

static void set_year(DateRef *d, int year) {
  d->year = year, d->month = 0, d->day = 0;
  d->precision = DATE_YEAR;
}

/* The Monday of the week holding day number days. */
static long week_start(long days) { return days - (iso_weekday(days) - 1); }

/* True when the word before token k points to the future ("by", "until"). */
static bool is_future(const DateCtx *c, long k) {
  return (number_win_flags(c->w, k - 1) & LEX_FUTURE_PREP) != 0;
}

/* The year of month/day (day 0: the month) written without one: the
** publication year, or the year before when that would lie more than about a
** month after publication, or the year after for a past date after "by". */
static int infer_year(const DateCtx *c, int month, int day, bool is_future_ref) {
  int year = c->pub_year;
  long when = date_days_from_civil(year, month, day > 0 ? day : 1);
  if (is_future_ref && when < c->pub - (day > 0 ? 0 : 31)) return year + 1;
  if (!is_future_ref && when > c->pub + 31) return year - 1;
  return year;
}

/* Resolves a month date: day and year as written (0 when absent). */
static void resolve_month_date(const DateCtx *c, DateRef *d, int year, int month, int day, bool is_future_ref) {
  if (year == 0 && c->has_pub) {
    year = infer_year(c, month, day, is_future_ref);
    d->is_relative = true;
  }
  if (year == 0) {
    d->month = month, d->day = day;
    d->precision = day > 0 ? DATE_DAY : DATE_MONTH;
    return;
  }
  if (day > 0) set_day(d, date_days_from_civil(year, month, day));
  else set_month(d, year, month);
}

/* ==== matchers ============================================================== */

/* Each matcher looks at the window's current token, and on a match fills
** d->r and what it resolved and returns the number of tokens used; 0 when it
** does not match. */
typedef long (*DateMatcher)(const DateCtx *c, DateRef *d);

/* Sets d->r to tokens [first, last], ending the last word before a
** possessive ("Friday's" -> "Friday"): at the token's base_end, as the
** lexer found it, for a word that the matchers' buffers hold (the
** rule number_win_word, which this once called to copy the word, applies);
** at its end otherwise. */
static void set_range(const DateCtx *c, DateRef *d, long first, long last) {
  const NumberTok *t = number_win_at(c->w, last);
  size_t base_len = t->base_end - t->start;
  bool is_whole_word = t->kind == NUMTOK_WORD && base_len > 0 && base_len < WORD_BUF;
  d->r = (Range){number_win_at(c->w, first)->start, is_whole_word ? t->base_end : t->end};
}

/* A day of the month at k (1..31, "7" or "7th"); returns tokens used (0, 1
** or 2) and the day in *day. */
static long read_day(const NumberWin *w, long k, int *day) {
  static const char *const ordinals[] = {"nd", "rd", "st", "th"};
  long v = number_win_int(w, k);
  const NumberTok *t = number_win_at(w, k), *next = number_win_at(w, k + 1);
  if (v < 1 || v > 31 || t->end - t->start > 2) return 0;
  *day = (int)v;
  char word[WORD_BUF];
  if (next != NULL && !next->space_before && word_at(w, k + 1, word) > 0)
    return find(word, ordinals, COUNT(ordinals)) >= 0 ? 2 : 0;
  return 1;
}

/* A four-digit year at k (1000..2099), or 0. */
static int read_year(const NumberWin *w, long k) {
  const NumberTok *t = number_win_at(w, k);
  long v = number_win_int(w, k);
  return t != NULL && t->end - t->start == 4 && v >= 1000 && v <= 2099 ? (int)v : 0;
}

/* The month named at k, also inside "mid-October"; sets *is_mid. */
static int month_at(const NumberWin *w, long k, bool *is_mid) {
  char word[WORD_BUF];
  *is_mid = false;
  int m = date_win_month(w, k);
  if (m > 0) return m;
  const NumberTok *t = number_win_at(w, k);
  size_t len = word_at(w, k, word);
  if (len < 7 || memcmp(word, "mid-", 4) != 0) return 0;
  char c0 = w->text[t->start + 4];
  long i = find(word + 4, month_names, COUNT(month_names));
  if (i < 0 || c0 < 'A' || c0 > 'Z') return 0;
  *is_mid = true;
  return month_of_name[i];
}

/* The tense the word at j marks: +1 future ("will", "they'll", "are to",
** "due to"), -1 past ("was", "took", a lower-case "-ed" form that is not a
** passive after "is"), 0 none. Tests lexicon bits; copies nothing. */
static int tense_cue(const NumberWin *w, long j) {
  const NumberTok *t = number_win_at(w, j);
  if (t == NULL || t->kind != NUMTOK_WORD) return 0;
  const char *s = w->text;
  size_t len = t->base_end - t->start;
  bool is_ll = len > 3 && s[t->end - 1] == 'l' && s[t->end - 2] == 'l' &&
               (s[t->end - 3] == '\'' || (unsigned char)s[t->end - 3] == 0x99); /* "they'll" */
  if ((t->flags & LEX_FUTURE) || is_ll) return 1;
  if (number_win_is(w, j, "to") && (number_win_flags(w, j - 1) & LEX_TO_VERB)) return 1; /* "are to" */
  if (t->flags & LEX_PAST) return -1;
  bool is_ed = len > 4 && s[t->base_end - 2] == 'e' && s[t->base_end - 1] == 'd' && !t->is_cap; /* not "Mohamed" */
  return is_ed && !(number_win_flags(w, j - 1) & LEX_BE) ? -1 : 0; /* "is planned": a passive */
}

/* Tokens clause_tense looks back: no more than the window holds behind
** (NUMWIN_BEHIND); visit_date lets it hold them whatever the scan's
** restart point (hold_behind), so the answer never depends on where the
** window happened to start. */
enum { TENSE_BACK_TOKENS = 8 };

/* Which way the clause around token k points (see tense_cue): the cue
** nearest to k wins, looking up to TENSE_BACK_TOKENS tokens back and 8 ahead,
** not past a full stop; 0 when there is none. */
static int clause_tense(const NumberWin *w, long k) {
  bool is_open[2] = {true, true}; /* left and right side not yet past a full stop */
  for (long dist = 1; dist <= 8 && (is_open[0] || is_open[1]); dist++) {
    is_open[0] = is_open[0] && dist <= TENSE_BACK_TOKENS;
    for (int side = 0; side < 2; side++) {
      long j = side == 0 ? k - dist : k + dist;
      if (!is_open[side]) continue;
      if (number_win_punct(w, j, ".") || number_win_punct(w, j, "?") || number_win_punct(w, j, "!")) {
        is_open[side] = false;
        continue;
      }
      int cue = tense_cue(w, j);
      if (cue != 0) return cue;
    }
  }
  return 0;
}

/* Reads a month date at token k0 ("late September", "Oct. 4, 2016") into d;
** returns the index of its last token, or -1. */
static long read_month_date(const DateCtx *c, long k0, DateRef *d) {
  static const char *const mods[] = {"early", "late", "mid"};
  const NumberWin *w = c->w;
  char word[WORD_BUF];
  long k = k0 + (word_at(w, k0, word) > 0 && find(word, mods, COUNT(mods)) >= 0 ? 1 : 0);
  bool is_mid;
  int month = month_at(w, k, &is_mid), day = 0, year = 0;
  if (month == 0 || (is_mid && k > k0)) return -1;
  long last = k;
  bool has_dot = number_win_punct(w, last + 1, ".") && !number_win_at(w, last + 1)->space_before;
  long used = is_mid ? 0 : read_day(w, last + 1 + has_dot, &day);
  if (used > 0 && day > days_in_month(2000, month)) used = 0, day = 0;
  if (used > 0) last += has_dot + used; /* "Oct. 4": the stop belongs to the date */
  if (used > 0 && number_win_punct(w, last + 1, ",") && read_year(w, last + 2)) last += 2;
  else if (read_year(w, last + 1)) last += 1;
  year = read_year(w, last);
  if (year > 0 && day > days_in_month(year, month)) return -1;
  bool is_ahead = year == 0 && c->has_pub && (is_future(c, k0) || clause_tense(w, k) > 0);
  resolve_month_date(c, d, year, month, day, is_ahead);
  set_range(c, d, k0, last);
  return last;
}

/* "September", "late September", "mid-October", "October 7", "Oct. 4, 2016",
** "October 2016". */
static long m_month(const DateCtx *c, DateRef *d) { return read_month_date(c, 0, d) + 1; }

/* Reads "7 October", "7th October 2016" at token k0 into d; returns the
** index of its last token, or -1. */
static long read_day_month(const DateCtx *c, long k0, DateRef *d) {
  int day = 0;
  long used = read_day(c->w, k0, &day);
  int month = used > 0 ? date_win_month(c->w, k0 + used) : 0;
  if (month == 0 || day > days_in_month(2000, month)) return -1;
  long last = k0 + used;
  int year = read_year(c->w, last + 1);
  if (year > 0) last++;
  if (year > 0 && day > days_in_month(year, month)) return -1;
  bool is_ahead = year == 0 && c->has_pub && (is_future(c, k0) || clause_tense(c->w, k0) > 0);
  resolve_month_date(c, d, year, month, day, is_ahead);
  set_range(c, d, k0, last);
  return last;
}

static long m_day_month(const DateCtx *c, DateRef *d) { return read_day_month(c, 0, d) + 1; }

/* Which way a "this/last/next" word points. */
typedef enum { DIR_NONE, DIR_THIS, DIR_LAST, DIR_NEXT } DateDir;

static DateDir dir_at(const NumberWin *w, long k) {
  static const char *const words[] = {"last", "next", "this"};
  static const DateDir dirs[] = {DIR_LAST, DIR_NEXT, DIR_THIS};
  char word[WORD_BUF];
  if (!(number_win_flags(w, k) & LEX_DIR)) return DIR_NONE;
  long i = word_at(w, k, word) > 0 ? find(word, words, COUNT(words)) : -1;
  return i < 0 ? DIR_NONE : dirs[i];
}

/* True when the word before token k is a capitalized singular that is no
** function word: a given name ("Mike Friday"), not "On" or "Questions". */
static bool follows_name(const NumberWin *w, long k) {
  const NumberTok *prev = number_win_at(w, k - 1);
  char word[WORD_BUF];
  size_t len = number_win_word(w, k - 1, word, sizeof word, NULL);
  if (prev == NULL || prev->kind != NUMTOK_WORD || !prev->is_cap || len == 0) return false;
  if (prev->flags & (LEX_STOP | LEX_WEEKDAY | LEX_MONTH | LEX_LEAD)) return false;
  return word[len - 1] != 's';
}

/* A written date right after a weekday ("Friday, July 21, 2017", "Sunday 27
** February"), read at token k (a comma may come first) into d; returns its
** last token, or -1. When the year was inferred, the year before or after
** is taken if only there the date falls on that weekday. */
static long weekday_date(const DateCtx *c, long k, int weekday, DateRef *d) {
  if (number_win_punct(c->w, k, ",")) k++;
  DateRef dated = {0};
  long last = read_month_date(c, k, &dated);
  if (last < 0) last = read_day_month(c, k, &dated);
  if (last < 0 || dated.precision != DATE_DAY) return -1;
  /* a year inferred from publication: the weekday picks among neighbours */
  for (int shift = 0; dated.is_relative && dated.is_resolved && shift < 3; shift++) {
    int year = dated.year + (shift == 1 ? 1 : shift == 2 ? -1 : 0);
    if (dated.day > days_in_month(year, dated.month)) continue;
    long day = date_days_from_civil(year, dated.month, dated.day);
    if (iso_weekday(day) != weekday) continue;
    dated.year = year;
    break;
  }
  *d = dated;
  return last;
}

/* "Friday", "last Friday", "Friday night": the most recent such day on or
** before publication (news convention), or the next one when the clause
** speaks of the future ("On Wednesday, they will travel"); "last" excludes
** publication day, "next" and "this" look forward. */
static long m_weekday(const DateCtx *c, DateRef *d) {
  static const char *const parts[] = {"afternoon", "evening", "morning", "night"};
  const NumberWin *w = c->w;
  char word[WORD_BUF];
  DateDir dir = dir_at(w, 0);
  long k = dir == DIR_NONE ? 0 : 1;
  const NumberTok *t = number_win_at(w, k);
  if (t == NULL || !t->is_cap || !(t->flags & LEX_WEEKDAY)) return 0;
  if (dir == DIR_NONE && follows_name(w, k)) return 0; /* "Mike Friday's side" */
  long last = k;
  if (word_at(w, k + 1, word) > 0 && find(word, parts, COUNT(parts)) >= 0) {
    if (number_win_at(w, k + 1)->is_cap) return 0; /* "Saturday Night Live" */
    last++;
  }
  long dated = weekday_date(c, last + 1, (int)number_win_value(w, k), d); /* "Friday, July 21, 2017" */
  if (dated >= 0) {
    set_range(c, d, 0, dated);
    return dated + 1;
  }
  set_range(c, d, 0, last);
  d->precision = DATE_DAY;
  d->is_relative = true;
  if (!c->has_pub) return last + 1;
  int target = (int)number_win_value(w, k), pub_wd = iso_weekday(c->pub);
  long back = (pub_wd - target + 7) % 7, ahead = (target - pub_wd + 7) % 7;
  if (dir == DIR_LAST && back == 0) back = 7;
  if (dir == DIR_NEXT && ahead == 0) ahead = 7;
  bool is_ahead = dir == DIR_NEXT || dir == DIR_THIS || (dir == DIR_NONE && clause_tense(w, k) > 0);
  set_day(d, is_ahead ? c->pub + ahead : c->pub - back);
  return last + 1;
}

/* True when token k opens a sentence or a clause: nothing or punctuation
** before it. */
static bool is_sentence_start(const NumberWin *w, long k) {
  const NumberTok *prev = number_win_at(w, k - 1);
  return prev == NULL || prev->kind == NUMTOK_PUNCT;
}

/* True when the feast named at the current token is used as a date: after
** a preposition or "this/last/next" ("by Christmas", "over Christmas"). */
static bool is_feast_date(const NumberWin *w) {
  static const char *const preps[] = {"after", "at", "before", "by",    "during", "for",
                                      "from",  "last", "next", "on",    "over",   "since",
                                      "this",  "through", "till", "to", "until"};
  char word[WORD_BUF];
  return word_at(w, -1, word) > 0 && find(word, preps, COUNT(preps)) >= 0;
}

/* "today", "yesterday", "tomorrow", "tonight", and fixed feasts ("Christmas",
** "Christmas Eve", "Halloween"), which resolve like a month date. */
static long m_named_day(const DateCtx *c, DateRef *d) {
  static const char *const words[] = {"christmas", "halloween", "today", "tomorrow", "tonight", "yesterday"};
  static const int offsets[] = {0, 0, 0, 1, 0, -1};
  const NumberWin *w = c->w;
  char word[WORD_BUF];
  long i = word_at(w, 0, word) > 0 ? find(word, words, COUNT(words)) : -1;
  if (i < 0 || (i < 2 && !number_win_at(w, 0)->is_cap)) return 0;
  if (i >= 2 && number_win_at(w, 0)->is_cap && !is_sentence_start(w, 0)) return 0; /* "BBC Today" */
  long last = 0;
  d->is_relative = true;
  if (i >= 2) {
    set_range(c, d, 0, 0);
    d->precision = DATE_DAY;
    if (c->has_pub) set_day(d, c->pub + offsets[i]);
    return 1;
  }
  if (!is_feast_date(w)) return 0; /* "Christmas presents", "Comedy Christmas" */
  int month = i == 0 ? 12 : 10, day = i == 0 ? 25 : 31;
  if (i == 0 && (number_win_is(w, 1, "day") || number_win_is(w, 1, "eve"))) {
    day = number_win_is(w, 1, "eve") ? 24 : 25;
    last = 1;
  }
  resolve_month_date(c, d, 0, month, day, is_future(c, 0));
  set_range(c, d, 0, last);
  return last + 1;
}

/* Resolves "this/last/next" + a period word into d; tense (see
** clause_tense) decides which weekend "this weekend" is. */
static void resolve_period(const DateCtx *c, DateRef *d, DateDir dir, long unit, int tense) {
  static const char *const kinds[] = {"afternoon", "evening", "month", "morning", "night",
                                      "week", "weekend", "year"};
  int off = dir == DIR_LAST ? -1 : dir == DIR_NEXT ? 1 : 0;
  const char *kind = kinds[unit];
  if (strcmp(kind, "week") == 0) {
    set_week(d, week_start(c->pub) + 7 * off);
  } else if (strcmp(kind, "weekend") == 0) {
    int wd = iso_weekday(c->pub);
    long sat_before = c->pub - (wd - 6 + 7) % 7;
    long nearest = wd == 6 || wd == 7 || wd <= 2 ? sat_before : sat_before + 7;
    if (tense != 0 && wd < 6) nearest = tense < 0 ? sat_before : sat_before + 7; /* "took place this weekend" */
    if (dir == DIR_LAST) nearest = wd >= 6 ? sat_before - 7 : sat_before;
    if (dir == DIR_NEXT) nearest = sat_before + 7;
    set_week(d, nearest);
  } else if (strcmp(kind, "month") == 0) {
    set_month(d, c->pub_year, c->pub_month + off);
  } else if (strcmp(kind, "year") == 0) {
    set_year(d, c->pub_year + off);
  } else {
    set_day(d, c->pub + off); /* parts of a day: "last night", "this morning" */
  }
}

/* "last week", "this weekend", "earlier this week", "late last year", "last
** night", "the weekend"; seasons ("last summer") are left unresolved. */
static long m_relative(const DateCtx *c, DateRef *d) {
  static const char *const leads[] = {"earlier", "early", "late", "later"};
  static const char *const kinds[] = {"afternoon", "evening", "month", "morning", "night",
                                      "week", "weekend", "year"};
  static const char *const seasons[] = {"autumn", "spring", "summer", "winter"};
  const NumberWin *w = c->w;
  char word[WORD_BUF];
  bool has_lead = (number_win_flags(w, 0) & LEX_LEAD) && word_at(w, 0, word) > 0 &&
                  find(word, leads, COUNT(leads)) >= 0;
  long k = has_lead ? 1 : 0;
  DateDir dir = dir_at(w, k);
  bool is_the_weekend = k == 0 && number_win_is(w, 0, "the") && number_win_is(w, 1, "weekend");
  if (dir == DIR_NONE && !is_the_weekend) return 0;
  if (is_the_weekend) dir = DIR_THIS;
  if (dir == DIR_THIS && number_win_is(w, k + 1, "past")) dir = DIR_LAST, k++; /* "this past week" */
  if (word_at(w, k + 1, word) == 0) return 0;
  long unit = find(word, kinds, COUNT(kinds));
  bool is_season = unit < 0 && find(word, seasons, COUNT(seasons)) >= 0;
  if (unit < 0 && !is_season) return 0;
  set_range(c, d, 0, k + 1);
  d->is_relative = true;
  d->precision = DATE_PERIOD;
  if (c->has_pub && !is_season) resolve_period(c, d, dir, unit, clause_tense(w, k + 1));
  return k + 2;
}

/* A count of time units at k: digits, a spelled number, "a"/"an", "a few",
** "several", "a couple of". Returns tokens used (0: none); *n gets the count,
** or 0 when it is vague. */
static long read_count(const NumberWin *w, long k, long *n) {
  static const char *const vague[] = {"few", "many", "several"};
  char word[WORD_BUF];
  double v;
  *n = number_win_int(w, k);
  if (*n > 0 && *n < 10000) return 1;
  if (!(number_win_flags(w, k) & (LEX_COUNT | LEX_CARDINAL))) return 0;
  size_t len = word_at(w, k, word);
  if (len == 0) return 0;
  *n = 0;
  if (find(word, vague, COUNT(vague)) >= 0) return 1;
  if (strcmp(word, "a") == 0 || strcmp(word, "an") == 0) {
    if (number_win_is(w, k + 1, "few")) return 2;
    if (number_win_is(w, k + 1, "couple") && number_win_is(w, k + 2, "of")) return 3;
    *n = 1;
    return 1;
  }
  if (!number_word_value((Span){word, len}, &v) || v >= 1000 || v == 12) return 0;
  *n = (long)v;
  return 1;
}

/* "the past few weeks", "the past two weeks", "the last 10 years", "the past
** week", "past weeks": open spans ending at publication. */
static long m_past_span(const DateCtx *c, DateRef *d) {
  static const char *const words[] = {"coming", "last", "next", "past", "previous"};
  const NumberWin *w = c->w;
  char word[WORD_BUF];
  long k = number_win_is(w, 0, "the") ? 1 : 0;
  if (!(number_win_flags(w, k) & (LEX_DIR | LEX_SPAN))) return 0;
  if (word_at(w, k, word) == 0 || find(word, words, COUNT(words)) < 0) return 0;
  long n, used = read_count(w, k + 1, &n);
  if (used > 0 && number_win_is(w, k + 1, "a")) used = 0; /* "last a week": no */
  long unit = k + 1 + used;
  bool is_plural = is_plural_time_unit(w, unit);
  if (time_unit_at(w, unit) < 0 || (!is_plural && (used > 0 || k == 0))) return 0;
  if (is_plural && used == 0 && k == 0 && !number_win_is(w, k, "past")) return 0;
  set_range(c, d, 0, unit);
  d->is_relative = true;
  d->precision = DATE_PERIOD;
  return unit + 1;
}

/* "recent days", "recent weeks". */
static long m_recent(const DateCtx *c, DateRef *d) {
  if (!number_win_is(c->w, 0, "recent") || !is_plural_time_unit(c->w, 1)) return 0;
  set_range(c, d, 0, 1);
  d->is_relative = true;
  d->precision = DATE_PERIOD;
  return 2;
}

/* The hedge at k that belongs to a duration ("nearly", "more than"); returns
** tokens used. */
static long read_hedge(const NumberWin *w, long k) {
  if (!(number_win_flags(w, k) & LEX_HEDGE)) return 0;
  for (size_t i = 0; i < COUNT(duration_hedges); i++) {
    const char *const *words = duration_hedges[i].words;
    long n = words[1] != NULL ? 2 : 1;
    if (number_win_is(w, k, words[0]) && (n == 1 || number_win_is(w, k + 1, words[1]))) return n;
  }
  return 0;
}

/* Resolves "N units ago" against publication. */
static void resolve_ago(const DateCtx *c, DateRef *d, long n, DateUnit unit) {
  if (!c->has_pub || n == 0) return;
  switch (unit) {
  case DATE_UNIT_HOUR: set_day(d, c->pub); break;
  case DATE_UNIT_DAY: set_day(d, c->pub - n); break;
  case DATE_UNIT_WEEK: set_week(d, week_start(c->pub - 7 * n)); break;
  case DATE_UNIT_MONTH: set_month(d, c->pub_year, c->pub_month - (int)n); break;
  case DATE_UNIT_YEAR: set_year(d, c->pub_year - (int)n); break;
  case DATE_UNIT_DECADE: set_year(d, c->pub_year - 10 * (int)n); break;
  default: break;
  }
}

/* "nearly six years ago", "two days ago" (resolved), and spans "a week",
** "more than a year", "three days later". Not a rate ("twice a day"). */
static long m_quantity(const DateCtx *c, DateRef *d) {
  static const char *const tails[] = {"after", "ago", "before", "earlier", "later"};
  const NumberWin *w = c->w;
  char word[WORD_BUF];
  long k = read_hedge(w, 0), n;
  long used = read_count(w, k, &n);
  if (used == 0) return 0;
  long unit_at = k + used;
  int unit = time_unit_at(w, unit_at);
  if (unit < 0 || (n != 1 && !is_plural_time_unit(w, unit_at))) return 0;
  if (number_win_flags(w, -1) & LEX_RATE) return 0;
  const NumberTok *prev = number_win_at(w, -1);
  bool is_article = k == 0 && n == 1 && number_win_at(w, 0)->kind == NUMTOK_WORD;
  bool after_amount = prev != NULL && (prev->kind == NUMTOK_NUM || number_win_punct(w, -1, ")") ||
                                       number_win_punct(w, -1, "%") ||
                                       (prev->kind == NUMTOK_WORD && !(prev->flags & LEX_STOP)));
  if (is_article && after_amount) return 0; /* "3,000 visits a year", "£3,000 a year": rates */
  long last = unit_at;
  long tail = word_at(w, last + 1, word) > 0 ? find(word, tails, COUNT(tails)) : -1;
  if (tail >= 0) last++;
  set_range(c, d, 0, last);
  d->precision = DATE_PERIOD;
  if (tail == 1) {
    d->is_relative = true;
    resolve_ago(c, d, n, (DateUnit)unit);
  }
  return last + 1;
}

/* Bare plural spans: "for years", "for many years", "hours after", "years
** later", "months ago". */
static long m_bare_span(const DateCtx *c, DateRef *d) {
  static const char *const tails[] = {"after", "ago", "before", "earlier", "later"};
  static const char *const fillers[] = {"many", "several", "some"};
  const NumberWin *w = c->w;
  char word[WORD_BUF];
  long last = -1;
  if (number_win_is(w, 0, "for")) {
    long k = word_at(w, 1, word) > 0 && find(word, fillers, COUNT(fillers)) >= 0 ? 2 : 1;
    if (is_plural_time_unit(w, k)) last = k;
  } else if (is_plural_time_unit(w, 0) && word_at(w, 1, word) > 0 && find(word, tails, COUNT(tails)) >= 0) {
    last = 1;
  }
  if (last < 0) return 0;
  set_range(c, d, 0, last);
  d->precision = DATE_PERIOD;
  d->is_relative = number_win_is(w, last, "ago");
  return last + 1;
}

/* An ISO date written in the text: "2016-10-07" (digits and hyphens glued);
** returns the index of its last token, or -1. */
static long read_iso_date(const DateCtx *c, DateRef *d) {
  const NumberWin *w = c->w;
  int year = read_year(w, 0);
  for (long j = 1; year > 0 && j <= 4; j++) {
    const NumberTok *t = number_win_at(w, j);
    bool is_glued = t != NULL && !t->space_before;
    bool is_part = j % 2 == 1 ? number_win_punct(w, j, "-") : (t != NULL && t->end - t->start == 2);
    if (!is_glued || !is_part) return -1;
  }
  long month = number_win_int(w, 2), day = number_win_int(w, 4);
  if (year == 0 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, (int)month)) return -1;
  set_range(c, d, 0, 4);
  set_day(d, date_days_from_civil(year, (int)month, (int)day));
  return 4;
}

/* "2014", "in 2014", "the 1990s" (a decade: a span), "2016-10-07". */
static long m_year(const DateCtx *c, DateRef *d) {
  const NumberWin *w = c->w;
  int year = read_year(w, 0);
  long iso_last = read_iso_date(c, d);
  if (iso_last > 0) return iso_last + 1;
  const NumberTok *next = number_win_at(w, 1);
  if (year > 0 && year % 10 == 0 && next != NULL && !next->space_before && number_win_is(w, 1, "s")) {
    set_range(c, d, 0, 1);
    d->year = year;
    d->precision = DATE_PERIOD;
    return 2;
  }
  if (!number_win_is_year(w, 0)) return 0;
  set_range(c, d, 0, 0);
  set_year(d, year);
  return 1;
}

/* The matchers, in the order they are tried; the first match wins. */
enum { M_MONTH, M_DAY_MONTH, M_WEEKDAY, M_NAMED_DAY, M_PAST_SPAN, M_RELATIVE, M_RECENT, M_QUANTITY,
       M_BARE_SPAN, M_YEAR, M_COUNT };

/* A matcher may run only when the current token is in one of its classes
** (starts), or is digits and it takes digits; DATE_STARTS is the union of
** the starts: a word in none of them starts no date. date_gates narrows
** this down further. */
#define DATE_STARTS                                                                      \
  (LEX_MONTH | LEX_MONTH_ABBR | LEX_LEAD | LEX_MID | LEX_WEEKDAY | LEX_DIR | LEX_NAMED_DAY | \
   LEX_SPAN | LEX_HEDGE | LEX_COUNT | LEX_CARDINAL | LEX_TIME_UNIT)
static const struct {
  DateMatcher match;
  uint64_t starts;
  bool takes_digits;
} matchers[M_COUNT] = {
    [M_MONTH] = {m_month, LEX_MONTH | LEX_MONTH_ABBR | LEX_LEAD | LEX_MID, false},
    [M_DAY_MONTH] = {m_day_month, 0, true},
    [M_WEEKDAY] = {m_weekday, LEX_WEEKDAY | LEX_DIR, false},
    [M_NAMED_DAY] = {m_named_day, LEX_NAMED_DAY, false},
    [M_PAST_SPAN] = {m_past_span, LEX_SPAN, false},
    [M_RELATIVE] = {m_relative, LEX_LEAD | LEX_DIR | LEX_SPAN, false},
    [M_RECENT] = {m_recent, LEX_SPAN, false},
    [M_QUANTITY] = {m_quantity, LEX_HEDGE | LEX_COUNT | LEX_CARDINAL, true},
    [M_BARE_SPAN] = {m_bare_span, LEX_SPAN | LEX_TIME_UNIT, false},
    [M_YEAR] = {m_year, 0, true},
};

/* ==== the scan ============================================================== */

/* The matchers whose starts admit the current token (bit i: matchers[i]). */
static unsigned date_starts_at(const NumberWin *w) {
  const NumberTok *t = number_win_at(w, 0);
  unsigned mask = 0;
  for (unsigned i = 0; i < M_COUNT; i++)
    mask |= (unsigned)((t->flags & matchers[i].starts) != 0 || (t->kind == NUMTOK_NUM && matchers[i].takes_digits)) << i;
  return mask;
}

/* Only "the" is both LEX_DEFINITE and LEX_SPAN (test_date.c checks it). */
#define DATE_THE (LEX_DEFINITE | LEX_SPAN)

/* The matchers that can match at the current token (bit i: matchers[i]):
** for each, a test of the classes of the first few tokens that every match
** passes (the words it needs at 0, 1 and 2, or the unit of time within
** five tokens). Most visits ("the", "a", "for", digits that are no day or
** year) pass none, and then no matcher runs: these few bit tests replaced
** ~120K matcher calls on bbc-news, each an indirect call the predictor
** mostly missed, and their failing tests. Written with & and | on 0/1 so
** that it has no branches. */
static unsigned date_gates(const NumberWin *w) {
  const NumberTok *t = number_win_at(w, 0), *t1 = number_win_at(w, 1);
  uint64_t f0 = t->flags, f1 = number_win_flags(w, 1), f2 = number_win_flags(w, 2);
  uint64_t later = f1 | f2 | number_win_flags(w, 3) | number_win_flags(w, 4) | number_win_flags(w, 5);
  unsigned is_num = t->kind == NUMTOK_NUM, is_num1 = t1 != NULL && t1->kind == NUMTOK_NUM;
  unsigned is_the = (f0 & DATE_THE) == DATE_THE;
  const uint64_t month = LEX_MONTH | LEX_MONTH_ABBR;
#define HAS(f, bits) ((unsigned)(((f) & (bits)) != 0))
  unsigned g_month = HAS(f0, month | LEX_MID) | (HAS(f0, LEX_LEAD) & HAS(f1, month)); /* "late May" */
  unsigned g_day_month = is_num & (HAS(f1, month) | (HAS(f1, LEX_ORDINAL) & HAS(f2, month)));
  unsigned g_weekday = HAS(f0, LEX_WEEKDAY) | (HAS(f0, LEX_DIR) & HAS(f1, LEX_WEEKDAY));
  unsigned g_named_day = HAS(f0, LEX_NAMED_DAY);
  unsigned g_past_span = (is_the & HAS(f1, LEX_DIR | LEX_SPAN)) |
                         (HAS(f0, LEX_SPAN) & (HAS(f1, LEX_COUNT | LEX_CARDINAL | LEX_TIME_UNIT) | is_num1));
  unsigned g_relative = HAS(f0, LEX_DIR) | (HAS(f0, LEX_LEAD) & HAS(f1, LEX_DIR)) |
                        (is_the & HAS(f1, LEX_ANCHOR_DATE)); /* "the weekend" */
  unsigned g_recent = HAS(f0, LEX_SPAN) & HAS(f1, LEX_TIME_UNIT) & HAS(f1, LEX_PLURAL);
  unsigned g_quantity = (is_num & HAS(f1, LEX_TIME_UNIT)) |
                        (HAS(f0, LEX_HEDGE | LEX_COUNT | LEX_CARDINAL) & HAS(later, LEX_TIME_UNIT));
  unsigned g_bare_span = (HAS(f0, LEX_TIME_UNIT) & HAS(f0, LEX_PLURAL)) |
                         (HAS(f0, LEX_SPAN) & HAS(f1 | f2, LEX_TIME_UNIT)); /* "years ago", "for years" */
  unsigned g_year = is_num & (t->end - t->start == 4);
#undef HAS
  return g_month << M_MONTH | g_day_month << M_DAY_MONTH | g_weekday << M_WEEKDAY | g_named_day << M_NAMED_DAY |
         g_past_span << M_PAST_SPAN | g_relative << M_RELATIVE | g_recent << M_RECENT |
         g_quantity << M_QUANTITY | g_bare_span << M_BARE_SPAN | g_year << M_YEAR;
}

/* What the date visitor needs: the matcher context, where to append, and
** whether date_gates picks the matchers (else every one its starts admit
** runs: the slow path the tests check the gates against). */
typedef struct {
  DateCtx c;
  Article *a;
  bool is_gated;
} DateScan;

/* Makes the window hold NUMWIN_BEHIND tokens behind the current one (fewer
** only at the stretch start), also before w->first, where number_scan
** restarted it: every token of the stretch is lexed (w->tok), and the
** lookbacks (clause_tense's eight tokens, "by" before a date) then do not
** depend on the restart point, so DATE_BACK_CHUNKS need only reach back to
** where a date may start. */
static inline void hold_behind(NumberWin *w) { w->back = w->cur < NUMWIN_BEHIND ? w->cur : NUMWIN_BEHIND; }

/* number_scan visitor: runs the matchers that may match at the current
** token, in order, and appends the first match to a->dates. Returns tokens
** used, 0, or -1 when out of memory. */
static long visit_date(NumberWin *w, void *ctx) {
  DateScan *scan = ctx;
  scan->c.w = w;
  hold_behind(w);
  const NumberTok *t = number_win_at(w, 0);
  if (t->kind != NUMTOK_NUM && !(t->flags & DATE_STARTS)) return 0; /* number_scan passed most by */
  unsigned mask = scan->is_gated ? date_gates(w) : date_starts_at(w);
  for (; mask != 0; mask &= mask - 1) {
    DateRef d = {0};
    long used = matchers[scan_low_bit(mask)].match(&scan->c, &d);
    if (used > 0) return vec_push(&scan->a->dates, d) ? used : -1;
  }
  return 0;
}

/* Chunks before a date anchor where the scan restarts: a date may start
** five words before it ("more than a couple of weeks"), and no further, as
** no matcher reads more words before its unit, month or digits. What the
** matchers read before a date's start (clause_tense's TENSE_BACK_TOKENS)
** does not need the reach: hold_behind. This was 8, for clause_tense, when
** the window held nothing before its restart point; 5 walks ~3 chunks less
** per anchor (-4.0M Ir on bbc-news). dates_in_with's slow path keeps
** DATE_BACK_CHUNKS_ALL, so the test comparing the two checks the reach. */
enum { DATE_BACK_CHUNKS = 5, DATE_BACK_CHUNKS_ALL = NUMWIN_BEHIND };

/* Reads the publication date from opts into a context; has_pub is false when
** none is given or it is no valid date. */
static DateCtx context_from(const ParseOptions *opts) {
  DateCtx c = {0};
  if (opts == NULL || opts->pub_year < 1 || opts->pub_year > 9999) return c;
  if (opts->pub_month < 1 || opts->pub_month > 12) return c;
  if (opts->pub_day < 1 || opts->pub_day > days_in_month(opts->pub_year, opts->pub_month)) return c;
  c.has_pub = true;
  c.pub = date_days_from_civil(opts->pub_year, opts->pub_month, opts->pub_day);
  c.pub_year = opts->pub_year;
  c.pub_month = opts->pub_month;
  return c;
}

/* The tokens a date may start at (number_scan passes over the rest):
** digits, or a word in one of the matchers' classes (visit_date's first
** test). */
static const NumberStarts date_starts = {DATE_STARTS, 1u << NUMTOK_NUM};

LedeStatus dates_in_with(Article *a, const NumberToks *toks, const ParseOptions *opts, NumberStarts starts) {
  if (opts != NULL && opts->cancel != NULL && *opts->cancel) return LEDE_EINTR;
  bool admits_all = starts.flags == NUMBER_STARTS_ALL.flags && starts.kinds == NUMBER_STARTS_ALL.kinds;
  DateScan scan = {context_from(opts), a, !admits_all};
  int back_chunks = admits_all ? DATE_BACK_CHUNKS_ALL : DATE_BACK_CHUNKS;
  return number_scan(toks, LEX_ANCHOR_DATE, back_chunks, starts, visit_date, &scan) ? LEDE_OK : LEDE_ENOMEM;
}

LedeStatus dates_in(Article *a, const NumberToks *toks, void *opts) {
  return dates_in_with(a, toks, opts, date_starts);
}

LedeStatus dates_find(Article *a, const ParseOptions *opts, Err *err) {
  LedeStatus st = number_each_stretch(a, NULL, dates_in, (void *)opts);
  if (st == LEDE_EINTR) return err_set(err, st, "dates: interrupted");
  if (st != LEDE_OK) return err_set(err, st, "dates: out of memory");
  return LEDE_OK;
}

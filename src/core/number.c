/*
** number.c — the figures of an article's body. A bounded token window walks
** each BLOCK_BODY block once; at each token a figure is read as core (digits,
** spelled-out words or a vague "hundreds of"), then scale, range, percent,
** currency and the counted noun, and finally filtered against what only looks
** like a figure: years, days of months, times, model names, durations (those
** belong to date.c). Fills Article.numbers; see number.h.
*/
#include "number.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "date.h"

/* ==== the token window ====================================================== */

/* Decodes the code point at s[pos] into *cp and returns its byte length;
** invalid bytes read as U+FFFD, one byte long. */
static size_t decode(const char *s, size_t pos, size_t end, int32_t *cp) {
  unsigned char c = (unsigned char)s[pos];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + pos,
                                        (utf8proc_ssize_t)(end - pos), cp);
  if (n <= 0) {
    *cp = 0xFFFD;
    return 1;
  }
  return (size_t)n;
}

static bool cp_is_digit(int32_t cp) { return cp >= '0' && cp <= '9'; }

static bool cp_is_space(int32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS || cp == 0x2028 || cp == 0x2029;
}

/* Letters and combining marks of any script. */
static bool cp_is_alpha(int32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  utf8proc_category_t cat = utf8proc_category(cp);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME;
}

static bool cp_is_upper(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  utf8proc_category_t cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

/* End of the word that starts at pos: letters and digits, joined by inner
** hyphens ("Ki-moon", "S-300"), apostrophes ("Friday's") and, after a single
** letter, full stops ("U.S", "a.m"). */
static size_t lex_word(const char *s, size_t pos, size_t end) {
  size_t seg = 0; /* letters since the last joiner */
  while (pos < end) {
    int32_t cp, next;
    size_t n = decode(s, pos, end, &cp);
    if (cp_is_alpha(cp) || cp_is_digit(cp)) {
      pos += n;
      seg++;
      continue;
    }
    bool is_joiner = cp == '-' || cp == '\'' || cp == 0x2019 || (cp == '.' && seg == 1);
    if (!is_joiner || pos + n >= end) break;
    decode(s, pos + n, end, &next);
    bool next_ok = cp_is_alpha(next) || (cp == '-' && cp_is_digit(next));
    if (!next_ok) break;
    pos += n;
    seg = 0;
  }
  return pos;
}

/* End of the digit run at pos, with inner "," and "." ("275,000", "1.5"). */
static size_t lex_digits(const char *s, size_t pos, size_t end) {
  while (pos < end) {
    char c = s[pos];
    if (c >= '0' && c <= '9') {
      pos++;
    } else if ((c == ',' || c == '.') && pos + 1 < end && s[pos + 1] >= '0' && s[pos + 1] <= '9') {
      pos += 2;
    } else {
      break;
    }
  }
  return pos;
}

/* Lexes the next token of the block into *t; false at the block's end. */
static bool lex_next(NumberWin *w, NumberTok *t) {
  const char *s = w->text;
  size_t pos = w->pos;
  bool saw_space = w->n == 0 && w->cur == 0;
  int32_t cp = 0;
  size_t n = 0;
  while (pos < w->end) {
    n = decode(s, pos, w->end, &cp);
    if (!cp_is_space(cp)) break;
    saw_space = true;
    pos += n;
  }
  if (pos >= w->end) {
    w->pos = pos;
    return false;
  }
  t->start = pos;
  t->space_before = saw_space;
  t->is_cap = cp_is_upper(cp);
  if (cp_is_digit(cp)) {
    t->kind = NUMTOK_NUM;
    t->end = lex_digits(s, pos, w->end);
  } else if (cp_is_alpha(cp)) {
    t->kind = NUMTOK_WORD;
    t->end = lex_word(s, pos, w->end);
  } else {
    t->kind = NUMTOK_PUNCT;
    t->end = pos + n;
  }
  w->pos = t->end;
  return true;
}

void number_win_init(NumberWin *w, const char *text, Range block) {
  w->text = text;
  w->pos = block.start;
  w->end = block.end;
  w->n = 0;
  w->cur = 0;
}

/* Keeps NUMWIN_AHEAD tokens lexed after the current one, sliding the window
** down (keeping NUMWIN_BEHIND tokens) when it would run out of room. Each
** slide moves a bounded number of tokens, so the whole scan stays linear. */
bool number_win_ready(NumberWin *w) {
  if (w->cur + NUMWIN_AHEAD + 1 > NUMWIN_CAP) {
    size_t keep_from = w->cur - NUMWIN_BEHIND;
    memmove(w->tok, w->tok + keep_from, (w->n - keep_from) * sizeof w->tok[0]);
    w->n -= keep_from;
    w->cur -= keep_from;
  }
  while (w->n < w->cur + NUMWIN_AHEAD + 1 && lex_next(w, &w->tok[w->n])) w->n++;
  return w->cur < w->n;
}

void number_win_advance(NumberWin *w, size_t k) {
  w->cur += k;
  if (w->cur > w->n) w->cur = w->n;
}

const NumberTok *number_win_at(const NumberWin *w, long k) {
  if (k < 0 && (size_t)(-k) > w->cur) return NULL;
  if (k < -(long)NUMWIN_BEHIND || k > (long)NUMWIN_AHEAD) return NULL;
  size_t i = (size_t)((long)w->cur + k);
  return i < w->n ? &w->tok[i] : NULL;
}

size_t number_win_word(const NumberWin *w, long k, char *buf, size_t cap, size_t *base_end) {
  const NumberTok *t = number_win_at(w, k);
  if (t == NULL || t->kind != NUMTOK_WORD) return 0;
  size_t end = t->end;
  const char *s = w->text;
  if (end - t->start > 2 && (s[end - 1] == 's' || s[end - 1] == 'S') && s[end - 2] == '\'') {
    end -= 2;
  } else if (end - t->start > 4 && (s[end - 1] == 's' || s[end - 1] == 'S') &&
             memcmp(s + end - 4, "\xE2\x80\x99", 3) == 0) {
    end -= 4;
  }
  size_t len = end - t->start;
  if (len + 1 > cap) return 0;
  for (size_t i = 0; i < len; i++) {
    char c = s[t->start + i];
    buf[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
  }
  buf[len] = '\0';
  if (base_end != NULL) *base_end = end;
  return len;
}

bool number_win_is(const NumberWin *w, long k, const char *lit) {
  char buf[32];
  return number_win_word(w, k, buf, sizeof buf, NULL) > 0 && strcmp(buf, lit) == 0;
}

bool number_win_punct(const NumberWin *w, long k, const char *lit) {
  const NumberTok *t = number_win_at(w, k);
  size_t n = strlen(lit);
  return t != NULL && t->kind == NUMTOK_PUNCT && t->end - t->start == n &&
         memcmp(w->text + t->start, lit, n) == 0;
}

long number_table_find(const char *word, const char *const *table, size_t n) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(word, table[mid]);
    if (c == 0) return (long)mid;
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return -1;
}

long number_win_int(const NumberWin *w, long k) {
  const NumberTok *t = number_win_at(w, k);
  if (t == NULL || t->kind != NUMTOK_NUM || t->end - t->start > 9) return -1;
  long v = 0;
  for (size_t i = t->start; i < t->end; i++) {
    char c = w->text[i];
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

/* ==== word tables (sorted, lower case) ====================================== */

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const struct {
  const char *word;
  double value;
} cardinal_words[] = {
    {"billion", 1e9},  {"dozen", 12},    {"eight", 8},        {"eighteen", 18},  {"eighty", 80},
    {"eleven", 11},    {"fifteen", 15},  {"fifty", 50},       {"five", 5},       {"forty", 40},
    {"four", 4},       {"fourteen", 14}, {"hundred", 100},    {"million", 1e6},  {"nine", 9},
    {"nineteen", 19},  {"ninety", 90},   {"one", 1},          {"seven", 7},      {"seventeen", 17},
    {"seventy", 70},   {"six", 6},       {"sixteen", 16},     {"sixty", 60},     {"ten", 10},
    {"thirteen", 13},  {"thirty", 30},   {"thousand", 1000},  {"three", 3},      {"trillion", 1e12},
    {"twelve", 12},    {"twenty", 20},   {"two", 2},
};

/* Words that end a counted-noun phrase or cannot be one: function words,
** auxiliaries, pronouns and hedges. */
static const char *const stop_words[] = {
    "a", "about", "above", "across", "after", "against", "ago", "all", "almost", "already",
    "also", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "be",
    "because", "been", "before", "behind", "being", "below", "between", "both", "but", "by",
    "can", "could", "did", "do", "does", "down", "during", "each", "either", "else", "even",
    "ever", "every", "few", "for", "from", "had", "has", "have", "he", "her", "here", "him",
    "his", "how", "however", "i", "if", "in", "including", "into", "is", "it", "its", "just",
    "last", "least", "less", "like", "many", "may", "me", "might", "more", "most", "much",
    "must", "my", "near", "nearly", "neither", "next", "no", "nor", "not", "now", "of",
    "off", "on", "once", "only", "onto", "or", "other", "our", "out", "over", "per",
    "since", "so", "some", "still", "such", "than", "that", "the", "their", "them", "then",
    "there", "these", "they", "this", "those", "though", "through", "to", "too", "toward",
    "towards", "under", "until", "up", "upon", "us", "very", "via", "was", "we", "were",
    "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why",
    "will", "with", "within", "without", "would", "yet", "you", "your",
};

/* Plural nouns that do not end in "s". */
static const char *const irregular_plurals[] = {
    "cattle", "children", "clergy", "crew", "feet", "geese", "livestock", "men", "mice",
    "people", "personnel", "police", "sheep", "staff", "teeth", "women", "youth",
};

/* Words that mark a time of day after a number ("10 a.m"). */
static const char *const time_words[] = {"a.m", "am", "bst", "cet", "est", "et", "gmt",
                                         "hrs", "o'clock", "p.m", "pm", "utc"};

/* Nouns that refer back rather than count: "the two sides", "all three". */
static const char *const definite_words[] = {"all", "her", "his", "its", "my", "our", "the",
                                             "their", "these", "those", "your"};

static const struct {
  const char *word;
  double scale;
} scale_suffixes[] = {{"bn", 1e9}, {"k", 1e3}, {"m", 1e6}, {"mn", 1e6}, {"tn", 1e12}, {"trn", 1e12}};

/* Units of measure written straight after the digits ("10km", "5kg"). */
static const char *const glued_units[] = {"cm",  "ft",  "g",   "gb",  "ghz", "gw",
                                          "ha",  "kg",  "km",  "kmh", "kw",  "lb",
                                          "lbs", "mb",  "mhz", "mm",  "mph", "mw",
                                          "oz",  "sq",  "tb",  "tonnes"};

static const struct {
  const char *sym, *code;
} currency_signs[] = {{"$", "USD"}, {"\xC2\xA3", "GBP"}, {"\xC2\xA5", "JPY"}, {"\xE2\x82\xAC", "EUR"}};

static const struct {
  const char *word, *code;
} currency_words[] = {{"dollars", "USD"}, {"euros", "EUR"},  {"pounds", "GBP"},
                      {"roubles", "RUB"}, {"rubles", "RUB"}, {"rupees", "INR"},
                      {"sterling", "GBP"}, {"yen", "JPY"},   {"yuan", "CNY"}};

/* Hedges before a figure, longest first so "as many as" wins over "as". */
static const struct {
  const char *words[3];
  NumberApprox approx;
} qualifiers[] = {
    {{"as", "many", "as"}, NUM_AT_MOST},  {{"as", "much", "as"}, NUM_AT_MOST},
    {{"in", "excess", "of"}, NUM_AT_LEAST}, {{"more", "than"}, NUM_AT_LEAST},
    {{"at", "least"}, NUM_AT_LEAST},      {{"upwards", "of"}, NUM_AT_LEAST},
    {{"up", "to"}, NUM_AT_MOST},          {{"fewer", "than"}, NUM_AT_MOST},
    {{"less", "than"}, NUM_AT_MOST},      {{"close", "to"}, NUM_ABOUT},
    {{"an", "estimated"}, NUM_ABOUT},     {{"estimated"}, NUM_ABOUT},
    {{"about"}, NUM_ABOUT},               {{"around"}, NUM_ABOUT},
    {{"approximately"}, NUM_ABOUT},       {{"roughly"}, NUM_ABOUT},
    {{"some"}, NUM_ABOUT},                {{"almost"}, NUM_AT_MOST},
    {{"nearly"}, NUM_AT_MOST},            {{"over"}, NUM_AT_LEAST},
    {{"under"}, NUM_AT_MOST},
};

/* Words before "X to Y" that make it a change, not a range: "rose from 10
** to 15", "fell 3% to 20%". */
static const char *const change_words[] = {
    "by",      "climbed", "cut",    "decreased", "doubled", "dropped", "fell",
    "from",    "grew",    "halved", "increased", "jumped",  "raised",  "reduced",
    "rises",   "rose",    "slipped", "soared",   "surged",  "tripled"};

/* Vague amounts that take "of" and a noun: "hundreds of civilians". */
static const char *const vague_words[] = {"billions", "dozens", "hundreds", "millions",
                                          "scores",   "tens",   "thousands"};

static bool in_table(const char *word, const char *const *table, size_t n) {
  return number_table_find(word, table, n) >= 0;
}

static long cardinal_find(const char *word) {
  size_t lo = 0, hi = COUNT(cardinal_words);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(word, cardinal_words[mid].word);
    if (c == 0) return (long)mid;
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return -1;
}

bool number_word_value(Span word, double *value) {
  char buf[32];
  if (word.len == 0 || word.len >= sizeof buf) return false;
  for (size_t i = 0; i < word.len; i++) {
    char c = word.ptr[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
  }
  buf[word.len] = '\0';
  char *dash = strchr(buf, '-');
  if (dash == NULL) {
    long i = cardinal_find(buf);
    if (i < 0) return false;
    *value = cardinal_words[i].value;
    return true;
  }
  /* "twenty-five": a multiple of ten, a hyphen, a unit */
  *dash = '\0';
  long tens = cardinal_find(buf), units = cardinal_find(dash + 1);
  if (tens < 0 || units < 0) return false;
  double t = cardinal_words[tens].value, u = cardinal_words[units].value;
  if (t < 20 || t > 90 || fmod(t, 10) != 0 || u < 1 || u > 9) return false;
  *value = t + u;
  return true;
}

/* ==== reading one figure ==================================================== */

/* A figure being read; offsets are token positions relative to the window's
** current token. */
typedef struct {
  long first, next;       /* tokens [first, next) make the figure so far */
  long digits_at;         /* the NUM token of a digit figure; -1 otherwise */
  size_t start, end;      /* byte range of Number.r */
  double value, high;
  bool has_value, is_percent, is_spelled, is_vague, has_scale;
  NumberApprox approx;
  Range qualifier, unit;
  const char *currency;
} Cand;

/* True when the word at k is a plural noun: ends in "s" (not "ss", "us",
** "is") or is an irregular plural. */
static bool word_is_plural(const char *word, size_t len) {
  if (in_table(word, irregular_plurals, COUNT(irregular_plurals))) return true;
  if (len < 3 || word[len - 1] != 's') return false;
  char before = word[len - 2];
  return before != 's' && before != 'u' && before != 'i' && before != '\'';
}

static bool ends_with(const char *word, size_t len, const char *suffix) {
  size_t n = strlen(suffix);
  return len > n + 1 && memcmp(word + len - n, suffix, n) == 0;
}

/* True when the NUM token at k is a count followed by a counted plural noun:
** "2000 people" (a count), not "2004 Beslan" (a year). */
static bool followed_by_plural_noun(const NumberWin *w, long k) {
  char word[32];
  size_t len = number_win_word(w, k + 1, word, sizeof word, NULL);
  const NumberTok *t = number_win_at(w, k + 1);
  if (len == 0 || t->is_cap || in_table(word, stop_words, COUNT(stop_words))) return false;
  if (date_win_is_time_unit(w, k + 1)) return false;
  double scale;
  if (number_word_value((Span){word, len}, &scale) && scale >= 100) return true;
  return word_is_plural(word, len);
}

bool number_win_is_year(const NumberWin *w, long k) {
  const NumberTok *t = number_win_at(w, k);
  if (t == NULL || t->kind != NUMTOK_NUM || t->end - t->start != 4) return false;
  long v = number_win_int(w, k);
  if (v < 1000 || v > 2099) return false;
  const NumberTok *prev = number_win_at(w, k - 1), *next = number_win_at(w, k + 1);
  if (prev != NULL && !t->space_before && prev->kind == NUMTOK_PUNCT) {
    for (size_t i = 0; i < COUNT(currency_signs); i++)
      if (number_win_punct(w, k - 1, currency_signs[i].sym)) return false;
  }
  if (next != NULL && !next->space_before && next->kind != NUMTOK_PUNCT) return false;
  if (next != NULL && !next->space_before && number_win_punct(w, k + 1, "%")) return false;
  return !followed_by_plural_noun(w, k);
}

/* Parses the digits of the NUM token at k into *value ("275,000" -> 275000,
** "1.5" -> 1.5). False for malformed groups and leading zeros ("0800"). */
static bool parse_digits(const NumberWin *w, long k, double *value) {
  const NumberTok *t = number_win_at(w, k);
  char buf[48];
  size_t n = 0, len = t->end - t->start;
  const char *s = w->text + t->start;
  if (len >= sizeof buf) return false;
  if (len > 1 && s[0] == '0' && s[1] != '.') return false;
  bool seen_dot = false;
  for (size_t i = 0; i < len; i++) {
    if (s[i] == ',') {
      if (seen_dot) return false;
      continue;
    }
    if (s[i] == '.') {
      if (seen_dot) return false;
      seen_dot = true;
    }
    buf[n++] = s[i];
  }
  buf[n] = '\0';
  *value = strtod(buf, NULL);
  return true;
}

/* Reads a run of spelled-out cardinal words at k ("Twenty", "two hundred and
** fifty", "a dozen"). Returns the number of tokens used, 0 if none. */
static long read_spelled(const NumberWin *w, long k, double *value) {
  char word[32];
  double total = 0, group = 0, v;
  long used = 0;
  bool any = false;
  for (; used < 8; used++) {
    size_t len = number_win_word(w, k + used, word, sizeof word, NULL);
    if (len == 0) break;
    bool is_article = !any && (strcmp(word, "a") == 0 || strcmp(word, "an") == 0);
    bool is_and = any && strcmp(word, "and") == 0 && fmod(group, 100) == 0 && group > 0;
    if (is_article || is_and) {
      char next[32];
      size_t nlen = number_win_word(w, k + used + 1, next, sizeof next, NULL);
      if (nlen == 0 || !number_word_value((Span){next, nlen}, &v)) break;
      if (is_article && v < 12) break; /* "a dozen", "a hundred"; not "a one" */
      continue;
    }
    if (!number_word_value((Span){word, len}, &v)) break;
    if (v == 100 || v == 12) group = (group > 0 ? group : 1) * v;
    else if (v >= 1000) total += (group > 0 ? group : 1) * v, group = 0;
    else group += v;
    any = true;
  }
  while (used > 0 && !any) used--;
  if (!any) return 0;
  /* never end on a dangling "and" */
  if (number_win_is(w, k + used - 1, "and")) used--;
  *value = total + group;
  return used;
}

/* Reads the core of a figure at the current token: a currency sign and
** digits, spelled-out words, or a vague plural. Returns false when no figure
** starts here. */
static bool read_core(const NumberWin *w, Cand *c) {
  const NumberTok *t = number_win_at(w, 0);
  long k = 0;
  if (number_win_is(w, 0, "us") && number_win_punct(w, 1, "$") && !number_win_at(w, 1)->space_before)
    c->currency = "USD", k = 1;
  for (size_t i = 0; c->currency == NULL && i < COUNT(currency_signs); i++)
    if (number_win_punct(w, 0, currency_signs[i].sym)) c->currency = currency_signs[i].code;
  if (c->currency != NULL) {
    k += 1;
    const NumberTok *d = number_win_at(w, k);
    if (d == NULL || d->kind != NUMTOK_NUM || d->space_before) return false;
  }
  c->first = 0;
  c->start = t->start;
  t = number_win_at(w, k);
  if (t->kind == NUMTOK_NUM) {
    if (!parse_digits(w, k, &c->value)) return false;
    c->digits_at = k;
    c->next = k + 1;
  } else {
    long used = read_spelled(w, k, &c->value);
    if (used == 0) return false;
    c->is_spelled = true;
    c->next = k + used;
  }
  c->has_value = true;
  c->end = number_win_at(w, c->next - 1)->end;
  return true;
}

/* Reads "hundreds of", "tens of thousands of", ... at the current token.
** The noun after the last "of" is read later as the unit. */
static bool read_vague(const NumberWin *w, Cand *c) {
  char word[32];
  long k = 0;
  while (k < 6 && number_win_word(w, k, word, sizeof word, NULL) > 0 &&
         in_table(word, vague_words, COUNT(vague_words)) && number_win_is(w, k + 1, "of"))
    k += 2;
  if (k == 0) return false;
  c->first = 0;
  c->next = k;
  c->start = number_win_at(w, 0)->start;
  c->end = number_win_at(w, k - 1)->end;
  c->is_vague = true;
  c->has_value = false;
  return true;
}

/* Applies a scale after the core: "1.5 million", "£5m", "3bn". A glued
** suffix that is neither a scale nor a unit of measure ("16x9", "1st",
** "1990s", "10am") makes the token no figure: returns false. */
static bool read_scale(const NumberWin *w, Cand *c) {
  char word[32];
  const NumberTok *t = number_win_at(w, c->next);
  if (t == NULL) return true;
  size_t len = number_win_word(w, c->next, word, sizeof word, NULL);
  if (!t->space_before && t->kind == NUMTOK_WORD && !c->is_spelled) {
    for (size_t i = 0; i < COUNT(scale_suffixes); i++) {
      if (strcmp(word, scale_suffixes[i].word) != 0) continue;
      bool is_million = scale_suffixes[i].scale != 1e6 || strcmp(word, "m") != 0 ||
                        c->currency != NULL || followed_by_plural_noun(w, c->next);
      if (!is_million) break; /* "100m" without money or a count: metres */
      c->value *= scale_suffixes[i].scale, c->has_scale = true;
      c->end = t->end, c->next++;
      return true;
    }
    if (!in_table(word, glued_units, COUNT(glued_units)) && strcmp(word, "m") != 0) return false;
    c->unit = (Range){t->start, t->end};
    c->end = t->end, c->next++;
    return true;
  }
  double scale;
  if (!c->is_spelled && len > 0 && number_word_value((Span){word, len}, &scale) && scale >= 100) {
    c->value *= scale, c->has_scale = true;
    c->end = t->end, c->next++;
  }
  return true;
}

/* Reads a single figure (digits with an optional scale word) at k for the
** upper end of a range; returns tokens used or 0. *scale gets the scale word's
** value (1 when none). */
static long read_high(const NumberWin *w, long k, double *high, double *scale) {
  const NumberTok *t = number_win_at(w, k);
  *scale = 1;
  if (t == NULL) return 0;
  if (t->kind != NUMTOK_NUM) return read_spelled(w, k, high);
  if (number_win_is_year(w, k) || !parse_digits(w, k, high)) return 0;
  char word[32];
  size_t len = number_win_word(w, k + 1, word, sizeof word, NULL);
  if (len > 0 && number_win_at(w, k + 1)->space_before &&
      number_word_value((Span){word, len}, scale) && *scale >= 1000) {
    *high *= *scale;
    return 2;
  }
  *scale = 1;
  return 1;
}

/* Reads the upper end of a range: "10-15", "10 to 15", "between 10 and 15".
** "from 10 to 15" is a change, not a range. A dashed pair whose second number
** is not larger ("2-1") is a score: returns false so the figure is dropped. */
static bool read_range(const NumberWin *w, Cand *c) {
  bool is_dash = number_win_punct(w, c->next, "-") || number_win_punct(w, c->next, "\xE2\x80\x93");
  char before[32];
  bool is_change = number_win_word(w, c->first - 1, before, sizeof before, NULL) > 0 &&
                   in_table(before, change_words, COUNT(change_words));
  bool is_to = number_win_is(w, c->next, "to") && !is_change;
  bool is_and = number_win_is(w, c->next, "and") && number_win_is(w, c->first - 1, "between");
  if (!is_dash && !is_to && !is_and) return true;
  double high, scale;
  long used = read_high(w, c->next + 1, &high, &scale);
  if (used == 0) return true;
  if (is_dash && !(high > c->value && c->value > 0)) return false;
  if (!c->has_scale && scale > 1 && c->value * scale <= high) c->value *= scale;
  if (high <= c->value) return true;
  c->high = high;
  c->approx = NUM_RANGE;
  if (is_and) {
    const NumberTok *b = number_win_at(w, c->first - 1);
    c->qualifier = (Range){b->start, b->end};
  }
  c->next += 1 + used;
  c->end = number_win_at(w, c->next - 1)->end;
  return true;
}

/* Reads "%", "per cent", "percent" and currency words ("dollars") after the
** figure. */
static void read_percent_or_money(const NumberWin *w, Cand *c) {
  char word[32];
  const NumberTok *t = number_win_at(w, c->next);
  if (t == NULL) return;
  if (number_win_punct(w, c->next, "%")) {
    c->is_percent = true, c->next++;
  } else if (number_win_is(w, c->next, "percent") || number_win_is(w, c->next, "pc")) {
    c->is_percent = true, c->next++;
  } else if (number_win_is(w, c->next, "per") && number_win_is(w, c->next + 1, "cent")) {
    c->is_percent = true, c->next += 2;
  } else if (number_win_word(w, c->next, word, sizeof word, NULL) > 0) {
    for (size_t i = 0; i < COUNT(currency_words); i++) {
      if (strcmp(word, currency_words[i].word) != 0) continue;
      c->currency = currency_words[i].code, c->next++;
      break;
    }
  }
  c->end = number_win_at(w, c->next - 1)->end;
}

/* True when the word at k can be part of a counted-noun phrase. */
static bool unit_word_ok(const NumberWin *w, long k, long nth, char *word, size_t *len) {
  const NumberTok *t = number_win_at(w, k);
  *len = number_win_word(w, k, word, 32, NULL);
  if (*len == 0 || in_table(word, stop_words, COUNT(stop_words))) return false;
  if (nth > 0 && !t->space_before) return false;
  if (nth > 0 && (ends_with(word, *len, "ly") || ends_with(word, *len, "ed") ||
                  ends_with(word, *len, "ing")))
    return false;
  return true;
}

/* Reads the counted noun after the figure: up to three words, ending at the
** first plural ("80 Syrian troops", "1,000 opposition fighters"), else the
** first word ("5 km"). For "hundreds of" the noun is required. Sets c->unit to
** the head noun and extends c->end over the phrase. */
static void read_unit(const NumberWin *w, Cand *c) {
  char word[32];
  size_t len;
  long head = -1;
  bool is_plural = false;
  for (long j = 0; j < 3; j++) {
    if (!unit_word_ok(w, c->next + j, j, word, &len)) break;
    if (j == 0 && date_win_month(w, c->next) > 0) break;
    head = j;
    if ((is_plural = word_is_plural(word, len))) break;
  }
  if (head < 0) return;
  if (!is_plural) head = 0;
  const NumberTok *t = number_win_at(w, c->next + head);
  size_t base_end;
  number_win_word(w, c->next + head, word, sizeof word, &base_end);
  c->unit = (Range){t->start, base_end};
  c->end = base_end;
  c->next += head + 1;
}

/* Looks before the figure for a hedge ("more than", "about") and records it. */
static void read_qualifier(const NumberWin *w, Cand *c) {
  for (size_t i = 0; i < COUNT(qualifiers); i++) {
    long n = 0;
    while (n < 3 && qualifiers[i].words[n] != NULL) n++;
    bool match = true;
    for (long j = 0; j < n && match; j++) match = number_win_is(w, c->first - n + j, qualifiers[i].words[j]);
    if (!match) continue;
    c->approx = qualifiers[i].approx;
    c->qualifier = (Range){number_win_at(w, c->first - n)->start, number_win_at(w, c->first - 1)->end};
    return;
  }
}

/* ==== what only looks like a figure ========================================= */

/* True when the digits at k are glued to punctuation that makes them part of
** a time, a date, a ratio, a compound modifier or a code: "10:30", "24/7",
** "21-year-old", "#5", the "1" of a dropped score "2-1". */
static bool digits_glued(const NumberWin *w, long k) {
  static const char *const before[] = {"#", "-", ".", "/", ":", "\xE2\x80\x93"};
  static const char *const after[] = {"-", "/", ":", "\xE2\x80\x93"};
  const NumberTok *t = number_win_at(w, k), *next = number_win_at(w, k + 1);
  for (size_t i = 0; !t->space_before && i < COUNT(before); i++)
    if (number_win_punct(w, k - 1, before[i])) return true;
  if (next == NULL || next->space_before) return false;
  for (size_t i = 0; i < COUNT(after); i++) {
    if (!number_win_punct(w, k + 1, after[i])) continue;
    const NumberTok *then = number_win_at(w, k + 2);
    bool is_range_dash = i == 0 || i == 3;
    return then != NULL && !(is_range_dash && then->kind == NUMTOK_NUM);
  }
  return false;
}

/* True when the digits at k are part of a date or a time: "October 7",
** "Oct. 4", "7 October", "in 2014", "10 a.m.". */
static bool digits_in_date_or_time(const NumberWin *w, const Cand *c, long k) {
  char word[32];
  if (date_win_month(w, k - 1) > 0 || date_win_month(w, k + 1) > 0) return true;
  if (number_win_punct(w, k - 1, ".") && date_win_month(w, k - 2) > 0) return true;
  if (c->currency == NULL && number_win_is_year(w, k)) return true;
  size_t len = number_win_word(w, k + 1, word, sizeof word, NULL);
  return len > 0 && in_table(word, time_words, COUNT(time_words));
}

/* True when the digits at k belong to a name: "Route 6", "Windows 7", "Radio
** 4", i.e. a capitalized non-function word right before and no counted noun,
** hedge or currency. */
static bool digits_in_name(const NumberWin *w, const Cand *c, long k) {
  char word[32];
  if (!range_is_empty(c->unit) || !range_is_empty(c->qualifier) || c->currency != NULL) return false;
  const NumberTok *prev = number_win_at(w, k - 1);
  if (prev == NULL || !prev->is_cap) return false;
  size_t len = number_win_word(w, k - 1, word, sizeof word, NULL);
  return len > 0 && !in_table(word, stop_words, COUNT(stop_words));
}

/* Decides whether a candidate is a figure an analyst would compare. */
static bool is_figure(const NumberWin *w, const Cand *c) {
  char word[32];
  if (!range_is_empty(c->unit) && !c->is_percent) {
    long unit_at = c->next - 1;
    if (date_win_is_time_unit(w, unit_at)) return false; /* a duration: date.c */
  }
  if (c->is_vague) return !range_is_empty(c->unit);
  if (c->digits_at >= 0) {
    long k = c->digits_at;
    return !digits_glued(w, k) && !digits_in_date_or_time(w, c, k) && !digits_in_name(w, c, k);
  }
  /* spelled out: needs a counted noun, a scale or a percent sign, and is no
  ** back reference ("the two sides") */
  bool has_anchor = !range_is_empty(c->unit) || c->is_percent || c->currency != NULL || c->value >= 1000;
  size_t len = number_win_word(w, c->first - 1, word, sizeof word, NULL);
  bool is_definite = len > 0 && in_table(word, definite_words, COUNT(definite_words));
  return has_anchor && !is_definite;
}

/* ==== the scan ============================================================== */

/* Reads the whole figure at the window's current token into *c; false when
** none starts here. */
static bool read_figure(const NumberWin *w, Cand *c) {
  *c = (Cand){.digits_at = -1, .approx = NUM_EXACT};
  if (!read_vague(w, c)) {
    if (!read_core(w, c) || !read_scale(w, c)) return false;
    read_percent_or_money(w, c);
    read_qualifier(w, c);
    if (!read_range(w, c)) return false;
    if (c->approx == NUM_RANGE && !c->is_percent) read_percent_or_money(w, c);
  }
  if (!c->is_percent && c->currency == NULL && range_is_empty(c->unit)) read_unit(w, c);
  return is_figure(w, c);
}

/* Appends the figures of one block to a->numbers. */
static LedeStatus scan_block(Article *a, Range block, Err *err) {
  NumberWin w;
  number_win_init(&w, a->text, block);
  while (number_win_ready(&w)) {
    Cand c;
    if (!read_figure(&w, &c)) {
      number_win_advance(&w, 1);
      continue;
    }
    Number num = {.r = {c.start, c.end}, .value = c.value, .value_high = c.value,
                  .has_value = c.has_value, .is_percent = c.is_percent, .approx = c.approx,
                  .qualifier = c.qualifier, .unit = c.unit};
    if (c.approx == NUM_RANGE) num.value_high = c.high;
    if (c.currency != NULL) memcpy(num.currency, c.currency, 4);
    if (!vec_push(&a->numbers, num)) return err_set(err, LEDE_ENOMEM, "numbers: out of memory");
    number_win_advance(&w, (size_t)c.next);
  }
  return LEDE_OK;
}

LedeStatus numbers_find(Article *a, Err *err) {
  for (size_t i = 0; i < a->blocks.len; i++) {
    if (a->blocks.items[i].kind != BLOCK_BODY) continue;
    LedeStatus st = scan_block(a, a->blocks.items[i].r, err);
    if (st != LEDE_OK) return st;
  }
  return LEDE_OK;
}

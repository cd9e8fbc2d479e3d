/*
** number.c — the figures of an article's body, and the scanner that date.c
** shares. number_lex lexes a stretch of a body block once (the pipeline's
** shared word pass), classifying every word against one table of the
** lexicon and the wordlists.h words and noting its anchors (digits,
** currency signs, number and date words), and copying out the tokenizer's
** tokens when asked; number_scan visits a token window around each
** anchor. At each token a figure is read as a core
** (digits, spelled-out words, a vague "hundreds of"), then scale, range,
** percent, currency and counted noun, and finally checked against what only
** looks like a figure: years, days of months, times, names, scores, and
** durations (which belong to date.c). Fills Article.numbers; see number.h.
*/
#include "number.h"

#include <math.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "date.h"
#include "scan.h"
#include "spare.h"
#include "token.h"
#include "wordlists.h"
#include "wordtab.h"

/* ==== the lexicon =========================================================== */

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Every word either stage looks at, lower case, with its LEX_* classes and
** value (see number.h). One table, so each word is looked up once, when it
** is lexed, and matchers then test bits. */
static const struct {
  const char *word;
  uint64_t flags;
  double value;
} lexicon[] = {
    {"a", LEX_COUNT | LEX_NUM_START | LEX_STOP, 0},
    {"a.m", LEX_CLOCK, 0},
    {"about", LEX_HEDGE | LEX_HEDGE_END | LEX_STOP, 0},
    {"above", LEX_STOP, 0},
    {"across", LEX_STOP, 0},
    {"after", LEX_STOP, 0},
    {"afternoon", LEX_ANCHOR_DATE, 0},
    {"against", LEX_STOP, 0},
    {"ago", LEX_STOP, 0},
    {"all", LEX_DEFINITE | LEX_STOP, 0},
    {"almost", LEX_HEDGE | LEX_HEDGE_END | LEX_STOP, 0},
    {"already", LEX_STOP, 0},
    {"also", LEX_STOP, 0},
    {"am", LEX_CLOCK | LEX_STOP, 0},
    {"among", LEX_STOP, 0},
    {"an", LEX_COUNT | LEX_NUM_START | LEX_STOP, 0},
    {"and", LEX_STOP, 0},
    {"another", LEX_STOP, 0},
    {"any", LEX_STOP, 0},
    {"approximately", LEX_HEDGE_END, 0},
    {"apr", LEX_ANCHOR_DATE | LEX_MONTH_ABBR, 4},
    {"april", LEX_ANCHOR_DATE | LEX_MONTH, 4},
    {"are", LEX_BE | LEX_STOP | LEX_TO_VERB, 0},
    {"around", LEX_HEDGE | LEX_HEDGE_END | LEX_STOP, 0},
    {"as", LEX_HEDGE_END | LEX_STOP, 0},
    {"at", LEX_HEDGE | LEX_STOP, 0},
    {"aug", LEX_ANCHOR_DATE | LEX_MONTH_ABBR, 8},
    {"august", LEX_ANCHOR_DATE | LEX_MONTH, 8},
    {"autumn", LEX_ANCHOR_DATE, 0},
    {"be", LEX_BE | LEX_STOP, 0},
    {"because", LEX_STOP, 0},
    {"been", LEX_BE | LEX_STOP, 0},
    {"before", LEX_FUTURE_PREP | LEX_STOP, 0},
    {"began", LEX_PAST, 0},
    {"behind", LEX_STOP, 0},
    {"being", LEX_BE | LEX_STOP, 0},
    {"below", LEX_STOP, 0},
    {"between", LEX_STOP, 0},
    {"billion", LEX_ANCHOR_NUM | LEX_CARDINAL, 1e9},
    {"billions", LEX_ANCHOR_NUM | LEX_VAGUE, 0},
    {"bn", LEX_SCALE, 1e9},
    {"both", LEX_STOP, 0},
    {"bst", LEX_CLOCK, 0},
    {"but", LEX_STOP, 0},
    {"by", LEX_CHANGE | LEX_FUTURE_PREP | LEX_MONTH_PREP | LEX_STOP, 0},
    {"came", LEX_PAST, 0},
    {"can", LEX_STOP, 0},
    {"cattle", LEX_PLURAL, 0},
    {"centuries", LEX_ANCHOR_DATE | LEX_PLURAL | LEX_TIME_UNIT, DATE_UNIT_OTHER},
    {"century", LEX_ANCHOR_DATE | LEX_TIME_UNIT, DATE_UNIT_OTHER},
    {"cet", LEX_CLOCK, 0},
    {"children", LEX_PLURAL, 0},
    {"christmas", LEX_ANCHOR_DATE | LEX_NAMED_DAY, 0},
    {"clergy", LEX_PLURAL, 0},
    {"climbed", LEX_CHANGE, 0},
    {"cm", LEX_MEASURE, 0},
    {"coming", LEX_SPAN, 0},
    {"could", LEX_STOP, 0},
    {"crew", LEX_PLURAL, 0},
    {"cut", LEX_CHANGE, 0},
    {"day", LEX_ANCHOR_DATE | LEX_TIME_UNIT, DATE_UNIT_DAY},
    {"days", LEX_ANCHOR_DATE | LEX_PLURAL | LEX_TIME_UNIT, DATE_UNIT_DAY},
    {"dec", LEX_ANCHOR_DATE | LEX_MONTH_ABBR, 12},
    {"decade", LEX_ANCHOR_DATE | LEX_TIME_UNIT, DATE_UNIT_DECADE},
    {"decades", LEX_ANCHOR_DATE | LEX_PLURAL | LEX_TIME_UNIT, DATE_UNIT_DECADE},
    {"december", LEX_ANCHOR_DATE | LEX_MONTH, 12},
    {"decreased", LEX_CHANGE, 0},
    {"did", LEX_PAST | LEX_STOP, 0},
    {"do", LEX_STOP, 0},
    {"does", LEX_STOP, 0},
    {"dollars", LEX_CURRENCY, 0},
    {"doubled", LEX_CHANGE, 0},
    {"down", LEX_CHANGE | LEX_STOP, 0},
    {"dozen", LEX_ANCHOR_NUM | LEX_CARDINAL, 12},
    {"dozens", LEX_ANCHOR_NUM | LEX_VAGUE, 0},
    {"dropped", LEX_CHANGE, 0},
    {"due", LEX_TO_VERB, 0},
    {"during", LEX_MONTH_PREP | LEX_STOP, 0},
    {"each", LEX_RATE | LEX_STOP, 0},
    {"earlier", LEX_LEAD, 0},
    {"early", LEX_LEAD | LEX_MONTH_PREP, 0},
    {"eight", LEX_ANCHOR_NUM | LEX_CARDINAL, 8},
    {"eighteen", LEX_ANCHOR_NUM | LEX_CARDINAL, 18},
    {"eighty", LEX_ANCHOR_NUM | LEX_CARDINAL, 80},
    {"either", LEX_STOP, 0},
    {"eleven", LEX_ANCHOR_NUM | LEX_CARDINAL, 11},
    {"else", LEX_STOP, 0},
    {"end", LEX_MONTH_PREP, 0},
    {"est", LEX_CLOCK, 0},
    {"estimated", LEX_HEDGE_END, 0},
    {"et", LEX_CLOCK, 0},
    {"euros", LEX_CURRENCY, 1},
    {"even", LEX_STOP, 0},
    {"evening", LEX_ANCHOR_DATE, 0},
    {"ever", LEX_STOP, 0},
    {"every", LEX_RATE | LEX_STOP, 0},
    {"expected", LEX_TO_VERB, 0},
    {"feb", LEX_ANCHOR_DATE | LEX_MONTH_ABBR, 2},
    {"february", LEX_ANCHOR_DATE | LEX_MONTH, 2},
    {"feet", LEX_PLURAL, 0},
    {"fell", LEX_CHANGE, 0},
    {"few", LEX_COUNT | LEX_STOP, 0},
    {"fewer", LEX_HEDGE, 0},
    {"fifteen", LEX_ANCHOR_NUM | LEX_CARDINAL, 15},
    {"fifty", LEX_ANCHOR_NUM | LEX_CARDINAL, 50},
    {"five", LEX_ANCHOR_NUM | LEX_CARDINAL, 5},
    {"for", LEX_SPAN | LEX_STOP, 0},
    {"fortnight", LEX_ANCHOR_DATE | LEX_TIME_UNIT, DATE_UNIT_OTHER},
    {"fortnights", LEX_ANCHOR_DATE | LEX_PLURAL | LEX_TIME_UNIT, DATE_UNIT_OTHER},
    {"forty", LEX_ANCHOR_NUM | LEX_CARDINAL, 40},
    {"four", LEX_ANCHOR_NUM | LEX_CARDINAL, 4},
    {"fourteen", LEX_ANCHOR_NUM | LEX_CARDINAL, 14},
    {"friday", LEX_ANCHOR_DATE | LEX_WEEKDAY, 5},
    {"from", LEX_CHANGE | LEX_MONTH_PREP | LEX_STOP, 0},
    {"ft", LEX_MEASURE, 0},
    {"g", LEX_MEASURE, 0},
    {"gb", LEX_MEASURE, 0},
    {"geese", LEX_PLURAL, 0},
    {"ghz", LEX_MEASURE, 0},
    {"gmt", LEX_CLOCK, 0},
    {"grew", LEX_CHANGE, 0},
    {"gw", LEX_MEASURE, 0},
    {"ha", LEX_MEASURE, 0},
    {"had", LEX_PAST | LEX_STOP, 0},
    {"halloween", LEX_ANCHOR_DATE | LEX_NAMED_DAY, 0},
    {"halved", LEX_CHANGE, 0},
    {"has", LEX_STOP, 0},
    {"have", LEX_STOP, 0},
    {"he", LEX_STOP, 0},
    {"held", LEX_PAST, 0},
    {"her", LEX_DEFINITE | LEX_STOP, 0},
    {"here", LEX_STOP, 0},
    {"him", LEX_STOP, 0},
    {"his", LEX_DEFINITE | LEX_STOP, 0},
    {"hour", LEX_ANCHOR_DATE | LEX_TIME_UNIT, DATE_UNIT_HOUR},
    {"hours", LEX_ANCHOR_DATE | LEX_PLURAL | LEX_TIME_UNIT, DATE_UNIT_HOUR},
    {"how", LEX_STOP, 0},
    {"however", LEX_STOP, 0},
    {"hrs", LEX_CLOCK, 0},
    {"hundred", LEX_ANCHOR_NUM | LEX_CARDINAL, 100},
    {"hundreds", LEX_ANCHOR_NUM | LEX_VAGUE, 0},
    {"i", LEX_STOP, 0},
    {"if", LEX_STOP, 0},
    {"in", LEX_MONTH_PREP | LEX_STOP, 0},
    {"including", LEX_STOP, 0},
    {"increased", LEX_CHANGE, 0},
    {"into", LEX_STOP, 0},
    {"is", LEX_BE | LEX_STOP | LEX_TO_VERB, 0},
    {"it", LEX_STOP, 0},
    {"its", LEX_DEFINITE | LEX_STOP, 0},
    {"jan", LEX_ANCHOR_DATE | LEX_MONTH_ABBR, 1},
    {"january", LEX_ANCHOR_DATE | LEX_MONTH, 1},
    {"jul", LEX_ANCHOR_DATE | LEX_MONTH_ABBR, 7},
    {"july", LEX_ANCHOR_DATE | LEX_MONTH, 7},
    {"jumped", LEX_CHANGE, 0},
    {"jun", LEX_ANCHOR_DATE | LEX_MONTH_ABBR, 6},
    {"june", LEX_ANCHOR_DATE | LEX_MONTH, 6},
    {"just", LEX_HEDGE | LEX_STOP, 0},
    {"k", LEX_SCALE, 1e3},
    {"kg", LEX_MEASURE, 0},
    {"km", LEX_MEASURE, 0},
    {"kmh", LEX_MEASURE, 0},
    {"kw", LEX_MEASURE, 0},
    {"last", LEX_DIR | LEX_MONTH_PREP | LEX_SPAN | LEX_STOP, 0},
    {"late", LEX_LEAD | LEX_MONTH_PREP, 0},
    {"later", LEX_LEAD, 0},
    {"lb", LEX_MEASURE, 0},
    {"lbs", LEX_MEASURE, 0},
    {"least", LEX_HEDGE_END | LEX_STOP, 0},
    {"less", LEX_HEDGE | LEX_STOP, 0},
    {"like", LEX_STOP, 0},
    {"livestock", LEX_PLURAL, 0},
    {"lost", LEX_PAST, 0},
    {"m", LEX_MEASURE | LEX_SCALE, 1e6},
    {"many", LEX_COUNT | LEX_STOP, 0},
    {"mar", LEX_ANCHOR_DATE | LEX_MONTH_ABBR, 3},
    {"march", LEX_ANCHOR_DATE | LEX_MONTH, 3},
    {"may", LEX_ANCHOR_DATE | LEX_MONTH | LEX_STOP, 5},
    {"mb", LEX_MEASURE, 0},
    {"me", LEX_STOP, 0},
    {"men", LEX_PLURAL, 0},
    {"met", LEX_PAST, 0},
    {"mhz", LEX_MEASURE, 0},
    {"mice", LEX_PLURAL, 0},
    {"mid", LEX_MID | LEX_MONTH_PREP, 0},
    {"might", LEX_STOP, 0},
    {"million", LEX_ANCHOR_NUM | LEX_CARDINAL, 1e6},
    {"millions", LEX_ANCHOR_NUM | LEX_VAGUE, 0},
    {"mm", LEX_MEASURE, 0},
    {"mn", LEX_SCALE, 1e6},
    {"monday", LEX_ANCHOR_DATE | LEX_WEEKDAY, 1},
    {"month", LEX_ANCHOR_DATE | LEX_TIME_UNIT, DATE_UNIT_MONTH},
    {"months", LEX_ANCHOR_DATE | LEX_PLURAL | LEX_TIME_UNIT, DATE_UNIT_MONTH},
    {"more", LEX_HEDGE | LEX_STOP, 0},
    {"morning", LEX_ANCHOR_DATE, 0},
    {"most", LEX_STOP, 0},
    {"mph", LEX_MEASURE, 0},
    {"much", LEX_STOP, 0},
    {"must", LEX_STOP, 0},
    {"mw", LEX_MEASURE, 0},
    {"my", LEX_DEFINITE | LEX_STOP, 0},
    {"nd", LEX_ORDINAL, 0},
    {"near", LEX_STOP, 0},
    {"nearly", LEX_HEDGE | LEX_HEDGE_END | LEX_STOP, 0},
    {"neither", LEX_STOP, 0},
    {"next", LEX_DIR | LEX_FUTURE_PREP | LEX_MONTH_PREP | LEX_SPAN | LEX_STOP, 0},
    {"night", LEX_ANCHOR_DATE, 0},
    {"nine", LEX_ANCHOR_NUM | LEX_CARDINAL, 9},
    {"nineteen", LEX_ANCHOR_NUM | LEX_CARDINAL, 19},
    {"ninety", LEX_ANCHOR_NUM | LEX_CARDINAL, 90},
    {"no", LEX_STOP, 0},
    {"nor", LEX_STOP, 0},
    {"not", LEX_STOP, 0},
    {"nov", LEX_ANCHOR_DATE | LEX_MONTH_ABBR, 11},
    {"november", LEX_ANCHOR_DATE | LEX_MONTH, 11},
    {"now", LEX_STOP, 0},
    {"o'clock", LEX_CLOCK, 0},
    {"oct", LEX_ANCHOR_DATE | LEX_MONTH_ABBR, 10},
    {"october", LEX_ANCHOR_DATE | LEX_MONTH, 10},
    {"of", LEX_HEDGE_END | LEX_MONTH_PREP | LEX_STOP, 0},
    {"off", LEX_STOP, 0},
    {"on", LEX_STOP, 0},
    {"once", LEX_RATE | LEX_STOP, 0},
    {"one", LEX_ANCHOR_NUM | LEX_CARDINAL, 1},
    {"only", LEX_STOP, 0},
    {"onto", LEX_STOP, 0},
    {"or", LEX_STOP, 0},
    {"other", LEX_STOP, 0},
    {"our", LEX_DEFINITE | LEX_STOP, 0},
    {"out", LEX_STOP, 0},
    {"over", LEX_HEDGE | LEX_HEDGE_END | LEX_STOP, 0},
    {"oz", LEX_MEASURE, 0},
    {"p.m", LEX_CLOCK, 0},
    {"past", LEX_SPAN, 0},
    {"people", LEX_PLURAL, 0},
    {"per", LEX_RATE | LEX_STOP, 0},
    {"personnel", LEX_PLURAL, 0},
    {"pm", LEX_CLOCK, 0},
    {"police", LEX_PLURAL, 0},
    {"pounds", LEX_CURRENCY, 2},
    {"previous", LEX_SPAN, 0},
    {"raised", LEX_CHANGE, 0},
    {"ran", LEX_PAST, 0},
    {"rand", LEX_CURRENCY, 3},
    {"rd", LEX_ORDINAL, 0},
    {"recent", LEX_SPAN, 0},
    {"reduced", LEX_CHANGE, 0},
    {"rises", LEX_CHANGE, 0},
    {"rose", LEX_CHANGE, 0},
    {"roubles", LEX_CURRENCY, 4},
    {"roughly", LEX_HEDGE | LEX_HEDGE_END, 0},
    {"rubles", LEX_CURRENCY, 5},
    {"rupees", LEX_CURRENCY, 6},
    {"said", LEX_PAST, 0},
    {"saturday", LEX_ANCHOR_DATE | LEX_WEEKDAY, 6},
    {"scheduled", LEX_TO_VERB, 0},
    {"scores", LEX_ANCHOR_NUM | LEX_VAGUE, 0},
    {"sep", LEX_ANCHOR_DATE | LEX_MONTH_ABBR, 9},
    {"sept", LEX_ANCHOR_DATE | LEX_MONTH_ABBR, 9},
    {"september", LEX_ANCHOR_DATE | LEX_MONTH, 9},
    {"set", LEX_TO_VERB, 0},
    {"seven", LEX_ANCHOR_NUM | LEX_CARDINAL, 7},
    {"seventeen", LEX_ANCHOR_NUM | LEX_CARDINAL, 17},
    {"seventy", LEX_ANCHOR_NUM | LEX_CARDINAL, 70},
    {"several", LEX_COUNT, 0},
    {"shall", LEX_FUTURE, 0},
    {"sheep", LEX_PLURAL, 0},
    {"since", LEX_MONTH_PREP | LEX_STOP, 0},
    {"six", LEX_ANCHOR_NUM | LEX_CARDINAL, 6},
    {"sixteen", LEX_ANCHOR_NUM | LEX_CARDINAL, 16},
    {"sixty", LEX_ANCHOR_NUM | LEX_CARDINAL, 60},
    {"slipped", LEX_CHANGE, 0},
    {"so", LEX_STOP, 0},
    {"soared", LEX_CHANGE, 0},
    {"some", LEX_HEDGE | LEX_HEDGE_END | LEX_STOP, 0},
    {"spring", LEX_ANCHOR_DATE, 0},
    {"sq", LEX_MEASURE, 0},
    {"st", LEX_ORDINAL, 0},
    {"staff", LEX_PLURAL, 0},
    {"sterling", LEX_CURRENCY, 7},
    {"still", LEX_STOP, 0},
    {"such", LEX_STOP, 0},
    {"summer", LEX_ANCHOR_DATE, 0},
    {"sunday", LEX_ANCHOR_DATE | LEX_WEEKDAY, 7},
    {"surged", LEX_CHANGE, 0},
    {"tb", LEX_MEASURE, 0},
    {"teeth", LEX_PLURAL, 0},
    {"ten", LEX_ANCHOR_NUM | LEX_CARDINAL, 10},
    {"tens", LEX_ANCHOR_NUM | LEX_VAGUE, 0},
    {"th", LEX_ORDINAL, 0},
    {"than", LEX_HEDGE_END | LEX_STOP, 0},
    {"that", LEX_STOP, 0},
    {"the", LEX_DEFINITE | LEX_SPAN | LEX_STOP, 0},
    {"their", LEX_DEFINITE | LEX_STOP, 0},
    {"them", LEX_STOP, 0},
    {"then", LEX_STOP, 0},
    {"there", LEX_STOP, 0},
    {"these", LEX_DEFINITE | LEX_STOP, 0},
    {"they", LEX_STOP, 0},
    {"thirteen", LEX_ANCHOR_NUM | LEX_CARDINAL, 13},
    {"thirty", LEX_ANCHOR_NUM | LEX_CARDINAL, 30},
    {"this", LEX_DIR | LEX_MONTH_PREP | LEX_STOP, 0},
    {"those", LEX_DEFINITE | LEX_STOP, 0},
    {"though", LEX_STOP, 0},
    {"thousand", LEX_ANCHOR_NUM | LEX_CARDINAL, 1000},
    {"thousands", LEX_ANCHOR_NUM | LEX_VAGUE, 0},
    {"three", LEX_ANCHOR_NUM | LEX_CARDINAL, 3},
    {"thrice", LEX_RATE, 0},
    {"through", LEX_MONTH_PREP | LEX_STOP, 0},
    {"thursday", LEX_ANCHOR_DATE | LEX_WEEKDAY, 4},
    {"till", LEX_FUTURE_PREP | LEX_MONTH_PREP, 0},
    {"times", LEX_RATE, 0},
    {"tn", LEX_SCALE, 1e12},
    {"to", LEX_HEDGE_END | LEX_STOP, 0},
    {"today", LEX_ANCHOR_DATE | LEX_NAMED_DAY, 0},
    {"told", LEX_PAST, 0},
    {"tomorrow", LEX_ANCHOR_DATE | LEX_NAMED_DAY, 0},
    {"tonight", LEX_ANCHOR_DATE | LEX_NAMED_DAY, 0},
    {"tonnes", LEX_MEASURE, 0},
    {"too", LEX_STOP, 0},
    {"took", LEX_PAST, 0},
    {"toward", LEX_STOP, 0},
    {"towards", LEX_STOP, 0},
    {"trillion", LEX_ANCHOR_NUM | LEX_CARDINAL, 1e12},
    {"tripled", LEX_CHANGE, 0},
    {"trn", LEX_SCALE, 1e12},
    {"tuesday", LEX_ANCHOR_DATE | LEX_WEEKDAY, 2},
    {"twelve", LEX_ANCHOR_NUM | LEX_CARDINAL, 12},
    {"twenty", LEX_ANCHOR_NUM | LEX_CARDINAL, 20},
    {"twice", LEX_RATE, 0},
    {"two", LEX_ANCHOR_NUM | LEX_CARDINAL, 2},
    {"under", LEX_HEDGE_END | LEX_STOP, 0},
    {"until", LEX_FUTURE_PREP | LEX_MONTH_PREP | LEX_STOP, 0},
    {"up", LEX_CHANGE | LEX_STOP, 0},
    {"upon", LEX_STOP, 0},
    {"us", LEX_NUM_START | LEX_STOP, 0},
    {"utc", LEX_CLOCK, 0},
    {"very", LEX_STOP, 0},
    {"via", LEX_STOP, 0},
    {"was", LEX_PAST | LEX_STOP, 0},
    {"we", LEX_STOP, 0},
    {"wednesday", LEX_ANCHOR_DATE | LEX_WEEKDAY, 3},
    {"week", LEX_ANCHOR_DATE | LEX_TIME_UNIT, DATE_UNIT_WEEK},
    {"weekend", LEX_ANCHOR_DATE, 0},
    {"weeks", LEX_ANCHOR_DATE | LEX_PLURAL | LEX_TIME_UNIT, DATE_UNIT_WEEK},
    {"went", LEX_PAST, 0},
    {"were", LEX_PAST | LEX_STOP, 0},
    {"what", LEX_STOP, 0},
    {"when", LEX_STOP, 0},
    {"where", LEX_STOP, 0},
    {"whether", LEX_STOP, 0},
    {"which", LEX_STOP, 0},
    {"while", LEX_STOP, 0},
    {"who", LEX_STOP, 0},
    {"whom", LEX_STOP, 0},
    {"whose", LEX_STOP, 0},
    {"why", LEX_STOP, 0},
    {"will", LEX_FUTURE | LEX_STOP, 0},
    {"winter", LEX_ANCHOR_DATE, 0},
    {"with", LEX_STOP, 0},
    {"within", LEX_STOP, 0},
    {"without", LEX_STOP, 0},
    {"women", LEX_PLURAL, 0},
    {"won", LEX_PAST, 0},
    {"would", LEX_STOP, 0},
    {"year", LEX_ANCHOR_DATE | LEX_TIME_UNIT, DATE_UNIT_YEAR},
    {"years", LEX_ANCHOR_DATE | LEX_PLURAL | LEX_TIME_UNIT, DATE_UNIT_YEAR},
    {"yen", LEX_CURRENCY, 8},
    {"yesterday", LEX_ANCHOR_DATE | LEX_NAMED_DAY, 0},
    {"yet", LEX_STOP, 0},
    {"you", LEX_STOP, 0},
    {"your", LEX_DEFINITE | LEX_STOP, 0},
    {"youth", LEX_PLURAL, 0},
    {"yuan", LEX_CURRENCY, 9},
};

/* ISO codes of the LEX_CURRENCY words, by their value. */
static const char *const currency_codes[] = {"USD", "EUR", "GBP", "ZAR", "RUB",
                                             "RUB", "INR", "GBP", "JPY", "CNY"};

static const struct {
  const char *sym, *code;
} currency_signs[] = {{"$", "USD"}, {"\xC2\xA3", "GBP"}, {"\xC2\xA5", "JPY"}, {"\xE2\x82\xAC", "EUR"}};

/* Hedges before a figure, longest first so "as many as" wins over "as". */
static const struct {
  const char *words[3];
  NumberApprox approx;
  long n; /* words */
} qualifiers[] = {
    {{"as", "many", "as"}, NUM_AT_MOST, 3},  {{"as", "much", "as"}, NUM_AT_MOST, 3},
    {{"in", "excess", "of"}, NUM_AT_LEAST, 3}, {{"more", "than"}, NUM_AT_LEAST, 2},
    {{"at", "least"}, NUM_AT_LEAST, 2},      {{"upwards", "of"}, NUM_AT_LEAST, 2},
    {{"up", "to"}, NUM_AT_MOST, 2},          {{"fewer", "than"}, NUM_AT_MOST, 2},
    {{"less", "than"}, NUM_AT_MOST, 2},      {{"close", "to"}, NUM_ABOUT, 2},
    {{"an", "estimated"}, NUM_ABOUT, 2},     {{"estimated"}, NUM_ABOUT, 1},
    {{"about"}, NUM_ABOUT, 1},               {{"around"}, NUM_ABOUT, 1},
    {{"approximately"}, NUM_ABOUT, 1},       {{"roughly"}, NUM_ABOUT, 1},
    {{"some"}, NUM_ABOUT, 1},                {{"almost"}, NUM_AT_MOST, 1},
    {{"nearly"}, NUM_AT_MOST, 1},            {{"over"}, NUM_AT_LEAST, 1},
    {{"under"}, NUM_AT_MOST, 1},
};

enum { LEX_MAX_LEN = 15 };

static pthread_once_t lex_once = PTHREAD_ONCE_INIT;

/* lex_keep[n] keeps the low n bytes of a word (n <= 8). */
static const uint64_t lex_keep[9] = {0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF,
                                     0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF, UINT64_MAX};

/* The key of the first n bytes of k (n <= 16). */
static ScanKey lex_key_prefix(ScanKey k, size_t n) {
  k.w[0] &= lex_keep[n < 8 ? n : 8];
  k.w[1] &= lex_keep[n > 8 ? n - 8 : 0];
  return k;
}

/* The lexicon's words are indexed in wordtab.c's table, shared with
** wl_kinds, which builds itself on first use; number.c builds only the
** anchor masks its lexer reads (once, lex_once, from number_lex). */
static void anchor_masks_build(void);

const char *number_lexicon_word(size_t i) { return i < COUNT(lexicon) ? lexicon[i].word : NULL; }

uint64_t number_lexicon_flags(size_t i) { return lexicon[i].flags; }

/* Index of the word with key k in the lexicon, or -1. */
static int lex_lookup(ScanKey k) {
  return wordtab_find(k)->lex;
}

/* Index of the word s[0, n) (any case) in the lexicon, or -1. */
static int lex_find(const char *s, size_t n) {
  if (n == 0 || n > LEX_MAX_LEN) return -1;
  return lex_lookup(scan_key(s, n));
}

/* Lower-cases text[start, end) into buf (cap bytes, NUL-terminated) and
** returns its length, or 0 when it does not fit. */
static size_t lower_copy(const char *text, size_t start, size_t end, char *buf, size_t cap) {
  size_t len = end - start;
  if (len + 1 > cap) return 0;
  for (size_t i = 0; i < len; i++) {
    char c = text[start + i];
    buf[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
  }
  buf[len] = '\0';
  return len;
}

bool number_word_value(Span word, double *value) {
  char buf[32];
  size_t len = lower_copy(word.ptr, 0, word.len, buf, sizeof buf);
  if (len == 0) return false;
  char *dash = memchr(buf, '-', len);
  if (dash == NULL) {
    int i = lex_find(buf, len);
    if (i < 0 || !(lexicon[i].flags & LEX_CARDINAL)) return false;
    *value = lexicon[i].value;
    return true;
  }
  /* "twenty-five": a multiple of ten, a hyphen, a unit */
  int tens = lex_find(buf, (size_t)(dash - buf));
  int units = lex_find(dash + 1, len - (size_t)(dash - buf) - 1);
  if (tens < 0 || units < 0 || !(lexicon[tens].flags & lexicon[units].flags & LEX_CARDINAL)) return false;
  double t = lexicon[tens].value, u = lexicon[units].value;
  if (t < 20 || t > 90 || fmod(t, 10) != 0 || u < 1 || u > 9) return false;
  *value = t + u;
  return true;
}

/* ==== anchors =============================================================== */

/* First and last letters of the anchor words, per word length: bit c - 'a'
** of anchor_first[which][len]. which: 0 for LEX_ANCHOR_NUM, 1 for
** LEX_ANCHOR_DATE. Filled once (lex_once), then read-only;
** they let most letter runs be rejected without a hash lookup. */
static uint32_t anchor_first[2][LEX_MAX_LEN + 1], anchor_last[2][LEX_MAX_LEN + 1];

static void anchor_masks_build(void) {
  for (size_t i = 0; i < COUNT(lexicon); i++) {
    const char *word = lexicon[i].word;
    size_t len = strlen(word);
    bool is_letters = true;
    for (size_t j = 0; j < len; j++) is_letters = is_letters && word[j] >= 'a' && word[j] <= 'z';
    if (!is_letters || len > LEX_MAX_LEN) continue;
    for (int which = 0; which < 2; which++) {
      if (!(lexicon[i].flags & (which == 0 ? LEX_ANCHOR_NUM : LEX_ANCHOR_DATE))) continue;
      anchor_first[which][len] |= 1u << (word[0] - 'a');
      anchor_last[which][len] |= 1u << (word[len - 1] - 'a');
    }
  }
}

static const uint64_t anchor_class[2] = {LEX_ANCHOR_NUM, LEX_ANCHOR_DATE};

/* True when the ASCII letters s[start, end) are an anchor word of class
** `which` (0: figures, 1: dates). */
static bool is_anchor_word(const char *s, size_t start, size_t end, int which) {
  size_t len = end - start;
  if (len > LEX_MAX_LEN) return false;
  if (!(anchor_first[which][len] >> ((s[start] | 0x20) - 'a') & 1)) return false;
  if (!(anchor_last[which][len] >> ((s[end - 1] | 0x20) - 'a') & 1)) return false;
  int i = lex_find(s + start, len);
  return i >= 0 && (lexicon[i].flags & anchor_class[which]);
}

/* Bytes of the currency sign at s[pos] ($, £, ¥, €), or 0. */
static size_t currency_len(const char *s, size_t pos, size_t end) {
  unsigned char c = (unsigned char)s[pos];
  if (c == '$') return 1;
  if (c == 0xC2) return pos + 1 < end && (s[pos + 1] == '\xA3' || s[pos + 1] == '\xA5') ? 2 : 0;
  return c == 0xE2 && pos + 2 < end && s[pos + 1] == '\x82' && s[pos + 2] == '\xAC' ? 3 : 0;
}

/* True when a currency sign starts at s[pos]. */
static bool is_currency_at(const char *s, size_t pos, size_t end) { return currency_len(s, pos, end) != 0; }

static uint16_t anchor_offset(size_t off) {
  return off < NUMTOK_NO_ANCHOR ? (uint16_t)off : NUMTOK_NO_ANCHOR - 1;
}

/* Notes the first anchor byte of word t of each class: a digit, or the
** start of a run of ASCII letters that is an anchor word ("mid-October"
** anchors at "October"). Words of ASCII letters (joined or not) take the
** lexer's shortcuts instead (lex_next, run_anchors), which read the
** classes off the word table. */
static void word_anchors(const char *s, NumberTok *t) {
  for (size_t p = t->start; p < t->end;) {
    unsigned char c = (unsigned char)s[p];
    bool is_letter = (unsigned)((c | 0x20) - 'a') < 26u;
    size_t q = is_letter ? scan_letters_end(s, p + 1, t->end) : p + 1;
    for (int which = 0; which < 2; which++) {
      if (t->anchor_off[which] != NUMTOK_NO_ANCHOR) continue;
      if ((c >= '0' && c <= '9') || (is_letter && is_anchor_word(s, p, q, which)))
        t->anchor_off[which] = anchor_offset(p - t->start);
    }
    p = q;
  }
}

/* Notes the anchors of token t (see NumberTok.anchor_off). */
static void set_anchors(const char *s, NumberTok *t) {
  t->anchor_off[0] = t->anchor_off[1] = NUMTOK_NO_ANCHOR;
  if (t->kind == NUMTOK_NUM) {
    t->anchor_off[0] = t->anchor_off[1] = 0;
  } else if (t->kind == NUMTOK_PUNCT) {
    if (is_currency_at(s, t->start, t->end)) t->anchor_off[0] = 0;
  } else {
    word_anchors(s, t);
  }
}

/* ==== the lexer ============================================================= */

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
    size_t q = scan_letters_end(s, pos, end); /* the common case, 8 bytes a step */
    seg += q - pos;
    pos = q;
    if (pos >= end) break;
    unsigned char c = (unsigned char)s[pos];
    if (c >= '0' && c <= '9') {
      pos++, seg++;
      continue;
    }
    int32_t cp, next;
    size_t n = scan_decode(s, pos, end, &cp);
    if (cp_is_alpha(cp) || cp_is_digit(cp)) {
      pos += n;
      seg++;
      continue;
    }
    bool is_joiner = cp == '-' || cp == '\'' || cp == 0x2019 || (cp == '.' && seg == 1);
    if (!is_joiner || pos + n >= end) break;
    scan_decode(s, pos + n, end, &next);
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

/* The end of the word t without a possessive "'s" / "’s". */
static size_t base_end_of(const char *s, const NumberTok *t) {
  size_t end = t->end;
  bool ends_s = end - t->start > 2 && (s[end - 1] == 's' || s[end - 1] == 'S');
  if (ends_s && s[end - 2] == '\'') return end - 2;
  if (ends_s && end - t->start > 4 && memcmp(s + end - 4, "\xE2\x80\x99", 3) == 0) return end - 4;
  return end;
}

/* Looks the word t up in the lexicon and records its index and classes.
** Words not in it may still be classed by their parts: "twenty-five" is a
** cardinal, "mid-October" opens a date. */
static void classify_word(const char *s, NumberTok *t) {
  t->base_end = base_end_of(s, t);
  size_t len = t->base_end - t->start;
  if (len == 0 || len > LEX_MAX_LEN) return;
  ScanKey k = scan_key(s + t->start, len);
  t->lex = lex_lookup(k);
  if (t->lex >= 0) {
    t->flags = lexicon[t->lex].flags;
    return;
  }
  uint64_t dash = scan_eq8(k.w[0], '-');
  size_t at = dash != 0 ? scan_first(dash) : 8;
  if (dash == 0 && (dash = scan_eq8(k.w[1], '-')) != 0) at = 8 + scan_first(dash);
  if (dash == 0 || at == 0) return;
  int head = lex_lookup(lex_key_prefix(k, at));
  if (head >= 0) t->flags = lexicon[head].flags & (LEX_CARDINAL | LEX_MID);
}

/* What number_lex lexes: the text, the stretch's end, and wordtab_get's
** table, asked once per stretch. Read-only while lexing, so the position
** and the token being written stay in registers. */
typedef struct {
  const char *text;
  size_t end;
  const WordTab *tab;
  bool shortcuts; /* false: no shortcut for the tokens that are not plain
                  ** (number_lex_reference, the tests' yardstick) */
} Lexer;

/* Skips white space from pos; returns the position of the next character
** (lx->end when none) with its code point and byte length, and sets
** *saw_space when any space was skipped. ASCII takes one test a byte. */
static size_t skip_space(const Lexer *lx, size_t pos, int32_t *cp, size_t *n, bool *saw_space) {
  const char *s = lx->text;
  while (pos < lx->end) {
    unsigned char c = (unsigned char)s[pos];
    if (c < 0x80) {
      if (c != ' ' && (c < '\t' || c > '\r')) {
        *cp = c, *n = 1;
        return pos;
      }
      pos++, *saw_space = true;
      continue;
    }
    *n = scan_decode(s, pos, lx->end, cp);
    if (!cp_is_space(*cp)) return pos;
    *saw_space = true;
    pos += *n;
  }
  return pos;
}

/* How tokens_scan tokenizes a lexed token: lex_next's answer besides the
** NumberTok, as bits: the TokenClass of its (first) token, whether it is
** not plain, needs its chunk scanned again, or is pushed by tok_push_odd.
** The codes say it from the token alone (lex_next looks at the bytes
** around it where tokens_scan would), so number_lex keeps no state
** between tokens but a chunk's codes or-ed: it pushes tokens_scan's tokens
** itself and scans again only a chunk that holds a TK_RESCAN. */
enum { TKI_CLASS = 3, TKI_NOT_PLAIN = 4, TKI_RESCAN = 8, TKI_ODD = 16, TKI_END = 32 };
typedef enum {
  TK_WORD = TOKEN_WORD,                           /* plain: one WORD */
  TK_PUNCT = TOKEN_PUNCT,                         /* plain: one PUNCT */
  TK_SYMBOL = TOKEN_SYMBOL,                       /* plain: one SYMBOL */
  TK_EXTEND = TOKEN_PUNCT | TKI_ODD,              /* plain: a '.' or '-' after the same mark,
                                                  ** whose token it extends */
  TK_JOINED = TOKEN_WORD | TKI_NOT_PLAIN,         /* one WORD: ASCII letters, perhaps joined
                                                  ** by - ' or U+2019 */
  TK_POSS = TOKEN_WORD | TKI_NOT_PLAIN | TKI_ODD, /* a TK_JOINED ending in a possessive: the
                                                  ** WORD to base_end, then "'s" */
  TK_NUMBER = TOKEN_NUMBER | TKI_NOT_PLAIN,       /* one NUMBER */
  TK_MARK = TOKEN_PUNCT | TKI_NOT_PLAIN,          /* one PUNCT outside ASCII ("“", "—") */
  TK_CURRENCY = TOKEN_SYMBOL | TKI_NOT_PLAIN,     /* one SYMBOL outside ASCII ("£") */
  TK_RESCAN = TKI_NOT_PLAIN | TKI_RESCAN,         /* tokens_scan must scan the chunk */
  TK_END = TKI_END                                /* no token: the stretch ended */
} TokCode;
_Static_assert((int)TOKEN_SYMBOL <= (int)TKI_CLASS, "a TokenClass fits in TKI_CLASS");

/* Starts the token t at pos the way every path but the plain ones does:
** not plain, no lexicon row or classes yet, word lists not yet known. */
static void tok_start(NumberTok *t, size_t pos, bool saw_space) {
  t->start = pos;
  t->space_before = saw_space;
  t->is_plain = false;
  t->wl_kinds = NUMTOK_WL_UNKNOWN;
  t->flags = 0;
  t->lex = -1;
}

/* Lexes the token at or after pos into *t (any script, any joiner) and
** notes its anchors; saw_space says white space (or the stretch start)
** came just before pos. False at the stretch's end. */
static bool lex_next_slow(const Lexer *lx, size_t pos, bool saw_space, NumberTok *t) {
  const char *s = lx->text;
  int32_t cp = 0;
  size_t n = 0;
  pos = skip_space(lx, pos, &cp, &n, &saw_space);
  if (pos >= lx->end) return false;
  tok_start(t, pos, saw_space);
  t->is_cap = cp_is_upper(cp);
  if (cp_is_digit(cp)) {
    t->kind = NUMTOK_NUM;
    t->end = lex_digits(s, pos, lx->end);
  } else if (cp_is_alpha(cp)) {
    t->kind = NUMTOK_WORD;
    t->end = lex_word(s, pos, lx->end);
    classify_word(s, t);
  } else {
    t->kind = NUMTOK_PUNCT;
    t->end = pos + n;
  }
  if (t->kind != NUMTOK_WORD) t->base_end = t->end;
  set_anchors(s, t);
  return true;
}

/* lex_next_slow's token as a TokCode: tokens_scan must scan its chunk. */
static TokCode lex_slow_code(const Lexer *lx, size_t pos, bool saw_space, NumberTok *t) {
  return lex_next_slow(lx, pos, saw_space, t) ? TK_RESCAN : TK_END;
}

/* What an ASCII byte ends or starts for the lexer's fast path: LB_STOP ends
** a word of letters (space, most punctuation), LB_JOIN may join or extend
** it (digit, - ' .), LB_SPACE is white space. Letters are LB_LETTER. */
enum { LB_STOP, LB_JOIN, LB_SPACE, LB_LETTER };
static const unsigned char lex_byte[128] = {
    ['\t'] = LB_SPACE, ['\n'] = LB_SPACE, ['\v'] = LB_SPACE, ['\f'] = LB_SPACE, ['\r'] = LB_SPACE,
    [' '] = LB_SPACE, ['-'] = LB_JOIN, ['\''] = LB_JOIN, ['.'] = LB_JOIN,
    ['0'] = LB_JOIN, ['1'] = LB_JOIN, ['2'] = LB_JOIN, ['3'] = LB_JOIN, ['4'] = LB_JOIN,
    ['5'] = LB_JOIN, ['6'] = LB_JOIN, ['7'] = LB_JOIN, ['8'] = LB_JOIN, ['9'] = LB_JOIN,
    ['A'] = LB_LETTER, ['B'] = LB_LETTER, ['C'] = LB_LETTER, ['D'] = LB_LETTER, ['E'] = LB_LETTER,
    ['F'] = LB_LETTER, ['G'] = LB_LETTER, ['H'] = LB_LETTER, ['I'] = LB_LETTER, ['J'] = LB_LETTER,
    ['K'] = LB_LETTER, ['L'] = LB_LETTER, ['M'] = LB_LETTER, ['N'] = LB_LETTER, ['O'] = LB_LETTER,
    ['P'] = LB_LETTER, ['Q'] = LB_LETTER, ['R'] = LB_LETTER, ['S'] = LB_LETTER, ['T'] = LB_LETTER,
    ['U'] = LB_LETTER, ['V'] = LB_LETTER, ['W'] = LB_LETTER, ['X'] = LB_LETTER, ['Y'] = LB_LETTER,
    ['Z'] = LB_LETTER, ['a'] = LB_LETTER, ['b'] = LB_LETTER, ['c'] = LB_LETTER, ['d'] = LB_LETTER,
    ['e'] = LB_LETTER, ['f'] = LB_LETTER, ['g'] = LB_LETTER, ['h'] = LB_LETTER, ['i'] = LB_LETTER,
    ['j'] = LB_LETTER, ['k'] = LB_LETTER, ['l'] = LB_LETTER, ['m'] = LB_LETTER, ['n'] = LB_LETTER,
    ['o'] = LB_LETTER, ['p'] = LB_LETTER, ['q'] = LB_LETTER, ['r'] = LB_LETTER, ['s'] = LB_LETTER,
    ['t'] = LB_LETTER, ['u'] = LB_LETTER, ['v'] = LB_LETTER, ['w'] = LB_LETTER, ['x'] = LB_LETTER,
    ['y'] = LB_LETTER, ['z'] = LB_LETTER,
};

/* The lexicon key of the ASCII letters s[0, n), 2 <= n <= LEX_MAX_LEN, when
** 16 bytes may be read at s: two loads, masked to n bytes and lower-cased
** with one or (letters only). */
static ScanKey lex_key_letters(const char *s, size_t n) {
  ScanKey k;
  k.w[0] = (scan_load8(s) | 0x20 * SCAN_ONES) & lex_keep[n < 8 ? n : 8];
  k.w[1] = n > 8 ? (scan_load8(s + 8) | 0x20 * SCAN_ONES) & lex_keep[n - 8] : 0;
  return k;
}

/* The end of the run of ASCII letters at s[pos] (a letter), with its key in
** *k when it is at most LEX_MAX_LEN long (else *k is unset). Most words are
** shorter than eight letters: then one load gives both the end and the key. */
static inline size_t lex_letters(const char *s, size_t pos, size_t end, ScanKey *k) {
  if (pos + 16 > end) {
    size_t q = scan_letters_end(s, pos + 1, end);
    if (q - pos <= LEX_MAX_LEN) *k = scan_key(s + pos, q - pos);
    return q;
  }
  uint64_t x = scan_load8(s + pos);
  uint64_t other = ~scan_letters8(x) & SCAN_HIGH;
  if (other == 0) {
    size_t q = scan_letters_end(s, pos + 8, end);
    if (q - pos <= LEX_MAX_LEN) *k = lex_key_letters(s + pos, q - pos);
    return q;
  }
  size_t n = scan_first(other); /* 1..7: byte 0 is a letter */
  *k = (ScanKey){{(x | 0x20 * SCAN_ONES) & lex_keep[n], 0}};
  return pos + n;
}

/* The anchor_off of a word whose anchor classes are the two bits of its
** flags from LEX_ANCHOR_SHIFT: one copy instead of two tests. */
enum { LEX_ANCHOR_SHIFT = 26 };
_Static_assert(LEX_ANCHOR_NUM >> LEX_ANCHOR_SHIFT == 1 && LEX_ANCHOR_DATE >> LEX_ANCHOR_SHIFT == 2,
               "the anchor classes are adjacent bits");
static const uint16_t word_anchor_offs[4][2] = {
    {NUMTOK_NO_ANCHOR, NUMTOK_NO_ANCHOR}, {0, NUMTOK_NO_ANCHOR}, {NUMTOK_NO_ANCHOR, 0}, {0, 0}};

/* ---- shortcuts for the common tokens that are not plain --------------------
** Measured on bbc-news, 22,260 tokens took lex_next_slow (400 instructions
** each) and 35,982 chunks were lexed a second time by tokens_scan (256
** each): words with joiners ("AOL's", "high-speed", "don’t"), curly quotes
** and dashes, "£", and figures ("275,000", "10km", "1990s"). The functions
** below give those tokens exactly as lex_next_slow does, and tell how
** tokens_scan splits them (a TokCode), so that their chunks are not scanned
** again; test_number.c compares them with number_lex_reference. The ones
** lex_next calls are noinline: inlined into lex_stretch's loop, they cost
** the loop its registers (575.2M instead of 557.4M Ir on bbc-news). */

static bool is_ascii_letter(unsigned char c) { return (unsigned)((c | 0x20) - 'a') < 26u; }

static bool is_ascii_digit(unsigned char c) { return (unsigned)(c - '0') < 10u; }

/* Bytes of the mark at s[pos] that both lexers take as one punctuation
** token and no word joins ("“", "—", "£"): U+2013-2015, U+2018, U+2019,
** U+201C, U+201D, U+2026, and the currency signs £ ¥ € (SYMBOLs to
** tokens_scan). 0 for anything else. */
static size_t mark_len(const char *s, size_t pos, size_t end) {
  size_t n = currency_len(s, pos, end);
  if (n > 1) return n; /* "$" is ASCII punctuation, no mark */
  if ((unsigned char)s[pos] != 0xE2 || pos + 2 >= end || s[pos + 1] != '\x80') return 0;
  unsigned char c2 = (unsigned char)s[pos + 2];
  bool is_mark = (c2 >= 0x93 && c2 <= 0x95) || c2 == 0x98 || c2 == 0x99 || c2 == 0x9C || c2 == 0x9D || c2 == 0xA6;
  return is_mark ? 3 : 0;
}

/* True when s[i] lies past the stretch or is ASCII and neither a letter nor
** a digit: then no joiner before it joins, in either lexer. */
static bool is_clean_after(const char *s, size_t i, size_t end) {
  unsigned char c = i < end ? (unsigned char)s[i] : ' ';
  return c < 0x80 && !is_ascii_letter(c) && !is_ascii_digit(c);
}

/* Bytes of the joiner at s[q] ('-', '\'' or U+2019), or 0. */
static size_t joiner_len(const char *s, size_t q, size_t end) {
  unsigned char c = (unsigned char)s[q];
  if (c == '-' || c == '\'') return 1;
  return c == 0xE2 && q + 2 < end && s[q + 1] == '\x80' && s[q + 2] == '\x99' ? 3 : 0;
}

/* True when lex_word and tokens_scan both end the word at q, after a last
** run of run_len ASCII letters: at the stretch's end, a space or ASCII
** punctuation, a mark, or a joiner ('.' after one letter included) with
** no letter or digit after it. False (the general lexer decides) before a
** digit, a letter outside ASCII or any other byte. */
static bool word_ends_at(const char *s, size_t q, size_t end, size_t run_len) {
  if (q >= end) return true;
  unsigned char c = (unsigned char)s[q];
  size_t j = joiner_len(s, q, end);
  if (j == 0 && c == '.' && run_len == 1) j = 1;
  if (j != 0) return is_clean_after(s, q + j, end);
  if (c >= 0x80) return mark_len(s, q, end) != 0;
  return !is_ascii_digit(c);
}

/* Notes in t->anchor_off the run of ASCII letters s[run, q) of the word t
** when it is an anchor word of a class t has no anchor of yet: the rule of
** word_anchors, read off the table's classes in one probe. */
static void run_anchors(const WordTab *tab, const char *s, NumberTok *t, size_t run, size_t q) {
  if (q - run > LEX_MAX_LEN) return;
  uint64_t flags = wordtab_lookup(tab, scan_key(s + run, q - run))->flags;
  unsigned classes = (unsigned)(flags >> LEX_ANCHOR_SHIFT) & 3;
  for (int k = 0; k < 2; k++)
    if ((classes >> k & 1) && t->anchor_off[k] == NUMTOK_NO_ANCHOR) t->anchor_off[k] = anchor_offset(run - t->start);
}

/* True when the byte after a run of run_len ASCII letters ends a word
** plainly, as lex_next's plain path takes it: white space or ASCII
** punctuation but a joiner, or '.' after more than one letter ("U.S."
** joins). */
static inline bool is_plain_end(unsigned char after, size_t run_len) {
  return after < 0x80 && (lex_byte[after] == LB_STOP || lex_byte[after] == LB_SPACE || (after == '.' && run_len > 1));
}

/* The commonest words lex_joined gets (84% of its 20,863 calls on
** bbc-news): two runs of ASCII letters joined by one '-' or '\''
** ("high-speed", "AOL's", "don't"), at most LEX_MAX_LEN bytes, ended as a
** plain word ends, with 16 bytes to read at pos. Lexes the word at pos
** (its first run ends at q) into *t as lex_joined's general path would,
** from three probes of the word table (the first run, the second, the
** whole word or the possessive's base) and no walk over the runs; TK_END
** when the word has another shape. */
static TokCode lex_pair(const Lexer *lx, size_t pos, size_t q, bool saw_space, NumberTok *t) {
  const char *s = lx->text;
  size_t run = q + 1; /* the second run: [run, stop) */
  if (pos + 16 > lx->end || q - pos > LEX_MAX_LEN - 2) return TK_END;
  bool is_dash = s[q] == '-';
  if ((!is_dash && s[q] != '\'') || !is_ascii_letter((unsigned char)s[run])) return TK_END;
  size_t stop = scan_letters_end(s, run + 1, pos + LEX_MAX_LEN + 1); /* past LEX_MAX_LEN: no pair */
  if (stop - pos > LEX_MAX_LEN || !is_plain_end((unsigned char)s[stop], stop - run)) return TK_END;
  ScanKey word = lex_key_letters(s + pos, stop - pos); /* '-' and '\'' have 0x20 set */
  const WordInfo *head = wordtab_lookup(lx->tab, lex_key_prefix(word, q - pos));
  const WordInfo *tail = wordtab_lookup(lx->tab, scan_key(s + run, stop - run));
  bool is_poss = !is_dash && stop - run == 1 && (s[run] | 0x20) == 's';
  const WordInfo *whole = is_poss ? head : wordtab_lookup(lx->tab, word); /* the base: see base_end_of */
  tok_start(t, pos, saw_space);
  t->end = stop;
  t->base_end = is_poss ? q : stop;
  t->kind = NUMTOK_WORD;
  t->is_cap = s[pos] <= 'Z';
  t->lex = whole->lex;
  /* classify_word: a word not in the lexicon takes a dashed head's classes */
  t->flags = whole->flags | (is_dash && whole->lex < 0 ? head->flags & (LEX_CARDINAL | LEX_MID) : 0);
  unsigned first = (unsigned)(head->flags >> LEX_ANCHOR_SHIFT), second = (unsigned)(tail->flags >> LEX_ANCHOR_SHIFT);
  for (int k = 0; k < 2; k++) /* run_anchors: the first run of a class anchors it */
    t->anchor_off[k] = first >> k & 1 ? 0 : second >> k & 1 ? (uint16_t)(run - pos) : NUMTOK_NO_ANCHOR;
  return is_poss ? TK_POSS : TK_JOINED;
}

/* Lexes the word at pos, a run of ASCII letters ending at q that lex_next's
** plain path did not take (joined to more, ended by a joiner or a byte
** outside ASCII, or long), into *t as lex_next_slow would. Returns its
** TokCode; words it cannot vouch for go to lex_next_slow. */
static __attribute__((noinline)) TokCode lex_joined(const Lexer *lx, size_t pos, size_t q, bool saw_space, NumberTok *t) {
  const char *s = lx->text;
  size_t end = lx->end, run = pos; /* the last run of letters: [run, q) */
  if (!lx->shortcuts) return lex_slow_code(lx, pos, saw_space, t);
  TokCode pair = lex_pair(lx, pos, q, saw_space, t);
  if (pair != TK_END) return pair;
  bool is_poss = false, is_split = false;
  for (;;) {
    size_t j = q < end ? joiner_len(s, q, end) : 0;
    if (j == 0 || q + j >= end || !is_ascii_letter((unsigned char)s[q + j])) break;
    is_split |= is_poss; /* tokens_scan ends a word at an inner "'s" */
    run = q + j;
    q = scan_letters_end(s, run + 1, end);
    is_poss = s[run - 1] != '-' && q - run == 1 && (s[run] | 0x20) == 's';
  }
  if (!word_ends_at(s, q, end, q - run)) return lex_slow_code(lx, pos, saw_space, t);
  tok_start(t, pos, saw_space);
  t->end = q;
  t->kind = NUMTOK_WORD;
  t->is_cap = s[pos] <= 'Z';
  classify_word(s, t);
  t->anchor_off[0] = t->anchor_off[1] = NUMTOK_NO_ANCHOR;
  for (size_t p = pos; p < q;) {
    size_t e = scan_letters_end(s, p, q);
    run_anchors(lx->tab, s, t, p, e);
    p = e < q ? e + joiner_len(s, e, q) : q;
  }
  if (is_split) return TK_RESCAN;
  return is_poss ? TK_POSS : TK_JOINED;
}

/* Lexes the mark at pos (mark_len bytes m) into *t as lex_next_slow would:
** one punctuation token, a currency sign anchoring the figures. */
static TokCode lex_mark(const char *s, size_t pos, size_t m, bool saw_space, NumberTok *t) {
  bool is_currency = is_currency_at(s, pos, pos + m);
  tok_start(t, pos, saw_space);
  t->end = t->base_end = pos + m;
  t->kind = NUMTOK_PUNCT;
  t->is_cap = false;
  t->anchor_off[0] = is_currency ? 0 : NUMTOK_NO_ANCHOR;
  t->anchor_off[1] = NUMTOK_NO_ANCHOR;
  return is_currency ? TK_CURRENCY : TK_MARK;
}

/* The token at or after pos when it starts with white space other than one
** ' ', a byte outside ASCII, or lies past the stretch: a mark takes
** lex_mark, the rest lex_next_slow. */
static __attribute__((noinline)) TokCode lex_other(const Lexer *lx, size_t pos, bool saw_space, NumberTok *t) {
  size_t m = lx->shortcuts && pos < lx->end ? mark_len(lx->text, pos, lx->end) : 0;
  if (m != 0) return lex_mark(lx->text, pos, m, saw_space, t);
  return lex_slow_code(lx, pos, saw_space, t);
}

/* TK_NUMBER when tokens_scan makes one NUMBER of the digits s[start, stop)
** that lex_digits read, and starts afresh after it: each ',' in them opens
** a group of exactly three digits (tokens_scan splits "1,00" and
** "1,0000"), the ASCII letters after them (the next word) are no number
** suffix ("10km", not "5th"), and no byte outside ASCII but a mark follows
** (it might be a digit or a letter). TK_RESCAN otherwise. */
static __attribute__((noinline)) TokCode number_code(const char *s, size_t start, size_t stop, size_t end) {
  unsigned char after = stop < end ? (unsigned char)s[stop] : ' ';
  if (after >= 0x80 && mark_len(s, stop, end) == 0) return TK_RESCAN;
  bool is_suffix = is_ascii_letter(after) && text_is_number_suffix(s + stop, scan_letters_end(s, stop, end) - stop);
  if (is_suffix) return TK_RESCAN;
  for (size_t i = start; i < stop; i++)
    if (s[i] == ',' && !text_is_digit_group(s + i, s + end)) return TK_RESCAN;
  return TK_NUMBER;
}

/* The TokCodes of the ASCII bytes that lex_next takes as one punctuation
** token: '.' and '-' extend a run of the same mark before them (see
** lex_next); tokens_scan skips a control character, so its chunk is
** scanned again. Letters, digits and spaces never come here. */
static TokCode ascii_mark_code(unsigned char c) {
  CharClass cls = (CharClass)text_ascii_class[c];
  return cls == CHAR_SYMBOL ? TK_SYMBOL : cls == CHAR_PUNCT ? TK_PUNCT : TK_RESCAN;
}

/* Lexes the token at or after pos into *t (saw_space: as for
** lex_next_slow) and returns its TokCode; TK_END at the stretch's end. The
** common tokens take a short path: a word of ASCII letters ended by a space
** or punctuation (read and keyed by lex_letters), one ASCII punctuation
** mark, or digits after a single space; the rest goes to the shortcuts
** above or to lex_next_slow, which give the same tokens for them. */
static inline TokCode lex_next(const Lexer *lx, size_t pos, bool saw_space, NumberTok *t) {
  const char *s = lx->text;
  size_t end = lx->end;
  if (pos < end && s[pos] == ' ') pos++, saw_space = true;
  unsigned char c = pos < end ? (unsigned char)s[pos] : 0x80;
  unsigned kind = c < 0x80 ? lex_byte[c] : LB_SPACE; /* >= 0x80: lex_other decides */
  if (kind == LB_LETTER) {
    ScanKey k = {{0, 0}}; /* set by lex_letters for a word short enough to look up */
    size_t q = lex_letters(s, pos, end, &k);
    unsigned char after = q < end ? (unsigned char)s[q] : ' ';
    if (!is_plain_end(after, q - pos) || q - pos > LEX_MAX_LEN) return lex_joined(lx, pos, q, saw_space, t);
    const WordInfo *e = wordtab_lookup(lx->tab, k);
    uint64_t flags = e->flags;
    t->start = pos;
    t->end = t->base_end = q;
    t->flags = flags;
    t->lex = e->lex;
    t->wl_kinds = e->wl;
    t->kind = NUMTOK_WORD;
    t->space_before = saw_space;
    t->is_cap = c <= 'Z';
    t->is_plain = true;
    memcpy(t->anchor_off, word_anchor_offs[flags >> LEX_ANCHOR_SHIFT & 3], sizeof t->anchor_off);
    return TK_WORD;
  }
  if (kind == LB_SPACE)
    return lex_other(lx, pos, saw_space, t);
  bool is_num = kind == LB_JOIN && c >= '0' && c <= '9';
  /* digits, or one ASCII punctuation mark; "-", "'" and "." stand alone here too */
  t->start = pos;
  t->end = t->base_end = is_num ? lex_digits(s, pos, end) : pos + 1;
  t->flags = 0;
  t->lex = -1;
  t->wl_kinds = 0;
  t->kind = is_num ? NUMTOK_NUM : NUMTOK_PUNCT;
  t->space_before = saw_space;
  t->is_cap = false;
  t->is_plain = !is_num && c >= 0x20 && c < 0x7F; /* not a control */
  /* digits anchor both scans, "$" the figures only */
  t->anchor_off[0] = is_num || c == '$' ? 0 : NUMTOK_NO_ANCHOR;
  t->anchor_off[1] = is_num ? 0 : NUMTOK_NO_ANCHOR;
  if (is_num) return lx->shortcuts ? number_code(s, pos, t->end, end) : TK_RESCAN;
  /* a '.' or '-' right after the same mark: tokens_scan's run of them (no
  ** token but that mark's ends with it) */
  bool is_run = (c == '.' || c == '-') && !saw_space && s[pos - 1] == (char)c;
  return is_run ? TK_EXTEND : ascii_mark_code(c);
}

/* ==== lexing a stretch ====================================================== */

/* Empties out and makes room for a stretch of n bytes (a token every three
** bytes, more as needed later): the old tokens are dropped, not copied. */
static bool toks_make_room(NumberToks *out, size_t n) {
  size_t want = n / 3 + 16;
  out->len = 0;
  if (out->cap >= want) return true;
  free(out->items);
  out->items = NULL;
  out->cap = 0;
  return vec_reserve(out, want);
}

/* Notes token i in out->anchors[k] when it holds an anchor of class k. */
static bool note_anchors(NumberToks *out, const NumberTok *t, size_t i) {
  for (int k = 0; k < 2; k++) {
    if (t->anchor_off[k] == NUMTOK_NO_ANCHOR) continue;
    NumberAnchors *v = &out->anchors[k];
    if (v->len == v->cap && !vec_reserve(v, v->len + 1)) return false;
    v->items[v->len++] = i;
  }
  return true;
}

/* Makes room in v, whose tokens end at next, for two more; returns where
** they go, or NULL when memory runs out. */
static Token *tok_grow(TokenVec *v, Token *next) {
  v->len = (size_t)(next - v->items);
  return vec_reserve(v, v->len + 2) ? v->items + v->len : NULL;
}

/* Pushes at next the tokens of a TKI_ODD code: a possessive's two WORDs,
** or the end of a run of '.' or '-' onto the run's token. Returns the end
** of the tokens. */
static Token *tok_push_odd(Token *next, const NumberTok *t, TokCode code) {
  if (code == TK_EXTEND) {
    next[-1].r.end = t->end;
    return next;
  }
  next[0] = (Token){{t->start, t->base_end}, TOKEN_WORD};
  next[1] = (Token){{t->base_end, t->end}, TOKEN_WORD};
  return next + 2;
}

/* Ends the chunk t[from, to) whose tokens' codes or-ed are codes (not
** plain): clears is_plain on its tokens (see NumberTok.is_plain: plain
** means the whole chunk is) and writes back v's length, the tokens ending
** at next; for a TK_RESCAN it drops the tokens pushed for the chunk (from
** chunk_first on) and scans it with tokens_scan instead (no token spans
** white space, so it scans as in its block). False when memory runs out. */
static bool chunk_end(TokenVec *v, const Token *next, const Token *chunk_first, const char *text, NumberTok *t,
                      size_t from, size_t to, unsigned codes) {
  for (size_t i = from; i < to; i++) t[i].is_plain = false;
  if (v == NULL) return true;
  v->len = (size_t)(next - v->items);
  if (!(codes & TKI_RESCAN) || from == to) return true;
  v->len = (size_t)(chunk_first - v->items);
  return tokens_scan(text, (Range){t[from].start, t[to - 1].end}, v) == LEDE_OK;
}

/* number_lex, with the shortcuts for tokens that are not plain or without
** them (number_lex_reference). The tokens go to v's array through locals
** (next, limit), which are written back to v before each call that reads
** or moves it. */
static bool lex_stretch(const char *text, Range r, NumberToks *out, bool shortcuts) {
  pthread_once(&lex_once, anchor_masks_build);
  out->text = text;
  out->r = r;
  out->anchors[0].len = out->anchors[1].len = 0;
  if (!toks_make_room(out, r.end - r.start)) return false;
  const Lexer lx = {text, r.end, wordtab_get(), shortcuts};
  TokenVec *v = out->tokens;
  if (v != NULL && !vec_reserve(v, v->len + 2)) return false; /* so that v->items is set */
  Token *next = v != NULL ? v->items + v->len : NULL, *limit = v != NULL ? v->items + v->cap : NULL;
  NumberTok *items = out->items; /* the count and room in locals too */
  size_t n = 0, cap = out->cap, pos = r.start;
  size_t chunk = 0;     /* first token of the current chunk */
  Token *chunk_first = next; /* its first token in v */
  unsigned codes = 0;   /* TokCodes of its tokens, or-ed */
  bool ok = true;
  for (;; n++) {
    if (n == cap) {
      out->len = n;
      if (!(ok = vec_reserve(out, n + 1))) break;
      items = out->items, cap = out->cap;
    }
    NumberTok *t = &items[n];
    TokCode code = lex_next(&lx, pos, n == 0, t);
    if (code == TK_END) break;
    pos = t->end;
    if (t->space_before) {
      if (codes & TKI_NOT_PLAIN) { /* a TK_RESCAN is not plain too */
        if (!(ok = chunk_end(v, next, chunk_first, text, items, chunk, n, codes))) break;
        if (v != NULL) next = v->items + v->len, limit = v->items + v->cap;
      }
      chunk = n;
      codes = 0;
      chunk_first = next;
    }
    codes |= code;
    if (v != NULL) {
      if (limit - next < 2) { /* the array moves: chunk_first with it */
        size_t chunk_at = (size_t)(chunk_first - v->items);
        if (!(ok = (next = tok_grow(v, next)) != NULL)) break;
        limit = v->items + v->cap, chunk_first = v->items + chunk_at;
      }
      /* a TK_RESCAN pushes a token too, which its chunk's scan replaces */
      if (code & TKI_ODD)
        next = tok_push_odd(next, t, code);
      else
        *next++ = (Token){{t->start, t->end}, (TokenClass)(code & TKI_CLASS)};
    }
    bool has_anchor = (t->anchor_off[0] & t->anchor_off[1]) != NUMTOK_NO_ANCHOR; /* either */
    if (has_anchor && !(ok = note_anchors(out, t, n))) break;
  }
  out->len = n;
  if (v != NULL && next != NULL) v->len = (size_t)(next - v->items); /* NULL: tok_grow failed and set it */
  if (ok && (codes & TKI_NOT_PLAIN)) ok = chunk_end(v, next, chunk_first, text, items, chunk, n, codes);
  return ok;
}

bool number_lex(const char *text, Range r, NumberToks *out) { return lex_stretch(text, r, out, true); }

bool number_lex_reference(const char *text, Range r, NumberToks *out) { return lex_stretch(text, r, out, false); }

void number_toks_free(NumberToks *t) {
  vec_free(t);
  vec_free(&t->anchors[0]);
  vec_free(&t->anchors[1]);
}

/* ==== the window ============================================================ */

enum { SCAN_BACK_BYTES = 160 };

/* Restarts the window at token first. */
static void win_seek(NumberWin *w, size_t first) { w->first = w->cur = first; }

/* Sets what the window holds around its current token (cur < n) for a
** visit: NUMWIN_BEHIND tokens back but not before first, NUMWIN_AHEAD on
** but not past the stretch. */
static void win_hold(NumberWin *w) {
  size_t back = w->cur - w->first, ahead = w->n - 1 - w->cur;
  w->back = back < NUMWIN_BEHIND ? back : NUMWIN_BEHIND;
  w->ahead = ahead < NUMWIN_AHEAD ? ahead : NUMWIN_AHEAD;
}

static bool is_space_byte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

/* Where to restart the window for the anchor at a: the start of the chunk
** (run of non-space bytes) chunks - 1 chunks before the anchor's own,
** looking back at most SCAN_BACK_BYTES and never before floor. Falls back to
** a itself when the anchor sits in an overlong chunk. */
static size_t back_up(const char *s, size_t floor, size_t a, int chunks) {
  size_t lim = a - floor > SCAN_BACK_BYTES ? a - SCAN_BACK_BYTES : floor;
  size_t p = a, best = a;
  for (int i = 0; i < chunks; i++) {
    p = scan_nonblank_start(s, lim, p);
    if (p > floor && !is_space_byte(s[p - 1])) break; /* cut mid-chunk: not a start */
    best = p;
    while (p > lim && is_space_byte(s[p - 1])) p--;
    if (p == floor) break;
  }
  return best;
}

/* The index of the token the window restarts at for a restart at byte pos,
** a chunk start at or before the token at index anchor: the first one
** starting at or after pos, or the anchor's own when pos lies inside it. */
static size_t first_token_at(const NumberTok *t, size_t pos, size_t anchor) {
  size_t i = anchor;
  while (i > 0 && t[i - 1].start >= pos) i--;
  return i;
}

/* back_up for the anchor at byte a in token i, read off the tokens: no
** token holds white space, so when every gap between tokens it crosses is
** empty or one ' ' (most text), a chunk is a run of glued tokens and each
** step back is a token or two, not a byte scan. Returns what back_up
** returns, with *first the window's first token for it (first_token_at);
** asks back_up itself at any other gap. Looks at most SCAN_BACK_BYTES
** back, as back_up does. The answer only moves back as the walk goes on,
** so it stops (returning a start <= stop, and *first then means nothing)
** once it is at or before stop, the point the window has reached already:
** the caller then does not restart. On bbc-news that saves only ~0.7M of
** its ~10M Ir (mostly in the date scan, whose window reaches further
** back): anchors are mostly further apart than the chunks the scans keep. */
static size_t back_up_tokens(const NumberToks *toks, size_t i, size_t a, int chunks, size_t stop, size_t *first) {
  const NumberTok *t = toks->items;
  size_t floor = toks->r.start;
  size_t lim = a - floor > SCAN_BACK_BYTES ? a - SCAN_BACK_BYTES : floor;
  size_t best = a, k = i;
  *first = i;
  for (int c = 0; c < chunks && best > stop; c++) {
    /* glued tokens are one chunk; one that starts before lim is cut there,
    ** and back_up stops in it */
    while (k > 0 && t[k - 1].end == t[k].start) {
      if (t[k - 1].start < lim) return best;
      k--;
    }
    size_t start = t[k].start;
    if (start < lim) return best;
    bool is_simple = k > 0 ? t[k - 1].end + 1 == start && toks->text[start - 1] == ' ' : start == floor;
    if (!is_simple) {
      best = back_up(toks->text, floor, a, chunks);
      *first = first_token_at(t, best, i);
      return best;
    }
    best = start, *first = k;
    if (start == lim || k == 0) return best; /* back_up goes no further either */
    k--;
  }
  return best;
}

size_t number_restart(const NumberToks *toks, size_t i, size_t a, int chunks, bool by_bytes, size_t *first) {
  if (!by_bytes) return back_up_tokens(toks, i, a, chunks, 0, first);
  size_t best = back_up(toks->text, toks->r.start, a, chunks);
  *first = first_token_at(toks->items, best, i);
  return best;
}

/* True when a match may start at token t (see NumberStarts), or t is
** punctuation anchoring the scan `which` (a currency sign for the
** figures): a scan visits those whatever its filter, so the figures'
** filter need not admit all punctuation to reach the signs. Each test is a
** 0/1 flag and the three are or-ed, so the walk has one branch per token. */
static inline bool may_visit(const NumberTok *t, NumberStarts starts, int which) {
  bool is_anchor_mark = t->kind == NUMTOK_PUNCT && t->anchor_off[which] != NUMTOK_NO_ANCHOR;
  return ((t->flags & starts.flags) != 0) | ((starts.kinds >> t->kind & 1u) != 0) | is_anchor_mark;
}

bool number_scan(const NumberToks *toks, uint64_t anchor, int back_chunks, NumberStarts starts,
                 NumberVisit visit, void *ctx) {
  int which = anchor == LEX_ANCHOR_NUM ? 0 : 1;
  NumberWin w = {.text = toks->text, .tok = toks->items, .n = toks->len};
  size_t pos = toks->r.start; /* tokens before pos have been visited */
  bool is_open = false;       /* w holds a current token at or after pos */
  const NumberAnchors *anchors = &toks->anchors[which];
  for (size_t j = 0; j < anchors->len; j++) {
    size_t i = anchors->items[j];
    const NumberTok *t = &toks->items[i];
    if (t->start < pos) continue; /* an anchor in a token already passed changes nothing */
    size_t a = t->start + t->anchor_off[which];
    /* restart a few chunks before the anchor, unless the window has gone
    ** past that point already (to the end of the token it stopped at):
    ** then going on is cheaper, and dense text is not visited over and
    ** over */
    size_t reached = is_open ? w.tok[w.cur].end : 0;
    if (!is_open || a > reached) { /* back_up(...) <= a: no need to ask otherwise */
      size_t first;
      /* "is_open ? reached : 0" is reached, but written so, gcc 12 keeps
      ** the two cases apart: passing reached costs ~0.5M Ir on bbc-news */
      size_t start = back_up_tokens(toks, i, a, back_chunks + 1, is_open ? reached : 0, &first);
      if (!is_open || start > reached) win_seek(&w, first);
    }
    /* every token from cur on starts at or after pos (pos is the end of
    ** the last token walked, and a restart only moves past it), so the
    ** walk visits each token once without testing pos, and sets pos once
    ** it stops: ~2M Ir on bbc-news */
    size_t from = w.cur;
    while (w.cur < w.n && w.tok[w.cur].start <= a) {
      long used = 0;
      if (may_visit(&w.tok[w.cur], starts, which)) {
        win_hold(&w);
        used = visit(&w, ctx);
      }
      if (used < 0) return false;
      w.cur += used > 0 ? (size_t)used : 1;
    }
    if (w.cur > from) pos = w.tok[w.cur - 1].end;
    is_open = w.cur < w.n;
    if (pos <= a) pos = a + 1;
  }
  return true;
}

/* Where the stretch of a block starting at start ends: the block's end, or
** for a longer block than NUMBER_STRETCH_CUT bytes, the first sentence end
** (else space) after that many bytes, or a UTF-8 boundary when there is
** none up to NUMBER_STRETCH_MAX, so the token buffers stay small. */
static size_t stretch_end(const char *s, size_t start, size_t end) {
  if (end - start <= NUMBER_STRETCH_CUT) return end;
  size_t cut = start + NUMBER_STRETCH_CUT;
  size_t limit = end - start > NUMBER_STRETCH_MAX ? start + NUMBER_STRETCH_MAX : end;
  for (size_t i = cut; i + 1 < limit; i++)
    if (s[i] == '.' && s[i + 1] == ' ') return i + 2;
  for (size_t i = cut; i < limit; i++)
    if (s[i] == ' ' || s[i] == '\n') return i + 1;
  while (cut < end && ((unsigned char)s[cut] & 0xC0) == 0x80) cut++; /* a UTF-8 boundary */
  return cut;
}

LedeStatus number_each_stretch(Article *a, TokenVec *tokens, NumberStretchFn fn, void *ctx) {
  NumberToks toks = {.tokens = tokens};
  vec_take(&toks, SPARE_LEX_TOKS);
  vec_take(&toks.anchors[0], SPARE_LEX_ANCHORS_NUM);
  vec_take(&toks.anchors[1], SPARE_LEX_ANCHORS_DATE);
  size_t total, longest = article_body_bytes(a, &total);
  /* room for the longest stretch at once (about one anchor in ten tokens) */
  size_t stretch = longest < NUMBER_STRETCH_MAX ? longest : NUMBER_STRETCH_MAX;
  bool has_room = toks_make_room(&toks, stretch) && vec_reserve(&toks.anchors[0], stretch / 32 + 8) &&
                  vec_reserve(&toks.anchors[1], stretch / 32 + 8);
  LedeStatus st = has_room ? LEDE_OK : LEDE_ENOMEM;
  for (size_t b = 0; b < a->blocks.len && st == LEDE_OK; b++) {
    Range r = a->blocks.items[b].r;
    if (a->blocks.items[b].kind != BLOCK_BODY || r.end > a->len) continue;
    for (Range piece = {r.start, r.start}; st == LEDE_OK && piece.start < r.end; piece.start = piece.end) {
      piece.end = stretch_end(a->text, piece.start, r.end);
      st = number_lex(a->text, piece, &toks) ? fn(a, &toks, ctx) : LEDE_ENOMEM;
    }
  }
  vec_give(&toks, SPARE_LEX_TOKS);
  vec_give(&toks.anchors[0], SPARE_LEX_ANCHORS_NUM);
  vec_give(&toks.anchors[1], SPARE_LEX_ANCHORS_DATE);
  return st;
}

size_t number_win_word(const NumberWin *w, long k, char *buf, size_t cap, size_t *base_end) {
  const NumberTok *t = number_win_at(w, k);
  if (t == NULL || t->kind != NUMTOK_WORD) return 0;
  size_t end = t->base_end;
  size_t len = lower_copy(w->text, t->start, end, buf, cap);
  if (len > 0 && base_end != NULL) *base_end = end;
  return len;
}


double number_win_value(const NumberWin *w, long k) {
  const NumberTok *t = number_win_at(w, k);
  return t != NULL && t->lex >= 0 ? lexicon[t->lex].value : 0;
}

int number_lexicon_find(const char *word) { return lex_find(word, strlen(word)); }

long number_table_find(const char *word, const char *const *table, size_t n) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = (unsigned char)word[0] - (unsigned char)table[mid][0]; /* most differ here */
    if (c == 0) c = strcmp(word, table[mid]);
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

/* ==== reading one figure ==================================================== */

/* A figure being read; offsets are token positions relative to the window's
** current token. */
typedef struct {
  long first, next;       /* tokens [first, next) make the figure so far */
  long digits_at;         /* the NUM token of a digit figure; -1 otherwise */
  size_t start, end;      /* byte range of Number.r */
  double value, high;
  bool has_value, is_percent, is_spelled, is_vague, has_scale;
  bool is_dash_range;     /* "10-15": without a unit, a score or a date span */
  bool is_fraction;       /* "two thirds": value already divided */
  NumberApprox approx;
  Range qualifier, unit;
  const char *currency;   /* the last field (cand_clear sets each one) */
} Cand;
_Static_assert(offsetof(Cand, currency) + sizeof(const char *) == sizeof(Cand), "cand_clear: a field after currency");

/* Words of the lexicon the figure matchers test, by their row
** (number_win_is_lex): rows looked up once, so a test is one compare of
** NumberTok.lex, where number_win_is tested the kind and the length and
** compared bytes, and mispredicted (~130K times on bbc-news, with
** date.c's tests). */
typedef enum {
  FW_A, FW_AN, FW_AND, FW_BETWEEN, FW_FEW, FW_K, FW_M, FW_MANY, FW_NO, FW_OF, FW_ONE, FW_PER, FW_SEVERAL,
  FW_THE, FW_TO, FW_US, FW_COUNT
} FigureWord;
static const char *const figure_words[FW_COUNT] = {
    [FW_A] = "a", [FW_AN] = "an", [FW_AND] = "and", [FW_BETWEEN] = "between", [FW_FEW] = "few",
    [FW_K] = "k", [FW_M] = "m", [FW_MANY] = "many", [FW_NO] = "no", [FW_OF] = "of", [FW_ONE] = "one",
    [FW_PER] = "per",
    [FW_SEVERAL] = "several", [FW_THE] = "the", [FW_TO] = "to", [FW_US] = "us"};
static int figure_word_lex[FW_COUNT];
static pthread_once_t figure_words_once = PTHREAD_ONCE_INIT;

/* Fills figure_word_lex; a word missing from the lexicon gets a row no
** token has, so that it never matches (and the figure tests of "a dozen",
** "10 to 15", "between" ... fail). */
static void figure_words_build(void) {
  for (int i = 0; i < FW_COUNT; i++) {
    int lex = number_lexicon_find(figure_words[i]);
    figure_word_lex[i] = lex >= 0 ? lex : -2;
  }
}

/* number_win_is for a figure word. */
static bool win_is(const NumberWin *w, long k, FigureWord word) {
  return number_win_is_lex(w, k, figure_word_lex[word]);
}

/* Words longer than this are no counted nouns (the 32-byte buffers the
** words were once copied into set the limit). */
enum { UNIT_WORD_MAX = 31 };

/* Token k when it is a word of 1..UNIT_WORD_MAX bytes without its
** possessive, else NULL. The word tests below read such a token in place,
** case-folding as they go: copying each word lower-cased first cost ~4M Ir
** on bbc-news. */
static const NumberTok *word_tok(const NumberWin *w, long k) {
  const NumberTok *t = number_win_at(w, k);
  bool is_word = t != NULL && t->kind == NUMTOK_WORD && t->base_end - t->start - 1 < UNIT_WORD_MAX;
  return is_word ? t : NULL;
}

/* True when word token t (possessive stripped) ends in suffix (lower-case
** letters), ignoring case, with at least two bytes before it. Inline, so
** that strlen folds on the literal suffixes: as a call it ran strlen at
** each of ~43K calls on bbc-news (~0.6M Ir). */
static inline __attribute__((always_inline)) bool word_ends_with(const char *s, const NumberTok *t, const char *suffix) {
  size_t n = strlen(suffix), end = t->base_end;
  if (end - t->start <= n + 1) return false;
  for (size_t i = 0; i < n; i++)
    if ((s[end - n + i] | 0x20) != suffix[i]) return false; /* only bit 5 tells 'E' from 'e' */
  return true;
}

static char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c; }

/* True when word token t ends in an irregular plural that counts people:
** "children", "men", "people" ("schoolchildren", "firemen"). Tells them
** by the last byte first, so most words take one test, where trying the
** three endings in turn cost ~3 mispredicted branches a call on bbc-news. */
static bool word_ends_in_people(const char *s, const NumberTok *t) {
  switch (s[t->base_end - 1] | 0x20) { /* a word has a byte; bit 5 folds case */
  case 'n': return word_ends_with(s, t, "men") || word_ends_with(s, t, "children");
  case 'e': return word_ends_with(s, t, "people");
  default: return false;
  }
}

/* True when word token t (NULL: false) is a plural noun: ends in "s" (not
** "ss", "us", "is") or is an irregular plural. The "s" rule's tests are
** and-ed as 0/1 values: one branch, not a chain of four. */
static bool word_is_plural(const char *s, const NumberTok *t) {
  if (t == NULL) return false;
  size_t end = t->base_end;
  if (end - t->start < 3) return false; /* no plural this short; also keeps s[end - 2] in the word */
  char last = lower_ascii(s[end - 1]), before = lower_ascii(s[end - 2]);
  int is_s_plural = (last == 's') & (before != 's') & (before != 'u') & (before != 'i') & (before != '\'');
  return is_s_plural || word_ends_in_people(s, t);
}

/* The value of the spelled-out cardinal at k ("six", "Twenty",
** "twenty-five") into *v; false when token k is none. A word of the lexicon
** takes its value from the row the lexer found: no copy, no second lookup
** (such a word has no hyphen; only "twenty-five" and the like are read
** again by number_word_value). */
static bool win_cardinal(const NumberWin *w, long k, double *v) {
  const NumberTok *t = number_win_at(w, k);
  if (t == NULL || !(t->flags & LEX_CARDINAL)) return false;
  if (t->lex >= 0) {
    *v = lexicon[t->lex].value;
    return true;
  }
  return number_word_value((Span){w->text + t->start, t->base_end - t->start}, v);
}

/* True when the NUM token at k is a count followed by a counted plural noun:
** "2000 people" (a count), not "2004 Beslan" (a year). */
static bool followed_by_plural_noun(const NumberWin *w, long k) {
  const NumberTok *t = word_tok(w, k + 1);
  if (t == NULL || t->is_cap || (t->flags & LEX_STOP)) return false;
  if (t->flags & LEX_PLURAL) return true;
  if (date_win_is_time_unit(w, k + 1)) return false;
  double scale;
  if (win_cardinal(w, k + 1, &scale) && scale >= 100) return true; /* "2000 million" */
  return word_is_plural(w->text, t);
}

/* True when the word after the NUM token at k counts people ("2000
** people", "1709 schoolchildren"): unseparated four digits before anything
** else are a year in edited news ("2004 earnings", "1960 levels"). */
static bool followed_by_people(const NumberWin *w, long k) {
  const NumberTok *t = word_tok(w, k + 1);
  if (t == NULL || t->is_cap) return false;
  return (t->flags & LEX_PLURAL && !(t->flags & LEX_TIME_UNIT)) || word_ends_in_people(w->text, t);
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
  if (next != NULL && (next->flags & LEX_CLOCK)) return false; /* "1400 GMT" */
  if (win_is(w, k - 1, FW_THE)) return true; /* "the 2014 protests": a year as modifier */
  return !followed_by_people(w, k);
}

/* Parses the digits of the NUM token at k into *value ("275,000" -> 275000,
** "1.5" -> 1.5). False for malformed groups and leading zeros ("0800"). */
static bool parse_digits(const NumberWin *w, long k, double *value) {
  const NumberTok *t = number_win_at(w, k);
  const char *s = w->text + t->start;
  size_t len = t->end - t->start;
  if (len > 1 && s[0] == '0' && s[1] != '.') return false;
  uint64_t mantissa = 0;
  int n_digits = 0, n_frac = -1; /* n_frac: digits after the point, -1 before it */
  for (size_t i = 0; i < len; i++) {
    if (s[i] == ',' && n_frac < 0) continue;
    if (s[i] == ',' || (s[i] == '.' && n_frac >= 0)) return false;
    if (s[i] == '.') {
      n_frac = 0;
      continue;
    }
    if (++n_digits > 18) return false; /* beyond what a figure needs; no silent rounding */
    mantissa = mantissa * 10 + (uint64_t)(s[i] - '0');
    if (n_frac >= 0) n_frac++;
  }
  /* an exact integer divided by an exact power of ten: correctly rounded */
  static const double pow10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
                                 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};
  *value = (double)mantissa / pow10[n_frac > 0 ? n_frac : 0];
  return true;
}

/* Reads a run of spelled-out cardinal words at k ("Twenty", "two hundred and
** fifty", "a dozen"). Returns the number of tokens used, 0 if none. */
static long read_spelled(const NumberWin *w, long k, double *value) {
  double total = 0, group = 0, v;
  long used = 0;
  bool any = false;
  for (; used < 8; used++) {
    const NumberTok *t = number_win_at(w, k + used);
    if (t == NULL || t->kind != NUMTOK_WORD) break;
    bool is_article = !any && (win_is(w, k + used, FW_A) || win_is(w, k + used, FW_AN));
    bool is_and = any && win_is(w, k + used, FW_AND) && fmod(group, 100) == 0 && group > 0;
    if (is_article || is_and) {
      if (!win_cardinal(w, k + used + 1, &v)) break;
      if (is_article && v < 12) break; /* "a dozen", "a hundred"; not "a one" */
      continue;
    }
    if (!win_cardinal(w, k + used, &v)) break;
    if (v == 100 || v == 12) group = (group > 0 ? group : 1) * v;
    else if (v >= 1000) total += (group > 0 ? group : 1) * v, group = 0;
    else group += v;
    any = true;
  }
  while (used > 0 && !any) used--;
  if (!any) return 0;
  /* never end on a dangling "and" */
  if (win_is(w, k + used - 1, FW_AND)) used--;
  *value = total + group;
  return used;
}

/* Reads the core of a figure at the current token: a currency sign and
** digits, spelled-out words, or a vague plural. Returns false when no figure
** starts here. */
static bool read_core(const NumberWin *w, Cand *c) {
  const NumberTok *t = number_win_at(w, 0);
  long k = 0;
  if (win_is(w, 0, FW_US) && number_win_punct(w, 1, "$") && !number_win_at(w, 1)->space_before)
    c->currency = "USD", k = 1;
  for (size_t i = 0; t->kind == NUMTOK_PUNCT && c->currency == NULL && i < COUNT(currency_signs); i++)
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

/* "half a million children": "half" before "a <scale>" halves the value,
** and the figure starts at "half". */
static void read_half(const NumberWin *w, Cand *c) {
  bool is_article = win_is(w, 0, FW_A) || win_is(w, 0, FW_AN);
  if (!c->is_spelled || c->first != 0 || !is_article || !number_win_is(w, -1, "half")) return;
  c->value /= 2;
  c->first = -1;
  c->start = number_win_at(w, -1)->start;
}

/* "several hundred million pounds": a spelled scale after "several", "few"
** or "many" is a vague amount; the figure then starts at that word. */
static void read_vague_scale(const NumberWin *w, Cand *c) {
  bool is_vague_word = win_is(w, -1, FW_SEVERAL) || win_is(w, -1, FW_FEW) ||
                       win_is(w, -1, FW_MANY);
  if (!c->is_spelled || c->first != 0 || !is_vague_word) return;
  if (!(number_win_flags(w, 0) & LEX_CARDINAL) || number_win_value(w, 0) < 100) return;
  c->first = -1;
  c->start = number_win_at(w, -1)->start;
  c->has_value = false;
}

/* Reads "hundreds of", "tens of thousands of", ... at the current token.
** The noun after the last "of" is read later as the unit. */
static bool read_vague(const NumberWin *w, Cand *c) {
  long k = 0;
  while (k < 6 && (number_win_flags(w, k) & LEX_VAGUE) && win_is(w, k + 1, FW_OF))
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
  const NumberTok *t = number_win_at(w, c->next);
  if (t == NULL || t->kind != NUMTOK_WORD || c->is_spelled) return true;
  if (!t->space_before) {
    /* "100m" and "10K" without money or a counted noun are metres and
    ** kilometres, not millions and thousands */
    bool is_length = (win_is(w, c->next, FW_M) || win_is(w, c->next, FW_K)) &&
                     c->currency == NULL && !followed_by_plural_noun(w, c->next);
    if ((t->flags & LEX_SCALE) && !is_length) {
      c->value *= number_win_value(w, c->next), c->has_scale = true;
      c->end = t->end, c->next++;
      return true;
    }
    bool is_upper_letter = t->end - t->start == 1 && t->is_cap; /* "3G", "3D": names */
    bool is_k = win_is(w, c->next, FW_K);
    if (!is_k && (!(t->flags & LEX_MEASURE) || is_upper_letter)) return false;
    c->unit = (Range){t->start, t->end};
    c->end = t->end, c->next++;
    return true;
  }
  if ((t->flags & LEX_CARDINAL) && number_win_value(w, c->next) >= 100) {
    c->value *= number_win_value(w, c->next), c->has_scale = true;
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
  const NumberTok *after = number_win_at(w, k + 1);
  bool is_sign = t->kind == NUMTOK_PUNCT && after != NULL && after->kind == NUMTOK_NUM && !after->space_before &&
                 is_currency_at(w->text, t->start, t->end);
  if (is_sign) {
    long used = read_high(w, k + 1, high, scale);
    return used > 0 ? used + 1 : 0;
  }
  if (t->kind != NUMTOK_NUM) return read_spelled(w, k, high);
  if (number_win_is_year(w, k) || !parse_digits(w, k, high)) return 0;
  const NumberTok *next = number_win_at(w, k + 1);
  if (next == NULL || next->kind != NUMTOK_WORD) return 1;
  bool is_glued_scale = !next->space_before && (next->flags & LEX_SCALE);         /* "4.35bn" */
  bool is_word_scale = next->space_before && (next->flags & LEX_CARDINAL) &&
                       number_win_value(w, k + 1) >= 1000;                         /* "2 million" */
  if (!is_glued_scale && !is_word_scale) return 1;
  *scale = number_win_value(w, k + 1);
  *high *= *scale;
  return 2;
}

/* Reads the upper end of a range: "10-15", "10 to 15", "between 10 and 15".
** "from 10 to 15" is a change, not a range. A dashed pair whose second number
** is not larger ("2-1") is a score: returns false so the figure is dropped. */
static bool read_range(const NumberWin *w, Cand *c) {
  bool is_dash = number_win_punct(w, c->next, "-") || number_win_punct(w, c->next, "\xE2\x80\x93");
  bool is_change = (number_win_flags(w, c->first - 1) & LEX_CHANGE) != 0;
  bool is_to = win_is(w, c->next, FW_TO) && !is_change;
  bool is_and = win_is(w, c->next, FW_AND) && win_is(w, c->first - 1, FW_BETWEEN);
  if (!is_dash && !is_to && !is_and) return true;
  double high, scale;
  const NumberTok *after = number_win_at(w, c->next + 1);
  bool high_is_money = after != NULL && after->kind == NUMTOK_PUNCT && is_currency_at(w->text, after->start, after->end);
  if (high_is_money && c->currency == NULL) return true; /* "up 4.3% to £1.97bn": two figures */
  long used = read_high(w, c->next + 1, &high, &scale);
  if (used == 0) return true;
  if (is_dash && !(high > c->value && c->value > 0)) return false;
  if (!c->has_scale && scale > 1 && c->value * scale <= high) c->value *= scale;
  if (high <= c->value) return true;
  c->high = high;
  c->approx = NUM_RANGE;
  c->is_dash_range = is_dash;
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
  if (number_win_at(w, c->next) == NULL) return;
  if (number_win_punct(w, c->next, "%")) {
    c->is_percent = true, c->next++;
  } else if (number_win_is(w, c->next, "percent") || number_win_is(w, c->next, "pc")) {
    c->is_percent = true, c->next++;
  } else if (win_is(w, c->next, FW_PER) && number_win_is(w, c->next + 1, "cent")) {
    c->is_percent = true, c->next += 2;
  } else if (number_win_flags(w, c->next) & LEX_CURRENCY) {
    c->currency = currency_codes[(int)number_win_value(w, c->next)];
    c->next++;
  }
  c->end = number_win_at(w, c->next - 1)->end;
}

/* True when word token t ends like an adverb or a verb form ("-ly",
** "-ed", "-ing"): no counted noun. */
static bool ends_like_verb(const char *s, const NumberTok *t) {
  return word_ends_with(s, t, "ly") || word_ends_with(s, t, "ed") || word_ends_with(s, t, "ing");
}

/* The word token at k when it can be the nth word (from 0) of a
** counted-noun phrase, else NULL. */
static const NumberTok *unit_word_at(const NumberWin *w, long k, long nth) {
  const NumberTok *t = word_tok(w, k);
  if (t == NULL || (t->flags & LEX_STOP)) return NULL;
  if (nth > 0 && (!t->space_before || ends_like_verb(w->text, t))) return NULL;
  return t;
}

/* The denominator of a fraction word ("thirds" -> 3), or 0. */
static int fraction_of(const char *word) {
  static const char *const words[] = {"fifth", "fifths", "half", "halves", "quarter",
                                      "quarters", "tenth", "tenths", "third", "thirds"};
  static const int denominators[] = {5, 5, 2, 2, 4, 4, 10, 10, 3, 3};
  long i = number_table_find(word, words, COUNT(words));
  return i < 0 ? 0 : denominators[i];
}

/* The denominator of the fraction word at k ("thirds" -> 3), or 0. Only a
** word of 4..8 bytes starting f, h, q or t (as every fraction word does)
** is copied and looked up. */
static int fraction_at(const NumberWin *w, long k) {
  const NumberTok *t = word_tok(w, k);
  if (t == NULL || t->base_end - t->start < 4 || t->base_end - t->start > 8) return 0;
  char c0 = lower_ascii(w->text[t->start]);
  if (c0 != 'f' && c0 != 'h' && c0 != 'q' && c0 != 't') return 0;
  char word[UNIT_WORD_MAX + 1];
  return number_win_word(w, k, word, sizeof word, NULL) > 0 ? fraction_of(word) : 0;
}

/* Turns "two thirds" into the value 2/3 with no counted noun. */
static void apply_fraction(const NumberWin *w, Cand *c) {
  if (range_is_empty(c->unit)) return;
  int denominator = fraction_at(w, c->next - 1);
  if (denominator == 0) return;
  c->value /= denominator;
  c->high /= denominator;
  c->unit = (Range){0, 0};
  c->is_fraction = true;
}

/* Reads the counted noun after the figure: up to three words, ending at the
** first plural ("80 Syrian troops", "1,000 opposition fighters"), else the
** first word ("5 km"). For "hundreds of" the noun is required. Sets c->unit to
** the head noun and extends c->end over the phrase. */
static void read_unit(const NumberWin *w, Cand *c) {
  long head = -1;
  bool is_plural = false;
  for (long j = 0; j < 3; j++) {
    const NumberTok *t = unit_word_at(w, c->next + j, j);
    if (t == NULL) break;
    if (j == 0 && date_win_month(w, c->next) > 0) break;
    head = j;
    is_plural = (t->flags & LEX_PLURAL) || word_is_plural(w->text, t);
    if (is_plural) break;
  }
  if (head < 0) return;
  if (!is_plural) {
    /* one thing ("one key point"), or a measure ("5 km"); not "top 10
    ** include", "plus 3 compared" */
    if (c->value != 1) head = 0;
    const NumberTok *t = number_win_at(w, c->next); /* a word: unit_word_at took it */
    bool is_measure = (t->flags & LEX_MEASURE) != 0;
    bool is_cap = t->is_cap; /* kept so unit_is_name sees "50 Cent" */
    if (c->value != 1 && !is_measure && fraction_at(w, c->next) == 0 && !is_cap) return;
    if (ends_like_verb(w->text, t)) return;
  }
  const NumberTok *t = number_win_at(w, c->next + head);
  c->unit = (Range){t->start, t->base_end};
  c->end = t->base_end;
  c->next += head + 1;
}

/* Looks before the figure for a hedge ("more than", "about") and records it. */
static void read_qualifier(const NumberWin *w, Cand *c) {
  if (!(number_win_flags(w, c->first - 1) & LEX_HEDGE_END)) return;
  for (size_t i = 0; i < COUNT(qualifiers); i++) {
    long n = qualifiers[i].n;
    bool match = true; /* from the last word, which rules most rows out */
    for (long j = n - 1; j >= 0 && match; j--) match = number_win_is(w, c->first - n + j, qualifiers[i].words[j]);
    if (!match) continue;
    c->approx = qualifiers[i].approx;
    c->qualifier = (Range){number_win_at(w, c->first - n)->start, number_win_at(w, c->first - 1)->end};
    return;
  }
}

/* ==== what only looks like a figure ========================================= */

/* The byte of the one-byte punctuation token at k, '\0' for any other
** token or none. */
static char ascii_punct_at(const NumberWin *w, long k) {
  const NumberTok *t = number_win_at(w, k);
  return t != NULL && t->kind == NUMTOK_PUNCT && t->end - t->start == 1 ? w->text[t->start] : '\0';
}

/* A set of ASCII marks below '@' as a bit mask (bit c for mark c), so that
** a membership test is a shift, not a strchr call. */
#define MARK(c) (UINT64_C(1) << (c))

/* True when c is one of the marks (c == '\0' is none). */
static bool is_mark_in(char c, uint64_t marks) { return (unsigned char)c < 64 && (marks >> c & 1); }

/* True when the digits at k are glued to punctuation that makes them part of
** a time, a date, a ratio, a compound modifier or a code: "10:30", "24/7",
** "21-year-old", "#5", the "1" of a dropped score "2-1". The marks are
** tested as bits of a mask: looping number_win_punct over tables of
** strings cost a strlen and a memcmp call per mark (~2M Ir on bbc-news).
** Inlined in both its callers: as a call (gcc's choice once it had two)
** the figures stage ran ~1.5% slower. */
static inline __attribute__((always_inline)) bool digits_glued(const NumberWin *w, long k) {
  static const char en_dash[] = "\xE2\x80\x93";
  const uint64_t before = MARK('#') | MARK('+') | MARK('-') | MARK('.') | MARK('/') | MARK(':') | MARK('=');
  const NumberTok *t = number_win_at(w, k), *next = number_win_at(w, k + 1);
  if (!t->space_before && (is_mark_in(ascii_punct_at(w, k - 1), before) || number_win_punct(w, k - 1, en_dash)))
    return true;
  if (next == NULL || next->space_before) return false;
  char after = ascii_punct_at(w, k + 1);
  bool is_range_dash = after == '-' || number_win_punct(w, k + 1, en_dash);
  if (!is_range_dash && !is_mark_in(after, MARK('/') | MARK(':') | MARK('+') | MARK('='))) return false;
  const NumberTok *then = number_win_at(w, k + 2);
  return then != NULL && !(is_range_dash && then->kind == NUMTOK_NUM);
}

/* True when the digits at k are part of a date or a time: "October 7",
** "Oct. 4", "7 October", "in 2014", "10 a.m.". */
static bool digits_in_date_or_time(const NumberWin *w, const Cand *c, long k) {
  if (date_win_month(w, k - 1) > 0 || date_win_month(w, k + 1) > 0) return true;
  if (number_win_punct(w, k - 1, ".") && date_win_month(w, k - 2) > 0) return true;
  if (c->currency == NULL && number_win_is_year(w, k)) return true;
  bool is_span = win_is(w, k + 1, FW_TO) || win_is(w, k + 1, FW_AND) ||
                 number_win_punct(w, k + 1, "-") || number_win_punct(w, k + 1, "\xE2\x80\x93");
  const NumberTok *then = number_win_at(w, k + 2);
  if (is_span && then != NULL && then->kind == NUMTOK_NUM && date_win_month(w, k + 3) > 0)
    return true; /* "from 6 to 9 January" */
  bool after_span = win_is(w, k - 1, FW_TO) || win_is(w, k - 1, FW_AND) ||
                    number_win_punct(w, k - 1, "-") || number_win_punct(w, k - 1, "\xE2\x80\x93");
  const NumberTok *before = number_win_at(w, k - 2);
  if (after_span && before != NULL && before->kind == NUMTOK_NUM && date_win_month(w, k - 3) > 0)
    return true; /* "February 16 and 17" */
  return (number_win_flags(w, k + 1) & LEX_CLOCK) != 0;
}

/* True when the digits at k number a list item: "2)" without "(", "2.)",
** or "1." at the start of a block or after a bullet. */
static bool is_list_marker(const NumberWin *w, long k) {
  const NumberTok *prev = number_win_at(w, k - 1), *next = number_win_at(w, k + 1);
  if (next == NULL || next->space_before) return false;
  if (number_win_punct(w, k + 1, ")")) return !number_win_punct(w, k - 1, "(");
  bool after_bullet = prev == NULL || (prev->kind == NUMTOK_PUNCT && !number_win_punct(w, k - 1, "(") &&
                                       !number_win_punct(w, k - 1, ",") && !number_win_punct(w, k - 1, "."));
  bool is_dot = number_win_punct(w, k + 1, ".");
  const NumberTok *then = number_win_at(w, k + 2);
  if (is_dot && then != NULL && !then->space_before && number_win_punct(w, k + 2, ")")) return true; /* "2.)" */
  long v = number_win_int(w, k);
  bool opens_item = then != NULL && then->kind == NUMTOK_WORD && then->is_cap; /* not "Attendance: 9,033." */
  return is_dot && after_bullet && opens_item && v >= 0 && v < 100;
}

/* True when bare digits at k (no counted noun, hedge, currency or percent)
** belong to a name or label ("Route 6", "Windows 7", "version 1.0", "No 1")
** or refer back ("the 10 had agreed"). */
static bool digits_in_name(const NumberWin *w, const Cand *c, long k) {
  static const char *const labels[] = {"chapter", "episode", "flight", "gate",    "level",
                                       "page",    "phase",   "platform", "room",   "route",
                                       "section", "stage",   "version"};
  char word[32];
  if (!range_is_empty(c->unit) || !range_is_empty(c->qualifier) || c->currency != NULL) return false;
  if (c->is_percent) return false;
  if (number_win_word(w, k - 1, word, sizeof word, NULL) > 0 && number_table_find(word, labels, COUNT(labels)) >= 0)
    return true; /* "version 1.0", "page 3" */
  if (win_is(w, k - 1, FW_THE)) return true; /* "the 10 had agreed": a back reference */
  if (is_list_marker(w, k)) return true;
  bool is_page = number_win_punct(w, k - 1, ".") && (number_win_is(w, k - 2, "p") || number_win_is(w, k - 2, "pp"));
  if (is_page) return true; /* "p. 55" */
  const NumberTok *prev = number_win_at(w, k - 1);
  if (prev == NULL || prev->kind != NUMTOK_WORD || !prev->is_cap) return false;
  return !(prev->flags & LEX_STOP) || win_is(w, k - 1, FW_NO); /* "No 1" */
}

/* True when the counted noun makes the figure part of a name: a capitalized
** singular ("50 Cent") or a spelled number in title case ("Six Nations"). */
static bool unit_is_name(const NumberWin *w, const Cand *c) {
  if (range_is_empty(c->unit) || c->is_vague) return false;
  const NumberTok *head = number_win_at(w, c->next - 1), *first = number_win_at(w, c->first);
  if (head == NULL || !head->is_cap || !head->space_before) return false; /* not "10K" */
  bool is_plural = (head->flags & LEX_PLURAL) || word_is_plural(w->text, word_tok(w, c->next - 1));
  return !is_plural || (c->is_spelled && first->is_cap);
}

/* Decides whether a candidate is a figure an analyst would compare. */
static bool is_figure(const NumberWin *w, const Cand *c) {
  if (!range_is_empty(c->unit) && !c->is_percent) {
    long unit_at = c->next - 1;
    if (date_win_is_time_unit(w, unit_at)) return false; /* a duration: date.c */
  }
  if (unit_is_name(w, c) || number_win_is(w, c->first - 1, "number")) return false; /* "number one" */
  bool is_bare = range_is_empty(c->unit) && !c->is_percent && c->currency == NULL;
  if (c->is_dash_range && is_bare) return false; /* "6-3 3-6", "3-8 May" */
  if (c->is_vague) return !range_is_empty(c->unit);
  if (c->digits_at >= 0) {
    long k = c->digits_at;
    return !digits_glued(w, k) && !digits_in_date_or_time(w, c, k) && !digits_in_name(w, c, k);
  }
  /* spelled out: needs a counted noun, a scale or a percent sign, and is no
  ** back reference ("the two sides") */
  bool has_anchor = !range_is_empty(c->unit) || c->is_percent || c->currency != NULL ||
                    c->value >= 1000 || c->is_fraction;
  bool is_definite = (number_win_flags(w, c->first - 1) & LEX_DEFINITE) != 0;
  /* a spelled "one" is mostly a pronoun or an idiom ("one side", "one half
  ** of the duo"); as a count it rarely matters to an analyst */
  bool is_lone_one = c->value == 1 && c->approx != NUM_RANGE && !c->is_percent && c->currency == NULL;
  if (is_lone_one) return false;
  return has_anchor && !is_definite;
}

/* ==== the scan ============================================================== */

/* The tokens a figure may start at besides the anchors, which number_scan
** visits anyway (digits, currency signs): a word that can open a figure.
** Admitting all punctuation to reach the signs visited ~11K other marks on
** bbc-news (30% of the visits) only for may_start_figure to drop them. */
static const NumberStarts figure_starts = {LEX_CARDINAL | LEX_VAGUE | LEX_NUM_START, 1u << NUMTOK_NUM};

/* A cheap test on the current token: what number_scan visits with
** figure_starts (digits, a currency sign, a word that can open a figure),
** tested again here so that a scan with NUMBER_STARTS_ALL finds the same. */
static bool may_start_figure(const NumberWin *w) { return may_visit(number_win_at(w, 0), figure_starts, 0); }

/* True when the token after the current one (absent: true) can carry a
** figure no further: no percent, currency or scale word, and no range
** ("-", "to", "and"). Then read_figure ends the figure at the current
** token (c->next == 1) with no currency, whatever else it reads. */
static bool next_ends_bare(const NumberWin *w) {
  const NumberTok *t = number_win_at(w, 1);
  if (t == NULL) return true;
  if (t->kind == NUMTOK_PUNCT) return t->end - t->start == 1 && !is_mark_in(w->text[t->start], MARK('%') | MARK('-'));
  if (t->flags & (LEX_CURRENCY | LEX_CARDINAL)) return false;
  bool is_joiner = win_is(w, 1, FW_TO) || win_is(w, 1, FW_AND) || win_is(w, 1, FW_PER);
  return !is_joiner && !number_win_is(w, 1, "percent") && !number_win_is(w, 1, "pc");
}

/* True when the digits at the current token are sure to be dropped by
** is_figure: glued to a time's, a ratio's or a code's punctuation
** ("10:30", "24/7", "#5"; digits_glued reads only the tokens around them,
** and read_core puts a figure at digits the window starts at there), or
** as a date: a month next to them ("7 October", "October 7"), or a year
** that nothing after turns into money ("in 2014."). The glued ones were
** ~1,400 of bbc-news's ~25K visits, each read in full for nothing. */
static bool digits_surely_none(const NumberWin *w) {
  if (digits_glued(w, 0)) return true;
  if (date_win_month(w, -1) > 0 || date_win_month(w, 1) > 0) return true;
  return number_win_is_year(w, 0) && next_ends_bare(w);
}

/* True when the word at the current token is sure to read as no figure:
** "a", "an" or "us" with no cardinal after ("a dozen", "US$5" are read);
** a cardinal (not a vague plural) after a definite word ("the two
** sides", "its five"): is_figure drops a spelled figure after one, and
** only "half a" or "several hundred" would move its start; or a cardinal
** of the lexicon under 1,000 before a function word or a mark ("one of",
** "number two,", "six."): nothing after it makes it a range, a percent,
** money, a counted noun or (with one) a fraction, and is_figure wants one
** of those or a value of 1,000 or more. On bbc-news these are ~2,000 of
** the ~3,100 visits at spelled words that read no figure. */
static bool word_surely_none(const NumberWin *w, const NumberTok *t) {
  const NumberTok *next = number_win_at(w, 1);
  bool next_is_punct = next != NULL && next->kind == NUMTOK_PUNCT;
  uint64_t next_flags = next != NULL ? next->flags : 0;
  if (!(t->flags & (LEX_CARDINAL | LEX_VAGUE))) return !(next_flags & LEX_CARDINAL) && !next_is_punct;
  if (t->flags & LEX_VAGUE) return false;
  if (number_win_flags(w, -1) & LEX_DEFINITE) return true;
  bool is_small = t->lex >= 0 && lexicon[t->lex].value < 1000;
  bool ends_word = next == NULL || next->kind != NUMTOK_WORD || (next_flags & LEX_STOP);
  return is_small && ends_word && next_ends_bare(w);
}

/* The visits read_figure rules out before reading (about a fifth of them
** on bbc-news), each sure to find no figure: the full reading and is_figure
** cost ~1,000 instructions and ~20 mispredicted branches a visit. */
static bool surely_no_figure(const NumberWin *w) {
  const NumberTok *t = number_win_at(w, 0);
  if (t->kind == NUMTOK_NUM) return digits_surely_none(w);
  return t->kind == NUMTOK_WORD && word_surely_none(w, t);
}

/* Empties *c for a new reading: field by field, since gcc zeroed the
** whole struct (a compound literal or a copy of a constant alike) with
** "rep stos", whose startup costs a visit ~30 cycles and, in callgrind's
** model, a mispredicted branch. */
static void cand_clear(Cand *c) {
  c->first = c->next = 0;
  c->digits_at = -1;
  c->start = c->end = 0;
  c->value = c->high = 0;
  c->has_value = c->is_percent = c->is_spelled = c->is_vague = c->has_scale = false;
  c->is_dash_range = c->is_fraction = false;
  c->approx = NUM_EXACT;
  c->qualifier = c->unit = (Range){0, 0};
  c->currency = NULL;
}

/* Reads the whole figure at the window's current token into *c; false when
** none starts here. With has_shortcuts, rules out the visits
** surely_no_figure knows first. */
static bool read_figure(const NumberWin *w, Cand *c, bool has_shortcuts) {
  if (!may_start_figure(w)) return false;
  if (has_shortcuts && surely_no_figure(w)) return false;
  cand_clear(c);
  if (!read_vague(w, c)) {
    if (!read_core(w, c) || !read_scale(w, c)) return false;
    read_vague_scale(w, c);
    read_half(w, c);
    read_percent_or_money(w, c);
    read_qualifier(w, c);
    if (!read_range(w, c)) return false;
    if (c->approx == NUM_RANGE && (!c->is_percent || number_win_punct(w, c->next, "%")))
      read_percent_or_money(w, c); /* "10-15%", "8%-10%" */
  }
  if (!c->is_percent && c->currency == NULL && range_is_empty(c->unit)) read_unit(w, c);
  apply_fraction(w, c);
  return is_figure(w, c);
}

/* What the figure visitor needs: where to append, and whether read_figure
** may take its shortcuts (not under a filter that admits every token: the
** slow path test_number.c holds the shortcuts to). */
typedef struct {
  Article *a;
  bool has_shortcuts;
} FigureScan;

/* number_scan visitor: reads a figure at the current token and appends it
** to the Article passed as ctx. Returns tokens used, 0, or -1 when out of
** memory. */
static long visit_figure(NumberWin *w, void *ctx) {
  const FigureScan *scan = ctx;
  Article *a = scan->a;
  Cand c;
  if (!read_figure(w, &c, scan->has_shortcuts)) return 0;
  Number num = {.r = {c.start, c.end}, .value = c.value, .value_high = c.value,
                .has_value = c.has_value, .is_percent = c.is_percent, .approx = c.approx,
                .qualifier = c.qualifier, .unit = c.unit};
  if (c.approx == NUM_RANGE) num.value_high = c.high;
  if (c.currency != NULL) memcpy(num.currency, c.currency, 4);
  return vec_push(&a->numbers, num) ? c.next : -1;
}

/* Words a figure may start before its anchor: "as many as 80" needs three for
** the hedge and one more for "between"/"from"/"the". */
enum { FIGURE_BACK_CHUNKS = 5 };

LedeStatus numbers_in_with(Article *a, const NumberToks *toks, NumberStarts starts) {
  pthread_once(&figure_words_once, figure_words_build);
  bool admits_all = starts.flags == NUMBER_STARTS_ALL.flags && starts.kinds == NUMBER_STARTS_ALL.kinds;
  FigureScan scan = {a, !admits_all};
  return number_scan(toks, LEX_ANCHOR_NUM, FIGURE_BACK_CHUNKS, starts, visit_figure, &scan) ? LEDE_OK : LEDE_ENOMEM;
}

LedeStatus numbers_in(Article *a, const NumberToks *toks, void *unused) {
  (void)unused;
  return numbers_in_with(a, toks, figure_starts);
}

LedeStatus numbers_find(Article *a, Err *err) {
  if (number_each_stretch(a, NULL, numbers_in, NULL) != LEDE_OK)
    return err_set(err, LEDE_ENOMEM, "numbers: out of memory");
  return LEDE_OK;
}

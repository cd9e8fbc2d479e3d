/*
** number.h — finds the figures of an article's body ("275,000 people", "more
** than 250,000 civilians", "$1.2 billion", "hundreds of civilians") and fills
** Article.numbers. It also exports the scanner date.c shares: number_scan
** visits a token window around each anchor of a stretch lexed once by
** number_lex, whose words carry LEX_* classes from one lexicon; the pipeline
** lexes each body block once for both stages (number_each_stretch), and the
** same lexing hands the tokenizer's tokens over (NumberToks.tokens), calling
** tokens_scan only on chunks it cannot take as they are. Neither stage
** depends on the tokenizer stage, and both run in linear time.
*/
#ifndef LEDE_NUMBER_H
#define LEDE_NUMBER_H

#include <stdint.h>
#include <string.h>

#include "article.h"

/* Finds the numbers of every BLOCK_BODY block of a and appends them to
** a->numbers in text order. Returns LEDE_OK, or LEDE_ENOMEM (err filled; the
** numbers found so far stay in a->numbers, owned by a). */
LedeStatus numbers_find(Article *a, Err *err);

/* The value of a spelled-out cardinal word ("six" -> 6, "Twenty" -> 20,
** "twenty-five" -> 25, "dozen" -> 12), case-insensitively; false if word is
** not one. Scale words (hundred, thousand, million...) are included. */
bool number_word_value(Span word, double *value);

/* Word i of the lexicon (lower case), or NULL past the last one: for
** wordtab.c, which indexes it with the wordlists.h words. */
const char *number_lexicon_word(size_t i);

/* The LEX_* classes of word i of the lexicon (i below the count that
** number_lexicon_word gives), which wordtab.c stores with the word. */
uint64_t number_lexicon_flags(size_t i);

/* ---- the scanner shared with date.c --------------------------------------- */

typedef enum { NUMTOK_WORD, NUMTOK_NUM, NUMTOK_PUNCT } NumberTokKind;

/* Classes of the words both stages know (one lexicon in number.c, looked up
** once per word as it is lexed). A word may be in several classes; at most
** one of them gives it a value (number_win_value). */
#define LEX_STOP         (UINT64_C(1) << 0) /* function word: no counted noun ("of", "were") */
#define LEX_CARDINAL     (UINT64_C(1) << 1) /* spelled-out number; value: the number */
#define LEX_MONTH        (UINT64_C(1) << 2) /* value: 1..12 */
#define LEX_MONTH_ABBR   (UINT64_C(1) << 3) /* "Oct", "Sept"; value: 1..12 */
#define LEX_WEEKDAY      (UINT64_C(1) << 4) /* value: ISO 1 (Monday) .. 7 */
#define LEX_TIME_UNIT    (UINT64_C(1) << 5) /* "day", "years"; value: a DateUnit */
#define LEX_PLURAL       (UINT64_C(1) << 6) /* plural though not ending in "s" ("people"), or a plural time unit */
#define LEX_CLOCK        (UINT64_C(1) << 7) /* marks a time of day: "a.m", "GMT" */
#define LEX_DEFINITE     (UINT64_C(1) << 8) /* "the", "their": a back reference before a spelled number */
#define LEX_VAGUE        (UINT64_C(1) << 9) /* "hundreds", "dozens" (of ...) */
#define LEX_CHANGE       (UINT64_C(1) << 10) /* "rose", "from": "X to Y" after it is a change, not a range */
#define LEX_MONTH_PREP   (UINT64_C(1) << 11) /* "in", "since": makes "May"/"March" months */
#define LEX_FUTURE_PREP  (UINT64_C(1) << 12) /* "by", "until": the date lies ahead */
#define LEX_RATE         (UINT64_C(1) << 13) /* "twice", "per": "a day" after it is a rate */
#define LEX_SCALE        (UINT64_C(1) << 14) /* suffix glued to digits: "m", "bn"; value: the factor */
#define LEX_MEASURE      (UINT64_C(1) << 15) /* unit glued to digits: "km", "kg" */
#define LEX_CURRENCY     (UINT64_C(1) << 16) /* "dollars"; value: index of its ISO code */
#define LEX_ORDINAL      (UINT64_C(1) << 17) /* "st", "th" glued to digits */
#define LEX_NUM_START    (UINT64_C(1) << 18) /* can open a figure ("a dozen", "US$") */
#define LEX_HEDGE        (UINT64_C(1) << 19) /* can open a hedged span ("nearly", "more") */
#define LEX_COUNT        (UINT64_C(1) << 20) /* counts time units ("a", "few", "several") */
#define LEX_DIR          (UINT64_C(1) << 21) /* "this", "last", "next" */
#define LEX_LEAD         (UINT64_C(1) << 22) /* "early", "earlier", "late", "later" */
#define LEX_SPAN         (UINT64_C(1) << 23) /* opens a span ("the", "past", "recent", "for") */
#define LEX_NAMED_DAY    (UINT64_C(1) << 24) /* "today", "yesterday", "Christmas" */
#define LEX_MID          (UINT64_C(1) << 25) /* "mid", and any word "mid-..." */
#define LEX_ANCHOR_NUM   (UINT64_C(1) << 26) /* every figure holds digits, a currency sign or one of these */
#define LEX_ANCHOR_DATE  (UINT64_C(1) << 27) /* every date holds digits or one of these ("week", "Friday") */
#define LEX_HEDGE_END    (UINT64_C(1) << 28) /* ends a hedge before a figure ("than", "about", "as") */
#define LEX_PAST         (UINT64_C(1) << 29) /* marks the past ("was", "took") */
#define LEX_FUTURE       (UINT64_C(1) << 30) /* marks the future ("will", "shall") */
#define LEX_TO_VERB      (UINT64_C(1) << 31) /* "is", "due", "set": with "to" after, the future */
#define LEX_BE           (UINT64_C(1) << 32) /* a form of "be" ("is planned": a passive) */

/* One token: a word (letters, digits after the first letter, inner hyphens
** and apostrophes: "Ki-moon", "S-300", "Friday's", "a.m"), a run of digits
** with inner separators ("275,000", "1.5"), or one punctuation code point. */
typedef struct {
  size_t start, end;   /* byte range in the text */
  size_t base_end;     /* end of a word without a possessive "'s"; end otherwise */
  uint64_t flags;      /* LEX_* classes of a known word; 0 otherwise */
  int lex;             /* index of the word in the lexicon, or -1 */
  unsigned wl_kinds;   /* wl_kinds (wordlists.h) of a plain word; 0 for other
                       ** plain tokens, NUMTOK_WL_UNKNOWN for the rest */
  uint8_t kind;        /* a NumberTokKind */
  bool space_before;   /* white space (incl. U+00A0) or the stretch start precedes */
  bool is_cap;         /* a word that begins with an upper-case letter */
  bool is_plain;       /* every token of its chunk (run of tokens without
                       ** space between) is a word of ASCII letters ended by
                       ** neither a digit, - nor ', nor a "." after one
                       ** letter, or printable ASCII punctuation: other lexers
                       ** agree with number_lex on such chunks */
  /* where the token's first anchor byte lies, from its start, for
  ** LEX_ANCHOR_NUM ([0]) and LEX_ANCHOR_DATE ([1]); NUMTOK_NO_ANCHOR if none */
  uint16_t anchor_off[2];
} NumberTok;

#define NUMTOK_NO_ANCHOR UINT16_MAX
#define NUMTOK_WL_UNKNOWN 0x80000000u

/* The tokens of one stretch of a body block (the whole block, or a piece of
** an overlong one), lexed once by number_lex and then read by the number
** and date scans alike. Owns its arrays; free with number_toks_free. */
typedef VEC(size_t) NumberAnchors;
typedef struct {
  NumberTok *items;
  size_t len, cap;
  const char *text;
  Range r;                  /* the stretch lexed */
  NumberAnchors anchors[2]; /* indices of the tokens with an anchor_off[k] */
  TokenVec *tokens;         /* when not NULL, number_lex appends the stretch's
                            ** tokens here as tokens_scan makes them (not
                            ** owned; the caller sets it) */
} NumberToks;

/* Replaces out's tokens with those of text[r], each word classified against
** the lexicon and every token's anchors noted; appends tokens_scan's tokens
** of text[r] to out->tokens when it is set, taking over the plain chunks
** and the common ones that are not (joined words, curly quotes and dashes,
** currency signs, figures) and scanning only the rest. False when memory
** runs out. Linear in r's length. Free out with number_toks_free. */
bool number_lex(const char *text, Range r, NumberToks *out);

/* Releases what number_lex put in *t and leaves it empty. */
void number_toks_free(NumberToks *t);

/* A body block longer than NUMBER_STRETCH_CUT bytes is lexed in stretches
** of at most NUMBER_STRETCH_MAX: for buffers sized once per stretch. */
enum { NUMBER_STRETCH_CUT = 65536, NUMBER_STRETCH_MAX = NUMBER_STRETCH_CUT + 4096 };

/* Lexes every BLOCK_BODY block of a (blocks longer than NUMBER_STRETCH_CUT
** in pieces cut after a sentence or at white space) into one reused
** NumberToks and calls fn(a, toks, ctx) on each. When tokens is not NULL,
** the lexing also appends every body block's tokens to it as tokens_find
** makes them (NumberToks.tokens): the word pass's tokens without a second
** walk. Returns LEDE_OK, LEDE_ENOMEM when lexing ran out of memory, or the
** first status other than LEDE_OK that fn returned (which stops the
** walk). */
typedef LedeStatus (*NumberStretchFn)(Article *a, const NumberToks *toks, void *ctx);
LedeStatus number_each_stretch(Article *a, TokenVec *tokens, NumberStretchFn fn, void *ctx);

/* Appends the figures of one lexed stretch to a->numbers (numbers_find is
** number_each_stretch over this). LEDE_OK or LEDE_ENOMEM. */
LedeStatus numbers_in(Article *a, const NumberToks *toks, void *unused);

enum { NUMWIN_BEHIND = 8, NUMWIN_AHEAD = 24 };

/* A window over a stretch's tokens: the current token, up to NUMWIN_BEHIND
** tokens before it and NUMWIN_AHEAD after it, never before `first` (where
** the scan last restarted; a visitor may widen `back` to NUMWIN_BEHIND
** regardless, as every token of the stretch is lexed: date.c's
** hold_behind) nor past the stretch. number_scan moves it and
** sets `back` and `ahead` before each visit, so that number_win_at tells a
** held token with one unsigned compare. Where it goes on and where it
** restarts depends on the tokens it walked alone, not on how far a matcher
** looked ahead (it once recorded that, to mimic a lazily lexing window;
** dropping it changes nothing in the 3,160 digest files and lets a
** visitor skip a matcher without moving the window). Lives on the stack. */
typedef struct {
  const char *text;
  const NumberTok *tok; /* every token of the stretch */
  size_t n;             /* tokens in the stretch */
  size_t first;         /* first token the window holds */
  size_t cur;           /* index of the current token */
  size_t back, ahead;   /* tokens held before and after cur */
} NumberWin;

/* Called by number_scan at a token where a match may start: returns the
** number of tokens a match found there uses (0: none), or -1 to stop the scan
** (out of memory). */
typedef long (*NumberVisit)(NumberWin *w, void *ctx);

/* The tokens a visitor may match at: a word with one of the LEX_* classes
** `flags`, or a token whose NumberTokKind k has bit (1 << k) in `kinds`.
** number_scan passes over the others as if visit had returned 0 there, so
** a visitor must return 0 at them; it visits punctuation that anchors the
** scan (a currency sign, for the figures) whatever the filter. */
typedef struct {
  uint64_t flags;
  unsigned kinds;
} NumberStarts;

/* A filter that admits every token: a scan with it must find what the
** scan with a visitor's own filter finds (test_number.c checks it). */
#define NUMBER_STARTS_ALL ((NumberStarts){UINT64_MAX, ~0u})

/* numbers_in with the start filter `starts` (see NumberStarts) in place of
** the figures' own, so a test can check that filter against one that
** admits every token. */
LedeStatus numbers_in_with(Article *a, const NumberToks *toks, NumberStarts starts);

/* Visits the tokens of a lexed stretch that lie near an anchor: digits, a
** currency sign when anchor is LEX_ANCHOR_NUM, or a word with the class
** anchor; of those, only the ones in starts, and punctuation that anchors
** (a currency sign) whatever starts says. Every match must hold an anchor
** and start at most back_chunks white-space-separated chunks before it.
** Anchors are read off the tokens; the window restarts a few chunks before
** each anchor it has not reached yet, so each token is visited at most
** once and the scan is linear. Returns false when visit stopped it. */
bool number_scan(const NumberToks *toks, uint64_t anchor, int back_chunks, NumberStarts starts,
                 NumberVisit visit, void *ctx);

/* The token k places from the current one (k < 0: before it), or NULL when
** that is outside the stretch or the window: k in [-back, ahead] is one
** unsigned compare, where the old two-sided test cost a branch a call. */
static inline const NumberTok *number_win_at(const NumberWin *w, long k) {
  bool is_held = (size_t)k + w->back <= w->back + w->ahead;
  return is_held ? &w->tok[w->cur + (size_t)k] : NULL;
}

/* Copies the word at k, ASCII-lower-cased and without a possessive "'s", into
** buf (NUL-terminated) and returns its length; 0 when the token is not a word
** or does not fit in cap - 1 bytes. *base_end (if not NULL) gets the byte end
** of the word without the possessive. */
size_t number_win_word(const NumberWin *w, long k, char *buf, size_t cap, size_t *base_end);

/* The LEX_* classes of token k (0 when it is no known word or absent).
** Inline: date.c's gates read five of them for each visit. */
static inline uint64_t number_win_flags(const NumberWin *w, long k) {
  const NumberTok *t = number_win_at(w, k);
  return t != NULL ? t->flags : 0;
}

/* The lexicon value of token k's word (see the LEX_* classes), or 0. */
double number_win_value(const NumberWin *w, long k);

/* True when token k is the word lit (lower-case ASCII), ignoring case. */
static inline bool number_win_is(const NumberWin *w, long k, const char *lit) {
  const NumberTok *t = number_win_at(w, k);
  size_t n = strlen(lit); /* a literal at every call: folded by the compiler */
  if (t == NULL || t->kind != NUMTOK_WORD || t->base_end - t->start != n) return false;
  for (size_t i = 0; i < n; i++) {
    char c = w->text[t->start + i];
    if (((c >= 'A' && c <= 'Z') ? (char)(c + 32) : c) != lit[i]) return false;
  }
  return true;
}

/* True when token k is punctuation whose bytes are exactly lit. */
static inline bool number_win_punct(const NumberWin *w, long k, const char *lit) {
  const NumberTok *t = number_win_at(w, k);
  size_t n = strlen(lit);
  return t != NULL && t->kind == NUMTOK_PUNCT && t->end - t->start == n &&
         memcmp(w->text + t->start, lit, n) == 0;
}

/* Index of word in a sorted table of lower-case strings, or -1. */
long number_table_find(const char *word, const char *const *table, size_t n);

/* The integer value of a NUM token without separators or decimals
** ("2014" -> 2014), or -1. */
long number_win_int(const NumberWin *w, long k);

/* True when the NUM token at k is a year used as a date ("in 2014", "the
** 2004 crisis"), not a count: four digits 1000..2099 with no separator, no
** currency sign before and no counted noun after. Both stages use it, so a
** year is never both a number and a date. */
bool number_win_is_year(const NumberWin *w, long k);

/* number_lex without its shortcuts for the tokens that are not plain: those
** go through the general lexer, and every chunk that is not plain through
** tokens_scan. The same tokens by contract; the yardstick test_number.c
** holds number_lex to. */
bool number_lex_reference(const char *text, Range r, NumberToks *out);

/* The row of word (lower case) in the lexicon (NumberTok.lex), or -1 when
** it is none: for number_win_is_lex, looked up once per word. */
int number_lexicon_find(const char *word);

/* True when token k is the lexicon's word of row lex (>= 0): what
** number_win_is(w, k, word) tells for a word of the lexicon (any case,
** without a possessive), read off the row the lexer found with one
** compare instead of a kind test, a length test and a byte loop. */
static inline bool number_win_is_lex(const NumberWin *w, long k, int lex) {
  const NumberTok *t = number_win_at(w, k);
  return t != NULL && t->lex == lex;
}

/* Where number_scan restarts its window for the anchor byte a in token i
** of toks, `chunks` white-space-separated chunks back: the restart byte,
** with *first the window's first token. by_bytes false reads it off the
** tokens (the scan's way); true scans the bytes, the rule the tokens'
** reading must match. For the tests, which hold the two to each other. */
size_t number_restart(const NumberToks *toks, size_t i, size_t a, int chunks, bool by_bytes, size_t *first);

#endif

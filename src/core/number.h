/*
** number.h — finds the figures of an article's body ("275,000 people", "more
** than 250,000 civilians", "$1.2 billion", "hundreds of civilians") and fills
** Article.numbers. It also exports the small word scanner that date.c shares:
** a bounded window of tokens over one block, so both stages run in linear time
** without depending on the tokenizer stage.
*/
#ifndef LEDE_NUMBER_H
#define LEDE_NUMBER_H

#include "article.h"

/* Finds the numbers of every BLOCK_BODY block of a and appends them to
** a->numbers in text order. Returns LEDE_OK, or LEDE_ENOMEM (err filled; the
** numbers found so far stay in a->numbers, owned by a). */
LedeStatus numbers_find(Article *a, Err *err);

/* The value of a spelled-out cardinal word ("six" -> 6, "Twenty" -> 20,
** "twenty-five" -> 25, "dozen" -> 12), case-insensitively; false if word is
** not one. Scale words (hundred, thousand, million...) are included. */
bool number_word_value(Span word, double *value);

/* ---- the token window shared with date.c ---------------------------------- */

typedef enum { NUMTOK_WORD, NUMTOK_NUM, NUMTOK_PUNCT } NumberTokKind;

/* One token: a word (letters, digits after the first letter, inner hyphens
** and apostrophes: "Ki-moon", "S-300", "Friday's", "a.m"), a run of digits
** with inner separators ("275,000", "1.5"), or one punctuation code point. */
typedef struct {
  size_t start, end;   /* byte range in the text */
  NumberTokKind kind;
  bool space_before;   /* white space (incl. U+00A0) or the block start precedes */
  bool is_cap;         /* a word that begins with an upper-case letter */
} NumberTok;

enum { NUMWIN_CAP = 256, NUMWIN_BEHIND = 8, NUMWIN_AHEAD = 24 };

/* A sliding window over the tokens of one block: the current token, up to
** NUMWIN_BEHIND tokens before it and NUMWIN_AHEAD after it. It lives on the
** stack and allocates nothing, so a 100 MB line costs one pass. */
typedef struct {
  const char *text;
  size_t pos, end;     /* next byte to lex; end of the block */
  NumberTok tok[NUMWIN_CAP];
  size_t n;            /* tokens held */
  size_t cur;          /* index of the current token in tok */
} NumberWin;

/* Starts a window on text[block.start, block.end). */
void number_win_init(NumberWin *w, const char *text, Range block);

/* Lexes ahead as needed; false once the current token is past the block. */
bool number_win_ready(NumberWin *w);

/* Moves the current token k tokens on (k >= 1). */
void number_win_advance(NumberWin *w, size_t k);

/* The token k places from the current one (k < 0: before it), or NULL when
** that is outside the block or the window. */
const NumberTok *number_win_at(const NumberWin *w, long k);

/* Copies the word at k, ASCII-lower-cased and without a possessive "'s", into
** buf (NUL-terminated) and returns its length; 0 when the token is not a word
** or does not fit in cap - 1 bytes. *base_end (if not NULL) gets the byte end
** of the word without the possessive. */
size_t number_win_word(const NumberWin *w, long k, char *buf, size_t cap, size_t *base_end);

/* True when token k is the word lit (lower-case ASCII), ignoring case. */
bool number_win_is(const NumberWin *w, long k, const char *lit);

/* True when token k is punctuation whose bytes are exactly lit. */
bool number_win_punct(const NumberWin *w, long k, const char *lit);

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

#endif

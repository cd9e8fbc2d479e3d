/*
** token.h — splits normalized text into word, number, punctuation and symbol
** tokens with byte offsets (for search, frequencies, n-grams and the stages
** that look at words). Also the character classifier that token.c and
** sentence.c share.
**
** Token rules, in short:
**  - a WORD is a run of letters, marks and digits that starts with a letter;
**    internal hyphens and apostrophes join ("Ki-moon", "cease-fire", "S-300",
**    "don't", "O'Brien"); dotted abbreviations of single letters are one word
**    with their periods ("U.S.", "a.m.", "U.S.A.", "e.g.", also "U.S");
**  - a final "'s"/"’s" is split off as its own WORD ("Kerry" "'s", "it" "'s"),
**    as in the Penn Treebank, so names come out without the possessive;
**  - a NUMBER is digits with thousands separators and decimals ("275,000",
**    "3.5", "1,000.25"); an ordinal or decade suffix makes it a WORD ("5th",
**    "1990s"), other letters start a new token ("10" "km");
**  - PUNCT is one punctuation character, except runs of '.' or '-' ("...",
**    "--"); straight and curly quotes are PUNCT;
**  - SYMBOL is one currency, math or other symbol character, plus '%', '‰'.
** White space (including NBSP) and format characters separate tokens.
*/
#ifndef LEDE_TOKEN_H
#define LEDE_TOKEN_H

#include <stdint.h>

#include "article.h"
#include "number.h"

/* Appends the tokens of text[r.start, r.end) to *out, in order. text should
** be valid UTF-8 (as normalize_text makes it); an invalid byte becomes a
** one-byte SYMBOL. Returns LEDE_OK or LEDE_ENOMEM (*out keeps what was
** appended). Linear time; no allocation besides growing *out. */
LedeStatus tokens_scan(const char *text, Range r, TokenVec *out);

/* Replaces a->tokens with the tokens of every BLOCK_BODY block, in order.
** LEDE_ENOMEM (with err filled) when memory runs out. */
LedeStatus tokens_find(Article *a, Err *err);

/* True when the n bytes at p are an ordinal or decade suffix (st nd rd th
** s, any case): the letters that make digits before them one WORD ("5th",
** "1990s"). Shared with number_lex, which must split as tokens_scan does. */
bool text_is_number_suffix(const char *p, size_t n);

/* True when the ',' at p (before end) opens a thousands group: exactly
** three ASCII digits follow it ("275,000"; not "1,00" nor "1,0000").
** Shared with number_lex, which must split digits as tokens_scan does. */
static inline bool text_is_digit_group(const char *p, const char *end) {
  bool is_three = end - p >= 4 && p[0] == ',' && (unsigned)(p[1] - '0') < 10u && (unsigned)(p[2] - '0') < 10u &&
                  (unsigned)(p[3] - '0') < 10u;
  return is_three && (end - p == 4 || (unsigned)(p[4] - '0') >= 10u);
}

/* ---- character classes (shared with sentence.c) ------------------------- */

typedef enum {
  CHAR_SPACE,  /* white space, NBSP, other separators, control characters */
  CHAR_LETTER, /* letters, marks, letter numbers */
  CHAR_DIGIT,  /* decimal digits */
  CHAR_PUNCT,
  CHAR_SYMBOL, /* currency, math, other symbols, '%'; invalid bytes */
  CHAR_FORMAT  /* invisible format characters (soft hyphen, ZWJ) */
} CharClass;

extern const unsigned char text_ascii_class[128];

CharClass text_char_class_slow(const char *p, const char *end, size_t *len, int32_t *cp);

/* Classifies the character at p (p < end): its class, byte length *len and
** code point *cp (the byte value for an invalid byte). */
static inline CharClass text_char_class(const char *p, const char *end, size_t *len, int32_t *cp) {
  unsigned char c = (unsigned char)*p;
  if (c < 0x80) {
    *len = 1;
    *cp = c;
    return (CharClass)text_ascii_class[c];
  }
  return text_char_class_slow(p, end, len, cp);
}

bool text_is_upper_slow(int32_t cp);
bool text_is_lower_slow(int32_t cp);

/* Upper/lower case tests for any code point: ASCII inline, without a call
** (the usual case on the sentence splitter's paths), the rest through
** utf8proc categories. */
static inline bool text_is_upper(int32_t cp) { return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : text_is_upper_slow(cp); }
static inline bool text_is_lower(int32_t cp) { return cp < 0x80 ? cp >= 'a' && cp <= 'z' : text_is_lower_slow(cp); }

#endif

/*
** lsearch.c — the primitive under corpus:kwic (lua/lede/search.lua) that a
** Lua pattern cannot write: whether a hit stands as whole words. Lua's %w
** and %f know only ASCII, so a frontier never opens before "Élysée" nor
** closes after "Москва"; here a word character is what the parser's word
** scanner takes for one (lex_is_wordchar: a letter, mark or number of any
** script), and curly quotes and dashes stay punctuation. And the lower case
** kwic matches in, for every script, with byte positions kept; whether a
** term has a word the full-text index can look up (_has_word); and the
** folded text kwic sorts its lines by (_fold).
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "lbind.h"
#include "scan.h"
#include "wordlists.h"

/* Whether the character starting at s[i] (i < len) is a word character. */
static bool word_starts_at(const char *s, size_t i, size_t len) {
  int32_t cp;
  scan_decode(s, i, len, &cp);
  return lex_is_wordchar(cp);
}

/* Whether the character ending just before s[i] (0 < i <= len) is a word
** character. A sequence that does not end at i (broken UTF-8) is no word
** character. */
static bool word_ends_at(const char *s, size_t i, size_t len) {
  size_t lead = lex_prev_cp(s, i);
  int32_t cp;
  if (lead + scan_decode(s, lead, len, &cp) != i) return false;
  return lex_is_wordchar(cp);
}

/* Whether byte offset i of s cuts a word: word characters on both sides. */
static bool cuts_word(const char *s, size_t i, size_t len) {
  return i > 0 && i < len && word_ends_at(s, i, len) && word_starts_at(s, i, len);
}

/* lede._whole_word(text, s, e) -> boolean: whether the hit text[s..e]
** (1-based, inclusive byte positions, as string.find gives them) stands
** as whole words: it neither starts inside a word (a word character
** before its first, which is one) nor ends inside one. */
static int lsearch_whole_word(lua_State *L) {
  size_t len;
  const char *text = luaL_checklstring(L, 1, &len);
  lua_Integer s = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
  luaL_argcheck(L, s >= 1 && (lua_Unsigned)s <= len, 2, "position in text expected");
  luaL_argcheck(L, e >= s && (lua_Unsigned)e <= len, 3, "position in text, not before the start, expected");
  lua_pushboolean(L, !cuts_word(text, (size_t)s - 1, len) && !cuts_word(text, (size_t)e, len));
  return 1;
}

/* lede._lower(text) -> string: text with its letters lower-cased by
** utf8proc's simple mapping wherever the lower case takes as many bytes as
** the letter, so that a byte position in the result is the same position
** in text (kwic searches the lowered body and cuts hits and context from
** the original). The few letters whose lower case is longer or shorter
** (U+0130 'İ', U+023A 'Ⱥ', the Kelvin sign) and broken UTF-8 are copied as
** they are. */
static int lsearch_lower(lua_State *L) {
  size_t len;
  const char *text = luaL_checklstring(L, 1, &len);
  luaL_Buffer b;
  char *out = luaL_buffinitsize(L, &b, len);
  for (size_t i = 0; i < len;) {
    uint64_t x;
    if (i + 8 <= len && (memcpy(&x, text + i, 8), (x & SCAN_HIGH) == 0)) {
      x = scan_lower8(x); /* eight ASCII bytes, each lowered in its own lane: any byte order */
      memcpy(out + i, &x, 8);
      i += 8;
      continue;
    }
    unsigned char c = (unsigned char)text[i];
    if (c < 0x80) {
      out[i++] = (char)((unsigned)(c - 'A') < 26u ? c | 0x20 : c);
      continue;
    }
    int32_t cp;
    size_t n = scan_decode(text, i, len, &cp);
    utf8proc_uint8_t lower[4];
    utf8proc_int32_t lower_cp = utf8proc_tolower(cp);
    if (lower_cp != cp && (size_t)utf8proc_encode_char(lower_cp, lower) == n)
      memcpy(out + i, lower, n);
    else
      memcpy(out + i, text + i, n);
    i += n;
  }
  luaL_pushresultsize(&b, len);
  return 1;
}

/* lede._has_word(text) -> boolean: whether text holds a letter or a digit
** of any script (Unicode L* or N*): the characters FTS5's unicode61
** tokenizer makes tokens of, so that a phrase of text matches something
** only then (search.lua's _phrase). Broken UTF-8 is no letter. */
static int lsearch_has_word(lua_State *L) {
  size_t len;
  const char *text = luaL_checklstring(L, 1, &len);
  bool found = false;
  for (size_t i = 0, n; i < len && !found; i += n) {
    int32_t cp;
    n = scan_decode(text, i, len, &cp);
    utf8proc_category_t cat = utf8proc_category(cp);
    found = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
            (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
  }
  lua_pushboolean(L, found);
  return 1;
}

/* lede._fold(text) -> string: text case-folded and stripped of accents
** ("Élan" -> "elan", "STRASSE" and "Straße" -> "strasse"), for sort keys
** that put "élan" between "apple" and "zoo". Text that is not valid UTF-8
** is returned as it is. */
static int lsearch_fold(lua_State *L) {
  size_t len;
  const char *text = luaL_checklstring(L, 1, &len);
  utf8proc_uint8_t *folded = NULL;
  utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)text, (utf8proc_ssize_t)len, &folded,
                                    UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  if (n < 0) lua_pushlstring(L, text, len);
  else lua_pushlstring(L, (const char *)folded, (size_t)n);
  free(folded);
  return 1;
}

static const LedeReg search_functions[] = {
    {"_whole_word", lsearch_whole_word, NULL, NULL},
    {"_lower", lsearch_lower, NULL, NULL},
    {"_has_word", lsearch_has_word, NULL, NULL},
    {"_fold", lsearch_fold, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

void lbind_open_search(lua_State *L, int lede_table) {
  lbind_register(L, lede_table, "lede.", search_functions);
}

/*
** token.c — the tokenizer: one left-to-right pass that classifies each
** character (ASCII through a table, the rest through utf8proc categories)
** and scans a word, number, punctuation or symbol token from it. The rules
** are documented in token.h. The pipeline takes most tokens over from the
** shared lexing of number_lex, which calls tokens_scan only on the chunks
** it cannot take over.
*/
#include "token.h"
#include "scan.h"

#include <utf8proc.h>

enum { S = CHAR_SPACE, L = CHAR_LETTER, D = CHAR_DIGIT, P = CHAR_PUNCT, Y = CHAR_SYMBOL };

const unsigned char text_ascii_class[128] = {
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, /* controls, \t \n \v \f \r */
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, P, P, Y, Y, Y, Y, P, P, P, P, Y, P, P, P, P, /*  !"#$%&'()*+,-./ */
    D, D, D, D, D, D, D, D, D, D, P, P, Y, Y, Y, P, /* 0-9 :;<=>? */
    Y, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, /* @ A-O */
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, Y, P, /* P-Z [\]^_ */
    Y, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, /* ` a-o */
    L, L, L, L, L, L, L, L, L, L, L, P, Y, P, Y, S  /* p-z {|}~ DEL */
};

/* The CharClass of each utf8proc category, in utf8proc_category_t order. */
static const unsigned char class_of_category[30] = {
    Y,                   /* Cn */
    L, L, L, L, L,       /* Lu Ll Lt Lm Lo */
    L, L, L,             /* Mn Mc Me */
    D, L, Y,             /* Nd Nl No */
    P, P, P, P, P, P, P, /* Pc Pd Ps Pe Pi Pf Po */
    Y, Y, Y, Y,          /* Sm Sc Sk So */
    S, S, S,             /* Zs Zl Zp */
    S, CHAR_FORMAT, Y, Y /* Cc Cf Cs Co */
};

CharClass text_char_class_slow(const char *p, const char *end, size_t *len, int32_t *cp) {
  utf8proc_int32_t c;
  utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)p, end - p, &c);
  if (k <= 0) {
    *len = 1;
    *cp = (unsigned char)*p;
    return CHAR_SYMBOL;
  }
  *len = (size_t)k;
  *cp = c;
  if (c == 0x2030 || c == 0x2031) return CHAR_SYMBOL; /* per mille, per ten thousand */
  utf8proc_category_t cat = utf8proc_category(c);
  return (CharClass)class_of_category[(unsigned)cat < 30 ? cat : 0];
}

/* text_is_upper and text_is_lower past ASCII: upper (or title) case and
** lower case letters by their Unicode category. */
bool text_is_upper_slow(int32_t cp) {
  utf8proc_category_t cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool text_is_lower_slow(int32_t cp) { return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL; }

/* ---- scanners ----------------------------------------------------------- */

/* 1 for ASCII letters and digits: the bytes most words are made of. */
static const unsigned char is_ascii_alnum[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1,
    ['9'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1,
    ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1,
    ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
    ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1};

/* True when p starts with the 3-byte sequence E2 80 x (x = last). */
static bool is_e280(const char *p, const char *end, unsigned char last) {
  return end - p >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 && (unsigned char)p[2] == last;
}

/* The text being scanned: [p, end) is what is left. */
typedef struct {
  const char *base, *end;
} Scan;

static CharClass class_at(const Scan *sc, const char *p, size_t *len, int32_t *cp) {
  return text_char_class(p, sc->end, len, cp);
}

static bool is_word_char(const Scan *sc, const char *p) {
  size_t len;
  int32_t cp;
  if (p >= sc->end) return false;
  CharClass c = class_at(sc, p, &len, &cp);
  return c == CHAR_LETTER || c == CHAR_DIGIT || c == CHAR_FORMAT;
}

static bool is_letter(const Scan *sc, const char *p, size_t *len) {
  int32_t cp;
  return p < sc->end && class_at(sc, p, len, &cp) == CHAR_LETTER;
}

/* Bytes of the apostrophe (' or ’) or hyphen (-, U+2010, U+2011) at p, or 0. */
static size_t apostrophe_len(const Scan *sc, const char *p) {
  if (p >= sc->end) return 0;
  if (*p == '\'') return 1;
  if (is_e280(p, sc->end, 0x99)) return 3; /* ’ */
  return 0;
}

static size_t hyphen_len(const Scan *sc, const char *p) {
  if (p >= sc->end) return 0;
  if (*p == '-') return 1;
  if (is_e280(p, sc->end, 0x90) || is_e280(p, sc->end, 0x91)) return 3; /* U+2010, U+2011 */
  return 0;
}

/* End of a dotted abbreviation of single letters starting at p ("U.S.",
** "a.m.", "U.S" before a non-word character), or NULL if there is none. */
static const char *scan_dotted(const Scan *sc, const char *p) {
  const char *q = p;
  int n_letters = 0;
  size_t len;
  while (is_letter(sc, q, &len)) {
    const char *after = q + len;
    if (after < sc->end && *after == '.') {
      n_letters++;
      q = after + 1;
      continue;
    }
    if (n_letters >= 1 && !is_word_char(sc, after)) {
      n_letters++;
      q = after;
    }
    break;
  }
  return n_letters >= 2 ? q : NULL;
}

/* Scans word characters from p with joining hyphens and apostrophes; stops
** before a final 's (left for the caller). Returns the end of the word. */
static const char *scan_word_chars(const Scan *sc, const char *p) {
  for (;;) {
    while (p < sc->end && is_ascii_alnum[(unsigned char)*p]) p++; /* the common case */
    while (is_word_char(sc, p)) {
      size_t len;
      int32_t cp;
      class_at(sc, p, &len, &cp);
      p += len;
    }
    size_t k = hyphen_len(sc, p);
    if (k && is_word_char(sc, p + k)) { p += k; continue; }
    k = apostrophe_len(sc, p);
    size_t len;
    if (k && is_letter(sc, p + k, &len)) {
      bool is_s = (p[k] == 's' || p[k] == 'S') && len == 1;
      if (is_s && !is_word_char(sc, p + k + 1)) return p; /* possessive / 's */
      p += k;
      continue;
    }
    return p;
  }
}

/* Digits with ",ddd" groups and ".d" decimals from p; returns the end. */
static const char *scan_digits(const Scan *sc, const char *p) {
  size_t len;
  int32_t cp;
  for (;;) {
    while (p < sc->end && class_at(sc, p, &len, &cp) == CHAR_DIGIT) p += len;
    if (p + 1 < sc->end && *p == '.' && p[1] >= '0' && p[1] <= '9') { p++; continue; }
    if (text_is_digit_group(p, sc->end)) { p += 4; continue; }
    return p;
  }
}

/* The two-letter suffixes by pairs; "s" alone is the one-letter one. */
bool text_is_number_suffix(const char *p, size_t n) {
  static const char pairs[4][2] = {{'s', 't'}, {'n', 'd'}, {'r', 'd'}, {'t', 'h'}};
  if (n == 1) return (p[0] | 0x20) == 's';
  if (n != 2) return false;
  for (int i = 0; i < 4; i++)
    if ((p[0] | 0x20) == pairs[i][0] && (p[1] | 0x20) == pairs[i][1]) return true;
  return false;
}

static inline bool push(TokenVec *out, const Scan *sc, const char *from, const char *to, TokenClass cls) {
  Token t = {{(size_t)(from - sc->base), (size_t)(to - sc->base)}, cls};
  return vec_push(out, t);
}

/* Scans the token that starts at p (not white space); pushes it (and a split
** "'s") and returns where scanning goes on, or NULL when memory ran out. */
static const char *scan_token(const Scan *sc, const char *p, CharClass cls, size_t len, TokenVec *out) {
  const char *q = p + len;
  TokenClass tc = TOKEN_PUNCT;
  if (cls == CHAR_LETTER) {
    const char *dotted = scan_dotted(sc, p);
    q = dotted ? dotted : scan_word_chars(sc, p);
    tc = TOKEN_WORD;
  } else if (cls == CHAR_DIGIT) {
    q = scan_digits(sc, p);
    tc = TOKEN_NUMBER;
    const char *w = q;
    size_t k;
    while (is_letter(sc, w, &k)) w += k;
    if (w > q && text_is_number_suffix(q, (size_t)(w - q)) && !is_word_char(sc, w)) { q = w; tc = TOKEN_WORD; }
  } else if (cls == CHAR_SYMBOL) {
    tc = TOKEN_SYMBOL;
  } else if (*p == '.' || *p == '-') {
    while (q < sc->end && *q == *p) q++;
  }
  if (!push(out, sc, p, q, tc)) return NULL;
  size_t k = tc == TOKEN_WORD ? apostrophe_len(sc, q) : 0;
  if (k && q + k < sc->end && (q[k] == 's' || q[k] == 'S') && !is_word_char(sc, q + k + 1)) {
    if (!push(out, sc, q, q + k + 1, TOKEN_WORD)) return NULL;
    q += k + 1;
  }
  return q;
}

/* 1 for ASCII bytes after which a run of ASCII letters and digits is a
** whole word: anything but '.', '-', '\'', letters, digits and non-ASCII. */
static bool ends_plain_word(const Scan *sc, const char *q) {
  if (q >= sc->end) return true;
  unsigned char c = (unsigned char)*q;
  return c < 0x80 && c != '.' && c != '-' && c != '\'' && !is_ascii_alnum[c];
}

/* The common ASCII token at p, pushed without the general scanner (the
** results are the same): a word of ASCII letters and digits that starts
** with a letter and ends plainly, a run of ASCII digits that ends plainly,
** a run of '.' or '-', or one other punctuation or symbol byte. Returns the
** end, p when the general scanner must decide, NULL when memory ran out. */
static const char *scan_fast(const Scan *sc, const char *p, TokenVec *out) {
  unsigned char c = (unsigned char)*p;
  CharClass cls = (CharClass)text_ascii_class[c];
  const char *q = p + 1;
  if (cls == CHAR_LETTER) {
    q = sc->base + scan_alnum_end(sc->base, (size_t)(q - sc->base), (size_t)(sc->end - sc->base));
    /* a '.' after two or more letters is never part of the word */
    bool is_plain = ends_plain_word(sc, q) || (*q == '.' && q - p >= 2);
    if (!is_plain) return p;
    return push(out, sc, p, q, TOKEN_WORD) ? q : NULL;
  }
  if (cls == CHAR_DIGIT) {
    while (q < sc->end && *q >= '0' && *q <= '9') q++;
    bool is_plain = q >= sc->end || ((unsigned char)*q < 0x80 && *q != '.' && *q != ',' && *q != '-' &&
                                     *q != '\'' && !is_ascii_alnum[(unsigned char)*q]);
    if (!is_plain) return p;
    return push(out, sc, p, q, TOKEN_NUMBER) ? q : NULL;
  }
  if (c == '.' || c == '-') {
    while (q < sc->end && *q == (char)c) q++;
    return push(out, sc, p, q, TOKEN_PUNCT) ? q : NULL;
  }
  if (cls == CHAR_PUNCT || cls == CHAR_SYMBOL)
    return push(out, sc, p, p + 1, cls == CHAR_PUNCT ? TOKEN_PUNCT : TOKEN_SYMBOL) ? p + 1 : NULL;
  return p;
}

LedeStatus tokens_scan(const char *text, Range r, TokenVec *out) {
  Scan sc = {text, text + r.end};
  const char *p = text + r.start;
  while (p < sc.end) {
    size_t len;
    int32_t cp;
    if (*p == ' ') { p++; continue; }
    if ((unsigned char)*p < 0x80) {
      const char *q = scan_fast(&sc, p, out);
      if (q == NULL) return LEDE_ENOMEM;
      if (q != p) { p = q; continue; }
    }
    CharClass cls = class_at(&sc, p, &len, &cp);
    if (cls == CHAR_SPACE || cls == CHAR_FORMAT) { p += len; continue; }
    p = scan_token(&sc, p, cls, len, out);
    if (p == NULL) return LEDE_ENOMEM;
  }
  return LEDE_OK;
}

LedeStatus tokens_find(Article *a, Err *err) {
  a->tokens.len = 0;
  for (size_t i = 0; i < a->blocks.len; i++) {
    if (a->blocks.items[i].kind != BLOCK_BODY) continue;
    if (tokens_scan(a->text, a->blocks.items[i].r, &a->tokens) != LEDE_OK)
      return err_set(err, LEDE_ENOMEM, "out of memory while tokenizing");
  }
  return LEDE_OK;
}

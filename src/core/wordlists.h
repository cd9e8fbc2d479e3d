/*
** wordlists.h — the small word tables and the word scanner shared by the
** entity and quote stages (entity.c, quote.c). Tables are sorted static data;
** single words are looked up in wordtab.h's hash index, multi-word names by
** binary search. The scanner walks words of a text run without allocating,
** so both stages stay linear and independent of the tokenizer.
*/
#ifndef LEDE_WORDLISTS_H
#define LEDE_WORDLISTS_H

#include <string.h>

#include "lede.h"
#include "scan.h"

/* The word tables. Entries are ASCII and sorted by wl_cmp order (byte order
** after ASCII lower-casing); lookups ignore ASCII case unless noted. */
typedef enum {
  WL_STOP,        /* capitalised function words that never start a name: The, He, ... */
  WL_TITLE,       /* person titles that carry a name: Secretary, Minister, Gen, Mr ... */
  WL_TITLE_MOD,   /* words that only modify a title: Foreign, Deputy, Prime ... */
  WL_ROLE,        /* lower-case role nouns before/after a name: spokeswoman, envoy ... */
  WL_ORG_HEAD,    /* capitalised heads of organisation names: Council, Court, TV ... */
  WL_ORG_LOWER,   /* lower-case heads kept in an org name: government, administration */
  WL_ORG_DESC,    /* lower-case descriptors next to an org name: agency, radio, group */
  WL_GEO_LOWER,   /* lower-case geographic heads kept in a place name: mountain, river */
  WL_PLACE,       /* countries, capitals, major cities and regions (whole names) */
  WL_ORG_KNOWN,   /* organisations recognised by name alone: Reuters, Pentagon ... */
  WL_DEMONYM,     /* Russian, French, American ... (never entities on their own) */
  WL_COMPASS,     /* East, Eastern, north ... */
  WL_PARTICLE,    /* name particles: de, al, van, bin ... */
  WL_GIVEN,       /* common given names, evidence for a person */
  WL_ABBREV,      /* abbreviations whose final period does not end a sentence */
  WL_CUE,         /* speech verbs in all their forms: said, told, adding ... */
  WL_SOURCE_NOUN, /* nouns heading an unnamed source: official, source, diplomat */
  WL_PRONOUN,     /* he, she, they, it, we, i */
  WL_CALENDAR,    /* days and months: dates, not entities */
  WL_GEO_HEAD,    /* capitalised heads of place names: City, Island, Hall, Airport */
  WL_EVENT_HEAD,  /* heads of event names: Olympics, Summit, Cup */
  WL_ADVERB,      /* words between a speaker and the verb: also, has, was */
  WL_OBJECT_END,  /* words ending the object of "told": before, that, on */
  WL_DETERMINER,  /* a, the, his ...: a noun follows, not a verb */
  WL_PLACE_PREP,  /* in, near, outside: a place may follow ("in Herat") */
  WL_KIND_COUNT
} WlKind;

/* True when word (ASCII case ignored) is in table `kind`. */
bool wl_has(WlKind kind, Span word);

/* The tables holding the single word `word` (ASCII case ignored), as a mask
** with bit k set for WlKind k, and WL_MULTI_FIRST when some multi-word
** entry opens with the word; one hash probe. */
unsigned wl_kinds(Span word);

#define WL_MULTI_FIRST (1u << 30) /* in wl_kinds: the first word of a multi-word entry */

/* The single-word entry i of all the tables (lower case, *len bytes, not
** NUL-terminated) with the mask wl_kinds gives for it, or NULL past the
** last one: wordtab.c builds its index from these, so that number_lex
** looks a word up once for both lexicons. */
const char *wl_word_entry(size_t i, size_t *len, unsigned *mask);

/* A cheap first test before a table lookup: the kinds (WlKind bits) that
** some single-word table entry with a word's first and last bytes has, and
** those that some entry of its length has (ASCII case ignored). A word's
** wl_kinds lie in both, so a kind outside them needs no hash probe; most
** words are ruled out so for a few kinds (quote.c asks for cue words in
** every window). Built with the tables' index, read-only afterwards. */
enum { WL_SIEVE_OTHER = 26, WL_SIEVE_LONG = 16 };
typedef struct {
  uint32_t by_ends[WL_SIEVE_OTHER + 1][WL_SIEVE_OTHER + 1]; /* [first][last]; OTHER: no letter */
  uint32_t by_len[WL_SIEVE_LONG + 1];                        /* WL_SIEVE_LONG: that long or longer */
  size_t max_len[WL_KIND_COUNT];                             /* the longest entry of each kind */
} WlSieve;

/* The sieve (built on first use, thread-safe). */
const WlSieve *wl_sieve(void);

/* The sieve's index of a byte: its letter (ASCII case ignored), or
** WL_SIEVE_OTHER. */
static inline unsigned wl_sieve_slot(unsigned char c) {
  unsigned letter = (unsigned)((c | 0x20) - 'a');
  return letter < 26 ? letter : WL_SIEVE_OTHER;
}

/* The kinds among `want` that the non-empty word w may be in. */
static inline unsigned wl_sieve_kinds(const WlSieve *sv, Span w, unsigned want) {
  const unsigned char *u = (const unsigned char *)w.ptr;
  size_t len = w.len < WL_SIEVE_LONG ? w.len : WL_SIEVE_LONG;
  return sv->by_ends[wl_sieve_slot(u[0])][wl_sieve_slot(u[w.len - 1])] & sv->by_len[len] & want;
}

/* wl_kinds(w) & want for a non-empty w, probing the table only when the
** sieve lets w by. */
static inline unsigned wl_kinds_sieved(const WlSieve *sv, Span w, unsigned want) {
  return wl_sieve_kinds(sv, w, want) != 0 ? wl_kinds(w) & want : 0;
}

/* The table itself, for tests that check its order. */
const char *const *wl_table(WlKind kind, size_t *n);

/* Compares a span with a NUL-terminated entry, lower-casing ASCII in both;
** <0, 0, >0 like strcmp. */
int wl_cmp(Span word, const char *entry);

/* True when word is lit (at most 16 bytes), ASCII case ignored, as
** wl_cmp(word, lit) == 0. Inline, so a literal's length and key fold: most
** words fail on their length alone, and the rest compare as the two words
** of their keys (ScanKey: lower-cased, zero-padded), with no call and no
** byte loop; quote.c's compares with literals cost 2.0M instructions on
** bbc-news as wl_cmp calls. */
static inline __attribute__((always_inline)) bool wl_is(Span word, const char *lit) {
  size_t n = strlen(lit);
  return word.len == n && scan_key_eq(scan_key(word.ptr, n), scan_key(lit, n));
}

/* A well-known acronym with its expansion and the type it names. */
typedef struct {
  const char *acronym;   /* "US" (dots removed, upper case) */
  const char *expansion; /* "united states" (lower case, as in entity keys) */
  const char *display;   /* "United States" */
  int type;              /* an EntityType value */
} WlAcronym;

/* The entry for an acronym (dots already removed, case exact), or NULL. */
const WlAcronym *wl_acronym(Span word);

/* ---- the word scanner --------------------------------------------------- */

enum {
  WORD_CAP = 1,     /* first letter upper case */
  WORD_ALLCAPS = 2, /* at least two letters and no lower-case letter */
  WORD_LOWER = 4,   /* first letter lower case */
  WORD_DIGIT = 8,   /* starts with a digit */
  WORD_POSS = 16,   /* ended in 's / ’s, which end excludes */
  WORD_DOTTED = 32  /* an initialism with internal dots ("U.S."); end keeps the last dot */
};

/* A word: [start, end) excludes a possessive 's; `flags` is a WORD_* mask. */
typedef struct {
  size_t start, end;
  size_t next; /* where scanning resumes: after the word and any cut 's */
  unsigned flags;
  unsigned kinds; /* wl_kinds of the word, filled by callers that want it */
} Word;

/* In Word.kinds: not looked up yet (no wl_kinds mask has this bit). */
#define WL_KINDS_UNKNOWN 0x80000000u

/* Byte classes for the scanner's fast path: 1 a-z, 2 A-Z, 3 0-9, 4 a byte of
** a multi-byte character, 0 anything else (wordlists.c). */
enum { LX_OTHER, LX_LOWER, LX_UPPER, LX_DIGIT, LX_HIGH };
extern const unsigned char lex_class[256];

/* lex_next_word for every case (any script, joiners, possessives); the
** inline common case below hands it the rest. */
bool lex_next_word_slow(const char *s, size_t len, size_t pos, Word *w);

/* The WORD_* flags of a word of ASCII letters and digits u[start, end). */
static inline unsigned lex_ascii_flags(const unsigned char *u, size_t start, size_t end) {
  unsigned k = lex_class[u[start]];
  if (k != LX_UPPER) return k == LX_LOWER ? WORD_LOWER : WORD_DIGIT;
  size_t n_letters = 1; /* u[start] */
  for (size_t i = start + 1; i < end; i++) {
    k = lex_class[u[i]];
    if (k == LX_LOWER) return WORD_CAP;
    n_letters += k == LX_UPPER;
  }
  return n_letters >= 2 ? WORD_CAP | WORD_ALLCAPS : WORD_CAP;
}

/* Finds the first word at or after pos in s[0, len) and fills *w. Letters,
** marks and digits form words; hyphens and apostrophes join inside a word, and
** dots join single letters ("U.S."). Returns false when no word is left.
** Inline for its common case, a word of ASCII letters and digits ending at
** ASCII space or punctuation (one table read a byte; the quote stage lexes
** its windows word by word, so a call per word was a fifth of the cost).
** Anything else (a byte >= 0x80, a possible joiner after the word) goes to
** lex_next_word_slow from the word's start, which skips nothing more and
** gives the same result. */
static inline __attribute__((always_inline)) bool lex_next_word(const char *s, size_t len, size_t pos,
                                                                 Word *w) {
  const unsigned char *u = (const unsigned char *)s;
  unsigned k = LX_OTHER;
  while (pos < len && (k = lex_class[u[pos]]) == LX_OTHER) pos++;
  if (pos >= len) return false;
  if (k == LX_HIGH) return lex_next_word_slow(s, len, pos, w);
  size_t end = scan_alnum_end(s, pos + 1, len);
  if (end < len && (u[end] >= 0x80 || u[end] == '-' || u[end] == '\'' || u[end] == '.'))
    return lex_next_word_slow(s, len, pos, w);
  w->start = pos;
  w->end = w->next = end;
  w->flags = lex_ascii_flags(u, pos, end);
  w->kinds = 0;
  return true;
}

/* lex_next_word(s, len, pos, w) for a window [.., len) of a longer text
** s[0, readable) (len <= readable, and s[readable] readable too, as an
** Article's NUL is), except that flags never hold WORD_ALLCAPS: the same
** words, ends, next and other flags. For the quote stage, which lexes a
** window of ~300 bytes around each cue and reads no ALLCAPS. It finds a
** word's start and end with 8-byte masks that may read up to 8 bytes past
** len (never past readable), then clamps: lex_next_word's byte loops ran
** for every gap and for every word within 8 bytes of len, and mispredicted
** on the gap's length (~120,000 times on bbc-news). A '-', '\'' or '.'
** after the word goes to the slow path only when a word byte follows it
** (only then may it join), so a full stop ending a sentence stays on the
** fast path; flags come from the first byte by one table read, with no
** branch on its case. Linear: every loop stops at len. */
static inline __attribute__((always_inline)) bool lex_window_word(const char *s, size_t readable,
                                                                   size_t len, size_t pos, Word *w) {
  const unsigned char *u = (const unsigned char *)s;
  if (pos >= len) return false;
  /* a gap's first two bytes (" ", ", ") by table reads and adds, the rest
  ** of a longer one byte by byte; u[pos + 1] is readable (pos < len <=
  ** readable), and a skip past len ends the window all the same */
  unsigned gap1 = lex_class[u[pos]] == LX_OTHER;
  pos += gap1 + (gap1 & (lex_class[u[pos + 1]] == LX_OTHER));
  while (pos < len && lex_class[u[pos]] == LX_OTHER) pos++;
  if (pos >= len) return false;
  size_t end = pos + 1;
  while (end < len) { /* to the end of the run of ASCII letters and digits */
    if (end + 8 > readable) {
      end = scan_alnum_end(s, end, len);
      break;
    }
    uint64_t x = scan_load8(s + end);
    uint64_t other = ~(scan_letters8(x) | scan_digits8(x)) & SCAN_HIGH;
    if (other != 0) {
      end += scan_first(other);
      break;
    }
    end += 8;
  }
  unsigned k = lex_class[u[pos]];
  end = end < len ? end : len;
  unsigned c = u[end], after = lex_class[u[end + 1 < len ? end + 1 : end]];
  bool joins = (c == '-' || c == '\'' || c == '.') & (end + 1 < len) & (after != LX_OTHER);
  if (k == LX_HIGH || ((end < len) & ((c >= 0x80) | joins))) {
    if (!lex_next_word_slow(s, len, pos, w)) return false;
    w->flags &= ~(unsigned)WORD_ALLCAPS;
    return true;
  }
  static const unsigned char first_flags[4] = {0, WORD_LOWER, WORD_CAP, WORD_DIGIT};
  w->start = pos;
  w->end = w->next = end;
  w->flags = first_flags[k];
  w->kinds = 0;
  return true;
}

/* Fills out with every word of s[start, end), in order, as successive
** lex_next_word calls would, and returns how many. out must have room for
** (end - start + 1) / 2 words (each word and the gap after it take two bytes
** or more, and a word is at least one byte). Linear, no allocation. */
size_t lex_all_words(const char *s, size_t start, size_t end, Word *out);

/* Decodes the code point at s[i] (valid UTF-8 assumed, bounded by len) into
** *cp and returns its byte length (1 for a stray byte). */
size_t lex_decode(const char *s, size_t len, size_t i, int *cp);

/* True for U+0020, \t, \n, \r and U+00A0 at s[i]; *n gets the byte length. */
bool lex_is_space(const char *s, size_t len, size_t i, size_t *n);

/* Start of the code point that ends just before byte i (i > 0). */
size_t lex_prev_cp(const char *s, size_t i);

/* True when the code point is a letter (any script). */
bool lex_is_letter(int cp);

/* True for a character that makes up words: a letter, a combining mark or
** a digit/number, of any script (kwic's whole-word test uses it too). */
bool lex_is_wordchar(int cp);

/* lex_all_words(s, start, end, out) for a range of ASCII text whose words
** join only by '-' and '\'' ("first-half", "O'Driscoll", "Gogh's"):
** the same words, without lex_next_word_slow's code-point decoding (~200
** instructions a word). Returns SIZE_MAX, having written words that mean
** nothing, at a byte >= 0x80 or a '.' before a word character (there
** lex_next_word_slow's rules for dots and other scripts apply): call
** lex_all_words then. Linear, no allocation; out as for lex_all_words. */
static inline size_t lex_ascii_words(const char *s, size_t start, size_t end, Word *out) {
  const unsigned char *u = (const unsigned char *)s;
  size_t n = 0, pos = start;
  for (;;) {
    while (pos < end && lex_class[u[pos]] == LX_OTHER) pos++;
    if (pos >= end) return n;
    if (u[pos] >= 0x80) return SIZE_MAX;
    size_t i = scan_alnum_end(s, pos + 1, end);
    for (; i < end; i = scan_alnum_end(s, i + 1, end)) {
      unsigned c = u[i], next = i + 1 < end ? lex_class[u[i + 1]] : LX_OTHER;
      if (c >= 0x80 || (c == '.' && next != LX_OTHER)) return SIZE_MAX;
      if ((c != '-' && c != '\'') || next == LX_OTHER) break; /* no joiner, or none joins */
      if (next == LX_HIGH) return SIZE_MAX;
    }
    Word *w = &out[n++];
    w->start = pos;
    w->end = w->next = i;
    w->flags = lex_ascii_flags(u, pos, i);
    w->kinds = 0;
    if (i - pos > 2 && u[i - 1] == 's' && u[i - 2] == '\'') { /* a possessive, cut */
      w->end -= 2;
      w->flags |= WORD_POSS;
    }
    pos = i;
  }
}

#endif

/*
** blocks.c — article structure. Splits the normalized text into lines and
** measures each one (words, capitals, final punctuation, lexical cues such as
** "By ", "Read More:" or "REUTERS/"), then decides in passes: cue lines,
** prose, captions (credit neighbours, labels, lines repeated beside picture
** clutter, text before a dateline), the author bio, the body span (anchored
** on real paragraphs, cut by long runs of link lines), and last the
** headline, which may sit at the top, be printed twice, or come at the
** bottom next to a byline. article.c calls blocks_classify; sentence.c and
** the later stages read only the BLOCK_BODY blocks this file marks.
*/
#include "blocks.h"
#include "blocks_words.h"
#include "scan.h"
#include "spare.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

const char *const block_kind_names[BLOCK_KIND_COUNT] = {
    "title", "standfirst", "byline", "dateline", "body",
    "caption", "credit", "boilerplate", "bio"};

/* ======================================================================
** Characters and tokens
** ==================================================================== */

typedef enum { CH_OTHER, CH_SPACE, CH_UPPER, CH_LOWER, CH_LETTER, CH_DIGIT } CharClass;

/* The CharClass of each byte, as a digit: 0 other, 1 space, 2 upper,
** 3 lower, 5 digit; 9 marks a non-ASCII byte, which needs decoding. */
static const char byte_classes[257] =
    "0000000001111100000000000000000010000000000000005555555555000000"
    "0222222222222222222222222220000003333333333333333333333333300000"
    "9999999999999999999999999999999999999999999999999999999999999999"
    "9999999999999999999999999999999999999999999999999999999999999999";

static inline CharClass ascii_class(int32_t c) { return (CharClass)(byte_classes[c] - '0'); }

/* The class of one code point; NBSP and the other Unicode spaces (and the
** zero-width space and BOM) are CH_SPACE. */
static CharClass cp_class(int32_t cp) {
  if (cp < 0x80) return ascii_class(cp);
  if (cp == 0xFEFF || cp == 0x200B) return CH_SPACE;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return CH_UPPER;
    case UTF8PROC_CATEGORY_LL: return CH_LOWER;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return CH_LETTER;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return CH_DIGIT;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: return CH_SPACE;
    default: return CH_OTHER;
  }
}

static bool class_is_alnum(CharClass c) { return c >= CH_UPPER; }

/* The class of the code point at s[i] (i < end); stores its length in *n
** and the code point in *cp. ASCII takes the fast path. */
static inline CharClass class_at(const char *s, size_t i, size_t end, size_t *n, int32_t *cp) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80) {
    *n = 1;
    *cp = c;
    return ascii_class(c);
  }
  *n = scan_decode(s, i, end, cp);
  return cp_class(*cp);
}

/* Decodes the code point that ends just before s[i] (lo < i) into *cp and
** returns where it starts (never before lo). ASCII takes the fast path. */
static inline size_t cp_prev(const char *s, size_t lo, size_t i, int32_t *cp) {
  size_t j = i - 1;
  if ((unsigned char)s[j] < 0x80) {
    *cp = (unsigned char)s[j];
    return j;
  }
  while (j > lo && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80) j--;
  if (j + scan_decode(s, j, i, cp) != i) {
    *cp = 0xFFFD;
    return i - 1;
  }
  return j;
}

/* [start, end) without surrounding white space (Unicode spaces included). */
static Range trim(const char *s, size_t start, size_t end) {
  int32_t cp;
  size_t n;
  while (start < end && class_at(s, start, end, &n, &cp) == CH_SPACE) start += n;
  while (end > start) {
    size_t j = cp_prev(s, start, end, &cp);
    if (cp_class(cp) != CH_SPACE) break;
    end = j;
  }
  return (Range){start, end};
}

/* The first byte at or after i (before end) that is at most ' ' or from
** 0x80 up, or a later one: eight bytes a step while eight are left, so
** most tokens take one step and no loop exit that hangs on their length
** (bbc-news, callgrind: next_token went from 2.9M Ir and 50K mispredicted
** branches to 2.3M and 34K). An ASCII byte plus 0x5F keeps its high bit
** clear only when it is at most ' '; a byte from 0x80 up is found by its
** own high bit (it may carry into the next byte, but comes first). */
static inline size_t token_run_end(const char *s, size_t i, size_t end) {
  for (; i + 8 <= end; i += 8) {
    uint64_t x = scan_load8(s + i);
    uint64_t stop = (~(x + (0x80 - 0x21) * SCAN_ONES) | x) & SCAN_HIGH;
    if (stop != 0) return i + scan_first(stop);
  }
  return i;
}

/* Finds the next white-space-delimited token at or after *pos, before end.
** Stores it in *tok, moves *pos past it and returns true; false at the end. */
static bool next_token(const char *s, size_t *pos, size_t end, Range *tok) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = *pos, n;
  int32_t cp;
  while (i < end && class_at(s, i, end, &n, &cp) == CH_SPACE) i += n;
  if (i >= end) {
    *pos = end;
    return false;
  }
  tok->start = i;
  for (;;) { /* ASCII eight bytes a step, then a byte at a time; others decoded */
    i = token_run_end(s, i, end);
    while (i < end && p[i] < 0x80 && byte_classes[p[i]] != '0' + CH_SPACE) i++;
    if (i >= end || p[i] < 0x80 || class_at(s, i, end, &n, &cp) == CH_SPACE) break;
    i += n;
  }
  tok->end = i;
  *pos = i;
  return true;
}

/* The token without leading and trailing punctuation ("“Russia," ->
** "Russia"); empty when it holds no letter or digit. */
static Range tok_core(const char *s, Range tok) {
  int32_t cp;
  size_t a = tok.start, b = tok.end, n;
  while (a < b && !class_is_alnum(class_at(s, a, b, &n, &cp))) a += n;
  while (b > a) {
    size_t j = cp_prev(s, a, b, &cp);
    if (class_is_alnum(cp_class(cp))) break;
    b = j;
  }
  return (Range){a, b};
}

/* The class of the token's first letter or digit; CH_OTHER when none. */
static CharClass tok_first_class(const char *s, Range tok) {
  int32_t cp;
  size_t n;
  for (size_t i = tok.start; i < tok.end; i += n) {
    CharClass c = class_at(s, i, tok.end, &n, &cp);
    if (class_is_alnum(c)) return c;
  }
  return CH_OTHER;
}

/* ======================================================================
** Word lists
** ==================================================================== */

/* Compares n bytes at p, folded to ASCII lower case, with lit (strcmp-like). */
static int cmp_fold(const char *p, size_t n, const char *lit) {
  size_t i = 0;
  for (; i < n && lit[i] != '\0'; i++) {
    int c = (unsigned char)p[i];
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
    if (c != (unsigned char)lit[i]) return c - (unsigned char)lit[i];
  }
  if (i < n) return 1;
  return lit[i] == '\0' ? 0 : -1;
}

/* Compares n bytes at p with lit exactly (strcmp-like). */
static int cmp_exact(const char *p, size_t n, const char *lit) {
  size_t i = 0;
  for (; i < n && lit[i] != '\0'; i++)
    if (p[i] != lit[i]) return (unsigned char)p[i] - (unsigned char)lit[i];
  if (i < n) return 1;
  return lit[i] == '\0' ? 0 : -1;
}

/* Compares the n bytes at p with lit, folded to lower case when fold is
** true (strcmp-like). */
static inline int cmp_word(const char *p, size_t n, const char *lit, bool fold) {
  return fold ? cmp_fold(p, n, lit) : cmp_exact(p, n, lit);
}

/* Binary search of a sorted list for the n bytes at p, folded to lower case
** when fold is true. Branch-free steps (the base moves by a conditional
** move; the compares go either way at random, and the early-exit search
** mispredicted ~70K times on bbc-news), then one compare for the answer. */
static bool in_list(const char *const *list, size_t count, const char *p, size_t n, bool fold) {
  if (count == 0) return false;
  const char *const *base = list; /* the last entry <= the word is in [base, base + count) */
  while (count > 1) {
    size_t half = count / 2;
    base = cmp_word(p, n, base[half], fold) >= 0 ? base + half : base;
    count -= half;
  }
  return cmp_word(p, n, *base, fold) == 0;
}

/* Whether the text of Range r of s is in a word list (folded or exact). */
#define IN_FOLD(list, s, r) \
  in_list((list), WORDS_COUNT(list), (s) + (r).start, (r).end - (r).start, true)
#define IN_EXACT(list, s, r) \
  in_list((list), WORDS_COUNT(list), (s) + (r).start, (r).end - (r).start, false)

/* True when the avail bytes at p start with lit; with fold, ASCII letters
** of p are lower-cased first (lit is lower case). Fails at the first
** differing byte, so scanning many candidates stays cheap. */
static bool has_prefix(const char *p, size_t avail, const char *lit, bool fold) {
  for (size_t i = 0; lit[i] != '\0'; i++) {
    if (i >= avail) return false;
    char c = p[i];
    if (fold && c >= 'A' && c <= 'Z') c = (char)(c + ('a' - 'A'));
    if (c != lit[i]) return false;
  }
  return true;
}

/* True when the range starts with lit (lower case), compared
** case-insensitively. */
static bool starts_fold(const char *s, Range r, const char *lit) {
  return has_prefix(s + r.start, r.end - r.start, lit, true);
}

/* ======================================================================
** Lines: measurement and lexical cues
** ==================================================================== */

/* What a line's own words say it is, before any context is weighed. */
typedef enum {
  CUE_NONE,    /* prose or a plain fragment: decided by context */
  CUE_JUNK,    /* no letter or digit at all ("•", "|") */
  CUE_LABEL,   /* "Image caption": the next line is a caption */
  CUE_NAV,     /* navigation, share buttons, section labels */
  CUE_BYLINE,  /* "By Colleen Curry" */
  CUE_LINK,    /* "Read More: ...", "NOW WATCH: ..." */
  CUE_CREDIT,  /* "Reuters", "REUTERS/Abdalrhman Ismail" */
  CUE_CAPTION, /* a caption carrying its credit ("...2016.Image copyright") */
  CUE_IMAGE,   /* image residue ("16x9 Image") */
  CUE_ALT,     /* lower-case alt text or tags ("syria aleppo") */
  CUE_COUNT
} Cue;

static const BlockKind cue_kinds[CUE_COUNT] = {
    [CUE_NONE] = BLOCK_BODY,        [CUE_JUNK] = BLOCK_BOILERPLATE,
    [CUE_LABEL] = BLOCK_BOILERPLATE, [CUE_NAV] = BLOCK_BOILERPLATE,
    [CUE_BYLINE] = BLOCK_BYLINE,    [CUE_LINK] = BLOCK_BOILERPLATE,
    [CUE_CREDIT] = BLOCK_CREDIT,    [CUE_CAPTION] = BLOCK_CAPTION,
    [CUE_IMAGE] = BLOCK_BOILERPLATE, [CUE_ALT] = BLOCK_BOILERPLATE,
};

typedef struct {
  Range r;            /* trimmed line */
  uint32_t n_words;   /* tokens holding a letter or digit; past
                      ** MAX_TITLE_WORDS only a lower bound: counting stops
                      ** there, and goes on to MAX_CAPTION_WORDS (the largest
                      ** bound a test puts on it) only when a test asks
                      ** (caption_words) */
  uint32_t n_upper;   /* ... whose first letter is upper case (or caseless) */
  uint32_t n_lower;   /* ... whose first letter is lower case; these two and
                      ** first_lower are counted only on lines of at most
                      ** MAX_TITLE_WORDS words (0 / false on longer ones):
                      ** the tests that read them rule longer lines out */
  uint32_t n_small;   /* ... lower-case function words ("of", "the"); counted
                      ** only on possible headlines (count_title_words), on
                      ** first use (small_words_of) */
  uint32_t n_articles; /* ... lower-case "a", "an", "the"; likewise */
  size_t credit_at;   /* offset of a photo-credit marker; SIZE_MAX: none */
  unsigned char label_kinds; /* LABEL_AGENCY, LABEL_IMAGE: label_kinds_of */
  bool first_lower;   /* the first word starts in lower case */
  bool ends_sentence; /* last visible mark is . ! ? or … (before closing quotes) */
  bool ends_colon;
  bool is_prose;      /* reads as running text */
  bool is_cand;       /* may be an echo: checked against the other lines */
  bool is_echo;       /* repeats (most of) a longer or earlier line */
  bool decided;       /* kind is final */
  bool small_due;     /* n_small and n_articles are still to be counted */
  bool long_counted;  /* n_words was counted on to MAX_CAPTION_WORDS */
  Cue cue;
  BlockKind kind;
} Line;

typedef VEC(Line) LineVec;

/* Caps that keep every pass linear and bounded. */
enum {
  MAX_BYLINE_WORDS = 16,
  MAX_CREDIT_WORDS = 8,
  MAX_URL_LINE_WORDS = 15,
  MAX_AGENCY_WORDS = 6, /* an agency line: "TRT World and Agencies" */
  MAX_IMAGE_WORDS = 4,  /* image residue: "Photo 3 of 5" */
  CREDIT_HEAD = 20, /* credit markers start this close to a line's start */
  CREDIT_TAIL = 80, /* ... or to its end */
  LABEL_MAX_BYTES = 120,  /* a label, tag line or alt text is never longer */
  TITLE_MAX_BYTES = 400,  /* nor is a headline */
  MAX_CAPTION_WORDS = 150,
  MAX_TITLE_WORDS = 30,
  SHORT_LINE_BYTES = 128, /* count_words counts capitals at once on lines this short */
  MAX_PROSE_TITLE_WORDS = 17,
  MAX_SHORT_TITLE_WORDS = 15,
  MIN_UNPUNCTUATED_PROSE = 25,
  DATELINE_WINDOW = 160,
  DATELINE_SEARCH = 2,
  BIO_SEARCH = 4,
  BIO_JOB_WINDOW = 8,
  MIN_LEAD_WORDS = 12,
  MIN_ANCHOR_WORDS = 8, /* prose this long fixes where the body runs */
  CLUTTER_RUN = 8,      /* lines without prose that break the body */
  MAX_TITLE_CASE_PROSE_TITLE_WORDS = 30,
};

/* Whether ranges a and b of s hold the same bytes. */
static bool range_eq(const char *s, Range a, Range b) {
  size_t n = a.end - a.start;
  return n == b.end - b.start && memcmp(s + a.start, s + b.start, n) == 0;
}

/* Sets ends_sentence / ends_colon from the line's last visible mark, looking
** through up to three closing quotes or brackets. */
static void measure_ending(const char *s, Line *ln) {
  size_t end = ln->r.end;
  int32_t cp = 0;
  for (int k = 0; k < 4 && end > ln->r.start; k++) {
    end = cp_prev(s, ln->r.start, end, &cp);
    bool closing = cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '*' ||
                   cp == 0x201D || cp == 0x2019 || cp == 0x00BB || cp == 0x203A;
    if (!closing) break;
  }
  ln->ends_sentence = cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
  ln->ends_colon = cp == ':';
}

static const char *const articles[] = {"a", "an", "the"};

/* Bits describing a character for count_words and word_hash; F_HIGH: a
** non-ASCII byte (byte_flags only). */
enum { F_SPACE = 1, F_ALNUM = 2, F_UPPER = 4, F_LOWER = 8, F_HIGH = 16 };

/* The F_ bits of each byte, plus '@' so the table is a string. */
static const char byte_flags[257] =
    "@@@@@@@@@AAAAA@@@@@@@@@@@@@@@@@@A@@@@@@@@@@@@@@@BBBBBBBBBB@@@@@@"
    "@FFFFFFFFFFFFFFFFFFFFFFFFFF@@@@@@JJJJJJJJJJJJJJJJJJJJJJJJJJ@@@@@"
    "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP"
    "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP";

/* The F_ bits of a decoded character class. */
static const unsigned char class_flags[CH_DIGIT + 1] = {
    [CH_OTHER] = 0,
    [CH_SPACE] = F_SPACE,
    [CH_UPPER] = F_ALNUM | F_UPPER,
    [CH_LOWER] = F_ALNUM | F_LOWER,
    [CH_LETTER] = F_ALNUM | F_UPPER,
    [CH_DIGIT] = F_ALNUM,
};

/* Bit k of each mask stands for byte k of a 64-byte block of a line; a
** non-ASCII character is marked at its first byte. */
typedef struct {
  uint64_t space; /* white space */
  uint64_t alnum; /* letters and digits */
  uint64_t upper; /* upper-case or caseless letters */
  uint64_t lower; /* lower-case letters */
  uint64_t high;  /* bytes from 0x80 up: decoded by masks_patch */
} ByteMasks;

enum { MASK_BLOCK = 64 };

#if LEDE_SCAN_SIMD
/* Bytes of x in [lo, lo + n) (n < 128), each as 0xFF: a wrapping addition
** moves lo to -128, then one signed compare (bytes from 0x80 up stay out:
** they land at or above lo + 128 - 256 + 128). Two instructions. */
static inline __m128i bytes_in(__m128i x, int lo, int n) {
  return _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8((char)(-128 - lo))), _mm_set1_epi8((char)(-128 + n)));
}

/* The masks of the sixteen bytes at p, at bits [shift, shift + 16) of m;
** upper and lower only with with_case. *any_high gathers the bytes' high
** bits (see masks_ascii). */
static inline __attribute__((always_inline)) void masks16(const char *p, unsigned shift, bool with_case, ByteMasks *m,
                           __m128i *any_high) {
  const __m128i sp = _mm_set1_epi8(' ');
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
  __m128i is_space = _mm_or_si128(_mm_cmpeq_epi8(x, sp), bytes_in(x, '\t', '\r' - '\t' + 1));
  __m128i letter = bytes_in(_mm_or_si128(x, sp), 'a', 26); /* either case */
  __m128i alnum = _mm_or_si128(letter, bytes_in(x, '0', 10));
  m->space |= (uint64_t)(unsigned)_mm_movemask_epi8(is_space) << shift;
  m->alnum |= (uint64_t)(unsigned)_mm_movemask_epi8(alnum) << shift;
  *any_high = _mm_or_si128(*any_high, x);
  if (!with_case) return;
  __m128i lower = _mm_and_si128(_mm_slli_epi16(x, 2), letter); /* 0x20 to each byte's top */
  m->upper |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_andnot_si128(lower, letter)) << shift;
  m->lower |= (uint64_t)(unsigned)_mm_movemask_epi8(lower) << shift;
}
#endif

/* The ASCII masks of the 64 bytes at p (upper and lower only with
** with_case); non-ASCII bytes are set in high, and read as punctuation
** until masks_patch. SSE2: about twenty instructions for sixteen bytes;
** without it, a table read a byte. */
static inline __attribute__((always_inline)) ByteMasks masks_ascii(const char *p, bool with_case) {
  ByteMasks m = {0, 0, 0, 0, 0};
#if LEDE_SCAN_SIMD
  __m128i any_high = _mm_setzero_si128();
  masks16(p, 0, with_case, &m, &any_high);
  masks16(p + 16, 16, with_case, &m, &any_high);
  masks16(p + 32, 32, with_case, &m, &any_high);
  masks16(p + 48, 48, with_case, &m, &any_high);
  if (_mm_movemask_epi8(any_high) != 0) /* rare: which bytes */
    for (unsigned j = 0; j < MASK_BLOCK; j += 16)
      m.high |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p + j))) << j;
#else
  (void)with_case;
  for (unsigned k = 0; k < MASK_BLOCK; k++) {
    unsigned f = (unsigned)(byte_flags[(unsigned char)p[k]] - '@');
    uint64_t bit = 1ULL << k;
    m.space |= f & F_SPACE ? bit : 0;
    m.alnum |= f & F_ALNUM ? bit : 0;
    m.upper |= f & F_UPPER ? bit : 0;
    m.lower |= f & F_LOWER ? bit : 0;
    m.high |= f & F_HIGH ? bit : 0;
  }
#endif
  return m;
}

/* Sets the masks of the non-ASCII characters among the valid (a mask)
** bytes of the block that starts at s[at], decoding each (the line ends at
** end). Only a character's first byte is marked: the others read as
** punctuation, which word_firsts carries a space across and never counts.
** A character's tail at the start of the next block decodes as U+FFFD,
** punctuation too. */
static void masks_patch(const char *s, size_t at, size_t end, uint64_t valid, ByteMasks *m) {
  uint64_t todo = m->high & valid;
  while (todo != 0) {
    unsigned k = (unsigned)scan_low_bit(todo);
    size_t n;
    int32_t cp;
    unsigned f = class_flags[class_at(s, at + k, end, &n, &cp)];
    uint64_t bit = 1ULL << k;
    m->space |= f & F_SPACE ? bit : 0;
    m->alnum |= f & F_ALNUM ? bit : 0;
    m->upper |= f & F_UPPER ? bit : 0;
    m->lower |= f & F_LOWER ? bit : 0;
    todo &= k + n >= MASK_BLOCK ? 0 : ~0ULL << (k + n); /* n <= 4 */
  }
}

/* The number of bits set in x, without the popcount instruction (the
** build targets plain x86-64). */
static inline uint32_t bit_count(uint64_t x) {
  x -= (x >> 1) & 0x5555555555555555ULL;
  x = (x & 0x3333333333333333ULL) + (x >> 2 & 0x3333333333333333ULL);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
  return (uint32_t)((x * SCAN_ONES) >> 56);
}

/* The bytes of one block of masks where a word's first letter or digit
** stands: a letter or digit reached from white space (or the line's
** start) over punctuation only ("(AP)", "--x"). *from: bit 0 set when the
** block's first byte follows white space, or a run of punctuation that
** does; it is updated for the next block. One addition carries every such
** seed across its run of punctuation, so no byte takes a branch. */
static inline uint64_t word_firsts(const ByteMasks *m, uint64_t *from) {
  uint64_t punct = ~(m->space | m->alnum);
  uint64_t seeds = m->space << 1 | *from;
  uint64_t carried = punct + (seeds & punct); /* lands past each seeded run */
  uint64_t landed = (carried & ~punct) | (seeds & ~punct);
  *from = m->space >> 63 | (uint64_t)(carried < punct); /* a run that goes on */
  return landed & m->alnum;
}

/* What count_range carries from one block to the next. */
typedef struct {
  uint64_t from; /* word_firsts' carry */
  uint64_t seen; /* a word was found */
} CountState;

/* Counts the words of one block: the bytes at p (s + at, or a padded copy
** of them), of which the first valid (a mask) are the line's, which ends
** at end. */
static inline __attribute__((always_inline)) void count_block(const char *s, size_t at, size_t end,
                                                              const char *p, uint64_t valid,
                                                              bool with_case, CountState *st,
                                                              BlockWordCounts *c) {
  ByteMasks m = masks_ascii(p, with_case);
  if (m.high & valid) masks_patch(s, at, end, valid, &m);
  uint64_t firsts = word_firsts(&m, &st->from) & valid;
  c->words += bit_count(firsts);
  if (!with_case) return;
  c->first_lower = st->seen ? c->first_lower : (firsts & -firsts & m.lower) != 0;
  st->seen |= firsts;
  c->upper += bit_count(firsts & m.upper);
  c->lower += bit_count(firsts & m.lower);
}

/* Counts the words (white-space-delimited tokens holding a letter or digit)
** of text[r.start, r.end) (text holds text_len bytes), and with with_case
** also those whose first letter or digit is upper case (or caseless) or
** lower case, and whether the first word starts in lower case. A block of
** 64 bytes at a time: byte classes as bit masks (SSE2), the first letter or
** digit of each word from them (word_firsts), and the counts by bit
** counts; only non-ASCII characters are decoded one by one. The last,
** partial block is read in place when the text goes on far enough, else
** from a zero-padded copy. Counting stops after the block where the count
** passes cap (the counts are then at least cap + 1, not exact). Inlined,
** so that each caller's with_case and cap are constants. */
static inline __attribute__((always_inline)) void count_range(const char *s, size_t text_len,
                                                             Range r, bool with_case,
                                                             uint32_t cap, BlockWordCounts *c) {
  CountState st = {1, 0};
  *c = (BlockWordCounts){0, 0, 0, false};
  size_t at = r.start;
  for (; r.end - at >= MASK_BLOCK; at += MASK_BLOCK) {
    count_block(s, at, r.end, s + at, ~0ULL, with_case, &st, c);
    if (c->words > cap) return;
  }
  if (at == r.end) return;
  size_t left = r.end - at;
  char pad[MASK_BLOCK];
  const char *p = s + at;
  if (text_len - at < MASK_BLOCK) {
    memset(pad, 0, sizeof pad);
    memcpy(pad, p, left);
    p = pad;
  }
  count_block(s, at, r.end, p, (1ULL << left) - 1, with_case, &st, c);
}

void blocks_count_words(const char *text, size_t text_len, Range r, BlockWordCounts *out) {
  count_range(text, text_len, r, true, UINT32_MAX, out);
}

/* Counts the line's words, and on a line of MAX_TITLE_WORDS words or fewer
** (see Line) their capitals, in a second pass: the long lines, which hold
** most bytes (bbc-news: 75,085 blocks of 64 bytes against 9,850), need two
** masks of the four. Measured on bbc-news (callgrind), counting took 24.9M
** Ir and 174K mispredicted branches with byte vectors that fell back to a
** byte loop at each word opening with a digit or a quote, 16.2M and 46K
** with count_range; the blocks stage went from 358 to 436 MB/s. Past
** MAX_TITLE_WORDS words the count stops (see Line): every test but two
** (caption_words) puts its bound at or below it, and a paragraph holds
** most of its bytes past its 31st word. */
static void count_words(const char *s, size_t text_len, Line *ln) {
  BlockWordCounts c;
  if (ln->r.end - ln->r.start <= SHORT_LINE_BYTES) { /* one pass: most such lines are titles' length */
    count_range(s, text_len, ln->r, true, UINT32_MAX, &c);
    if (c.words > MAX_TITLE_WORDS) c.upper = c.lower = 0, c.first_lower = false;
  } else {
    count_range(s, text_len, ln->r, false, MAX_TITLE_WORDS, &c);
    if (c.words <= MAX_TITLE_WORDS) count_range(s, text_len, ln->r, true, UINT32_MAX, &c);
  }
  ln->n_words = c.words;
  ln->n_upper = c.upper;
  ln->n_lower = c.lower;
  ln->first_lower = c.first_lower;
}

/* The line's word count as far as MAX_CAPTION_WORDS + 1 or so (past it
** only a lower bound), for the two tests that bound it there (a caption
** carrying its credit, an echo): counts the rest of a line of more than
** MAX_TITLE_WORDS words on first use, which few lines reach. */
static uint32_t caption_words(const char *s, size_t text_len, Line *ln) {
  if (ln->n_words > MAX_TITLE_WORDS && !ln->long_counted) {
    BlockWordCounts c;
    count_range(s, text_len, ln->r, false, MAX_CAPTION_WORDS, &c);
    ln->n_words = c.words;
    ln->long_counted = true;
  }
  return ln->n_words;
}

/* Bits [k, k + 64) of a line's masks, one uint64_t per block of the line
** (an entry past the bits asked for must exist). */
static inline uint64_t mask_window(const uint64_t *m, size_t k) {
  unsigned b = (unsigned)(k % MASK_BLOCK);
  return m[k / MASK_BLOCK] >> b | m[k / MASK_BLOCK + 1] << 1 << (MASK_BLOCK - 1 - b);
}

/* Whether the token goes on from bit k to its end (the next white space)
** without a letter or digit. One window nearly always holds that space;
** the masks end in one of spaces, so the loop stops. */
static bool rest_is_marks(const uint64_t *space, const uint64_t *alnum, size_t k) {
  for (;; k += MASK_BLOCK) {
    uint64_t sp = mask_window(space, k), al = mask_window(alnum, k);
    if (sp != 0) return (al & ((sp & -sp) - 1)) == 0;
    if (al != 0) return false;
  }
}

enum { SMALL_BLOCKS = TITLE_MAX_BYTES / MASK_BLOCK + 1 }; /* a headline's blocks, and a byte more */

/* Counts the tokens of text[r.start, r.end) (its first TITLE_MAX_BYTES)
** whose letters and digits are a lower-case function word, and among them
** the articles; only headline candidates need them (see
** count_title_words). Bit masks of a padded copy (the bytes past r.end read as
** spaces, one block more as a sentinel) give each word's first letter
** (word_firsts); only words that open with an ASCII lower-case letter are
** visited, and one is looked up only when its run of such letters has at
** most four and no letter or digit follows before the token ends: then
** that run is the token's core. The token walk this replaces (next_token,
** tok_core, a class test a token) took 2.9M Ir and ~50K mispredicted
** branches on bbc-news (callgrind). */
void blocks_count_small_words(const char *text, Range r, uint32_t *n_small, uint32_t *n_articles) {
  char buf[SMALL_BLOCKS * MASK_BLOCK];
  if (r.end - r.start > TITLE_MAX_BYTES) r.end = r.start + TITLE_MAX_BYTES; /* buf's size */
  uint64_t lower[SMALL_BLOCKS + 1], alnum[SMALL_BLOCKS + 1], space[SMALL_BLOCKS + 1], opens[SMALL_BLOCKS];
  size_t len = r.end - r.start, n_blocks = len / MASK_BLOCK + 1, from = 1;
  memcpy(buf, text + r.start, len);
  memset(buf + len, ' ', n_blocks * MASK_BLOCK - len);
  for (size_t b = 0; b < n_blocks; b++) {
    ByteMasks m = masks_ascii(buf + b * MASK_BLOCK, true);
    if (m.high != 0) masks_patch(buf, b * MASK_BLOCK, len, ~0ULL, &m);
    lower[b] = m.lower & ~m.high;
    alnum[b] = m.alnum;
    space[b] = m.space;
    opens[b] = word_firsts(&m, &from) & lower[b];
  }
  lower[n_blocks] = alnum[n_blocks] = 0, space[n_blocks] = ~0ULL;
  *n_small = *n_articles = 0;
  for (size_t b = 0; b < n_blocks; b++)
    for (uint64_t o = opens[b]; o != 0; o &= o - 1) {
      size_t k = b * MASK_BLOCK + scan_low_bit(o);
      size_t run = scan_low_bit(~mask_window(lower, k) | 1ULL << 5); /* 1 to 5 */
      if (run > 4 || !rest_is_marks(space, alnum, k + run)) continue;
      Range core = {k, k + run};
      if (!IN_EXACT(small_words, buf, core)) continue;
      ++*n_small;
      *n_articles += IN_EXACT(articles, buf, core);
    }
}


/* Measures words, capitals and the final mark of the line (s holds
** text_len bytes). */
static void measure_line(const char *s, size_t text_len, Line *ln) {
  count_words(s, text_len, ln);
  measure_ending(s, ln);
}

/* Counts the line's function words if count_title_words asked for them
** and they are not counted yet. Counting on first use skips most lines:
** title_score rules nearly all out before it weighs capitals (bbc-news,
** callgrind: counting every candidate took 3.9M Ir and 80K mispredicted
** branches). */
static void small_words_of(const char *s, Line *ln) {
  if (!ln->small_due) return;
  ln->small_due = false;
  blocks_count_small_words(s, ln->r, &ln->n_small, &ln->n_articles);
}

/* Headline capitalization: at most a fifth of the content words (function
** words aside) start in lower case. */
static bool is_title_case(const char *s, Line *ln) {
  small_words_of(s, ln);
  uint32_t content = ln->n_words - ln->n_small;
  uint32_t lower = ln->n_lower - ln->n_small;
  return content >= 2 && lower * 5 <= content;
}

/* The line's text with a final ':' dropped, for whole-line list lookups. */
static Range without_colon(const char *s, Range r) {
  if (r.end > r.start && s[r.end - 1] == ':') r.end--;
  return r;
}

static bool cue_junk(const char *s, const Line *ln) { (void)s; return ln->n_words == 0; }

static bool cue_label(const char *s, const Line *ln) {
  return ln->r.end - ln->r.start <= 24 && IN_FOLD(label_lines, s, without_colon(s, ln->r));
}

static bool cue_nav(const char *s, const Line *ln) {
  return ln->r.end - ln->r.start <= 48 && IN_FOLD(nav_lines, s, without_colon(s, ln->r));
}

static size_t byline_parse(const char *s, Range r, RangeVec *out, bool *nomem);

static bool cue_byline(const char *s, const Line *ln) {
  const char *p = s + ln->r.start;
  bool opens = ln->r.end - ln->r.start > 3 && (p[0] == 'B' || p[0] == 'b') &&
               (p[1] == 'y' || p[1] == 'Y') && p[2] == ' ';
  return opens && ln->n_words <= MAX_BYLINE_WORDS && byline_parse(s, ln->r, NULL, NULL) > 0;
}

/* "NOW WATCH: ...", "RELATED: ...": one to three upper-case words and a colon
** opening a line that goes on but does not end like a sentence. */
static bool caps_colon_prefix(const char *s, const Line *ln) {
  if (ln->ends_sentence) return false;
  unsigned n_words = 0, n_letters = 0;
  for (size_t i = ln->r.start; i < ln->r.end && i < ln->r.start + LABEL_MAX_BYTES; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') n_letters++;
    else if (c == ' ' && n_letters > 0 && ++n_words < 3) n_letters = 0;
    else if (c == ':') return n_letters > 0 && i + 2 < ln->r.end && s[i + 1] == ' ';
    else if (c != '\'') return false;
  }
  return false;
}

/* True when the n bytes at p hold "://" or "www.". One pass stops at each
** ':' and 'w': a memchr-and-compare search for each of the two took 0.6M
** Ir on bbc-news (callgrind), a pass for each and two calls a line. */
static bool has_web_address(const char *p, size_t n) {
  for (size_t i = scan_find3(p, 0, n, ':', 'w', 'w'); i < n; i = scan_find3(p, i + 1, n, ':', 'w', 'w')) {
    if (p[i] == ':' ? n - i >= 3 && p[i + 1] == '/' && p[i + 2] == '/'
                    : n - i >= 4 && memcmp(p + i, "www.", 4) == 0)
      return true;
  }
  return false;
}

/* Links and calls to action: a short line with a URL, a known opening
** ("Read More", "Follow us"), or an upper-case label and colon. */
static bool cue_link(const char *s, const Line *ln) {
  size_t len = ln->r.end - ln->r.start;
  if (ln->n_words <= MAX_URL_LINE_WORDS && has_web_address(s + ln->r.start, len)) return true;
  unsigned char c0 = (unsigned char)(s[ln->r.start] | 0x20);
  /* The bucket by table: a binary search for it took 0.8M Ir on bbc-news. */
  size_t k = link_first_index[c0] - 1u; /* SIZE_MAX: no bucket */
  for (; k < WORDS_COUNT(link_prefixes) && (unsigned char)link_prefixes[k][0] == c0; k++) {
    const char *lit = link_prefixes[k];
    if (!starts_fold(s, ln->r, lit)) continue;
    size_t n = strlen(lit);
    size_t at = ln->r.start + n;
    if (lit[n - 1] == ':' || at == ln->r.end || s[at] == ':' || s[at] == ' ') return true;
  }
  return caps_colon_prefix(s, ln);
}

/* Whether a credit marker starts at p[at] (at < len), where credit_pairs
** says its first two bytes may: the first byte picks the bucket, whose
** markers are compared. */
static bool credit_marker_starts(const char *p, size_t len, size_t at) {
  unsigned char c = (unsigned char)p[at];
  for (size_t k = credit_first_index[c] - 1u; k < WORDS_COUNT(credit_markers) && (unsigned char)credit_markers[k][0] == c; k++)
    if (has_prefix(p + at, len - at, credit_markers[k], false)) return true;
  return false;
}

enum { CREDIT_STEP = 16 }; /* positions scan_pairs16 looks at a step; it reads one more byte */

/* The first i in [from, to) where a credit marker starts in p[0, len), or
** SIZE_MAX. Sixteen positions a step: scan_pairs16 marks where a marker's
** first two bytes stand, and only those are compared. The last step near
** the line's end loads the line's last 17 bytes (overlapping what is done,
** masked off), and a line shorter than that is copied, zero-padded, so no
** position takes a byte loop. Measured on bbc-news (callgrind), the search
** went from 9.5M Ir and 184K mispredicted branches (every capital and 'c'
** tested alone) to 8.7M and 63K; the blocks stage from 377 to 425 MB/s.
** The pairs sharing a first byte share its test (scan_pairs16_sorted):
** 9.88M -> 9.61M Ir. */
static size_t credit_marker_in(const char *p, size_t len, size_t from, size_t to) {
  char pad[CREDIT_STEP + 1];
  for (size_t i = from; i < to; i += CREDIT_STEP) {
    size_t at = i; /* the window's first position: at <= i */
    const char *w = p + i;
    if (i + CREDIT_STEP + 1 > len && len >= CREDIT_STEP + 1) {
      at = len - (CREDIT_STEP + 1);
      w = p + at;
    } else if (i + CREDIT_STEP + 1 > len) { /* a short line: len - i <= CREDIT_STEP */
      memset(pad, 0, sizeof pad);
      memcpy(pad, p + i, len - i);
      w = pad;
    }
    unsigned hits = scan_pairs16_sorted(w, credit_pairs, WORDS_COUNT(credit_pairs)) >> (i - at) << (i - at);
    if (to - at < CREDIT_STEP) hits &= (1u << (to - at)) - 1;
    for (; hits != 0; hits &= hits - 1) {
      size_t k = at + scan_low_bit(hits);
      if (credit_marker_starts(p, len, k)) return k;
    }
  }
  return SIZE_MAX;
}

/* Where (bytes from the line's start) a photo-credit marker starts within
** CREDIT_HEAD bytes of the line's start or CREDIT_TAIL bytes of its end,
** or SIZE_MAX: "Image copyright Reuters Image caption ...", "...2016.Image
** copyright", "... REUTERS/Carlos Jasso". A marker deep inside a paragraph
** is the story talking about photos. */
static size_t credit_marker_at(const char *s, const Line *ln) {
  size_t len = ln->r.end - ln->r.start;
  const char *p = s + ln->r.start;
  size_t head_end = len < CREDIT_HEAD ? len : CREDIT_HEAD;
  size_t tail_at = len > head_end + CREDIT_TAIL ? len - CREDIT_TAIL : head_end;
  if (tail_at == head_end) return credit_marker_in(p, len, 0, len); /* one run: fewer steps */
  size_t at = credit_marker_in(p, len, 0, head_end);
  return at != SIZE_MAX ? at : credit_marker_in(p, len, tail_at, len);
}

/* A credit line proper opens with its marker ("REUTERS/Jane Doe", "Photo by
** ...", "(credit: CBS)"); a short line with the marker after other words
** ("Belle Image: Nick Moreau.") is a caption carrying its credit. */
static bool cue_credit(const char *s, const Line *ln) {
  (void)s;
  return ln->n_words <= MAX_CREDIT_WORDS && ln->credit_at <= 1;
}

static bool cue_caption(const char *s, const Line *ln) {
  (void)s;
  return ln->n_words <= MAX_CAPTION_WORDS && ln->credit_at != SIZE_MAX;
}

/* Label lines: at most MAX_AGENCY_WORDS words (an agency line) or
** MAX_IMAGE_WORDS (image residue), no sentence end, every word
** capitalized, a number or a function word, and one word from the list: agency_words as printed, image_words folded to
** lower case. Headlines ("Gallery unveils interactive tree") fail on their
** lower-case words. Returns the LABEL_AGENCY and LABEL_IMAGE bits of the
** tests the line passes. One walk over the words serves both tests, and a
** word is looked up only in the lists its first byte allows (label_first):
** two walks with every word searched in both lists took 3.2M Ir on
** bbc-news (callgrind). */
static unsigned label_kinds_of(const char *s, const Line *ln) {
  if (ln->n_words > MAX_AGENCY_WORDS || ln->ends_sentence || ln->r.end - ln->r.start > LABEL_MAX_BYTES)
    return 0;
  /* the tests not failed yet */
  unsigned live = ln->n_words <= MAX_IMAGE_WORDS ? LABEL_AGENCY | LABEL_IMAGE : LABEL_AGENCY;
  unsigned found = 0;
  size_t pos = ln->r.start;
  Range tok;
  while (live != 0 && next_token(s, &pos, ln->r.end, &tok)) {
    Range core = tok_core(s, tok);
    if (core.end == core.start) continue;
    unsigned may = label_first[(unsigned char)s[core.start]] & live, in = 0;
    if ((may & LABEL_AGENCY) && IN_EXACT(agency_words, s, core)) in |= LABEL_AGENCY;
    if ((may & LABEL_IMAGE) && IN_FOLD(image_words, s, core)) in |= LABEL_IMAGE;
    found |= in;
    /* a lower-case word other than a function word fails the tests whose list lacks it */
    if ((live & ~in) && tok_first_class(s, core) == CH_LOWER && !IN_EXACT(small_words, s, core))
      live &= in;
  }
  return found & live;
}

/* A short line naming a news agency: "Reuters", "TRT World and Agencies". */
static bool cue_agency(const char *s, const Line *ln) {
  (void)s;
  return ln->label_kinds & LABEL_AGENCY;
}

/* Image residue: "16x9 Image", "Photo 3 of 5". */
static bool cue_image(const char *s, const Line *ln) {
  (void)s;
  return ln->label_kinds & LABEL_IMAGE;
}

/* Alt text or tags, all in lower case: "kerry", "syria aleppo". */
static bool cue_alt(const char *s, const Line *ln) {
  if (ln->n_words > 6 || !ln->first_lower || ln->ends_sentence || ln->ends_colon) return false;
  if (ln->r.end - ln->r.start > LABEL_MAX_BYTES) return false;
  int32_t cp;
  size_t n;
  for (size_t i = ln->r.start; i < ln->r.end; i += n)
    if (class_at(s, i, ln->r.end, &n, &cp) == CH_UPPER) return false;
  return true;
}

/* The lexical tests, in the order they are tried; the first that holds wins. */
static const struct {
  bool (*test)(const char *s, const Line *ln);
  Cue cue;
} cue_tests[] = {
    {cue_junk, CUE_JUNK},     {cue_label, CUE_LABEL},     {cue_nav, CUE_NAV},
    {cue_byline, CUE_BYLINE}, {cue_link, CUE_LINK},       {cue_credit, CUE_CREDIT},
    {cue_caption, CUE_CAPTION}, {cue_agency, CUE_CREDIT}, {cue_image, CUE_IMAGE},
    {cue_alt, CUE_ALT},
};

/* Measures the trimmed line r of s (text_len bytes) and runs the cue tests
** on it. */
static Line line_make(const char *s, size_t text_len, Range r) {
  Line ln = {.r = r, .kind = BLOCK_BODY};
  measure_line(s, text_len, &ln);
  ln.credit_at = credit_marker_at(s, &ln); /* a marker is rare: only then are words counted on */
  if (ln.credit_at != SIZE_MAX && caption_words(s, text_len, &ln) > MAX_CAPTION_WORDS)
    ln.credit_at = SIZE_MAX;
  ln.label_kinds = (unsigned char)label_kinds_of(s, &ln);
  /* Unrolled, the table's calls become direct ones: called through the
  ** pointer, each of the ten went to another target than the last, and
  ** callgrind counted 128K mispredicted indirect calls (10 a line). */
#pragma GCC unroll 16
  for (size_t k = 0; k < WORDS_COUNT(cue_tests); k++) {
    if (cue_tests[k].test(s, &ln)) {
      ln.cue = cue_tests[k].cue;
      ln.kind = cue_kinds[ln.cue];
      ln.decided = true;
      break;
    }
  }
  ln.is_prose = ln.cue == CUE_NONE &&
                ((ln.ends_sentence && ln.n_words >= 3) || (ln.ends_colon && ln.n_words >= 6) ||
                 ln.n_words >= MIN_UNPUNCTUATED_PROSE);
  return ln;
}

/* ======================================================================
** Bylines, datelines and bios
** ==================================================================== */

/* One comma- or "and"-separated piece of a byline. */
typedef struct {
  size_t start, end;   /* the name's bytes */
  unsigned n_tok, n_cap;
  bool is_role, is_bad, is_stopped;
} Piece;

static bool is_piece_separator(const char *s, Range tok) {
  static const char *const seps[] = {"&", "-", "/", "and", "|", "\xC2\xB7", "\xE2\x80\x93",
                                     "\xE2\x80\x94", "\xE2\x80\xA2"};
  for (size_t k = 0; k < WORDS_COUNT(seps); k++)
    if (cmp_fold(s + tok.start, tok.end - tok.start, seps[k]) == 0) return true;
  return false;
}

/* Adds one token to the piece: a capitalized word or a name particle; or
** "in"/"for"/"at"/"on" after a name, a date, a number or a "@handle", which
** end it ("By A in Beirut", "By A Oct. 7, 2016", "| Updated", "A@a"). */
static void piece_add(const char *s, Range tok, Piece *pc) {
  static const char *const stops[] = {"at", "for", "from", "in", "on"};
  const char *at_sign = memchr(s + tok.start, '@', tok.end - tok.start);
  if (at_sign != NULL) tok.end = (size_t)(at_sign - s); /* "Chris Pokorny@handle" */
  Range core = tok_core(s, tok);
  if (pc->is_stopped || core.end == core.start) {
    pc->is_stopped |= at_sign != NULL;
    return;
  }
  CharClass c = tok_first_class(s, core);
  bool is_date = IN_FOLD(date_words, s, core) ||
                 (c == CH_DIGIT && (pc->n_tok == 0 || pc->n_cap >= 2));
  if (is_date || (pc->n_cap >= 2 && IN_FOLD(stops, s, core))) { /* "A B On 11/13/19" */
    pc->is_stopped = true;
    return;
  }
  if (c == CH_UPPER || c == CH_LETTER) {
    if (pc->n_tok == 0) pc->start = core.start;
    pc->end = core.end;
    pc->n_tok++;
    pc->n_cap++;
    if (IN_FOLD(role_words, s, core)) pc->is_role = true;
  } else if (c == CH_LOWER && IN_EXACT(name_particles, s, core) && pc->n_tok > 0) {
    pc->n_tok++;
  } else {
    pc->is_bad = true;
  }
  pc->is_stopped |= at_sign != NULL;
}

/* Ends a piece: a name of 2-5 words is appended to out (when not NULL) and
** counted in *n_pieces, as is a role or outlet ("Staff Writer", "Reuters").
** Returns false when the piece shows the line is no byline. */
static bool piece_finish(Piece *pc, RangeVec *out, size_t *n_pieces, bool *nomem) {
  bool ok = !pc->is_bad;
  if (ok && pc->is_role) {
    (*n_pieces)++;
  } else if (ok && pc->n_cap >= 2 && pc->n_tok <= 5) {
    (*n_pieces)++;
    if (out != NULL && !vec_push(out, ((Range){pc->start, pc->end})) && nomem) *nomem = true;
  }
  *pc = (Piece){0};
  return ok;
}

/* Reads a line that opens with "By " ("By A", "By A and B", "By A, B and
** C", "By A, Staff Writer", "By JERUSALEM POST STAFF"), appending each
** person's name to out when out is not NULL (setting *nomem if that fails).
** Returns the number of names and roles read; 0 when the line is no byline
** ("By Friday, the army..."). */
static size_t byline_parse(const char *s, Range r, RangeVec *out, bool *nomem) {
  size_t pos = r.start + 3, n_names = 0;
  size_t n_out = out ? out->len : 0;
  Piece pc = {0};
  Range tok;
  while (next_token(s, &pos, r.end, &tok)) {
    if (is_piece_separator(s, tok)) {
      if (!piece_finish(&pc, out, &n_names, nomem)) goto fail;
      continue;
    }
    piece_add(s, tok, &pc);
    char last = s[tok.end - 1];
    if ((last == ',' || last == ';') && !piece_finish(&pc, out, &n_names, nomem)) goto fail;
  }
  if (piece_finish(&pc, out, &n_names, nomem)) return n_names;
fail:
  if (out) out->len = n_out;
  return 0;
}

/* An upper-case place word: "WASHINGTON", "ST.", "D'IVOIRE". */
static bool is_caps_word(const char *s, Range core) {
  int32_t cp;
  size_t n_upper = 0, n;
  for (size_t i = core.start; i < core.end; i += n) {
    CharClass c = class_at(s, i, core.end, &n, &cp);
    if (c == CH_UPPER) n_upper++;
    else if (!(cp == '.' || cp == '\'' || cp == '-' || cp == 0x2019)) return false;
  }
  return n_upper > 0;
}

static bool is_dash(const char *s, Range tok) {
  static const char *const dashes[] = {"-", "--", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x95"};
  for (size_t k = 0; k < WORDS_COUNT(dashes); k++)
    if (cmp_exact(s + tok.start, tok.end - tok.start, dashes[k]) == 0) return true;
  return false;
}

/* Whether a token after the first in [start, end) may be a dash: a '-' or
** a 0xE2 (the lead byte of the Unicode dashes) right after white space.
** dateline_parse ends only at such a token, so without one the paragraph
** opens with no dateline and its words need not be read. */
static bool has_dash_token(const char *s, size_t start, size_t end) {
  int32_t cp;
  for (size_t i = start + 1; (i = scan_find3(s, i, end, '-', 0xE2, '-')) < end; i++) {
    (void)cp_prev(s, start, i, &cp);
    if (cp_class(cp) == CH_SPACE) return true;
  }
  return false;
}

/* What dateline_parse has seen so far. */
typedef struct {
  Range place;
  unsigned n_place, n_extra, n_paren;
  bool is_mixed, place_done, has_comma, in_paren, has_agency;
} DatelineScan;

/* Feeds one token to the dateline scanner. Returns 1 at the closing dash,
** 0 to go on, -1 when the paragraph does not open with a dateline. */
static int dateline_step(const char *s, Range tok, DatelineScan *ds) {
  Range core = tok_core(s, tok);
  if (ds->in_paren) {
    ds->in_paren = s[tok.end - 1] != ')';
    return ++ds->n_paren > 4 ? -1 : 0;
  }
  if (is_dash(s, tok)) return ds->n_place > 0 ? 1 : -1;
  if (s[tok.start] == '(' && ds->n_place > 0) {
    ds->in_paren = s[tok.end - 1] != ')';
    ds->has_agency = true;
    ds->place_done = true;
    return 0;
  }
  if (!ds->place_done && core.end > core.start && ds->n_place < 4) {
    bool caps = is_caps_word(s, core);
    bool cap = tok_first_class(s, core) == CH_UPPER;
    if ((caps && !ds->is_mixed) || (cap && (ds->n_place == 0 || ds->is_mixed))) {
      if (ds->n_place == 0) ds->place.start = core.start;
      ds->is_mixed = !caps;
      ds->place.end = core.end;
      ds->n_place++;
      ds->place_done = ds->has_comma = s[tok.end - 1] == ',';
      return 0;
    }
  }
  if (ds->n_place == 0 || !ds->has_comma) return -1;
  ds->place_done = true;
  return ++ds->n_extra > 4 ? -1 : 0;
}

/* Recognizes a dateline opening a paragraph: an upper-case place
** ("WASHINGTON", "NEW YORK"), maybe ", Syria" or a date, maybe an agency in
** parentheses, then a dash ("--", "-", "–", "—"). A mixed-case place
** ("Beirut (Reuters) -") needs the agency. Reads at most DATELINE_WINDOW
** bytes. Returns true with the place in *place; *is_alone says nothing
** follows the dash. */
static bool dateline_parse(const char *s, Range r, Range *place, bool *is_alone) {
  size_t end = r.end - r.start > DATELINE_WINDOW ? r.start + DATELINE_WINDOW : r.end;
  size_t pos = r.start;
  if (!has_dash_token(s, r.start, end)) return false; /* most paragraphs */
  DatelineScan ds = {0};
  Range tok;
  while (next_token(s, &pos, end, &tok)) {
    int step = dateline_step(s, tok, &ds);
    if (step < 0) return false;
    if (step == 0) continue;
    if (ds.is_mixed && !ds.has_agency) return false;
    if (ds.place.end - ds.place.start < 2) return false;
    if (ds.n_place == 1 && IN_FOLD(kicker_words, s, ds.place)) return false; /* "EXCLUSIVE -" */
    *place = ds.place;
    *is_alone = pos >= r.end || trim(s, pos, r.end).start >= r.end;
    return true;
  }
  return false;
}

/* False when the line's second token opens with a lower-case ASCII letter
** or a digit ("The government said ..."), where bio_parse would stop with
** one name word: most paragraphs, told from the bytes around the first
** white space (when it is ' ' after ASCII) without reading tokens. On
** bbc-news (callgrind) it cut bio_parse from 4.1M Ir and 61K mispredicted
** branches to 2.5M and 46K. */
static bool second_word_may_be_capital(const char *s, Range r) {
  size_t i = r.start;
  while (i < r.end && s[i] > ' ' && s[i] != 0x7F) i++; /* stops at white space, controls, non-ASCII */
  if (i + 1 >= r.end || s[i] != ' ') return true;
  char c = s[i + 1];
  return !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}

/* True when the paragraph reads as an author bio: two to four capitalized
** words, a bio verb ("is", "has", "writes"...), and a job word
** ("correspondent", "reporter"...) within the next BIO_JOB_WINDOW words.
** *name gets the name. */
static bool bio_parse(const char *s, Range r, Range *name) {
  if (!second_word_may_be_capital(s, r)) return false;
  size_t pos = r.start;
  Range tok, core = {0, 0};
  unsigned n_name = 0;
  while (next_token(s, &pos, r.end, &tok)) {
    core = tok_core(s, tok);
    if (core.end == core.start || tok_first_class(s, core) != CH_UPPER || n_name == 4) break;
    if (n_name++ == 0) name->start = core.start;
    name->end = core.end;
  }
  if (n_name < 2 || core.end == core.start || !IN_FOLD(bio_verbs, s, core)) return false;
  for (int k = 0; k < BIO_JOB_WINDOW && next_token(s, &pos, r.end, &tok); k++) {
    core = tok_core(s, tok);
    if (core.end > core.start && IN_FOLD(bio_words, s, core)) return true;
  }
  return false;
}

/* ======================================================================
** Near-duplicates ("echoes")
**
** A caption often repeats a body sentence. The word trigrams of each short
** prose line beside picture clutter go into a small hash table; then every
** other line is scanned once, and a candidate whose trigrams mostly (3/4)
** occur in one longer line — or in an identical earlier line — is an echo
** of it, and so a caption.
** ==================================================================== */

enum {
  ECHO_MIN_WORDS = 7,
  ECHO_MAX_BYTES = 1 << 15, /* candidates indexed per article, at most */
  ECHO_IDS = 4,             /* candidates remembered per trigram */
  ECHO_BLOOM_BITS = 1 << 16 /* 8 KB filter in front of the table */
};

typedef struct {
  uint64_t key; /* 0: empty */
  uint32_t ids[ECHO_IDS];
  uint32_t n_ids;
  uint32_t stamp; /* last scanned line + 1, so a trigram votes once per line */
} TriSlot;

/* Walks the word trigrams of one line. */
typedef struct {
  size_t pos, end;
  uint64_t h1, h2;
  unsigned n;
} TriIter;

/* Hashes the word (run of letters/digits, lower-cased) at or after *pos
** into *h and moves *pos past it; false at end. The hot loop of the echo
** scan: for ASCII, one flag-table read per byte and a single branch per
** word (its end), the hash kept with conditional moves. */
static inline bool word_hash(const char *text, size_t *pos, size_t end, uint64_t *h) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = *pos, n;
  uint64_t x = 0;
  unsigned in_word = 0;
  int32_t cp;
  while (i < end) {
    unsigned f = (unsigned)(byte_flags[s[i]] - '@');
    uint64_t c = s[i] | ((f & F_UPPER) << 3); /* ASCII lower case: set 0x20 */
    n = 1;
    if (f & F_HIGH) {
      CharClass cls = class_at(text, i, end, &n, &cp);
      f = class_flags[cls];
      c = (uint64_t)(cls == CH_UPPER ? utf8proc_tolower(cp) : cp);
    }
    unsigned is_alnum = (f >> 1) & 1;
    if (!is_alnum && in_word) break;
    x = is_alnum ? ((x << 7 | x >> 57) ^ c) : x;
    in_word |= is_alnum;
    i += n;
  }
  *pos = i;
  if (!in_word) return false;
  x *= 0x9E3779B97F4A7C15ULL;
  *h = x ^ (x >> 31);
  return true;
}

/* The next word trigram's hash (never 0); false at the end of the line. */
static inline bool tri_next(const char *s, TriIter *it, uint64_t *out) {
  uint64_t h;
  while (word_hash(s, &it->pos, it->end, &h)) {
    uint64_t h1 = it->h1, h2 = it->h2;
    it->h1 = h2;
    it->h2 = h;
    if (++it->n < 3) continue;
    uint64_t t = (h1 * 0x9E3779B97F4A7C15ULL) ^ ((h2 << 21 | h2 >> 43) * 0xC2B2AE3D27D4EB4FULL) ^ h;
    t ^= t >> 29;
    *out = t ? t : 1;
    return true;
  }
  return false;
}

typedef struct {
  uint64_t bloom[ECHO_BLOOM_BITS / 64]; /* trigrams indexed, by their top bits */
  TriSlot *slots;
  size_t mask;
  uint32_t *n_tri;  /* per line: distinct trigrams indexed */
  uint32_t *votes;  /* per line: trigrams found in the line being scanned */
  uint32_t *touched;
  size_t n_touched;
} EchoIndex;

static size_t bloom_bit(uint64_t key) { return (size_t)(key >> 48) & (ECHO_BLOOM_BITS - 1); }

/* The slot of key (linear probing; the table is at most half full). Without
** insert, NULL when key is absent; the Bloom filter answers most misses
** without touching the table. */
static TriSlot *echo_slot(EchoIndex *ix, uint64_t key, bool insert) {
  size_t bit = bloom_bit(key);
  if (insert) ix->bloom[bit / 64] |= 1ULL << (bit % 64);
  else if (!(ix->bloom[bit / 64] >> (bit % 64) & 1)) return NULL;
  for (size_t i = key & ix->mask;; i = (i + 1) & ix->mask) {
    TriSlot *sl = &ix->slots[i];
    if (sl->key == key) return sl;
    if (sl->key == 0) {
      if (!insert) return NULL;
      sl->key = key;
      return sl;
    }
  }
}

/* Picture clutter around a line: a credit, caption, caption label, image
** residue or alt text; the company a caption keeps. */
static bool is_clutter(const Line *ln) {
  return ln->cue == CUE_CREDIT || ln->cue == CUE_CAPTION || ln->cue == CUE_LABEL ||
         ln->cue == CUE_IMAGE || ln->cue == CUE_ALT || ln->kind == BLOCK_CAPTION;
}

static bool near_clutter(const Line *lines, size_t n, size_t i) {
  return (i > 0 && is_clutter(&lines[i - 1])) || (i + 1 < n && is_clutter(&lines[i + 1]));
}

/* Undecided prose of a caption's length beside clutter: only there is a
** repeated line a caption (a live blog may repeat itself in the story).
** Never the first line, a headline the story may repeat. */
static bool echo_candidate(const char *s, size_t text_len, Line *lines, size_t n, size_t i) {
  Line *ln = &lines[i];
  if (i == 0 || !ln->is_prose || ln->decided || ln->n_words < ECHO_MIN_WORDS) return false;
  return near_clutter(lines, n, i) && caption_words(s, text_len, ln) <= MAX_CAPTION_WORDS;
}

/* Only an undecided line, or a body-to-be, as long as the shortest
** candidate, can hold the original. */
static bool echo_source(const Line *ln, size_t min_len) {
  return ln->r.end - ln->r.start >= min_len && ln->cue == CUE_NONE && ln->kind != BLOCK_CAPTION;
}

/* Indexes the trigrams of line id. */
static void echo_insert(EchoIndex *ix, const char *s, const Line *ln, uint32_t id) {
  TriIter it = {.pos = ln->r.start, .end = ln->r.end};
  uint64_t h;
  while (tri_next(s, &it, &h)) {
    TriSlot *sl = echo_slot(ix, h, true);
    if (sl->n_ids > 0 && sl->ids[sl->n_ids - 1] == id) continue;
    if (sl->n_ids < ECHO_IDS) sl->ids[sl->n_ids++] = id;
    ix->n_tri[id]++;
  }
}

/* Scans line m against the index and marks each candidate it echoes. */
static void echo_scan(EchoIndex *ix, const char *s, Line *lines, uint32_t m) {
  TriIter it = {.pos = lines[m].r.start, .end = lines[m].r.end};
  uint64_t h;
  while (tri_next(s, &it, &h)) {
    TriSlot *sl = echo_slot(ix, h, false);
    if (sl == NULL || sl->stamp == m + 1) continue;
    sl->stamp = m + 1;
    for (uint32_t k = 0; k < sl->n_ids; k++) {
      uint32_t l = sl->ids[k];
      if (l == m) continue;
      if (ix->votes[l]++ == 0) ix->touched[ix->n_touched++] = l;
    }
  }
  size_t len_m = lines[m].r.end - lines[m].r.start;
  for (size_t k = 0; k < ix->n_touched; k++) {
    uint32_t l = ix->touched[k];
    size_t len_l = lines[l].r.end - lines[l].r.start;
    bool contains = len_m > len_l || (len_m == len_l && m < l);
    if (contains && ix->votes[l] * 4 >= ix->n_tri[l] * 3) lines[l].is_echo = true;
    ix->votes[l] = 0;
  }
  ix->n_touched = 0;
}

/* Flags the echo candidates (is_cand) and returns their total bytes, at most
** about ECHO_MAX_BYTES; *min_len gets the shortest one's length. */
static size_t echo_pick(const char *s, size_t text_len, Line *lines, size_t n, size_t *min_len) {
  size_t total = 0;
  *min_len = SIZE_MAX;
  for (size_t i = 0; i < n && total < ECHO_MAX_BYTES; i++) {
    size_t len = lines[i].r.end - lines[i].r.start;
    lines[i].is_cand = echo_candidate(s, text_len, lines, n, i);
    if (!lines[i].is_cand) continue;
    total += len;
    if (len < *min_len) *min_len = len;
  }
  return total;
}

/* Flags (is_echo) candidate lines that repeat most of a longer line, or an
** identical earlier one. Returns false when memory ran out. */
static bool find_echoes(const char *s, size_t text_len, Line *lines, size_t n) {
  size_t min_len;
  size_t total = echo_pick(s, text_len, lines, n, &min_len); /* a trigram takes >= 2 bytes */
  if (total == 0 || n > UINT32_MAX - 1) return true;
  size_t cap = 64;
  while (cap < total + 2) cap *= 2;
  EchoIndex *ix = calloc(1, sizeof *ix);
  if (ix == NULL) return false;
  *ix = (EchoIndex){.slots = calloc(cap, sizeof(TriSlot)), .mask = cap - 1,
                    .n_tri = calloc(n, sizeof(uint32_t)), .votes = calloc(n, sizeof(uint32_t)),
                    .touched = calloc(n, sizeof(uint32_t))};
  bool ok = ix->slots && ix->n_tri && ix->votes && ix->touched;
  for (size_t i = 0; ok && i < n; i++)
    if (lines[i].is_cand) echo_insert(ix, s, &lines[i], (uint32_t)i);
  for (size_t i = 0; ok && i < n; i++)
    if (echo_source(&lines[i], min_len)) echo_scan(ix, s, lines, (uint32_t)i);
  free(ix->slots);
  free(ix->n_tri);
  free(ix->votes);
  free(ix->touched);
  free(ix);
  return ok;
}

/* ======================================================================
** Context passes
** ==================================================================== */

typedef struct {
  Article *a;
  const char *s;
  LineVec lines;
  size_t first_body, last_body; /* SIZE_MAX when the article has no body */
  bool nomem;
} Doc;

#define LINE(d, i) (&(d)->lines.items[(i)])

static void set_kind(Line *ln, BlockKind kind) {
  ln->kind = kind;
  ln->decided = true;
}

/* Makes line i a caption if it is an undecided line of a few words. */
static void mark_caption(Doc *d, size_t i) {
  if (i >= d->lines.len) return;
  Line *ln = LINE(d, i);
  if (!ln->decided && ln->cue == CUE_NONE && ln->n_words >= 4) set_kind(ln, BLOCK_CAPTION);
}

/* The index of the last prose line, or SIZE_MAX. */
static size_t last_prose(const Doc *d) {
  for (size_t i = d->lines.len; i-- > 0;)
    if (d->lines.items[i].is_prose) return i;
  return SIZE_MAX;
}

/* Captions by neighbourhood: the line after an "Image caption" label; for a
** credit line, the prose line just before it, or — when the credit follows
** alt text or image residue ("kerry" / "Reuters" / caption) — the line after
** it. A credit after the last prose line is a source line and marks nothing. */
static void mark_captions_by_credit(Doc *d) {
  size_t end_prose = last_prose(d);
  for (size_t i = 0; i < d->lines.len; i++) {
    Cue cue = LINE(d, i)->cue;
    if (cue == CUE_LABEL) mark_caption(d, i + 1);
    if (cue != CUE_CREDIT || end_prose == SIZE_MAX || i > end_prose) continue;
    if (i == 0) continue;
    const Line *prev = LINE(d, i - 1);
    if (prev->is_prose) mark_caption(d, i - 1);
    else if (prev->cue == CUE_ALT || prev->cue == CUE_IMAGE || prev->cue == CUE_LABEL)
      mark_caption(d, i + 1);
  }
}

/* An echo (a line repeated beside clutter) is a caption. */
static void mark_echo_captions(Doc *d) {
  for (size_t i = 0; i < d->lines.len; i++) {
    Line *ln = LINE(d, i);
    if (ln->is_echo && !ln->decided) set_kind(ln, BLOCK_CAPTION);
  }
}

/* Finds a dateline in the first DATELINE_SEARCH prose paragraphs. Prose
** before that paragraph (other than the first line, which may be the
** headline) is a caption: the story starts at its dateline. */
static void find_dateline(Doc *d) {
  unsigned seen = 0;
  for (size_t i = 0; i < d->lines.len && seen < DATELINE_SEARCH; i++) {
    Line *ln = LINE(d, i);
    if (ln->decided || !(ln->is_prose || ln->n_words <= 3)) continue;
    Range place;
    bool is_alone = false;
    bool found = dateline_parse(d->s, ln->r, &place, &is_alone);
    if (!found || (!ln->is_prose && !is_alone)) {
      seen += ln->is_prose;
      continue;
    }
    d->a->dateline = place;
    if (is_alone) set_kind(ln, BLOCK_DATELINE);
    for (size_t j = 1; j < i; j++)
      if (LINE(d, j)->is_prose && !LINE(d, j)->decided) set_kind(LINE(d, j), BLOCK_CAPTION);
    return;
  }
}

/* Appends name to the bylines unless the same text is there already. */
static void add_byline(Doc *d, Range name) {
  RangeVec *v = &d->a->bylines;
  for (size_t k = 0; k < v->len; k++)
    if (range_eq(d->s, v->items[k], name)) return;
  if (!vec_push(v, name)) d->nomem = true;
}

/* An author bio among the last lines, after the first prose line: "Mike
** Eckel is a senior correspondent ...". A line just before it holding only
** the name is the byline. */
static void find_bio(Doc *d) {
  size_t n = d->lines.len, first_prose = 0;
  while (first_prose < n && !LINE(d, first_prose)->is_prose) first_prose++;
  for (size_t i = n; i-- > first_prose + 1 && i + BIO_SEARCH >= n;) {
    Line *ln = LINE(d, i);
    Range name;
    if (ln->decided || !ln->is_prose || !bio_parse(d->s, ln->r, &name)) continue;
    set_kind(ln, BLOCK_BIO);
    if (i > 0 && !LINE(d, i - 1)->decided && range_eq(d->s, LINE(d, i - 1)->r, name)) {
      set_kind(LINE(d, i - 1), BLOCK_BYLINE);
      name = LINE(d, i - 1)->r;
    }
    add_byline(d, name);
    return;
  }
}

/* Undecided prose that is not the headline; the tests' bits are combined
** without a branch (see anchor_body_span). */
static bool is_body_prose(const Line *ln) {
  return (unsigned)!ln->decided & (unsigned)ln->is_prose & (unsigned)(ln->kind != BLOCK_TITLE);
}

/* Sets the body span to the first and last body prose of min_words or more
** words; false (span left empty) when there is none. Without a branch a
** line (the test's bits are combined, the ends moved by conditional moves):
** prose and clutter alternate at random, and the branching loop
** mispredicted about one line in three (bbc-news, callgrind: 29K of 40K). */
static bool anchor_body_span(Doc *d, uint32_t min_words) {
  size_t first = SIZE_MAX, last = SIZE_MAX;
  for (size_t i = 0; i < d->lines.len; i++) {
    const Line *ln = LINE(d, i);
    unsigned anchor = (unsigned)is_body_prose(ln) & (unsigned)(ln->n_words >= min_words);
    last = anchor ? i : last;
    first = last < first ? last : first;
  }
  d->first_body = first;
  d->last_body = last;
  return first != SIZE_MAX;
}

/* The body runs between its anchors, the first and last body prose of
** MIN_ANCHOR_WORDS or more words, widened over the prose lines right beside
** them (a short closing sentence); short prose further out ("Lowest Prices
** Anywhere!" among the links after a story) does not stretch it. Without
** such a line any prose anchors it. */
static void find_body_span(Doc *d) {
  if (!anchor_body_span(d, MIN_ANCHOR_WORDS) && !anchor_body_span(d, 0)) return;
  while (d->first_body > 0 && is_body_prose(LINE(d, d->first_body - 1))) d->first_body--;
  while (d->last_body + 1 < d->lines.len && is_body_prose(LINE(d, d->last_body + 1)))
    d->last_body++;
}

static bool line_in_head(const Doc *d, size_t i) {
  return d->first_body == SIZE_MAX || i <= d->first_body;
}

/* A list item: a dash, bullet or star, then a space ("- Best actress -"). */
static bool is_list_item(const char *s, const Line *ln) {
  static const char *const markers[] = {"* ", "- ", "\xE2\x80\x93 ", "\xE2\x80\x94 ",
                                        "\xE2\x80\xA2 "};
  for (size_t k = 0; k < WORDS_COUNT(markers); k++)
    if (starts_fold(s, ln->r, markers[k])) return true;
  return false;
}

/* Widens the body span over what plainly belongs to it: list items right
** after the last paragraph, and an unpunctuated lead sentence (a dozen
** words or more, not title case) right before the first. */
static void extend_body_span(Doc *d) {
  if (d->first_body == SIZE_MAX) return;
  while (d->last_body + 1 < d->lines.len) {
    const Line *ln = LINE(d, d->last_body + 1);
    if (ln->decided || ln->cue != CUE_NONE || ln->n_words < 3 || !is_list_item(d->s, ln)) break;
    d->last_body++;
  }
  while (d->first_body > 0) {
    Line *ln = LINE(d, d->first_body - 1);
    if (ln->decided || ln->cue != CUE_NONE || ln->n_words < MIN_LEAD_WORDS || is_title_case(d->s, ln))
      break;
    d->first_body--;
  }
}

/* Marks where title case matters, so that function words are counted
** there (small_words_of): undecided lines short enough to be a headline
** that are fragments, or the first line. */
static void count_title_words(Doc *d) {
  for (size_t i = 0; i < d->lines.len; i++) {
    Line *ln = LINE(d, i);
    if (ln->decided || ln->n_words > MAX_TITLE_WORDS || ln->r.end - ln->r.start > TITLE_MAX_BYTES)
      continue;
    ln->small_due = !ln->is_prose || i == 0;
  }
}

static bool neighbour_is_byline(const Doc *d, size_t i) {
  return (i > 0 && LINE(d, i - 1)->cue == CUE_BYLINE) ||
         (i + 1 < d->lines.len && LINE(d, i + 1)->cue == CUE_BYLINE);
}

/* Whether a first line that ends like a sentence may still be a headline:
** title case up to 30 words; sentence case up to 15 words, or 17 in
** headlinese (no article). Measured: polnear's sentence-case headlines
** run to 14 words or so, the multi-news lead sentences to 18 and more. */
static bool is_headline_sentence(const Line *ln, bool title_case) {
  if (title_case) return ln->n_words <= MAX_TITLE_CASE_PROSE_TITLE_WORDS;
  return ln->n_words <= MAX_SHORT_TITLE_WORDS ||
         (ln->n_words <= MAX_PROSE_TITLE_WORDS && ln->n_articles == 0);
}

/* True when the line's first word names a month or weekday, or is
** "Updated"/"Published"/"Posted": with a number, it is a date line. */
static bool opens_with_date_word(const char *s, const Line *ln) {
  size_t pos = ln->r.start;
  Range tok;
  if (!next_token(s, &pos, ln->r.end, &tok)) return false;
  Range core = tok_core(s, tok);
  return core.end > core.start && IN_FOLD(date_words, s, core);
}

/* How much line i looks like the headline, or INT_MIN when it cannot be
** one. Headlines are short, unpunctuated, often title case; they open the
** article, or close it beside a byline. The first line may be a short
** sentence (is_headline_sentence). */
static int title_score(Doc *d, size_t i) {
  Line *ln = LINE(d, i);
  bool in_head = line_in_head(d, i);
  bool in_tail = d->last_body != SIZE_MAX && i > d->last_body;
  if (ln->decided || ln->cue != CUE_NONE || ln->ends_colon) return INT_MIN;
  if (ln->n_words > MAX_TITLE_WORDS || !(in_head || in_tail)) return INT_MIN;
  uint32_t n_numbers = ln->n_words - ln->n_upper - ln->n_lower; /* "Oct. 7, 2016" */
  if (ln->n_words < 2 || n_numbers * 2 >= ln->n_words) return INT_MIN;
  if (n_numbers > 0 && opens_with_date_word(d->s, ln)) return INT_MIN; /* "Monday, Nov. 18" */
  if (in_tail && !in_head && !neighbour_is_byline(d, i)) return INT_MIN;
  bool title_case = is_title_case(d->s, ln);
  if (ln->is_prose && (i != 0 || !is_headline_sentence(ln, title_case))) return INT_MIN;
  if (d->a->dateline.end > d->a->dateline.start && d->a->dateline.start >= ln->r.start &&
      d->a->dateline.end <= ln->r.end)
    return INT_MIN; /* "DALLAS - Kennan Jones is recovering...": a lead, not a headline */
  int score = ln->n_words >= 4 ? 3 : ln->n_words == 3 ? 1 : -1;
  score -= ln->first_lower ? 1 : 0;
  score += title_case ? 1 : 0;
  score += neighbour_is_byline(d, i) ? 3 : 0;
  score += in_head ? 2 : 0;
  score += i == 0 ? 1 : 0;
  score += ln->ends_sentence ? -2 : 0;
  return score;
}

/* Picks the headline: the best candidate of the head, else of the tail; ties
** go to the earlier line. Marks it, and every identical line, BLOCK_TITLE. */
static void find_title(Doc *d) {
  size_t best[2] = {SIZE_MAX, SIZE_MAX}; /* head, tail */
  int best_score[2] = {0, 0};
  for (size_t i = 0; i < d->lines.len; i++) {
    int score = title_score(d, i);
    int region = line_in_head(d, i) ? 0 : 1;
    if (score < 1 || score <= best_score[region]) continue;
    best[region] = i;
    best_score[region] = score;
  }
  size_t pick = best[0] != SIZE_MAX ? best[0] : best[1];
  if (pick == SIZE_MAX) return;
  Range title = LINE(d, pick)->r;
  d->a->title = title;
  for (size_t i = 0; i < d->lines.len; i++)
    if (range_eq(d->s, LINE(d, i)->r, title)) set_kind(LINE(d, i), BLOCK_TITLE);
}

/* Inside the body, a run of CLUTTER_RUN or more lines without prose is a
** block of links or labels between parts of a page ("Topics:", "Mac,",
** "(42) Comments", "Tweet"); its plain fragments are boilerplate, its list
** items ("- Best actress - ...") and lines ending in ':' stay. */
static void mark_fragment_runs(Doc *d) {
  size_t n = d->lines.len;
  for (size_t i = d->first_body; d->first_body != SIZE_MAX && i <= d->last_body;) {
    size_t j = i;
    while (j <= d->last_body && !LINE(d, j)->is_prose) j++;
    for (size_t k = i; j - i >= CLUTTER_RUN && k < j && k < n; k++) {
      Line *ln = LINE(d, k);
      if (!ln->decided && !ln->ends_colon && !is_list_item(d->s, ln))
        set_kind(ln, BLOCK_BOILERPLATE);
    }
    i = j + 1;
  }
}

/* Final kinds for what is left: inside the body span, body (prose, subheads,
** list items); outside it, boilerplate. Collects the names of "By" lines. */
static void settle(Doc *d) {
  mark_fragment_runs(d);
  for (size_t i = 0; i < d->lines.len; i++) {
    Line *ln = LINE(d, i);
    if (ln->cue == CUE_BYLINE && ln->kind == BLOCK_BYLINE) {
      RangeVec names = {0};
      byline_parse(d->s, ln->r, &names, &d->nomem);
      for (size_t k = 0; k < names.len; k++) add_byline(d, names.items[k]);
      vec_free(&names);
    }
    if (ln->decided) continue;
    bool inside = d->first_body != SIZE_MAX && i >= d->first_body && i <= d->last_body;
    set_kind(ln, inside ? BLOCK_BODY : BLOCK_BOILERPLATE);
  }
}

/* Splits the text into trimmed non-empty lines and measures them. */
static bool split_lines(Doc *d) {
  const char *s = d->s;
  size_t len = d->a->len;
  for (size_t at = 0; at < len;) {
    const char *nl = memchr(s + at, '\n', len - at);
    size_t end = nl ? (size_t)(nl - s) : len;
    Range r = trim(s, at, end);
    if (r.end > r.start && !vec_push(&d->lines, line_make(s, len, r))) return false;
    at = end + 1;
  }
  return true;
}

/* Copies the decided lines into a->blocks. */
static bool emit_blocks(Doc *d) {
  if (!vec_reserve(&d->a->blocks, d->lines.len)) return false;
  for (size_t i = 0; i < d->lines.len; i++)
    d->a->blocks.items[d->a->blocks.len++] = (Block){LINE(d, i)->r, LINE(d, i)->kind};
  return true;
}

LedeStatus blocks_classify(Article *a, Err *err) {
  a->blocks.len = 0;
  a->bylines.len = 0;
  a->title = a->dateline = (Range){0, 0};
  if (a->text == NULL || a->len == 0) return LEDE_OK;
  Doc d = {.a = a, .s = a->text};
  vec_take(&d.lines, SPARE_BLOCK_LINES); /* the last article's lines: no malloc and free a parse */
  bool ok = split_lines(&d);
  if (ok) {
    mark_captions_by_credit(&d);
    ok = find_echoes(d.s, a->len, d.lines.items, d.lines.len);
  }
  if (ok) {
    mark_echo_captions(&d);
    find_dateline(&d);
    find_bio(&d);
    find_body_span(&d);
    count_title_words(&d);
    find_title(&d);
    find_body_span(&d);
    extend_body_span(&d);
    settle(&d);
    ok = !d.nomem && emit_blocks(&d);
  }
  vec_give(&d.lines, SPARE_BLOCK_LINES);
  if (ok) return LEDE_OK;
  a->blocks.len = a->bylines.len = 0;
  a->title = a->dateline = (Range){0, 0};
  return err_set(err, LEDE_ENOMEM, "blocks: out of memory classifying %zu bytes", a->len);
}

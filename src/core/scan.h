/*
** scan.h — byte-scanning primitives the parser stages share for their hot
** loops: eight bytes at a time ("SWAR": SIMD within a register, portable
** C), so skipping a run of letters or finding the next quote mark costs a
** few instructions per eight bytes instead of per byte; the code point
** decoder their lexers share; and the word keys (ScanKey) that wordtab.c
** and entity.c hash on. Header only.
*/
#ifndef LEDE_SCAN_H
#define LEDE_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>
/* LEDE_SCAN_SIMD: the sixteen-byte steps use SSE2 (x86-64 always has it);
** other hosts, and a build with LEDE_NO_SIMD (tests/c: test_scan_swar runs
** test_scan.c so, to test the other paths here too), take the eight-byte
** SWAR paths. Decided from the compiler's __SSE2__ only: test_scan.c
** checks that an x86-64 build without LEDE_NO_SIMD has it set. */
#if defined(__SSE2__) && !defined(LEDE_NO_SIMD)
#define LEDE_SCAN_SIMD 1
#include <emmintrin.h>
#else
#define LEDE_SCAN_SIMD 0
#endif

#define SCAN_ONES 0x0101010101010101ULL
#define SCAN_HIGH 0x8080808080808080ULL

/* ---- loading ------------------------------------------------------------ */

/* The eight bytes at p as a little-endian word: byte k of the text is byte k
** of the value (bits 8k..8k+7) on every host. */
static inline uint64_t scan_load8(const char *p) {
  uint64_t x;
  memcpy(&x, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  x = __builtin_bswap64(x);
#endif
  return x;
}

/* x with its bytes in reverse order: a little-endian word (scan_load8)
** becomes a number that orders like its bytes as a string (byte 0 most
** significant), so sorted rows of 8 bytes binary-search with integer
** compares. */
static inline uint64_t scan_bswap64(uint64_t x) {
#if defined(__GNUC__)
  return __builtin_bswap64(x);
#else
  x = x >> 32 | x << 32;
  x = (x & 0xFFFF0000FFFF0000ULL) >> 16 | (x & 0x0000FFFF0000FFFFULL) << 16;
  return (x & 0xFF00FF00FF00FF00ULL) >> 8 | (x & 0x00FF00FF00FF00FFULL) << 8;
#endif
}

/* The eight bytes at p as a number that orders like them as a string. */
static inline uint64_t scan_load8_be(const char *p) { return scan_bswap64(scan_load8(p)); }

/* The n bytes at p (n <= 16) zero-padded to 16 and read as two
** little-endian words w[0], w[1], without reading outside [p, p + n):
** overlapping loads from both ends, whose shared bytes agree. */
static inline void scan_load16(const char *p, size_t n, uint64_t w[2]) {
  w[0] = w[1] = 0;
  if (n >= 8) {
    w[0] = scan_load8(p);
    if (n > 8) w[1] = scan_load8(p + n - 8) >> (8 * (16 - n));
  } else if (n >= 4) {
    uint32_t lo, hi;
    memcpy(&lo, p, 4);
    memcpy(&hi, p + n - 4, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    lo = __builtin_bswap32(lo);
    hi = __builtin_bswap32(hi);
#endif
    w[0] = lo | (uint64_t)hi << (8 * (n - 4));
  } else if (n > 0) { /* 1 to 3 bytes: first, middle and last, no loop */
    const unsigned char *u = (const unsigned char *)p;
    w[0] = (uint64_t)u[0] | (uint64_t)u[n / 2] << (8 * (n / 2)) | (uint64_t)u[n - 1] << (8 * (n - 1));
  }
}

/* ---- code points -------------------------------------------------------- */

/* Decodes the code point at s[i] (i < end) into *cp and returns its byte
** length; a byte that starts no valid sequence reads as U+FFFD, one byte
** long. ASCII takes the inline path; the rest asks utf8proc. */
static inline size_t scan_decode(const char *s, size_t i, size_t end, int32_t *cp) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(end - i), cp);
  if (n <= 0) {
    *cp = 0xFFFD;
    return 1;
  }
  return (size_t)n;
}

/* ---- word keys ----------------------------------------------------------- */

/* A word of at most 16 bytes as a hash key: its bytes, ASCII lower-cased
** and zero-padded to 16, read as two little-endian words. Text holds no
** NUL (normalize_text refuses it), so the padding marks the length and a
** lookup compares two words instead of strings. wordtab.c indexes the
** stages' word lists on it. */
typedef struct {
  uint64_t w[2];
} ScanKey;

/* True when a and b are the same key; one test, no branch between the two
** words. */
static inline bool scan_key_eq(ScanKey a, ScanKey b) { return ((a.w[0] ^ b.w[0]) | (a.w[1] ^ b.w[1])) == 0; }

/* The bits of k mixed by two multiplications, for a hash table to fold
** and mask to its own size. */
static inline uint64_t scan_key_mix(ScanKey k) {
  return k.w[0] * 0x9E3779B97F4A7C15ull ^ (k.w[1] + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
}

/* ---- bits ------------------------------------------------------------------ */

/* Index (0..63) of the lowest set bit of x (x != 0): one instruction with
** gcc and clang, a loop elsewhere. Every stage's bit masks go through it. */
static inline size_t scan_low_bit(uint64_t x) {
#if defined(__GNUC__)
  return (size_t)__builtin_ctzll(x);
#else
  size_t k = 0;
  while (!(x & 1)) x >>= 1, k++;
  return k;
#endif
}

/* Index (0..63) of the highest set bit of x (x != 0). */
static inline size_t scan_high_bit(uint64_t x) {
#if defined(__GNUC__)
  return 63 - (size_t)__builtin_clzll(x);
#else
  size_t k = 63;
  while (!(x >> k)) k--;
  return k;
#endif
}

/* ---- byte masks: the high bit of each byte that passes a test ----------- */

/* Index (0..7) of the lowest byte whose high bit is set in mask (mask != 0). */
static inline size_t scan_first(uint64_t mask) { return scan_low_bit(mask) >> 3; }

/* High bit set in each byte of x that is an ASCII letter (A-Z, a-z): fold
** case with 0x20, then two carry-free additions test >= 'a' and >= '{'. */
static inline uint64_t scan_letters8(uint64_t x) {
  uint64_t t = (x | (0x20 * SCAN_ONES)) & ~SCAN_HIGH;
  uint64_t ge_a = t + (0x80 - 'a') * SCAN_ONES, ge_brace = t + (0x80 - '{') * SCAN_ONES;
  return ge_a & ~ge_brace & ~x & SCAN_HIGH;
}

/* High bit set in each byte of x that is an ASCII digit. */
static inline uint64_t scan_digits8(uint64_t x) {
  uint64_t t = x & ~SCAN_HIGH;
  uint64_t ge_0 = t + (0x80 - '0') * SCAN_ONES, ge_colon = t + (0x80 - ':') * SCAN_ONES;
  return ge_0 & ~ge_colon & ~x & SCAN_HIGH;
}

/* x with its ASCII upper-case letters lower-cased: each letter's 0x80
** flag, shifted to 0x20, is or-ed in. */
static inline uint64_t scan_lower8(uint64_t x) { return x | scan_letters8(x) >> 2; }

/* The key (ScanKey) of s[0, n), n <= 16. */
static inline ScanKey scan_key(const char *s, size_t n) {
  ScanKey k;
  scan_load16(s, n, k.w);
  k.w[0] = scan_lower8(k.w[0]);
  k.w[1] = scan_lower8(k.w[1]);
  return k;
}

/* High bit set in each byte of x that is 0 (exact: no false positives). */
static inline uint64_t scan_zeros8(uint64_t x) {
  uint64_t t = (x & ~SCAN_HIGH) + ~SCAN_HIGH;
  return ~(t | x | ~SCAN_HIGH);
}

/* High bit set in each byte of x equal to c. */
static inline uint64_t scan_eq8(uint64_t x, unsigned char c) { return scan_zeros8(x ^ (c * SCAN_ONES)); }

/* High bit set in the lowest byte of x equal to c, and perhaps in bytes
** above it (a borrow runs up from a match): only the lowest set bit, the
** one scan_first reads, is sure; with none set, no byte is c. An or of
** several such masks keeps that property. Three operations where scan_eq8
** takes five, for searches that stop at the first hit. */
static inline uint64_t scan_eq8_first(uint64_t x, unsigned char c) {
  uint64_t y = x ^ (c * SCAN_ONES);
  return (y - SCAN_ONES) & ~y & SCAN_HIGH;
}

/* ---- runs and searches --------------------------------------------------- */

/* The end of the run of ASCII letters starting at s[i] (i itself when s[i]
** is no letter), never beyond end. */
static inline size_t scan_letters_end(const char *s, size_t i, size_t end) {
  while (i + 8 <= end) {
    uint64_t other = ~scan_letters8(scan_load8(s + i)) & SCAN_HIGH;
    if (other != 0) return i + scan_first(other);
    i += 8;
  }
  while (i < end && (unsigned)(((unsigned char)s[i] | 0x20) - 'a') < 26u) i++;
  return i;
}

/* The end of the run of ASCII letters and digits starting at s[i], never
** beyond end. */
static inline size_t scan_alnum_end(const char *s, size_t i, size_t end) {
  while (i + 8 <= end) {
    uint64_t x = scan_load8(s + i);
    uint64_t other = ~(scan_letters8(x) | scan_digits8(x)) & SCAN_HIGH;
    if (other != 0) return i + scan_first(other);
    i += 8;
  }
  while (i < end && ((unsigned)(((unsigned char)s[i] | 0x20) - 'a') < 26u ||
                     (unsigned)((unsigned char)s[i] - '0') < 10u))
    i++;
  return i;
}

/* The first index at or after i (and before end) whose byte is a, b or c;
** end when there is none. */
static inline size_t scan_find3(const char *s, size_t i, size_t end, unsigned char a,
                                unsigned char b, unsigned char c) {
  while (i + 8 <= end) {
    uint64_t x = scan_load8(s + i);
    uint64_t hit = scan_eq8(x, a) | scan_eq8(x, b) | scan_eq8(x, c);
    if (hit != 0) return i + scan_first(hit);
    i += 8;
  }
  while (i < end && (unsigned char)s[i] != a && (unsigned char)s[i] != b && (unsigned char)s[i] != c) i++;
  return i;
}

/* Index (0..7) of the highest byte whose high bit is set in mask (mask != 0). */
static inline size_t scan_last(uint64_t mask) { return scan_high_bit(mask) >> 3; }

/* The last index in [lo, i) whose byte is a, b or c, or SIZE_MAX when there
** is none. Reads only [lo, i). */
static inline size_t scan_rfind3(const char *s, size_t lo, size_t i, unsigned char a,
                                 unsigned char b, unsigned char c) {
  while (i >= lo + 8) {
    uint64_t x = scan_load8(s + i - 8);
    uint64_t hit = scan_eq8(x, a) | scan_eq8(x, b) | scan_eq8(x, c);
    if (hit != 0) return i - 8 + scan_last(hit);
    i -= 8;
  }
  while (i > lo) {
    unsigned char ch = (unsigned char)s[i - 1];
    if (ch == a || ch == b || ch == c) return i - 1;
    i--;
  }
  return SIZE_MAX;
}

/* High bit set in each byte of x that is an ASCII blank: ' ', \n, \t, \r. */
static inline uint64_t scan_blanks8(uint64_t x) {
  return scan_eq8(x, ' ') | scan_eq8(x, '\n') | scan_eq8(x, '\t') | scan_eq8(x, '\r');
}

/* The start of the run of non-blank bytes (see scan_blanks8) that ends at i,
** never before lo: one past the last blank in [lo, i), or lo when there is
** none. Eight bytes a step (most words take one), so the loop's exit does
** not hang on the word's length as a byte loop's does. Reads only [lo, i). */
static inline size_t scan_nonblank_start(const char *s, size_t lo, size_t i) {
  while (i >= lo + 8) {
    uint64_t hit = scan_blanks8(scan_load8(s + i - 8));
    if (hit != 0) return i - 8 + scan_last(hit) + 1;
    i -= 8;
  }
  while (i > lo && !(s[i - 1] == ' ' || s[i - 1] == '\n' || s[i - 1] == '\t' || s[i - 1] == '\r')) i--;
  return i;
}


/* The start of the run of ASCII letters (see scan_letters8) that ends at
** i, never before lo: one past the last other byte in [lo, i), or lo when
** there is none. Eight bytes a step like scan_nonblank_start, so the exit
** does not hang on the word's length (sentence.c reads the word before
** each stop: a byte loop there mispredicted its exit about twice a call).
** Reads only [lo, i). */
static inline size_t scan_letters_start(const char *s, size_t lo, size_t i) {
  while (i >= lo + 8) {
    uint64_t other = ~scan_letters8(scan_load8(s + i - 8)) & SCAN_HIGH;
    if (other != 0) return i - 8 + scan_last(other) + 1;
    i -= 8;
  }
  while (i > lo && (unsigned)(((unsigned char)s[i - 1] | 0x20) - 'a') < 26u) i--;
  return i;
}

/* ---- byte pairs ------------------------------------------------------------ */

/* Two bytes side by side that scan_pairs16 looks for: a, then b. */
typedef struct {
  unsigned char a, b;
} ScanPair;

/* A mask with bit k (k < 16) set when s[k] and s[k + 1] are one of the n
** pairs; reads s[0, 17). With SSE2 two byte compares and two logic steps a
** pair, and no branch: inlined with a constant table, the loop unrolls and
** pairs that share a byte share its compare (blocks.c's credit search over
** 19 pairs takes about 4 instructions a byte, where a test of each
** capital letter took 7 and mispredicted one branch in three). */
static inline unsigned scan_pairs16(const char *s, const ScanPair *pairs, size_t n) {
#if LEDE_SCAN_SIMD
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
  __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(s + 1));
  __m128i hit = _mm_setzero_si128();
#pragma GCC unroll 64
  for (size_t k = 0; k < n; k++)
    hit = _mm_or_si128(hit, _mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)pairs[k].a)),
                                          _mm_cmpeq_epi8(next, _mm_set1_epi8((char)pairs[k].b))));
  return (unsigned)_mm_movemask_epi8(hit);
#else
  const unsigned char *p = (const unsigned char *)s;
  unsigned mask = 0;
  for (size_t i = 0; i < 16; i++)
    for (size_t k = 0; k < n; k++) mask |= (unsigned)(p[i] == pairs[k].a && p[i + 1] == pairs[k].b) << i;
  return mask;
#endif
}

/* ---- far-apart bytes -------------------------------------------------------- */

/* scan_find3 for bytes that lie far apart (the quote marks in a
** paragraph), where the text goes on past end: with SSE2 where there is,
** 32 bytes a step, then 16, and a last step that runs over end (while
** s[i, i + 16) lies inside [0, readable), readable >= end) with what lies
** past end masked off; scan_find3 for the rest. quote.c's search for
** marks, one memchr for each lead byte, each kept until passed, cost ~100
** instructions and 2.3 mispredicts a call (32,500 calls on bbc-news),
** where one inline loop over all three bytes takes about 0.6 instructions
** a byte and mispredicts about once a hit. */
static inline size_t scan_find3_far(const char *s, size_t i, size_t end, size_t readable,
                                    unsigned char a, unsigned char b, unsigned char c) {
#if LEDE_SCAN_SIMD
  const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b), vc = _mm_set1_epi8((char)c);
#define SCAN_HITS3(p)                                                                               \
  ((unsigned)_mm_movemask_epi8(_mm_or_si128(                                                      \
      _mm_or_si128(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p)), va),       \
                   _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p)), vb)),      \
      _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p)), vc))))
  for (; i + 32 <= end; i += 32) {
    unsigned mask = SCAN_HITS3(s + i) | SCAN_HITS3(s + i + 16) << 16;
    if (mask != 0) return i + scan_low_bit(mask);
  }
  for (; i < end && i + 16 <= readable; i += 16) {
    size_t left = end - i;
    unsigned mask = SCAN_HITS3(s + i) & (left >= 16 ? 0xFFFFu : (1u << left) - 1);
    if (mask != 0) return i + scan_low_bit(mask);
  }
#undef SCAN_HITS3
  if (i >= end) return end;
#else
  (void)readable;
#endif
  return scan_find3(s, i, end, a, b, c);
}

/* ---- sentence stops ------------------------------------------------------------ */

/* Whether the byte c is one scan_find_stops stops at: '!', '.', '?', a
** control byte ('\n'), a byte from 0x80 up, or '/' or '>', which share a
** test with '.' and '?' (rare in prose: a caller passes over them). */
static inline bool scan_is_stop_byte(unsigned char c) {
  return c < 0x20 || c >= 0x80 || c == '!' || (c | 0x11) == 0x3F;
}

/* High bit set in each byte of x that scan_is_stop_byte takes. */
static inline uint64_t scan_stops8(uint64_t x) {
  uint64_t below_or_high = (x | ~((x | SCAN_HIGH) - 0x20 * SCAN_ONES)) & SCAN_HIGH;
  return below_or_high | scan_eq8(x | 0x11 * SCAN_ONES, 0x3F) | scan_eq8(x, '!');
}

#if LEDE_SCAN_SIMD
/* One bit for each of the 16 bytes at p that scan_is_stop_byte takes (bit
** k for byte k): a signed compare finds control bytes and those from 0x80
** up, an or with 0x11 folds '.' into '?', and '!' has a compare of its own. */
static inline unsigned scan_stops16(const char *p) {
  const __m128i space = _mm_set1_epi8(0x20), fold = _mm_set1_epi8(0x11);
  const __m128i dot = _mm_set1_epi8(0x3F), bang = _mm_set1_epi8('!');
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
  __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(x, space), _mm_cmpeq_epi8(x, bang)),
                              _mm_cmpeq_epi8(_mm_or_si128(x, fold), dot));
  return (unsigned)_mm_movemask_epi8(hits);
}

/* The same for the 32 bytes at p. */
static inline unsigned scan_stops32(const char *p) { return scan_stops16(p) | scan_stops16(p + 16) << 16; }
#endif

/* The first index at or after i (and before end) whose byte scan_is_stop_byte
** takes; end when there is none. Three tests a byte where a search for
** '.', '!', '?', '\n' and bytes from 0x80 up took five (one signed compare
** finds control bytes and those from 0x80 up, one finds '.' and '?' with an
** or), and 32 bytes a step with SSE2. sentence.c's search for the next stop
** runs over every body byte: at 16 bytes a step it took ~21 instructions a
** step on bbc-news. */
static inline size_t scan_find_stops(const char *s, size_t i, size_t end) {
#if LEDE_SCAN_SIMD
  for (; i + 32 <= end; i += 32) {
    unsigned mask = scan_stops32(s + i);
    if (mask != 0) return i + scan_low_bit(mask);
  }
  if (i + 16 <= end) {
    unsigned mask = scan_stops16(s + i);
    if (mask != 0) return i + scan_low_bit(mask);
    i += 16;
  }
#endif
  for (; i + 8 <= end; i += 8) {
    uint64_t hit = scan_stops8(scan_load8(s + i));
    if (hit != 0) return i + scan_first(hit);
  }
  while (i < end && !scan_is_stop_byte((unsigned char)s[i])) i++;
  return i;
}

/* scan_find_stops where the text goes on past end: 32 bytes a step, then,
** while s[i, i + 32) lies inside [0, readable) (readable >= end), one step
** of 32 that runs over end with what lies past end masked off, where
** scan_find_stops ends a range with a step of 16, steps of 8 and a byte
** loop (what it does here too when the text is not readable so far).
** sentence.c calls it once a stop, and most paragraphs end with a stop
** that lies in that tail. */
static inline size_t scan_find_stops_far(const char *s, size_t i, size_t end, size_t readable) {
#if LEDE_SCAN_SIMD
  for (; i + 32 <= end; i += 32) {
    unsigned mask = scan_stops32(s + i);
    if (mask != 0) return i + scan_low_bit(mask);
  }
  if (i < end && i + 32 <= readable) {
    unsigned mask = scan_stops32(s + i) & ((1u << (end - i)) - 1); /* end - i < 32 */
    return mask != 0 ? i + scan_low_bit(mask) : end;
  }
#else
  (void)readable;
#endif
  return scan_find_stops(s, i, end);
}

/* ---- runs before a byte ------------------------------------------------------ */

/* How many ASCII letters and digits lie right before i, not before lo,
** counted up to 8 (8: eight or more). With eight bytes readable before i
** one load and no branch: the bytes that are neither, and the highest of
** them, give the count (with none, the guard bit 0 gives 8). quote.c asks
** it of the word before each full stop it meets (is "Gen." an
** abbreviation?), where a byte loop mispredicted its exit ~35,000 times on
** bbc-news. Reads only [lo, i). */
static inline size_t scan_alnum_run_before(const char *s, size_t lo, size_t i) {
  if (i >= lo + 8) {
    uint64_t x = scan_load8(s + i - 8);
    uint64_t other = ~(scan_letters8(x) | scan_digits8(x)) & SCAN_HIGH;
    return (64 - scan_high_bit(other | 1)) >> 3;
  }
  size_t run = 0;
  while (i - run > lo && ((unsigned)(((unsigned char)s[i - run - 1] | 0x20) - 'a') < 26u ||
                          (unsigned)((unsigned char)s[i - run - 1] - '0') < 10u))
    run++;
  return run;
}

/* scan_pairs16 for pairs sorted by their first byte: the pairs that share
** a first byte share one AND (x == a) & ((next == b1) | (next == b2) ...),
** where scan_pairs16 takes an AND and an OR for each pair. Inlined with a
** constant table, the group tests fold away. blocks.c's credit markers:
** 19 pairs over 13 first bytes, 58 vector steps where scan_pairs16 takes
** 65. Unsorted pairs still give the right mask, only less grouped. */
static inline unsigned scan_pairs16_sorted(const char *s, const ScanPair *pairs, size_t n) {
#if LEDE_SCAN_SIMD
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
  __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(s + 1));
  __m128i hit = _mm_setzero_si128(), group = _mm_setzero_si128();
#pragma GCC unroll 64
  for (size_t k = 0; k < n; k++) {
    group = _mm_or_si128(group, _mm_cmpeq_epi8(next, _mm_set1_epi8((char)pairs[k].b)));
    if (k + 1 < n && pairs[k + 1].a == pairs[k].a) continue; /* the group goes on */
    hit = _mm_or_si128(hit, _mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)pairs[k].a)), group));
    group = _mm_setzero_si128();
  }
  return (unsigned)_mm_movemask_epi8(hit);
#else
  return scan_pairs16(s, pairs, n);
#endif
}

#endif

/*
** test_scan.c — the SWAR and SSE2 helpers of src/core/scan.h against plain
** byte-by-byte versions: every byte value in every lane, runs and searches
** at every start and end over random text, and loads that must not read
** outside their bytes (checked by the sanitizer build); the word counters'
** stops and counts and scan_pairs16's masks against byte loops. Built a
** second time with LEDE_NO_SIMD (test_scan_swar) for the paths hosts
** without SSE2 take.
*/
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "scan.h"

static bool is_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Each byte value in each of the eight lanes, among random neighbours. */
static void test_masks(void) {
  srand(7);
  int bad = 0;
  for (unsigned v = 0; v < 256; v++) {
    for (unsigned lane = 0; lane < 8; lane++) {
      unsigned char b[8];
      for (int k = 0; k < 8; k++) b[k] = (unsigned char)rand();
      b[lane] = (unsigned char)v;
      uint64_t x = scan_load8((const char *)b);
      uint64_t bit = 0x80ULL << (8 * lane);
      bad += ((scan_letters8(x) & bit) != 0) != is_letter(b[lane]);
      bad += ((scan_digits8(x) & bit) != 0) != is_digit(b[lane]);
      bad += ((scan_zeros8(x) & bit) != 0) != (b[lane] == 0);
      bad += ((scan_eq8(x, 'e') & bit) != 0) != (b[lane] == 'e');
      unsigned char low = (unsigned char)(scan_lower8(x) >> (8 * lane));
      bad += low != (v >= 'A' && v <= 'Z' ? v + 32 : v);
      bad += scan_first(bit) != lane;
    }
  }
  CHECK_INT_EQ(bad, 0);
}

/* The wrong answers of one helper's check over text[i, end). */
typedef int (*RangeCheck)(const char *text, size_t i, size_t end);

/* Sums check over every range [i, end) of the n bytes of text. */
static int each_range(const char *text, size_t n, RangeCheck check) {
  int bad = 0;
  for (size_t end = 0; end <= n; end++)
    for (size_t i = 0; i <= end; i++) bad += check(text, i, end);
  return bad;
}

/* scan_letters_end, scan_alnum_end, scan_find3, scan_rfind3 and
** scan_letters_start over text[i, end), against byte loops. */
static int runs_bad(const char *text, size_t i, size_t end) {
  int bad = 0;
  size_t want = i;
  while (want < end && is_letter((unsigned char)text[want])) want++;
  bad += scan_letters_end(text, i, end) != want;
  want = i;
  while (want < end && (is_letter((unsigned char)text[want]) || is_digit((unsigned char)text[want]))) want++;
  bad += scan_alnum_end(text, i, end) != want;
  want = i;
  while (want < end && text[want] != '"' && (unsigned char)text[want] != 0xE2 && text[want] != '\n') want++;
  bad += scan_find3(text, i, end, '"', 0xE2, '\n') != want;
  size_t last = SIZE_MAX; /* scan_rfind3 over [i, end) */
  for (size_t j = i; j < end; j++)
    if (text[j] == '"' || (unsigned char)text[j] == 0xE2 || text[j] == '\n') last = j;
  bad += scan_rfind3(text, i, end, '"', 0xE2, '\n') != last;
  size_t first = end; /* scan_letters_start: back from end, never before i */
  while (first > i && is_letter((unsigned char)text[first - 1])) first--;
  bad += scan_letters_start(text, i, end) != first;
  return bad;
}

/* runs_bad from every start, with every end, over a text mixing letters,
** digits, marks and UTF-8. */
static void test_runs(void) {
  static const char text[] =
      "Kerry said \"war\" crimes, 275,000 people\xE2\x80\x9D abcdefghijklmnopqrstuvwxyz0123456789"
      "ABCDEFGH caf\xC3\xA9 U.S. x\n\"end";
  CHECK_INT_EQ(each_range(text, sizeof text - 1, runs_bad), 0);
}

/* scan_nonblank_start from end back to the floor lo, against a byte loop. */
static int nonblank_start_bad(const char *text, size_t lo, size_t end) {
  size_t want = end;
  while (want > lo && strchr(" \n\t\r", text[want - 1]) == NULL) want--;
  return scan_nonblank_start(text, lo, end) != want;
}

/* nonblank_start_bad from every end back to every floor, over a text with
** runs of every length between blanks of each kind (' ', \n, \t, \r) and
** non-ASCII bytes that are not blanks. */
static void test_nonblank_start(void) {
  static const char text[] = "a bc\tdef\nghij\rklmnopqrstuvwxyz0123 \xC2\xA0\xE2\x80\x9D  x\vy\f.end  ";
  CHECK_INT_EQ(each_range(text, sizeof text - 1, nonblank_start_bad), 0);
}

/* scan_eq8_first finds the lowest byte equal to c (or says none is), on
** random words; scan_load8_be reads bytes most significant first. */
static void test_first_match_and_big_endian(void) {
  srand(11);
  int bad = 0;
  for (int t = 0; t < 100000; t++) {
    unsigned char b[8];
    for (int k = 0; k < 8; k++) b[k] = (unsigned char)(rand() % 4 == 0 ? 'c' : rand());
    uint64_t x = scan_load8((const char *)b);
    int want = 8;
    for (int k = 7; k >= 0; k--)
      if (b[k] == 'c') want = k;
    uint64_t m = scan_eq8_first(x, 'c');
    bad += want == 8 ? m != 0 : (m == 0 || scan_first(m) != (unsigned)want);
  }
  CHECK_INT_EQ(bad, 0);
  CHECK(scan_load8_be("\x01\x02\x03\x04\x05\x06\x07\x08") == 0x0102030405060708ULL);
  CHECK(scan_bswap64(0x0102030405060708ULL) == 0x0807060504030201ULL);
}

/* scan_load16 reads exactly n bytes: from a buffer of exactly n bytes (the
** sanitizer build catches a read beyond it), lower-cased keys equal. */
static void test_load16(void) {
  static const char word[] = "Kerry-Ayrault's!";
  int bad = 0;
  for (size_t n = 0; n <= 16; n++) {
    char *p = malloc(n > 0 ? n : 1); /* exactly n bytes */
    memcpy(p, word, n);
    uint64_t w[2], want[2] = {0, 0};
    scan_load16(p, n, w);
    for (size_t i = 0; i < n; i++) want[i / 8] |= (uint64_t)(unsigned char)word[i] << (8 * (i % 8));
    bad += w[0] != want[0] || w[1] != want[1];
    free(p);
  }
  CHECK_INT_EQ(bad, 0);
}

enum { PAIR_TEXT = 4096 }; /* starts tried by the pair tests */

/* Fills text[0, n) at random with the bytes of the pair tests' pairs, and
** a space. */
static void fill_pair_text(char *text, size_t n) {
  static const char alphabet[] = "abc/ \xC2\xA9";
  for (size_t k = 0; k < n; k++) text[k] = alphabet[rand() % (sizeof alphabet - 1)];
}

/* scan_pairs16 against a byte loop over random text rich in the pairs'
** bytes, at every start; each bit must say whether its pair is listed. */
static void test_pairs16(void) {
  static const ScanPair pairs[] = {{'a', 'b'}, {'b', 'a'}, {'c', 'c'}, {0xC2, 0xA9}, {'/', 'a'}};
  char text[PAIR_TEXT + 17];
  fill_pair_text(text, sizeof text);
  int bad = 0, n_hits = 0;
  for (size_t i = 0; i < PAIR_TEXT; i++) {
    unsigned want = 0;
    for (size_t k = 0; k < 16; k++)
      for (size_t j = 0; j < sizeof pairs / sizeof pairs[0]; j++)
        want |= (unsigned)((unsigned char)text[i + k] == pairs[j].a &&
                           (unsigned char)text[i + k + 1] == pairs[j].b) << k;
    bad += scan_pairs16(text + i, pairs, sizeof pairs / sizeof pairs[0]) != want;
    n_hits += want != 0;
  }
  CHECK_INT_EQ(bad, 0);
  CHECK(n_hits > PAIR_TEXT / 2);
  CHECK_INT_EQ(scan_pairs16("ab..............b", pairs, 0), 0);
  CHECK_INT_EQ(scan_pairs16("ab..............a", pairs, 2), 1);
  CHECK_INT_EQ(scan_pairs16("...............ba", pairs, 2), 1u << 15);
}

/* The sixteen-byte steps are compiled wherever SSE2 is sure (every x86-64
** build) unless the build turns them off with LEDE_NO_SIMD: a guard that
** tests a macro nobody defines leaves them out without a warning. */
static void test_simd_chosen(void) {
#if defined(LEDE_NO_SIMD)
  CHECK_INT_EQ(LEDE_SCAN_SIMD, 0);
#elif defined(__x86_64__)
  CHECK_INT_EQ(LEDE_SCAN_SIMD, 1);
#endif
}

/* scan_low_bit and scan_high_bit give the lowest and highest set bit of
** every single bit and of pseudo-random words, as a bit-by-bit reading
** does; scan_first and scan_last are their byte forms. */
static void test_bit_indices(void) {
  uint64_t x = 0x9E3779B97F4A7C15ull;
  int bad = 0;
  for (int round = 0; round < 64 + 2000; round++) {
    uint64_t v = round < 64 ? UINT64_C(1) << round : (x = x * 6364136223846793005ull + 1442695040888963407ull);
    v >>= round >= 64 ? (unsigned)(round % 64) : 0;
    if (v == 0) continue;
    size_t lo = 0, hi = 63;
    while (!(v >> lo & 1)) lo++;
    while (!(v >> hi & 1)) hi--;
    bad += scan_low_bit(v) != lo;
    bad += scan_high_bit(v) != hi;
    uint64_t bytes = v & SCAN_HIGH; /* a byte mask: high bits only */
    if (bytes == 0) continue;
    size_t first = 0, last = 7;
    while (!(bytes >> (8 * first + 7) & 1)) first++;
    while (!(bytes >> (8 * last + 7) & 1)) last--;
    bad += scan_first(bytes) != first;
    bad += scan_last(bytes) != last;
  }
  CHECK_INT_EQ(bad, 0);
}

/* scan_find_stops_far against a byte loop over scan_is_stop_byte, from
** every start to every end, with the text readable to its end, to the
** range's end, or a few bytes past it: stops before, at and past the end
** (masked off in the step that runs over it) and around the 32-byte steps.
** The text is allocated to its length, so that ASan sees a read past it. */
static void test_find_stops_far(void) {
  static const char kinds[] = {'.', '!', '?', '\n', '/', '>', (char)0xC3, (char)0x80, ' ', ',', '"', 0x1F, 0x7F};
  enum { N = 100 };
  char *text = malloc(N);
  CHECK(text != NULL);
  if (text == NULL) return;
  unsigned seed = 7;
  size_t bad = 0;
  for (int round = 0; round < 60; round++) {
    for (size_t i = 0; i < N; i++) { /* mostly letters, a stop or other mark now and then */
      seed = seed * 1103515245u + 12345u;
      unsigned r = seed >> 16;
      text[i] = r % 16 == 0 ? kinds[(r >> 4) % sizeof kinds] : (char)('a' + r % 26);
    }
    for (size_t end = 0; end <= N; end++)
      for (size_t i = 0; i <= end; i++) {
        size_t want = i;
        while (want < end && !scan_is_stop_byte((unsigned char)text[want])) want++;
        size_t past = end + 5 < N ? end + 5 : N;
        bad += scan_find_stops_far(text, i, end, N) != want;
        bad += scan_find_stops_far(text, i, end, end) != want;
        bad += scan_find_stops_far(text, i, end, past) != want;
      }
  }
  CHECK_INT_EQ(bad, 0);
  free(text);
}

/* scan_pairs16_sorted against scan_pairs16 at every start of random text
** rich in the pairs' bytes: sorted pairs with groups of one, two and three
** first bytes, the same pairs unsorted, and one pair. */
static void test_pairs16_sorted(void) {
  static const ScanPair sorted_pairs[] = {{'/', 'a'}, {'/', 'b'}, {'/', 'c'}, {'a', 'b'},
                                          {'b', 'a'}, {'b', 'c'}, {0xC2, 0xA9}};
  static const ScanPair mixed[] = {{'b', 'a'}, {'/', 'a'}, {'a', 'b'}, {'/', 'c'}, {'b', 'c'}};
  char text[PAIR_TEXT + 17];
  fill_pair_text(text, sizeof text);
  int bad = 0, n_hits = 0;
  for (size_t i = 0; i < PAIR_TEXT; i++) {
    unsigned want = scan_pairs16(text + i, sorted_pairs, (sizeof sorted_pairs / sizeof sorted_pairs[0]));
    bad += scan_pairs16_sorted(text + i, sorted_pairs, (sizeof sorted_pairs / sizeof sorted_pairs[0])) != want;
    bad += scan_pairs16_sorted(text + i, mixed, (sizeof mixed / sizeof mixed[0])) !=
           scan_pairs16(text + i, mixed, (sizeof mixed / sizeof mixed[0]));
    bad += scan_pairs16_sorted(text + i, sorted_pairs + 4, 1) != scan_pairs16(text + i, sorted_pairs + 4, 1);
    n_hits += want != 0;
  }
  CHECK_INT_EQ(bad, 0);
  CHECK(n_hits > PAIR_TEXT / 2);
  CHECK_INT_EQ(scan_pairs16_sorted("/c..............b", sorted_pairs, 0), 0);
  CHECK_INT_EQ(scan_pairs16_sorted("/c.............bc", sorted_pairs, 3), 1);
  CHECK_INT_EQ(scan_pairs16_sorted("/c.............bc", sorted_pairs, (sizeof sorted_pairs / sizeof sorted_pairs[0])), 1 | 1u << 15);
}

int main(void) {
  test_simd_chosen();
  test_masks();
  test_runs();
  test_nonblank_start();
  test_load16();
  test_first_match_and_big_endian();
  test_pairs16();
  test_pairs16_sorted();
  test_bit_indices();
  test_find_stops_far();
  return CHECK_DONE();
}

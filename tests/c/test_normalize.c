/*
** test_normalize.c — normalize_text: BOM, line ends, NUL and empty input,
** invalid UTF-8 vs Windows-1252 detection, NFC, NBSP, the offset map and
** article_raw_offset, and the real files (bbc sport/199.txt, the seeds).
*/
#include <stdlib.h>

#include <utf8proc.h>

#include "check.h"
#include "fixture.h"
#include "normalize.h"

/* Frees what normalize_text filled (article_free belongs to the pipeline). */
static void clear(Article *a) {
  free(a->text);
  vec_free(&a->offset_map);
  *a = (Article){0};
}

static LedeStatus norm(const char *raw, size_t n, Article *a, Err *err) {
  *a = (Article){0};
  return normalize_text((Span){raw, n}, a, err);
}
#define NORM(lit, a, err) norm((lit), sizeof(lit) - 1, (a), (err))

static void test_ascii_untouched(void) {
  Article a;
  Err err = {0};
  CHECK_INT_EQ(NORM("Hello world.\nSecond line.\n", &a, &err), LEDE_OK);
  CHECK_SPAN_EQ(a.text, a.len, "Hello world.\nSecond line.\n");
  CHECK(a.text[a.len] == '\0');
  CHECK_INT_EQ(a.offset_map.len, 0);
  CHECK_INT_EQ(article_raw_offset(&a, 7), 7);
  CHECK_INT_EQ(a.n_invalid_bytes, 0);
  CHECK(!a.was_legacy_encoding);
  clear(&a);
}

static void test_bom_and_line_ends(void) {
  Article a;
  Err err = {0};
  CHECK_INT_EQ(NORM("\xEF\xBB\xBF" "a\r\nb\rc\r\n", &a, &err), LEDE_OK);
  CHECK_SPAN_EQ(a.text, a.len, "a\nb\nc\n");
  /* raw: BOM 0-2, a3 \r4 \n5 b6 \r7 c8 \r9 \n10 */
  CHECK_INT_EQ(article_raw_offset(&a, 0), 3);
  CHECK_INT_EQ(article_raw_offset(&a, 1), 4);
  CHECK_INT_EQ(article_raw_offset(&a, 2), 6);
  CHECK_INT_EQ(article_raw_offset(&a, 4), 8);
  CHECK_INT_EQ(article_raw_offset(&a, 6), 11); /* the end maps to the end */
  for (size_t i = 1; i < a.offset_map.len; i++) CHECK(a.offset_map.items[i - 1].norm < a.offset_map.items[i].norm);
  clear(&a);
}

static void test_refusals(void) {
  Article a;
  Err err = {0};
  CHECK_INT_EQ(NORM("abcd\0efg", &a, &err), LEDE_EINPUT);
  CHECK_SPAN_EQ(err.msg, strlen(err.msg), "binary file (NUL byte at offset 4)");
  CHECK(a.text == NULL);
  static const char *const blanks[] = {"", " \n\t\r\n ", "\xEF\xBB\xBF", "\xC2\xA0 \xE2\x80\x83\n"};
  for (size_t i = 0; i < 4; i++) {
    err.msg[0] = '\0';
    CHECK_INT_EQ(norm(blanks[i], strlen(blanks[i]), &a, &err), LEDE_EINPUT);
    CHECK_SPAN_EQ(err.msg, strlen(err.msg), "empty file");
    CHECK(a.text == NULL && a.len == 0);
  }
  CHECK_INT_EQ(normalize_text((Span){NULL, 0}, &a, &err), LEDE_EINPUT);
}

/* The NUL test rides on the copy's scan (sixteen, eight, then one byte a
** step): a NUL at every offset of a 40-byte text, after ASCII, a CR, an
** accented letter (NFC-safe), a combining mark (an NFC run), a stray byte
** and in Windows-1252 text, is reported at its own offset; of two NULs the
** first. */
static void test_nul_anywhere(void) {
  static const char *const fills[] = {"abcdefgh ", "ab\r\ncd\r", "caf\xC3\xA9 ", "e\xCC\x81x",
                                      "x\xFF y", "\xE9t\xE9 "};
  char raw[40], want[64];
  for (size_t f = 0; f < sizeof fills / sizeof fills[0]; f++) {
    size_t k = strlen(fills[f]);
    for (size_t i = 0; i < sizeof raw; i++) raw[i] = fills[f][i % k];
    for (size_t at = 0; at < sizeof raw; at++) {
      char saved = raw[at];
      raw[at] = '\0';
      if (at + 5 < sizeof raw) raw[at + 5] = '\0';
      Article a;
      Err err = {0};
      CHECK_INT_EQ(norm(raw, sizeof raw, &a, &err), LEDE_EINPUT);
      snprintf(want, sizeof want, "binary file (NUL byte at offset %zu)", at);
      CHECK_SPAN_EQ(err.msg, strlen(err.msg), want);
      CHECK(a.text == NULL);
      raw[at] = saved;
      if (at + 5 < sizeof raw) raw[at + 5] = fills[f][(at + 5) % k];
    }
  }
}

static void test_invalid_utf8(void) {
  Article a;
  Err err = {0};
  /* mostly UTF-8 with one stray byte and one truncated sequence */
  CHECK_INT_EQ(NORM("caf\xC3\xA9 \xE2\x80\x9Cx\xE2\x80\x9D bad\xFF end \xE2\x80 z \xC3\xA9", &a, &err), LEDE_OK);
  CHECK(!a.was_legacy_encoding);
  CHECK_SPAN_EQ(a.text, a.len,
                "caf\xC3\xA9 \xE2\x80\x9Cx\xE2\x80\x9D bad\xEF\xBF\xBD end \xEF\xBF\xBD z \xC3\xA9");
  CHECK_INT_EQ(a.n_invalid_bytes, 3);
  /* "z" sits at raw 26 and norm 29 (1 -> 3 bytes, then 2 -> 3 bytes) */
  const char *z = strchr(a.text, 'z');
  CHECK_INT_EQ(z - a.text, 29);
  CHECK_INT_EQ(article_raw_offset(&a, 29), 26);
  clear(&a);
}

static void test_windows_1252(void) {
  Article a;
  Err err = {0};
  CHECK_INT_EQ(NORM("Price \xA3" "5, caf\xE9, it\x92s \x93ok\x94 \x81.", &a, &err), LEDE_OK);
  CHECK(a.was_legacy_encoding);
  CHECK_SPAN_EQ(a.text, a.len,
                "Price \xC2\xA3" "5, caf\xC3\xA9, it\xE2\x80\x99s \xE2\x80\x9Cok\xE2\x80\x9D \xEF\xBF\xBD.");
  CHECK_INT_EQ(a.n_invalid_bytes, 1); /* 0x81 is undefined in Windows-1252 */
  CHECK_INT_EQ(article_raw_offset(&a, 8), 7);   /* "5" */
  CHECK_INT_EQ(article_raw_offset(&a, 16), 14); /* "," after café */
  clear(&a);
}

static void test_nfc(void) {
  Article a;
  Err err = {0};
  CHECK_INT_EQ(NORM("Cafe\xCC\x81 ok", &a, &err), LEDE_OK); /* e + combining acute */
  CHECK_SPAN_EQ(a.text, a.len, "Caf\xC3\xA9 ok");
  CHECK_INT_EQ(article_raw_offset(&a, 5), 6); /* " ok" */
  clear(&a);
  /* Hangul jamo compose; marks reorder (dot below ccc 220 before acute 230) */
  CHECK_INT_EQ(NORM("\xE1\x84\x80\xE1\x85\xA1 a\xCC\x81\xCC\xA3", &a, &err), LEDE_OK);
  CHECK_SPAN_EQ(a.text, a.len, "\xEA\xB0\x80 \xE1\xBA\xA1\xCC\x81");
  clear(&a);
  /* already NFC text outside the fast ranges stays byte-identical */
  const char greek[] = "\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1 \xD8\xAD\xD9\x84\xD8\xA8 \xE5\x8C\x97\xE4\xBA\xAC";
  CHECK_INT_EQ(NORM(greek, &a, &err), LEDE_OK);
  CHECK_SPAN_EQ(a.text, a.len, greek);
  CHECK_INT_EQ(a.offset_map.len, 0);
  clear(&a);
  /* a singleton decomposition: U+2126 OHM SIGN -> U+03A9 */
  CHECK_INT_EQ(NORM("\xE2\x84\xA6", &a, &err), LEDE_OK);
  CHECK_SPAN_EQ(a.text, a.len, "\xCE\xA9");
  clear(&a);
}

static void test_nbsp_kept(void) {
  Article a;
  Err err = {0};
  CHECK_INT_EQ(NORM("Ban Ki-Moon\xC2\xA0" "also weigh\xC2\xA0on", &a, &err), LEDE_OK);
  CHECK_SPAN_EQ(a.text, a.len, "Ban Ki-Moon\xC2\xA0" "also weigh\xC2\xA0on");
  const char *end = a.text + a.len;
  CHECK_INT_EQ(text_space_len(a.text + 11, end), 2);
  CHECK(text_is_nbsp(a.text + 11, 2));
  CHECK_INT_EQ(text_space_len(a.text + 3, end), 1);
  CHECK_INT_EQ(text_space_len(a.text, end), 0);
  clear(&a);
}

/* 20,000 combining marks after one letter, and 1 MB of stray high bytes in
** UTF-8 text: both must finish and stay consistent. */
static void test_pathological(void) {
  size_t n_marks = 20000, n = 1 + 2 * n_marks;
  char *s = malloc(n);
  s[0] = 'a';
  for (size_t i = 0; i < n_marks; i++) memcpy(s + 1 + 2 * i, "\xCC\x81", 2);
  Article a;
  Err err = {0};
  CHECK_INT_EQ(norm(s, n, &a, &err), LEDE_OK);
  CHECK_INT_EQ(a.len, n - 1); /* a + U+0301 (3 bytes) -> á (2), then 19,999 marks */
  CHECK(memcmp(a.text, "\xC3\xA1", 2) == 0);
  clear(&a);
  free(s);
  size_t big = 1 << 20;
  s = malloc(big);
  for (size_t i = 0; i < big; i++) s[i] = (i % 3 == 0) ? '\xE9' : 'x';
  memcpy(s, "\xE2\x80\x9C\xE2\x80\x9C\xE2\x80\x9C", 9);
  CHECK_INT_EQ(norm(s, big, &a, &err), LEDE_OK);
  CHECK(a.was_legacy_encoding); /* many lone 0xE9, almost no valid UTF-8 */
  clear(&a);
  free(s);
}

/* Random strings over a pool that mixes ASCII, fast-path and composing code
** points must come out exactly as utf8proc_NFC of the whole string. */
static void test_nfc_matches_utf8proc(void) {
  static const utf8proc_int32_t pool[] = {
      'a', 'e', 'o', 'A', ' ', '.', 0xE9, 0x2019, 0xA0, 0x301, 0x323, 0x308, 0x327, 0x1100,
      0x1161, 0x11A8, 0xAC00, 0x3B1, 0x345, 0x2126, 0x212B, 0x915, 0x93C, 0x958, 0x5D0,
      0x5B7, 0x1E0B, 0x1E63, 0x3099, 0x304B, 0x1F600, 0x2000};
  unsigned seed = 12345;
  int n_mismatch = 0;
  for (int round = 0; round < 2000; round++) {
    char buf[256];
    size_t n = 0;
    int len = 1 + (int)(seed % 12);
    for (int k = 0; k < len; k++) {
      utf8proc_int32_t cp = pool[(fixture_lcg(&seed) >> 16) % (sizeof pool / sizeof pool[0])];
      n += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)buf + n);
    }
    buf[n] = '\0';
    utf8proc_uint8_t *want = utf8proc_NFC((const utf8proc_uint8_t *)buf);
    Article a;
    Err err = {0};
    LedeStatus rc = norm(buf, n, &a, &err);
    bool is_same = rc == LEDE_EINPUT || (want && a.len == strlen((char *)want) &&
                                         memcmp(a.text, want, a.len) == 0);
    if (!is_same) n_mismatch++;
    if (rc == LEDE_OK) clear(&a);
    free(want);
  }
  CHECK_INT_EQ(n_mismatch, 0);
}

static void test_real_files(void) {
  const char *shared = getenv("LEDE_SHARED");
  if (shared == NULL) { printf("skipped: real files (LEDE_SHARED not set)\n"); return; }
  char path[1024];
  size_t n;
  snprintf(path, sizeof path, "%s/data/bbc-news/sport/199.txt", shared);
  char *raw = fixture_read(path, &n);
  if (raw == NULL) { printf("skipped: %s not found\n", path); return; }
  Article a;
  Err err = {0};
  CHECK_INT_EQ(norm(raw, n, &a, &err), LEDE_OK);
  CHECK(a.was_legacy_encoding);
  CHECK(strstr(a.text, "\xC2\xA3") != NULL); /* the pound sign came through */
  CHECK_INT_EQ(a.len, n + a.offset_map.len);  /* each 0xA3 grew by one byte */
  clear(&a);
  free(raw);
  snprintf(path, sizeof path, "%s/seeds/000_f5c1237fb4dadb5b.txt", shared);
  raw = fixture_read(path, &n);
  if (raw == NULL) { printf("skipped: %s not found\n", path); return; }
  CHECK_INT_EQ(norm(raw, n, &a, &err), LEDE_OK);
  CHECK(!a.was_legacy_encoding && a.n_invalid_bytes == 0);
  CHECK(a.len == n && memcmp(a.text, raw, n) == 0); /* already clean: identical */
  CHECK(strstr(a.text, "Ki-Moon\xC2\xA0" "also") != NULL);
  clear(&a);
  free(raw);
}

int main(void) {
  test_ascii_untouched();
  test_bom_and_line_ends();
  test_refusals();
  test_nul_anywhere();
  test_invalid_utf8();
  test_windows_1252();
  test_nfc();
  test_nbsp_kept();
  test_pathological();
  test_nfc_matches_utf8proc();
  test_real_files();
  return CHECK_DONE();
}

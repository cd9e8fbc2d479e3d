/*
** fixture.h — what several C tests need besides check.h: an Article over a
** borrowed text with one BLOCK_BODY block per non-empty line (how the stage
** tests feed a stage without running blocks.c), whole files read through
** the core's own fileio.c, scratch directories, the seed articles under
** $LEDE_SHARED/seeds, the huge and random texts of the hostile-input
** tests, a plain LCS to check fast ones against, and the precision,
** recall and F1 arithmetic of the scorers.
*/
#ifndef LEDE_FIXTURE_H
#define LEDE_FIXTURE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "fileio.h"

/* An Article over text (borrowed: release it with article_release_lines,
** which leaves the text alone) with one BLOCK_BODY block per non-empty
** line. */
static inline Article article_from_lines(const char *text) {
  Article a = {0};
  a.text = (char *)text;
  a.len = strlen(text);
  size_t start = 0;
  for (size_t i = 0; i <= a.len; i++) {
    if (i < a.len && text[i] != '\n') continue;
    if (i > start) vec_push(&a.blocks, ((Block){{start, i}, BLOCK_BODY}));
    start = i + 1;
  }
  return a;
}

/* An Article over text with the n blocks given, all borrowed (the caller
** frees only what a stage adds): how the find tests lay out kinds of
** block by hand. */
static inline Article article_over_blocks(char *text, Block *blocks, size_t n) {
  Article a = {0};
  a.text = text;
  a.len = strlen(text);
  a.blocks.items = blocks;
  a.blocks.len = a.blocks.cap = n;
  return a;
}

/* Frees what the stages added to an Article from article_from_lines, but
** not its borrowed text; leaves *a zeroed. */
static inline void article_release_lines(Article *a) {
  a->text = NULL; /* borrowed: not ours to free */
  article_free(a);
}

/* True when the bytes r of a's text are exactly lit. */
static inline bool range_is(const Article *a, Range r, const char *lit) {
  return r.end - r.start == strlen(lit) && memcmp(a->text + r.start, lit, r.end - r.start) == 0;
}

/* CHECKs that the bytes r of Article *a's text are the literal lit (needs
** check.h). */
#define CHECK_RANGE_EQ(a, r, lit) CHECK_SPAN_EQ((a)->text + (r).start, (r).end - (r).start, lit)

/* The whole file at path, NUL-terminated, for the caller to free(); *len
** (if not NULL) gets its size. NULL when it cannot be read. */
static inline char *fixture_read(const char *path, size_t *len) {
  char *buf = NULL;
  size_t n = 0;
  if (file_read_all(path, &buf, &n, NULL) != LEDE_OK) return NULL;
  if (len != NULL) *len = n;
  return buf;
}

/* The byte offset of each code point of UTF-8 text, and text.len after the
** last, for the caller to free(): gold files that count offsets in code
** points (GUM) index it. NULL when out of memory. */
static inline size_t *fixture_byte_offsets(Span text) {
  size_t *byte_of = malloc((text.len + 1) * sizeof *byte_of);
  if (byte_of == NULL) return NULL;
  size_t n_cp = 0;
  for (size_t i = 0; i < text.len; i++)
    if (((unsigned char)text.ptr[i] & 0xC0) != 0x80) byte_of[n_cp++] = i;
  byte_of[n_cp] = text.len;
  return byte_of;
}

/* part / whole, 0 when whole is 0: a precision or a recall. */
static inline double fixture_ratio(size_t part, size_t whole) {
  return whole ? (double)part / (double)whole : 0;
}

/* The F1 of precision p and recall r, 0 when both are 0. */
static inline double fixture_f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

/* unit written reps times over, NUL-terminated, for the caller to free();
** NULL when out of memory. The hostile-input tests' one huge line. */
static inline char *fixture_repeat(const char *unit, size_t reps) {
  size_t unit_len = strlen(unit);
  char *buf = malloc(unit_len * reps + 1);
  if (buf == NULL) return NULL;
  for (size_t i = 0; i < reps; i++) memcpy(buf + i * unit_len, unit, unit_len);
  buf[unit_len * reps] = '\0';
  return buf;
}

/* Makes a fresh directory /tmp/lede-test-<name>-XXXXXX, its path in dir
** (cap bytes); false when it cannot. The file tests' scratch space. */
static inline bool fixture_tmpdir(char *dir, size_t cap, const char *name) {
  snprintf(dir, cap, "/tmp/lede-test-%s-XXXXXX", name);
  return mkdtemp(dir) != NULL;
}

/* Removes dir and all below it (made by fixture_tmpdir); says so on stderr
** when it cannot. */
static inline void fixture_tmpdir_remove(const char *dir) {
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
}

/* The seed article $LEDE_SHARED/seeds/<name>, whole and NUL-terminated,
** for the caller to free(); *len (if not NULL) gets its size. NULL when
** LEDE_SHARED is unset or the file cannot be read. */
static inline char *fixture_seed(const char *name, size_t *len) {
  const char *shared = getenv("LEDE_SHARED");
  if (shared == NULL) return NULL;
  char path[1024];
  snprintf(path, sizeof path, "%s/seeds/%s", shared, name);
  return fixture_read(path, len);
}

/* True when the seed articles are there; otherwise prints that `what` is
** skipped, so a run without $LEDE_SHARED says what it left out. */
static inline bool fixture_have_seeds(const char *what) {
  char *probe = fixture_seed("000_f5c1237fb4dadb5b.txt", NULL);
  bool is_there = probe != NULL;
  if (!is_there) printf("skipped: %s (LEDE_SHARED unset or without seeds/)\n", what);
  free(probe);
  return is_there;
}

/* Steps the tests' linear congruential generator in *seed and returns the
** new state; callers take the bits they want (>> 16 for 0..65535). The
** same seed gives the same sequence, so random tests repeat. */
static inline unsigned fixture_lcg(unsigned *seed) {
  *seed = *seed * 1103515245u + 12345u;
  return *seed;
}

/* Length of the longest common subsequence of a[0, na) and b[0, nb) by the
** plain dynamic program, row by row: the oracle that the diff and ROUGE-L
** tests hold their fast versions to. 0 when out of memory. */
static inline size_t fixture_lcs_length(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
  size_t *prev = calloc(nb + 1, sizeof *prev), *cur = calloc(nb + 1, sizeof *cur);
  size_t len = 0;
  if (prev != NULL && cur != NULL) {
    for (size_t i = 1; i <= na; i++) {
      for (size_t j = 1; j <= nb; j++)
        cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : prev[j] > cur[j - 1] ? prev[j] : cur[j - 1];
      size_t *swap = prev;
      prev = cur;
      cur = swap;
    }
    len = prev[nb];
  }
  free(prev);
  free(cur);
  return len;
}

/* Fragments that trip sentence splitters and tokenizers (stops, quotes,
** brackets, bullets, newlines, invalid bytes), as the start of a pool for
** fixture_random_text; a test may add its own after them. */
#define FIXTURE_TRICKY_PIECES                                                                        \
  ".", "!", "?", "\"", "'", "(", ")", "[", "]", " ", "\n", "\n\n", "a", "Mr", "U.S.", "1", "1.", "a)", \
      "Ab", "I", "\u2026", "\u2022", "\u201C", "\u201D", "\u2019", "\xFF", "\xE2\x80", "www.", "@", "...",  \
      " . . .", "e.g.", "-", ",", "\u00A0", "\u3002", "x10", "The", "[1]"

/* Fills buf (cap bytes, NUL-terminated) with 1..40 pieces drawn from pool
** by a fixed linear congruential generator in *seed; returns the length.
** The same seed and pool give the same text, so random tests repeat. */
static inline size_t fixture_random_text(char *buf, size_t cap, unsigned *seed,
                                         const char *const *pool, size_t n_pool) {
  size_t n = 0;
  int k = 1 + (int)(*seed % 40);
  for (int i = 0; i < k; i++) {
    const char *piece = pool[(fixture_lcg(seed) >> 16) % n_pool];
    size_t len = strlen(piece);
    if (n + len >= cap) break;
    memcpy(buf + n, piece, len);
    n += len;
  }
  buf[n] = '\0';
  return n;
}

#endif

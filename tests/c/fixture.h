/*
** fixture.h — what several C tests need besides check.h: an Article over a
** borrowed text with one BLOCK_BODY block per non-empty line (how the stage
** tests feed a stage without running blocks.c), and whole files read through
** the core's own fileio.c.
*/
#ifndef LEDE_FIXTURE_H
#define LEDE_FIXTURE_H

#include <string.h>

#include "article.h"
#include "fileio.h"

/* An Article over text (borrowed: a.text is not freed by the caller's
** cleanup) with one BLOCK_BODY block per non-empty line. */
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

/* The whole file at path, NUL-terminated, for the caller to free(); *len
** (if not NULL) gets its size. NULL when it cannot be read. */
static inline char *fixture_read(const char *path, size_t *len) {
  char *buf = NULL;
  size_t n = 0;
  if (file_read_all(path, &buf, &n, NULL) != LEDE_OK) return NULL;
  if (len != NULL) *len = n;
  return buf;
}

/* Fills buf (cap bytes, NUL-terminated) with 1..40 pieces drawn from pool
** by a fixed linear congruential generator in *seed; returns the length.
** The same seed and pool give the same text, so random tests repeat. */
static inline size_t fixture_random_text(char *buf, size_t cap, unsigned *seed,
                                         const char *const *pool, size_t n_pool) {
  size_t n = 0;
  int k = 1 + (int)(*seed % 40);
  for (int i = 0; i < k; i++) {
    *seed = *seed * 1103515245u + 12345u;
    const char *piece = pool[(*seed >> 16) % n_pool];
    size_t len = strlen(piece);
    if (n + len >= cap) break;
    memcpy(buf + n, piece, len);
    n += len;
  }
  buf[n] = '\0';
  return n;
}

#endif

/*
** store_fixture.h — what the C tests of the store and the ingest share
** besides check.h and fixture.h: one-value queries that yield a plain C
** value (so a failed query shows as a failed CHECK on the value), and
** parsing and storing one text in an open transaction.
*/
#ifndef LEDE_STORE_FIXTURE_H
#define LEDE_STORE_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "article.h"
#include "store.h"

/* The single integer a query returns; -1 when it fails or returns no row. */
static inline int64_t q_int(Store *s, const char *sql) {
  StoreQuery *q = NULL;
  bool has_row = false;
  int64_t v = -1;
  if (store_query_open(s, sql, strlen(sql), &q, NULL) == LEDE_OK &&
      store_query_step(q, &has_row, NULL) == LEDE_OK && has_row)
    v = store_query_int(q, 0);
  store_query_close(q);
  return v;
}

/* The single text a query returns, copied into buf ("" when none). */
static inline const char *q_text(Store *s, const char *sql, char *buf, size_t n) {
  StoreQuery *q = NULL;
  bool has_row = false;
  buf[0] = '\0';
  if (store_query_open(s, sql, strlen(sql), &q, NULL) == LEDE_OK &&
      store_query_step(q, &has_row, NULL) == LEDE_OK && has_row) {
    Span t = store_query_text(q, 0);
    snprintf(buf, n, "%.*s", (int)t.len, t.ptr);
  }
  store_query_close(q);
  return buf;
}

/* Parses text and stores it under meta (NULL: no metadata) inside the
** open transaction; returns the new id, 0 on failure (said on stderr). */
static inline int64_t add_text(Store *s, const char *text, const DocMeta *meta) {
  static const DocMeta no_meta = {0};
  Span raw = {text, strlen(text)};
  Article a;
  char hash[65];
  int64_t id = 0;
  Err err = {0};
  if (article_parse(raw, NULL, &a, &err) != LEDE_OK) {
    fprintf(stderr, "parse failed: %s\n", err.msg);
    return 0;
  }
  store_hash(raw, hash);
  LedeStatus st = store_add(s, meta != NULL ? meta : &no_meta, raw, hash, &a, &id, &err);
  if (st != LEDE_OK) fprintf(stderr, "store_add: %s\n", err.msg);
  article_free(&a);
  return id;
}

#endif

/*
** fuzz_parse.c — a libFuzzer target for the whole article parser: any bytes
** go through article_parse (with and without a publication date) and the
** JSON writer, and every Range the parser returns is checked to lie inside
** the text, in order. A crash, a sanitizer report, a failed check (abort)
** or a slow input (-timeout) is a finding. Built with -DLEDE_FUZZ=ON and
** clang; ctest runs it for ~30 s (tests/CMakeLists.txt).
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "article.h"
#include "article_json.h"
#include "json.h"

/* Aborts, naming the broken invariant, so libFuzzer saves the input. */
static void require(bool ok, const char *what) {
  if (ok) return;
  fprintf(stderr, "fuzz_parse: invariant broken: %s\n", what);
  abort();
}

static void check_range(const Article *a, Range r, const char *what) {
  require(r.start <= r.end && r.end <= a->len, what);
}

/* Every Range lies inside the text; blocks, tokens and sentences come in
** text order; entity indices are valid. */
static void check_article(const Article *a) {
  require(a->text != NULL && a->text[a->len] == '\0', "text is NUL-terminated");
  check_range(a, a->title, "title");
  check_range(a, a->dateline, "dateline");
  for (size_t i = 0; i < a->bylines.len; i++) check_range(a, a->bylines.items[i], "byline");
  for (size_t i = 0; i < a->blocks.len; i++) {
    check_range(a, a->blocks.items[i].r, "block");
    require(i == 0 || a->blocks.items[i - 1].r.end <= a->blocks.items[i].r.start, "blocks in order");
  }
  for (size_t i = 0; i < a->tokens.len; i++) {
    check_range(a, a->tokens.items[i].r, "token");
    require(i == 0 || a->tokens.items[i - 1].r.end <= a->tokens.items[i].r.start, "tokens in order");
  }
  for (size_t i = 0; i < a->sentences.len; i++) check_range(a, a->sentences.items[i], "sentence");
  for (size_t i = 0; i < a->entities.len; i++) check_range(a, a->entities.items[i].name, "entity");
  for (size_t i = 0; i < a->mentions.len; i++) {
    check_range(a, a->mentions.items[i].r, "mention");
    require(a->mentions.items[i].entity < a->entities.len, "mention's entity");
  }
  for (size_t i = 0; i < a->quotes.len; i++) {
    const Quote *q = &a->quotes.items[i];
    check_range(a, q->r, "quote");
    check_range(a, q->cue, "cue");
    require(q->speaker < (long)a->entities.len, "quote's speaker");
  }
  for (size_t i = 0; i < a->numbers.len; i++) check_range(a, a->numbers.items[i].r, "number");
  for (size_t i = 0; i < a->dates.len; i++) check_range(a, a->dates.items[i].r, "date");
  require(article_raw_offset(a, a->len) >= article_raw_offset(a, 0), "offset map");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* an odd first byte also resolves dates against a publication date */
  ParseOptions opts = {0};
  if (size > 0 && (data[0] & 1)) opts = (ParseOptions){.pub_year = 2016, .pub_month = 10, .pub_day = 7};
  Article a;
  Err err = {0};
  if (article_parse((Span){(const char *)data, size}, &opts, &a, &err) == LEDE_OK) {
    check_article(&a);
    StrBuf sb = {0};
    article_write_json(&sb, &a, "fuzz");
    require(sb.is_oom || sb.len > 0, "JSON written");
    free(sb.ptr);
  } else {
    require(err.msg[0] != '\0', "a failure says why");
  }
  article_free(&a);
  return 0;
}

/*
** bench_digest.c — the guard for parser speed work: parses every file given
** (folders recursively, in name order) and prints one 64-bit digest per
** Article field plus one over all of them, so a change that should not alter
** the parser's output can be checked to alter nothing. Run by hand:
**   build/tests/bench_digest ../shared/data/bbc-news ../shared/data/polnear/train/text \
**     ../shared/data/polnear/dev/text ../shared/seeds tests/fixtures
** --each prints the overall digest of every file too, to find the one that
** differs. Articles are parsed with a publication date (2016-10-07) so date
** resolution is covered.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "fileio.h"
#include "hash.h"

/* The fields digested, each folded into its own running hash. */
enum {
  F_TEXT, F_BLOCKS, F_TITLE, F_BYLINES, F_DATELINE, F_TOKENS, F_SENTENCES, F_ENTITIES,
  F_MENTIONS, F_QUOTES, F_NUMBERS, F_DATES, F_STATUS, F_COUNT
};
static const char *const field_names[F_COUNT] = {
    "text", "blocks", "title", "bylines", "dateline", "tokens", "sentences", "entities",
    "mentions", "quotes", "numbers", "dates", "status"};

typedef struct {
  uint64_t field[F_COUNT];
  size_t count[F_COUNT]; /* items seen per field, for the summary */
  size_t n_files;
  bool each;
} Digest;

/* Folds n bytes into *h. */
static void mix(uint64_t *h, const void *p, size_t n) { *h = hash_bytes(p, n, *h); }

static void mix_u64(uint64_t *h, uint64_t x) { mix(h, &x, sizeof x); }

static void mix_range(uint64_t *h, Range r) {
  mix_u64(h, r.start);
  mix_u64(h, r.end);
}

static void mix_double(uint64_t *h, double x) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  mix_u64(h, bits);
}

/* Folds the structure fields (blocks .. dateline, tokens, sentences) of a. */
static void digest_structure(uint64_t *f, size_t *c, const Article *a) {
  mix(&f[F_TEXT], a->text, a->len);
  mix_u64(&f[F_TEXT], a->n_invalid_bytes * 2 + a->was_legacy_encoding);
  for (size_t i = 0; i < a->blocks.len; i++) {
    mix_range(&f[F_BLOCKS], a->blocks.items[i].r);
    mix_u64(&f[F_BLOCKS], (uint64_t)a->blocks.items[i].kind);
  }
  mix_range(&f[F_TITLE], a->title);
  for (size_t i = 0; i < a->bylines.len; i++) mix_range(&f[F_BYLINES], a->bylines.items[i]);
  mix_range(&f[F_DATELINE], a->dateline);
  for (size_t i = 0; i < a->tokens.len; i++) {
    mix_range(&f[F_TOKENS], a->tokens.items[i].r);
    mix_u64(&f[F_TOKENS], (uint64_t)a->tokens.items[i].cls);
  }
  for (size_t i = 0; i < a->sentences.len; i++) mix_range(&f[F_SENTENCES], a->sentences.items[i]);
  c[F_BLOCKS] += a->blocks.len;
  c[F_BYLINES] += a->bylines.len;
  c[F_TOKENS] += a->tokens.len;
  c[F_SENTENCES] += a->sentences.len;
  c[F_TITLE] += !range_is_empty(a->title);
  c[F_DATELINE] += !range_is_empty(a->dateline);
}

/* Folds entities, mentions and quotes of a. */
static void digest_names(uint64_t *f, size_t *c, const Article *a) {
  for (size_t i = 0; i < a->entities.len; i++) {
    const Entity *e = &a->entities.items[i];
    mix_u64(&f[F_ENTITIES], (uint64_t)e->type);
    mix_range(&f[F_ENTITIES], e->name);
    mix_range(&f[F_ENTITIES], e->title);
    if (e->canon != NULL) mix(&f[F_ENTITIES], e->canon, strlen(e->canon));
  }
  for (size_t i = 0; i < a->mentions.len; i++) {
    mix_range(&f[F_MENTIONS], a->mentions.items[i].r);
    mix_u64(&f[F_MENTIONS], a->mentions.items[i].entity);
  }
  for (size_t i = 0; i < a->quotes.len; i++) {
    const Quote *q = &a->quotes.items[i];
    mix_range(&f[F_QUOTES], q->r);
    mix_u64(&f[F_QUOTES], (uint64_t)q->kind);
    mix_range(&f[F_QUOTES], q->cue);
    mix_u64(&f[F_QUOTES], (uint64_t)q->speaker);
    mix_range(&f[F_QUOTES], q->speaker_desc);
  }
  c[F_ENTITIES] += a->entities.len;
  c[F_MENTIONS] += a->mentions.len;
  c[F_QUOTES] += a->quotes.len;
}

/* Folds numbers and dates of a. */
static void digest_figures(uint64_t *f, size_t *c, const Article *a) {
  for (size_t i = 0; i < a->numbers.len; i++) {
    const Number *n = &a->numbers.items[i];
    mix_range(&f[F_NUMBERS], n->r);
    mix_double(&f[F_NUMBERS], n->has_value ? n->value : 0);
    mix_double(&f[F_NUMBERS], n->has_value ? n->value_high : 0);
    mix_u64(&f[F_NUMBERS], (uint64_t)n->has_value * 2 + n->is_percent);
    mix_u64(&f[F_NUMBERS], (uint64_t)n->approx);
    mix_range(&f[F_NUMBERS], n->qualifier);
    mix_range(&f[F_NUMBERS], n->unit);
    mix(&f[F_NUMBERS], n->currency, strnlen(n->currency, sizeof n->currency));
  }
  for (size_t i = 0; i < a->dates.len; i++) {
    const DateRef *d = &a->dates.items[i];
    mix_range(&f[F_DATES], d->r);
    mix_u64(&f[F_DATES], (uint64_t)(d->year * 10000 + d->month * 100 + d->day));
    mix_u64(&f[F_DATES], (uint64_t)d->is_resolved * 2 + d->is_relative);
    mix_u64(&f[F_DATES], (uint64_t)d->precision);
  }
  c[F_NUMBERS] += a->numbers.len;
  c[F_DATES] += a->dates.len;
}

/* Parses one file and folds its article into dg (and prints its own digest
** with --each). Unreadable files are skipped. */
static void digest_file(Digest *dg, const char *path) {
  char *raw = NULL;
  size_t n = 0;
  if (file_read_all(path, &raw, &n, NULL) != LEDE_OK) return;
  static const ParseOptions opts = {.pub_year = 2016, .pub_month = 10, .pub_day = 7};
  Article a;
  LedeStatus st = article_parse((Span){raw, n}, &opts, &a, NULL);
  uint64_t own[F_COUNT] = {0};
  mix_u64(&own[F_STATUS], (uint64_t)st);
  digest_structure(own, dg->count, &a);
  digest_names(own, dg->count, &a);
  digest_figures(own, dg->count, &a);
  uint64_t all = 0;
  for (int i = 0; i < F_COUNT; i++) {
    mix_u64(&dg->field[i], own[i]);
    mix_u64(&all, own[i]);
  }
  if (dg->each) printf("%016llx %s\n", (unsigned long long)all, path);
  dg->n_files++;
  article_free(&a);
  free(raw);
}

/* Digests what arg names: a file, or every file under a folder in name
** order, hidden entries skipped (fileio.c's walk). */
static void digest_arg(Digest *dg, const char *arg) {
  PathList paths = {0};
  Err err;
  if (paths_expand(arg, NULL, &paths, &err) != LEDE_OK) fprintf(stderr, "bench_digest: %s\n", err.msg);
  for (size_t i = 0; i < paths.len; i++) digest_file(dg, paths.items[i]);
  pathlist_free(&paths);
}

int main(int argc, char **argv) {
  Digest dg = {0};
  for (int i = 1; i < argc; i++)
    if (strcmp(argv[i], "--each") == 0) dg.each = true;
  for (int i = 1; i < argc; i++)
    if (strcmp(argv[i], "--each") != 0) digest_arg(&dg, argv[i]);
  if (dg.n_files == 0) {
    fprintf(stderr, "usage: bench_digest [--each] FILE_OR_DIR...\n");
    return 2;
  }
  uint64_t all = 0;
  for (int i = 0; i < F_COUNT; i++) {
    printf("%-10s %016llx  %zu\n", field_names[i], (unsigned long long)dg.field[i], dg.count[i]);
    mix_u64(&all, dg.field[i]);
  }
  printf("ALL        %016llx  %zu files\n", (unsigned long long)all, dg.n_files);
  return 0;
}

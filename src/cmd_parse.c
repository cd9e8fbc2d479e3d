/*
** cmd_parse.c — `lede parse PATH... [--format json|text] [--date YYYY-MM-DD]`:
** parses articles without storing them and prints one JSON object per article
** per line (DESIGN.md), or a readable summary. A file that cannot be parsed is
** reported on stderr and the rest go on; the exit status says whether any
** failed.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "article_json.h"
#include "commands.h"
#include "fileio.h"
#include "host.h"
#include "pubdate.h"

typedef enum { FORMAT_JSON, FORMAT_TEXT } ParseFormat;

typedef struct {
  ParseFormat format;
  ParseOptions opts;
  PathList files;
} ParseRun;

static void print_span(const char *label, Span s) {
  printf("%-10s %.*s\n", label, (int)s.len, s.ptr ? s.ptr : "-");
}

/* The readable form: what a person checking the parser wants to see. */
static void write_text(const Article *a, const char *file) {
  printf("== %s\n", file);
  print_span("title", range_is_empty(a->title) ? (Span){NULL, 0} : article_span(a, a->title));
  for (size_t i = 0; i < a->bylines.len; i++) print_span("byline", article_span(a, a->bylines.items[i]));
  if (!range_is_empty(a->dateline)) print_span("dateline", article_span(a, a->dateline));
  if (a->was_legacy_encoding) printf("%-10s %s\n", "encoding", "windows-1252, converted to UTF-8");
  size_t n_body = 0;
  for (size_t i = 0; i < a->blocks.len; i++) n_body += a->blocks.items[i].kind == BLOCK_BODY;
  printf("%-10s %zu of %zu blocks, %zu sentences\n", "body", n_body, a->blocks.len, a->sentences.len);
  for (size_t i = 0; i < a->quotes.len; i++) {
    const Quote *q = &a->quotes.items[i];
    Span who = article_quote_speaker(a, q), text = article_span(a, q->r);
    printf("%-10s \"%.*s\" — %.*s\n", i ? "" : "quotes", (int)text.len, text.ptr,
           (int)(who.ptr ? who.len : 1), who.ptr ? who.ptr : "?");
  }
  for (size_t i = 0; i < a->entities.len; i++) {
    Span name = article_entity_name(a, &a->entities.items[i]);
    printf("%-10s %.*s (%s)\n", i ? "" : "entities", (int)name.len, name.ptr,
           entity_type_names[a->entities.items[i].type]);
  }
  for (size_t i = 0; i < a->numbers.len; i++) {
    Span t = article_span(a, a->numbers.items[i].r);
    printf("%-10s %.*s\n", i ? "" : "numbers", (int)t.len, t.ptr);
  }
  for (size_t i = 0; i < a->dates.len; i++) {
    char iso[48];
    Span t = article_span(a, a->dates.items[i].r);
    bool has = article_date_iso(&a->dates.items[i], iso);
    printf("%-10s %.*s%s%s\n", i ? "" : "dates", (int)t.len, t.ptr, has ? " = " : "", has ? iso : "");
  }
}

/* Parses one file and prints it. Returns false (after saying why) on failure. */
static bool parse_one(const ParseRun *run, const char *path, StrBuf *line) {
  char *raw;
  size_t len;
  Err err = {0};
  Article a;
  if (file_read_all(path, &raw, &len, &err) != LEDE_OK) {
    fprintf(stderr, "lede: %s\n", err.msg);
    return false;
  }
  LedeStatus st = article_parse((Span){raw, len}, &run->opts, &a, &err);
  free(raw);
  if (st != LEDE_OK) {
    fprintf(stderr, "lede: %s: %s\n", path, err.msg);
    return false;
  }
  if (a.n_invalid_bytes > 0)
    fprintf(stderr, "lede: %s: %zu invalid UTF-8 bytes replaced by U+FFFD\n", path, a.n_invalid_bytes);
  if (run->format == FORMAT_TEXT) {
    write_text(&a, path);
  } else {
    strbuf_clear(line);
    article_write_json(line, &a, path);
    strbuf_append_char(line, '\n');
    if (strbuf_status(line, &err) == LEDE_OK) fwrite(line->ptr, 1, line->len, stdout);
  }
  article_free(&a);
  if (line->is_oom) {
    fprintf(stderr, "lede: %s: out of memory\n", path);
    return false;
  }
  return true;
}

/* Reads options and paths; returns EXIT_OK or a usage status. */
static int read_args(ParseRun *run, int argc, char **argv) {
  static const char *const txt[] = {".txt", NULL};
  const WalkFilter filter = {txt};
  for (int i = 0; i < argc; i++) {
    const char *arg = argv[i];
    if (strcmp(arg, "--format") == 0 || strcmp(arg, "--date") == 0) {
      if (i + 1 >= argc) return usage_error("parse: missing value after", arg);
      const char *val = argv[++i];
      if (arg[2] == 'd') {
        if (!pubdate_read(val, &run->opts)) return usage_error("parse: --date wants YYYY-MM-DD, got", val);
      } else if (strcmp(val, "json") == 0 || strcmp(val, "text") == 0) {
        run->format = val[0] == 'j' ? FORMAT_JSON : FORMAT_TEXT;
      } else {
        return usage_error("parse: --format must be json or text, got", val);
      }
    } else if (arg[0] == '-' && arg[1] != '\0') {
      return usage_error("parse: unknown option", arg);
    } else {
      Err err = {0};
      if (paths_expand(arg, &filter, &run->files, &err) != LEDE_OK) {
        fprintf(stderr, "lede: %s\n", err.msg);
        return EXIT_ERROR;
      }
    }
  }
  if (run->files.len == 0) return usage_error("parse: no article files given", NULL);
  return EXIT_OK;
}

int cmd_parse(int argc, char **argv) {
  ParseRun run = {.format = FORMAT_JSON};
  int status = read_args(&run, argc, argv);
  StrBuf line = {0};
  size_t n_failed = 0;
  for (size_t i = 0; status == EXIT_OK && i < run.files.len; i++)
    n_failed += !parse_one(&run, run.files.items[i], &line);
  size_t n_files = run.files.len;
  strbuf_free(&line);
  pathlist_free(&run.files);
  if (status != EXIT_OK) return status;
  if (n_failed > 0) fprintf(stderr, "lede: %zu of %zu files failed\n", n_failed, n_files);
  return n_failed ? EXIT_ERROR : EXIT_OK;
}

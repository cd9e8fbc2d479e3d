/*
** reader.c — the ingest's input formats (reader.h). A Reader owns one open
** stream and a growing window over it; JSON Lines and line-per-cluster
** Multi-News are read a line at a time, plain text and "|||||"-joined
** Multi-News files whole. Items carry where they came from, so every
** failure names its file and line.
*/
#define _GNU_SOURCE /* memmem */
#include "reader.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fileio.h"
#include "json.h"
#include "reader_html.h"

#define HEAD_BYTES ((size_t)64 << 10)

struct Reader {
  char *path;          /* for messages and item locations; owned */
  FILE *f;
  bool is_stdin;
  InputFormat format;
  bool is_line_clusters; /* Multi-News with one cluster per line */
  JsonlFields fields;  /* borrowed names */
  char *buf;           /* window [start, end) over the stream; NUL at end */
  size_t cap, start, end, scan;
  bool is_eof;
  int read_errno;      /* set when the stream failed */
  size_t line_no;      /* of the last line returned */
  uint64_t consumed, reported;
  VEC(ReaderItem) pending; /* items of the current line/file, handed out in order */
  size_t pending_next;
  size_t n_items;
  bool is_done;
};

static const char SEP_BARS[] = "|||||";
static const char SEP_TAG[] = "story_separator_special_tag";
static const char NEWLINE_TAG[] = "NEWLINE_CHAR";

/* ---- items -------------------------------------------------------------- */

void reader_item_free(ReaderItem *item) {
  free(item->where);
  free(item->reason);
  free(item->text);
  free(item->title);
  free(item->url);
  free(item->published);
  free(item->source);
  free(item->cluster);
  *item = (ReaderItem){0};
}

/* A malloc'd NUL-terminated copy of s, or NULL when s.ptr is NULL or memory
** runs out. */
static char *dup_span(Span s) {
  if (s.ptr == NULL) return NULL;
  char *p = malloc(s.len + 1);
  if (p == NULL) return NULL;
  memcpy(p, s.ptr, s.len);
  p[s.len] = '\0';
  return p;
}

/* A malloc'd printf result, or NULL. */
static char *dup_printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *p = n >= 0 ? malloc((size_t)n + 1) : NULL;
  if (p == NULL) return NULL;
  va_start(ap, fmt);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return p;
}

/* "path", "path:line", "path#k" or "path:line#k" (line, k 0 = absent). */
static char *make_where(const Reader *r, size_t line, size_t k) {
  if (line > 0 && k > 0) return dup_printf("%s:%zu#%zu", r->path, line, k);
  if (line > 0) return dup_printf("%s:%zu", r->path, line);
  if (k > 0) return dup_printf("%s#%zu", r->path, k);
  return dup_printf("%s", r->path);
}

/* Queues item (taking ownership); frees it if the queue cannot grow. */
static void push_item(Reader *r, ReaderItem item) {
  if (!vec_push(&r->pending, item)) reader_item_free(&item);
}

/* Queues a failure at (line, k) with a formatted reason. */
static void push_failure(Reader *r, size_t line, size_t k, const char *fmt, ...) {
  char reason[600];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(reason, sizeof reason, fmt, ap);
  va_end(ap);
  ReaderItem item = {.where = make_where(r, line, k), .reason = dup_printf("%s", reason)};
  push_item(r, item);
}

/* Queues an article of text (copied) at (line, k). */
static ReaderItem *push_article(Reader *r, size_t line, size_t k, Span text) {
  ReaderItem item = {.where = make_where(r, line, k), .text = dup_span(text), .len = text.len};
  if (item.text == NULL) item.reason = dup_printf("out of memory");
  push_item(r, item);
  return r->pending.len > 0 ? &r->pending.items[r->pending.len - 1] : NULL;
}

/* ---- the stream window ---------------------------------------------------- */

/* Reads more of the stream into the window, growing or compacting it.
** False when nothing more can be read (end, error or the size limit). */
static bool fill(Reader *r) {
  if (r->is_eof) return false;
  if (r->start > 0 && (r->end == r->cap - 1 || r->start == r->end)) {
    memmove(r->buf, r->buf + r->start, r->end - r->start);
    r->end -= r->start, r->scan -= r->start, r->start = 0;
  }
  if (r->end + 1 >= r->cap) {
    if (r->cap > FILEIO_MAX_BYTES) return false;
    char *grown = realloc(r->buf, r->cap * 2);
    if (grown == NULL) return false;
    r->buf = grown, r->cap *= 2;
  }
  size_t got = fread(r->buf + r->end, 1, r->cap - 1 - r->end, r->f);
  r->end += got;
  r->buf[r->end] = '\0';
  if (got == 0) {
    r->is_eof = true;
    if (ferror(r->f)) r->read_errno = errno ? errno : EIO;
  }
  return got > 0;
}

/* The next line (without "\n" or "\r\n") as a span into the window, valid
** until the next read; false at the end of the stream or when a line is too
** long (read_errno then says why). */
static bool read_line(Reader *r, Span *line) {
  for (;;) {
    char *nl = memchr(r->buf + r->scan, '\n', r->end - r->scan);
    if (nl != NULL || (r->is_eof && r->start < r->end)) {
      size_t stop = nl ? (size_t)(nl - r->buf) : r->end;
      size_t len = stop - r->start;
      *line = (Span){r->buf + r->start, len};
      if (len > 0 && line->ptr[len - 1] == '\r') line->len--;
      r->consumed += stop - r->start + (nl ? 1 : 0);
      r->start = r->scan = nl ? stop + 1 : stop;
      r->line_no++;
      return true;
    }
    r->scan = r->end;
    if (r->is_eof) return false;
    if (!fill(r) && !r->is_eof) {
      r->read_errno = r->read_errno ? r->read_errno : EFBIG;
      return false;
    }
  }
}

/* Reads the rest of the stream; the whole input is then [start, end). */
static bool read_rest(Reader *r) {
  while (!r->is_eof)
    if (!fill(r) && !r->is_eof) return false;
  r->consumed += r->end - r->start;
  return r->read_errno == 0;
}

/* ---- detection ----------------------------------------------------------- */

static bool has_ext(const char *path, const char *ext) {
  size_t n = strlen(path), k = strlen(ext);
  return n >= k && strcasecmp(path + n - k, ext) == 0;
}

static bool contains(Span s, const char *needle) {
  return memmem(s.ptr, s.len, needle, strlen(needle)) != NULL;
}

/* True when the first line of head is a JSON object (or starts like one and
** is longer than head). */
static bool starts_with_json_object(Span head) {
  size_t i = 0;
  if (head.len >= 3 && memcmp(head.ptr, "\xEF\xBB\xBF", 3) == 0) i = 3;
  while (i < head.len && (head.ptr[i] == ' ' || head.ptr[i] == '\t' || head.ptr[i] == '\r' || head.ptr[i] == '\n')) i++;
  if (i >= head.len || head.ptr[i] != '{') return false;
  const char *nl = memchr(head.ptr + i, '\n', head.len - i);
  if (nl == NULL) return head.len >= HEAD_BYTES;
  JsonDoc doc;
  bool is_object = json_parse((Span){head.ptr + i, (size_t)(nl - head.ptr) - i}, &doc, NULL) == LEDE_OK &&
                   doc.root.type == JSON_OBJECT;
  json_doc_free(&doc);
  return is_object;
}

/* True when head opens like an HTML document (after white space and a BOM). */
static bool starts_like_html(Span head) {
  static const char *const openings[] = {"<!doctype html", "<html", "<!--", "<head"};
  size_t i = head.len >= 3 && memcmp(head.ptr, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  while (i < head.len && (head.ptr[i] == ' ' || head.ptr[i] == '\t' || head.ptr[i] == '\r' || head.ptr[i] == '\n')) i++;
  for (size_t k = 0; k < sizeof openings / sizeof openings[0]; k++) {
    size_t n = strlen(openings[k]);
    if (head.len - i >= n && strncasecmp(head.ptr + i, openings[k], n) == 0)
      return k != 2 || contains(head, "<html") || contains(head, "<HTML");
  }
  return false;
}

InputFormat reader_detect(const char *path, Span head) {
  if (has_ext(path, ".jsonl") || has_ext(path, ".ndjson")) return INPUT_JSONL;
  if (has_ext(path, ".html") || has_ext(path, ".htm") || has_ext(path, ".xhtml")) return INPUT_HTML;
  if (has_ext(path, ".src")) return INPUT_MULTINEWS;
  if (starts_with_json_object(head)) return INPUT_JSONL;
  if (starts_like_html(head)) return INPUT_HTML;
  if (contains(head, SEP_TAG) || contains(head, NEWLINE_TAG) || contains(head, SEP_BARS)) return INPUT_MULTINEWS;
  return INPUT_TEXT;
}

/* ---- opening -------------------------------------------------------------- */

LedeStatus reader_open(const char *path, InputFormat format, const JsonlFields *fields, Reader **out,
                       Err *err) {
  *out = NULL;
  Reader *r = calloc(1, sizeof *r);
  if (r == NULL || (r->path = strdup(path)) == NULL || (r->buf = malloc(HEAD_BYTES + 1)) == NULL) {
    reader_close(r);
    return err_set(err, LEDE_ENOMEM, "%s: out of memory", path);
  }
  r->cap = HEAD_BYTES + 1;
  r->is_stdin = strcmp(path, "-") == 0;
  r->f = r->is_stdin ? stdin : fopen(path, "rb");
  if (r->f == NULL) {
    LedeStatus st = err_set(err, LEDE_EIO, "%s: %s", path, strerror(errno));
    reader_close(r);
    return st;
  }
  if (fields != NULL) r->fields = *fields;
  fill(r);
  if (r->read_errno != 0) {
    LedeStatus st = err_set(err, LEDE_EIO, "%s: %s", path, strerror(r->read_errno));
    reader_close(r);
    return st;
  }
  Span head = {r->buf, r->end};
  r->format = format != INPUT_AUTO ? format : reader_detect(path, head);
  r->is_line_clusters = contains(head, SEP_TAG) || contains(head, NEWLINE_TAG);
  *out = r;
  return LEDE_OK;
}

InputFormat reader_format(const Reader *r) { return r->format; }

void reader_close(Reader *r) {
  if (r == NULL) return;
  if (r->f != NULL && !r->is_stdin) fclose(r->f);
  for (size_t i = r->pending_next; i < r->pending.len; i++) reader_item_free(&r->pending.items[i]);
  vec_free(&r->pending);
  free(r->buf);
  free(r->path);
  free(r);
}

uint64_t reader_take_bytes(Reader *r) {
  uint64_t delta = r->consumed - r->reported;
  r->reported = r->consumed;
  return delta;
}

/* ---- JSON Lines ------------------------------------------------------------ */

/* Field names tried in order when JsonlFields leaves a field NULL. */
static const char *const text_names[] = {"text", "body", "content", NULL};
static const char *const title_names[] = {"title", "headline", NULL};
static const char *const url_names[] = {"url", "link", NULL};
static const char *const date_names[] = {"date", "published", "publish_date", NULL};
static const char *const source_names[] = {"source", "outlet", "publisher", NULL};
static const char *const cluster_names[] = {"cluster", "cluster_id", "row_id", "id", NULL};

/* The first of names (or only `chosen`, when set) that holds a string. */
static Span field_string(const JsonValue *obj, const char *chosen, const char *const *names) {
  const char *one[] = {chosen, NULL};
  for (const char *const *n = chosen ? one : names; *n != NULL; n++) {
    const JsonValue *v = json_get(obj, *n);
    if (json_is(v, JSON_STRING)) return json_string(v);
  }
  return (Span){NULL, 0};
}

/* The cluster id of a record as text: a string as it is, a number in
** decimal; NULL when there is none. */
static char *cluster_id(const JsonValue *obj) {
  for (const char *const *n = cluster_names; *n != NULL; n++) {
    const JsonValue *v = json_get(obj, *n);
    if (json_is(v, JSON_STRING)) return dup_span(json_string(v));
    if (json_is(v, JSON_NUMBER)) return dup_printf("%.17g", json_number(v, 0));
  }
  return NULL;
}

static void set_meta(Reader *r, ReaderItem *item, const JsonValue *obj) {
  if (item == NULL || item->reason != NULL) return;
  item->title = dup_span(field_string(obj, r->fields.title, title_names));
  item->url = dup_span(field_string(obj, r->fields.url, url_names));
  item->published = dup_span(field_string(obj, r->fields.date, date_names));
  item->source = dup_span(field_string(obj, r->fields.source, source_names));
}

/* A Multi-News cluster record: one article per string of "documents". */
static void jsonl_cluster(Reader *r, const JsonValue *obj, const JsonValue *docs) {
  char *cluster = cluster_id(obj);
  if (cluster == NULL) cluster = make_where(r, r->line_no, 0);
  size_t k = 0;
  for (size_t i = 0; i < json_len(docs); i++) {
    const JsonValue *d = json_at(docs, i);
    k++;
    if (!json_is(d, JSON_STRING)) {
      push_failure(r, r->line_no, k, "document %zu is not a string", k);
      continue;
    }
    ReaderItem *item = push_article(r, r->line_no, k, json_string(d));
    set_meta(r, item, obj);
    if (item != NULL && item->reason == NULL && cluster != NULL) item->cluster = strdup(cluster);
  }
  if (k == 0) push_failure(r, r->line_no, 0, "\"documents\" holds no article");
  free(cluster);
}

static void jsonl_line(Reader *r, Span line) {
  JsonDoc doc;
  Err err = {0};
  if (json_parse(line, &doc, &err) != LEDE_OK) {
    push_failure(r, r->line_no, 0, "not JSON (%s)", err.msg);
  } else if (doc.root.type != JSON_OBJECT) {
    push_failure(r, r->line_no, 0, "not a JSON object");
  } else {
    Span text = field_string(&doc.root, r->fields.text, text_names);
    const JsonValue *docs = json_get(&doc.root, "documents");
    if (text.ptr != NULL) set_meta(r, push_article(r, r->line_no, 0, text), &doc.root);
    else if (r->fields.text == NULL && json_is(docs, JSON_ARRAY)) jsonl_cluster(r, &doc.root, docs);
    else if (r->fields.text != NULL) push_failure(r, r->line_no, 0, "no text field \"%s\"", r->fields.text);
    else push_failure(r, r->line_no, 0, "no text field (looked for \"text\", \"body\", \"content\")");
  }
  json_doc_free(&doc);
}

static bool is_blank(Span s) {
  for (size_t i = 0; i < s.len; i++)
    if (s.ptr[i] != ' ' && s.ptr[i] != '\t' && s.ptr[i] != '\r') return false;
  return true;
}

/* Ends the input: a read error or an input with no article at all becomes
** a failure item. */
static void finish(Reader *r) {
  r->is_done = true;
  if (r->read_errno == EFBIG) push_failure(r, r->line_no + 1, 0, "line longer than 1 GiB");
  else if (r->read_errno != 0) push_failure(r, 0, 0, "read error: %s", strerror(r->read_errno));
  else if (r->n_items == 0 && r->pending.len == 0) push_failure(r, 0, 0, "no articles found");
}

static void produce_jsonl(Reader *r) {
  Span line;
  while (read_line(r, &line)) {
    if (r->line_no == 1 && line.len >= 3 && memcmp(line.ptr, "\xEF\xBB\xBF", 3) == 0)
      line.ptr += 3, line.len -= 3;
    if (is_blank(line)) continue;
    jsonl_line(r, line);
    return;
  }
  finish(r);
}

/* ---- plain text ------------------------------------------------------------ */

/* The whole rest of the input as one article; the window's buffer becomes
** the item's text (no copy). */
static void produce_text(Reader *r) {
  r->is_done = true;
  if (!read_rest(r)) {
    if (r->read_errno == 0) push_failure(r, 0, 0, "larger than 1 GiB");
    else push_failure(r, 0, 0, "read error: %s", strerror(r->read_errno));
    return;
  }
  size_t len = r->end - r->start;
  memmove(r->buf, r->buf + r->start, len);
  r->buf[len] = '\0';
  ReaderItem item = {.where = make_where(r, 0, 0), .text = r->buf, .len = len};
  r->buf = NULL, r->cap = r->start = r->end = r->scan = 0;
  push_item(r, item);
}

/* ---- Multi-News ------------------------------------------------------------- */

static const char *find(const char *p, const char *end, const char *needle, size_t n) {
  return memmem(p, (size_t)(end - p), needle, n);
}

/* Queues one Multi-News article: NEWLINE_CHAR becomes "\n", the result is
** trimmed; nothing is queued when it is empty. */
static void push_multinews_piece(Reader *r, Span piece, size_t line, size_t *k, const char *cluster) {
  StrBuf sb = {0};
  const char *p = piece.ptr, *end = piece.ptr + piece.len;
  while (p < end) {
    const char *tag = memmem(p, (size_t)(end - p), NEWLINE_TAG, sizeof NEWLINE_TAG - 1);
    const char *stop = tag ? tag : end;
    strbuf_append(&sb, p, (size_t)(stop - p));
    if (tag != NULL) strbuf_append_char(&sb, '\n');
    p = tag ? tag + sizeof NEWLINE_TAG - 1 : end;
  }
  size_t a = 0, b = sb.len;
  while (a < b && (sb.ptr[a] == ' ' || sb.ptr[a] == '\n' || sb.ptr[a] == '\t' || sb.ptr[a] == '\r')) a++;
  while (b > a && (sb.ptr[b - 1] == ' ' || sb.ptr[b - 1] == '\n' || sb.ptr[b - 1] == '\t' || sb.ptr[b - 1] == '\r')) b--;
  if (b > a || sb.is_oom) {
    ReaderItem *item = push_article(r, line, ++*k, (Span){sb.ptr ? sb.ptr + a : "", b - a});
    if (item != NULL && item->reason == NULL) item->cluster = strdup(cluster);
  }
  strbuf_free(&sb);
}

/* Splits text on the Multi-News separators into articles of one cluster.
** The next position of each separator is cached and searched again only
** once passed, so the split is linear however many separators there are. */
static void split_multinews(Reader *r, Span text, size_t line, const char *cluster) {
  const size_t n_bars = sizeof SEP_BARS - 1, n_tag = sizeof SEP_TAG - 1;
  const char *p = text.ptr, *end = text.ptr + text.len;
  const char *bars = find(p, end, SEP_BARS, n_bars), *tag = find(p, end, SEP_TAG, n_tag);
  size_t k = 0;
  for (;;) {
    if (bars != NULL && bars < p) bars = find(p, end, SEP_BARS, n_bars);
    if (tag != NULL && tag < p) tag = find(p, end, SEP_TAG, n_tag);
    const char *sep = end;
    size_t sep_len = 0;
    if (bars != NULL) sep = bars, sep_len = n_bars;
    if (tag != NULL && tag < sep) sep = tag, sep_len = n_tag;
    push_multinews_piece(r, (Span){p, (size_t)(sep - p)}, line, &k, cluster);
    if (sep == end) break;
    p = sep + sep_len;
  }
}

static void produce_multinews(Reader *r) {
  Span line;
  if (!r->is_line_clusters) {
    r->is_done = true;
    if (!read_rest(r)) {
      finish(r);
      return;
    }
    split_multinews(r, (Span){r->buf + r->start, r->end - r->start}, 0, r->path);
    if (r->pending.len == 0) push_failure(r, 0, 0, "no articles found");
    return;
  }
  while (read_line(r, &line)) {
    if (is_blank(line)) continue;
    char *cluster = make_where(r, r->line_no, 0);
    split_multinews(r, line, r->line_no, cluster ? cluster : r->path);
    free(cluster);
    if (r->pending.len > 0) return;
  }
  finish(r);
}

/* ---- HTML -------------------------------------------------------------------- */

/* A web page: its readable text is the article (and what its hash is taken
** of), its head gives title, URL, site name and publication time. */
static void produce_html(Reader *r) {
  r->is_done = true;
  if (!read_rest(r)) {
    finish(r);
    return;
  }
  HtmlPage page = {0};
  Err err = {0};
  if (html_extract((Span){r->buf + r->start, r->end - r->start}, &page, &err) != LEDE_OK) {
    push_failure(r, 0, 0, "%s", err.msg);
  } else {
    ReaderItem item = {.where = make_where(r, 0, 0), .text = page.text.ptr, .len = page.text.len};
    item.title = page.title, item.url = page.url, item.source = page.source, item.published = page.published;
    page = (HtmlPage){0}; /* the item owns it all now */
    push_item(r, item);
  }
  html_page_free(&page);
}

/* ---- the item stream ---------------------------------------------------- */

typedef void (*Producer)(Reader *r);

static const Producer producers[] = {
    [INPUT_AUTO] = produce_text,
    [INPUT_TEXT] = produce_text,
    [INPUT_JSONL] = produce_jsonl,
    [INPUT_MULTINEWS] = produce_multinews,
    [INPUT_HTML] = produce_html,
};

bool reader_next(Reader *r, ReaderItem *item) {
  while (r->pending_next >= r->pending.len) {
    r->pending.len = r->pending_next = 0;
    if (r->is_done) return false;
    producers[r->format](r);
  }
  *item = r->pending.items[r->pending_next++];
  r->n_items++;
  return true;
}

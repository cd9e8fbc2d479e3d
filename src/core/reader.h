/*
** reader.h — the input formats of the ingest: turns one file (or stdin) into
** a stream of raw articles with what the input said about them. Plain text
** (one article per file), HTML (a page's readable text, reader_html.c), JSON Lines (one per line, fields configurable, or a
** Multi-News cluster record with a "documents" array), and Multi-News text
** (articles joined by "|||||" or story_separator_special_tag, NEWLINE_CHAR
** for newlines). Streams line by line, so memory stays flat on big files.
*/
#ifndef LEDE_READER_H
#define LEDE_READER_H

#include <stdint.h>

#include "ingest.h"

/* One article as read, before parsing, or one item that could not be read
** (reason set, text NULL). Every pointer is owned; free with
** reader_item_free. */
typedef struct {
  char *where;  /* "a.txt", "news.jsonl:12", "clusters.jsonl:3#2" */
  char *reason; /* why the item failed; NULL for an article */
  char *text;   /* the raw bytes (NUL after the last, not counted) */
  size_t len;
  char *title, *url, *published, *source, *cluster; /* NULL when absent */
} ReaderItem;

void reader_item_free(ReaderItem *item);

typedef struct Reader Reader;

/* Opens path ("-" for stdin) in format (INPUT_AUTO: by extension, then by
** the first 64 KiB of content); fields may be NULL for the defaults and its
** strings must outlive the reader. LEDE_EIO "path: reason" when it cannot be
** opened. Close with reader_close. */
LedeStatus reader_open(const char *path, InputFormat format, const JsonlFields *fields, Reader **out,
                       Err *err);

/* The format the reader settled on. */
InputFormat reader_format(const Reader *r);

/* Moves the next item into *item (the caller then owns it) and returns true;
** false at the end of the input. Items that cannot be read (a line that is
** not JSON, a read error, a file with no article) come back as items with a
** reason, and reading goes on where it can. */
bool reader_next(Reader *r, ReaderItem *item);

/* Bytes of the input consumed since the previous call (for progress). */
uint64_t reader_take_bytes(Reader *r);

void reader_close(Reader *r);

/* The format content suggests for a file named path whose first bytes are
** head: by extension (.jsonl, .ndjson, .html, .htm, .src), then a first line
** that is a JSON object, then an HTML opening, then Multi-News markers;
** plain text otherwise. */
InputFormat reader_detect(const char *path, Span head);

#endif

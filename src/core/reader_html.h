/*
** reader_html.h — text out of a news web page, for the ingest's HTML input
** (reader.c): the readable text of the page (paragraphs, headings, list
** items, captions; scripts, styles, navigation, footers, asides and forms
** left out) and what its head says about the article (title, canonical URL,
** site name, publication time). Parsed with libgumbo.
*/
#ifndef LEDE_READER_HTML_H
#define LEDE_READER_HTML_H

#include "json.h"

/* What a page gave; every pointer owned (malloc'd, NUL-terminated), NULL
** when absent. Free with html_page_free. */
typedef struct {
  StrBuf text;   /* paragraphs separated by a blank line */
  char *title;   /* og:title, else <title> */
  char *url;     /* <link rel=canonical>, else og:url */
  char *source;  /* og:site_name */
  char *published; /* article:published_time, or <meta name=date|pubdate> */
} HtmlPage;

/* Extracts html into *page (zero it first). LEDE_ENOMEM when memory ran out,
** LEDE_EINPUT when the page holds no text at all. Linear in the input; the
** tree is walked without recursion, so deep nesting is safe. */
LedeStatus html_extract(Span html, HtmlPage *page, Err *err);

void html_page_free(HtmlPage *page);

#endif

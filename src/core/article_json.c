/*
** article_json.c — the JSON shape of a parsed article (DESIGN.md, and the
** field names of ../shared/gold/seeds.json), written with json.h's StrBuf.
*/
#include "article_json.h"

#include "date.h"

#include <stdio.h>
#include <string.h>

Span article_entity_name(const Article *a, const Entity *e) {
  if (e->canon != NULL) return (Span){e->canon, strlen(e->canon)};
  return article_span(a, e->name);
}

Span article_quote_speaker(const Article *a, const Quote *q) {
  if (q->speaker >= 0 && (size_t)q->speaker < a->entities.len)
    return article_entity_name(a, &a->entities.items[q->speaker]);
  if (!range_is_empty(q->speaker_desc)) return article_span(a, q->speaker_desc);
  return (Span){NULL, 0};
}

bool article_date_iso(const DateRef *d, char buf[48]) {
  return date_format_iso(d, buf) > 0; /* date.c owns the format */
}

/* ,"key": */
static void key(StrBuf *sb, const char *name, bool is_first) {
  if (!is_first) strbuf_append_char(sb, ',');
  strbuf_append_json_string(sb, (Span){name, strlen(name)});
  strbuf_append_char(sb, ':');
}

static void string_or_null(StrBuf *sb, Span s) {
  if (s.ptr == NULL) strbuf_append_cstr(sb, "null");
  else strbuf_append_json_string(sb, s);
}

static void range_or_null(StrBuf *sb, const Article *a, Range r) {
  string_or_null(sb, range_is_empty(r) ? (Span){NULL, 0} : article_span(a, r));
}

static void write_blocks(StrBuf *sb, const Article *a) {
  strbuf_append_char(sb, '[');
  for (size_t i = 0; i < a->blocks.len; i++) {
    const Block *b = &a->blocks.items[i];
    strbuf_append_cstr(sb, i ? ",{\"kind\":" : "{\"kind\":");
    strbuf_append_json_string(sb, (Span){block_kind_names[b->kind], strlen(block_kind_names[b->kind])});
    strbuf_append_cstr(sb, ",\"text\":");
    strbuf_append_json_string(sb, article_span(a, b->r));
    strbuf_append_char(sb, '}');
  }
  strbuf_append_char(sb, ']');
}

static void write_ranges(StrBuf *sb, const Article *a, const RangeVec *v) {
  strbuf_append_char(sb, '[');
  for (size_t i = 0; i < v->len; i++) {
    if (i) strbuf_append_char(sb, ',');
    strbuf_append_json_string(sb, article_span(a, v->items[i]));
  }
  strbuf_append_char(sb, ']');
}

static void write_quotes(StrBuf *sb, const Article *a) {
  static const char *const kinds[] = {"full", "partial", "scare"};
  strbuf_append_char(sb, '[');
  for (size_t i = 0; i < a->quotes.len; i++) {
    const Quote *q = &a->quotes.items[i];
    strbuf_append_cstr(sb, i ? ",{" : "{");
    key(sb, "text", true);
    strbuf_append_json_string(sb, article_span(a, q->r));
    key(sb, "speaker", false);
    string_or_null(sb, article_quote_speaker(a, q));
    key(sb, "cue", false);
    range_or_null(sb, a, q->cue);
    key(sb, "kind", false);
    strbuf_append_json_string(sb, (Span){kinds[q->kind], strlen(kinds[q->kind])});
    strbuf_append_char(sb, '}');
  }
  strbuf_append_char(sb, ']');
}

/* True when mention m's text already appeared among the earlier mentions of
** the same entity (mentions are listed once per distinct spelling). */
static bool is_repeat_mention(const Article *a, size_t m) {
  const Mention *x = &a->mentions.items[m];
  Span s = article_span(a, x->r);
  for (size_t j = 0; j < m; j++) {
    const Mention *y = &a->mentions.items[j];
    Span t = article_span(a, y->r);
    if (y->entity == x->entity && t.len == s.len && memcmp(t.ptr, s.ptr, s.len) == 0) return true;
  }
  return false;
}

/* Entities with their distinct mention texts. Quadratic in the mentions of
** one article, which are few (tens); articles are bounded in size by the
** reader. */
static void write_entities(StrBuf *sb, const Article *a) {
  strbuf_append_char(sb, '[');
  for (size_t e = 0; e < a->entities.len; e++) {
    const Entity *ent = &a->entities.items[e];
    strbuf_append_cstr(sb, e ? ",{" : "{");
    key(sb, "name", true);
    strbuf_append_json_string(sb, article_entity_name(a, ent));
    key(sb, "type", false);
    strbuf_append_json_string(sb, (Span){entity_type_names[ent->type], strlen(entity_type_names[ent->type])});
    if (!range_is_empty(ent->title)) {
      key(sb, "title", false);
      strbuf_append_json_string(sb, article_span(a, ent->title));
    }
    key(sb, "mentions", false);
    strbuf_append_char(sb, '[');
    bool is_first = true;
    for (size_t m = 0; m < a->mentions.len; m++) {
      if (a->mentions.items[m].entity != e || is_repeat_mention(a, m)) continue;
      if (!is_first) strbuf_append_char(sb, ',');
      strbuf_append_json_string(sb, article_span(a, a->mentions.items[m].r));
      is_first = false;
    }
    strbuf_append_cstr(sb, "]}");
  }
  strbuf_append_char(sb, ']');
}

static void write_numbers(StrBuf *sb, const Article *a) {
  strbuf_append_char(sb, '[');
  for (size_t i = 0; i < a->numbers.len; i++) {
    const Number *n = &a->numbers.items[i];
    strbuf_append_cstr(sb, i ? ",{" : "{");
    key(sb, "text", true);
    strbuf_append_json_string(sb, article_span(a, n->r));
    key(sb, "value", false);
    if (n->has_value) strbuf_append_double(sb, n->value);
    else strbuf_append_cstr(sb, "null");
    key(sb, "unit", false);
    range_or_null(sb, a, n->unit);
    strbuf_append_char(sb, '}');
  }
  strbuf_append_char(sb, ']');
}

static void write_dates(StrBuf *sb, const Article *a) {
  strbuf_append_char(sb, '[');
  for (size_t i = 0; i < a->dates.len; i++) {
    const DateRef *d = &a->dates.items[i];
    char iso[48];
    strbuf_append_cstr(sb, i ? ",{" : "{");
    key(sb, "text", true);
    strbuf_append_json_string(sb, article_span(a, d->r));
    key(sb, "value", false);
    string_or_null(sb, article_date_iso(d, iso) ? (Span){iso, strlen(iso)} : (Span){NULL, 0});
    strbuf_append_char(sb, '}');
  }
  strbuf_append_char(sb, ']');
}

void article_write_json(StrBuf *sb, const Article *a, const char *file) {
  strbuf_append_char(sb, '{');
  bool is_first = true;
  if (file != NULL) {
    key(sb, "file", true);
    strbuf_append_json_string(sb, (Span){file, strlen(file)});
    is_first = false;
  }
  key(sb, "title", is_first);
  range_or_null(sb, a, a->title);
  key(sb, "bylines", false);
  write_ranges(sb, a, &a->bylines);
  key(sb, "dateline", false);
  range_or_null(sb, a, a->dateline);
  key(sb, "encoding", false);
  strbuf_append_cstr(sb, a->was_legacy_encoding ? "\"windows-1252\"" : "\"utf-8\"");
  key(sb, "invalid_bytes", false);
  strbuf_append_int(sb, (long long)a->n_invalid_bytes);
  key(sb, "blocks", false);
  write_blocks(sb, a);
  key(sb, "sentences", false);
  write_ranges(sb, a, &a->sentences);
  key(sb, "quotes", false);
  write_quotes(sb, a);
  key(sb, "entities", false);
  write_entities(sb, a);
  key(sb, "numbers", false);
  write_numbers(sb, a);
  key(sb, "dates", false);
  write_dates(sb, a);
  strbuf_append_char(sb, '}');
}

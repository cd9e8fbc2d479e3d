/*
** json.h — the core's JSON: a reader that builds a read-only tree (for .jsonl
** inputs, gold files and tests) and an append-only string buffer that writes
** JSON (for `lede parse`). No other module parses or escapes JSON by hand.
**
** Ownership: json_parse fills a JsonDoc whose every node, string and array
** lives in the doc's arena; pointers obtained from it (values, strings) stay
** valid until json_doc_free. A StrBuf owns its bytes until strbuf_free (or
** until the caller takes sb.ptr and frees it with free()).
*/
#ifndef LEDE_JSON_H
#define LEDE_JSON_H

#include "lede.h"

/* ---- reader ------------------------------------------------------------- */

typedef enum { JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT } JsonType;

typedef struct JsonValue JsonValue;
typedef struct JsonMember JsonMember;

/* One node of the tree. Strings are unescaped UTF-8, NUL-terminated (the NUL
** is not counted in len, and a string may itself contain "\u0000"). */
struct JsonValue {
  JsonType type;
  union {
    bool boolean;
    double number;
    struct { const char *ptr; size_t len; } string;
    struct { JsonValue *items; size_t len; } array;
    struct { JsonMember *items; size_t len; } object; /* in document order */
  } as;
};

struct JsonMember {
  Span key;        /* unescaped, NUL-terminated */
  JsonValue value;
};

typedef struct JsonArenaChunk JsonArenaChunk;

/* A parsed document: the root value and the arena that holds everything. */
typedef struct {
  JsonValue root;
  JsonArenaChunk *chunks; /* private */
} JsonDoc;

/* Nesting deeper than this is refused as malformed (protects the C stack). */
#define JSON_MAX_DEPTH 512

/* Parses text (exactly one JSON value, white space around it allowed) into
** *doc. On LEDE_OK the caller frees the tree with json_doc_free. On failure
** *doc is left empty (json_doc_free is still safe) and err holds
** "line L, column C: <what>" (LEDE_EINPUT) or says memory ran out
** (LEDE_ENOMEM). Lone UTF-16 surrogates in \u escapes become U+FFFD; bytes of
** the input are otherwise copied as they are (no UTF-8 validation). */
LedeStatus json_parse(Span text, JsonDoc *doc, Err *err);

/* Releases the whole tree of *doc and leaves it empty. Idempotent. */
void json_doc_free(JsonDoc *doc);

/* Accessors. All accept NULL and a value of the wrong type and then return
** NULL / 0 / the fallback, so lookups chain without checks in between. */
const JsonValue *json_get(const JsonValue *object, const char *key); /* first match */
const JsonValue *json_at(const JsonValue *array, size_t i);
size_t json_len(const JsonValue *array_or_object);  /* items or members */
static inline bool json_is(const JsonValue *v, JsonType t) { return v != NULL && v->type == t; }
Span json_string(const JsonValue *v);                /* {NULL, 0} unless a string */
double json_number(const JsonValue *v, double fallback);
bool json_bool(const JsonValue *v, bool fallback);

/* ---- writer ------------------------------------------------------------- */

/* An append-only byte buffer. Appends never fail loudly: the first failed
** allocation sets is_oom, later appends do nothing, and the caller checks
** strbuf_status once at the end. ptr is NUL-terminated whenever len > 0 and
** !is_oom. Zero-initialise ({0}) to start empty. */
typedef struct {
  char *ptr;
  size_t len, cap;
  bool is_oom;
} StrBuf;

void strbuf_append(StrBuf *sb, const char *bytes, size_t n);
static inline void strbuf_append_span(StrBuf *sb, Span s) { strbuf_append(sb, s.ptr, s.len); }
void strbuf_append_cstr(StrBuf *sb, const char *s);   /* for literals we wrote */
void strbuf_append_char(StrBuf *sb, char c);

/* Appends s as a JSON string literal, with the enclosing quotes: escapes '"',
** '\\' and control characters, passes valid UTF-8 through and writes each
** invalid byte as \ufffd, so the output is always valid JSON and UTF-8. */
void strbuf_append_json_string(StrBuf *sb, Span s);

void strbuf_append_int(StrBuf *sb, long long v);

/* Appends v as a JSON number: integers without a fraction, others with the
** shortest of %.15g/%.17g that reads back exactly; NaN and infinities (which
** JSON lacks) as null. Independent of the C locale's decimal point. */
void strbuf_append_double(StrBuf *sb, double v);

/* Appends v as compact JSON (members in stored order). */
void strbuf_append_json_value(StrBuf *sb, const JsonValue *v);

/* LEDE_OK, or LEDE_ENOMEM (filling err) if any append ran out of memory. */
LedeStatus strbuf_status(const StrBuf *sb, Err *err);

/* Empties the buffer but keeps its memory (and clears is_oom). */
void strbuf_clear(StrBuf *sb);

/* Frees the bytes and leaves the buffer empty. Idempotent. */
void strbuf_free(StrBuf *sb);

#endif

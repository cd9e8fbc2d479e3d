/*
** json.c — the JSON reader (recursive descent into an arena-backed tree) and
** the JSON writer (StrBuf). The reader is strict RFC 8259 with a depth limit
** and line/column error messages; the writer always emits valid UTF-8 JSON.
*/
#include "json.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ======================================================================== */
/* Arena                                                                    */
/* ======================================================================== */

struct JsonArenaChunk {
  JsonArenaChunk *next;
  size_t used, cap;
  max_align_t data[]; /* cap bytes */
};

/* Returns size bytes (8-aligned) that live until json_doc_free, or NULL. */
static void *arena_alloc(JsonDoc *doc, size_t size) {
  size = (size + 7) & ~(size_t)7;
  JsonArenaChunk *c = doc->chunks;
  if (c == NULL || c->cap - c->used < size) {
    size_t cap = c ? c->cap * 2 : 4096;
    if (cap > ((size_t)1 << 24)) cap = (size_t)1 << 24;
    if (cap < size) cap = size;
    c = malloc(sizeof *c + cap);
    if (c == NULL) return NULL;
    c->used = 0;
    c->cap = cap;
    c->next = doc->chunks;
    doc->chunks = c;
  }
  void *p = (char *)c->data + c->used;
  c->used += size;
  return p;
}

void json_doc_free(JsonDoc *doc) {
  JsonArenaChunk *c = doc->chunks;
  while (c != NULL) {
    JsonArenaChunk *next = c->next;
    free(c);
    c = next;
  }
  doc->chunks = NULL;
  doc->root.type = JSON_NULL;
}

/* ======================================================================== */
/* Reader                                                                   */
/* ======================================================================== */

typedef struct {
  const char *p, *begin, *end;
  JsonDoc *doc;
  VEC(JsonValue) items;    /* array items being collected, all open arrays */
  VEC(JsonMember) members; /* object members being collected */
  const char *fail_at;     /* where the first error happened */
  const char *fail_what;   /* NULL: no error; "out of memory" is special */
} Parser;

static const char OOM[] = "out of memory";

static bool fail(Parser *ps, const char *at, const char *what) {
  if (ps->fail_what == NULL) {
    ps->fail_at = at;
    ps->fail_what = what;
  }
  return false;
}

static void skip_ws(Parser *ps) {
  const char *p = ps->p, *end = ps->end;
  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) p++;
  ps->p = p;
}

static int hex_val(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Reads the 4 hex digits at p (bounds checked by the caller); -1 if bad. */
static long hex4(const char *p) {
  long v = 0;
  for (int i = 0; i < 4; i++) {
    int h = hex_val(p[i]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

/* Decodes the \u escape at *pp (pointing at the 'u'), joining a surrogate
** pair when one follows; lone surrogates become U+FFFD. Advances *pp past
** what it used and writes UTF-8 to dst; returns bytes written or 0 on error. */
static size_t decode_u_escape(Parser *ps, const char **pp, char *dst) {
  const char *p = *pp;
  if (ps->end - p < 5 || hex4(p + 1) < 0) return fail(ps, p, "bad \\u escape"), 0;
  unsigned long cp = (unsigned long)hex4(p + 1);
  p += 5;
  if (cp >= 0xD800 && cp <= 0xDBFF) {
    long lo = (ps->end - p >= 6 && p[0] == '\\' && p[1] == 'u') ? hex4(p + 2) : -1;
    if (lo >= 0xDC00 && lo <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + ((unsigned long)lo - 0xDC00);
      p += 6;
    } else {
      cp = 0xFFFD;
    }
  } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
    cp = 0xFFFD;
  }
  *pp = p;
  return (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)dst);
}

/* Unescapes the string body [p, end) (known to be well delimited) into dst;
** returns the length written, or SIZE_MAX after recording an error. */
static size_t unescape(Parser *ps, const char *p, const char *end, char *dst) {
  static const char simple_from[] = "\"\\/bfnrt";
  static const char simple_to[] = "\"\\/\b\f\n\r\t";
  size_t n = 0;
  while (p < end) {
    if (*p != '\\') { dst[n++] = *p++; continue; }
    p++;
    const char *hit = memchr(simple_from, *p, sizeof simple_from - 1);
    if (hit != NULL) {
      dst[n++] = simple_to[hit - simple_from];
      p++;
    } else if (*p == 'u') {
      size_t k = decode_u_escape(ps, &p, dst + n);
      if (k == 0) return SIZE_MAX;
      n += k;
    } else {
      fail(ps, p - 1, "bad escape in string");
      return SIZE_MAX;
    }
  }
  return n;
}

/* Parses the string at ps->p (a '"') into *out, allocated in the arena. */
static bool parse_string(Parser *ps, Span *out) {
  const char *open = ps->p, *p = open + 1, *end = ps->end;
  bool has_escape = false;
  while (p < end && *p != '"') {
    unsigned char c = (unsigned char)*p;
    if (c < 0x20) return fail(ps, p, "control character in string");
    if (c == '\\') {
      has_escape = true;
      if (++p >= end) break;
    }
    p++;
  }
  if (p >= end) return fail(ps, open, "unterminated string");
  size_t raw_len = (size_t)(p - open - 1);
  char *dst = arena_alloc(ps->doc, raw_len + 1);
  if (dst == NULL) return fail(ps, open, OOM);
  size_t n = raw_len;
  if (has_escape) {
    n = unescape(ps, open + 1, p, dst);
    if (n == SIZE_MAX) return false;
  } else {
    memcpy(dst, open + 1, raw_len);
  }
  dst[n] = '\0';
  *out = (Span){dst, n};
  ps->p = p + 1;
  return true;
}

static const char *skip_digits(const char *p, const char *end) {
  while (p < end && *p >= '0' && *p <= '9') p++;
  return p;
}

/* Converts a grammar-checked number. Integers and short decimals are computed
** exactly here (locale-proof); anything else goes through strtod. */
static double number_value(const char *s, size_t n) {
  double sign = 1;
  size_t i = 0, n_digits = 0, n_frac = 0;
  uint64_t mant = 0;
  if (s[0] == '-') { sign = -1; i = 1; }
  bool in_frac = false, is_simple = true;
  for (; i < n && is_simple; i++) {
    if (s[i] == '.') { in_frac = true; continue; }
    if (s[i] < '0' || s[i] > '9' || ++n_digits > 15) { is_simple = false; break; }
    mant = mant * 10 + (uint64_t)(s[i] - '0');
    n_frac += in_frac;
  }
  if (is_simple) {
    static const double pow10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
                                   1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    return sign * ((double)mant / pow10[n_frac]);
  }
  char buf[128];
  char *copy = n < sizeof buf ? buf : malloc(n + 1); /* input may lack a NUL */
  if (copy == NULL) return NAN;
  memcpy(copy, s, n);
  copy[n] = '\0';
  double v = strtod(copy, NULL);
  if (copy != buf) free(copy);
  return v;
}

static bool parse_number(Parser *ps, JsonValue *out) {
  const char *p = ps->p, *end = ps->end, *start = p;
  if (p < end && *p == '-') p++;
  if (p >= end || *p < '0' || *p > '9') return fail(ps, start, "bad number");
  p = (*p == '0') ? p + 1 : skip_digits(p, end);
  if (p < end && *p == '.') {
    const char *q = skip_digits(p + 1, end);
    if (q == p + 1) return fail(ps, p, "bad number: digit expected after '.'");
    p = q;
  }
  if (p < end && (*p == 'e' || *p == 'E')) {
    p++;
    if (p < end && (*p == '+' || *p == '-')) p++;
    const char *q = skip_digits(p, end);
    if (q == p) return fail(ps, p, "bad number: digit expected in exponent");
    p = q;
  }
  out->type = JSON_NUMBER;
  out->as.number = number_value(start, (size_t)(p - start));
  ps->p = p;
  return true;
}

static bool parse_value(Parser *ps, JsonValue *out, int depth);

/* Parses an array at ps->p ('['): items collect on ps->items, then move to
** the arena as one block, so an array costs one arena allocation. */
static bool parse_array(Parser *ps, JsonValue *out, int depth) {
  size_t base = ps->items.len;
  ps->p++;
  skip_ws(ps);
  if (ps->p < ps->end && *ps->p == ']') {
    ps->p++;
  } else {
    for (;;) {
      JsonValue v;
      if (!parse_value(ps, &v, depth + 1)) return false;
      if (!vec_push(&ps->items, v)) return fail(ps, ps->p, OOM);
      skip_ws(ps);
      if (ps->p < ps->end && *ps->p == ',') { ps->p++; continue; }
      if (ps->p < ps->end && *ps->p == ']') { ps->p++; break; }
      return fail(ps, ps->p, "',' or ']' expected in array");
    }
  }
  size_t n = ps->items.len - base;
  JsonValue *items = n ? arena_alloc(ps->doc, n * sizeof *items) : NULL;
  if (n && items == NULL) return fail(ps, ps->p, OOM);
  if (n) memcpy(items, ps->items.items + base, n * sizeof *items);
  ps->items.len = base;
  out->type = JSON_ARRAY;
  out->as.array.items = items;
  out->as.array.len = n;
  return true;
}

/* Parses one "key": value member into *m. */
static bool parse_member(Parser *ps, JsonMember *m, int depth) {
  skip_ws(ps);
  if (ps->p >= ps->end || *ps->p != '"') return fail(ps, ps->p, "string key expected in object");
  if (!parse_string(ps, &m->key)) return false;
  skip_ws(ps);
  if (ps->p >= ps->end || *ps->p != ':') return fail(ps, ps->p, "':' expected after key");
  ps->p++;
  return parse_value(ps, &m->value, depth + 1);
}

static bool parse_object(Parser *ps, JsonValue *out, int depth) {
  size_t base = ps->members.len;
  ps->p++;
  skip_ws(ps);
  if (ps->p < ps->end && *ps->p == '}') {
    ps->p++;
  } else {
    for (;;) {
      JsonMember m;
      if (!parse_member(ps, &m, depth)) return false;
      if (!vec_push(&ps->members, m)) return fail(ps, ps->p, OOM);
      skip_ws(ps);
      if (ps->p < ps->end && *ps->p == ',') { ps->p++; continue; }
      if (ps->p < ps->end && *ps->p == '}') { ps->p++; break; }
      return fail(ps, ps->p, "',' or '}' expected in object");
    }
  }
  size_t n = ps->members.len - base;
  JsonMember *items = n ? arena_alloc(ps->doc, n * sizeof *items) : NULL;
  if (n && items == NULL) return fail(ps, ps->p, OOM);
  if (n) memcpy(items, ps->members.items + base, n * sizeof *items);
  ps->members.len = base;
  out->type = JSON_OBJECT;
  out->as.object.items = items;
  out->as.object.len = n;
  return true;
}

/* Matches the literal word at ps->p (true/false/null). */
static bool parse_word(Parser *ps, const char *word, JsonValue *out, JsonType t, bool b) {
  size_t n = strlen(word);
  if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0)
    return fail(ps, ps->p, "unexpected character");
  ps->p += n;
  out->type = t;
  out->as.boolean = b;
  return true;
}

static bool parse_value(Parser *ps, JsonValue *out, int depth) {
  if (depth > JSON_MAX_DEPTH) return fail(ps, ps->p, "nesting too deep");
  skip_ws(ps);
  if (ps->p >= ps->end) return fail(ps, ps->p, "unexpected end of input");
  switch (*ps->p) {
    case '{': return parse_object(ps, out, depth);
    case '[': return parse_array(ps, out, depth);
    case '"': {
      Span s;
      if (!parse_string(ps, &s)) return false;
      out->type = JSON_STRING;
      out->as.string.ptr = s.ptr;
      out->as.string.len = s.len;
      return true;
    }
    case 't': return parse_word(ps, "true", out, JSON_BOOL, true);
    case 'f': return parse_word(ps, "false", out, JSON_BOOL, false);
    case 'n': return parse_word(ps, "null", out, JSON_NULL, false);
    default: return parse_number(ps, out);
  }
}

/* Turns the recorded failure into an Err with a 1-based line and column
** (columns count bytes). */
static LedeStatus report(const Parser *ps, Err *err) {
  if (ps->fail_what == OOM) return err_set(err, LEDE_ENOMEM, "json: out of memory");
  size_t line = 1, col = 1;
  for (const char *p = ps->begin; p < ps->fail_at; p++) {
    if (*p == '\n') { line++; col = 1; } else { col++; }
  }
  return err_set(err, LEDE_EINPUT, "line %zu, column %zu: %s", line, col, ps->fail_what);
}

LedeStatus json_parse(Span text, JsonDoc *doc, Err *err) {
  *doc = (JsonDoc){0};
  Parser ps = {.p = text.ptr, .begin = text.ptr, .end = text.ptr + text.len, .doc = doc};
  if (text.ptr == NULL) ps.p = ps.begin = ps.end = "";
  bool ok = parse_value(&ps, &doc->root, 0);
  if (ok) {
    skip_ws(&ps);
    if (ps.p < ps.end) ok = fail(&ps, ps.p, "trailing characters after the value");
  }
  vec_free(&ps.items);
  vec_free(&ps.members);
  if (ok) return LEDE_OK;
  json_doc_free(doc);
  return report(&ps, err);
}

/* ---- accessors ---------------------------------------------------------- */

const JsonValue *json_get(const JsonValue *object, const char *key) {
  if (!json_is(object, JSON_OBJECT)) return NULL;
  size_t n = strlen(key);
  for (size_t i = 0; i < object->as.object.len; i++) {
    const JsonMember *m = &object->as.object.items[i];
    if (m->key.len == n && memcmp(m->key.ptr, key, n) == 0) return &m->value;
  }
  return NULL;
}

const JsonValue *json_at(const JsonValue *array, size_t i) {
  if (!json_is(array, JSON_ARRAY) || i >= array->as.array.len) return NULL;
  return &array->as.array.items[i];
}

size_t json_len(const JsonValue *v) {
  if (json_is(v, JSON_ARRAY)) return v->as.array.len;
  if (json_is(v, JSON_OBJECT)) return v->as.object.len;
  return 0;
}

Span json_string(const JsonValue *v) {
  if (!json_is(v, JSON_STRING)) return (Span){NULL, 0};
  return (Span){v->as.string.ptr, v->as.string.len};
}

double json_number(const JsonValue *v, double fallback) {
  return json_is(v, JSON_NUMBER) ? v->as.number : fallback;
}

bool json_bool(const JsonValue *v, bool fallback) {
  return json_is(v, JSON_BOOL) ? v->as.boolean : fallback;
}

/* ======================================================================== */
/* Writer                                                                   */
/* ======================================================================== */

/* Makes room for n more bytes plus a NUL; false (and is_oom) on failure. */
static bool strbuf_reserve(StrBuf *sb, size_t n) {
  if (sb->is_oom) return false;
  if (sb->cap - sb->len > n) return true;
  if (n > SIZE_MAX / 2 - sb->len) { sb->is_oom = true; return false; }
  size_t cap = sb->cap ? sb->cap : 64;
  while (cap - sb->len <= n) cap *= 2;
  char *grown = realloc(sb->ptr, cap);
  if (grown == NULL) { sb->is_oom = true; return false; }
  sb->ptr = grown;
  sb->cap = cap;
  return true;
}

void strbuf_append(StrBuf *sb, const char *bytes, size_t n) {
  if (!strbuf_reserve(sb, n)) return;
  if (n) memcpy(sb->ptr + sb->len, bytes, n);
  sb->len += n;
  sb->ptr[sb->len] = '\0';
}

void strbuf_append_cstr(StrBuf *sb, const char *s) { strbuf_append(sb, s, strlen(s)); }

void strbuf_append_char(StrBuf *sb, char c) {
  if (!strbuf_reserve(sb, 1)) return;
  sb->ptr[sb->len++] = c;
  sb->ptr[sb->len] = '\0';
}

/* Length of the valid UTF-8 sequence at s[0..n), or 0 if it is invalid
** (utf8proc refuses overlongs, surrogates and code points above U+10FFFF). */
static size_t utf8_valid_len(const unsigned char *s, size_t n) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t k = utf8proc_iterate(s, n > 4 ? 4 : (utf8proc_ssize_t)n, &cp);
  return k > 0 ? (size_t)k : 0;
}

/* For each ASCII byte: 0 = copy as is, else the letter after '\\' or 'u'. */
static const char json_escape_of[128] = {
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'b', 't', 'n', 'u', 'f', 'r', 'u', 'u',
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u',
    0, 0, '"', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\\', 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'u'};

/* Appends the escape for one ASCII byte c that needs one. */
static void append_escape(StrBuf *sb, unsigned char c) {
  char esc[8];
  char e = json_escape_of[c];
  if (e == 'u') {
    snprintf(esc, sizeof esc, "\\u%04x", c);
    strbuf_append(sb, esc, 6);
  } else {
    esc[0] = '\\';
    esc[1] = e;
    strbuf_append(sb, esc, 2);
  }
}

void strbuf_append_json_string(StrBuf *sb, Span s) {
  const unsigned char *p = (const unsigned char *)s.ptr, *end = p + s.len;
  if (!strbuf_reserve(sb, s.len + 2)) return;
  strbuf_append_char(sb, '"');
  while (p < end) {
    const unsigned char *run = p;
    while (p < end && *p < 0x80 && json_escape_of[*p] == 0) p++;
    for (;;) { /* extend the run over valid multi-byte sequences */
      size_t k = (p < end && *p >= 0x80) ? utf8_valid_len(p, (size_t)(end - p)) : 0;
      if (k == 0) break;
      p += k;
      while (p < end && *p < 0x80 && json_escape_of[*p] == 0) p++;
    }
    strbuf_append(sb, (const char *)run, (size_t)(p - run));
    if (p >= end) break;
    if (*p < 0x80) append_escape(sb, *p);
    else strbuf_append(sb, "\\ufffd", 6);
    p++;
  }
  strbuf_append_char(sb, '"');
}

void strbuf_append_int(StrBuf *sb, long long v) {
  char buf[24];
  size_t i = sizeof buf;
  unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
  do {
    buf[--i] = (char)('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (v < 0) buf[--i] = '-';
  strbuf_append(sb, buf + i, sizeof buf - i);
}

void strbuf_append_double(StrBuf *sb, double v) {
  if (!isfinite(v)) { strbuf_append(sb, "null", 4); return; }
  if (v == floor(v) && fabs(v) < 9007199254740992.0) {
    strbuf_append_int(sb, (long long)v);
    return;
  }
  char buf[40];
  int n = snprintf(buf, sizeof buf, "%.15g", v);
  for (int i = 0; i < n; i++) if (buf[i] == ',') buf[i] = '.';
  if (strtod(buf, NULL) != v) n = snprintf(buf, sizeof buf, "%.17g", v);
  for (int i = 0; i < n; i++) if (buf[i] == ',') buf[i] = '.';
  strbuf_append(sb, buf, (size_t)n);
}

void strbuf_append_json_value(StrBuf *sb, const JsonValue *v) {
  switch (v->type) {
    case JSON_NULL: strbuf_append(sb, "null", 4); return;
    case JSON_BOOL: strbuf_append_cstr(sb, v->as.boolean ? "true" : "false"); return;
    case JSON_NUMBER: strbuf_append_double(sb, v->as.number); return;
    case JSON_STRING: strbuf_append_json_string(sb, json_string(v)); return;
    case JSON_ARRAY:
      strbuf_append_char(sb, '[');
      for (size_t i = 0; i < v->as.array.len; i++) {
        if (i) strbuf_append_char(sb, ',');
        strbuf_append_json_value(sb, &v->as.array.items[i]);
      }
      strbuf_append_char(sb, ']');
      return;
    case JSON_OBJECT:
      strbuf_append_char(sb, '{');
      for (size_t i = 0; i < v->as.object.len; i++) {
        const JsonMember *m = &v->as.object.items[i];
        if (i) strbuf_append_char(sb, ',');
        strbuf_append_json_string(sb, m->key);
        strbuf_append_char(sb, ':');
        strbuf_append_json_value(sb, &m->value);
      }
      strbuf_append_char(sb, '}');
      return;
  }
}

LedeStatus strbuf_status(const StrBuf *sb, Err *err) {
  if (sb->is_oom) return err_set(err, LEDE_ENOMEM, "out of memory while writing output");
  return LEDE_OK;
}

void strbuf_clear(StrBuf *sb) {
  sb->len = 0;
  sb->is_oom = false;
  if (sb->ptr) sb->ptr[0] = '\0';
}

void strbuf_free(StrBuf *sb) {
  free(sb->ptr);
  *sb = (StrBuf){0};
}

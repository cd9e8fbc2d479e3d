/*
** test_json.c — the JSON reader (types, escapes, surrogates, key order, depth
** limit, error positions) and the StrBuf writer (escaping, invalid UTF-8,
** numbers, round trips), plus a read of the real gold file when present.
*/
#include <math.h>
#include <stdlib.h>

#include "check.h"
#include "fixture.h"
#include "json.h"

static LedeStatus parse_cstr(const char *s, JsonDoc *doc, Err *err) {
  return json_parse((Span){s, strlen(s)}, doc, err);
}

static void test_values(void) {
  JsonDoc doc;
  Err err = {0};
  const char *text =
      " {\"b\": true, \"a\": [1, -2.5, 3e2, 0.125, null], \"s\": \"x\\ty\\\"z\\\\\\/\","
      " \"n\": false, \"empty\": {}, \"e2\": [] } ";
  CHECK_INT_EQ(parse_cstr(text, &doc, &err), LEDE_OK);
  const JsonValue *root = &doc.root;
  CHECK(json_is(root, JSON_OBJECT));
  CHECK_INT_EQ(json_len(root), 6);
  /* key order is document order */
  CHECK_SPAN_EQ(root->as.object.items[0].key.ptr, root->as.object.items[0].key.len, "b");
  CHECK_SPAN_EQ(root->as.object.items[1].key.ptr, root->as.object.items[1].key.len, "a");
  CHECK(json_bool(json_get(root, "b"), false) == true);
  CHECK(json_bool(json_get(root, "n"), true) == false);
  const JsonValue *a = json_get(root, "a");
  CHECK_INT_EQ(json_len(a), 5);
  CHECK(json_number(json_at(a, 0), 0) == 1.0);
  CHECK(json_number(json_at(a, 1), 0) == -2.5);
  CHECK(json_number(json_at(a, 2), 0) == 300.0);
  CHECK(json_number(json_at(a, 3), 0) == 0.125);
  CHECK(json_is(json_at(a, 4), JSON_NULL));
  CHECK(json_at(a, 5) == NULL);
  Span s = json_string(json_get(root, "s"));
  CHECK_SPAN_EQ(s.ptr, s.len, "x\ty\"z\\/");
  CHECK_INT_EQ(json_len(json_get(root, "empty")), 0);
  CHECK(json_is(json_get(root, "e2"), JSON_ARRAY));
  CHECK(json_get(root, "missing") == NULL);
  CHECK(json_get(json_get(root, "missing"), "x") == NULL); /* chains on NULL */
  CHECK(json_number(json_get(root, "s"), 7.0) == 7.0);     /* wrong type: fallback */
  json_doc_free(&doc);
  json_doc_free(&doc); /* idempotent */
}

static void test_unicode_escapes(void) {
  JsonDoc doc;
  Err err = {0};
  /* é (2 bytes), € (3 bytes), U+1F600 via a surrogate pair (4 bytes), a lone
  ** high surrogate (-> U+FFFD) and an escaped NUL inside the string. */
  CHECK_INT_EQ(parse_cstr("\"\\u00e9\\u20AC\\ud83d\\ude00\\ud800x\\u0000y\"", &doc, &err), LEDE_OK);
  Span s = json_string(&doc.root);
  CHECK_INT_EQ(s.len, 2 + 3 + 4 + 3 + 1 + 1 + 1);
  CHECK(memcmp(s.ptr, "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xef\xbf\xbdx", 13) == 0);
  CHECK(s.ptr[13] == '\0' && s.ptr[14] == 'y' && s.ptr[15] == '\0');
  json_doc_free(&doc);
  /* raw UTF-8 passes through untouched */
  CHECK_INT_EQ(parse_cstr("[\"Ki-moon\xc2\xa0\xe2\x80\x9cquoted\xe2\x80\x9d\"]", &doc, &err), LEDE_OK);
  s = json_string(json_at(&doc.root, 0));
  CHECK_SPAN_EQ(s.ptr, s.len, "Ki-moon\xc2\xa0\xe2\x80\x9cquoted\xe2\x80\x9d");
  json_doc_free(&doc);
}

/* Each malformed input must give EINPUT and the expected "line, column: what". */
static void test_errors(void) {
  static const struct { const char *text, *msg; } cases[] = {
      {"", "line 1, column 1: unexpected end of input"},
      {"{\"a\": 1,}", "line 1, column 9: string key expected in object"},
      {"[1, 2", "line 1, column 6: ',' or ']' expected in array"},
      {"{\n  \"a\": tru\n}", "line 2, column 8: unexpected character"},
      {"\"abc", "line 1, column 1: unterminated string"},
      {"\"a\nb\"", "line 1, column 3: control character in string"},
      {"\"\\x\"", "line 1, column 2: bad escape in string"},
      {"\"\\u12G4\"", "line 1, column 3: bad \\u escape"},
      {"01", "line 1, column 2: trailing characters after the value"},
      {"1.", "line 1, column 2: bad number: digit expected after '.'"},
      {"-", "line 1, column 1: bad number"},
      {"{\"a\" 1}", "line 1, column 6: ':' expected after key"},
      {"[] []", "line 1, column 4: trailing characters after the value"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    JsonDoc doc;
    Err err = {0};
    CHECK_INT_EQ(parse_cstr(cases[i].text, &doc, &err), LEDE_EINPUT);
    CHECK_SPAN_EQ(err.msg, strlen(err.msg), cases[i].msg);
    CHECK(doc.chunks == NULL);
  }
}

static void test_depth_limit(void) {
  size_t n = JSON_MAX_DEPTH + 10;
  char *deep = malloc(2 * n + 1);
  memset(deep, '[', n);
  memset(deep + n, ']', n);
  JsonDoc doc;
  Err err = {0};
  CHECK_INT_EQ(json_parse((Span){deep, 2 * n}, &doc, &err), LEDE_EINPUT);
  CHECK(strstr(err.msg, "nesting too deep") != NULL);
  /* exactly at the limit is fine */
  size_t ok = JSON_MAX_DEPTH;
  memset(deep, '[', ok);
  memset(deep + ok, ']', ok);
  CHECK_INT_EQ(json_parse((Span){deep, 2 * ok}, &doc, &err), LEDE_OK);
  json_doc_free(&doc);
  free(deep);
}

static void test_writer(void) {
  StrBuf sb = {0};
  strbuf_append_json_string(&sb, SPAN_LIT("a\"b\\c\n\x01 \xe2\x80\x9dok\xc2\xa0"));
  CHECK_SPAN_EQ(sb.ptr, sb.len, "\"a\\\"b\\\\c\\n\\u0001 \xe2\x80\x9dok\xc2\xa0\"");
  strbuf_clear(&sb);
  /* invalid bytes: a lone 0xA3 (Latin-1 pound), a truncated sequence, a
  ** surrogate encoded in UTF-8, an overlong '/' */
  strbuf_append_json_string(&sb, SPAN_LIT("\xa3" "5 \xe2\x82 \xed\xa0\x80 \xc0\xaf"));
  CHECK_SPAN_EQ(sb.ptr, sb.len,
                "\"\\ufffd5 \\ufffd\\ufffd \\ufffd\\ufffd\\ufffd \\ufffd\\ufffd\"");
  strbuf_clear(&sb);
  strbuf_append_int(&sb, -275000);
  strbuf_append_char(&sb, ' ');
  strbuf_append_double(&sb, 275000.0);
  strbuf_append_char(&sb, ' ');
  strbuf_append_double(&sb, 0.1);
  strbuf_append_char(&sb, ' ');
  strbuf_append_double(&sb, 1.0 / 3.0);
  strbuf_append_char(&sb, ' ');
  strbuf_append_double(&sb, NAN);
  CHECK_SPAN_EQ(sb.ptr, sb.len, "-275000 275000 0.1 0.33333333333333331 null");
  strbuf_clear(&sb);
  strbuf_append_int(&sb, 0);
  strbuf_append_char(&sb, ' ');
  strbuf_append_int(&sb, -9223372036854775807LL - 1);
  strbuf_append_char(&sb, ' ');
  strbuf_append_int(&sb, 9223372036854775807LL);
  CHECK_SPAN_EQ(sb.ptr, sb.len, "0 -9223372036854775808 9223372036854775807");
  CHECK_INT_EQ(strbuf_status(&sb, NULL), LEDE_OK);
  strbuf_free(&sb);
  strbuf_free(&sb);
  CHECK(sb.ptr == NULL && sb.len == 0);
}

static void test_round_trip(void) {
  const char *text = "{\"t\":\"Ban Ki-moon\",\"q\":[{\"k\":\"full\",\"v\":1.5}],\"x\":null,\"y\":[true,false]}";
  JsonDoc doc;
  Err err = {0};
  CHECK_INT_EQ(parse_cstr(text, &doc, &err), LEDE_OK);
  StrBuf sb = {0};
  strbuf_append_json_value(&sb, &doc.root);
  CHECK_SPAN_EQ(sb.ptr, sb.len, text);
  strbuf_free(&sb);
  json_doc_free(&doc);
}

/* 20,000 mutations of a valid document (a byte replaced, dropped or
** repeated): each parses or fails with EINPUT and a positioned message,
** and whatever parses writes back as JSON that parses again. */
static void test_mutations(void) {
  const char *base = "{\"a\": [1, -2.5e3, true, null, \"x\\u00e9\\ud83d\\ude00\"], \"b\": {\"c\": \"\\n\"}}";
  size_t n = strlen(base);
  static const char bytes[] = "{}[]\",:\\u0123456789.eE+-tfn \x80\xff";
  JsonDoc valid;
  CHECK_INT_EQ(json_parse((Span){base, n}, &valid, NULL), LEDE_OK); /* mutations start from valid JSON */
  CHECK_INT_EQ(json_len(json_get(&valid.root, "a")), 5);
  json_doc_free(&valid);
  unsigned seed = 3;
  int n_bad = 0, n_parsed = 0;
  char buf[128];
  for (int round = 0; round < 20000; round++) {
    memcpy(buf, base, n);
    size_t len = n;
    fixture_lcg(&seed);
    size_t at = (seed >> 8) % len;
    int op = (int)((seed >> 24) % 3);
    if (op == 0) buf[at] = bytes[(seed >> 4) % (sizeof bytes - 1)];
    else if (op == 1) { memmove(buf + at, buf + at + 1, len - at - 1); len--; }
    else { memmove(buf + at + 1, buf + at, len - at); len++; }
    JsonDoc doc;
    Err err = {0};
    LedeStatus rc = json_parse((Span){buf, len}, &doc, &err);
    if (rc == LEDE_EINPUT) { n_bad += strncmp(err.msg, "line ", 5) != 0; continue; }
    if (rc != LEDE_OK) { n_bad++; continue; }
    n_parsed++;
    StrBuf sb = {0};
    strbuf_append_json_value(&sb, &doc.root);
    JsonDoc again;
    n_bad += json_parse((Span){sb.ptr, sb.len}, &again, &err) != LEDE_OK;
    json_doc_free(&again);
    strbuf_free(&sb);
    json_doc_free(&doc);
  }
  CHECK_INT_EQ(n_bad, 0);
  CHECK(n_parsed > 1000 && n_parsed < 19000); /* both outcomes were exercised */
}

/* Reads the gold file with the module when ../shared is there. */
static void test_gold_file(void) {
  const char *shared = getenv("LEDE_SHARED");
  char path[1024];
  if (shared == NULL) { printf("skipped: gold file (LEDE_SHARED not set)\n"); return; }
  snprintf(path, sizeof path, "%s/gold/seeds.json", shared);
  FILE *f = fopen(path, "rb");
  if (f == NULL) { printf("skipped: %s not found\n", path); return; }
  char *buf = malloc(1 << 20);
  size_t n = fread(buf, 1, 1 << 20, f);
  fclose(f);
  JsonDoc doc;
  Err err = {0};
  CHECK_INT_EQ(json_parse((Span){buf, n}, &doc, &err), LEDE_OK);
  const JsonValue *seed = json_get(&doc.root, "000_f5c1237fb4dadb5b.txt");
  Span title = json_string(json_get(seed, "title"));
  CHECK_SPAN_EQ(title.ptr, title.len, "France Joins US in Calling for Russia, Syria War Crimes Probe");
  Span q = json_string(json_get(json_at(json_get(seed, "quotes"), 2), "text"));
  CHECK_SPAN_EQ(q.ptr, q.len, "also weigh\xc2\xa0on the shoulders of American officials.");
  json_doc_free(&doc);
  free(buf);
}

int main(void) {
  test_values();
  test_unicode_escapes();
  test_errors();
  test_depth_limit();
  test_writer();
  test_round_trip();
  test_mutations();
  test_gold_file();
  return CHECK_DONE();
}

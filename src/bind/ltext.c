/*
** ltext.c — lede.parse, lede.sentences and lede.tokens: the parser on a Lua
** string, nothing stored. lede.parse returns the `lede parse` JSON shape as
** tables (built through article_json.c, so both stay the same). The Article
** lives in a userdata box whose __gc frees it, so an error raised while the
** results are pushed leaks nothing.
*/
#include <stdlib.h>

#include "article.h"
#include "article_json.h"
#include "lbind.h"
#include "normalize.h"
#include "pubdate.h"
#include "sentence.h"
#include "token.h"

static void article_dtor(void *a) { article_free(a); }
static void strbuf_dtor(void *sb) { strbuf_free(sb); }

/* Pushes an empty Article in an owning box that frees it when collected. */
static Article *new_article_box(lua_State *L) {
  return lbind_box_new(L, sizeof(Article), article_dtor);
}

/* Reads opts.date ("YYYY-MM-DD") into o; raises a bad-argument error when it
** is malformed. */
static void read_parse_opts(lua_State *L, int arg, ParseOptions *o) {
  const char *date = lbind_opt_string(L, arg, "date", NULL, NULL);
  if (date != NULL && !pubdate_read(date, o))
    luaL_argerror(L, arg, lua_pushfstring(L, "opts.date: YYYY-MM-DD expected, got '%s'", date));
}

/* lede.parse(text, opts?) -> table | nil, message */
static int ltext_parse(lua_State *L) {
  Span text = lbind_check_span(L, 1);
  ParseOptions opts = {0};
  read_parse_opts(L, 2, &opts);
  Article *a = new_article_box(L);
  Err err = {0};
  if (article_parse(text, &opts, a, &err) != LEDE_OK) {
    luaL_pushfail(L);
    lua_pushstring(L, err.msg);
    return 2;
  }
  StrBuf *sb = lbind_box_new(L, sizeof *sb, strbuf_dtor); /* the push below may raise */
  article_write_json(sb, a, NULL);
  if (sb->is_oom) return luaL_error(L, "parse: not enough memory");
  lua_pushlstring(L, sb->ptr, sb->len);
  strbuf_free(sb);
  return 1;
}

/* lede.parse keeps the JSON text as its intermediate; this turns it into
** tables. Split from ltext_parse so that no StrBuf is alive when a push
** raises (see ltext_parse: the string is anchored on the stack first). */
static int ltext_parse_tables(lua_State *L) {
  int n = ltext_parse(L);
  if (n != 1) return n;
  size_t json_len;
  const char *json = lua_tolstring(L, -1, &json_len);
  return lbind_push_json(L, json, json_len, "parse");
}

/* Normalizes argument 1 into a boxed Article (left on the stack). Returns
** NULL after pushing nil, message when the text is unusable. */
static Article *normalize_arg(lua_State *L) {
  Span text = lbind_check_span(L, 1);
  Article *a = new_article_box(L);
  Err err = {0};
  if (normalize_text(text, a, &err) == LEDE_OK) return a;
  luaL_pushfail(L);
  lua_pushstring(L, err.msg);
  return NULL;
}

/* lede.sentences(text) -> {string...} | nil, message */
static int ltext_sentences(lua_State *L) {
  Article *a = normalize_arg(L);
  if (a == NULL) return 2;
  if (sentences_split(a->text, (Range){0, a->len}, &a->sentences) != LEDE_OK)
    return luaL_error(L, "sentences: not enough memory");
  lbind_new_table(L, a->sentences.len, 0);
  for (size_t i = 0; i < a->sentences.len; i++) {
    Span s = article_span(a, a->sentences.items[i]);
    lua_pushlstring(L, s.ptr, s.len);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* lede.tokens(text) -> {{text=, class=, start=, stop=}...} | nil, message */
static int ltext_tokens(lua_State *L) {
  static const char *const classes[] = {"word", "number", "punct", "symbol"};
  Article *a = normalize_arg(L);
  if (a == NULL) return 2;
  if (tokens_scan(a->text, (Range){0, a->len}, &a->tokens) != LEDE_OK)
    return luaL_error(L, "tokens: not enough memory");
  lbind_new_table(L, a->tokens.len, 0);
  for (size_t i = 0; i < a->tokens.len; i++) {
    const Token *t = &a->tokens.items[i];
    Span s = article_span(a, t->r);
    lua_createtable(L, 0, 4);
    lua_pushlstring(L, s.ptr, s.len);
    lua_setfield(L, -2, "text");
    lua_pushstring(L, classes[t->cls]);
    lua_setfield(L, -2, "class");
    lbind_set_integer(L, "start", (lua_Integer)t->r.start + 1);
    lbind_set_integer(L, "stop", (lua_Integer)t->r.end);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

static const LedeReg text_functions[] = {
    {"parse", ltext_parse_tables, "lede.parse(text, opts?) -> article | nil, message",
     "Parses one article given as a string, storing nothing, and returns what `lede parse` prints "
     "as JSON: title, bylines, dateline, blocks, sentences, quotes (text, speaker, cue, kind), "
     "entities (name, type, mentions), numbers (text, value, unit) and dates (text, value). "
     "opts.date = \"YYYY-MM-DD\" is the publication date that relative dates resolve against. "
     "Text that is empty or binary returns nil and the reason."},
    {"sentences", ltext_sentences, "lede.sentences(text) -> {sentence, ...} | nil, message",
     "Splits text into sentences (abbreviations, initials, decimals, ellipses and quotes handled; "
     "a blank line always ends a sentence). The text is normalized first (UTF-8, NFC)."},
    {"tokens", ltext_tokens, "lede.tokens(text) -> {{text, class, start, stop}, ...} | nil, message",
     "Splits text into tokens of class word, number, punct or symbol, with start and stop byte "
     "positions (1-based, inclusive, as string.sub takes them) in the normalized text."},
    {NULL, NULL, NULL, NULL}};

void lbind_open_text(lua_State *L, int lede_table) {
  lbind_register(L, lede_table, "lede.", text_functions);
}

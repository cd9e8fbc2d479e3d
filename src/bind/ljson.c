/*
** ljson.c — lede.json_decode and lede.json_encode over the core's json.h,
** and lbind_push_json, which other bindings use to hand a JSON document to
** Lua as tables (lede.parse builds its result that way, so the Lua shape is
** exactly the `lede parse` JSON shape).
*/
#include <math.h>
#include <string.h>

#include "json.h"
#include "lbind.h"

/* Pushes v as Lua values: objects and arrays become tables, null nil. */
static void push_value(lua_State *L, const JsonValue *v) {
  luaL_checkstack(L, 4, "JSON nested too deeply");
  switch (v->type) {
    case JSON_NULL: lua_pushnil(L); break;
    case JSON_BOOL: lua_pushboolean(L, v->as.boolean); break;
    case JSON_NUMBER: {
      double d = v->as.number;
      if (d == floor(d) && fabs(d) < 9007199254740992.0) lua_pushinteger(L, (lua_Integer)d);
      else lua_pushnumber(L, d);
      break;
    }
    case JSON_STRING: lua_pushlstring(L, v->as.string.ptr, v->as.string.len); break;
    case JSON_ARRAY:
      lbind_new_table(L, v->as.array.len, 0);
      for (size_t i = 0; i < v->as.array.len; i++) {
        push_value(L, &v->as.array.items[i]);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
      }
      break;
    case JSON_OBJECT:
      lbind_new_table(L, 0, v->as.object.len);
      for (size_t i = 0; i < v->as.object.len; i++) {
        const JsonMember *m = &v->as.object.items[i];
        lua_pushlstring(L, m->key.ptr, m->key.len);
        push_value(L, &m->value);
        lua_rawset(L, -3);
      }
      break;
  }
}

static void json_doc_dtor(void *doc) { json_doc_free(doc); }

/* The doc is freed even when a push raises (out of memory): it sits in an
** owning box while the tables are built. */
int lbind_push_json(lua_State *L, const char *text, size_t len, const char *what) {
  JsonDoc *doc = lbind_box_new(L, sizeof *doc, json_doc_dtor); /* box */
  Err err = {0};
  if (json_parse((Span){text, len}, doc, &err) != LEDE_OK) {
    lua_pop(L, 1);
    lua_pushnil(L);
    lua_pushfstring(L, "%s: %s", what, err.msg);
    return 2;
  }
  int box_index = lua_gettop(L);
  push_value(L, &doc->root); /* box value */
  json_doc_free(doc);
  lua_remove(L, box_index);
  return 1;
}

/* lede.json_decode(text) -> value | nil, message */
static int ljson_decode(lua_State *L) {
  size_t len;
  const char *text = luaL_checklstring(L, 1, &len);
  return lbind_push_json(L, text, len, "json_decode");
}

/* True when t (at index i) is a sequence 1..n with no other keys. */
static bool is_array(lua_State *L, int i, size_t *n) {
  *n = lua_rawlen(L, i);
  size_t count = 0;
  lua_pushnil(L);
  while (lua_next(L, i) != 0) {
    lua_pop(L, 1);
    count++;
  }
  return count == *n;
}

static void encode(lua_State *L, int i, StrBuf *sb, int depth);

static void encode_table(lua_State *L, int i, StrBuf *sb, int depth) {
  size_t n;
  if (is_array(L, i, &n)) {
    strbuf_append_char(sb, '[');
    for (size_t k = 1; k <= n; k++) {
      if (k > 1) strbuf_append_char(sb, ',');
      lua_rawgeti(L, i, (lua_Integer)k);
      encode(L, lua_gettop(L), sb, depth + 1);
      lua_pop(L, 1);
    }
    strbuf_append_char(sb, ']');
    return;
  }
  strbuf_append_char(sb, '{');
  bool is_first = true;
  lua_pushnil(L);
  while (lua_next(L, i) != 0) {
    if (lua_type(L, -2) != LUA_TSTRING) {
      lua_pop(L, 2);
      luaL_error(L, "json_encode: object keys must be strings, got %s", luaL_typename(L, -1));
    }
    size_t klen;
    const char *k = lua_tolstring(L, -2, &klen);
    if (!is_first) strbuf_append_char(sb, ',');
    strbuf_append_json_string(sb, (Span){k, klen});
    strbuf_append_char(sb, ':');
    encode(L, lua_gettop(L), sb, depth + 1);
    lua_pop(L, 1);
    is_first = false;
  }
  strbuf_append_char(sb, '}');
}

/* Appends the value at index i. The StrBuf lives in an owning box (see
** ljson_encode), so an error raised here frees nothing by hand. */
static void encode(lua_State *L, int i, StrBuf *sb, int depth) {
  if (depth > JSON_MAX_DEPTH) luaL_error(L, "json_encode: nested too deeply (or a cycle)");
  luaL_checkstack(L, 4, "json_encode: nested too deeply");
  switch (lua_type(L, i)) {
    case LUA_TNIL: strbuf_append_cstr(sb, "null"); break;
    case LUA_TBOOLEAN: strbuf_append_cstr(sb, lua_toboolean(L, i) ? "true" : "false"); break;
    case LUA_TNUMBER:
      if (lua_isinteger(L, i)) strbuf_append_int(sb, (long long)lua_tointeger(L, i));
      else strbuf_append_double(sb, lua_tonumber(L, i));
      break;
    case LUA_TSTRING: {
      size_t len;
      const char *s = lua_tolstring(L, i, &len);
      strbuf_append_json_string(sb, (Span){s, len});
      break;
    }
    case LUA_TTABLE: encode_table(L, i, sb, depth); break;
    default: luaL_error(L, "json_encode: cannot encode a %s", luaL_typename(L, i));
  }
}

static void strbuf_dtor(void *sb) { strbuf_free(sb); }

/* lede.json_encode(value) -> string */
static int ljson_encode(lua_State *L) {
  luaL_checkany(L, 1);
  lua_settop(L, 1);
  StrBuf *sb = lbind_box_new(L, sizeof *sb, strbuf_dtor); /* value sb */
  encode(L, 1, sb, 0);
  if (sb->is_oom) return luaL_error(L, "json_encode: not enough memory");
  lua_pushlstring(L, sb->ptr ? sb->ptr : "", sb->len);
  strbuf_free(sb);
  return 1;
}

static const LedeReg json_functions[] = {
    {"json_decode", ljson_decode, "lede.json_decode(text) -> value | nil, message",
     "Reads one JSON value: objects and arrays become tables, null becomes nil. Malformed text "
     "returns nil and a message naming the line and column."},
    {"json_encode", ljson_encode, "lede.json_encode(value) -> string",
     "Writes value as compact JSON: a table whose keys are exactly 1..n is an array, other "
     "tables are objects (string keys only), nil is null."},
    {NULL, NULL, NULL, NULL}};

void lbind_open_json(lua_State *L, int lede_table) {
  lbind_register(L, lede_table, "lede.", json_functions);
}

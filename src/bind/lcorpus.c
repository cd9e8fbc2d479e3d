/*
** lcorpus.c — the Corpus object (lede.open) and its C primitives: close,
** #corpus, ingest, and _query, a cursor over one read-only SQL statement.
** The rest of the corpus API (sql, docs, doc, search, ...) is composed in
** lua/lede/corpus.lua on top of _query; the methods table here falls back to
** that module's Corpus class.
*/
#include <stdlib.h>
#include <string.h>

#include "host.h"
#include "ingest.h"
#include "lbind.h"
#include "progress.h"
#include "store.h"

#define LEDE_CORPUS_MT "lede.Corpus"
#define LEDE_CURSOR_MT "lede.Cursor"

typedef struct {
  Store *store; /* NULL: closed */
} LCorpus;

typedef struct {
  StoreQuery *q; /* NULL: finished or closed */
} LCursor;

/* ---- Corpus --------------------------------------------------------------- */

static LCorpus *to_corpus(lua_State *L, int i) { return luaL_checkudata(L, i, LEDE_CORPUS_MT); }

static LCorpus *check_corpus(lua_State *L, int i) {
  LCorpus *c = to_corpus(L, i);
  if (c->store == NULL) luaL_error(L, "attempt to use a closed corpus");
  return c;
}

static void interrupt_store(void *store) { store_interrupt(store); }

/* Closes every cursor still open on the corpus at index i (kept in its user
** value, a weak-keyed table), so that the store can close. */
static void close_cursors(lua_State *L, int i) {
  if (lua_getiuservalue(L, i, 1) != LUA_TTABLE) {
    lua_pop(L, 1);
    return;
  }
  lua_pushnil(L);
  while (lua_next(L, -2) != 0) {
    lua_pop(L, 1); /* cursors cursor */
    LCursor *cur = luaL_testudata(L, -1, LEDE_CURSOR_MT);
    if (cur != NULL && cur->q != NULL) {
      store_query_close(cur->q);
      cur->q = NULL;
    }
  }
  lua_pop(L, 1);
}

/* corpus:close(); also __gc and __close: idempotent. */
static int lcorpus_close(lua_State *L) {
  LCorpus *c = to_corpus(L, 1);
  if (c->store == NULL) return 0;
  close_cursors(L, 1);
  host_unwatch_interruptible(c->store);
  Err err = {0};
  LedeStatus st = store_close(c->store, &err);
  c->store = NULL;
  if (st != LEDE_OK) return luaL_error(L, "%s", err.msg);
  return 0;
}

/* lede.open(path?, opts?) -> corpus | nil, message */
static int llede_open(lua_State *L) {
  const char *path = luaL_optstring(L, 1, ":memory:");
  bool is_readonly = lbind_opt_boolean(L, 2, "readonly", false);
  LCorpus *c = lbind_new_userdata(L, sizeof *c, 1, LEDE_CORPUS_MT); /* corpus, created closed */
  lua_newtable(L); /* the weak table of open cursors */
  lua_createtable(L, 0, 1);
  lua_pushliteral(L, "k");
  lua_setfield(L, -2, "__mode");
  lua_setmetatable(L, -2);
  lua_setiuservalue(L, -2, 1);
  Err err = {0};
  if (store_open(path, is_readonly ? STORE_READONLY : STORE_CREATE, &c->store, &err) != LEDE_OK) {
    luaL_pushfail(L);
    lua_pushstring(L, err.msg);
    return 2;
  }
  host_watch_interruptible(c->store, interrupt_store);
  return 1;
}

/* #corpus -> number of documents */
static int lcorpus_len(lua_State *L) {
  LCorpus *c = check_corpus(L, 1);
  int64_t n = 0;
  Err err = {0};
  if (store_count(c->store, &n, &err) != LEDE_OK) return luaL_error(L, "%s", err.msg);
  lua_pushinteger(L, (lua_Integer)n);
  return 1;
}

static int lcorpus_tostring(lua_State *L) {
  LCorpus *c = to_corpus(L, 1);
  if (c->store == NULL) lua_pushliteral(L, "corpus (closed)");
  else lua_pushfstring(L, "corpus %s", store_path(c->store));
  return 1;
}

/* ---- ingest --------------------------------------------------------------- */

/* Collects argument 2 (a path or a list of paths) as a NULL-free array of
** strings anchored in a Lua table at the top of the stack. */
static const char **read_paths(lua_State *L, size_t *n) {
  if (lua_type(L, 2) == LUA_TSTRING) {
    lua_createtable(L, 1, 0);
    lua_pushvalue(L, 2);
    lua_rawseti(L, -2, 1);
  } else {
    luaL_argexpected(L, lua_type(L, 2) == LUA_TTABLE, 2, "string or table of strings");
    lua_pushvalue(L, 2);
  }
  *n = lua_rawlen(L, -1);
  const char **paths = lua_newuserdatauv(L, (*n + 1) * sizeof *paths, 0); /* list paths */
  for (size_t i = 0; i < *n; i++) {
    lua_rawgeti(L, -2, (lua_Integer)i + 1);
    if (lua_type(L, -1) != LUA_TSTRING)
      luaL_argerror(L, 2, lua_pushfstring(L, "path %d: string expected, got %s", (int)i + 1,
                                          luaL_typename(L, -1)));
    paths[i] = lua_tostring(L, -1); /* anchored in the list */
    lua_pop(L, 1);
  }
  paths[*n] = NULL;
  return paths;
}

static void read_ingest_opts(lua_State *L, int arg, IngestOptions *o) {
  static const char *const formats[] = {"auto", "text", "jsonl", "multinews", NULL};
  static const InputFormat values[] = {INPUT_AUTO, INPUT_TEXT, INPUT_JSONL, INPUT_MULTINEWS};
  o->force = lbind_opt_boolean(L, arg, "force", false);
  o->n_threads = (int)lbind_opt_integer(L, arg, "threads", 0);
  if (o->n_threads < 0 || o->n_threads > 256)
    luaL_argerror(L, arg, "opts.threads: 0..256 expected");
  const char *format = lbind_opt_string(L, arg, "format", "auto", NULL);
  int k = 0;
  while (formats[k] != NULL && strcmp(formats[k], format) != 0) k++;
  if (formats[k] == NULL)
    luaL_argerror(L, arg, lua_pushfstring(L, "opts.format: invalid option '%s'", format));
  o->format = values[k];
  o->fields.text = lbind_opt_string(L, arg, "text_field", NULL, NULL);
  o->fields.title = lbind_opt_string(L, arg, "title_field", NULL, NULL);
  o->fields.url = lbind_opt_string(L, arg, "url_field", NULL, NULL);
  o->fields.date = lbind_opt_string(L, arg, "date_field", NULL, NULL);
  o->fields.source = lbind_opt_string(L, arg, "source_field", NULL, NULL);
  bool wants_progress = lbind_opt_boolean(L, arg, "progress", true);
  if (wants_progress && progress_wanted()) o->on_progress = progress_draw;
}

/* Pushes {added=, skipped=, failed=, errors={"where: reason", ...}}. The
** report is copied into Lua strings one by one; the caller frees it after. */
static void push_report(lua_State *L, const IngestReport *r) {
  lua_createtable(L, 0, 4);
  lbind_set_integer(L, "added", (lua_Integer)r->added);
  lbind_set_integer(L, "skipped", (lua_Integer)r->skipped);
  lbind_set_integer(L, "failed", (lua_Integer)r->failed);
  lbind_new_table(L, r->failures.len, 0);
  for (size_t i = 0; i < r->failures.len; i++) {
    lua_pushfstring(L, "%s: %s", r->failures.items[i].where, r->failures.items[i].reason);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lua_setfield(L, -2, "errors");
}

static void report_dtor(void *r) { ingest_report_free(r); }

/* corpus:ingest(path_or_paths, opts?) -> {added, skipped, failed, errors} */
static int lcorpus_ingest(lua_State *L) {
  LCorpus *c = check_corpus(L, 1);
  IngestOptions o = {0};
  read_ingest_opts(L, 3, &o);
  size_t n;
  const char **paths = read_paths(L, &n);
  IngestReport *r = lbind_box_new(L, sizeof *r, report_dtor); /* the report lives in a box */
  o.cancel = host_cancel_flag();
  Err err = {0};
  LedeStatus st = ingest_run(c->store, paths, n, &o, r, &err);
  if (o.on_progress) progress_done();
  if (st == LEDE_EINTR) return luaL_error(L, "interrupted (batches committed before stay stored)");
  if (st != LEDE_OK) return luaL_error(L, "%s", err.msg);
  push_report(L, r);
  return 1;
}

/* ---- cursors over read-only SQL -------------------------------------------- */

static LCursor *check_cursor(lua_State *L, int i) { return luaL_checkudata(L, i, LEDE_CURSOR_MT); }

static int lcursor_close(lua_State *L) {
  LCursor *cur = check_cursor(L, 1);
  store_query_close(cur->q);
  cur->q = NULL;
  return 0;
}

/* Binds the n Lua values at stack positions first.. as parameters 1.. */
static void bind_params(lua_State *L, StoreQuery *q, int first, int n) {
  if (n > store_query_param_count(q))
    luaL_error(L, "sql: %d values given for %d parameters", n, store_query_param_count(q));
  for (int k = 0; k < n; k++) {
    int i = first + k;
    Err err = {0};
    LedeStatus st;
    switch (lua_type(L, i)) {
      case LUA_TNIL: st = store_query_bind_null(q, k + 1, &err); break;
      case LUA_TBOOLEAN: st = store_query_bind_int(q, k + 1, lua_toboolean(L, i), &err); break;
      case LUA_TNUMBER:
        st = lua_isinteger(L, i) ? store_query_bind_int(q, k + 1, lua_tointeger(L, i), &err)
                                 : store_query_bind_real(q, k + 1, lua_tonumber(L, i), &err);
        break;
      case LUA_TSTRING: {
        size_t len;
        const char *s = lua_tolstring(L, i, &len);
        st = store_query_bind_text(q, k + 1, (Span){s, len}, &err);
        break;
      }
      default:
        luaL_argerror(L, i, lua_pushfstring(L, "cannot bind a %s to an SQL parameter", luaL_typename(L, i)));
        return;
    }
    if (st != LEDE_OK) luaL_error(L, "%s", err.msg);
  }
}

/* corpus:_query(sql, ...) -> cursor | nil, message. The cursor owns its
** statement and keeps the corpus alive (user value); closing the corpus
** closes it. */
static int lcorpus_query(lua_State *L) {
  LCorpus *c = check_corpus(L, 1);
  size_t len;
  const char *sql = luaL_checklstring(L, 2, &len);
  int n_values = lua_gettop(L) - 2;
  LCursor *cur = lbind_new_userdata(L, sizeof *cur, 1, LEDE_CURSOR_MT); /* ... cursor */
  lua_pushvalue(L, 1);
  lua_setiuservalue(L, -2, 1);
  Err err = {0};
  if (store_query_open(c->store, sql, len, &cur->q, &err) != LEDE_OK) {
    luaL_pushfail(L);
    lua_pushstring(L, err.msg);
    return 2;
  }
  lua_getiuservalue(L, 1, 1); /* ... cursor cursors */
  lua_pushvalue(L, -2);
  lua_pushboolean(L, 1);
  lua_rawset(L, -3);
  lua_pop(L, 1);
  int cursor_index = lua_gettop(L);
  bind_params(L, cur->q, 3, n_values); /* on a bad value the cursor is collected, closing it */
  lua_settop(L, cursor_index);
  return 1;
}

/* cursor:columns() -> {name, ...} */
static int lcursor_columns(lua_State *L) {
  LCursor *cur = check_cursor(L, 1);
  int n = cur->q ? store_query_columns(cur->q) : 0;
  lua_createtable(L, n, 0);
  for (int i = 0; i < n; i++) {
    lua_pushstring(L, store_query_column_name(cur->q, i));
    lua_rawseti(L, -2, i + 1);
  }
  return 1;
}

static void push_column(lua_State *L, StoreQuery *q, int i) {
  switch (store_query_type(q, i)) {
    case STORE_NULL: lua_pushnil(L); break;
    case STORE_INT: lua_pushinteger(L, (lua_Integer)store_query_int(q, i)); break;
    case STORE_REAL: lua_pushnumber(L, store_query_real(q, i)); break;
    case STORE_TEXT:
    case STORE_BLOB: {
      Span s = store_query_text(q, i);
      lua_pushlstring(L, s.ptr ? s.ptr : "", s.len);
      break;
    }
  }
}

/* cursor:next() -> row table keyed by column name, or nil at the end (the
** statement is then finalized). Raises "interrupted" on Ctrl-C. */
static int lcursor_next(lua_State *L) {
  LCursor *cur = check_cursor(L, 1);
  if (cur->q == NULL) return 0;
  bool has_row = false;
  Err err = {0};
  LedeStatus st = store_query_step(cur->q, &has_row, &err);
  if (st != LEDE_OK || !has_row) {
    store_query_close(cur->q);
    cur->q = NULL;
    /* the store's message is about the query, not about a Lua line: no position */
    if (st == LEDE_EINTR) lua_pushliteral(L, "interrupted");
    else if (st != LEDE_OK) lua_pushstring(L, err.msg);
    if (st != LEDE_OK) return lua_error(L);
    return 0;
  }
  int n = store_query_columns(cur->q);
  lua_createtable(L, 0, n);
  for (int i = 0; i < n; i++) {
    push_column(L, cur->q, i);
    lua_setfield(L, -2, store_query_column_name(cur->q, i));
  }
  return 1;
}

/* ---- registration ----------------------------------------------------------- */

static const LedeReg corpus_methods[] = {
    {"close", lcorpus_close, "corpus:close()",
     "Closes the corpus and every query still open on it. Also happens when the corpus is "
     "collected, and at the end of a `local c <close> = lede.open(...)` block."},
    {"ingest", lcorpus_ingest, "corpus:ingest(path_or_paths, opts?) -> {added, skipped, failed, errors}",
     "Parses and stores files, folders, globs or \"-\" (stdin): .txt files, .jsonl (one article per "
     "line; opts.text_field etc. name the fields), Multi-News files. Duplicates (same bytes) are "
     "skipped unless opts.force; opts.format forces a format (auto, text, jsonl, multinews); "
     "opts.threads sets the parser threads. Each failure is listed as \"path[:line]: reason\"; "
     "a progress bar shows on a terminal (opts.progress = false hides it)."},
    {"_query", lcorpus_query, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

static const LedeReg corpus_meta[] = {
    {"__gc", lcorpus_close, NULL, NULL},
    {"__close", lcorpus_close, NULL, NULL},
    {"__len", lcorpus_len, NULL, NULL},
    {"__tostring", lcorpus_tostring, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

static const LedeReg cursor_methods[] = {
    {"_next", lcursor_next, NULL, NULL},
    {"_columns", lcursor_columns, NULL, NULL},
    {"_close", lcursor_close, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

static const LedeReg open_functions[] = {
    {"open", llede_open, "lede.open(path?, opts?) -> corpus | nil, message",
     "Opens the corpus database at path, creating it if missing (no path: a private in-memory "
     "corpus); opts.readonly opens it read-only. A file that is not a lede corpus is refused "
     "untouched. In the REPL the corpus given on the command line is the global `corpus`."},
    {NULL, NULL, NULL, NULL}};

/* Makes the metatables. The Corpus methods table falls back to the Lua class
** of lua/lede/corpus.lua, where the composed methods live. */
void lbind_open_corpus(lua_State *L, int lede_table) {
  lede_table = lua_absindex(L, lede_table);
  luaL_newmetatable(L, LEDE_CORPUS_MT); /* mt */
  lbind_register(L, -1, "corpus:", corpus_meta);
  lua_newtable(L); /* mt methods */
  lbind_register(L, -1, "corpus:", corpus_methods);
  lua_getglobal(L, "require");
  lua_pushliteral(L, "lede.corpus");
  lua_call(L, 1, 1); /* mt methods module */
  lua_createtable(L, 0, 1);
  lua_getfield(L, -2, "Corpus");
  lua_setfield(L, -2, "__index"); /* mt methods module {__index = Corpus} */
  lua_setmetatable(L, -3);
  lua_pop(L, 1);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  lbind_new_class(L, LEDE_CURSOR_MT, lcursor_close, cursor_methods);
  lbind_register(L, lede_table, "lede.", open_functions);
}

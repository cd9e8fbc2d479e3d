/*
** lbind.h — what every Lua binding shares: registration tables that carry
** help text, userdata classes, owning boxes for C memory, option checkers
** with luaL_argerror-shaped messages, and small argument readers and
** table-field setters (the stores that Ctrl-C interrupts are listed by
** src/host.h). Binding files (src/bind/l*.c) convert values and call the
** core; they never parse, score or build SQL themselves.
*/
#ifndef LEDE_LBIND_H
#define LEDE_LBIND_H

#include <lauxlib.h>
#include <lua.h>
#include <stdbool.h>

#include "lede.h"

/* One Lua-visible function: its name, the C function, a usage line and a
** one-paragraph summary. The same rows feed help() and docs/api.md. */
typedef struct {
  const char *name;
  lua_CFunction func;
  const char *usage;
  const char *summary;
} LedeReg;

/* Sets table[name] = func for each row of regs (ending with a NULL name) on
** the table at index t, and records each usage/summary in the help registry
** under prefix .. name (e.g. prefix "lede." gives "lede.parse"). Rows whose
** name starts with '_' are private: registered, but listed nowhere. */
void lbind_register(lua_State *L, int t, const char *prefix, const LedeReg *regs);

/* Makes the metatable mt_name of a userdata type: __gc is gc, and __index
** a table of the methods (registered as lbind_register does, with no
** prefix: give such types private '_' methods or help names them bare).
** Leaves the stack as it was. */
void lbind_new_class(lua_State *L, const char *mt_name, lua_CFunction gc, const LedeReg *methods);

/* Pushes a userdata of size bytes, zeroed (so "closed" for the box types
** of STYLE.md), with n_uvalues user values and the metatable mt_name set,
** and returns it. Acquire the resource only after this, so that __gc sees
** the box in every state. */
void *lbind_new_userdata(lua_State *L, size_t size, int n_uvalues, const char *mt_name);

/* Pushes the help registry: a table name -> {usage=, summary=, fn=}. */
void lbind_push_help_registry(lua_State *L);

/* Option tables: opts may be absent (nil/none) or a table; anything else is
** a "bad argument #arg ... (table expected, got X)" error. The readers raise
** "bad argument #arg to 'f' (opts.field: integer expected, got string)". */
bool lbind_check_opts(lua_State *L, int arg);
lua_Integer lbind_opt_integer(lua_State *L, int arg, const char *field, lua_Integer def);
bool lbind_opt_boolean(lua_State *L, int arg, const char *field, bool def);
const char *lbind_opt_string(lua_State *L, int arg, const char *field, const char *def,
                             size_t *len);

/* Pushes a userdata holding a zeroed object of size bytes and returns the
** object. When the box is collected, dtor(object) runs once (NULL: nothing to
** run). C memory that must survive pushes that can raise lives in such a box:
** an error then leaks nothing. dtor must be idempotent when the binding also
** frees early (the usual free-then-NULL). */
void *lbind_box_new(lua_State *L, size_t size, void (*dtor)(void *object));

/* Argument arg as a Span, raising as luaL_checklstring does when it is not a
** string (or a number, which Lua converts in place). The text is borrowed
** from the Lua string, which the argument's stack slot keeps alive. */
static inline Span lbind_check_span(lua_State *L, int arg) {
  size_t len;
  const char *text = luaL_checklstring(L, arg, &len);
  return (Span){text, len};
}

/* Sets field key of the table at the top of the stack to v. */
static inline void lbind_set_integer(lua_State *L, const char *key, lua_Integer v) {
  lua_pushinteger(L, v);
  lua_setfield(L, -2, key);
}

static inline void lbind_set_number(lua_State *L, const char *key, lua_Number v) {
  lua_pushnumber(L, v);
  lua_setfield(L, -2, key);
}

/* Pushes text[0..len) as a Lua string (explicit length: text may hold NULs). */
static inline void lbind_push_span(lua_State *L, const char *text, size_t len) {
  lua_pushlstring(L, text, len);
}

/* Pushes a new table sized for n_array list items and n_fields other keys.
** The sizes are a hint, not a limit: a count past 2^20 (or past int, where a
** cast would wrap) preallocates nothing and the table grows as it fills, so
** a count read from input never forces one huge allocation up front. */
static inline void lbind_new_table(lua_State *L, size_t n_array, size_t n_fields) {
  const size_t cap = (size_t)1 << 20;
  lua_createtable(L, n_array < cap ? (int)n_array : 0, n_fields < cap ? (int)n_fields : 0);
}

/* Pushes the JSON document text[0..len) as Lua tables (objects and arrays
** become tables, null nil) and returns 1; on malformed JSON pushes nil and
** "what: line L, column C: ..." and returns 2. (src/bind/ljson.c) */
int lbind_push_json(lua_State *L, const char *text, size_t len, const char *what);

/* The `lede` module (src/bind/llede.c) and the binding files that add their
** functions to it, each given the index of the module table. */
int luaopen_lede(lua_State *L);
void lbind_open_json(lua_State *L, int lede_table);
void lbind_open_text(lua_State *L, int lede_table);
void lbind_open_corpus(lua_State *L, int lede_table);
/* The analysis API (src/bind/lstats.c, lsimilar.c, lcompare.c, lsummary.c). */
void lbind_open_summary(lua_State *L, int lede_table);
void lbind_open_stats(lua_State *L, int lede_table);
void lbind_open_compare(lua_State *L, int lede_table);
void lbind_open_similar(lua_State *L, int lede_table);
void lbind_open_markdown(lua_State *L, int lede_table); /* src/bind/lmarkdown.c */
void lbind_open_search(lua_State *L, int lede_table);   /* src/bind/lsearch.c: kwic's word test */
void lbind_open_bench(lua_State *L, int lede_table);

#endif

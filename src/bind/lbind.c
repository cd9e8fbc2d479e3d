/*
** lbind.c — shared binding helpers: registration with help text and of
** userdata classes, owning boxes, and option readers.
*/
#include "lbind.h"

#include <stddef.h>
#include <string.h>

static const char HELP_REGISTRY_KEY[] = "lede.help_registry";

void lbind_push_help_registry(lua_State *L) {
  if (lua_getfield(L, LUA_REGISTRYINDEX, HELP_REGISTRY_KEY) != LUA_TTABLE) {
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, HELP_REGISTRY_KEY);
  }
}

void lbind_register(lua_State *L, int t, const char *prefix, const LedeReg *regs) {
  t = lua_absindex(L, t);
  lbind_push_help_registry(L); /* help */
  for (const LedeReg *r = regs; r->name != NULL; r++) {
    lua_pushcfunction(L, r->func);
    lua_pushvalue(L, -1);
    lua_setfield(L, t, r->name); /* help fn */
    if (r->name[0] == '_') {
      lua_pop(L, 1);
      continue;
    }
    lua_createtable(L, 0, 3); /* help fn entry */
    lua_insert(L, -2);
    lua_setfield(L, -2, "fn");
    lua_pushstring(L, r->usage);
    lua_setfield(L, -2, "usage");
    lua_pushstring(L, r->summary);
    lua_setfield(L, -2, "summary");
    lua_pushfstring(L, "%s%s", prefix, r->name);
    lua_insert(L, -2); /* help name entry */
    lua_settable(L, -3);
  }
  lua_pop(L, 1);
}

void lbind_new_class(lua_State *L, const char *mt_name, lua_CFunction gc, const LedeReg *methods) {
  luaL_newmetatable(L, mt_name); /* mt */
  lua_pushcfunction(L, gc);
  lua_setfield(L, -2, "__gc");
  lua_newtable(L); /* mt methods */
  lbind_register(L, -1, "", methods);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
}

void *lbind_new_userdata(lua_State *L, size_t size, int n_uvalues, const char *mt_name) {
  void *u = lua_newuserdatauv(L, size, n_uvalues);
  memset(u, 0, size);
  luaL_setmetatable(L, mt_name);
  return u;
}

/* ---------------------------------------------------------------------------
** Owning boxes
** ------------------------------------------------------------------------- */

#define BOX_MT "lede.Box"

typedef struct {
  void (*dtor)(void *); /* NULL once run */
  max_align_t object[]; /* the boxed object, zeroed at creation */
} Box;

static int box_gc(lua_State *L) {
  Box *box = luaL_checkudata(L, 1, BOX_MT);
  if (box->dtor != NULL) {
    void (*dtor)(void *) = box->dtor;
    box->dtor = NULL;
    dtor(box->object);
  }
  return 0;
}

void *lbind_box_new(lua_State *L, size_t size, void (*dtor)(void *)) {
  Box *box = lua_newuserdatauv(L, sizeof *box + size, 0);
  box->dtor = NULL;
  memset(box->object, 0, size);
  if (luaL_newmetatable(L, BOX_MT)) {
    lua_pushcfunction(L, box_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  box->dtor = dtor;
  return box->object;
}

/* ---------------------------------------------------------------------------
** Option tables
** ------------------------------------------------------------------------- */

bool lbind_check_opts(lua_State *L, int arg) {
  if (lua_isnoneornil(L, arg)) return false;
  luaL_checktype(L, arg, LUA_TTABLE);
  return true;
}

/* Pushes opts[field] (nil when opts is absent) and returns its type. */
static int push_field(lua_State *L, int arg, const char *field) {
  if (!lbind_check_opts(L, arg)) {
    lua_pushnil(L);
    return LUA_TNIL;
  }
  return lua_getfield(L, arg, field);
}

/* Raises "bad argument #arg to 'f' (opts.field: <what> expected, got <type>)". */
static int field_error(lua_State *L, int arg, const char *field, const char *what) {
  const char *msg = lua_pushfstring(L, "opts.%s: %s expected, got %s", field, what,
                                    luaL_typename(L, -1));
  return luaL_argerror(L, arg, msg);
}

lua_Integer lbind_opt_integer(lua_State *L, int arg, const char *field, lua_Integer def) {
  if (push_field(L, arg, field) == LUA_TNIL) {
    lua_pop(L, 1);
    return def;
  }
  int is_int;
  lua_Integer v = lua_tointegerx(L, -1, &is_int);
  if (!is_int || lua_type(L, -1) != LUA_TNUMBER) field_error(L, arg, field, "integer");
  lua_pop(L, 1);
  return v;
}

bool lbind_opt_boolean(lua_State *L, int arg, const char *field, bool def) {
  int type = push_field(L, arg, field);
  if (type == LUA_TNIL) {
    lua_pop(L, 1);
    return def;
  }
  if (type != LUA_TBOOLEAN) field_error(L, arg, field, "boolean");
  bool v = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return v;
}

/* The string stays valid while opts is alive: it is anchored in the table. */
const char *lbind_opt_string(lua_State *L, int arg, const char *field, const char *def,
                             size_t *len) {
  int type = push_field(L, arg, field);
  if (type == LUA_TNIL) {
    lua_pop(L, 1);
    if (len != NULL) *len = def ? strlen(def) : 0;
    return def;
  }
  if (type != LUA_TSTRING) field_error(L, arg, field, "string");
  const char *s = lua_tolstring(L, -1, len);
  lua_pop(L, 1);
  return s;
}

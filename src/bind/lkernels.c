/*
** lkernels.c — shared helpers of the analysis bindings (lkernels.h):
** option readers for choices and numbers, and the hand-over of rows to
** lede.rowset.
*/
#include "lkernels.h"

#include <string.h>

int lk_opt_choice(lua_State *L, int arg, const char *field, const char *def,
                  const char *const names[]) {
  const char *v = lbind_opt_string(L, arg, field, def, NULL);
  for (int i = 0; names[i] != NULL; i++)
    if (strcmp(names[i], v) == 0) return i;
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  luaL_addstring(&b, "opts.");
  luaL_addstring(&b, field);
  luaL_addstring(&b, ": one of ");
  for (int i = 0; names[i] != NULL; i++) {
    lua_pushfstring(L, "%s'%s'", i > 0 ? ", " : "", names[i]);
    luaL_addvalue(&b);
  }
  lua_pushfstring(L, " expected, got '%s'", v);
  luaL_addvalue(&b);
  luaL_pushresult(&b);
  return luaL_argerror(L, arg, lua_tostring(L, -1));
}

double lk_opt_number(lua_State *L, int arg, const char *field, double def, double lo, double hi) {
  int type = lbind_check_opts(L, arg) ? lua_getfield(L, arg, field) : (lua_pushnil(L), LUA_TNIL);
  if (type == LUA_TNIL) {
    lua_pop(L, 1);
    return def;
  }
  if (type != LUA_TNUMBER)
    return luaL_argerror(L, arg, lua_pushfstring(L, "opts.%s: number expected, got %s", field,
                                                 luaL_typename(L, -1)));
  double v = lua_tonumber(L, -1);
  lua_pop(L, 1);
  if (!(v >= lo && v <= hi))
    return luaL_argerror(L, arg, lua_pushfstring(L, "opts.%s: number in [%f, %f] expected, got %f",
                                                 field, lo, hi, v));
  return v;
}

void lk_to_rowset(lua_State *L, const char *const columns[]) {
  lua_getglobal(L, "require");
  lua_pushliteral(L, "lede.rowset");
  lua_call(L, 1, 1);
  lua_getfield(L, -1, "new"); /* rows rowset new */
  lua_rotate(L, -3, 1);       /* new rows rowset */
  lua_pop(L, 1);              /* new rows */
  lua_newtable(L);
  for (int i = 0; columns[i] != NULL; i++) {
    lua_pushstring(L, columns[i]);
    lua_rawseti(L, -2, i + 1);
  }
  lua_call(L, 2, 1); /* rowset */
}

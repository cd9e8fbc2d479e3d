/*
** llede.c — the `lede` module table: the version, and the private
** primitives the lua/ library builds on (the embedded sources, the help
** registry, the terminal width). Other binding files add their functions to
** the same table through lbind_register.
*/
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "embedded.h"
#include "lbind.h"
#include "lede.h"

/* lede._embedded() -> {[module] = source}: the lua/ library as compiled in,
** read by lede.help to collect `---` doc blocks. */
static int llede_embedded(lua_State *L) {
  lua_newtable(L);
  for (const EmbeddedModule *m = lede_embedded; m->module != NULL; m++) {
    lua_pushlstring(L, m->source, m->len);
    lua_setfield(L, -2, m->module);
  }
  return 1;
}

/* lede._help_registry() -> the table behind help(). */
static int llede_help_registry(lua_State *L) {
  lbind_push_help_registry(L);
  return 1;
}

/* lede.term_width() -> columns of the terminal on stdout, else $COLUMNS, else 80. */
static int llede_term_width(lua_State *L) {
  struct winsize ws;
  lua_Integer cols = 0;
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0) cols = ws.ws_col;
  if (cols <= 0) {
    const char *env = getenv("COLUMNS");
    cols = env ? strtol(env, NULL, 10) : 0;
  }
  lua_pushinteger(L, cols > 0 ? cols : 80);
  return 1;
}

/* lede.isatty(stream?) -> whether stdout (or "stdin"/"stderr") is a terminal. */
static int llede_isatty(lua_State *L) {
  static const char *const names[] = {"stdin", "stdout", "stderr", NULL};
  int fd = luaL_checkoption(L, 1, "stdout", names);
  lua_pushboolean(L, isatty(fd));
  return 1;
}

static const LedeReg lede_functions[] = {
    {"term_width", llede_term_width, "lede.term_width() -> integer",
     "Width of the terminal in columns: the real width when stdout is a terminal, else $COLUMNS, "
     "else 80. Tables printed in the REPL are cut to this width."},
    {"isatty", llede_isatty, "lede.isatty(stream?) -> boolean",
     "Whether stream (\"stdin\", \"stdout\" (the default) or \"stderr\") is a terminal."},
    {"_embedded", llede_embedded, NULL, NULL},
    {"_help_registry", llede_help_registry, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

int luaopen_lede(lua_State *L) {
  lua_newtable(L);
  lua_pushliteral(L, LEDE_VERSION);
  lua_setfield(L, -2, "version");
  lbind_register(L, -1, "lede.", lede_functions);
  lbind_open_json(L, -1);
  lbind_open_text(L, -1);
  lbind_open_corpus(L, -1);
  lbind_open_summary(L, -1);
  lbind_open_stats(L, -1);
  lbind_open_compare(L, -1);
  lbind_open_similar(L, -1);
  lbind_open_markdown(L, -1);
  lbind_open_search(L, -1);
  lbind_open_bench(L, -1);
  return 1;
}

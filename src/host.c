/*
** host.c — the embedded Lua state: set-up (standard libraries, the `lede`
** module, the embedded lua/ library on `require`), protected calls with a
** traceback handler, Ctrl-C, scripts and `-e` code. Modelled on lua.c.
*/
#include "host.h"

#include <lauxlib.h>
#include <lualib.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "embedded.h"
#include "lbind.h"

/* ---------------------------------------------------------------------------
** Ctrl-C. The handler may only set flags and install a hook: touching the Lua
** state from a signal handler is unsafe (lua.c's laction). These statics are
** the one exception to "no hidden globals": a signal handler has no other way
** to reach the state it interrupts.
** ------------------------------------------------------------------------- */

static lua_State *volatile sigint_state = NULL;   /* set while a chunk runs */
static volatile sig_atomic_t prompt_interrupted = 0;
static volatile int cancel_requested = 0;          /* polled by long core loops */

#define MAX_WATCHED 32

static struct {
  void *volatile handle;
  void (*volatile interrupt)(void *);
} watched[MAX_WATCHED];

void host_watch_interruptible(void *handle, void (*interrupt)(void *handle)) {
  for (int i = 0; i < MAX_WATCHED; i++) {
    if (watched[i].handle == NULL) {
      watched[i].interrupt = interrupt;
      watched[i].handle = handle;
      return;
    }
  }
}

void host_unwatch_interruptible(void *handle) {
  for (int i = 0; i < MAX_WATCHED; i++) {
    if (watched[i].handle == handle) {
      watched[i].handle = NULL;
      watched[i].interrupt = NULL;
    }
  }
}

static void interrupt_watched(void) {
  for (int i = 0; i < MAX_WATCHED; i++) {
    void *h = watched[i].handle;
    void (*fn)(void *) = watched[i].interrupt;
    if (h != NULL && fn != NULL) fn(h);
  }
}

const volatile int *host_cancel_flag(void) {
  cancel_requested = 0;
  return &cancel_requested;
}

/* The hook installed by the handler: raises "interrupted" in the running chunk. */
static void interrupt_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  lua_sethook(L, NULL, 0, 0);
  luaL_error(L, "interrupted");
}

static void on_sigint(int sig) {
  lua_State *L = sigint_state;
  (void)sig;
  cancel_requested = 1;
  interrupt_watched();
  if (L != NULL) {
    int mask = LUA_MASKCALL | LUA_MASKRET | LUA_MASKLINE | LUA_MASKCOUNT;
    lua_sethook(L, interrupt_hook, mask, 1);
  } else {
    prompt_interrupted = 1;
  }
}

void host_install_sigint(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0; /* no SA_RESTART: readline must see EINTR to notice it */
  sigaction(SIGINT, &sa, NULL);
}

bool host_take_prompt_interrupt(void) {
  bool was = prompt_interrupted != 0;
  prompt_interrupted = 0;
  return was;
}

/* ---------------------------------------------------------------------------
** Protected calls
** ------------------------------------------------------------------------- */

/* Message handler: turns the error into a string and appends a traceback. */
static int msghandler(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) return 1;
    msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }
  luaL_traceback(L, L, msg, 1);
  return 1;
}

int host_docall(lua_State *L, int nargs, int nresults) {
  int base = lua_gettop(L) - nargs; /* function index */
  lua_pushcfunction(L, msghandler);
  lua_insert(L, base);
  sigint_state = L;
  int status = lua_pcall(L, nargs, nresults, base);
  sigint_state = NULL;
  lua_sethook(L, NULL, 0, 0); /* a Ctrl-C that came too late to fire */
  lua_remove(L, base);
  return status;
}

/* True when line[0..n) contains the C string needle. */
static bool contains(const char *line, size_t n, const char *needle) {
  size_t k = strlen(needle);
  for (size_t i = 0; i + k <= n; i++)
    if (memcmp(line + i, needle, k) == 0) return true;
  return false;
}

/* Writes msg without the traceback lines that only show lede's own C frames,
** and at most a dozen frames in all: a short traceback, as the REPL promises. */
static void write_short_traceback(FILE *out, const char *msg, size_t len) {
  const char *end = msg + len, *line = msg;
  int n_frames = 0;
  while (line < end) {
    const char *nl = memchr(line, '\n', (size_t)(end - line));
    size_t n = nl ? (size_t)(nl - line) : (size_t)(end - line);
    bool is_frame = n > 1 && line[0] == '\t';
    bool is_noise = is_frame && (contains(line, n, "[C]: in ?") ||
                                 contains(line, n, "in function 'error'"));
    if (!is_noise && (!is_frame || ++n_frames <= 12)) fprintf(out, "%.*s\n", (int)n, line);
    if (is_frame && n_frames == 13) fputs("\t...\n", out);
    line += n + 1;
  }
}

int host_report(lua_State *L, int status) {
  if (status == LUA_OK) return status;
  size_t len;
  const char *msg = lua_tolstring(L, -1, &len);
  if (msg == NULL) msg = "(error object is not a string)", len = strlen(msg);
  /* a long pass stopped by an error or Ctrl-C may have left its progress
  ** line (lede.progress) on the terminal: start the message on a clean one */
  if (isatty(STDERR_FILENO)) fputs("\r\033[K", stderr);
  fputs(status == LUA_ERRSYNTAX ? "lede: syntax error: " : "lede: runtime error: ", stderr);
  write_short_traceback(stderr, msg, len);
  fflush(stderr);
  lua_pop(L, 1);
  return status;
}

void host_print_values(lua_State *L, int n) {
  if (n <= 0) return;
  int first = lua_gettop(L) - n + 1;
  lua_getglobal(L, "require");
  lua_pushliteral(L, "lede.pretty");
  if (lua_pcall(L, 1, 1, 0) == LUA_OK && lua_getfield(L, -1, "print_results") == LUA_TFUNCTION) {
    lua_remove(L, -2); /* values... print_results */
    lua_insert(L, first);
    host_report(L, host_docall(L, n, 0));
    return;
  }
  /* lede.pretty is missing or broken: fall back to tostring, tab-separated */
  lua_settop(L, first + n - 1);
  for (int i = first; i < first + n; i++) {
    size_t len;
    const char *s = luaL_tolstring(L, i, &len);
    fwrite(s, 1, len, stdout);
    fputc(i + 1 < first + n ? '\t' : '\n', stdout);
    lua_pop(L, 1);
  }
  lua_settop(L, first - 1);
}

/* ---------------------------------------------------------------------------
** require: the embedded lua/ library comes first
** ------------------------------------------------------------------------- */

/* Searcher for lede's own modules: loads name from the directory in
** $LEDE_LUA_DIR (a development override) or else from the copy compiled into
** the binary. Returns the loader and its chunk name, or a message. */
static int embedded_searcher(lua_State *L) {
  size_t name_len;
  const char *name = luaL_checklstring(L, 1, &name_len);
  const char *dir = getenv("LEDE_LUA_DIR");
  if (dir != NULL && *dir != '\0') {
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    luaL_addstring(&b, dir);
    luaL_addchar(&b, '/');
    luaL_addgsub(&b, name, ".", "/");
    luaL_addstring(&b, ".lua");
    luaL_pushresult(&b); /* name path */
    const char *path = lua_tostring(L, -1);
    FILE *f = fopen(path, "r");
    if (f != NULL) {
      fclose(f);
      if (luaL_loadfile(L, path) != LUA_OK)
        return luaL_error(L, "error loading module '%s':\n\t%s", name, lua_tostring(L, -1));
      lua_insert(L, -2); /* name loader path */
      return 2;
    }
    lua_pop(L, 1);
  }
  for (const EmbeddedModule *m = lede_embedded; m->module != NULL; m++) {
    if (strlen(m->module) != name_len || memcmp(m->module, name, name_len) != 0) continue;
    lua_pushfstring(L, "@%s", m->path);
    if (luaL_loadbuffer(L, m->source, m->len, lua_tostring(L, -1)) != LUA_OK)
      return luaL_error(L, "error loading module '%s':\n\t%s", name, lua_tostring(L, -1));
    lua_pushstring(L, m->path); /* name chunkname loader path */
    return 2;
  }
  lua_pushfstring(L, "no embedded lede module '%s'", name);
  return 1;
}

/* Puts embedded_searcher at position 2 of package.searchers, right after
** package.preload, so lede's modules win over same-named files on disk. */
static void install_searcher(lua_State *L) {
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "searchers"); /* package searchers */
  lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
  for (lua_Integer i = n; i >= 2; i--) {
    lua_rawgeti(L, -1, i);
    lua_rawseti(L, -2, i + 1);
  }
  lua_pushcfunction(L, embedded_searcher);
  lua_rawseti(L, -2, 2);
  lua_pop(L, 2);
}

/* Set-up that runs protected (lua.c's pmain): anything here may raise. */
static int host_setup(lua_State *L) {
  luaL_openlibs(L);
  install_searcher(L);
  luaL_requiref(L, "lede", luaopen_lede, 1); /* lede */
  lua_pop(L, 1);
  lua_getglobal(L, "require");
  lua_pushliteral(L, "lede.help");
  lua_call(L, 1, 1);
  lua_getfield(L, -1, "help");
  lua_setglobal(L, "help");
  lua_pop(L, 1);
  return 0;
}

lua_State *host_new(void) {
  lua_State *L = luaL_newstate();
  if (L == NULL) {
    fputs("lede: cannot create Lua state: not enough memory\n", stderr);
    return NULL;
  }
  lua_pushcfunction(L, host_setup);
  if (host_report(L, host_docall(L, 0, 0)) != LUA_OK) {
    lua_close(L);
    return NULL;
  }
  return L;
}

void host_close(lua_State *L) {
  if (L != NULL) lua_close(L);
}

/* ---------------------------------------------------------------------------
** Scripts and -e
** ------------------------------------------------------------------------- */

/* Builds the global `arg` as lua.c does: arg[0] the script, arg[1..] its
** arguments, arg[-1] the interpreter. */
static void set_arg_table(lua_State *L, const char *script, char **args, int n_args) {
  lua_createtable(L, n_args, 2);
  lua_pushliteral(L, "lede");
  lua_rawseti(L, -2, -1);
  lua_pushstring(L, script);
  lua_rawseti(L, -2, 0);
  for (int i = 0; i < n_args; i++) {
    lua_pushstring(L, args[i]);
    lua_rawseti(L, -2, i + 1);
  }
  lua_setglobal(L, "arg");
}

int host_run_script(lua_State *L, const char *path, char **args, int n_args) {
  set_arg_table(L, path ? path : "-", args, n_args);
  int status = luaL_loadfile(L, path); /* skips a #! first line */
  if (status != LUA_OK) {
    /* an unreadable file is a user error reported in one line */
    fprintf(stderr, "lede: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
    return EXIT_ERROR;
  }
  luaL_checkstack(L, n_args, "too many arguments to script");
  for (int i = 0; i < n_args; i++) lua_pushstring(L, args[i]);
  status = host_report(L, host_docall(L, n_args, 0));
  return status == LUA_OK ? EXIT_OK : EXIT_ERROR;
}

/* Compiles code as an expression ("return " .. code) when it is one, else as a
** statement, as the REPL does. Leaves the function or the error on the stack. */
int host_load_line(lua_State *L, const char *code, size_t len, const char *chunkname) {
  const char *ret = lua_pushfstring(L, "return %s;", code);
  int status = luaL_loadbuffer(L, ret, strlen(ret), chunkname);
  lua_remove(L, -2);
  if (status == LUA_OK) return status;
  lua_pop(L, 1);
  return luaL_loadbuffer(L, code, len, chunkname);
}

int host_run_string(lua_State *L, const char *code, const char *chunkname) {
  int top = lua_gettop(L);
  int status = host_load_line(L, code, strlen(code), chunkname);
  if (status == LUA_OK) status = host_docall(L, 0, LUA_MULTRET);
  if (status != LUA_OK) {
    host_report(L, status);
    return EXIT_ERROR;
  }
  host_print_values(L, lua_gettop(L) - top);
  return EXIT_OK;
}

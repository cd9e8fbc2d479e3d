/*
** host.h — the embedded Lua: one lua_State per run with the standard
** libraries, the `lede` module, the embedded lua/ library on `require`, and
** protected execution of chunks with tracebacks and Ctrl-C. main.c and repl.c
** use it; nothing in src/core knows about it.
*/
#ifndef LEDE_HOST_H
#define LEDE_HOST_H

#include <lua.h>
#include <stdbool.h>

/* Exit statuses of the lede command (DESIGN.md: 0 ok, 1 user error, 2 usage). */
enum { EXIT_OK = 0, EXIT_ERROR = 1, EXIT_USAGE = 2 };

/* Creates the Lua state with everything lede scripts expect. Returns NULL
** (after printing why on stderr) when Lua cannot be set up. */
lua_State *host_new(void);

/* Closes the state made by host_new. */
void host_close(lua_State *L);

/* Runs the function on top of the stack with nargs arguments below it,
** protected, with a traceback handler and Ctrl-C armed for its duration.
** Leaves the results (LUA_MULTRET) or the error message on the stack and
** returns the lua_pcall status. */
int host_docall(lua_State *L, int nargs, int nresults);

/* Prints the error message on top of the stack to stderr as
** "lede: runtime error: ..." (or "syntax error" for status LUA_ERRSYNTAX) and
** pops it. Returns status unchanged so callers can chain it. */
int host_report(lua_State *L, int status);

/* Prints the n values on top of the stack through lede.pretty and pops them. */
void host_print_values(lua_State *L, int n);

/* Loads and runs a script file (NULL: stdin) with args[0..n_args) as `...`
** and arg[1..]; arg[0] is the script name. Returns an exit status. */
int host_run_script(lua_State *L, const char *path, char **args, int n_args);

/* Compiles code as an expression ("return " .. code) when it is one, else as a
** statement, as lua.c does. Pushes the function or the error message and
** returns the load status. */
int host_load_line(lua_State *L, const char *code, size_t len, const char *chunkname);

/* Compiles and runs code given on the command line, printing its results
** like the REPL does. Returns an exit status. */
int host_run_string(lua_State *L, const char *code, const char *chunkname);

/* Ctrl-C: true once SIGINT arrived while no chunk was running (the REPL uses it
** to clear its line); reading clears it. */
bool host_take_prompt_interrupt(void);

/* Installs the SIGINT handler: it interrupts the running chunk (a Lua hook),
** the watched stores (sqlite3_interrupt) and raises the cancel flag that
** long core loops poll. */
void host_install_sigint(void);

/* The cancel flag, cleared: pass it as ParseOptions/IngestOptions.cancel to a
** long core call, which then stops with LEDE_EINTR on Ctrl-C. */
const volatile int *host_cancel_flag(void);

/* Ctrl-C reaches long SQLite statements through these: an open store is
** watched with its interrupt function until it closes. The handler reads a
** fixed array only; past its size Ctrl-C falls back to the Lua hook. */
void host_watch_interruptible(void *handle, void (*interrupt)(void *handle));
void host_unwatch_interruptible(void *handle);

#endif

/*
** cmd_lua.c — the commands that run Lua: scripts (`lede run`, `lede FILE`),
** `-e` code, stdin, the REPL with a corpus (`lede [DB] [PATH...]`) and
** `lede sql`. Each opens a fresh Lua state through with_host.
*/
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"
#include "host.h"
#include "repl.h"

/* Runs fn on a fresh Lua state and closes it; the shape of every command. */
static int with_host(int (*fn)(lua_State *L, int argc, char **argv), int argc, char **argv) {
  lua_State *L = host_new();
  if (L == NULL) return EXIT_ERROR;
  host_install_sigint();
  int status = fn(L, argc, argv);
  host_close(L);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    /* a command that failed has said why already (`lede sql` names the write) */
    if (status == EXIT_OK) fputs("lede: writing output failed\n", stderr);
    return EXIT_ERROR;
  }
  return status;
}

static int run_script(lua_State *L, int argc, char **argv) {
  return host_run_script(L, argv[0], argv + 1, argc - 1);
}

/* Calls lede.cli.open(db, {paths}) and binds the result to the global
** `corpus`. Returns false after reporting an error. */
static bool bind_corpus(lua_State *L, const char *db, int n_paths, char **paths) {
  lua_getglobal(L, "require");
  lua_pushliteral(L, "lede.cli");
  lua_call(L, 1, 1); /* lede.cli is embedded: requiring it cannot fail */
  lua_getfield(L, -1, "open");
  lua_remove(L, -2);
  lua_pushstring(L, db);
  lua_createtable(L, n_paths, 0);
  for (int i = 0; i < n_paths; i++) {
    lua_pushstring(L, paths[i]);
    lua_rawseti(L, -2, i + 1);
  }
  if (host_report(L, host_docall(L, 2, 2)) != LUA_OK) return false;
  if (lua_isnil(L, -2)) { /* nil, message: a user error, said in one line */
    fprintf(stderr, "lede: %s\n", lua_tostring(L, -1));
    lua_pop(L, 2);
    return false;
  }
  lua_pop(L, 1);
  lua_setglobal(L, "corpus");
  return true;
}

static int run_code(lua_State *L, int argc, char **argv) {
  if (argc > 1 && !bind_corpus(L, argv[1], 0, NULL)) return EXIT_ERROR;
  return host_run_string(L, argv[0], "=(command line)");
}

/* `lede DB [PATH...]`: the REPL on a corpus, or its overview without a terminal. */
static int run_corpus(lua_State *L, int argc, char **argv) {
  if (!bind_corpus(L, argv[0], argc - 1, argv + 1)) return EXIT_ERROR;
  if (isatty(STDIN_FILENO)) return repl_run(L);
  return host_run_string(L, "corpus:overview()", "=(overview)");
}

/* `lede sql DB 'SQL' [--format table|csv|json]` */
static int run_sql(lua_State *L, int argc, char **argv) {
  lua_getglobal(L, "require");
  lua_pushliteral(L, "lede.cli");
  lua_call(L, 1, 1);
  lua_getfield(L, -1, "sql");
  lua_remove(L, -2);
  for (int i = 0; i < argc; i++) lua_pushstring(L, argv[i]);
  if (host_report(L, host_docall(L, argc, 2)) != LUA_OK) return EXIT_ERROR;
  if (lua_isnil(L, -2)) {
    fprintf(stderr, "lede: %s\n", lua_tostring(L, -1));
    return EXIT_ERROR;
  }
  return EXIT_OK;
}

int cmd_sql(int argc, char **argv) {
  if (argc < 2) return usage_error("sql: usage: lede sql DB 'SQL' [--format table|csv|json]", NULL);
  char *args[3] = {argv[0], argv[1], NULL};
  int n = 2;
  if (argc == 4 && strcmp(argv[2], "--format") == 0) {
    if (strcmp(argv[3], "table") != 0 && strcmp(argv[3], "csv") != 0 && strcmp(argv[3], "json") != 0)
      return usage_error("sql: --format must be table, csv or json, got", argv[3]);
    args[n++] = argv[3];
  } else if (argc != 2) {
    return usage_error("sql: unexpected argument", argv[2]);
  }
  return with_host(run_sql, n, args);
}

static int run_stdin(lua_State *L, int argc, char **argv) {
  (void)argc;
  (void)argv;
  return host_run_script(L, NULL, NULL, 0);
}

/* `lede` alone: the REPL, with `corpus` bound to ./lede.db when it exists and
** to an in-memory corpus otherwise (lede creates no file unasked); without a
** terminal, stdin is a script. */
static int run_interactive(lua_State *L, int argc, char **argv) {
  (void)argc;
  (void)argv;
  if (!isatty(STDIN_FILENO)) return run_stdin(L, 0, NULL);
  const char *db = access("lede.db", F_OK) == 0 ? "lede.db" : ":memory:";
  if (!bind_corpus(L, db, 0, NULL)) return EXIT_ERROR;
  return repl_run(L);
}

/* `lede run SCRIPT [ARG...]` */
int cmd_run(int argc, char **argv) {
  if (argc < 1) return usage_error("run: missing script file", NULL);
  return with_host(run_script, argc, argv);
}


int cmd_repl(void) { return with_host(run_interactive, 0, NULL); }
int cmd_stdin(void) { return with_host(run_stdin, 0, NULL); }
int cmd_eval(int argc, char **argv) { return with_host(run_code, argc, argv); }
int cmd_script(int argc, char **argv) { return with_host(run_script, argc, argv); }
int cmd_corpus(int argc, char **argv) { return with_host(run_corpus, argc, argv); }

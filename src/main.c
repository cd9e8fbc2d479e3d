/*
** main.c — the lede command line: parses arguments and dispatches to a
** subcommand, a script, -e code or the REPL. Nothing else lives here; each
** subcommand is a small function in the table below.
*/
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"
#include "host.h"
#include "lede.h"
#include "repl.h"

static const char USAGE[] =
    "usage: lede [SCRIPT.lua [ARG...]]      run a script, or the REPL when no script is given\n"
    "       lede run SCRIPT [ARG...]        run a Lua script (ARG in the global `arg`)\n"
    "       lede -e 'CODE'                  evaluate CODE and print its results\n"
    "       lede parse PATH... [--format json|text] [--date YYYY-MM-DD]\n"
    "                                       parse articles without storing them: one JSON\n"
    "                                       object per article per line\n"
    "       lede --help | --version\n"
    "\n"
    "With a terminal on stdin and no script, lede starts its REPL (help() inside it);\n"
    "otherwise stdin is run as a script. Exit status: 0 ok, 1 error, 2 usage.\n";

int usage_error(const char *what, const char *arg) {
  fprintf(stderr, "lede: %s%s%s\nTry 'lede --help'.\n", what, arg ? " " : "", arg ? arg : "");
  return EXIT_USAGE;
}

/* Runs fn on a fresh Lua state and closes it; the shape of every command. */
static int with_host(int (*fn)(lua_State *L, int argc, char **argv), int argc, char **argv) {
  lua_State *L = host_new();
  if (L == NULL) return EXIT_ERROR;
  host_install_sigint(L);
  int status = fn(L, argc, argv);
  host_close(L);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fputs("lede: writing output failed\n", stderr);
    return EXIT_ERROR;
  }
  return status;
}

static int run_script(lua_State *L, int argc, char **argv) {
  return host_run_script(L, argv[0], argv + 1, argc - 1);
}

static int run_code(lua_State *L, int argc, char **argv) {
  (void)argc;
  return host_run_string(L, argv[0], "=(command line)");
}

static int run_stdin(lua_State *L, int argc, char **argv) {
  (void)argc;
  (void)argv;
  return host_run_script(L, NULL, NULL, 0);
}

static int run_interactive(lua_State *L, int argc, char **argv) {
  (void)argc;
  (void)argv;
  if (isatty(STDIN_FILENO)) return repl_run(L);
  return run_stdin(L, argc, argv); /* stdin is a script */
}

/* `lede run SCRIPT [ARG...]` */
int cmd_run(int argc, char **argv) {
  if (argc < 1) return usage_error("run: missing script file", NULL);
  return with_host(run_script, argc, argv);
}

typedef struct {
  const char *name;
  int (*run)(int argc, char **argv); /* argv: the arguments after the name */
} Command;

static const Command commands[] = {
    {"run", cmd_run},
    {"parse", cmd_parse},
    {NULL, NULL}};

/* True when path names a script: a .lua file, or a file that starts with #!. */
static bool is_script(const char *path) {
  size_t n = strlen(path);
  if (n > 4 && strcmp(path + n - 4, ".lua") == 0) return true;
  FILE *f = fopen(path, "rb");
  if (f == NULL) return false;
  char head[2] = {0, 0};
  size_t got = fread(head, 1, 2, f);
  fclose(f);
  return got == 2 && head[0] == '#' && head[1] == '!';
}

int main(int argc, char **argv) {
  if (argc < 2) return with_host(run_interactive, 0, NULL);
  const char *first = argv[1];
  if (strcmp(first, "--help") == 0 || strcmp(first, "-h") == 0) {
    fputs(USAGE, stdout);
    return EXIT_OK;
  }
  if (strcmp(first, "--version") == 0 || strcmp(first, "-v") == 0) {
    printf("lede %s (%s)\n", LEDE_VERSION, LUA_RELEASE);
    return EXIT_OK;
  }
  if (strcmp(first, "-e") == 0) {
    if (argc < 3) return usage_error("-e: missing code", NULL);
    if (argc > 3) return usage_error("-e: unexpected argument", argv[3]);
    return with_host(run_code, 1, argv + 2);
  }
  if (strcmp(first, "-") == 0) return with_host(run_stdin, 0, NULL);
  if (first[0] == '-') return usage_error("unknown option", first);
  for (const Command *c = commands; c->name != NULL; c++)
    if (strcmp(c->name, first) == 0) return c->run(argc - 2, argv + 2);
  if (is_script(first)) return with_host(run_script, argc - 1, argv + 1);
  if (access(first, R_OK) != 0) {
    fprintf(stderr, "lede: %s: cannot read: %s\n", first, strerror(errno));
    return EXIT_ERROR;
  }
  return usage_error("not a Lua script (name it .lua or start it with #!):", first);
}

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

static const char USAGE[] =
    "usage: lede [DB] [PATH...]             open the REPL on the corpus DB (default ./lede.db if\n"
    "                                       it exists, else a corpus in memory),\n"
    "                                       ingesting PATHs first; without a terminal on\n"
    "                                       stdin, print an overview of the corpus instead\n"
    "       lede SCRIPT.lua [ARG...]        run a script\n"
    "       lede run SCRIPT [ARG...]        run a Lua script (ARG in the global `arg`)\n"
    "       lede -e 'CODE' [DB]             evaluate CODE (with `corpus` bound to DB, if given)\n"
    "                                       and print its results\n"
    "       lede sql DB 'SQL' [--format table|csv|json]\n"
    "                                       run a read-only SQL query on the corpus\n"
    "       lede ingest DB PATH... [--force] [--format auto|text|jsonl|multinews] [--threads N] [-q]\n"
    "                                       add articles (files, folders, globs, -) to the corpus DB\n"
    "       lede parse PATH... [--format json|text] [--date YYYY-MM-DD]\n"
    "                                       parse articles without storing them: one JSON\n"
    "                                       object per article per line\n"
    "       lede render NOTEBOOK [-o OUT.html|OUT.md] [DB]\n"
    "                                       run a notebook and write its report (Markdown on\n"
    "                                       stdout without -o; DB is bound to `corpus`)\n"
    "       lede --help | --version\n"
    "\n"
    "With no argument lede starts its REPL (help() inside it) when stdin is a terminal, and\n"
    "otherwise runs stdin as a script. Exit status: 0 ok, 1 error, 2 usage.\n";

int usage_error(const char *what, const char *arg) {
  fprintf(stderr, "lede: %s%s%s\nTry 'lede --help'.\n", what, arg ? " " : "", arg ? arg : "");
  return EXIT_USAGE;
}

typedef struct {
  const char *name;
  int (*run)(int argc, char **argv); /* argv: the arguments after the name */
} Command;

static const Command commands[] = {
    {"run", cmd_run},
    {"parse", cmd_parse},
    {"ingest", cmd_ingest},
    {"sql", cmd_sql},
    {"render", cmd_render},
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
  if (argc < 2) return cmd_repl();
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
    if (argc > 4) return usage_error("-e: unexpected argument", argv[4]);
    return cmd_eval(argc - 2, argv + 2);
  }
  if (strcmp(first, "-") == 0) return cmd_stdin();
  if (first[0] == '-') return usage_error("unknown option", first);
  for (const Command *c = commands; c->name != NULL; c++)
    if (strcmp(c->name, first) == 0) return c->run(argc - 2, argv + 2);
  if (is_script(first)) return cmd_script(argc - 1, argv + 1);
  return cmd_corpus(argc - 1, argv + 1); /* lede DB [PATH...] */
}

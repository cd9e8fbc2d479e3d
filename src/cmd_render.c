/*
** cmd_render.c — `lede render NOTEBOOK [-o OUT.html|OUT.md] [DB]`: runs a
** notebook and writes its report. The command line is read here; the run
** and the writing are lua/lede/report.lua (report.render), which this calls
** in a fresh Lua state.
*/
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "host.h"

typedef struct {
  const char *notebook; /* the notebook file */
  const char *output;   /* -o: a .md or .html file; NULL: Markdown on stdout */
  const char *db;       /* a corpus bound to `corpus`; NULL: the notebook opens its own */
} RenderArgs;

/* True when path ends in one of the report extensions render knows. */
static bool has_report_suffix(const char *path) {
  static const char *const suffixes[] = {".md", ".markdown", ".html", ".htm", NULL};
  size_t n = strlen(path);
  for (const char *const *s = suffixes; *s != NULL; s++) {
    size_t k = strlen(*s);
    if (n > k && strcmp(path + n - k, *s) == 0) return true;
  }
  return false;
}

/* Reads argv into args; returns EXIT_OK or, after saying why, EXIT_USAGE. */
static int parse_render_args(int argc, char **argv, RenderArgs *args) {
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
      if (i + 1 >= argc) return usage_error("render: -o needs a file name", NULL);
      args->output = argv[++i];
      if (!has_report_suffix(args->output))
        return usage_error("render: the report must end in .md or .html, got", args->output);
    } else if (a[0] == '-' && a[1] != '\0') {
      return usage_error("render: unknown option", a);
    } else if (args->notebook == NULL) {
      args->notebook = a;
    } else if (args->db == NULL) {
      args->db = a;
    } else {
      return usage_error("render: unexpected argument", a);
    }
  }
  if (args->notebook == NULL)
    return usage_error("render: usage: lede render NOTEBOOK [-o OUT.html|OUT.md] [DB]", NULL);
  return EXIT_OK;
}

/* Calls require("lede.report").render(notebook, {output =, db =}) and maps
** its result to an exit status: true is 0; nil, message (a failed chunk, an
** unwritable file) is 1 with the message on stderr. */
static int run_render(lua_State *L, const RenderArgs *args) {
  lua_getglobal(L, "require");
  lua_pushliteral(L, "lede.report");
  lua_call(L, 1, 1); /* lede.report is embedded: requiring it cannot fail */
  lua_getfield(L, -1, "render");
  lua_remove(L, -2); /* render */
  lua_pushstring(L, args->notebook);
  lua_createtable(L, 0, 2); /* render notebook opts */
  if (args->output != NULL) {
    lua_pushstring(L, args->output);
    lua_setfield(L, -2, "output");
  }
  if (args->db != NULL) {
    lua_pushstring(L, args->db);
    lua_setfield(L, -2, "db");
  }
  if (host_report(L, host_docall(L, 2, 2)) != LUA_OK) return EXIT_ERROR;
  if (lua_isnil(L, -2)) { /* nil, message */
    fprintf(stderr, "lede: %s\n", lua_tostring(L, -1));
    return EXIT_ERROR;
  }
  return EXIT_OK;
}

int cmd_render(int argc, char **argv) {
  RenderArgs args = {NULL, NULL, NULL};
  int status = parse_render_args(argc, argv, &args);
  if (status != EXIT_OK) return status;
  lua_State *L = host_new();
  if (L == NULL) return EXIT_ERROR;
  host_install_sigint();
  status = run_render(L, &args);
  host_close(L);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fputs("lede: writing output failed\n", stderr);
    return EXIT_ERROR;
  }
  return status;
}

/*
** repl.c — the interactive loop. A line is tried as an expression, then as a
** statement; an incomplete chunk (a syntax error at <eof>) asks for more
** lines. Results print through lede.pretty. Line editing, history and
** completion sit behind the repl_readline/repl_add_history functions of the
** "Line editing" section; completion candidates come from lua/lede/complete.lua.
*/
#include "repl.h"

#include <errno.h>
#include <lauxlib.h>
#include <readline/history.h>
#include <readline/readline.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "host.h"
#include "lede.h"

#define PROMPT "lede> "
#define PROMPT_MORE "  ... "
#define HISTORY_MAX 1000

/* The REPL's state, one per run. */
typedef struct {
  lua_State *L;
  char *history_path; /* malloc'd; NULL: history is not saved */
  bool is_timer_on;   /* .timer on: print the time of each chunk */
  bool is_done;       /* .quit was given */
} Repl;

/* ---------------------------------------------------------------------------
** Line editing
** ------------------------------------------------------------------------- */

/* Readline calls completion and signal hooks without user data, so the state
** they need is here: set by repl_run, cleared when it returns. */
static lua_State *completion_state = NULL;
static bool line_cancelled = false;

/* Called by readline when a signal interrupted its read. Ctrl-C at the
** prompt throws away the line being typed and any unfinished chunk: the line
** is cleared in place and a fresh primary prompt drawn, and the caller learns
** of it through line_cancelled when readline returns. (Making readline return
** at once is not possible: it reads one more key before it checks rl_done.) */
static int on_readline_signal(void) {
  if (host_take_prompt_interrupt()) {
    line_cancelled = true;
    rl_replace_line("", 0);
    rl_crlf();
    rl_set_prompt(PROMPT);
    rl_on_new_line();
    rl_redisplay();
  }
  return 0;
}

/* Asks lede.complete for the candidates that replace text (the word that ends
** at the cursor) and hands them to readline in its format: a malloc'd,
** NULL-terminated array whose first entry is the common prefix. */
static char **complete(const char *text, int start, int end) {
  lua_State *L = completion_state;
  char **matches = NULL;
  rl_attempted_completion_over = 1; /* never fall back to file names */
  rl_completion_append_character = '\0'; /* readline resets it before each call */
  if (L == NULL) return NULL;
  int top = lua_gettop(L);
  lua_getglobal(L, "require");
  lua_pushliteral(L, "lede.complete");
  if (lua_pcall(L, 1, 1, 0) != LUA_OK || lua_getfield(L, -1, "candidates") != LUA_TFUNCTION)
    goto done;
  lua_pushstring(L, rl_line_buffer);
  lua_pushinteger(L, start);
  lua_pushinteger(L, end);
  if (lua_pcall(L, 3, 1, 0) != LUA_OK || !lua_istable(L, -1)) goto done;
  size_t n = lua_rawlen(L, -1);
  if (n == 0) goto done;
  matches = calloc(n + 2, sizeof *matches);
  if (matches == NULL) goto done;
  for (size_t i = 1; i <= n; i++) {
    lua_rawgeti(L, -1, (lua_Integer)i);
    const char *s = lua_tostring(L, -1);
    matches[i] = strdup(s ? s : "");
    lua_pop(L, 1);
  }
  /* the common prefix of all candidates replaces the word first */
  size_t lcp = strlen(matches[1]);
  for (size_t i = 2; i <= n; i++) {
    size_t k = 0;
    while (k < lcp && matches[i][k] == matches[1][k]) k++;
    lcp = k;
  }
  matches[0] = strndup(matches[1], lcp);
  if (n == 1) { /* readline expects a lone match in slot 0 only */
    free(matches[0]);
    matches[0] = matches[1];
    matches[1] = NULL;
  }
done:
  lua_settop(L, top);
  (void)text;
  return matches;
}

static void repl_readline_init(Repl *r) {
  rl_readline_name = "lede";
  rl_attempted_completion_function = complete;
  /* '.' and ':' stay inside a word so that string.fo and s:up complete whole */
  rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(,+-*/%^#~[]";
  rl_signal_event_hook = on_readline_signal;
  completion_state = r->L;
  using_history();
  stifle_history(HISTORY_MAX);
  if (r->history_path != NULL) (void)read_history(r->history_path); /* none yet is fine */
}

/* Reads one line with the given prompt. Returns a malloc'd line without its
** newline, or NULL at end of input. Sets *is_cancelled when Ctrl-C cleared
** the prompt meanwhile: the line returned then starts a new chunk. */
static char *repl_readline(const char *prompt, bool *is_cancelled) {
  line_cancelled = false;
  char *line = readline(prompt);
  *is_cancelled = line_cancelled;
  return line;
}

/* Adds a line to the history unless it is blank; an earlier identical entry
** is removed so the file keeps no duplicates. Saves the history at once, so a
** crash or kill loses nothing typed before it. */
static void repl_add_history(Repl *r, const char *chunk) {
  if (chunk[strspn(chunk, " \t")] == '\0') return;
  for (int i = history_length - 1; i >= 0; i--) {
    HIST_ENTRY *h = history_get(history_base + i);
    if (h != NULL && strcmp(h->line, chunk) == 0) {
      HIST_ENTRY *gone = remove_history(i);
      if (gone != NULL) free_history_entry(gone);
    }
  }
  add_history(chunk);
  if (r->history_path != NULL && write_history(r->history_path) != 0 && errno != 0)
    fprintf(stderr, "lede: cannot save history to %s: %s\n", r->history_path, strerror(errno));
}

/* The history file: $LEDE_HISTORY, else ~/.lede_history. malloc'd or NULL. */
static char *history_file(void) {
  const char *env = getenv("LEDE_HISTORY");
  if (env != NULL) return *env ? strdup(env) : NULL;
  const char *home = getenv("HOME");
  if (home == NULL || *home == '\0') return NULL;
  size_t n = strlen(home) + sizeof "/.lede_history";
  char *path = malloc(n);
  if (path != NULL) snprintf(path, n, "%s/.lede_history", home);
  return path;
}

/* ---------------------------------------------------------------------------
** Dot commands (as in the sqlite3 shell): a table of small functions.
** ------------------------------------------------------------------------- */

typedef struct {
  const char *name;
  void (*run)(Repl *r, const char *arg);
  const char *usage;
  const char *summary;
} DotCommand;

static void dot_help(Repl *r, const char *arg);

static void dot_quit(Repl *r, const char *arg) {
  (void)arg;
  r->is_done = true;
}

static void dot_timer(Repl *r, const char *arg) {
  if (strcmp(arg, "on") == 0) r->is_timer_on = true;
  else if (strcmp(arg, "off") == 0) r->is_timer_on = false;
  else fprintf(stderr, "usage: .timer on|off\n");
}

static const DotCommand dot_commands[] = {
    {"help", dot_help, ".help", "Show the REPL's commands; help() lists the Lua API."},
    {"quit", dot_quit, ".quit", "Leave lede (Ctrl-D does the same)."},
    {"timer", dot_timer, ".timer on|off", "Print the time each chunk takes."},
    {NULL, NULL, NULL, NULL}};

static void dot_help(Repl *r, const char *arg) {
  (void)r;
  (void)arg;
  for (const DotCommand *c = dot_commands; c->name != NULL; c++)
    printf("%-16s %s\n", c->usage, c->summary);
  printf("%-16s %s\n", "help()", "List the Lua API; help(f) or help \"name\" for one function.");
}

/* Runs ".name arg". Returns false when the line names no command. */
static bool run_dot_command(Repl *r, const char *line) {
  const char *name = line + 1;
  size_t n = strcspn(name, " \t");
  const char *arg = name + n;
  arg += strspn(arg, " \t");
  for (const DotCommand *c = dot_commands; c->name != NULL; c++) {
    if (strlen(c->name) == n && strncmp(c->name, name, n) == 0) {
      c->run(r, arg);
      return true;
    }
  }
  fprintf(stderr, "lede: unknown command \".%.*s\"; .help lists the commands\n", (int)n, name);
  return true;
}

/* ---------------------------------------------------------------------------
** Chunks
** ------------------------------------------------------------------------- */

/* True when the load error on top of the stack says the chunk is unfinished
** (lua.c's rule: the message ends in "<eof>"); pops it then. */
static bool is_incomplete(lua_State *L, int status) {
  static const char mark[] = "<eof>";
  size_t len;
  const char *msg = lua_tolstring(L, -1, &len);
  if (status == LUA_ERRSYNTAX && msg != NULL && len >= sizeof mark - 1 &&
      strcmp(msg + len - (sizeof mark - 1), mark) == 0) {
    lua_pop(L, 1);
    return true;
  }
  return false;
}

static double seconds_of(struct timeval tv) { return (double)tv.tv_sec + tv.tv_usec / 1e6; }

/* Runs the compiled chunk on top of the stack and prints its results. */
static void run_chunk(Repl *r) {
  lua_State *L = r->L;
  int top = lua_gettop(L) - 1;
  struct timespec t0, t1;
  struct rusage u0, u1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  getrusage(RUSAGE_SELF, &u0);
  int status = host_docall(L, 0, LUA_MULTRET);
  if (status == LUA_OK) host_print_values(L, lua_gettop(L) - top);
  else host_report(L, status);
  if (r->is_timer_on) {
    clock_gettime(CLOCK_MONOTONIC, &t1);
    getrusage(RUSAGE_SELF, &u1);
    printf("Run Time: real %.3f user %.6f sys %.6f\n",
           (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9,
           seconds_of(u1.ru_utime) - seconds_of(u0.ru_utime),
           seconds_of(u1.ru_stime) - seconds_of(u0.ru_stime));
  }
  lua_settop(L, top);
  fflush(stdout);
}

/* Reads lines until they form a complete chunk, then runs it. Each line goes
** into the history by itself (a multi-line entry would come back split from
** the history file). Returns false at end of input. */
static bool read_eval_print(Repl *r) {
  lua_State *L = r->L;
  int top = lua_gettop(L);
  bool is_first = true, is_cancelled;
  lua_pushliteral(L, ""); /* the chunk so far, at top + 1 */
  for (;;) {
    char *line = repl_readline(is_first ? PROMPT : PROMPT_MORE, &is_cancelled);
    if (line == NULL) {
      lua_settop(L, top);
      fputc('\n', stdout);
      return false;
    }
    if (is_cancelled) is_first = true; /* Ctrl-C dropped the chunk so far */
    repl_add_history(r, line);
    if (is_first && line[0] == '.') {
      run_dot_command(r, line);
      free(line);
      lua_settop(L, top);
      return true;
    }
    if (is_first) lua_pushstring(L, line);
    else lua_pushfstring(L, "%s\n%s", lua_tostring(L, top + 1), line);
    lua_replace(L, top + 1);
    free(line);
    is_first = false;
    size_t len;
    const char *text = lua_tolstring(L, top + 1, &len);
    int status = host_load_line(L, text, len, "=stdin"); /* text fn|err */
    if (status == LUA_OK || !is_incomplete(L, status)) {
      if (status == LUA_OK) run_chunk(r);
      else host_report(L, status);
      lua_settop(L, top);
      return true;
    }
  }
}

int repl_run(lua_State *L) {
  Repl r = {.L = L, .history_path = history_file()};
  repl_readline_init(&r);
  printf("lede %s on Lua %s.%s. help() for help, Ctrl-D to quit.\n", LEDE_VERSION,
         LUA_VERSION_MAJOR, LUA_VERSION_MINOR);
  /* which corpus `corpus` holds, when there is one (lede.cli.intro) */
  static const char intro[] = "local c = rawget(_G, 'corpus') if c then require('lede.cli').intro(c) end";
  if (luaL_loadstring(L, intro) == LUA_OK) host_report(L, host_docall(L, 0, 0));
  else lua_pop(L, 1);
  while (!r.is_done && read_eval_print(&r)) {
  }
  completion_state = NULL;
  free(r.history_path);
  return EXIT_OK;
}

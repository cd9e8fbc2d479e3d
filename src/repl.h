/*
** repl.h — the interactive loop: GNU readline with history and completion,
** multi-line chunks, results printed through lede.pretty, dot commands,
** Ctrl-C. Modelled on lua.c's REPL and the sqlite3 shell's dot commands.
*/
#ifndef LEDE_REPL_H
#define LEDE_REPL_H

#include <lua.h>

/* Runs the REPL on stdin (which must be a terminal) until Ctrl-D or .quit.
** Returns the exit status. */
int repl_run(lua_State *L);

#endif

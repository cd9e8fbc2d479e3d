/*
** commands.h — the subcommands of the lede command line. main.c parses the
** first argument and calls one of these with the arguments after it; each
** returns an exit status (host.h: EXIT_OK, EXIT_ERROR, EXIT_USAGE).
*/
#ifndef LEDE_COMMANDS_H
#define LEDE_COMMANDS_H

int cmd_run(int argc, char **argv);   /* lede run SCRIPT [ARG...] */
int cmd_parse(int argc, char **argv); /* lede parse PATH... [--format json|text] [--date D] */

/* Prints "lede: <what> <arg>" and a pointer to --help; returns EXIT_USAGE. */
int usage_error(const char *what, const char *arg);

#endif

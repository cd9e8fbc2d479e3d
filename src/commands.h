/*
** commands.h — the subcommands of the lede command line. main.c parses the
** first argument and calls one of these with the arguments after it; each
** returns an exit status (host.h: EXIT_OK, EXIT_ERROR, EXIT_USAGE).
*/
#ifndef LEDE_COMMANDS_H
#define LEDE_COMMANDS_H

int cmd_run(int argc, char **argv);   /* lede run SCRIPT [ARG...] */
int cmd_script(int argc, char **argv); /* lede SCRIPT [ARG...] */
int cmd_eval(int argc, char **argv);  /* lede -e CODE [DB] */
int cmd_corpus(int argc, char **argv); /* lede DB [PATH...] */
int cmd_repl(void);                   /* lede, with a terminal */
int cmd_stdin(void);                  /* lede - (or lede without a terminal) */
int cmd_parse(int argc, char **argv); /* lede parse PATH... [--format json|text] [--date D] */
int cmd_ingest(int argc, char **argv); /* lede ingest DB PATH... [options] */
int cmd_sql(int argc, char **argv);    /* lede sql DB 'SQL' [--format table|csv|json] */
int cmd_render(int argc, char **argv); /* lede render NOTEBOOK [-o OUT.html|OUT.md] [DB] */

/* Prints "lede: <what> <arg>" and a pointer to --help; returns EXIT_USAGE. */
int usage_error(const char *what, const char *arg);

#endif

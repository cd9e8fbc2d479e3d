/*
** fileio.h — reading input files for the parser and the ingest: whole files
** (or stdin) into memory with a size limit, and expanding the paths a user
** names (files, folders walked recursively, globs) into a sorted file list.
*/
#ifndef LEDE_FILEIO_H
#define LEDE_FILEIO_H

#include <stdio.h>

#include "lede.h"

/* Articles larger than this are refused rather than read (one article is
** never this big; a file this big is a data dump with the wrong reader). */
#define FILEIO_MAX_BYTES ((size_t)1 << 30)

/* Reads all of path ("-" for stdin) into a malloc'd buffer that the caller
** frees with free(); *len gets its size. The buffer has a NUL after the last
** byte (not counted). Fails with LEDE_EIO ("path: reason") or LEDE_EINPUT
** ("path: larger than 1 GiB"). */
LedeStatus file_read_all(const char *path, char **out, size_t *len, Err *err);

/* A list of malloc'd paths; free with pathlist_free. */
typedef VEC(char *) PathList;

void pathlist_free(PathList *list);

/* Which files a folder walk keeps: those whose name ends in one of these
** suffixes (NULL-terminated list), compared case-insensitively. */
typedef struct {
  const char *const *suffixes;
} WalkFilter;

/* Appends to *out the files that arg names: a file as it is, "-" as it is, a
** folder as every matching file below it (sorted, hidden entries skipped),
** and a pattern with *?[ as its glob(3) matches (each then as above). An arg
** that names nothing fails with LEDE_EIO "arg: No such file or directory";
** a folder with no matching file adds nothing (the caller decides whether
** that is an error). */
LedeStatus paths_expand(const char *arg, const WalkFilter *filter, PathList *out, Err *err);

#endif

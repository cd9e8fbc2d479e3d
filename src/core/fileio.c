/*
** fileio.c — whole-file reads and path expansion (files, folders, globs) for
** `lede parse` and the ingest.
*/
#include "fileio.h"

#include <dirent.h>
#include <errno.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* Reads the rest of f into a growing buffer, first sized for size_hint
** bytes (a regular file's size: read in one go into a buffer that fits,
** which a batch of small files keeps small) or 64 KiB (0: unknown). */
static LedeStatus read_stream(FILE *f, const char *name, size_t size_hint, char **out, size_t *len,
                              Err *err) {
  size_t cap = size_hint > 0 && size_hint < FILEIO_MAX_BYTES - 2 ? size_hint + 2 : 1 << 16, n = 0;
  char *buf = malloc(cap);
  if (buf == NULL) return err_set(err, LEDE_ENOMEM, "%s: out of memory", name);
  for (;;) {
    if (cap - n < 2) {
      if (cap >= FILEIO_MAX_BYTES) {
        free(buf);
        return err_set(err, LEDE_EINPUT, "%s: larger than 1 GiB", name);
      }
      char *grown = realloc(buf, cap * 2);
      if (grown == NULL) {
        free(buf);
        return err_set(err, LEDE_ENOMEM, "%s: out of memory", name);
      }
      buf = grown;
      cap *= 2;
    }
    size_t got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
    if (got == 0) break;
  }
  if (ferror(f)) {
    int e = errno;
    free(buf);
    return err_set(err, LEDE_EIO, "%s: %s", name, strerror(e ? e : EIO));
  }
  buf[n] = '\0';
  *out = buf;
  *len = n;
  return LEDE_OK;
}

LedeStatus file_read_all(const char *path, char **out, size_t *len, Err *err) {
  *out = NULL;
  *len = 0;
  if (strcmp(path, "-") == 0) return read_stream(stdin, "(stdin)", 0, out, len, err);
  FILE *f = fopen(path, "rb");
  if (f == NULL) return err_set(err, LEDE_EIO, "%s: %s", path, strerror(errno));
  struct stat st;
  bool has_stat = fstat(fileno(f), &st) == 0;
  if (has_stat && S_ISDIR(st.st_mode)) {
    fclose(f);
    return err_set(err, LEDE_EIO, "%s: is a directory", path);
  }
  size_t size_hint = has_stat && S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size : 0;
  if (size_hint > 0) setvbuf(f, NULL, _IONBF, 0); /* read() straight into the buffer */
  LedeStatus rc = read_stream(f, path, size_hint, out, len, err);
  fclose(f);
  return rc;
}

void pathlist_free(PathList *list) {
  for (size_t i = 0; i < list->len; i++) free(list->items[i]);
  vec_free(list);
}

static bool push_path(PathList *out, const char *path) {
  char *copy = strdup(path);
  if (copy == NULL) return false;
  if (vec_push(out, copy)) return true;
  free(copy);
  return false;
}

static bool has_suffix(const char *name, const WalkFilter *filter) {
  if (filter == NULL || filter->suffixes == NULL) return true;
  size_t n = strlen(name);
  for (const char *const *s = filter->suffixes; *s != NULL; s++) {
    size_t k = strlen(*s);
    if (n >= k && strcasecmp(name + n - k, *s) == 0) return true;
  }
  return false;
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends the matching files below dir, sorted by name at each level. */
static LedeStatus walk_dir(const char *dir, const WalkFilter *filter, PathList *out, Err *err) {
  DIR *d = opendir(dir);
  if (d == NULL) return err_set(err, LEDE_EIO, "%s: %s", dir, strerror(errno));
  PathList names = {0};
  LedeStatus rc = LEDE_OK;
  struct dirent *e;
  while (rc == LEDE_OK && (e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue; /* hidden files, "." and ".." */
    if (!push_path(&names, e->d_name)) rc = err_set(err, LEDE_ENOMEM, "%s: out of memory", dir);
  }
  closedir(d);
  if (names.len > 1) qsort(names.items, names.len, sizeof names.items[0], compare_names);
  for (size_t i = 0; rc == LEDE_OK && i < names.len; i++) {
    size_t n = strlen(dir) + strlen(names.items[i]) + 2;
    char *path = malloc(n);
    if (path == NULL) {
      rc = err_set(err, LEDE_ENOMEM, "%s: out of memory", dir);
      break;
    }
    snprintf(path, n, "%s/%s", dir, names.items[i]);
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) rc = walk_dir(path, filter, out, err);
    else if (has_suffix(names.items[i], filter) && !push_path(out, path))
      rc = err_set(err, LEDE_ENOMEM, "%s: out of memory", dir);
    free(path);
  }
  pathlist_free(&names);
  return rc;
}

/* Adds one existing path: a folder is walked, anything else kept as it is. */
static LedeStatus add_path(const char *path, const WalkFilter *filter, PathList *out, Err *err) {
  struct stat st;
  if (strcmp(path, "-") != 0 && stat(path, &st) != 0)
    return err_set(err, LEDE_EIO, "%s: %s", path, strerror(errno));
  if (strcmp(path, "-") != 0 && S_ISDIR(st.st_mode)) return walk_dir(path, filter, out, err);
  if (!push_path(out, path)) return err_set(err, LEDE_ENOMEM, "%s: out of memory", path);
  return LEDE_OK;
}

LedeStatus paths_expand(const char *arg, const WalkFilter *filter, PathList *out, Err *err) {
  struct stat st;
  if (strcmp(arg, "-") == 0 || stat(arg, &st) == 0 || strpbrk(arg, "*?[") == NULL)
    return add_path(arg, filter, out, err);
  glob_t g;
  int rc = glob(arg, 0, NULL, &g);
  if (rc == GLOB_NOMATCH) return err_set(err, LEDE_EIO, "%s: no file matches", arg);
  if (rc != 0) return err_set(err, LEDE_EIO, "%s: cannot expand the pattern", arg);
  LedeStatus st_rc = LEDE_OK;
  for (size_t i = 0; st_rc == LEDE_OK && i < g.gl_pathc; i++)
    st_rc = add_path(g.gl_pathv[i], filter, out, err);
  globfree(&g);
  return st_rc;
}

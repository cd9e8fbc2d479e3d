/*
** lede.h — the shared vocabulary of the pure-C core: status codes, the error
** record, text spans and growable vectors. Every core module includes it; no
** core module includes Lua or (except store*.c) SQLite.
*/
#ifndef LEDE_H
#define LEDE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>

#define LEDE_VERSION "0.1.0"

/* What a core call returns. Never a string: bindings map it to messages. */
typedef enum {
  LEDE_OK = 0,
  LEDE_ENOMEM, /* an allocation failed */
  LEDE_EINPUT, /* the input is unusable (binary, empty, malformed) */
  LEDE_EIO,    /* the file system said no */
  LEDE_ESQL,   /* the store said no */
  LEDE_EINTR   /* the caller's cancel flag was raised */
} LedeStatus;

/* A failure's message and where it happened. Core functions take an optional
** Err * (NULL is allowed) and fill it when they return something other than
** LEDE_OK. The message is cut at the buffer's size, which is ample for one line. */
typedef struct Err {
  LedeStatus code;
  char msg[512];
} Err;

/* Fills err (if not NULL) and returns code, so callers can write
** `return err_set(err, LEDE_EINPUT, "%s: empty file", path);`. */
LedeStatus err_set(Err *err, LedeStatus code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* The name of a status, e.g. "EINPUT", for logs and tests. */
const char *lede_status_name(LedeStatus code);

/* A borrowed run of bytes; never assumed to be NUL-terminated. */
typedef struct {
  const char *ptr;
  size_t len;
} Span;

#define SPAN_LIT(s) ((Span){(s), sizeof(s) - 1})

/* A half-open range [start, end) of byte offsets into an article's text. */
typedef struct {
  size_t start, end;
} Range;

/* Growable arrays: VEC(T) declares {items, len, cap}; vec_push appends and
** evaluates to false when memory runs out (the vector is left unchanged).
** The room check is inline, and only growing calls vec_reserve_: vectors
** grow per token and per candidate on the parser's hot paths, where a call
** for every append showed in profiles. need is evaluated twice. */
#define VEC(T)      \
  struct {          \
    T *items;       \
    size_t len, cap; \
  }

bool vec_reserve_(void **items, size_t *cap, size_t need, size_t elem_size);

#define vec_reserve(v, need) \
  ((need) <= (v)->cap || vec_reserve_((void **)&(v)->items, &(v)->cap, (need), sizeof(*(v)->items)))
#define vec_push(v, x) \
  (vec_reserve((v), (v)->len + 1) ? ((v)->items[(v)->len++] = (x), true) : false)
#define vec_free(v) (free((v)->items), (v)->items = NULL, (v)->len = (v)->cap = 0)

#endif

/*
** lede.c — the helpers behind lede.h: error records and vector growth.
*/
#include "lede.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

LedeStatus err_set(Err *err, LedeStatus code, const char *fmt, ...) {
  if (err != NULL) {
    va_list ap;
    err->code = code;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
  }
  return code;
}

const char *lede_status_name(LedeStatus code) {
  static const char *const names[] = {"OK", "ENOMEM", "EINPUT", "EIO", "ESQL", "EINTR"};
  if ((size_t)code < sizeof names / sizeof names[0]) return names[code];
  return "E?";
}

/* Grows *items to hold at least need elements, doubling so that n pushes cost
** O(n). Refuses sizes whose byte count would overflow. */
bool vec_reserve_(void **items, size_t *cap, size_t need, size_t elem_size) {
  if (need <= *cap) return true;
  size_t new_cap = *cap ? *cap : 8;
  while (new_cap < need) {
    if (new_cap > SIZE_MAX / 2) return false;
    new_cap *= 2;
  }
  if (new_cap > SIZE_MAX / elem_size) return false;
  void *grown = realloc(*items, new_cap * elem_size);
  if (grown == NULL) return false;
  *items = grown;
  *cap = new_cap;
  return true;
}

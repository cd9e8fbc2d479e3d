/*
** sorted.h — a branch-free binary search over sorted arrays of structs
** keyed by a size_t field (text positions), for the stages that look up
** mentions, quotes and events by position (quote.c).
*/
#ifndef LEDE_SORTED_H
#define LEDE_SORTED_H

#include <stddef.h>
#include <string.h>

/* The number of leading items of items[0, n) whose size_t key, at byte
** offset off in items stride bytes apart and ascending, is below bound
** (the index of the first item whose key is at least bound). The halving
** step is a conditional add, not a branch: the comparisons of a search are
** coin flips the predictor cannot learn, and quote.c's searches for
** mentions, quotes and speak events mispredicted ~100,000 times on
** bbc-news (callgrind --branch-sim) as if-else halvings. */
static inline size_t sorted_count_below(const void *items, size_t n, size_t stride, size_t off,
                                        size_t bound) {
  if (n == 0) return 0;
  const unsigned char *bytes = items;
  size_t base = 0, key;
  while (n > 1) {
    size_t half = n / 2;
    memcpy(&key, bytes + (base + half) * stride + off, sizeof key);
    base += half & -(size_t)(key < bound);
    n -= half;
  }
  memcpy(&key, bytes + base * stride + off, sizeof key);
  return base + (key < bound);
}

#endif

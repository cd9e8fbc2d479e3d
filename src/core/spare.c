/*
** spare.c — the per-thread slots of spare.h. The slots are thread-local, so
** parses on several threads (the ingest's workers) never share one; a
** pthread key whose destructor frees them is set on a thread's first give,
** because thread-local storage is dropped at a thread's exit without a word.
*/
#include "spare.h"

#include <pthread.h>
#include <stdlib.h>

typedef struct {
  void *items;
  size_t cap;
} Spare;

static _Thread_local Spare spares[SPARE_COUNT];
static _Thread_local int has_key; /* pthread_setspecific done on this thread */

static pthread_key_t spare_key;
static pthread_once_t spare_once = PTHREAD_ONCE_INIT;
static int key_made; /* pthread_key_create succeeded */

static void free_all(void *unused) {
  (void)unused;
  spare_release();
}

static void make_key(void) { key_made = pthread_key_create(&spare_key, free_all) == 0; }

void *spare_take(SpareSlot slot, size_t *cap) {
  Spare s = spares[slot];
  spares[slot] = (Spare){NULL, 0};
  *cap = s.cap;
  return s.items;
}

void spare_give(SpareSlot slot, void *items, size_t cap) {
  if (items == NULL) return;
  if (!has_key) { /* once a thread: the destructor needs a non-NULL value */
    pthread_once(&spare_once, make_key);
    has_key = key_made && pthread_setspecific(spare_key, spares) == 0;
  }
  if (!has_key) { /* nothing would free it at the thread's exit */
    free(items);
    return;
  }
  Spare *s = &spares[slot];
  if (s->cap >= cap && s->items != NULL) {
    free(items);
    return;
  }
  free(s->items);
  *s = (Spare){items, cap};
}

void spare_release(void) {
  for (int i = 0; i < SPARE_COUNT; i++) {
    free(spares[i].items);
    spares[i] = (Spare){NULL, 0};
  }
}

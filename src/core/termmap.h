/*
** termmap.h — an interning map from terms (byte strings) to dense ids 0, 1,
** 2, ... for the analysis kernels: ROUGE, alignment, TF-IDF and summaries
** compare term ids, not strings. Open addressing with linear probing; the
** term bytes live in one growing arena owned by the map.
**
** Ownership: the caller owns the TermMap (zero-initialise or termmap_init,
** release with termmap_free). Spans returned by termmap_term borrow from the
** map and stay valid only until the next termmap_intern or termmap_clear.
*/
#ifndef LEDE_TERMMAP_H
#define LEDE_TERMMAP_H

#include <stdint.h>

#include "lede.h"

typedef struct {
  uint64_t hash;
  size_t offset; /* into TermMap.bytes */
  size_t len;
} TermEntry;

typedef struct {
  uint32_t *slots;  /* id + 1 per slot, 0 when empty; slot_cap is a power of 2 */
  size_t slot_cap;
  VEC(TermEntry) terms; /* by id */
  VEC(char) bytes;      /* the terms' bytes, back to back */
} TermMap;

/* Ids are uint32_t: a map refuses to grow past this many terms. */
#define TERMMAP_MAX_TERMS 0xfffffffeu

/* Empties *m without allocating (the same as zero-initialising it). */
void termmap_init(TermMap *m);

/* Sets *id to term's id, adding term (copied) when it is new. Returns LEDE_OK,
** or LEDE_ENOMEM when memory runs out or the map is full (the map is left as
** it was). */
LedeStatus termmap_intern(TermMap *m, Span term, uint32_t *id);

/* Sets *id and returns true when term is in the map; false otherwise. */
bool termmap_find(const TermMap *m, Span term, uint32_t *id);

/* The term with id (id < termmap_count(m)), borrowed from the map. */
Span termmap_term(const TermMap *m, uint32_t id);

static inline size_t termmap_count(const TermMap *m) { return m->terms.len; }

/* Forgets every term but keeps the memory, for reuse. */
void termmap_clear(TermMap *m);

/* Frees everything *m owns and leaves it empty. Idempotent. */
void termmap_free(TermMap *m);

#endif

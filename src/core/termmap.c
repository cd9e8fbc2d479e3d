/*
** termmap.c — the interning hash map of termmap.h. Slots hold id + 1 so a
** zeroed table is empty; each entry keeps its full 64-bit hash, so growing
** re-slots without rehashing bytes and probes compare bytes only when the
** hashes agree. The table doubles at half full.
*/
#include "termmap.h"

#include <string.h>

#include "hash.h"

#define TERMMAP_SEED 0x5bd1e9955bd1e995ULL

void termmap_init(TermMap *m) { memset(m, 0, sizeof *m); }

/* The slot where hash's probe sequence meets term (found) or an empty slot. */
static size_t probe(const TermMap *m, uint64_t hash, Span term, bool *found) {
  size_t mask = m->slot_cap - 1, i = (size_t)hash & mask;
  for (;; i = (i + 1) & mask) {
    uint32_t slot = m->slots[i];
    if (slot == 0) break;
    const TermEntry *e = &m->terms.items[slot - 1];
    if (e->hash == hash && e->len == term.len &&
        (term.len == 0 || memcmp(m->bytes.items + e->offset, term.ptr, term.len) == 0)) {
      *found = true;
      return i;
    }
  }
  *found = false;
  return i;
}

/* Doubles the slot table (or creates it) and re-slots every term. */
static LedeStatus grow(TermMap *m) {
  size_t cap = m->slot_cap ? m->slot_cap * 2 : 64;
  uint32_t *slots = calloc(cap, sizeof *slots);
  if (slots == NULL) return LEDE_ENOMEM;
  for (size_t id = 0; id < m->terms.len; id++) {
    size_t i = (size_t)m->terms.items[id].hash & (cap - 1);
    while (slots[i] != 0) i = (i + 1) & (cap - 1);
    slots[i] = (uint32_t)id + 1;
  }
  free(m->slots);
  m->slots = slots;
  m->slot_cap = cap;
  return LEDE_OK;
}

bool termmap_find(const TermMap *m, Span term, uint32_t *id) {
  if (m->slot_cap == 0) return false;
  bool found;
  size_t i = probe(m, hash_bytes(term.ptr, term.len, TERMMAP_SEED), term, &found);
  if (found) *id = m->slots[i] - 1;
  return found;
}

LedeStatus termmap_intern(TermMap *m, Span term, uint32_t *id) {
  if ((m->terms.len + 1) * 2 > m->slot_cap && grow(m) != LEDE_OK) return LEDE_ENOMEM;
  uint64_t hash = hash_bytes(term.ptr, term.len, TERMMAP_SEED);
  bool found;
  size_t i = probe(m, hash, term, &found);
  if (found) {
    *id = m->slots[i] - 1;
    return LEDE_OK;
  }
  if (m->terms.len >= TERMMAP_MAX_TERMS) return LEDE_ENOMEM;
  if (!vec_reserve(&m->bytes, m->bytes.len + term.len)) return LEDE_ENOMEM;
  TermEntry e = {hash, m->bytes.len, term.len};
  if (!vec_push(&m->terms, e)) return LEDE_ENOMEM;
  if (term.len > 0) memcpy(m->bytes.items + m->bytes.len, term.ptr, term.len);
  m->bytes.len += term.len;
  *id = (uint32_t)(m->terms.len - 1);
  m->slots[i] = *id + 1;
  return LEDE_OK;
}

Span termmap_term(const TermMap *m, uint32_t id) {
  const TermEntry *e = &m->terms.items[id];
  return (Span){m->bytes.items + e->offset, e->len};
}

void termmap_clear(TermMap *m) {
  if (m->slots != NULL) memset(m->slots, 0, m->slot_cap * sizeof *m->slots);
  m->terms.len = 0;
  m->bytes.len = 0;
}

void termmap_free(TermMap *m) {
  free(m->slots);
  vec_free(&m->terms);
  vec_free(&m->bytes);
  m->slots = NULL;
  m->slot_cap = 0;
}

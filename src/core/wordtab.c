/*
** wordtab.c — the shared word index of wordtab.h: filled once from
** wordlists.c (wl_word_entry) and number.c (number_lexicon_word), then only
** read, so parsing threads share it without locks.
**
** Layout, for the cache: a 16 KB array of 16-bit slots (open addressing,
** linear probing) and a dense array of 24-byte entries. A slot holds the
** entry's index + 1 in its low 11 bits (0: empty) and 5 more bits of the
** key's hash as a tag, so a probe that meets another word's slot usually
** moves on without loading that word's entry. Most words of a text are in
** no list, and their lookups then touch only the slot array.
*/
#include "wordtab.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#include "number.h"
#include "wordlists.h"

enum {
  WORDTAB_SLOTS = 8192,   /* a power of two; ~1,650 words keep probes short */
  WORDTAB_INDEX_BITS = 11,
  WORDTAB_MAX = (1 << WORDTAB_INDEX_BITS) - 1, /* entries an index can name */
  WORDTAB_TAG_SHIFT = 64 - (16 - WORDTAB_INDEX_BITS)
};
#define WORDTAB_INDEX_MASK ((1u << WORDTAB_INDEX_BITS) - 1)

static uint16_t slots[WORDTAB_SLOTS];
static WordInfo entries[WORDTAB_MAX];
static size_t n_entries;
static pthread_once_t build_once = PTHREAD_ONCE_INIT;

/* Set (release) once the table is built: wordtab_find reads it (acquire)
** and goes through pthread_once only before then, so the common lookup
** makes no call. */
static atomic_bool is_ready;

/* The first slot to probe for a key with hash h. */
static size_t slot_of(uint64_t h) { return (size_t)(h ^ (h >> 32)) & (WORDTAB_SLOTS - 1); }

/* The tag bits of a slot for a key with hash h. */
static unsigned tag_of(uint64_t h) { return (unsigned)(h >> WORDTAB_TAG_SHIFT) << WORDTAB_INDEX_BITS; }

/* The entry for word[0, n), added (wl 0, lex -1) when new; NULL when the
** word is too long or the table full (test_wordtab.c checks that every
** word of both lists is in it). */
static WordInfo *entry_add(const char *word, size_t n) {
  if (n == 0 || n > WORDTAB_KEY_MAX) return NULL;
  ScanKey k = scan_key(word, n);
  uint64_t h = scan_key_mix(k);
  size_t i = slot_of(h);
  for (; slots[i] != 0; i = (i + 1) & (WORDTAB_SLOTS - 1)) {
    WordInfo *e = &entries[(slots[i] & WORDTAB_INDEX_MASK) - 1];
    if (scan_key_eq(e->key, k)) return e;
  }
  if (n_entries >= WORDTAB_MAX) return NULL;
  entries[n_entries] = (WordInfo){k, 0, -1, (uint8_t)n};
  slots[i] = (uint16_t)(tag_of(h) | ++n_entries);
  return &entries[n_entries - 1];
}

static void build(void) {
  const char *word;
  for (size_t i = 0; (word = number_lexicon_word(i)) != NULL; i++) {
    WordInfo *e = entry_add(word, strlen(word));
    if (e != NULL) e->lex = (int16_t)i;
  }
  size_t len;
  unsigned mask;
  for (size_t i = 0; (word = wl_word_entry(i, &len, &mask)) != NULL; i++) {
    WordInfo *e = entry_add(word, len);
    if (e != NULL) e->wl = mask;
  }
  atomic_store_explicit(&is_ready, true, memory_order_release);
}

/* Builds the table on first use, in any thread. */
static __attribute__((noinline)) void build_once_now(void) { pthread_once(&build_once, build); }

const WordInfo *wordtab_find(ScanKey k) {
  if (!atomic_load_explicit(&is_ready, memory_order_acquire)) build_once_now();
  uint64_t h = scan_key_mix(k);
  unsigned tag = tag_of(h);
  for (size_t i = slot_of(h);; i = (i + 1) & (WORDTAB_SLOTS - 1)) {
    unsigned slot = slots[i];
    if (slot == 0) return NULL;
    if ((slot & ~WORDTAB_INDEX_MASK) != tag) continue;
    const WordInfo *e = &entries[(slot & WORDTAB_INDEX_MASK) - 1];
    if (scan_key_eq(e->key, k)) return e;
  }
}

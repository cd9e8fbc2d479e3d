/*
** wordtab.c — the shared word index of wordtab.h: filled once from
** wordlists.c (wl_word_entry) and number.c (number_lexicon_word), then only
** read, so parsing threads share it without locks.
**
** Layout, for the cache and the branch predictor: a 16 KB array of 16-bit
** slots and a dense array of 24-byte entries. A slot holds an entry's index
** in its low 11 bits (0: empty) and 5 bits of the key's hash as a tag. Each
** word sits in one of two slots its hash picks (cuckoo hashing), so a lookup
** reads both, keeps a slot only when its tag matches (else index 0, the
** "none" entry), and compares at most two keys: no loop and no branch that
** depends on the word. Most words of a text are in no list; their lookups
** then load only slots and the "none" entry.
*/
#include "wordtab.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#include "number.h"
#include "wordlists.h"

enum {
  WORDTAB_SLOTS = 8192, /* a power of two; ~1,650 words fill a fifth */
  WORDTAB_INDEX_BITS = 11,
  WORDTAB_MAX = 1 << WORDTAB_INDEX_BITS, /* entries, "none" (0) included */
  WORDTAB_TAG_SHIFT = 64 - (16 - WORDTAB_INDEX_BITS),
  WORDTAB_KICKS = 64 /* displacements an insertion may make */
};
#define WORDTAB_INDEX_MASK ((1u << WORDTAB_INDEX_BITS) - 1)

static uint16_t slots[WORDTAB_SLOTS];
/* entries[0] is "none": key 0 (no word's key), wl 0, lex -1. */
static WordInfo entries[WORDTAB_MAX] = {{{{0, 0}}, 0, -1, 0}};
static size_t n_entries = 1;
static pthread_once_t build_once = PTHREAD_ONCE_INIT;

/* Set (release) once the table is built: wordtab_find reads it (acquire)
** and goes through pthread_once only before then, so the common lookup
** makes no call. */
static atomic_bool is_ready;

/* The two slots of a key with hash h (disjoint bits of the hash), and the
** tag bits its slot carries. */
static size_t slot1_of(uint64_t h) { return (size_t)(h ^ (h >> 32)) & (WORDTAB_SLOTS - 1); }
static size_t slot2_of(uint64_t h) { return (size_t)(h >> 45) & (WORDTAB_SLOTS - 1); }
static unsigned tag_of(uint64_t h) { return (unsigned)(h >> WORDTAB_TAG_SHIFT) << WORDTAB_INDEX_BITS; }

/* Index of the entry with key k, 0 when there is none. */
static inline __attribute__((always_inline)) size_t find_index(ScanKey k) {
  uint64_t h = scan_key_mix(k);
  unsigned tag = tag_of(h);
  unsigned s1 = slots[slot1_of(h)], s2 = slots[slot2_of(h)];
  size_t i1 = (s1 & ~WORDTAB_INDEX_MASK) == tag ? s1 & WORDTAB_INDEX_MASK : 0;
  size_t i2 = (s2 & ~WORDTAB_INDEX_MASK) == tag ? s2 & WORDTAB_INDEX_MASK : 0;
  i1 = scan_key_eq(entries[i1].key, k) ? i1 : 0;
  i2 = scan_key_eq(entries[i2].key, k) ? i2 : 0;
  return i1 | i2; /* a key sits in one slot only, so one of them is 0 */
}

/* Puts entry i in one of its two slots, moving residents to their other
** slot as needed (cuckoo insertion). False when WORDTAB_KICKS moves do not
** free a slot; the entry then displaced is left out. */
static bool place(size_t i) {
  uint64_t h = scan_key_mix(entries[i].key);
  size_t at = slots[slot1_of(h)] == 0 ? slot1_of(h) : slot2_of(h);
  for (int kick = 0; kick < WORDTAB_KICKS; kick++) {
    unsigned resident = slots[at];
    slots[at] = (uint16_t)(tag_of(h) | i);
    if (resident == 0) return true;
    i = resident & WORDTAB_INDEX_MASK;
    h = scan_key_mix(entries[i].key);
    at = at == slot1_of(h) ? slot2_of(h) : slot1_of(h);
  }
  return false;
}

/* The entry for word[0, n), added (wl 0, lex -1) when new; NULL when the
** word is too long or the table full (test_wordtab.c checks that every
** word of both lists is in it). */
static WordInfo *entry_add(const char *word, size_t n) {
  if (n == 0 || n > WORDTAB_KEY_MAX) return NULL;
  ScanKey k = scan_key(word, n);
  size_t i = find_index(k);
  if (i != 0) return &entries[i];
  if (n_entries >= WORDTAB_MAX) return NULL;
  i = n_entries++;
  entries[i] = (WordInfo){k, 0, -1, (uint8_t)n};
  return place(i) ? &entries[i] : NULL;
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
  return &entries[find_index(k)];
}

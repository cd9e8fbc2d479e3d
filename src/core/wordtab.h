/*
** wordtab.h — the one hash table of the single words the parser stages look
** up: every word of the wordlists.h tables (with its wl_kinds mask) and every
** word of number.c's lexicon (with its index and LEX_* classes there).
** number_lex probes it for each word it lexes, and wl_kinds (entity.c,
** quote.c) probes the same table, so all stages share one small,
** cache-resident index.
*/
#ifndef LEDE_WORDTAB_H
#define LEDE_WORDTAB_H

#include <stdint.h>

#include "scan.h"

/* Words longer than this are not in the table (scan.h keys hold 16 bytes). */
enum { WORDTAB_KEY_MAX = 16 };

/* A known word: 32 bytes, so an index scales with one shift. */
typedef struct {
  ScanKey key;     /* its scan_key: lower case, zero-padded */
  uint64_t flags;  /* its LEX_* classes (number.h); 0: not in the lexicon */
  uint32_t wl;     /* its wl_kinds mask (wordlists.h); 0: in no word table */
  int16_t lex;     /* its index in number.c's lexicon; -1: not in it */
  uint8_t len;     /* its length in bytes */
} WordInfo;

/* The table's layout (see wordtab.c): 16-bit slots, each an entry index in
** its low WORDTAB_INDEX_BITS bits (0: empty) under a tag of hash bits, and
** the dense entries, entries[0] being "none". */
enum {
  WORDTAB_SLOTS = 8192, /* a power of two; ~1,650 words fill a fifth */
  WORDTAB_INDEX_BITS = 11,
  WORDTAB_MAX = 1 << WORDTAB_INDEX_BITS, /* entries, "none" (0) included */
  WORDTAB_TAG_SHIFT = 64 - (16 - WORDTAB_INDEX_BITS)
};
#define WORDTAB_INDEX_MASK ((1u << WORDTAB_INDEX_BITS) - 1)

typedef struct {
  uint16_t slots[WORDTAB_SLOTS];
  WordInfo entries[WORDTAB_MAX];
} WordTab;

/* The table, built on first use (thread-safe); read-only afterwards, so a
** caller with many words to look up (number_lex) asks for it once and then
** probes it with wordtab_lookup, no call per word. */
const WordTab *wordtab_get(void);

/* The two slots of a key with hash h (disjoint bits of the hash), and the
** tag bits its slot carries. */
static inline size_t wordtab_slot1(uint64_t h) { return (size_t)(h ^ (h >> 32)) & (WORDTAB_SLOTS - 1); }
static inline size_t wordtab_slot2(uint64_t h) { return (size_t)(h >> 45) & (WORDTAB_SLOTS - 1); }
static inline unsigned wordtab_tag(uint64_t h) {
  return (unsigned)(h >> WORDTAB_TAG_SHIFT) << WORDTAB_INDEX_BITS;
}

/* Index of the entry of tab with key k, 0 when there is none. Each word sits
** in one of its two slots (cuckoo hashing): both are read, a slot counts only
** when its tag matches, and at most two keys are compared, with no loop and
** no branch that depends on the word. */
static inline size_t wordtab_index(const WordTab *tab, ScanKey k) {
  uint64_t h = scan_key_mix(k);
  unsigned tag = wordtab_tag(h);
  unsigned s1 = tab->slots[wordtab_slot1(h)], s2 = tab->slots[wordtab_slot2(h)];
  size_t i1 = (s1 & ~WORDTAB_INDEX_MASK) == tag ? s1 & WORDTAB_INDEX_MASK : 0;
  size_t i2 = (s2 & ~WORDTAB_INDEX_MASK) == tag ? s2 & WORDTAB_INDEX_MASK : 0;
  i1 = scan_key_eq(tab->entries[i1].key, k) ? i1 : 0;
  i2 = scan_key_eq(tab->entries[i2].key, k) ? i2 : 0;
  return i1 | i2; /* a key sits in one slot only, so one of them is 0 */
}

/* The entry of tab (from wordtab_get) whose key is k (the scan_key of a
** word of 1..WORDTAB_KEY_MAX bytes); never NULL: a word in neither list
** gets the "none" entry (flags 0, wl 0, lex -1, len 0), so callers read its
** fields without a test. The key alone decides: text holds no NUL, so
** callers that may see one also compare len. */
static inline const WordInfo *wordtab_lookup(const WordTab *tab, ScanKey k) {
  return &tab->entries[wordtab_index(tab, k)];
}

/* wordtab_lookup on the table, for a caller with a word or two. */
const WordInfo *wordtab_find(ScanKey k);

#endif

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

/* The table's layout (see wordtab.c): a 16-bit displacement per bucket of
** hashes, 16-bit slots each holding an entry index (0: empty), and the dense
** entries, entries[0] being "none". */
enum {
  WORDTAB_BUCKET_BITS = 10, /* ~1,650 words: 1.6 a bucket */
  WORDTAB_SLOT_BITS = 12,   /* 4,096 slots, two fifths full */
  WORDTAB_BUCKETS = 1 << WORDTAB_BUCKET_BITS,
  WORDTAB_SLOTS = 1 << WORDTAB_SLOT_BITS,
  WORDTAB_MAX = 2048 /* entries, "none" (0) included */
};

typedef struct {
  uint16_t disp[WORDTAB_BUCKETS];
  uint16_t slots[WORDTAB_SLOTS];
  WordInfo entries[WORDTAB_MAX];
} WordTab;

/* The table, built on first use (thread-safe); read-only afterwards, so a
** caller with many words to look up (number_lex) asks for it once and then
** probes it with wordtab_lookup, no call per word. */
const WordTab *wordtab_get(void);

/* The hash of key k: one multiplication, whose high bits depend on every
** bit of the key. Two keys may share it; the build then fails to place
** them (test_wordtab.c would show it) rather than mixing them up. */
static inline uint64_t wordtab_hash(ScanKey k) {
  uint64_t w1 = k.w[1] << 29 | k.w[1] >> 35;
  return (k.w[0] ^ w1) * 0x9E3779B97F4A7C15ull;
}

/* The bucket of a key with hash h, and its slot once the bucket's
** displacement d is known: the hash's top bits pick the bucket, and d,
** xor-ed into the hash before a second multiplication, moves the bucket's
** words together to free slots. */
static inline size_t wordtab_bucket(uint64_t h) { return (size_t)(h >> (64 - WORDTAB_BUCKET_BITS)); }
static inline size_t wordtab_slot(uint64_t h, unsigned d) {
  return (size_t)(((h ^ d) * 0xC2B2AE3D27D4EB4Full) >> (64 - WORDTAB_SLOT_BITS));
}

/* Index of the entry of tab with key k, 0 when there is none. The build
** gave every word its own slot (hash and displace), so one slot is read
** and one key compared, with no loop and no branch that depends on the
** word; a word in no list lands on an empty slot (entry 0, whose key is no
** word's) or on another word's entry, and the compare sends it to 0. */
static inline size_t wordtab_index(const WordTab *tab, ScanKey k) {
  uint64_t h = wordtab_hash(k);
  size_t i = tab->slots[wordtab_slot(h, tab->disp[wordtab_bucket(h)])];
  return scan_key_eq(tab->entries[i].key, k) ? i : 0;
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

/*
** wordtab.c — the shared word index of wordtab.h: filled once from
** wordlists.c (wl_word_entry) and number.c (number_lexicon_word and its
** classes), then only read, so parsing threads share it without locks.
**
** Layout, for the cache and the branch predictor: 2 KB of 16-bit bucket
** displacements, 8 KB of 16-bit slots and a dense array of 32-byte entries.
** The build is "hash and displace": the words are grouped in buckets by the
** top bits of their hash, and each bucket, largest first, gets the first
** displacement that sends all its words to free slots. A lookup
** (wordtab_index, inline in wordtab.h) then reads one displacement and one
** slot and compares one key. Most words of a text are in no list; their
** lookups load an empty slot's "none" entry or one other word's.
*/
#include "wordtab.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#include "number.h"
#include "wordlists.h"

enum { WORDTAB_BUCKET_MAX = 32 /* words one bucket may hold */ };

static WordTab tab;
static size_t n_entries = 1; /* entries[0] is "none": key 0 (no word's key), lex -1 */
static pthread_once_t build_once = PTHREAD_ONCE_INIT;

/* Set (release) once the table is built: wordtab_get reads it (acquire)
** and goes through pthread_once only before then, so the common call
** makes no other call. */
static atomic_bool is_ready;

/* While building: the entries by hash, with linear probing (entry
** indices, 0: empty), so that a word in both lists gets one entry. */
static uint16_t by_hash[WORDTAB_SLOTS];

/* The entry for word[0, n), added (flags 0, wl 0, lex -1) when new; NULL
** when the word is too long or the table full (test_wordtab.c checks that
** every word of both lists is in it). */
static WordInfo *entry_add(const char *word, size_t n) {
  if (n == 0 || n > WORDTAB_KEY_MAX) return NULL;
  ScanKey k = scan_key(word, n);
  size_t at = (size_t)wordtab_hash(k) & (WORDTAB_SLOTS - 1);
  for (; by_hash[at] != 0; at = (at + 1) & (WORDTAB_SLOTS - 1))
    if (scan_key_eq(tab.entries[by_hash[at]].key, k)) return &tab.entries[by_hash[at]];
  if (n_entries >= WORDTAB_MAX) return NULL;
  size_t i = n_entries++;
  by_hash[at] = (uint16_t)i;
  tab.entries[i] = (WordInfo){k, 0, 0, -1, (uint8_t)n};
  return &tab.entries[i];
}

/* Gives the n words of one bucket (entry indices) the first displacement
** that sends each to a free slot of its own, and fills those slots. False
** when no 16-bit displacement does (the words then stay out). */
static bool place_bucket(size_t b, const uint16_t *words, size_t n) {
  size_t at[WORDTAB_BUCKET_MAX];
  for (unsigned d = 0; d <= UINT16_MAX; d++) {
    size_t j = 0;
    for (; j < n; j++) {
      at[j] = wordtab_slot(wordtab_hash(tab.entries[words[j]].key), d);
      bool taken = tab.slots[at[j]] != 0;
      for (size_t m = 0; m < j && !taken; m++) taken = at[m] == at[j];
      if (taken) break;
    }
    if (j < n) continue;
    tab.disp[b] = (uint16_t)d;
    for (j = 0; j < n; j++) tab.slots[at[j]] = words[j];
    return true;
  }
  return false;
}

/* Places every entry: buckets with the most words first, while most slots
** are free. */
static void place_all(void) {
  static uint16_t members[WORDTAB_BUCKETS][WORDTAB_BUCKET_MAX];
  static uint8_t size[WORDTAB_BUCKETS];
  for (size_t i = 1; i < n_entries; i++) {
    size_t b = wordtab_bucket(wordtab_hash(tab.entries[i].key));
    if (size[b] < WORDTAB_BUCKET_MAX) members[b][size[b]++] = (uint16_t)i;
  }
  for (size_t want = WORDTAB_BUCKET_MAX; want > 0; want--)
    for (size_t b = 0; b < WORDTAB_BUCKETS; b++)
      if (size[b] == want) place_bucket(b, members[b], want);
}

static void build(void) {
  tab.entries[0].lex = -1;
  const char *word;
  for (size_t i = 0; (word = number_lexicon_word(i)) != NULL; i++) {
    WordInfo *e = entry_add(word, strlen(word));
    if (e == NULL) continue;
    e->lex = (int16_t)i;
    e->flags = number_lexicon_flags(i);
  }
  size_t len;
  unsigned mask;
  for (size_t i = 0; (word = wl_word_entry(i, &len, &mask)) != NULL; i++) {
    WordInfo *e = entry_add(word, len);
    if (e != NULL) e->wl = mask;
  }
  place_all();
  atomic_store_explicit(&is_ready, true, memory_order_release);
}

/* Builds the table on first use, in any thread. */
static __attribute__((noinline)) void build_once_now(void) { pthread_once(&build_once, build); }

const WordTab *wordtab_get(void) {
  if (!atomic_load_explicit(&is_ready, memory_order_acquire)) build_once_now();
  return &tab;
}

const WordInfo *wordtab_find(ScanKey k) { return wordtab_lookup(wordtab_get(), k); }

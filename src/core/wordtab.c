/*
** wordtab.c — the shared word index of wordtab.h: filled once from
** wordlists.c (wl_word_entry) and number.c (number_lexicon_word and its
** classes), then only read, so parsing threads share it without locks.
**
** Layout, for the cache and the branch predictor: a 16 KB array of 16-bit
** slots and a dense array of 32-byte entries. A slot holds an entry's index
** in its low 11 bits (0: empty) and 5 bits of the key's hash as a tag. Each
** word sits in one of two slots its hash picks (cuckoo hashing), so a lookup
** (wordtab_index, inline in wordtab.h) reads both, keeps a slot only when
** its tag matches (else index 0, the "none" entry), and compares at most two
** keys. Most words of a text are in no list; their lookups then load only
** slots and the "none" entry.
*/
#include "wordtab.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#include "number.h"
#include "wordlists.h"

enum { WORDTAB_KICKS = 64 /* displacements an insertion may make */ };

static WordTab tab;
static size_t n_entries = 1; /* entries[0] is "none": key 0 (no word's key), lex -1 */
static pthread_once_t build_once = PTHREAD_ONCE_INIT;

/* Set (release) once the table is built: wordtab_get reads it (acquire)
** and goes through pthread_once only before then, so the common call
** makes no other call. */
static atomic_bool is_ready;

/* Puts entry i in one of its two slots, moving residents to their other
** slot as needed (cuckoo insertion). False when WORDTAB_KICKS moves do not
** free a slot; the entry then displaced is left out. */
static bool place(size_t i) {
  uint64_t h = scan_key_mix(tab.entries[i].key);
  size_t at = tab.slots[wordtab_slot1(h)] == 0 ? wordtab_slot1(h) : wordtab_slot2(h);
  for (int kick = 0; kick < WORDTAB_KICKS; kick++) {
    unsigned resident = tab.slots[at];
    tab.slots[at] = (uint16_t)(wordtab_tag(h) | i);
    if (resident == 0) return true;
    i = resident & WORDTAB_INDEX_MASK;
    h = scan_key_mix(tab.entries[i].key);
    at = at == wordtab_slot1(h) ? wordtab_slot2(h) : wordtab_slot1(h);
  }
  return false;
}

/* The entry for word[0, n), added (flags 0, wl 0, lex -1) when new; NULL
** when the word is too long or the table full (test_wordtab.c checks that
** every word of both lists is in it). */
static WordInfo *entry_add(const char *word, size_t n) {
  if (n == 0 || n > WORDTAB_KEY_MAX) return NULL;
  ScanKey k = scan_key(word, n);
  size_t i = wordtab_index(&tab, k);
  if (i != 0) return &tab.entries[i];
  if (n_entries >= WORDTAB_MAX) return NULL;
  i = n_entries++;
  tab.entries[i] = (WordInfo){k, 0, 0, -1, (uint8_t)n};
  return place(i) ? &tab.entries[i] : NULL;
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
  atomic_store_explicit(&is_ready, true, memory_order_release);
}

/* Builds the table on first use, in any thread. */
static __attribute__((noinline)) void build_once_now(void) { pthread_once(&build_once, build); }

const WordTab *wordtab_get(void) {
  if (!atomic_load_explicit(&is_ready, memory_order_acquire)) build_once_now();
  return &tab;
}

const WordInfo *wordtab_find(ScanKey k) { return wordtab_lookup(wordtab_get(), k); }

/*
** counts.h — word forms and n-gram counts for the corpus statistics
** (corpus:freq, ngrams, collocations, keyness, similar). Pure C, no Lua: a
** Lexer turns text into term ids (surface form, lower case or Snowball
** stem) with markers where n-grams and windows must stop, and an
** NgramTable counts n-grams per group (document, source, or target and
** reference) in bounded memory; a WordCounter is one of each. Its users
** are the analysis bindings (src/bind/lstats.c, lsimilar.c), the TF-IDF
** stream (tfidf.h), keyness (keyness.h) and collocations (colloc.h).
**
** Ownership: the caller owns all three objects (lexer_init, ngram_init or
** word_counter_init; free with lexer_free, ngram_free or
** word_counter_free). Nothing is kept between calls besides the term map
** and the counts.
*/
#ifndef LEDE_COUNTS_H
#define LEDE_COUNTS_H

#include <stdint.h>
#include <string.h>

#include "stem.h"
#include "termmap.h"
#include "terms.h"

/* Grows the per-term vector *v to n entries (at least), the new ones zero;
** evaluates to false when memory runs out. */
#define VEC_GROW_ZERO(v, n)                                                            \
  ((n) <= (v)->len ? true                                                              \
   : vec_reserve((v), (n))                                                             \
       ? (memset((v)->items + (v)->len, 0, ((n) - (v)->len) * sizeof *(v)->items),     \
          (v)->len = (n), true)                                                        \
       : false)

/* ---- the lexer ------------------------------------------------------------ */

typedef enum { FORM_WORD, FORM_LOWER, FORM_STEM } WordForm;

/* Markers in a term-id sequence, never term ids (a TermMap stops below). */
#define TERM_SENTENCE 0xffffffffu /* a line break or . ! ?: windows and n-grams stop */
#define TERM_PUNCT 0xfffffffeu    /* other punctuation or a symbol: n-grams stop */
#define TERM_STOP 0xfffffffdu     /* a dropped stop word: a position that counts for nothing */

static inline bool term_is_marker(uint32_t id) { return id >= TERM_STOP; }

/* A direct-mapped cache from a word as written (up to LEX_CACHE_WORD bytes)
** to its term id: frequent words skip lower-casing, stemming and the term
** map. LEX_CACHE_SIZE entries of 32 bytes, allocated on first use. */
#define LEX_CACHE_SIZE 65536
#define LEX_CACHE_WORD 19

typedef struct {
  uint64_t hash;
  uint32_t id;
  uint8_t len; /* 0: empty */
  char bytes[LEX_CACHE_WORD];
} LexCacheEntry;

#define LEX_KEEP_MAX 32

typedef struct {
  WordForm form;
  bool drop_stopwords;
  char keep[LEX_KEEP_MAX]; /* a stop word never dropped (lower case; lexer_keep) */
  size_t keep_len;
  Stemmer *stemmer; /* FORM_STEM only */
  LexCacheEntry *cache;
  TermMap map;      /* the forms seen, by id */
  TokenVec toks;    /* scratch */
  VEC(char) buf;    /* scratch for one form */
} Lexer;

/* Prepares lx for form; a stemmer is created for FORM_STEM. LEDE_OK or
** LEDE_ENOMEM. */
LedeStatus lexer_init(Lexer *lx, WordForm form, bool drop_stopwords);

/* Frees everything lx owns. Idempotent. */
void lexer_free(Lexer *lx);

/* Replaces *out with the terms of text: one id per word or number (its
** form interned in lx->map), TERM_STOP for a dropped stop word, and one
** TERM_SENTENCE or TERM_PUNCT where punctuation or a line break falls
** (never two markers in a row). LEDE_OK or LEDE_ENOMEM. Linear time. */
LedeStatus lexer_terms(Lexer *lx, Span text, TermIdVec *out);

/* Interns the form of one word (e.g. a collocation's node) as lexer_terms
** would; *id gets TERM_STOP for a stop word that is dropped. */
LedeStatus lexer_word(Lexer *lx, Span word, uint32_t *id);

/* Exempts word, in any case, from dropping (a collocation's node may be a
** stop word and must be counted however it is written). Call before the
** first lexer_terms. LEDE_EINPUT when the word is too long to be a stop
** word (nothing to exempt), else LEDE_OK or LEDE_ENOMEM. */
LedeStatus lexer_keep(Lexer *lx, Span word);

/* Writes the n-gram ids[0..n) (term ids of lx) as text into out, unless
** out is NULL: the forms joined by single spaces, except that a clitic (a
** form starting with ' or with U+2019 and more after it, e.g. "'s") attaches
** to the word before it. Returns the text's length in bytes, so a first
** call with out NULL sizes the buffer. */
size_t lexer_ngram_text(const Lexer *lx, const uint32_t *ids, size_t n, char *out);

typedef VEC(bool) FlagVec;

/* Replaces *flags with one flag per term id of lx: whether the term,
** lower-cased, is a stop word (for counts kept with their stop words and
** filtered when asked). LEDE_OK or LEDE_ENOMEM. */
LedeStatus lexer_stop_flags(const Lexer *lx, FlagVec *flags);

/* ---- n-gram counts ---------------------------------------------------------- */

#define NGRAM_MAX 5

typedef struct {
  uint32_t count, docs, last_doc;
} NgramStat;

typedef struct {
  uint64_t hash;
  size_t start; /* of the n-gram's first id */
} NgramPending;

typedef struct {
  size_t n;                  /* words per n-gram, 1..NGRAM_MAX */
  size_t max_entries;        /* the table prunes rare entries when it holds this many */
  VEC(uint32_t) keys;        /* entry e: keys[e * (n + 1)] = group, then n term ids */
  VEC(NgramStat) stats;      /* by entry */
  uint64_t *slots;           /* hash << 32 | (entry + 1), 0 when empty; slot_cap a power of 2 */
  size_t slot_cap;
  VEC(uint64_t) totals;      /* words (stop words too) counted per group */
  uint32_t doc_serial;       /* the document being added */
  uint64_t error_bound;      /* counts may be low by at most this (0: exact) */
  VEC(NgramPending) pending; /* scratch: the n-grams of one document */
} NgramTable;

/* Prepares t for n-grams of n words (1..NGRAM_MAX) and at most max_entries
** entries (0: 1 << 22). */
void ngram_init(NgramTable *t, size_t n, size_t max_entries);

void ngram_free(NgramTable *t);

/* Forgets every count but keeps the memory. */
void ngram_clear(NgramTable *t);

/* Counts the n-grams of ids[0..len) (lexer_terms output) for group, as one
** new document: an n-gram never spans a marker. When the table is full,
** the entries with the lowest counts are dropped (at least half of them)
** and error_bound grows by the highest count dropped. LEDE_OK or
** LEDE_ENOMEM. */
LedeStatus ngram_add(NgramTable *t, uint32_t group, const uint32_t *ids, size_t len);

/* The entry of (group, ids[0..n)), or SIZE_MAX when it was never counted. */
size_t ngram_find(const NgramTable *t, uint32_t group, const uint32_t *ids);

static inline const uint32_t *ngram_key(const NgramTable *t, size_t e) {
  return t->keys.items + e * (t->n + 1);
}

/* Whether the n-gram of entry e holds a term id t with flags[t] set; false
** when flags is NULL. */
bool ngram_holds_flagged(const NgramTable *t, size_t e, const bool *flags);

static inline uint64_t ngram_total(const NgramTable *t, uint32_t group) {
  return group < t->totals.len ? t->totals.items[group] : 0;
}

typedef VEC(size_t) EntryVec;

/* Replaces *out with the entries counted at least min_count times, by
** group ascending, count descending (ties in the order first seen), at most
** limit per group (0: no limit). When is_skipped is not NULL, an n-gram
** holding a term id t with is_skipped[t] set is left out. LEDE_OK or
** LEDE_ENOMEM. */
LedeStatus ngram_top(const NgramTable *t, size_t limit, uint32_t min_count, const bool *is_skipped,
                     EntryVec *out);

/* ---- a counter: a lexer and its counts ----------------------------------- */

typedef struct {
  Lexer lx;
  NgramTable tab;
  TermIdVec ids; /* scratch: the terms of one document */
} WordCounter;

/* Prepares cn to count n-grams of n words in form (lexer_init, ngram_init:
** n 1..NGRAM_MAX, max_entries 0 for the default). LEDE_OK or LEDE_ENOMEM;
** either way word_counter_free may follow. */
LedeStatus word_counter_init(WordCounter *cn, size_t n, WordForm form, bool drop_stopwords,
                             size_t max_entries);

/* Counts the n-grams of text into group as one document (lexer_terms, then
** ngram_add). LEDE_OK or LEDE_ENOMEM. */
LedeStatus word_counter_add(WordCounter *cn, uint32_t group, Span text);

/* Frees everything cn owns. Idempotent. */
void word_counter_free(WordCounter *cn);

#endif

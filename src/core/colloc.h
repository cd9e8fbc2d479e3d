/*
** colloc.h — collocations for corpus:collocations: the words found within
** a window around a node word, counted sentence by sentence over a stream
** of texts, then scored by an association measure of assoc.h on the
** surface co-occurrence table (Evert 2008; see assoc_window_counts).
** Windows never cross a sentence end or a line break. Memory grows with the
** vocabulary, never with the texts.
**
** Ownership: the caller owns the Colloc (zero-initialise, colloc_init,
** colloc_free) and the CollocResult (zero-initialise,
** colloc_result_free).
*/
#ifndef LEDE_COLLOC_H
#define LEDE_COLLOC_H

#include "assoc.h"
#include "counts.h"

typedef struct {
  Lexer lx;
  uint32_t node;       /* the node's term id */
  size_t left, right;  /* window sizes in words */
  VEC(uint32_t) near;  /* by term id: positions inside a window of the node */
  VEC(uint64_t) freq;  /* by term id: frequency in the texts */
  uint64_t n_tokens;   /* words in the texts (dropped stop words too) */
  uint64_t span;       /* positions inside a window of the node */
  uint64_t n_node;     /* occurrences of the node */
  TermIdVec ids, unit; /* scratch */
} Colloc;

/* Prepares c for the node word in form, with windows of left and right
** words (0..100 each, not both 0; the caller checks). drop_stopwords drops
** stop words from the collocates (they still take a position), but the
** node itself may be one. LEDE_OK, LEDE_ENOMEM, or LEDE_EINPUT when node is
** not exactly one word. */
LedeStatus colloc_init(Colloc *c, Span node, WordForm form, bool drop_stopwords, size_t left, size_t right);

/* Frees everything c owns. Idempotent. */
void colloc_free(Colloc *c);

/* Counts the windows of text, sentence by sentence, and its words'
** frequencies. LEDE_OK or LEDE_ENOMEM. */
LedeStatus colloc_add(Colloc *c, Span text);

typedef struct {
  uint32_t id;      /* the collocate's term id in c->lx */
  double score;     /* by the measure asked for */
  double freq;      /* f(y): the collocate's frequency */
  AssocTable t;     /* its 2x2 table: O11 = times within a window of the node */
  double e11;       /* the expected O11 */
} CollocRow;

typedef struct {
  double n;              /* N: the tokens f(y) is counted over */
  VEC(CollocRow) rows;   /* best first */
} CollocResult;

/* Fills *out with every collocate (the node excluded) found within a window
** at least min_freq times (and at least once), scored by m, best first
** (ties by lower term id), at most limit (0: no limit). f(y) and N are the
** Colloc's own counts, or, when corpus is not NULL, those of group 0 of a
** counter of single words in the same form over a larger corpus (for a
** Colloc fed only the texts holding the node); words meet by their text.
** A collocate whose counts make no table (assoc_table_from_marginals) is
** left out. LEDE_OK, LEDE_ENOMEM, or LEDE_EINPUT for a counter of longer
** n-grams. */
LedeStatus colloc_rank(const Colloc *c, AssocMeasure m, uint64_t min_freq, size_t limit,
                       const WordCounter *corpus, CollocResult *out);

/* Frees everything r owns. Idempotent. */
void colloc_result_free(CollocResult *r);

#endif

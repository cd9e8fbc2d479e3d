/*
** keyness.h — key words for corpus:keyness: the n-grams of a target that
** are over-used (or, asked for, under-used) against a reference, ranked by
** the signed log-likelihood of assoc_keyness (assoc.h, where the formulas
** are). The counts come from WordCounters (counts.h): a group of one
** counter is the target, a group of the same or another counter the
** reference; n-grams of two counters meet by their text.
**
** Ownership: the caller owns the KeynessResult (zero-initialise, free with
** keyness_result_free); its rows point into the counters, which must
** outlive it unchanged.
*/
#ifndef LEDE_KEYNESS_H
#define LEDE_KEYNESS_H

#include "assoc.h"
#include "counts.h"

typedef struct {
  const WordCounter *target, *ref; /* may be one counter; n-grams of one length */
  uint32_t target_group, ref_group;
  bool ref_is_total;   /* the reference counts include the target's (the whole corpus) */
  bool skip_stopwords; /* leave out the n-grams holding a stop word */
  bool negative;       /* rank under-use in the target instead */
  uint32_t min_freq;   /* a + b at least */
  size_t limit;        /* rows at most; 0: no limit */
} KeynessQuery;

typedef struct {
  const WordCounter *counter; /* the counter of the n-gram: the target's, or the reference's */
  size_t entry;               /* the n-gram's entry in counter->tab */
  bool from_ref;              /* a reference n-gram the target lacks (a = 0) */
  uint32_t a, b;              /* its counts in the target and in the reference */
  Keyness k;                  /* the scores, with ll signed (negative: under-used) */
} KeynessRow;

typedef struct {
  double c, d;           /* tokens of the target and of the reference */
  VEC(KeynessRow) rows;  /* ranked */
  FlagVec target_stop, ref_stop; /* scratch: stop-word flags by term id */
} KeynessResult;

/* Fills *out for q. c and d are the groups' token totals (with
** ref_is_total, d excludes the target: d = total - c, and b = count - a).
** Rows: every target n-gram with a + b >= min_freq and a positive LL
** (over-used), highest LL first; with negative, the n-grams with a negative
** LL, the reference's n-grams the target lacks included, lowest LL first.
** Ties keep target n-grams before reference ones, then entry order. At most
** limit rows; none when c or d is 0. LEDE_OK, LEDE_ENOMEM, or LEDE_EINPUT
** for counters of two n-gram lengths. */
LedeStatus keyness_rank(const KeynessQuery *q, KeynessResult *out);

/* The n-gram of row r: r->counter->tab.n term ids of r->counter->lx. */
static inline const uint32_t *keyness_row_ngram(const KeynessRow *r) {
  return ngram_key(&r->counter->tab, r->entry) + 1;
}

/* Frees everything r owns. Idempotent. */
void keyness_result_free(KeynessResult *r);

#endif

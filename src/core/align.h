/*
** align.h — text-reuse alignment for corpus:compare: the passages two
** documents share verbatim or nearly, as ranges of term indices (terms.h),
** and what each document has alone. Shared word n-grams (4-grams by
** default, found through a hash table of the first text's n-grams) seed
** passages; each seed is extended both ways over exact matches and small
** gaps (a changed, added or dropped word or three), then overlapping
** passages are merged. diff.h shows the word-level differences inside one.
**
** Ownership: the caller owns the output vectors and frees them with
** vec_free. Nothing is kept between calls.
*/
#ifndef LEDE_ALIGN_H
#define LEDE_ALIGN_H

#include <stdint.h>

#include "article.h"

/* One shared passage: a[a_start, a_end) ~ b[b_start, b_end), half-open
** term indices. matched counts the term pairs matched exactly inside it;
** similarity = 2 * matched / ((a_end - a_start) + (b_end - b_start)), 1 for
** a verbatim copy. */
typedef struct {
  size_t a_start, a_end, b_start, b_end;
  size_t matched;
  double similarity;
} AlignPassage;

typedef VEC(AlignPassage) AlignPassageVec;

typedef struct {
  size_t seed_len;      /* terms per seed n-gram (>= 1) */
  size_t max_gap;       /* most terms skipped on either side to get back in step (0: exact only) */
  size_t resync_len;    /* exact matches (>= 1) needed after a gap to accept it */
  size_t min_len;       /* shortest passage kept, in terms, on the shorter side */
  size_t max_seed_hits; /* seeds taken per n-gram of b (bounds repetitive texts) */
} AlignOptions;

/* The defaults: seed_len 4, max_gap 3, resync_len 2, min_len 6,
** max_seed_hits 16. */
AlignOptions align_default_options(void);

/* Replaces *out with the passages a[0..na) and b[0..nb) share, sorted by
** a_start then b_start. Passages that overlap on both sides are merged;
** two may still overlap on one side when one text repeats what the other
** says once (a quote in the lead and again in the body).
** opts may be NULL for the defaults. Returns LEDE_OK, LEDE_EINPUT for
** options out of range or a text of 2^32 terms or more, LEDE_ENOMEM (err
** filled, *out emptied on failure). Time about O(na + nb) for texts
** without heavy internal repetition (each b position tries at most
** max_seed_hits seeds, and seeds inside a passage are skipped); memory
** O(na) besides the output. */
LedeStatus align_passages(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                          const AlignOptions *opts, AlignPassageVec *out, Err *err);

/* Which side of the passages align_uncovered looks at. */
typedef enum { ALIGN_SIDE_A, ALIGN_SIDE_B } AlignSide;

/* Replaces *out with the ranges of [0, len) that no passage covers on side:
** what that text has alone. Returns LEDE_OK or LEDE_ENOMEM. */
LedeStatus align_uncovered(const AlignPassage *passages, size_t n_passages, AlignSide side,
                           size_t len, RangeVec *out);

#endif

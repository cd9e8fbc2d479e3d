/*
** diff.h — a word-level diff of two term-id sequences (terms.h), for
** corpus:quote_variants ("owe the world more than an explanation about why"
** against "... over why") and for showing how two aligned passages differ.
** Myers' O(ND) algorithm (1986): a shortest edit script, as runs of equal,
** deleted, inserted and replaced terms.
**
** Ownership: the caller owns the output vector and frees it with vec_free.
*/
#ifndef LEDE_DIFF_H
#define LEDE_DIFF_H

#include <stdint.h>

#include "lede.h"

typedef enum {
  DIFF_EQUAL,   /* a[a_start, a_end) == b[b_start, b_end) */
  DIFF_DELETE,  /* a[a_start, a_end) is only in a (b range empty) */
  DIFF_INSERT,  /* b[b_start, b_end) is only in b (a range empty) */
  DIFF_REPLACE  /* a[a_start, a_end) became b[b_start, b_end) */
} DiffKind;

/* "equal", "delete", "insert", "replace", in DiffKind order. */
extern const char *const diff_kind_names[4];

/* One run of the script; ranges are half-open term indices. Runs come in
** order and tile both sequences: each starts where the previous ended. */
typedef struct {
  DiffKind kind;
  size_t a_start, a_end, b_start, b_end;
} DiffRun;

typedef VEC(DiffRun) DiffRunVec;

/* Above this many single-term edits the search stops: the common prefix and
** suffix are kept, and everything between them becomes one REPLACE run.
** This bounds memory (about 4 * DIFF_MAX_EDITS^2 bytes) and time. */
#define DIFF_MAX_EDITS 2048

/* Replaces *out with the edit script turning a[0..na) into b[0..nb):
** minimal (fewest deleted plus inserted terms) up to DIFF_MAX_EDITS edits,
** with each maximal block of changes between two equal runs reported as
** one DELETE, INSERT or REPLACE run. Returns LEDE_OK or LEDE_ENOMEM (err
** filled, *out emptied). Time O((na + nb) * D), D the number of edits. */
LedeStatus diff_terms(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                      DiffRunVec *out, Err *err);

#endif

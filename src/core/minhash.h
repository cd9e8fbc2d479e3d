/*
** minhash.h — near-duplicate detection for corpus:duplicates: MinHash
** signatures of a document's word shingles, LSH banding to find candidate
** pairs without comparing all pairs, and duplicate groups (union-find over
** candidate pairs whose estimated Jaccard similarity passes a threshold).
**
** Signatures use one-permutation hashing with optimal densification
** (Li, Owen & Zhang 2012; Shrivastava 2017): each shingle is hashed once
** (64 bits); the top 7 bits pick one of MINHASH_SIZE = 128 bins and the next
** 32 bits are the value the bin keeps the minimum of; an empty bin copies
** the bin a fixed pseudo-random probe sequence (the same for every
** document) first lands on among the non-empty ones. The probability that
** two signatures agree in a bin is the Jaccard similarity of the shingle
** sets, as for 128 independent MinHash functions, at the cost of one hash
** per shingle instead of 128. Values are 32 bits: two different minima
** collide with probability 2^-32, and a signature is 512 bytes.
**
** Shingles: the text is split into words (maximal runs of letters and
** digits, ASCII lower-cased), and each run of shingle_len consecutive words
** is one shingle; a text with fewer words is one shingle of all of them.
**
** Ownership: signatures are plain values the caller stores; every function
** is pure and thread-safe (compute signatures on several threads at once).
** Output vectors belong to the caller (vec_free / minhash_groups_free).
*/
#ifndef LEDE_MINHASH_H
#define LEDE_MINHASH_H

#include <stdint.h>

#include "lede.h"

#define MINHASH_SIZE 128
#define MINHASH_EMPTY UINT32_MAX /* every bin of a text without words */
#define MINHASH_SHINGLE_LEN 5    /* the default shingle length, in words */

typedef struct {
  uint32_t v[MINHASH_SIZE];
} MinHash;

#define MINHASH_MAX_SHINGLE_LEN 16

/* Computes the signature of text with shingles of shingle_len words (0 is
** taken as MINHASH_SHINGLE_LEN, more than MINHASH_MAX_SHINGLE_LEN as that
** maximum) into *out and returns the number of
** shingles (0 for a text without words: every bin is MINHASH_EMPTY). No
** allocation; linear time. */
size_t minhash_text(Span text, size_t shingle_len, MinHash *out);

static inline bool minhash_is_empty(const MinHash *m) { return m->v[0] == MINHASH_EMPTY; }

/* The estimated Jaccard similarity: the fraction of bins where a and b
** agree; 0 when either is empty. */
double minhash_jaccard(const MinHash *a, const MinHash *b);

/* The exact Jaccard similarity of the shingle sets of a and b (the same
** shingles as minhash_text), into *out; 0 when either has none. Allocates
** two arrays of 64-bit shingle hashes. LEDE_OK or LEDE_ENOMEM. */
LedeStatus minhash_exact_jaccard(Span a, Span b, size_t shingle_len, double *out);

/* LSH banding: bands * rows <= MINHASH_SIZE bins; two signatures become
** candidates when all rows of some band agree, which happens with
** probability 1 - (1 - s^rows)^bands at Jaccard s. */
typedef struct {
  size_t bands, rows;
} MinHashBands;

/* The banding that minimises the sum of the false-positive area (below
** threshold) and the false-negative area (above it) of that S-curve, as
** datasketch does; threshold in (0, 1]. */
MinHashBands minhash_bands_for(double threshold);

typedef struct {
  size_t a, b; /* document indices, a < b */
  double jaccard; /* estimated from the signatures */
} MinHashPair;

typedef VEC(MinHashPair) MinHashPairVec;

/* Candidate pairs of sigs[0..n) under banding bb, each pair once, sorted by
** (a, b); empty signatures take no part. Within one bucket of one band a
** document is paired with at most max_per_bucket of the documents that
** entered the bucket before it (0: no limit; beware of many exact copies,
** which make buckets quadratic). Returns LEDE_OK, LEDE_EINPUT for a banding
** that does not fit MINHASH_SIZE or n >= 2^32, LEDE_ENOMEM. Time O(n *
** bands * max_per_bucket) plus sorting the pairs; memory O(n). */
LedeStatus minhash_candidates(const MinHash *sigs, size_t n, MinHashBands bb,
                              size_t max_per_bucket, MinHashPairVec *out, Err *err);

/* Groups of near-duplicates: members[starts[g] .. starts[g + 1]) are the
** documents of group g, ascending; groups are ordered by first member, and
** only groups of two or more are listed. */
typedef struct {
  VEC(size_t) members;
  VEC(size_t) starts; /* n_groups + 1 entries when there is a group, else 0 */
} MinHashGroups;

static inline size_t minhash_group_count(const MinHashGroups *g) {
  return g->starts.len > 0 ? g->starts.len - 1 : 0;
}

/* Finds the near-duplicate groups of sigs[0..n) at Jaccard >= threshold:
** banding from minhash_bands_for(0.85 * threshold), so that pairs just
** above the threshold are rarely missed by every band; within each bucket each
** document is checked against the 8 documents that entered it last (so n
** exact copies cost O(n), not O(n^2)); a pair whose estimated Jaccard
** reaches the threshold joins their groups (union-find, so groups are
** transitive). Replaces *out. LEDE_OK, LEDE_EINPUT (threshold outside
** (0, 1], n >= 2^32), LEDE_ENOMEM. Time O(n * bands), memory O(n). */
LedeStatus minhash_duplicates(const MinHash *sigs, size_t n, double threshold,
                              MinHashGroups *out, Err *err);

void minhash_groups_free(MinHashGroups *g);

#endif

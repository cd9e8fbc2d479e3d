/*
** tfidf.h — sparse TF-IDF vectors over term-id documents (terms.h), cosine
** similarity, and the k most similar documents of one document, for
** corpus:similar and for the sentence graph of summaries (summarize.h).
**
** Weights, for term t in document d of a collection of N documents, t
** occurring tf times in d and in df documents:
**   tf weight   TFIDF_TF_LOG (default): 1 + ln(tf); TFIDF_TF_RAW: tf
**   idf         ln((1 + N) / (1 + df)) + 1   (smoothed, never 0; as scikit-learn)
**   vector      w(t, d) = tf weight * idf, then scaled to unit length (L2),
** so the cosine of two documents is the dot product of their vectors.
**
** Use: tfidf_add_doc for every document, tfidf_finish once, then query.
** Memory: about 16 bytes per distinct term per document (the vectors and
** an inverted index), so this is for collections held in memory (a
** cluster, a search result, up to some 10^5 articles), not a whole 1 GB
** corpus at once.
**
** Ownership: the caller owns the TfidfIndex (zero-initialise, free with
** tfidf_free) and output vectors (vec_free).
*/
#ifndef LEDE_TFIDF_H
#define LEDE_TFIDF_H

#include <stdint.h>

#include "lede.h"

typedef enum { TFIDF_TF_LOG, TFIDF_TF_RAW } TfidfTf;

typedef struct {
  uint32_t id;  /* term id, or document index in a posting */
  float weight;
} TfidfEntry;

typedef VEC(TfidfEntry) TfidfEntryVec;

typedef struct {
  TfidfTf tf;
  bool is_finished;
  size_t n_docs;
  VEC(uint32_t) df;          /* by term id */
  TfidfEntryVec entries;     /* every document's vector, sorted by term id */
  VEC(size_t) starts;        /* document d: entries[starts[d], starts[d + 1]) */
  TfidfEntryVec postings;    /* by term: (document, weight), after tfidf_finish */
  VEC(size_t) post_starts;   /* term t: postings[post_starts[t], post_starts[t + 1]) */
  VEC(uint32_t) scratch;
} TfidfIndex;

/* Adds a document given as term ids; ids may repeat and come in any order;
** an empty document is allowed (its vector is empty). Returns the new
** document's index through *doc (may be NULL). LEDE_OK, LEDE_ENOMEM, or
** LEDE_EINPUT after tfidf_finish or at 2^32 documents. */
LedeStatus tfidf_add_doc(TfidfIndex *ix, const uint32_t *terms, size_t n, size_t *doc);

/* Weighs every vector (see above) with tf and builds the inverted index.
** LEDE_OK or LEDE_ENOMEM. Call once, after the last tfidf_add_doc. */
LedeStatus tfidf_finish(TfidfIndex *ix, TfidfTf tf);

/* Document d's vector (unit length after tfidf_finish; raw counts before),
** borrowed from ix. */
static inline TfidfEntryVec tfidf_vector(const TfidfIndex *ix, size_t d) {
  TfidfEntryVec v = {ix->entries.items + ix->starts.items[d], 0, 0};
  v.len = v.cap = ix->starts.items[d + 1] - ix->starts.items[d];
  return v;
}

/* The cosine similarity of documents a and b (0 when either is empty). */
double tfidf_cosine(const TfidfIndex *ix, size_t a, size_t b);

typedef struct {
  size_t doc;
  double score; /* cosine similarity */
} TfidfHit;

typedef VEC(TfidfHit) TfidfHitVec;

/* Replaces *out with the k documents most similar to doc (doc itself
** excluded; only documents sharing a term, i.e. score > 0), best first,
** ties by lower index. Uses the inverted index: time proportional to the
** postings of doc's terms, plus O(N) for a score array. LEDE_OK,
** LEDE_ENOMEM, LEDE_EINPUT before tfidf_finish or for a doc out of range. */
LedeStatus tfidf_top_k(const TfidfIndex *ix, size_t doc, size_t k, TfidfHitVec *out, Err *err);

/* Frees everything ix owns and leaves it empty. Idempotent. */
void tfidf_free(TfidfIndex *ix);

#endif

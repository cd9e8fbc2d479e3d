/*
** tfidf.h — sparse TF-IDF vectors over term-id documents (terms.h), cosine
** similarity, and the k most similar documents of one document, for
** corpus:similar and for the sentence graph of summaries (summarize.h);
** and a TfidfStream, which scores texts against one query text with
** document frequencies learned from a stream of texts (corpus:similar over
** a whole corpus, whose texts are never held in memory).
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

#include "counts.h"
#include "lede.h"

typedef enum { TFIDF_TF_LOG, TFIDF_TF_RAW } TfidfTf;

/* The weight above before unit-length scaling: a term counted count times
** in a document, found in df of n_docs documents. The one place the
** formula is written, for the index and the stream alike. */
double tfidf_weight(TfidfTf tf, double count, double n_docs, double df);

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

/* ---- a stream: weights from one pass, scores in the next ---------------- */

/* Texts are read as lower-cased tokenizer words without stop words (a
** counts.h Lexer); weights use TFIDF_TF_LOG. Use: document frequencies from
** tfidf_stream_add_df on every text (or tfidf_stream_df_from once), then
** tfidf_stream_query, then tfidf_stream_score on each text to rank. Memory
** grows with the vocabulary, never with the texts. Zero-initialise, then
** tfidf_stream_init; free with tfidf_stream_free. */
typedef struct {
  Lexer lx;
  VEC(uint32_t) df;      /* by term id */
  uint64_t n_docs;
  VEC(float) query;      /* by term id: the query's unit-length weights */
  TfidfEntryVec top;     /* the query's terms, heaviest first (tfidf_stream_query) */
  VEC(uint32_t) tf;      /* scratch, by term id: the counts of one text */
  TermIdVec ids, touched; /* scratch: one text's terms, its distinct ones */
} TfidfStream;

/* LEDE_OK or LEDE_ENOMEM. */
LedeStatus tfidf_stream_init(TfidfStream *s);

/* Frees everything s owns. Idempotent. */
void tfidf_stream_free(TfidfStream *s);

/* Counts text as one more document for the document frequencies. LEDE_OK
** or LEDE_ENOMEM. */
LedeStatus tfidf_stream_add_df(TfidfStream *s, Span text);

/* Takes the document frequencies of a fresh stream (no documents yet) from
** a counter of single lower-case words given each document once: a word's
** document count is its df, and the counter's documents are N. Only group
** 0 is read; stop words are skipped. LEDE_OK, LEDE_ENOMEM, or LEDE_EINPUT
** for another kind of counter or a stream that has documents. */
LedeStatus tfidf_stream_df_from(TfidfStream *s, const WordCounter *cn);

/* Makes text the query the next scores compare with; s->top then holds its
** k heaviest terms (all when k exceeds them), by weight descending, ties by
** lower term id. LEDE_OK or LEDE_ENOMEM (the query is then undefined). */
LedeStatus tfidf_stream_query(TfidfStream *s, Span text, size_t k);

/* *cosine gets the cosine of text's vector with the query's (0 when either
** has no weighted term). LEDE_OK or LEDE_ENOMEM. */
LedeStatus tfidf_stream_score(TfidfStream *s, Span text, double *cosine);

/* The word with term id (from s->top), borrowed from s. */
static inline Span tfidf_stream_term(const TfidfStream *s, uint32_t id) {
  return termmap_term(&s->lx.map, id);
}

#endif

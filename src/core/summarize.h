/*
** summarize.h — extractive multi-document summaries for corpus:summarize:
** pick k sentences (or a word budget) from the sentences of several
** articles. Centrality is continuous LexRank (Erkan & Radev 2004): a graph
** of sentences joined by their TF-IDF cosine (idf over the sentences,
** stop words dropped, optional Snowball stemming; edges below a threshold
** dropped), scored by PageRank-style power iteration. Selection is MMR
** (Carbonell & Goldstein 1998): repeatedly take the sentence maximising
** lambda * centrality - (1 - lambda) * (highest cosine to a sentence
** already taken), skipping any sentence whose cosine to one taken reaches
** max_similarity, so a point made by five outlets is told once.
**
** Ownership: the caller owns the sentences (spans are only read during the
** call) and the output vector (vec_free). Nothing is kept between calls.
*/
#ifndef LEDE_SUMMARIZE_H
#define LEDE_SUMMARIZE_H

#include "lede.h"

/* One candidate sentence. Sentences of one document come in their order in
** that document; documents may be interleaved. */
typedef struct {
  Span text;
  size_t doc; /* any id shared by the sentences of one document */
} SumSentence;

typedef enum {
  SUM_LEAD,    /* baseline: sentences by position, round-robin over documents
               ** (every first sentence, then every second, ...) */
  SUM_LEXRANK, /* by centrality alone, best first */
  SUM_MMR      /* centrality with redundancy control (the default) */
} SumMethod;

typedef struct {
  SumMethod method;
  size_t max_sentences; /* stop after this many (0: no limit) */
  size_t max_words;     /* stop before the summary exceeds this many words (0: no limit) */
  size_t min_words;     /* never pick a sentence with fewer words (headlines, captions) */
  double lambda;        /* MMR: weight of centrality against redundancy, in [0, 1] */
  double max_similarity;/* MMR: never take a sentence this close (cosine) to one taken */
  double edge_threshold;/* LexRank: cosines below this are no edge */
  double damping;       /* LexRank: probability of following an edge, in [0, 1) */
  bool stem;            /* compare Snowball stems instead of lower-cased words */
} SumOptions;

/* The defaults: SUM_MMR, 5 sentences, no word limit, min_words 6,
** lambda 0.6, max_similarity 0.6, edge_threshold 0.1, damping 0.85,
** stemming on. */
SumOptions summarize_default_options(void);

/* Fills scores[0..n) with each sentence's LexRank centrality (they sum to
** 1; a sentence with no words scores the teleport share only). LEDE_OK,
** LEDE_ENOMEM. Time: the sentence graph is built through an inverted index,
** O(sum of shared-term postings), quadratic in n in the worst case, so it is
** meant for a cluster of articles (up to a few thousand sentences). */
LedeStatus summarize_centrality(const SumSentence *sents, size_t n, const SumOptions *opts,
                                double *scores, Err *err);

/* Replaces *out with the indices (into sents) of the chosen sentences in
** reading order: by position within their document (leads first), then by
** the order their documents first appear. opts may be NULL for the
** defaults; at least one of max_sentences, max_words must be set. LEDE_OK,
** LEDE_EINPUT for options out of range, LEDE_ENOMEM. */
typedef VEC(size_t) SumIndexVec;
LedeStatus summarize(const SumSentence *sents, size_t n, const SumOptions *opts, SumIndexVec *out,
                     Err *err);

/* As summarize, but *out lists the sentences in the order they were picked
** (best first), for callers that cut the summary to a length themselves. */
LedeStatus summarize_select(const SumSentence *sents, size_t n, const SumOptions *opts,
                            SumIndexVec *out, Err *err);

#endif

/*
** rouge.h — ROUGE scores of a candidate summary against reference summaries
** (Lin 2004), as ROUGE-1.5.5 defines them, for lede.rouge and the summary
** benchmark. Texts are split into terms as rouge-score (Google's Python
** reimplementation of ROUGE-1.5.5) does: lower-cased maximal runs of
** letters and digits (so "U.S." is "u s"), with Porter stemming of words
** longer than 3 bytes when asked (ROUGE-1.5.5's -m). For ASCII text the
** terms are the same; other letters are kept (lower-cased) where those
** tools drop them.
**
**   ROUGE-N (N = 1, 2): hits = sum over n-grams g of min(count_cand(g),
**     count_ref(g)); R = hits / #ref n-grams, P = hits / #cand n-grams.
**     N-grams run across line breaks, as in ROUGE-1.5.5.
**   ROUGE-L: LCS = longest common subsequence of the two whole term
**     sequences; R = LCS / #ref terms, P = LCS / #cand terms (rouge-score's
**     "rougeL").
**   ROUGE-Lsum: summary-level LCS with each line a sentence (ROUGE-1.5.5's
**     ROUGE-L, rouge-score's "rougeLsum"): for each reference sentence, the
**     union of its LCS positions with every candidate sentence; each union
**     term counts as a hit while both texts still have an unused copy of it.
**   F = 2PR / (P + R), i.e. beta = 1 (ROUGE-1.5.5's alpha = 0.5); 0 when
**     P + R = 0.
**
** Several references: ROUGE_MULTI_AVERAGE (the default) pools the counts as
** ROUGE-1.5.5's "-f A" does: R = sum hits / sum #ref, P = sum hits /
** (#cand * number of references). ROUGE_MULTI_MAX scores each reference
** alone and keeps the one with the best F, per measure (rouge-score's
** score_multi).
**
** Ownership: a Rouge object holds scratch memory and a stemmer; the caller
** creates and frees it, and uses it from one thread at a time.
*/
#ifndef LEDE_ROUGE_H
#define LEDE_ROUGE_H

#include "lede.h"

typedef struct {
  double precision, recall, f;
} RougePRF;

typedef struct {
  RougePRF rouge1, rouge2, rouge_l, rouge_lsum;
} RougeScores;

typedef enum { ROUGE_MULTI_AVERAGE, ROUGE_MULTI_MAX } RougeMulti;

/* Zero-initialise for the defaults: no stemming, pooled average. */
typedef struct {
  bool stem;        /* Porter-stem words longer than 3 bytes (ROUGE-1.5.5 -m) */
  RougeMulti multi;
} RougeOptions;

typedef struct Rouge Rouge;

/* ROUGE-Lsum refuses a pair of lines whose term counts multiply past this
** (its LCS table would not fit in 32 MB), unless both texts are one line
** (then ROUGE-Lsum equals ROUGE-L); the other scores have no limit. */
#define ROUGE_LSUM_MAX_CELLS ((size_t)1 << 24)

/* Creates a scorer (opts may be NULL for defaults). NULL when memory runs
** out. Free with rouge_free. */
Rouge *rouge_new(const RougeOptions *opts);

/* Frees rg (NULL is allowed). */
void rouge_free(Rouge *rg);

/* Scores candidate against refs[0..n_refs) into *out. An empty text (no
** terms) scores 0 everywhere. Returns LEDE_OK; LEDE_EINPUT when n_refs is 0
** or a line pair is too long for ROUGE-Lsum (see above; err says which);
** LEDE_ENOMEM. On failure *out is zeroed. Time: O(n) for ROUGE-N after
** sorting, O(mn / 64) for ROUGE-L, O(mn) for ROUGE-Lsum; memory O(m + n). */
LedeStatus rouge_score(Rouge *rg, Span candidate, const Span *refs, size_t n_refs,
                       RougeScores *out, Err *err);

#endif

/*
** assoc.h — association and keyness statistics over frequency counts, for
** corpus:collocations and corpus:keyness. Pure arithmetic: the caller counts
** (in the store or over term sequences) and this module scores. Every
** formula is written out below; docs/api.md copies them.
**
** Notation (Evert 2005, "The Statistics of Word Cooccurrences"). A pair
** (x, y) — a node word and a collocate — is described by a 2x2 table:
**
**                 y        not y
**     x          O11        O12       R1 = O11 + O12 = f(x)
**     not x      O21        O22       R2 = O21 + O22
**                C1 = f(y)  C2        N  = R1 + R2 = C1 + C2
**
** with O11 = f(x,y), O12 = f(x) - f(x,y), O21 = f(y) - f(x,y),
** O22 = N - f(x) - f(y) + f(x,y), and expected counts Eij = Ri * Cj / N.
**
**   G2   (log-likelihood, Dunning 1993)  = 2 * sum_ij Oij * ln(Oij / Eij),
**        with 0 * ln 0 = 0; >= 0; ~ chi-square with 1 df (3.84: p < .05,
**        6.63: p < .01, 10.83: p < .001).
**   PMI  (pointwise mutual information, Church & Hanks 1990)
**        = log2(O11 / E11); -inf when O11 = 0.
**   t    (t-score, Church et al. 1991) = (O11 - E11) / sqrt(O11);
**        -inf when O11 = 0.
**   Dice (Smadja et al. 1996) = 2 * O11 / (R1 + C1), in [0, 1].
**
** Keyness compares a word's frequency a in a target corpus of c tokens with
** its frequency b in a reference corpus of d tokens (Rayson & Garside 2000,
** the UCREL log-likelihood calculator):
**
**   E1 = c * (a + b) / (c + d),   E2 = d * (a + b) / (c + d)
**   LL = 2 * (a * ln(a / E1) + b * ln(b / E2))   (0 * ln 0 = 0),
**        signed here: negative when a / c < b / d (under-use in the target).
**   Log Ratio (Hardie 2014) = log2((a / c) / (b / d)), where a frequency of
**        0 is replaced by 0.5 so the ratio stays finite; 1 means twice as
**        frequent, -1 half as frequent.
**   %DIFF (Gabrielatos & Marchi 2012) = 100 * (a/c - b/d) / (b/d);
**        +inf when b = 0 < a, 0 when a = b = 0.
**
** All functions are pure, take counts as doubles (exact up to 2^53) and
** never allocate.
*/
#ifndef LEDE_ASSOC_H
#define LEDE_ASSOC_H

#include <stdint.h>

#include "lede.h"

/* The four observed cells of a 2x2 contingency table. */
typedef struct {
  double o11, o12, o21, o22;
} AssocTable;

/* Fills *t from f(x,y), f(x), f(y) and N. Returns LEDE_EINPUT (and leaves *t
** zeroed) when the counts cannot come from one corpus: a negative count,
** f(x,y) > f(x) or f(y), or f(x) + f(y) - f(x,y) > N. */
LedeStatus assoc_table_from_marginals(double f_xy, double f_x, double f_y, double n,
                                      AssocTable *t);

/* The expected count E11 = R1 * C1 / N (0 when N is 0). */
double assoc_expected11(AssocTable t);

/* The measures above. An empty table (N = 0) scores 0 on G2 and Dice. */
double assoc_g2(AssocTable t);
double assoc_pmi(AssocTable t);
double assoc_t_score(AssocTable t);
double assoc_dice(AssocTable t);

/* G2 with the sign of the association: negative when O11 < E11 (the two
** words avoid each other), so one sort puts attraction first. */
double assoc_g2_signed(AssocTable t);

/* A measure chosen by the caller (e.g. from a Lua option via
** assoc_measure_names and luaL_checkoption). */
typedef enum { ASSOC_G2, ASSOC_PMI, ASSOC_T, ASSOC_DICE, ASSOC_MEASURE_COUNT } AssocMeasure;

/* "llr", "pmi", "t", "dice": the option names, in AssocMeasure order, with a
** NULL after the last (the shape luaL_checkoption takes). */
extern const char *const assoc_measure_names[ASSOC_MEASURE_COUNT + 1];

/* Scores t with measure m (assoc_g2 for ASSOC_G2, and so on). */
double assoc_score(AssocMeasure m, AssocTable t);

/* One word's keyness: a in a target corpus of c tokens against b in a
** reference corpus of d tokens. */
typedef struct {
  double ll;        /* signed log-likelihood (negative: under-used in target) */
  double log_ratio; /* Hardie's Log Ratio, binary log of the relative frequencies */
  double pct_diff;  /* %DIFF; +inf when b = 0 < a */
  double e_target, e_ref; /* the expected frequencies E1, E2 */
} Keyness;

/* Computes the keyness of a word; see the formulas above. Returns
** LEDE_EINPUT (and a zeroed *out) for a negative count, a > c, b > d, or an
** empty corpus (c = 0 or d = 0). */
LedeStatus assoc_keyness(double a, double c, double b, double d, Keyness *out);

/* ---- window co-occurrence counts (for collocations) --------------------- */

/* Counts the collocates of node in terms[0..n) (one sentence or document:
** windows never cross the ends of the array, so pass units the windows must
** not cross). The span is the union of the windows [i - left, i + right]
** around every occurrence i of node, without the node's own occurrences; a
** position inside two windows counts once. For each position j of the span,
** counts[terms[j]] is incremented (counts must have an entry for every id
** in terms, and is not cleared first, so several units can accumulate).
** Returns the span's size; *n_node (if not NULL) gets the node's
** occurrences. Linear time.
**
** With these counts summed over a corpus of N tokens, a collocate y with
** corpus frequency f(y) gets the surface co-occurrence table (Evert 2008):
**   assoc_table_from_marginals(counts[y], span_size, f(y), N). */
size_t assoc_window_counts(const uint32_t *terms, size_t n, uint32_t node, size_t left,
                           size_t right, uint32_t *counts, size_t *n_node);

#endif

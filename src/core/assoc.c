/*
** assoc.c — the arithmetic behind assoc.h: contingency tables, G2, PMI,
** t-score, Dice and keyness (signed log-likelihood, Log Ratio, %DIFF). The
** formulas are documented in the header; this file only guards the edge
** cases (zero cells, empty tables) that the formulas leave undefined.
*/
#include "assoc.h"

#include <math.h>
#include <string.h>

const char *const assoc_measure_names[ASSOC_MEASURE_COUNT + 1] = {"llr", "pmi", "t", "dice", NULL};

LedeStatus assoc_table_from_marginals(double f_xy, double f_x, double f_y, double n,
                                      AssocTable *t) {
  memset(t, 0, sizeof *t);
  if (!(f_xy >= 0 && f_x >= f_xy && f_y >= f_xy && n >= f_x + f_y - f_xy)) return LEDE_EINPUT;
  t->o11 = f_xy;
  t->o12 = f_x - f_xy;
  t->o21 = f_y - f_xy;
  t->o22 = n - f_x - f_y + f_xy;
  return LEDE_OK;
}

static double table_n(AssocTable t) { return t.o11 + t.o12 + t.o21 + t.o22; }

double assoc_expected11(AssocTable t) {
  double n = table_n(t);
  return n > 0 ? (t.o11 + t.o12) * (t.o11 + t.o21) / n : 0;
}

/* o * ln(o / e), with the limit 0 for o = 0. */
static double xlogx_over(double o, double e) { return o > 0 ? o * log(o / e) : 0; }

double assoc_g2(AssocTable t) {
  double n = table_n(t);
  if (n <= 0) return 0;
  double r1 = t.o11 + t.o12, r2 = t.o21 + t.o22;
  double c1 = t.o11 + t.o21, c2 = t.o12 + t.o22;
  double sum = xlogx_over(t.o11, r1 * c1 / n) + xlogx_over(t.o12, r1 * c2 / n) +
               xlogx_over(t.o21, r2 * c1 / n) + xlogx_over(t.o22, r2 * c2 / n);
  return sum > 0 ? 2 * sum : 0; /* rounding can leave a tiny negative */
}

double assoc_g2_signed(AssocTable t) {
  double g2 = assoc_g2(t);
  return t.o11 < assoc_expected11(t) ? -g2 : g2;
}

double assoc_pmi(AssocTable t) {
  double e11 = assoc_expected11(t);
  if (t.o11 <= 0 || e11 <= 0) return -INFINITY;
  return log2(t.o11 / e11);
}

double assoc_t_score(AssocTable t) {
  if (t.o11 <= 0) return -INFINITY;
  return (t.o11 - assoc_expected11(t)) / sqrt(t.o11);
}

double assoc_dice(AssocTable t) {
  double denom = (t.o11 + t.o12) + (t.o11 + t.o21);
  return denom > 0 ? 2 * t.o11 / denom : 0;
}

double assoc_score(AssocMeasure m, AssocTable t) {
  static double (*const fns[ASSOC_MEASURE_COUNT])(AssocTable) = {
      [ASSOC_G2] = assoc_g2, [ASSOC_PMI] = assoc_pmi,
      [ASSOC_T] = assoc_t_score, [ASSOC_DICE] = assoc_dice};
  return (unsigned)m < ASSOC_MEASURE_COUNT ? fns[m](t) : NAN;
}

LedeStatus assoc_keyness(double a, double c, double b, double d, Keyness *out) {
  memset(out, 0, sizeof *out);
  if (!(a >= 0 && b >= 0 && c > 0 && d > 0 && a <= c && b <= d)) return LEDE_EINPUT;
  out->e_target = c * (a + b) / (c + d);
  out->e_ref = d * (a + b) / (c + d);
  double ll = 2 * (xlogx_over(a, out->e_target) + xlogx_over(b, out->e_ref));
  if (ll < 0) ll = 0;
  double rel_a = a / c, rel_b = b / d;
  out->ll = rel_a < rel_b ? -ll : ll;
  out->log_ratio = log2(((a > 0 ? a : 0.5) / c) / ((b > 0 ? b : 0.5) / d));
  if (b > 0) out->pct_diff = 100 * (rel_a - rel_b) / rel_b;
  else out->pct_diff = a > 0 ? INFINITY : 0;
  return LEDE_OK;
}

size_t assoc_window_counts(const uint32_t *terms, size_t n, uint32_t node, size_t left,
                           size_t right, uint32_t *counts, size_t *n_node) {
  size_t span = 0, nodes = 0, covered = 0; /* positions below covered are counted */
  for (size_t i = 0; i < n; i++) {
    if (terms[i] != node) continue;
    nodes++;
    size_t from = i > left ? i - left : 0, to = n - i - 1 > right ? i + right + 1 : n;
    if (from < covered) from = covered;
    for (size_t j = from; j < to; j++) {
      if (terms[j] == node) continue;
      counts[terms[j]]++;
      span++;
    }
    if (to > covered) covered = to;
  }
  if (n_node != NULL) *n_node = nodes;
  return span;
}

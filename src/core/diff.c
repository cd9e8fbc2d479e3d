/*
** diff.c — Myers' greedy shortest-edit-script search (diff.h). The forward
** pass keeps each round's furthest-reaching x per diagonal (round d has
** 2d + 1 of them); the backward pass walks those rounds from the end to
** the start and emits equal/delete/insert steps, which build_runs groups
** into runs. Common prefix and suffix are stripped first, so near-equal
** texts cost almost nothing.
*/
#include "diff.h"

#include <string.h>

const char *const diff_kind_names[4] = {"equal", "delete", "insert", "replace"};

/* One elementary step of the backward walk. */
typedef enum { STEP_EQUAL, STEP_DELETE, STEP_INSERT } Step;
typedef VEC(unsigned char) StepVec;
typedef VEC(int) IntVec;

/* The forward search over a[0..n), b[0..m). trace gets round d's V (x per
** diagonal k = -d..d, stored at trace[d*d + d + k]) for d = 0..*d_out. Sets
** *d_out to the edit distance, or to -1 when it exceeds max_d. Returns
** LEDE_OK or LEDE_ENOMEM. */
static LedeStatus myers_forward(const uint32_t *a, int n, const uint32_t *b, int m, int max_d,
                                IntVec *trace, int *d_out) {
  *d_out = -1;
  for (int d = 0; d <= max_d; d++) {
    size_t base = (size_t)d * (size_t)d;
    if (!vec_reserve(trace, base + 2 * (size_t)d + 1)) return LEDE_ENOMEM;
    int *prev = trace->items + (d > 0 ? (size_t)(d - 1) * (size_t)(d - 1) : 0);
    int *cur = trace->items + base;
    for (int k = -d; k <= d; k += 2) {
      int x;
      /* prev[j + d - 1] is round d-1's V[j] */
      if (d == 0) x = 0;
      else if (k == -d || (k != d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1])) x = prev[k + 1 + d - 1];
      else x = prev[k - 1 + d - 1] + 1;
      int y = x - k;
      while (x < n && y < m && a[x] == b[y]) x++, y++;
      cur[k + d] = x;
      if (x >= n && y >= m) {
        trace->len = base + 2 * (size_t)d + 1;
        *d_out = d;
        return LEDE_OK;
      }
    }
    trace->len = base + 2 * (size_t)d + 1;
  }
  return LEDE_OK;
}

/* Walks the trace back from (n, m), appending steps in reverse order. */
static LedeStatus myers_backward(const int *trace, int n, int m, int d_total, StepVec *steps) {
  int x = n, y = m;
  for (int d = d_total; d > 0; d--) {
    const int *prev = trace + (size_t)(d - 1) * (size_t)(d - 1); /* V[j] at prev[j + d - 1] */
    int k = x - y;
    bool down = k == -d || (k != d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1]);
    int prev_k = down ? k + 1 : k - 1;
    int prev_x = prev[prev_k + d - 1], prev_y = prev_x - prev_k;
    int start_x = down ? prev_x : prev_x + 1; /* where the snake of round d began */
    for (; x > start_x; x--, y--)
      if (!vec_push(steps, STEP_EQUAL)) return LEDE_ENOMEM;
    if (!vec_push(steps, down ? STEP_INSERT : STEP_DELETE)) return LEDE_ENOMEM;
    x = prev_x;
    y = prev_y;
  }
  for (; x > 0; x--)
    if (!vec_push(steps, STEP_EQUAL)) return LEDE_ENOMEM;
  return LEDE_OK;
}

/* Appends a run of kind over the given ranges, unless both are empty. */
static bool push_run(DiffRunVec *out, DiffKind kind, size_t a0, size_t a1, size_t b0, size_t b1) {
  if (a0 == a1 && b0 == b1) return true;
  if (kind != DIFF_EQUAL) kind = a0 == a1 ? DIFF_INSERT : b0 == b1 ? DIFF_DELETE : DIFF_REPLACE;
  DiffRun run = {kind, a0, a1, b0, b1};
  return vec_push(out, run);
}

/* Turns steps (in reverse order, starting at offsets a0, b0) into runs:
** each maximal block of equal steps is one EQUAL run, each block of
** changes between them one DELETE/INSERT/REPLACE run. */
static bool build_runs(const StepVec *steps, size_t a0, size_t b0, DiffRunVec *out) {
  size_t x = a0, y = b0;
  size_t i = steps->len;
  while (i > 0) {
    size_t run_x = x, run_y = y;
    bool is_equal = steps->items[i - 1] == STEP_EQUAL;
    for (; i > 0 && (steps->items[i - 1] == STEP_EQUAL) == is_equal; i--) {
      Step s = steps->items[i - 1];
      if (s != STEP_INSERT) x++;
      if (s != STEP_DELETE) y++;
    }
    if (!push_run(out, is_equal ? DIFF_EQUAL : DIFF_REPLACE, run_x, x, run_y, y)) return false;
  }
  return true;
}

LedeStatus diff_terms(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                      DiffRunVec *out, Err *err) {
  out->len = 0;
  size_t pre = 0, suf = 0;
  while (pre < na && pre < nb && a[pre] == b[pre]) pre++;
  while (suf < na - pre && suf < nb - pre && a[na - 1 - suf] == b[nb - 1 - suf]) suf++;
  size_t n = na - pre - suf, m = nb - pre - suf;
  IntVec trace = {0};
  StepVec steps = {0};
  int d = -1;
  LedeStatus rc = LEDE_OK;
  bool ok = push_run(out, DIFF_EQUAL, 0, pre, 0, pre);
  if (ok && n > 0 && m > 0 && n < (size_t)INT32_MAX / 2 && m < (size_t)INT32_MAX / 2)
    rc = myers_forward(a + pre, (int)n, b + pre, (int)m, DIFF_MAX_EDITS, &trace, &d);
  if (ok && rc == LEDE_OK && d >= 0) rc = myers_backward(trace.items, (int)n, (int)m, d, &steps);
  if (ok && rc == LEDE_OK) {
    if (d >= 0) ok = build_runs(&steps, pre, pre, out);
    else ok = push_run(out, DIFF_REPLACE, pre, pre + n, pre, pre + m); /* one side empty or too far */
  }
  ok = ok && rc == LEDE_OK && push_run(out, DIFF_EQUAL, na - suf, na, nb - suf, nb);
  vec_free(&trace);
  vec_free(&steps);
  if (!ok) {
    out->len = 0;
    return err_set(err, LEDE_ENOMEM, "diff: out of memory");
  }
  return LEDE_OK;
}

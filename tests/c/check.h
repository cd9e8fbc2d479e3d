/*
** check.h — the whole C test harness: CHECK-style assertions that print
** file:line and keep going, and a failure count that becomes the exit status.
** Include it once per test executable (it defines the counters).
*/
#ifndef LEDE_CHECK_H
#define LEDE_CHECK_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int check_failures = 0;
static int check_count = 0;

#define CHECK(cond)                                                        \
  do {                                                                     \
    check_count++;                                                         \
    if (!(cond)) {                                                         \
      check_failures++;                                                    \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                      \
  } while (0)

#define CHECK_INT_EQ(a, b)                                                       \
  do {                                                                           \
    long long check_a_ = (long long)(a), check_b_ = (long long)(b);              \
    check_count++;                                                               \
    if (check_a_ != check_b_) {                                                  \
      check_failures++;                                                          \
      fprintf(stderr, "%s:%d: %s == %s failed: %lld != %lld\n", __FILE__, __LINE__, \
              #a, #b, check_a_, check_b_);                                       \
    }                                                                            \
  } while (0)

/* CHECK that |got - want| <= tol, printing both on failure. */
#define CHECK_NEAR(got, want, tol)                                                 \
  do {                                                                             \
    double check_g_ = (got), check_w_ = (want);                                    \
    check_count++;                                                                 \
    if (!(fabs(check_g_ - check_w_) <= (tol))) {                                   \
      check_failures++;                                                            \
      fprintf(stderr, "%s:%d: %s: got %.10g, want %.10g\n", __FILE__, __LINE__, #got, \
              check_g_, check_w_);                                                 \
    }                                                                              \
  } while (0)

/* Compares a byte run (ptr, len) with a C string literal. */
#define CHECK_SPAN_EQ(ptr, len, lit)                                              \
  do {                                                                            \
    const char *check_p_ = (ptr);                                                 \
    size_t check_n_ = (len);                                                      \
    check_count++;                                                                \
    if (check_n_ != strlen(lit) || memcmp(check_p_, (lit), check_n_) != 0) {      \
      check_failures++;                                                           \
      fprintf(stderr, "%s:%d: expected \"%s\", got \"%.*s\"\n", __FILE__, __LINE__, \
              (lit), (int)check_n_, check_p_);                                    \
    }                                                                             \
  } while (0)

/* Ends main: prints a summary and returns non-zero when anything failed. */
#define CHECK_DONE()                                                          \
  (printf("%d checks, %d failed\n", check_count, check_failures),            \
   check_failures != 0)

#endif

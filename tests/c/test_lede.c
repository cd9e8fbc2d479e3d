/* Unit tests for src/core/lede.c: error records and vector growth. */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "lede.h"

static void test_err_set(void) {
  Err err = {0};
  LedeStatus st = err_set(&err, LEDE_EINPUT, "%s:%d: %s", "a.txt", 3, "empty file");
  CHECK_INT_EQ(st, LEDE_EINPUT);
  CHECK_INT_EQ(err.code, LEDE_EINPUT);
  CHECK(strcmp(err.msg, "a.txt:3: empty file") == 0);
  /* a NULL Err is allowed and the status still comes back */
  CHECK_INT_EQ(err_set(NULL, LEDE_EIO, "ignored"), LEDE_EIO);
  /* an overlong message is cut at the buffer, NUL-terminated */
  char big[2000];
  memset(big, 'x', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  err_set(&err, LEDE_EIO, "%s", big);
  CHECK_INT_EQ(strlen(err.msg), sizeof err.msg - 1);
}

static void test_status_names(void) {
  CHECK(strcmp(lede_status_name(LEDE_OK), "OK") == 0);
  CHECK(strcmp(lede_status_name(LEDE_EINTR), "EINTR") == 0);
  CHECK(strcmp(lede_status_name((LedeStatus)99), "E?") == 0);
}

static void test_vec(void) {
  VEC(int) v = {0};
  for (int i = 0; i < 10000; i++) CHECK(vec_push(&v, i) || !"push");
  CHECK_INT_EQ(v.len, 10000);
  CHECK(v.cap >= v.len);
  long sum = 0;
  for (size_t i = 0; i < v.len; i++) sum += v.items[i];
  CHECK_INT_EQ(sum, 10000L * 9999 / 2);
  vec_free(&v);
  CHECK(v.items == NULL && v.len == 0 && v.cap == 0);
  /* a size whose byte count overflows is refused, leaving the vector as it was */
  VEC(double) d = {0};
  CHECK(!vec_reserve(&d, SIZE_MAX / 2));
  CHECK(d.items == NULL && d.cap == 0);
}

int main(void) {
  test_err_set();
  test_status_names();
  test_vec();
  return CHECK_DONE();
}

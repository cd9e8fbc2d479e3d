/* Unit tests for src/core/stopwords.c: the list is sorted (the binary
** search depends on it) and finds its words, and only whole words. */
#include <string.h>

#include "check.h"
#include "stopwords.h"

int main(void) {
  size_t n;
  const char *const *list = stopword_list(&n);
  CHECK(n > 100);
  for (size_t i = 1; i < n; i++) CHECK(strcmp(list[i - 1], list[i]) < 0);
  CHECK(stopword_is(SPAN_LIT("the")));
  CHECK(stopword_is(SPAN_LIT("a")));
  CHECK(stopword_is(SPAN_LIT("yourselves")));
  CHECK(stopword_is(SPAN_LIT("said")));
  CHECK(stopword_is(SPAN_LIT("\xe2\x80\x99s"))); /* curly possessive */
  CHECK(!stopword_is(SPAN_LIT("kerry")));
  CHECK(!stopword_is(SPAN_LIT("th")));      /* a prefix of "the" */
  CHECK(!stopword_is(SPAN_LIT("thee")));    /* longer than "the" */
  CHECK(!stopword_is(SPAN_LIT("The")));     /* callers lower-case first */
  CHECK(!stopword_is(SPAN_LIT("")));
  return CHECK_DONE();
}

/* Unit tests for src/core/stopwords.c: the list is sorted (the binary
** search depends on it) and finds its words, and only whole words. */
#include "check.h"
#include "stopwords.h"

#define S(lit) ((Span){(lit), sizeof(lit) - 1})

int main(void) {
  CHECK(stopword_is(S("the")));
  CHECK(stopword_is(S("a")));
  CHECK(stopword_is(S("yourselves")));
  CHECK(stopword_is(S("said")));
  CHECK(stopword_is(S("\xe2\x80\x99s"))); /* curly possessive */
  CHECK(!stopword_is(S("kerry")));
  CHECK(!stopword_is(S("th")));      /* a prefix of "the" */
  CHECK(!stopword_is(S("thee")));    /* longer than "the" */
  CHECK(!stopword_is(S("The")));     /* callers lower-case first */
  CHECK(!stopword_is(S("")));
  return CHECK_DONE();
}

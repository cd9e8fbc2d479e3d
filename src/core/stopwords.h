/*
** stopwords.h — is a lower-cased word an English function word ("the", "of",
** or a reporting verb such as "said")? Shared by the statistics kernels
** (counts.c, tfidf.c, textgroup.c) and the bindings.
*/
#ifndef LEDE_STOPWORDS_H
#define LEDE_STOPWORDS_H

#include "lede.h"

/* True when w (lower case, UTF-8) is on the stop-word list. */
bool stopword_is(Span w);

/* The list itself (*n words), for the test that checks its order. */
const char *const *stopword_list(size_t *n);

#endif

/*
** stopwords.c — a small English stop-word list (function words) used by the
** statistics and similarity kernels to skip words that carry no topic.
*/
#include "stopwords.h"

#include <string.h>

/* Sorted (strcmp order, bytes), so a binary search finds a word. */
static const char *const stopwords[] = {
    "'s", "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
    "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
    "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each",
    "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
    "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
    "said", "same", "says", "she", "should", "so", "some", "such", "than", "that", "the",
    "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
    "through", "to", "too", "under", "until", "up", "us", "very", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
    "your", "yours", "yourself", "yourselves", "\xe2\x80\x99s"};

bool stopword_is(Span w) {
  size_t lo = 0, hi = sizeof stopwords / sizeof *stopwords;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const char *s = stopwords[mid];
    size_t n = strlen(s);
    int c = memcmp(w.ptr, s, w.len < n ? w.len : n);
    if (c == 0) c = (w.len > n) - (w.len < n);
    if (c == 0) return true;
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return false;
}

const char *const *stopword_list(size_t *n) {
  *n = sizeof stopwords / sizeof *stopwords;
  return stopwords;
}

/*
** stem.h — word forms for the analysis kernels: lower-casing a word with
** utf8proc and stemming it with Snowball (libstemmer). Frequencies, ngrams,
** ROUGE and TF-IDF all compare words through these two calls, so "Talks",
** "talks" and "talking" can meet.
**
** Ownership: a Stemmer is created and freed by its caller and is not
** thread-safe (libstemmer keeps per-object scratch); use one per thread.
** Results are written into caller buffers, never allocated per word.
*/
#ifndef LEDE_STEM_H
#define LEDE_STEM_H

#include "lede.h"

/* The Snowball algorithms lede uses. STEM_ENGLISH is Snowball's English
** ("Porter2"), the default for corpus statistics; STEM_PORTER is Porter's
** original 1980 algorithm, which ROUGE-1.5.5 uses with its -m option. */
typedef enum { STEM_ENGLISH, STEM_PORTER } StemAlgorithm;

typedef struct Stemmer Stemmer;

/* Words longer than this (in bytes, after lower-casing) are not stemmed: a
** real word never is, and libstemmer takes an int length. */
#define STEM_MAX_WORD 256

/* Creates a stemmer for algo. Returns NULL when memory runs out. The caller
** frees it with stemmer_free. */
Stemmer *stemmer_new(StemAlgorithm algo);

/* Frees st (NULL is allowed). */
void stemmer_free(Stemmer *st);

/* Writes word lower-cased (utf8proc's simple lower-case mapping, code point
** by code point; invalid bytes are copied as they are) into buf[0..cap).
** *out_len receives the length the result needs, even when it does not fit.
** Returns LEDE_OK, or LEDE_EINPUT when cap is too small (buf then holds
** nothing useful). No NUL is written. */
LedeStatus word_lower(Span word, char *buf, size_t cap, size_t *out_len);

/* Lower-cases word and stems it into buf[0..cap) with st; *out_len as for
** word_lower. A word longer than STEM_MAX_WORD bytes is only lower-cased.
** Returns LEDE_OK, LEDE_EINPUT when cap is too small, LEDE_ENOMEM when
** libstemmer runs out of memory. */
LedeStatus stemmer_stem(Stemmer *st, Span word, char *buf, size_t cap, size_t *out_len);

#endif

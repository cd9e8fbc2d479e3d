/*
** terms.h — turns text into a sequence of term ids for the analysis kernels
** (ROUGE, alignment, TF-IDF, summaries): split into words, lower-case,
** optionally stem, intern in a TermMap. Two ways to split: lede's own
** tokenizer (token.h; "U.S." and "cease-fire" stay one word, punctuation is
** dropped), or ROUGE-1.5.5's (every run of letters and digits is a word).
**
** Ownership: the caller owns the TermMap, the Stemmer and the output vectors;
** this module only appends to them.
*/
#ifndef LEDE_TERMS_H
#define LEDE_TERMS_H

#include <stdint.h>

#include "article.h"
#include "stem.h"
#include "termmap.h"

typedef VEC(uint32_t) TermIdVec;

typedef enum {
  TERMS_WORDS, /* WORD and NUMBER tokens of tokens_scan; PUNCT and SYMBOL dropped */
  TERMS_ALNUM  /* maximal runs of letters and digits (ROUGE-1.5.5: "[^a-z0-9]+" splits) */
} TermSplit;

/* Zero-initialise for defaults: TERMS_WORDS, no stemming. */
typedef struct {
  TermSplit split;
  Stemmer *stemmer;      /* NULL: terms are only lower-cased */
  size_t stem_min_len;   /* stem only words longer than this many bytes
                         ** (ROUGE-1.5.5 stems words longer than 3); 0: all */
} TermOptions;

/* Appends the terms of text[r.start, r.end) to *ids, interned in *map; when
** ranges is not NULL, also appends each term's byte range in text (so
** ids->len == ranges->len grows in step). opts may be NULL for defaults.
** A word too long to stem (over STEM_MAX_WORD bytes) is only lower-cased.
** Returns LEDE_OK or LEDE_ENOMEM (the vectors keep what was appended).
** Linear time; allocates only to grow its outputs and one scratch buffer. */
LedeStatus terms_from_text(const char *text, Range r, const TermOptions *opts, TermMap *map,
                           TermIdVec *ids, RangeVec *ranges);

#endif

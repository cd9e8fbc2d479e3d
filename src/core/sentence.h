/*
** sentence.h — splits body paragraphs into sentences for `lede parse`, the
** store and summaries. A rule-based splitter tuned on news and on the
** pragmatic_segmenter "Golden Rules": abbreviations, initials, numbers,
** ellipses, quotes and brackets after the stop, lists, URLs, footnotes.
*/
#ifndef LEDE_SENTENCE_H
#define LEDE_SENTENCE_H

#include "article.h"

/* Appends the sentences of text[r.start, r.end) to *out as ranges trimmed of
** white space (NBSP included), in order. The end of r always ends a sentence;
** a paragraph without final punctuation (a headline, "... according to AFP")
** is one sentence. Inside r, a blank line always ends a sentence and a single
** "\n" does unless it looks like a wrapped line (see sentence.c). text should
** be valid UTF-8. Returns LEDE_OK or LEDE_ENOMEM (*out keeps what was
** appended). Linear time: look-behind and look-ahead are bounded. */
LedeStatus sentences_split(const char *text, Range r, RangeVec *out);

/* Replaces a->sentences with the sentences of every BLOCK_BODY block, in
** text order. LEDE_ENOMEM (with err filled) when memory runs out. */
LedeStatus sentences_find(Article *a, Err *err);

#endif

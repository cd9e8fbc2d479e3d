/*
** blocks.h — article structure: splits normalized article text into blocks
** (lines) and tells the headline, standfirst, bylines, dateline, body,
** captions, credits, bios and site boilerplate apart. The pipeline
** (article.c) calls it right after normalization; the later stages read only
** the BLOCK_BODY blocks.
*/
#ifndef LEDE_BLOCKS_H
#define LEDE_BLOCKS_H

#include "article.h"

/* Classifies a->text (a->len bytes of valid UTF-8 with '\n' line ends) and
** fills a->blocks (every non-empty line, trimmed, in text order), a->title,
** a->bylines (author names only) and a->dateline. Earlier contents of those
** fields are replaced; every Range points into a->text. Returns LEDE_OK (also
** for empty or letterless text, which yields no title and no body) or
** LEDE_ENOMEM, with err filled, when memory runs out; the fields are then
** left empty. Linear in a->len. */
LedeStatus blocks_classify(Article *a, Err *err);

#endif

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

#include <stdint.h>

/* Classifies a->text (a->len bytes of valid UTF-8 with '\n' line ends) and
** fills a->blocks (every non-empty line, trimmed of white space including
** NBSP, in text order), a->title, a->bylines (author names only, from "By"
** lines or the name line before an author bio) and a->dateline ("WASHINGTON"
** from "WASHINGTON -- ..."). Earlier contents of those fields are replaced;
** every Range points into a->text. Kinds: the headline (and any identical
** copy) is BLOCK_TITLE; story paragraphs, a standfirst among them, and
** subheads or list items inside the story are BLOCK_BODY (a paragraph that
** opens with the dateline stays BODY; a dateline alone on its line is
** BLOCK_DATELINE); the rest is BLOCK_BYLINE, BLOCK_CAPTION, BLOCK_CREDIT,
** BLOCK_BIO or BLOCK_BOILERPLATE. BLOCK_STANDFIRST is not emitted: a summary
** under the headline is editorial text and stays body. Returns LEDE_OK (also
** for empty or letterless text, which yields no title and no body) or
** LEDE_ENOMEM, with err filled, when memory runs out; the fields are then
** left empty. Linear in a->len; allocates only O(lines) working memory. */
LedeStatus blocks_classify(Article *a, Err *err);

/* A line's words as blocks_classify counts them: white-space-delimited
** tokens (Unicode spaces included) holding a letter or digit, by the class
** of their first letter or digit. */
typedef struct {
  uint32_t words;
  uint32_t upper;   /* ... upper case, or a caseless letter */
  uint32_t lower;   /* ... lower case (digits are neither) */
  bool first_lower; /* the first word's first letter is lower case */
} BlockWordCounts;

/* Counts the words of text[r.start, r.end) into *out; text holds text_len
** bytes of valid UTF-8 (r.end <= text_len). Bytes past r.end may be read,
** never past text_len. For the tests, which check the bit-mask counting
** against a plain reading of the characters. */
void blocks_count_words(const char *text, size_t text_len, Range r, BlockWordCounts *out);

/* Counts the tokens of text[r.start, r.end) whose letters and digits (the
** token without leading and trailing marks) are a lower-case function word
** of a headline ("of", "the", "via") into *n_small, and among them the
** articles ("a", "an", "the") into *n_articles. Reads at most the first
** 400 bytes (a headline's longest). blocks_classify asks it of headline
** candidates; exported for the tests, which check it against a
** token-by-token reading. */
void blocks_count_small_words(const char *text, Range r, uint32_t *n_small, uint32_t *n_articles);

#endif

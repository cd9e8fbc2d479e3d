/*
** spare.h — per-thread spare buffers for the parser's working memory. A
** stage's scratch for one article (the lexer's tokens, the entity scan's
** words and candidates, the quote scan's marks) is needed again for the
** next article, in about the same size: given back to its slot instead of
** freed, it is taken again by the next parse on the same thread, with its
** pages warm in the cache; so are a freed Article's vectors. Each slot
** holds one buffer, the larger of the last two given back, so a thread
** keeps at most the scratch of the largest article it parsed or freed. A thread's buffers are freed when it exits; the main
** thread's at spare_release or process exit.
*/
#ifndef LEDE_SPARE_H
#define LEDE_SPARE_H

#include <stddef.h>

/* One slot per scratch buffer; a slot is always used for the same element
** type, so a capacity given back is a capacity taken. */
typedef enum {
  SPARE_LEX_TOKS,         /* number_each_stretch: NumberTok */
  SPARE_LEX_ANCHORS_NUM,  /* number_each_stretch: anchors[0] (size_t) */
  SPARE_LEX_ANCHORS_DATE, /* number_each_stretch: anchors[1] (size_t) */
  SPARE_ENT_SCAN,         /* entity scan: the EntityScan itself (one) */
  SPARE_ENT_WORDS,        /* entity scan: words and may_open bits (Word) */
  SPARE_ENT_CANDS,        /* entity scan: candidates */
  SPARE_ENT_KEYS,         /* entity scan: key bytes */
  SPARE_ENT_LOWER,        /* entity scan: lower-case words (Range) */
  SPARE_ENT_FINISH,       /* entity clustering: one block (bytes) */
  SPARE_QUOTE_RAWS,       /* quote scan: marks paired into raw quotes */
  SPARE_BLOCK_LINES,      /* blocks_classify: the measured lines (Line) */
  /* an Article's vectors (but its text and offset map, which normalize
  ** sizes itself): article_free gives them back, and the next
  ** article_parse on the thread takes them */
  SPARE_ART_BYLINES,
  SPARE_ART_BLOCKS,
  SPARE_ART_TOKENS,
  SPARE_ART_SENTENCES,
  SPARE_ART_ENTITIES,
  SPARE_ART_MENTIONS,
  SPARE_ART_QUOTES,
  SPARE_ART_NUMBERS,
  SPARE_ART_DATES,
  SPARE_COUNT
} SpareSlot;

/* The slot's buffer, its capacity in *cap (elements), the slot left empty;
** NULL and 0 when it holds none. */
void *spare_take(SpareSlot slot, size_t *cap);

/* Gives items (cap elements; NULL allowed) to the slot, which keeps the
** larger of it and what it holds and frees the other. */
void spare_give(SpareSlot slot, void *items, size_t cap);

/* Frees the calling thread's spare buffers. */
void spare_release(void);

/* The VEC forms: v takes the slot's buffer (empty, len 0), or gives its
** buffer back and is left empty. */
#define vec_take(v, slot) ((v)->items = spare_take((slot), &(v)->cap), (v)->len = 0)
#define vec_give(v, slot) \
  (spare_give((slot), (v)->items, (v)->cap), (v)->items = NULL, (v)->len = (v)->cap = 0)

#endif

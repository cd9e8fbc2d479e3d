/*
** entity.h — named entities of an article: people, organizations, places and
** others, found in the body blocks and clustered per article (Kerry = John
** Kerry = Mr Kerry; ICC = International Criminal Court; US = U.S.). The quote
** stage (quote.c) runs after it and points speakers at these entities.
*/
#ifndef LEDE_ENTITY_H
#define LEDE_ENTITY_H

#include "article.h"
#include "number.h"

/* Fills a->entities and a->mentions (mentions in text order) from the
** BLOCK_BODY blocks of a->text; previous contents are discarded. Needs only
** text, len and blocks (not tokens or sentences). Returns LEDE_OK, or
** LEDE_ENOMEM with err filled (a's entity vectors are then left empty). */
LedeStatus entities_find(Article *a, Err *err);

/* entities_find in steps, so the pipeline can feed it the stretches it
** lexes for numbers and dates too: entity_scan_new starts a scan of a (NULL
** when memory runs out), entity_scan_stretch (a NumberStretchFn, es being
** the scan) adds the candidates of one lexed stretch of a body block, in
** text order, and entity_scan_finish clusters them into a->entities and
** a->mentions and frees es (NULL is allowed: then it reports LEDE_ENOMEM).
** A failed step is remembered and reported by entity_scan_finish. */
typedef struct EntityScan EntityScan;
EntityScan *entity_scan_new(const Article *a);
LedeStatus entity_scan_stretch(Article *a, const NumberToks *toks, void *es);
LedeStatus entity_scan_finish(EntityScan *es, Article *a, Err *err);

#endif

/*
** entity.h — named entities of an article: people, organizations, places and
** others, found in the body blocks and clustered per article (Kerry = John
** Kerry = Mr Kerry; ICC = International Criminal Court; US = U.S.). The quote
** stage (quote.c) runs after it and points speakers at these entities.
*/
#ifndef LEDE_ENTITY_H
#define LEDE_ENTITY_H

#include "article.h"

/* Fills a->entities and a->mentions (mentions in text order) from the
** BLOCK_BODY blocks of a->text; previous contents are discarded. Needs only
** text, len and blocks (not tokens or sentences). Returns LEDE_OK, or
** LEDE_ENOMEM with err filled (a's entity vectors are then left empty). */
LedeStatus entities_find(Article *a, Err *err);

#endif

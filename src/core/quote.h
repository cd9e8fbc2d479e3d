/*
** quote.h — direct quotations of an article with their kind (full, partial,
** scare), their cue ("told reporters", "said") and their speaker, resolved to
** an entity found by entity.c or kept as a description ("French diplomatic
** source"). Runs after entities_find in the pipeline (article.c).
*/
#ifndef LEDE_QUOTE_H
#define LEDE_QUOTE_H

#include "article.h"

/* Fills a->quotes (in text order) from the BLOCK_BODY blocks of a->text,
** using a->entities and a->mentions for speakers; previous quotes are
** discarded. Straight, curly and mixed marks are paired per paragraph, an
** unclosed quote continued by a paragraph that reopens it is kept, and stray
** marks are skipped. Linear in the text length. Returns LEDE_OK, or
** LEDE_ENOMEM with err filled (a->quotes is then left empty). */
LedeStatus quotes_find(Article *a, Err *err);

#endif

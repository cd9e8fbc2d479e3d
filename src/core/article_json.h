/*
** article_json.h — writes a parsed Article as the JSON object of
** `lede parse --format json` (DESIGN.md): title, bylines, dateline, blocks,
** sentences, quotes, entities, numbers, dates. Every text field is an exact
** substring of the normalized text.
*/
#ifndef LEDE_ARTICLE_JSON_H
#define LEDE_ARTICLE_JSON_H

#include "article.h"
#include "json.h"

/* Appends a's JSON object (one line, no newline) to sb, with "file": file
** first when file is not NULL. Check strbuf_status afterwards. */
void article_write_json(StrBuf *sb, const Article *a, const char *file);

/* The speaker of q as text: the entity's canonical name, else the unnamed
** source's description; {NULL, 0} when there is none. */
Span article_quote_speaker(const Article *a, const Quote *q);

/* The name of entity e: its canonical form when it has one, else its fullest
** mention. */
Span article_entity_name(const Article *a, const Entity *e);

/* Formats d's value as ISO 8601 at its precision ("2016-10-07", "2016-10",
** "2016") into buf (48 bytes); returns false when d has no value. */
bool article_date_iso(const DateRef *d, char buf[48]);

#endif

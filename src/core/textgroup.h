/*
** textgroup.h — grouping short texts that are wordings of one another (the
** quotes of corpus:quote_variants): the same utterance reported in several
** outlets with words added, dropped or changed. Texts are added one at a
** time and held only as term ids, so a caller can stream them from the
** store; textgroups_finish then gives every text its group.
**
** Ownership: the TextGroups owns all its memory; textgroups_free releases it.
*/
#ifndef LEDE_TEXTGROUP_H
#define LEDE_TEXTGROUP_H

#include <stdint.h>

#include "lede.h"

typedef struct TextGroups TextGroups;

/* A new, empty grouping; NULL when out of memory. */
TextGroups *textgroups_new(void);

/* Adds the next text (texts are numbered 0, 1, ... in the order added).
** Texts of different scopes (e.g. Multi-News clusters) never group
** together. The text is not kept. LEDE_OK or LEDE_ENOMEM. */
LedeStatus textgroups_add(TextGroups *g, Span text, int64_t scope);

/* The number of texts added. */
size_t textgroups_count(const TextGroups *g);

/* Writes, for each text t added, groups[t]: a group number (1, 2, ... in
** order of each group's first text) shared by the texts that are wordings
** of one another, or 0 for a text with no other wording. groups has
** textgroups_count(g) entries. Call once, after the last add. LEDE_OK or
** LEDE_ENOMEM. */
LedeStatus textgroups_finish(TextGroups *g, uint32_t *groups);

void textgroups_free(TextGroups *g);

#endif

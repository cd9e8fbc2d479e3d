/*
** wordtab.h — the one hash table of the single words the parser stages look
** up: every word of the wordlists.h tables (with its wl_kinds mask) and every
** word of number.c's lexicon (with its index there). number_lex probes it for
** each word it lexes, and wl_kinds (entity.c, quote.c) probes the same table,
** so all stages share one small, cache-resident index.
*/
#ifndef LEDE_WORDTAB_H
#define LEDE_WORDTAB_H

#include <stdint.h>

#include "scan.h"

/* Words longer than this are not in the table (scan.h keys hold 16 bytes). */
enum { WORDTAB_KEY_MAX = 16 };

/* A known word. */
typedef struct {
  ScanKey key;  /* its scan_key: lower case, zero-padded */
  uint32_t wl;  /* its wl_kinds mask (wordlists.h); 0: in no word table */
  int16_t lex;  /* its index in number.c's lexicon; -1: not in it */
  uint8_t len;  /* its length in bytes */
} WordInfo;

/* The entry whose key is k (the scan_key of a word of 1..WORDTAB_KEY_MAX
** bytes); never NULL: a word in neither list gets the "none" entry (wl 0,
** lex -1, len 0), so callers read its fields without a test. The key alone
** decides: text holds no NUL, so callers that may see one also compare len.
** Builds the table on first use (thread-safe); it is read-only afterwards. */
const WordInfo *wordtab_find(ScanKey k);

#endif

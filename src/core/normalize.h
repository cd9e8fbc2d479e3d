/*
** normalize.h — the first parser stage: raw bytes in, the Article's text out
** (valid UTF-8, NFC, "\n" line ends, BOM stripped) with a map back to raw
** offsets. Every later stage works on Article.text; the store keeps both.
** Also small inline helpers for white space that later stages share.
*/
#ifndef LEDE_NORMALIZE_H
#define LEDE_NORMALIZE_H

#include "article.h"

/* Fills a->text (malloc'd, NUL-terminated, owned by the Article and freed by
** article_free), a->len, a->n_invalid_bytes, a->was_legacy_encoding and
** a->offset_map from raw:
**  - a UTF-8 byte order mark is dropped; "\r\n" and lone "\r" become "\n";
**  - valid UTF-8 is put in NFC (only runs that need it go through utf8proc);
**  - text that is not valid UTF-8 but reads as Windows-1252 (isolated high
**    bytes such as 0xA3 "£", 0xE9 "é", 0x92 "’", with few or no valid UTF-8
**    sequences) is converted whole and was_legacy_encoding is set; otherwise
**    each maximal invalid sequence becomes U+FFFD and its bytes are counted
**    in n_invalid_bytes;
**  - U+00A0 NO-BREAK SPACE is kept (see text_space_len).
** Fails with LEDE_EINPUT "binary file (NUL byte at offset N)" (N counts raw
** bytes) or "empty file" (nothing but white space), or LEDE_ENOMEM. On
** failure the text fields of *a are left empty. Runs in one pass. */
LedeStatus normalize_text(Span raw, Article *a, Err *err);

/* Bytes of the white-space character at p (p < end): 1 for ASCII space, \t,
** \n, \v, \f, \r; 2 for U+00A0 NO-BREAK SPACE; 0 for anything else. Matching
** code treats NBSP as a space while the text keeps it. */
static inline size_t text_space_len(const char *p, const char *end) {
  unsigned char c = (unsigned char)*p;
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  if (c == 0xC2 && end - p >= 2 && (unsigned char)p[1] == 0xA0) return 2;
  return 0;
}

/* True when the byte run [p, p + n) is exactly one NO-BREAK SPACE. */
static inline bool text_is_nbsp(const char *p, size_t n) {
  return n == 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0;
}

#endif

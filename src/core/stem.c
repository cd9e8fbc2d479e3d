/*
** stem.c — lower-casing with utf8proc and stemming with libstemmer, behind
** the small API of stem.h. ASCII words take a table-free fast path; other
** code points go through utf8proc_tolower one at a time, so no call here
** allocates per word.
*/
#include "stem.h"

#include <libstemmer.h>
#include <string.h>
#include <utf8proc.h>

struct Stemmer {
  struct sb_stemmer *sb;
};

/* libstemmer's names for the StemAlgorithm values, in enum order. */
static const char *const stem_algorithm_names[] = {"english", "porter"};

Stemmer *stemmer_new(StemAlgorithm algo) {
  Stemmer *st = malloc(sizeof *st);
  if (st == NULL) return NULL;
  st->sb = sb_stemmer_new(stem_algorithm_names[algo], "UTF_8");
  if (st->sb == NULL) {
    free(st);
    return NULL;
  }
  return st;
}

void stemmer_free(Stemmer *st) {
  if (st == NULL) return;
  sb_stemmer_delete(st->sb);
  free(st);
}

/* Appends code point cp (or, when cp < 0, the raw byte *raw) at buf[*n] if
** it fits; *n always advances by the bytes it needs. */
static void put_char(utf8proc_int32_t cp, const char *raw, char *buf, size_t cap, size_t *n) {
  utf8proc_uint8_t tmp[4];
  size_t len;
  if (cp < 0) {
    tmp[0] = (utf8proc_uint8_t)*raw;
    len = 1;
  } else {
    len = (size_t)utf8proc_encode_char(cp, tmp);
  }
  if (*n + len <= cap) memcpy(buf + *n, tmp, len);
  *n += len;
}

LedeStatus word_lower(Span word, char *buf, size_t cap, size_t *out_len) {
  size_t n = 0, i = 0;
  while (i < word.len) {
    unsigned char c = (unsigned char)word.ptr[i];
    if (c < 0x80) {
      if (n < cap) buf[n] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
      n++;
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)word.ptr + i,
                                            (utf8proc_ssize_t)(word.len - i), &cp);
    if (len <= 0) { /* invalid byte: copy it, move on by one */
      put_char(-1, word.ptr + i, buf, cap, &n);
      i++;
      continue;
    }
    put_char(utf8proc_tolower(cp), NULL, buf, cap, &n);
    i += (size_t)len;
  }
  *out_len = n;
  return n <= cap ? LEDE_OK : LEDE_EINPUT;
}

LedeStatus stemmer_stem(Stemmer *st, Span word, char *buf, size_t cap, size_t *out_len) {
  LedeStatus rc = word_lower(word, buf, cap, out_len);
  if (rc != LEDE_OK || *out_len > STEM_MAX_WORD || *out_len == 0) return rc;
  const sb_symbol *stem = sb_stemmer_stem(st->sb, (const sb_symbol *)buf, (int)*out_len);
  if (stem == NULL) return LEDE_ENOMEM;
  int stem_len = sb_stemmer_length(st->sb);
  *out_len = (size_t)stem_len;
  if ((size_t)stem_len > cap) return LEDE_EINPUT;
  memcpy(buf, stem, (size_t)stem_len);
  return LEDE_OK;
}

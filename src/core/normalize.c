/*
** normalize.c — raw bytes to the Article's text: one pass that copies ASCII
** in bulk and handles only the bytes that need it (CR, non-ASCII), records
** where normalized and raw offsets drift apart, and puts non-ASCII runs in
** NFC through libutf8proc. Legacy (Windows-1252) input is detected after the
** UTF-8 pass and converted in a second pass.
*/
#include "normalize.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "scan.h"

/* Working state of one normalization. */
typedef struct {
  const unsigned char *raw;
  size_t n;              /* raw length */
  char *out;             /* normalized bytes, grows */
  size_t len, cap;
  OffsetMap map;         /* (norm, raw) drift points */
  size_t n_invalid;      /* invalid bytes replaced by U+FFFD */
  size_t n_invalid_seqs; /* maximal invalid subsequences seen */
  size_t n_multi;        /* valid multi-byte sequences seen */
  size_t nul_at;         /* raw offset of the first NUL byte; SIZE_MAX: none */
  bool is_oom;
  VEC(utf8proc_int32_t) scratch; /* code points of the current NFC run */
} Norm;

/* Makes room for extra more output bytes (plus a NUL); false on OOM. */
static bool out_reserve(Norm *nm, size_t extra) {
  if (nm->cap - nm->len > extra) return true;
  if (nm->is_oom || extra > SIZE_MAX / 4 - nm->len) return nm->is_oom = true, false;
  size_t cap = nm->cap ? nm->cap : 64;
  while (cap - nm->len <= extra) cap *= 2;
  char *grown = realloc(nm->out, cap);
  if (grown == NULL) return nm->is_oom = true, false;
  nm->out = grown;
  nm->cap = cap;
  return true;
}

static void out_put(Norm *nm, const void *bytes, size_t k) {
  if (!out_reserve(nm, k)) return;
  memcpy(nm->out + nm->len, bytes, k);
  nm->len += k;
}

/* Records that output offset nm->len corresponds to raw offset raw_pos, if
** the drift (raw - norm) differs from the last recorded one. */
static void note_drift(Norm *nm, size_t raw_pos) {
  OffsetPair pair = {nm->len, raw_pos};
  size_t last_drift = 0;
  if (nm->map.len > 0) {
    OffsetPair *last = &nm->map.items[nm->map.len - 1];
    last_drift = last->raw - last->norm;
    if (last->norm == pair.norm) { *last = pair; return; }
  }
  if (raw_pos - nm->len == last_drift) return;
  if (!vec_push(&nm->map, pair)) nm->is_oom = true;
}

/* ---- UTF-8 helpers ------------------------------------------------------ */

/* Length of the valid UTF-8 sequence at s (n bytes available) or, when it is
** invalid, minus the length of its maximal invalid subpart (always >= 1). */
static long utf8_seq(const unsigned char *s, size_t n) {
  unsigned char c = s[0];
  if (c < 0x80) return 1;
  if (c < 0xC2 || c > 0xF4) return -1;
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
  if (c == 0xE0) lo = 0xA0;
  else if (c == 0xED) hi = 0x9F;
  else if (c == 0xF0) lo = 0x90;
  else if (c == 0xF4) hi = 0x8F;
  size_t i = 1;
  if (i < n && s[1] >= lo && s[1] <= hi) {
    for (i = 2; i < len && i < n && (s[i] & 0xC0) == 0x80; i++) {}
  }
  return i == len ? (long)len : -(long)i;
}

static utf8proc_int32_t utf8_decode(const unsigned char *s, size_t len) {
  if (len == 2) return ((s[0] & 0x1F) << 6) | (s[1] & 0x3F);
  if (len == 3) return ((s[0] & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
  return ((s[0] & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/* Code points that NFC leaves alone in any context (starters that have no
** canonical decomposition and never combine with a preceding character);
** checked exhaustively against libutf8proc. Everything else goes through the
** NFC run. */
static bool nfc_safe(utf8proc_int32_t cp) {
  static const struct { utf8proc_int32_t lo, hi; } ranges[] = {
      {0x0080, 0x02FF}, {0x0400, 0x0482}, {0x2002, 0x20CF}, {0x2190, 0x2328},
      {0x2500, 0x27BF}, {0xFFFD, 0xFFFD}};
  for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
    if (cp < ranges[i].lo) return false;
    if (cp <= ranges[i].hi) return true;
  }
  return false;
}

/* ---- NFC runs ----------------------------------------------------------- */

/* Appends the canonical decomposition of cp to nm->scratch. */
static bool scratch_decompose(Norm *nm, utf8proc_int32_t cp) {
  const utf8proc_option_t opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
  for (;;) {
    if (!vec_reserve(&nm->scratch, nm->scratch.len + 8)) return nm->is_oom = true, false;
    int boundclass = UTF8PROC_BOUNDCLASS_START;
    utf8proc_ssize_t room = (utf8proc_ssize_t)(nm->scratch.cap - nm->scratch.len);
    utf8proc_ssize_t k = utf8proc_decompose_char(cp, nm->scratch.items + nm->scratch.len,
                                                 room, opts, &boundclass);
    if (k < 0) k = 0; /* cannot happen for a valid code point; drop it */
    if (k <= room) { nm->scratch.len += (size_t)k; return true; }
    if (!vec_reserve(&nm->scratch, nm->scratch.len + (size_t)k)) return nm->is_oom = true, false;
  }
}

/* Puts each sequence of non-starters in scratch in canonical order (stable
** insertion sort by combining class, as utf8proc_decompose does). Runs are
** capped at NFC_RUN_MAX code points, which bounds the quadratic worst case. */
static void scratch_reorder(Norm *nm) {
  utf8proc_int32_t *cps = nm->scratch.items;
  for (size_t i = 1; i < nm->scratch.len; i++) {
    utf8proc_int32_t cp = cps[i];
    int ccc = utf8proc_get_property(cp)->combining_class;
    size_t j = i;
    while (ccc != 0 && j > 0 && utf8proc_get_property(cps[j - 1])->combining_class > ccc) {
      cps[j] = cps[j - 1];
      j--;
    }
    cps[j] = cp;
  }
}

enum { NFC_RUN_MAX = 256 };

/* The run starting at raw[i] (a code point that is not nfc_safe) plus the
** character already written before it: decomposes them, composes (NFC) and
** writes the result in place of that character. Returns the raw offset where
** the run stopped (at ASCII, CR, an invalid byte, a safe code point, or a
** after NFC_RUN_MAX code points, which bounds the work per run). */
static size_t nfc_run(Norm *nm, size_t i) {
  size_t back = nm->len; /* start of the last character written, if any */
  if (back > 0) {
    size_t limit = back >= 4 ? back - 4 : 0;
    back--;
    while (back > limit && ((unsigned char)nm->out[back] & 0xC0) == 0x80) back--;
  }
  nm->scratch.len = 0;
  if (back < nm->len) {
    const unsigned char *prev = (const unsigned char *)nm->out + back;
    long k = utf8_seq(prev, nm->len - back);
    if (k > 0 && !scratch_decompose(nm, k == 1 ? prev[0] : utf8_decode(prev, (size_t)k))) return nm->n;
  }
  size_t n_cps = 0;
  while (i < nm->n && nm->raw[i] >= 0x80) {
    long k = utf8_seq(nm->raw + i, nm->n - i);
    if (k < 0) break;
    utf8proc_int32_t cp = utf8_decode(nm->raw + i, (size_t)k);
    if (n_cps > 0 && nfc_safe(cp)) break;
    if (n_cps >= NFC_RUN_MAX) break;
    if (!scratch_decompose(nm, cp)) return nm->n;
    nm->n_multi++;
    n_cps++;
    i += (size_t)k;
  }
  scratch_reorder(nm);
  utf8proc_ssize_t n_bytes = utf8proc_reencode(nm->scratch.items, (utf8proc_ssize_t)nm->scratch.len,
                                               UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  nm->len = back;
  if (n_bytes > 0) out_put(nm, nm->scratch.items, (size_t)n_bytes);
  note_drift(nm, i);
  return i;
}

/* ---- the passes --------------------------------------------------------- */

/* End of the run of plain ASCII that starts at i: the first byte from
** 0x80 up, CR or NUL at or after i, or n. Sixteen bytes a step with SSE2
** (one compare each for CR and NUL, the high bits as they are), then eight
** (SWAR), then one. Every raw byte passes here: at eight bytes a step the
** run took 9.1M Ir on bbc-news (callgrind), for 5.04 MB. */
static size_t ascii_run_end(const unsigned char *s, size_t i, size_t n) {
#if LEDE_SCAN_SIMD
  const __m128i cr = _mm_set1_epi8('\r'), zero = _mm_setzero_si128();
  for (; i + 16 <= n; i += 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    __m128i hit = _mm_or_si128(x, _mm_or_si128(_mm_cmpeq_epi8(x, cr), _mm_cmpeq_epi8(x, zero)));
    unsigned mask = (unsigned)_mm_movemask_epi8(hit);
    if (mask != 0) return i + scan_low_bit(mask);
  }
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t w = scan_load8((const char *)s + i);
    uint64_t hit = (w | scan_eq8(w, '\r') | scan_zeros8(w)) & SCAN_HIGH;
    if (hit != 0) return i + scan_first(hit);
  }
  while (i < n && s[i] < 0x80 && s[i] != '\r' && s[i] != 0) i++;
  return i;
}

/* Writes "\n" for the CR at raw[i] (and its LF); returns the next offset. */
static size_t put_newline(Norm *nm, size_t i) {
  out_put(nm, "\n", 1);
  i += (i + 1 < nm->n && nm->raw[i + 1] == '\n') ? 2 : 1;
  note_drift(nm, i);
  return i;
}

static void put_replacement(Norm *nm, size_t n_bytes, size_t raw_after) {
  out_put(nm, "\xEF\xBF\xBD", 3);
  nm->n_invalid += n_bytes;
  note_drift(nm, raw_after);
}

/* Copies the plain text at raw[i] (ASCII, with each CR or CRLF as "\n")
** to the output, as both passes do; returns the offset of the next byte
** that needs decoding, or n. A NUL byte ends the text: its offset goes to
** nm->nul_at and n is returned. The NUL test rides on the copy's own scan,
** so the input is not searched for it in a pass of its own; the UTF-8 pass
** comes first and sees every byte below 0x80 here, so it finds the first. */
static size_t put_plain(Norm *nm, size_t i) {
  for (;;) {
    size_t j = ascii_run_end(nm->raw, i, nm->n);
    out_put(nm, nm->raw + i, j - i);
    if (j >= nm->n || nm->raw[j] >= 0x80) return j;
    if (nm->raw[j] == 0) {
      nm->nul_at = j;
      return nm->n;
    }
    i = put_newline(nm, j);
  }
}

/* The UTF-8 pass over raw[start, n): counts valid multi-byte and invalid
** sequences so the caller can decide afterwards whether it was legacy. */
static void pass_utf8(Norm *nm, size_t start) {
  size_t i = start;
  while (i < nm->n && !nm->is_oom) {
    i = put_plain(nm, i);
    if (i >= nm->n) break;
    long k = utf8_seq(nm->raw + i, nm->n - i);
    if (k < 0) {
      nm->n_invalid_seqs++;
      i += (size_t)-k;
      put_replacement(nm, (size_t)-k, i);
    } else if (nfc_safe(utf8_decode(nm->raw + i, (size_t)k))) {
      nm->n_multi++;
      out_put(nm, nm->raw + i, (size_t)k);
      i += (size_t)k;
    } else {
      i = nfc_run(nm, i);
    }
  }
}

/* Windows-1252 0x80..0x9F; 0 marks the five undefined bytes. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

/* The Windows-1252 pass: every byte is one character. Output is NFC already
** (all of Windows-1252 is NFC-safe). */
static void pass_cp1252(Norm *nm, size_t start) {
  size_t i = start;
  while (i < nm->n && !nm->is_oom) {
    i = put_plain(nm, i);
    if (i >= nm->n) break;
    unsigned c = nm->raw[i++];
    unsigned cp = c >= 0xA0 ? c : cp1252_high[c - 0x80];
    if (cp == 0) { put_replacement(nm, 1, i); continue; }
    char buf[3];
    size_t k = utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)buf);
    out_put(nm, buf, k);
    note_drift(nm, i);
  }
}

/* Whether an invalid UTF-8 input reads as a legacy single-byte encoding:
** invalid sequences are there and valid multi-byte ones are rare beside them
** (real Windows-1252 text almost never forms valid UTF-8 by accident). */
static bool looks_legacy(const Norm *nm) {
  return nm->n_invalid_seqs > 0 && nm->n_multi * 4 < nm->n_invalid_seqs;
}

/* True when the text holds nothing but white space (ASCII, NBSP, other
** space separators, BOM/zero-width space). Stops at the first other char. */
static bool is_blank(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      if (!(c == ' ' || (c >= '\t' && c <= '\r'))) return false;
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0) return false;
    if (utf8proc_category(cp) != UTF8PROC_CATEGORY_ZS && cp != 0xFEFF && cp != 0x200B) return false;
    i += (size_t)k;
  }
  return true;
}

static void norm_reset(Norm *nm) {
  nm->len = 0;
  nm->map.len = 0;
  nm->n_invalid = nm->n_invalid_seqs = nm->n_multi = 0;
}

LedeStatus normalize_text(Span raw, Article *a, Err *err) {
  a->text = NULL;
  a->len = a->n_invalid_bytes = 0;
  a->was_legacy_encoding = false;
  a->offset_map.len = 0;
  const unsigned char *bytes = (const unsigned char *)(raw.ptr ? raw.ptr : "");
  Norm nm = {.raw = bytes, .n = raw.len, .nul_at = SIZE_MAX};
  size_t start = (raw.len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
  if (out_reserve(&nm, raw.len + raw.len / 8 + 16)) {
    note_drift(&nm, start);
    pass_utf8(&nm, start);
  }
  if (nm.nul_at != SIZE_MAX) {
    free(nm.out);
    vec_free(&nm.map);
    vec_free(&nm.scratch);
    return err_set(err, LEDE_EINPUT, "binary file (NUL byte at offset %zu)", nm.nul_at);
  }
  bool is_legacy = !nm.is_oom && looks_legacy(&nm);
  if (is_legacy) {
    norm_reset(&nm);
    note_drift(&nm, start);
    pass_cp1252(&nm, start);
  }
  vec_free(&nm.scratch);
  if (!nm.is_oom && out_reserve(&nm, 1)) nm.out[nm.len] = '\0';
  if (nm.is_oom || is_blank(nm.out, nm.len)) {
    free(nm.out);
    vec_free(&nm.map);
    if (nm.is_oom) return err_set(err, LEDE_ENOMEM, "out of memory while normalizing");
    return err_set(err, LEDE_EINPUT, "empty file");
  }
  /* Shrunk, so the spare room goes back to malloc at once: without this
  ** realloc the later stages' vectors grew by costlier reallocs (bbc-news,
  ** callgrind: 2.3M Ir more in all). */
  char *shrunk = realloc(nm.out, nm.len + 1);
  a->text = shrunk ? shrunk : nm.out;
  a->len = nm.len;
  a->n_invalid_bytes = nm.n_invalid;
  a->was_legacy_encoding = is_legacy;
  vec_free(&a->offset_map);
  a->offset_map = nm.map;
  return LEDE_OK;
}

size_t article_raw_offset(const Article *a, size_t norm) {
  const OffsetPair *p = a->offset_map.items;
  size_t lo = 0, hi = a->offset_map.len; /* find the last pair with .norm <= norm */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (p[mid].norm <= norm) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return norm;
  size_t raw = p[lo - 1].raw + (norm - p[lo - 1].norm);
  if (lo < a->offset_map.len && raw > p[lo].raw) raw = p[lo].raw; /* inside an expanded char */
  return raw;
}

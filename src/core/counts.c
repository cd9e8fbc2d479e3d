/*
** counts.c — the lexer and the n-gram table of counts.h. The lexer walks
** tokens_scan's tokens, so words are the tokenizer's words ("U.S.",
** "cease-fire", "'s" split off); the table is open addressing over compact
** keys (group + term ids) with counts, document frequencies and lossy
** pruning when it fills; a WordCounter pairs the two.
*/
#include "counts.h"

#include <string.h>

#include "hash.h"
#include "stopwords.h"
#include "token.h"

/* ---- the lexer ------------------------------------------------------------ */

LedeStatus lexer_init(Lexer *lx, WordForm form, bool drop_stopwords) {
  *lx = (Lexer){.form = form, .drop_stopwords = drop_stopwords};
  if (form == FORM_STEM && (lx->stemmer = stemmer_new(STEM_ENGLISH)) == NULL) return LEDE_ENOMEM;
  return LEDE_OK;
}

void lexer_free(Lexer *lx) {
  free(lx->cache);
  lx->cache = NULL;
  stemmer_free(lx->stemmer);
  lx->stemmer = NULL;
  termmap_free(&lx->map);
  vec_free(&lx->toks);
  vec_free(&lx->buf);
}

/* Writes word's lower case (stem when stem is set) into lx->buf, growing it
** as needed; *n gets the length. */
static LedeStatus form_into_buf(Lexer *lx, Span word, bool stem, size_t *n) {
  for (;;) {
    LedeStatus rc = stem ? stemmer_stem(lx->stemmer, word, lx->buf.items, lx->buf.cap, n)
                         : word_lower(word, lx->buf.items, lx->buf.cap, n);
    if (rc != LEDE_EINPUT) return rc;
    if (!vec_reserve(&lx->buf, *n > 64 ? *n : 64)) return LEDE_ENOMEM;
  }
}

LedeStatus lexer_word(Lexer *lx, Span word, uint32_t *id) {
  size_t n = 0;
  LedeStatus rc = LEDE_OK;
  if (lx->drop_stopwords || lx->form == FORM_LOWER) {
    rc = form_into_buf(lx, word, false, &n);
    if (rc != LEDE_OK) return rc;
    bool is_kept = n == lx->keep_len && n > 0 && memcmp(lx->buf.items, lx->keep, n) == 0;
    if (lx->drop_stopwords && !is_kept && stopword_is((Span){lx->buf.items, n})) {
      *id = TERM_STOP;
      return LEDE_OK;
    }
  }
  Span form = word;
  if (lx->form == FORM_LOWER) form = (Span){lx->buf.items, n};
  if (lx->form == FORM_STEM) {
    rc = form_into_buf(lx, word, true, &n);
    form = (Span){lx->buf.items, n};
  }
  if (rc == LEDE_OK) rc = termmap_intern(&lx->map, form, id);
  return rc;
}

LedeStatus lexer_keep(Lexer *lx, Span word) {
  size_t n = 0;
  LedeStatus rc = form_into_buf(lx, word, false, &n);
  if (rc != LEDE_OK) return rc;
  if (n > LEX_KEEP_MAX) return LEDE_EINPUT;
  memcpy(lx->keep, lx->buf.items, n);
  lx->keep_len = n;
  return LEDE_OK;
}

/* lexer_word through the cache: the id of a short word seen before comes
** from its cache entry; others are looked up and stored there. */
static LedeStatus cached_word(Lexer *lx, Span word, uint32_t *id) {
  if (word.len > LEX_CACHE_WORD) return lexer_word(lx, word, id);
  if (lx->cache == NULL && (lx->cache = calloc(LEX_CACHE_SIZE, sizeof *lx->cache)) == NULL)
    return LEDE_ENOMEM;
  uint64_t h = hash_bytes(word.ptr, word.len, 0x6c657865726c6578ULL);
  LexCacheEntry *e = &lx->cache[h & (LEX_CACHE_SIZE - 1)];
  if (e->hash == h && e->len == word.len && memcmp(e->bytes, word.ptr, word.len) == 0) {
    *id = e->id;
    return LEDE_OK;
  }
  LedeStatus rc = lexer_word(lx, word, id);
  if (rc == LEDE_OK && word.len > 0) {
    e->hash = h, e->id = *id, e->len = (uint8_t)word.len;
    memcpy(e->bytes, word.ptr, word.len);
  }
  return rc;
}

/* Whether form is a clitic that attaches to the word before it ("'s",
** "’s"): the tokenizer splits these off, but they read as one word. */
static bool is_clitic(Span form) {
  return form.len > 0 && (form.ptr[0] == '\'' || (form.len > 3 && memcmp(form.ptr, "\xe2\x80\x99", 3) == 0));
}

size_t lexer_ngram_text(const Lexer *lx, const uint32_t *ids, size_t n, char *out) {
  size_t len = 0;
  for (size_t i = 0; i < n; i++) {
    Span w = termmap_term(&lx->map, ids[i]);
    if (i > 0 && !is_clitic(w)) {
      if (out != NULL) out[len] = ' ';
      len++;
    }
    if (out != NULL && w.len > 0) memcpy(out + len, w.ptr, w.len);
    len += w.len;
  }
  return len;
}

LedeStatus lexer_stop_flags(const Lexer *lx, FlagVec *flags) {
  size_t n = termmap_count(&lx->map);
  if (!vec_reserve(flags, n + 1)) return LEDE_ENOMEM;
  char buf[64]; /* longer words are no stop words */
  for (size_t id = 0; id < n; id++) {
    Span w = termmap_term(&lx->map, (uint32_t)id);
    size_t len = 0;
    flags->items[id] = word_lower(w, buf, sizeof buf, &len) == LEDE_OK && stopword_is((Span){buf, len});
  }
  flags->len = n;
  return LEDE_OK;
}

/* The marker for a punctuation or symbol token: sentence ends stop windows. */
static uint32_t punct_marker(Span tok) {
  char c = tok.ptr[0];
  return (c == '.' || c == '!' || c == '?') ? TERM_SENTENCE : TERM_PUNCT;
}

/* Appends marker, merging it into a marker already last (the stronger wins). */
static bool push_marker(TermIdVec *out, uint32_t marker) {
  if (out->len == 0) return true; /* nothing to separate yet */
  uint32_t *last = &out->items[out->len - 1];
  if (*last == TERM_SENTENCE || *last == TERM_PUNCT) {
    if (marker == TERM_SENTENCE) *last = marker;
    return true;
  }
  return vec_push(out, marker);
}

/* Whether text[from, to) holds a line break. */
static bool has_newline(const char *text, size_t from, size_t to) {
  return to > from && memchr(text + from, '\n', to - from) != NULL;
}

/* Adds the tokens of one chunk; *prev_end carries the end of the last token. */
static LedeStatus lex_tokens(Lexer *lx, Span text, TermIdVec *out, size_t *prev_end) {
  for (size_t i = 0; i < lx->toks.len; i++) {
    Token *t = &lx->toks.items[i];
    if (has_newline(text.ptr, *prev_end, t->r.start) && !push_marker(out, TERM_SENTENCE))
      return LEDE_ENOMEM;
    *prev_end = t->r.end;
    Span tok = {text.ptr + t->r.start, t->r.end - t->r.start};
    if (t->cls == TOKEN_PUNCT || t->cls == TOKEN_SYMBOL) {
      if (!push_marker(out, punct_marker(tok))) return LEDE_ENOMEM;
      continue;
    }
    uint32_t id;
    LedeStatus rc = cached_word(lx, tok, &id);
    if (rc != LEDE_OK) return rc;
    if (!vec_push(out, id)) return LEDE_ENOMEM;
  }
  return LEDE_OK;
}

/* Chunks of about this many bytes, cut at a space or newline, keep the
** token scratch small on huge inputs. */
#define LEX_CHUNK 65536

LedeStatus lexer_terms(Lexer *lx, Span text, TermIdVec *out) {
  out->len = 0;
  size_t prev_end = 0;
  for (size_t start = 0; start < text.len;) {
    size_t end = start + LEX_CHUNK < text.len ? start + LEX_CHUNK : text.len;
    while (end < text.len && text.ptr[end] != ' ' && text.ptr[end] != '\n') end++;
    lx->toks.len = 0;
    if (tokens_scan(text.ptr, (Range){start, end}, &lx->toks) != LEDE_OK) return LEDE_ENOMEM;
    LedeStatus rc = lex_tokens(lx, text, out, &prev_end);
    if (rc != LEDE_OK) return rc;
    start = end;
  }
  return LEDE_OK;
}

/* ---- n-gram counts ---------------------------------------------------------- */

void ngram_init(NgramTable *t, size_t n, size_t max_entries) {
  *t = (NgramTable){.n = n < 1 ? 1 : n > NGRAM_MAX ? NGRAM_MAX : n,
                    .max_entries = max_entries ? max_entries : (size_t)1 << 22};
}

void ngram_free(NgramTable *t) {
  vec_free(&t->pending);
  vec_free(&t->keys);
  vec_free(&t->stats);
  vec_free(&t->totals);
  free(t->slots);
  t->slots = NULL;
  t->slot_cap = 0;
}

void ngram_clear(NgramTable *t) {
  t->keys.len = t->stats.len = t->totals.len = 0;
  if (t->slots) memset(t->slots, 0, t->slot_cap * sizeof *t->slots);
  t->error_bound = 0;
}

static uint64_t key_hash(const uint32_t *key, size_t key_len) {
  uint64_t h = 0x9e3779b97f4a7c15ULL;
  for (size_t i = 0; i < key_len; i++) h = hash_mix64(h ^ key[i]) + i;
  return h;
}

static bool same_key(const uint32_t *a, const uint32_t *b, size_t key_len) {
  for (size_t i = 0; i < key_len; i++)
    if (a[i] != b[i]) return false;
  return true;
}

/* The slot holding key (hash h), or the empty slot where it would go. A
** slot keeps the high half of its key's hash, so most mismatches are seen
** without reading the key. */
static size_t find_slot(const NgramTable *t, const uint32_t *key, uint64_t h) {
  size_t key_len = t->n + 1, mask = t->slot_cap - 1;
  uint64_t tag = h & 0xffffffff00000000ULL;
  for (size_t s = (size_t)h & mask;; s = (s + 1) & mask) {
    uint64_t slot = t->slots[s];
    if (slot == 0) return s;
    if ((slot & 0xffffffff00000000ULL) == tag &&
        same_key(ngram_key(t, (uint32_t)slot - 1), key, key_len))
      return s;
  }
}

/* Rebuilds the slots for cap slots (a power of 2 above twice the entries). */
static bool rehash(NgramTable *t, size_t cap) {
  uint64_t *slots = calloc(cap, sizeof *slots);
  if (slots == NULL) return false;
  free(t->slots);
  t->slots = slots;
  t->slot_cap = cap;
  for (size_t e = 0; e < t->stats.len; e++) {
    uint64_t h = key_hash(ngram_key(t, e), t->n + 1);
    t->slots[find_slot(t, ngram_key(t, e), h)] = (h & 0xffffffff00000000ULL) | (e + 1);
  }
  return true;
}

/* Drops the entries counted at most f times, where f is the smallest count
** that frees half the table; keeps the others in order. */
static bool prune(NgramTable *t) {
  size_t hist[64] = {0}, len = t->stats.len, key_len = t->n + 1;
  for (size_t e = 0; e < len; e++) hist[t->stats.items[e].count < 63 ? t->stats.items[e].count : 63]++;
  uint32_t floor = 1;
  for (size_t dropped = hist[1]; dropped < len / 2 && floor < 63;) dropped += hist[++floor];
  size_t kept = 0;
  for (size_t e = 0; e < len; e++) {
    if (t->stats.items[e].count <= floor) continue;
    memmove(t->keys.items + kept * key_len, t->keys.items + e * key_len, key_len * sizeof(uint32_t));
    t->stats.items[kept++] = t->stats.items[e];
  }
  t->stats.len = kept;
  t->keys.len = kept * key_len;
  t->error_bound += floor;
  return rehash(t, t->slot_cap);
}

/* Counts one n-gram key (group + ids) whose hash is h. */
static LedeStatus count_key(NgramTable *t, const uint32_t *key, uint64_t h) {
  if (2 * (t->stats.len + 1) > t->slot_cap && !rehash(t, t->slot_cap ? 2 * t->slot_cap : 1024))
    return LEDE_ENOMEM;
  size_t s = find_slot(t, key, h);
  if (t->slots[s] == 0) {
    if (t->stats.len >= t->max_entries) {
      if (!prune(t)) return LEDE_ENOMEM;
      s = find_slot(t, key, h);
    }
    if (!vec_reserve(&t->keys, t->keys.len + t->n + 1) || !vec_push(&t->stats, ((NgramStat){0})))
      return LEDE_ENOMEM;
    memcpy(t->keys.items + t->keys.len, key, (t->n + 1) * sizeof *key);
    t->keys.len += t->n + 1;
    t->slots[s] = (h & 0xffffffff00000000ULL) | t->stats.len;
  }
  NgramStat *st = &t->stats.items[(uint32_t)t->slots[s] - 1];
  st->count++;
  if (st->last_doc != t->doc_serial) st->docs++, st->last_doc = t->doc_serial;
  return LEDE_OK;
}

/* How far ahead ngram_add asks the memory for the slot of an n-gram: the
** table is far bigger than the caches, so each probe would otherwise wait. */
#define PREFETCH_AHEAD 8

LedeStatus ngram_add(NgramTable *t, uint32_t group, const uint32_t *ids, size_t len) {
  if (!VEC_GROW_ZERO(&t->totals, (size_t)group + 1)) return LEDE_ENOMEM;
  t->doc_serial++;
  /* the n-grams of the document first (where they end, and their hashes) */
  t->pending.len = 0;
  uint32_t key[NGRAM_MAX + 1];
  key[0] = group;
  size_t run = 0; /* words since the last marker */
  for (size_t i = 0; i < len; i++) {
    if (ids[i] != TERM_SENTENCE && ids[i] != TERM_PUNCT) t->totals.items[group]++;
    run = term_is_marker(ids[i]) ? 0 : run + 1;
    if (run < t->n) continue;
    memcpy(key + 1, ids + i + 1 - t->n, t->n * sizeof *key);
    NgramPending p = {key_hash(key, t->n + 1), i + 1 - t->n};
    if (!vec_push(&t->pending, p)) return LEDE_ENOMEM;
  }
  for (size_t j = 0; j < t->pending.len; j++) {
    if (j + PREFETCH_AHEAD < t->pending.len && t->slot_cap > 0)
      __builtin_prefetch(&t->slots[t->pending.items[j + PREFETCH_AHEAD].hash & (t->slot_cap - 1)]);
    memcpy(key + 1, ids + t->pending.items[j].start, t->n * sizeof *key);
    LedeStatus rc = count_key(t, key, t->pending.items[j].hash);
    if (rc != LEDE_OK) return rc;
  }
  return LEDE_OK;
}

size_t ngram_find(const NgramTable *t, uint32_t group, const uint32_t *ids) {
  if (t->slot_cap == 0) return SIZE_MAX;
  uint32_t key[NGRAM_MAX + 1];
  key[0] = group;
  memcpy(key + 1, ids, t->n * sizeof *key);
  uint64_t slot = t->slots[find_slot(t, key, key_hash(key, t->n + 1))];
  return slot == 0 ? SIZE_MAX : (uint32_t)slot - 1;
}

typedef struct {
  uint32_t group, count;
  size_t entry;
} Ranked;

static int cmp_ranked(const void *x, const void *y) {
  const Ranked *a = x, *b = y;
  if (a->group != b->group) return a->group < b->group ? -1 : 1;
  if (a->count != b->count) return a->count > b->count ? -1 : 1;
  return (a->entry > b->entry) - (a->entry < b->entry);
}

bool ngram_holds_flagged(const NgramTable *t, size_t e, const bool *flags) {
  const uint32_t *ids = ngram_key(t, e) + 1;
  for (size_t i = 0; flags != NULL && i < t->n; i++)
    if (flags[ids[i]]) return true;
  return false;
}

LedeStatus ngram_top(const NgramTable *t, size_t limit, uint32_t min_count, const bool *is_skipped,
                     EntryVec *out) {
  out->len = 0;
  VEC(Ranked) ranked = {0};
  for (size_t e = 0; e < t->stats.len; e++) {
    if (t->stats.items[e].count < min_count) continue;
    if (ngram_holds_flagged(t, e, is_skipped)) continue;
    Ranked r = {ngram_key(t, e)[0], t->stats.items[e].count, e};
    if (!vec_push(&ranked, r)) {
      vec_free(&ranked);
      return LEDE_ENOMEM;
    }
  }
  if (ranked.len > 1) qsort(ranked.items, ranked.len, sizeof *ranked.items, cmp_ranked);
  size_t in_group = 0;
  for (size_t i = 0; i < ranked.len; i++) {
    in_group = (i > 0 && ranked.items[i].group == ranked.items[i - 1].group) ? in_group + 1 : 0;
    if (limit > 0 && in_group >= limit) continue;
    if (!vec_push(out, ranked.items[i].entry)) {
      vec_free(&ranked);
      return LEDE_ENOMEM;
    }
  }
  vec_free(&ranked);
  return LEDE_OK;
}

/* ---- a counter: a lexer and its counts ----------------------------------- */

LedeStatus word_counter_init(WordCounter *cn, size_t n, WordForm form, bool drop_stopwords,
                             size_t max_entries) {
  *cn = (WordCounter){0};
  ngram_init(&cn->tab, n, max_entries);
  return lexer_init(&cn->lx, form, drop_stopwords);
}

LedeStatus word_counter_add(WordCounter *cn, uint32_t group, Span text) {
  LedeStatus rc = lexer_terms(&cn->lx, text, &cn->ids);
  if (rc == LEDE_OK) rc = ngram_add(&cn->tab, group, cn->ids.items, cn->ids.len);
  return rc;
}

void word_counter_free(WordCounter *cn) {
  lexer_free(&cn->lx);
  ngram_free(&cn->tab);
  vec_free(&cn->ids);
}

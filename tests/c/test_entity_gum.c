/*
** test_entity_gum.c — scores the entity mentions of article_parse on GUM's
** 24 Wikinews documents ($LEDE_SHARED/data/gum-news/gum_news_gold.json),
** prints precision, recall and F1 (found, and found with the right type,
** per type) and fails under floors set just below what the parser reached.
**
** GUM annotates every mention that can corefer: pronouns and "the team"
** as well as names, each span a whole noun phrase ("U.S. President Donald
** Trump's", "the United States"). Two choices turn that into a test of
** named entities:
**   - the gold names: mentions of a person, organization or place linked to
**     Wikipedia that name their entity, i.e. share a capitalised word with
**     the linked title ("Hamdullah Mohib") or spell its initials ("U.S.",
**     "NASA"); "the country", "The President" and "the Afghan team" are
**     linked but no names; of nested names only the longest counts;
**   - a match: a found mention ends where a gold mention ends (before a
**     possessive 's) and starts inside it. The head of an English noun phrase
**     is its last word; lede keeps titles apart from names, so "Donald
**     Trump" is the name in "U.S. President Donald Trump's".
** A found mention that ends like some gold mention that is no name (a
** mention of an event, a linked "the country") counts neither way; one that
** ends like no gold mention is a false positive. Only paragraphs of running
** text are scored: lede reads entities from body blocks, and GUM's headline
** and captions are no body.
** LEDE_VERBOSE=1 prints each miss and false positive.
*/
#include <stdlib.h>

#include "article.h"
#include "check.h"
#include "fixture.h"
#include "json.h"

/* reached: found F1 0.844; typed person 0.759, organization 0.659, place 0.723 */
static const double FLOOR_FOUND_F1 = 0.82;
static const double FLOOR_TYPED_F1[3] = {0.74, 0.64, 0.70};

enum { N_TYPES = 3, TYPE_NONE = 3 }; /* person, organization, place as in EntityType */

typedef struct {
  size_t start, end, name_end; /* bytes; name_end is end before a possessive */
  size_t key_from, key_to;     /* has_key: the words that name the linked entity */
  int type;                    /* EntityType for the three kinds, else TYPE_NONE */
  bool has_key, is_name, is_taken;
} Gold;

typedef struct {
  size_t gold[N_TYPES], found[N_TYPES], right[N_TYPES]; /* typed */
  size_t n_gold, n_found, n_match;                      /* whatever the type */
} Score;

static bool span_eq(Span s, const char *lit) { return s.len == strlen(lit) && memcmp(s.ptr, lit, s.len) == 0; }

static int gum_type(Span t) {
  static const char *const names[N_TYPES] = {"person", "organization", "place"};
  for (int i = 0; i < N_TYPES; i++)
    if (span_eq(t, names[i])) return i;
  return TYPE_NONE;
}

static bool is_word_byte(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static bool is_capital(unsigned char c) { return (c >= 'A' && c <= 'Z') || c >= 0xC0; }

/* The next word of s at or after *pos (letters, digits, any non-ASCII byte;
** "%2C" in a URL title is a separator): false when there is none. */
static bool next_word(Span s, size_t *pos, Span *w) {
  size_t i = *pos;
  for (; i < s.len; i++) {
    if (s.ptr[i] == '%' && i + 2 < s.len) i += 2; /* %XX: an escaped separator */
    else if (is_word_byte((unsigned char)s.ptr[i])) break;
  }
  if (i >= s.len) return false;
  size_t j = i;
  while (j < s.len && is_word_byte((unsigned char)s.ptr[j]) && s.ptr[j] != '%') j++;
  *w = (Span){s.ptr + i, j - i};
  *pos = j;
  return true;
}

static bool has_word(Span s, Span w) {
  Span x;
  for (size_t pos = 0; next_word(s, &pos, &x);)
    if (x.len == w.len && memcmp(x.ptr, w.ptr, w.len) == 0) return true;
  return false;
}

/* The initials of the capitalised words of a title ("United_States" ->
** "US"), or the capitals of a mention ("U.S." -> "US"; any lower-case
** letter: ""). */
static size_t initials(Span s, bool is_title, char *out, size_t cap) {
  size_t n = 0;
  Span w;
  for (size_t pos = 0; next_word(s, &pos, &w) && n + 1 < cap;) {
    if (is_title) {
      if (w.ptr[0] >= 'A' && w.ptr[0] <= 'Z') out[n++] = w.ptr[0];
      continue;
    }
    for (size_t i = 0; i < w.len && n + 1 < cap; i++) {
      if (!(w.ptr[i] >= 'A' && w.ptr[i] <= 'Z')) return 0;
      out[n++] = w.ptr[i];
    }
  }
  out[n] = '\0';
  return n;
}

/* Whether m[from, to) holds only spaces, hyphens and periods. */
static bool is_tight_gap(Span m, size_t from, size_t to) {
  for (size_t i = from; i < to; i++)
    if (m.ptr[i] != ' ' && m.ptr[i] != '-' && m.ptr[i] != '.') return false;
  return true;
}

/* Whether the words of m up to `to` only modify a common noun that follows:
** "the Afghan team's", "A group of Afghan teenagers" are no names. */
static bool is_modifier(Span m, size_t to) {
  static const char *const heads_end[] = {"and", "at", "by", "for", "from", "in", "of",
                                          "on", "that", "to", "which", "who", "with"};
  Span w;
  size_t pos = to;
  if (!next_word(m, &pos, &w) || !(w.ptr[0] >= 'a' && w.ptr[0] <= 'z')) return false;
  for (size_t i = 0; i < sizeof heads_end / sizeof *heads_end; i++)
    if (span_eq(w, heads_end[i])) return false;
  return true;
}

/* Where mention text m names the entity of Wikipedia title t: its first
** capitalised word found in t, and the words of t that follow it closely
** up to the last capitalised one ("Cheng Chung-tai" in "localist camp's
** Cheng Chung-tai of Civic Passion", "Daughters of the American Revolution",
** "Mountain View" in "Mountain View, California"), unless a common noun
** follows them (is_modifier); or from its first
** capitalised word to its end when its capitals spell t's initials ("U.S.",
** "NASA"). Offsets into m; false when m is no name of t. */
static bool name_in(Span m, Span t, size_t *from, size_t *to) {
  Span w;
  size_t pos = 0, first_cap = SIZE_MAX, prev_end = 0;
  *from = SIZE_MAX, *to = 0;
  for (bool is_first = true; next_word(m, &pos, &w); is_first = false, prev_end = pos) {
    size_t at = (size_t)(w.ptr - m.ptr);
    bool is_cap = is_capital((unsigned char)w.ptr[0]);
    if (*from != SIZE_MAX) { /* in the name: go on while t's words follow closely */
      if (!has_word(t, w) || !is_tight_gap(m, prev_end, at)) break;
      if (is_cap || (at == prev_end + 1 && m.ptr[prev_end] == '-')) *to = pos; /* "Chung-tai" */
      continue;
    }
    bool is_article = is_first && ((w.len == 3 && memcmp(w.ptr, "The", 3) == 0) || (w.len == 1 && w.ptr[0] == 'A'));
    if (!is_cap || is_article) continue;
    if (first_cap == SIZE_MAX) first_cap = at;
    if (has_word(t, w)) *from = at, *to = at + w.len;
  }
  if (*from != SIZE_MAX) return !is_modifier(m, *to);
  char mi[32], ti[32];
  size_t n = initials(m, false, mi, sizeof mi);
  if (n < 2 || initials(t, true, ti, sizeof ti) != n || memcmp(mi, ti, n) != 0) return false;
  *from = first_cap, *to = m.len;
  return true;
}

/* The end of m before a possessive ("Trump's", "States'"). */
static size_t name_end(const char *text, size_t start, size_t end) {
  if (end - start > 2 && memcmp(text + end - 2, "'s", 2) == 0) return end - 2;
  if (end - start > 4 && memcmp(text + end - 4, "\xE2\x80\x99s", 4) == 0) return end - 4;
  if (end - start > 1 && text[end - 1] == '\'') return end - 1;
  return end;
}

/* Whether byte offset b lies in a paragraph of running text. */
static bool in_scored_paragraph(const JsonValue *paras, const size_t *byte_of, size_t b) {
  for (size_t p = 0; p < json_len(paras); p++) {
    const JsonValue *para = json_at(paras, p);
    size_t s = byte_of[(size_t)json_number(json_get(para, "start"), 0)];
    size_t e = byte_of[(size_t)json_number(json_get(para, "end"), 0)];
    if (b < s || b >= e) continue;
    Span kind = json_string(json_get(para, "kind"));
    return !span_eq(kind, "head") && !span_eq(kind, "figure");
  }
  return false;
}

/* The gold name that the found mention [start, end) matches: it lies
** inside the name and covers its key words; the innermost not yet taken
** first, else one taken (a second find of the same mention). NULL: none. */
static Gold *match_name(Gold *g, size_t n, size_t start, size_t end) {
  Gold *best = NULL;
  for (size_t i = 0; i < n; i++) {
    if (!g[i].is_name || g[i].start > start || g[i].end < end) continue;
    if (start > g[i].key_from || end < g[i].key_to) continue;
    bool is_better = best == NULL || (best->is_taken && !g[i].is_taken) ||
                     (best->is_taken == g[i].is_taken && g[i].start > best->start);
    if (is_better) best = &g[i];
  }
  return best;
}

/* Whether [start, end) ends where a gold mention of no person, organization
** or place name ends, and lies inside it: a mention GUM does not link, one
** of another kind ("the Google Science Fair"). A name
** inside a longer name does not count: finding "Texas" alone in
** "University of Texas Arlington" is a mistake. */
static bool ends_other_mention(const Gold *g, size_t n, size_t start, size_t end) {
  for (size_t i = 0; i < n; i++)
    if (!(g[i].has_key && g[i].type != TYPE_NONE) && g[i].start <= start && (g[i].end == end || g[i].name_end == end))
      return true;
  return false;
}

/* Whether g's name lies inside a longer name of another linked mention
** ("Texas" in "University of Texas Arlington", "Google" in "the Google
** Science Fair"): names do not nest, the longest one is the name. */
static bool in_longer_name(const Gold *all, size_t n, const Gold *g) {
  for (size_t i = 0; i < n; i++) {
    const Gold *h = &all[i];
    if (h->has_key && h->key_from <= g->key_from && h->key_to >= g->key_to &&
        h->key_to - h->key_from > g->key_to - g->key_from)
      return true;
  }
  return false;
}

static void score_doc(const JsonValue *docv, Score *sc, bool is_verbose) {
  Span text = json_string(json_get(docv, "text"));
  if (is_verbose) {
    Span id = json_string(json_get(docv, "doc_id"));
    printf("%.*s\n", (int)id.len, id.ptr);
  }
  size_t *byte_of = fixture_byte_offsets(text); /* code point -> byte */
  const JsonValue *paras = json_get(docv, "paragraphs"), *ents = json_get(docv, "entities");
  size_t n = json_len(ents);
  Gold *gold = calloc(n + 1, sizeof *gold);
  for (size_t i = 0; i < n; i++) {
    const JsonValue *e = json_at(ents, i);
    Gold *g = &gold[i];
    g->start = byte_of[(size_t)json_number(json_get(e, "start"), 0)];
    g->end = byte_of[(size_t)json_number(json_get(e, "end"), 0)];
    g->name_end = name_end(text.ptr, g->start, g->end);
    g->type = gum_type(json_string(json_get(e, "type")));
    Span wiki = json_string(json_get(e, "wikipedia"));
    size_t from = 0, to = 0;
    g->has_key = wiki.len > 0 && name_in((Span){text.ptr + g->start, g->name_end - g->start}, wiki, &from, &to);
    g->key_from = g->start + from, g->key_to = g->start + to;
  }
  for (size_t i = 0; i < n; i++) {
    Gold *g = &gold[i];
    g->is_name = g->has_key && g->type != TYPE_NONE && in_scored_paragraph(paras, byte_of, g->start) &&
                 !in_longer_name(gold, n, g);
    if (g->is_name) sc->n_gold++, sc->gold[g->type]++;
  }
  Article a;
  Err err = {0};
  CHECK_INT_EQ(article_parse(text, NULL, &a, &err), LEDE_OK);
  for (size_t i = 0; i < a.mentions.len; i++) {
    const Mention *m = &a.mentions.items[i];
    size_t start = article_raw_offset(&a, m->r.start), end = article_raw_offset(&a, m->r.end);
    if (!in_scored_paragraph(paras, byte_of, start)) continue;
    int type = (int)a.entities.items[m->entity].type;
    Gold *g = match_name(gold, n, start, end);
    if (g != NULL ? g->is_taken : ends_other_mention(gold, n, start, end)) continue; /* counts neither way */
    sc->n_found++;
    if (type < N_TYPES) sc->found[type]++;
    if (g == NULL) {
      if (is_verbose) printf("false: %.*s (%s)\n", (int)(end - start), text.ptr + start, entity_type_names[type]);
      continue;
    }
    g->is_taken = true;
    sc->n_match++;
    if (type == g->type) sc->right[type]++;
    else if (is_verbose)
      printf("type: %.*s (%s)\n", (int)(end - start), text.ptr + start, entity_type_names[type]);
  }
  for (size_t i = 0; i < n && is_verbose; i++)
    if (gold[i].is_name && !gold[i].is_taken)
      printf("missed: %.*s (%s) %zu\n", (int)(gold[i].end - gold[i].start), text.ptr + gold[i].start,
             entity_type_names[gold[i].type], gold[i].start);
  article_free(&a);
  free(gold);
  free(byte_of);
}

static double f1_of(size_t right, size_t found, size_t gold, double *p, double *r) {
  *p = fixture_ratio(right, found);
  *r = fixture_ratio(right, gold);
  return fixture_f1(*p, *r);
}

int main(void) {
  const char *shared = getenv("LEDE_SHARED");
  bool is_verbose = getenv("LEDE_VERBOSE") != NULL;
  char path[1024];
  snprintf(path, sizeof path, "%s/data/gum-news/gum_news_gold.json", shared ? shared : "");
  size_t len;
  char *buf = shared != NULL ? fixture_read(path, &len) : NULL;
  if (buf == NULL) {
    printf("skipped: GUM entities (%s not found; set LEDE_SHARED)\n", shared ? path : "LEDE_SHARED");
    return CHECK_DONE();
  }
  JsonDoc doc;
  Err err = {0};
  CHECK_INT_EQ(json_parse((Span){buf, len}, &doc, &err), LEDE_OK);
  Score sc = {0};
  for (size_t d = 0; d < json_len(&doc.root); d++) score_doc(json_at(&doc.root, d), &sc, is_verbose);
  double p, r, f1 = f1_of(sc.n_match, sc.n_found, sc.n_gold, &p, &r);
  printf("gum-news entities: %zu gold names, %zu found, %zu matched; P %.3f R %.3f F1 %.3f\n", sc.n_gold,
         sc.n_found, sc.n_match, p, r, f1);
  CHECK(f1 >= FLOOR_FOUND_F1);
  for (int t = 0; t < N_TYPES; t++) {
    double tf1 = f1_of(sc.right[t], sc.found[t], sc.gold[t], &p, &r);
    printf("  %-12s %4zu gold, %4zu found, %4zu right; P %.3f R %.3f F1 %.3f\n", entity_type_names[t],
           sc.gold[t], sc.found[t], sc.right[t], p, r, tf1);
    CHECK(tf1 >= FLOOR_TYPED_F1[t]);
  }
  json_doc_free(&doc);
  free(buf);
  return CHECK_DONE();
}

/*
** bench_polnear.c — measures the entity and quote stages on PolNeAR (political
** news with gold attribution relations; see data/polnear/SOURCE.md). For each
** train and dev article it runs entities_find and quotes_find over one body
** block per paragraph (the headline line skipped), matches our full and
** partial quotes to gold Content spans that hold quotation marks, and prints
** quote precision/recall/F1, how often we name a speaker whose gold Source is
** a proper name, and the speed of the two stages.
** Speed is the fastest of five rounds over the articles held in memory.
**
** Usage: bench_polnear DATA_DIR   (DATA_DIR holds train/ and dev/)
*/
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "article.h"
#include "entity.h"
#include "fixture.h"
#include "quote.h"

#define MAX_FRAGS 4

/* A gold Content span (up to MAX_FRAGS fragments, byte offsets) with the
** Source of its attribution. */
typedef struct {
  char id[16];
  char type[16];
  Range frag[MAX_FRAGS];
  int n_frags;
} Span_;

typedef VEC(Span_) SpanVec;
typedef struct {
  char content[16], source[16];
} Relation;
typedef VEC(Relation) RelVec;

typedef struct {
  long gold_direct, gold_matched; /* recall side */
  long pred, pred_matched;        /* precision side (full + partial) */
  long pred_scare, scare_matched; /* scare quotes, reported apart */
  long named_total, named_ok;     /* gold source a proper name, quote matched */
  long named_any;                 /* ... and we gave some speaker */
  double seconds_entities, seconds_quotes;
  size_t bytes;
  long articles;
} Stats;

/* Reads a whole file; the caller frees the result. NULL on failure. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  char *buf = NULL;
  size_t cap = 0, n = 0, got;
  do {
    if (n + 65536 + 1 > cap) {
      cap = (n + 65536 + 1) * 2;
      char *grown = realloc(buf, cap);
      if (grown == NULL) {
        free(buf);
        fclose(f);
        return NULL;
      }
      buf = grown;
    }
    got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
  } while (got > 0);
  fclose(f);
  buf[n] = '\0';
  *len = n;
  return buf;
}

/* Byte offset of each code point: map[i] for code point i, map[n] = len.
** The caller frees it. */
static size_t *cp_offsets(const char *s, size_t len, size_t *n_cp) {
  size_t *map = malloc((len + 1) * sizeof *map), n = 0;
  if (map == NULL) return NULL;
  for (size_t i = 0; i < len; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) map[n++] = i;
  map[n] = len;
  *n_cp = n;
  return map;
}

/* Parses "Content 12 30;40 55" fragments into sp (code points -> bytes). */
static void parse_frags(const char *p, const size_t *map, size_t n_cp, Span_ *sp) {
  sp->n_frags = 0;
  while (sp->n_frags < MAX_FRAGS) {
    char *end;
    long s = strtol(p, &end, 10);
    if (end == p) return;
    p = end;
    long e = strtol(p, &end, 10);
    if (end == p) return;
    p = end;
    if (s >= 0 && e >= s && (size_t)e <= n_cp) sp->frag[sp->n_frags++] = (Range){map[s], map[e]};
    if (*p != ';') return;
    p++;
  }
}

/* Reads the T and E records of a brat .ann file. */
static void parse_ann(char *ann, const size_t *map, size_t n_cp, SpanVec *spans, RelVec *rels) {
  for (char *line = strtok(ann, "\n"); line != NULL; line = strtok(NULL, "\n")) {
    if (line[0] == 'T') {
      Span_ sp = {{0}, {0}, {{0, 0}}, 0};
      if (sscanf(line, "%15[^\t]\t%15s", sp.id, sp.type) != 2) continue;
      char *p = strchr(line, '\t');
      if (p == NULL || line[1] < '0' || line[1] > '9') continue; /* a continuation line */
      p = strchr(p + 1, ' ');
      if (p == NULL) continue;
      parse_frags(p + 1, map, n_cp, &sp);
      vec_push(spans, sp);
    } else if (line[0] == 'E') {
      Relation rel = {{0}, {0}};
      char *c = strstr(line, "Content:"), *s = strstr(line, "Source:");
      if (c == NULL) continue;
      sscanf(c + 8, "%15s", rel.content);
      if (s != NULL) sscanf(s + 7, "%15s", rel.source);
      vec_push(rels, rel);
    }
  }
}

static const Span_ *span_by_id(const SpanVec *spans, const char *id) {
  for (size_t i = 0; i < spans->len; i++)
    if (strcmp(spans->items[i].id, id) == 0) return &spans->items[i];
  return NULL;
}

/* True when a gold span's text holds a double quotation mark. */
static bool has_mark(const char *text, const Span_ *sp) {
  for (int f = 0; f < sp->n_frags; f++)
    for (size_t i = sp->frag[f].start; i < sp->frag[f].end; i++)
      if (text[i] == '"' ||
          (i + 2 < sp->frag[f].end && (unsigned char)text[i] == 0xE2 &&
           (unsigned char)text[i + 1] == 0x80 &&
           ((unsigned char)text[i + 2] == 0x9C || (unsigned char)text[i + 2] == 0x9D)))
        return true;
  return false;
}

static bool overlaps(Range a, Range b) { return a.start < b.end && b.start < a.end; }

static bool span_overlaps(const Span_ *sp, Range r) {
  for (int f = 0; f < sp->n_frags; f++)
    if (overlaps(sp->frag[f], r)) return true;
  return false;
}

/* A gold Source that is a proper name: every word capitalised (particles
** allowed), not a pronoun or a phrase opening with an article. */
static bool is_proper_name(const char *text, const Span_ *src) {
  if (src == NULL || src->n_frags != 1) return false;
  Range r = src->frag[0];
  if (r.end <= r.start || r.end - r.start > 60) return false;
  static const char *const bad_first[] = {"The ", "A ", "An ", "His ", "Her ", "Their ", "This "};
  for (size_t i = 0; i < sizeof bad_first / sizeof bad_first[0]; i++)
    if (strncmp(text + r.start, bad_first[i], strlen(bad_first[i])) == 0) return false;
  bool word_start = true;
  int n_upper_words = 0;
  for (size_t i = r.start; i < r.end; i++) {
    unsigned char c = (unsigned char)text[i];
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start) {
      bool particle = strncmp(text + i, "de ", 3) == 0 || strncmp(text + i, "al ", 3) == 0;
      if (c >= 'A' && c <= 'Z')
        n_upper_words++;
      else if (!particle)
        return false;
    }
    word_start = false;
  }
  if (n_upper_words == 1 && r.end - r.start <= 3) return false; /* "He", "I" */
  return n_upper_words > 0;
}

/* Lower-cased last word of r (ASCII), into buf. */
static void last_word(const char *text, Range r, char *buf, size_t cap) {
  size_t e = r.end;
  while (e > r.start && (text[e - 1] == ' ' || text[e - 1] == '.' || text[e - 1] == ',')) e--;
  if (e >= 2 && text[e - 1] == 's' && (text[e - 2] == '\''))
    e -= 2;
  else if (e >= 4 && text[e - 1] == 's' && memcmp(text + e - 4, "\xE2\x80\x99", 3) == 0)
    e -= 4;
  else if (e >= 3 && memcmp(text + e - 3, "\xE2\x80\x99", 3) == 0)
    e -= 3; /* "Sanders’" */
  else if (e >= 1 && text[e - 1] == '\'')
    e -= 1;
  size_t s = e;
  while (s > r.start && text[s - 1] != ' ') s--;
  size_t n = 0;
  for (size_t i = s; i < e && n + 1 < cap; i++)
    buf[n++] = (char)((text[i] >= 'A' && text[i] <= 'Z') ? text[i] - 'A' + 'a' : text[i]);
  buf[n] = '\0';
}

/* True when our speaker entity is the person the gold Source names: the
** gold surname is a word of one of its mentions. */
static bool same_speaker(const Article *a, long ent, const char *text, const Span_ *src) {
  if (ent < 0) return false;
  char want[64];
  last_word(text, src->frag[0], want, sizeof want);
  for (size_t m = 0; m < a->mentions.len; m++) {
    if (a->mentions.items[m].entity != (size_t)ent) continue;
    char got[64];
    last_word(a->text, a->mentions.items[m].r, got, sizeof got);
    if (strcmp(got, want) == 0) return true;
  }
  return false;
}

/* One body block per paragraph (blank-line separated), the first line (the
** headline) skipped. */
static void make_blocks(Article *a) {
  size_t i = 0;
  while (i < a->len && a->text[i] != '\n') i++;
  while (i < a->len) {
    while (i < a->len && (a->text[i] == '\n' || a->text[i] == ' ')) i++;
    size_t start = i;
    while (i < a->len && !(a->text[i] == '\n' && (i + 1 >= a->len || a->text[i + 1] == '\n'))) i++;
    size_t end = i;
    while (end > start && (a->text[end - 1] == ' ' || a->text[end - 1] == '\n')) end--;
    if (end > start) {
      Block b = {{start, end}, BLOCK_BODY};
      vec_push(&a->blocks, b);
    }
  }
}

/* Scores our quotes against the gold of one article. */
static void score(const Article *a, const SpanVec *spans, const RelVec *rels, Stats *st) {
  bool *used = calloc(a->quotes.len + 1, 1);
  for (size_t r = 0; r < rels->len; r++) {
    const Span_ *content = span_by_id(spans, rels->items[r].content);
    if (content == NULL || !has_mark(a->text, content)) continue;
    st->gold_direct++;
    const Span_ *src = span_by_id(spans, rels->items[r].source);
    long hit = -1;
    for (size_t q = 0; q < a->quotes.len && hit < 0; q++)
      if (a->quotes.items[q].kind != QUOTE_SCARE && span_overlaps(content, a->quotes.items[q].r))
        hit = (long)q;
    if (hit < 0) continue;
    st->gold_matched++;
    if (is_proper_name(a->text, src)) {
      st->named_total++;
      st->named_any += a->quotes.items[hit].speaker >= 0;
      st->named_ok += same_speaker(a, a->quotes.items[hit].speaker, a->text, src);
    }
  }
  for (size_t q = 0; q < a->quotes.len; q++) {
    bool is_scare = a->quotes.items[q].kind == QUOTE_SCARE;
    bool matched = false;
    for (size_t r = 0; r < rels->len && !matched; r++) {
      const Span_ *content = span_by_id(spans, rels->items[r].content);
      matched = content != NULL && has_mark(a->text, content) &&
                span_overlaps(content, a->quotes.items[q].r);
    }
    if (is_scare) {
      st->pred_scare++;
      st->scare_matched += matched;
    } else {
      st->pred++;
      st->pred_matched += matched;
    }
  }
  free(used);
}

/* One loaded article with its gold. */
typedef struct {
  char *text;
  Article a;
  SpanVec spans;
  RelVec rels;
} Loaded;
typedef VEC(Loaded) LoadedVec;

/* Loads one article (text and annotation paths) into *out; false when a file
** cannot be read. */
static bool load_article(const char *txt_path, const char *ann_path, LoadedVec *out) {
  size_t len, ann_len, n_cp;
  char *text = read_file(txt_path, &len), *ann = read_file(ann_path, &ann_len);
  size_t *map = text != NULL ? cp_offsets(text, len, &n_cp) : NULL;
  bool ok = text != NULL && ann != NULL && map != NULL;
  if (ok) {
    Loaded l;
    memset(&l, 0, sizeof l);
    l.text = text;
    l.a.text = text;
    l.a.len = len;
    make_blocks(&l.a);
    parse_ann(ann, map, n_cp, &l.spans, &l.rels);
    ok = vec_push(out, l);
  }
  if (!ok) {
    fprintf(stderr, "bench_polnear: cannot load %s\n", txt_path);
    free(text);
  }
  free(ann);
  free(map);
  return ok;
}

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t); /* CPU time: the machine is shared */
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Runs both stages over every article `rounds` times and keeps the fastest
** round's times; the last round's results stay in the articles. */
static void run_all(LoadedVec *all, int rounds, Stats *st) {
  st->seconds_entities = st->seconds_quotes = 1e30;
  for (int r = 0; r < rounds; r++) {
    double te = 0, tq = 0;
    for (size_t i = 0; i < all->len; i++) {
      Article *a = &all->items[i].a;
      Err err;
      double t0 = now();
      if (entities_find(a, &err) != LEDE_OK) fprintf(stderr, "bench_polnear: %s\n", err.msg);
      double t1 = now();
      if (quotes_find(a, &err) != LEDE_OK) fprintf(stderr, "bench_polnear: %s\n", err.msg);
      te += t1 - t0;
      tq += now() - t1;
    }
    if (te < st->seconds_entities) st->seconds_entities = te;
    if (tq < st->seconds_quotes) st->seconds_quotes = tq;
  }
  for (size_t i = 0; i < all->len; i++) {
    st->bytes += all->items[i].a.len;
    st->articles++;
    score(&all->items[i].a, &all->items[i].spans, &all->items[i].rels, st);
  }
}

static void free_all(LoadedVec *all) {
  for (size_t i = 0; i < all->len; i++) {
    Loaded *l = &all->items[i];
    vec_free(&l->spans);
    vec_free(&l->rels);
    vec_free(&l->a.blocks);
    vec_free(&l->a.entities);
    vec_free(&l->a.mentions);
    vec_free(&l->a.quotes);
    free(l->text);
  }
  vec_free(all);
}

static int str_cmp(const void *x, const void *y) {
  return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Sorted names of the files in dir; the caller frees each and the array. */
static char **list_dir(const char *dir, size_t *n) {
  DIR *d = opendir(dir);
  char **names = NULL;
  size_t cap = 0;
  *n = 0;
  if (d == NULL) return NULL;
  for (struct dirent *ent; (ent = readdir(d)) != NULL;) {
    if (ent->d_name[0] == '.') continue;
    if (*n == cap) {
      cap = cap ? cap * 2 : 256;
      names = realloc(names, cap * sizeof *names);
    }
    names[(*n)++] = strdup(ent->d_name);
  }
  closedir(d);
  if (*n > 1) qsort(names, *n, sizeof *names, str_cmp);
  return names;
}

/* Loads every article of one compartment (train or dev): each text with the
** first of its annotation files. */
static void load_compartment(const char *root, const char *part, LoadedVec *all) {
  char tdir[1024], adir[1024], tpath[2048], apath[2048];
  snprintf(tdir, sizeof tdir, "%s/%s/text", root, part);
  snprintf(adir, sizeof adir, "%s/%s/attributions", root, part);
  size_t nt, na;
  char **texts = list_dir(tdir, &nt), **anns = list_dir(adir, &na);
  size_t j = 0;
  for (size_t i = 0; i < nt; i++) {
    size_t stem = strlen(texts[i]) - 4; /* ".txt" */
    while (j < na && strncmp(anns[j], texts[i], stem) < 0) j++;
    if (j < na && strncmp(anns[j], texts[i], stem) == 0 && anns[j][stem] == '_') {
      snprintf(tpath, sizeof tpath, "%s/%s", tdir, texts[i]);
      snprintf(apath, sizeof apath, "%s/%s", adir, anns[j]);
      load_article(tpath, apath, all);
    }
  }
  for (size_t i = 0; i < nt; i++) free(texts[i]);
  for (size_t i = 0; i < na; i++) free(anns[i]);
  free(texts);
  free(anns);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: bench_polnear DATA_DIR (the polnear folder with train/ and dev/)\n");
    return 2;
  }
  Stats st = {0};
  LoadedVec all = {0};
  load_compartment(argv[1], "train", &all);
  load_compartment(argv[1], "dev", &all);
  run_all(&all, 5, &st);
  free_all(&all);
  if (st.articles == 0) {
    fprintf(stderr, "bench_polnear: no articles under %s\n", argv[1]);
    return 1;
  }
  double p = fixture_ratio((size_t)st.pred_matched, (size_t)st.pred);
  double r = fixture_ratio((size_t)st.gold_matched, (size_t)st.gold_direct);
  double f = fixture_f1(p, r);
  printf("articles %ld, %.1f MB\n", st.articles, (double)st.bytes / 1e6);
  printf(
      "quotes (full+partial): P %.3f R %.3f F1 %.3f  (pred %ld, matched %ld; gold direct %ld, "
      "found %ld)\n",
      p, r, f, st.pred, st.pred_matched, st.gold_direct, st.gold_matched);
  printf("scare quotes: %ld, of which inside a gold direct Content %ld\n", st.pred_scare,
         st.scare_matched);
  printf(
      "gold source a proper name: %ld matched quotes; speaker named right %ld (%.3f), any speaker "
      "%ld\n",
      st.named_total, st.named_ok,
      st.named_total ? (double)st.named_ok / (double)st.named_total : 0, st.named_any);
  double mb = (double)st.bytes / 1e6, both = st.seconds_entities + st.seconds_quotes;
  printf("speed: entities_find %.1f MB/s, quotes_find %.1f MB/s, both %.1f MB/s\n",
         st.seconds_entities > 0 ? mb / st.seconds_entities : 0,
         st.seconds_quotes > 0 ? mb / st.seconds_quotes : 0, both > 0 ? mb / both : 0);
  return 0;
}

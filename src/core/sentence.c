/*
** sentence.c — the sentence splitter. One pass over a paragraph: letters
** and digits mark the current sentence as having content; at each stop
** ('.', '!', '?', '…', full-width stops) the cluster of stops, the closing
** quotes/brackets/footnotes after it, the token before it and the text
** after it decide whether a sentence ends there. Newlines, bullets and list
** markers can end a sentence too. Every look-behind and look-ahead is
** bounded, so the pass is linear in the paragraph's length.
*/
#include "sentence.h"

#include <string.h>

#include "scan.h"
#include "token.h"

enum { WINDOW = 32, MAX_SPACED_DOTS = 16, URL_WINDOW = 256, WRAPPED_LINE = 50 };

/* ======================================================================== */
/* Word lists (sorted, lower case; looked up case-insensitively)            */
/* ======================================================================== */

/* Capitalized words that usually open a sentence: after "U.S." they mean the
** abbreviation ended it ("in the U.S. The ..."), unlike "U.S. Army". */
static const char *const starters[] = {
    "a", "after", "all", "also", "an", "and", "as", "at", "but", "by", "during", "each", "for",
    "from", "he", "her", "here", "his", "how", "however", "i", "if", "in", "it", "its", "many",
    "meanwhile", "more", "most", "my", "no", "not", "now", "on", "one", "our", "she", "since",
    "so", "some", "that", "the", "their", "then", "there", "these", "they", "this", "those",
    "though", "thus", "to", "today", "under", "we", "what", "when", "where", "which", "while",
    "who", "why", "with", "yet", "you", "your"};

/* Verbs of saying: after a quotation that ends in ? or ! they show that the
** next words attribute it ("Why?" Trump said.), so no sentence ends there.
** Bare "say" is left out ('... decision-making?” Others yet say: ...'). */
static const char *const speech_verbs[] = {
    "added", "admitted", "announced", "answered", "argued", "asked", "asks", "claimed", "continued",
    "cried", "declared", "exclaimed", "explained", "insisted", "joked", "noted", "recalled", "replied",
    "responded", "said", "says", "shouted", "stated", "tells", "told", "tweeted", "wondered", "wrote",
    "yelled"};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Whether the ASCII word w[0..len) is in the sorted list (case-insensitive). */
static bool word_in(const char *const *list, size_t n, const char *w, size_t len) {
  char low[16];
  if (len == 0 || len > 9) return false; /* no entry is longer */
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)w[i];
    if (c >= 0x80) return false;
    low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  low[len] = '\0';
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int cmp = (unsigned char)list[mid][0] - (unsigned char)low[0]; /* most differ here */
    if (cmp == 0) cmp = strcmp(list[mid], low);
    if (cmp == 0) return true;
    if (cmp < 0) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/* The word w[0, len) (1 <= len <= 7) as an Abbrev row's word reads:
** lower-cased, zero-padded, by scan_load8_be; 0, which no row's word reads
** as, when it holds a byte >= 0x80. */
static uint64_t word8_key(const char *w, size_t len) {
  uint64_t x[2];
  scan_load16(w, len, x);
  if (x[0] & SCAN_HIGH) return 0;
  return scan_bswap64(scan_lower8(x[0]));
}

/* ======================================================================== */
/* Characters                                                               */
/* ======================================================================== */

/* The text of one paragraph being split, and the state of the split. */
typedef struct {
  const char *t;
  size_t start, end;  /* the paragraph */
  size_t sent;        /* where the current sentence starts */
  bool has_content;   /* the current sentence has a letter or digit */
  int list_kind;      /* kind of the list being read (Marker.kind), 0 = none */
  int list_next;      /* the value its next marker should have */
  size_t n_emitted;   /* sentences emitted from this paragraph */
  size_t url_from, url_to; /* the last chunk checked for a URL or e-mail */
  bool is_url;             /* and the answer */
  RangeVec *out;
  bool is_oom;
} Splitter;

static CharClass char_at(const Splitter *sp, size_t p, size_t *len, int32_t *cp) {
  return text_char_class(sp->t + p, sp->t + sp->end, len, cp);
}

static int32_t cp_at(const Splitter *sp, size_t p, size_t *len) {
  int32_t cp;
  char_at(sp, p, len, &cp);
  return cp;
}

static bool is_closer(int32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == 0x201D || c == 0x2019 ||
         c == 0xBB || c == 0x203A;
}

static bool is_opener(int32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' || c == '`' || c == 0x201C ||
         c == 0x2018 || c == 0xAB || c == 0x2039;
}

static bool is_dash(int32_t c) { return c == '-' || c == 0x2013 || c == 0x2014; }

static bool is_bullet(int32_t c) {
  return c == 0x2022 || c == 0x2043 || c == 0x25E6 || c == 0x25AA || c == 0x2023 || c == 0x25CF ||
         c == 0x25A0 || c == 0x25BA;
}

static bool is_fullwidth_stop(int32_t c) { return c == 0x3002 || c == 0xFF0E || c == 0xFF01 || c == 0xFF1F; }

/* Bytes of the white-space character at p (NBSP and other separators too). */
static inline size_t space_at(const Splitter *sp, size_t p) {
  if (p >= sp->end) return 0;
  unsigned char c = (unsigned char)sp->t[p];
  if (c < 0x80) return text_ascii_class[c] == CHAR_SPACE; /* most calls: no decoding */
  size_t len;
  int32_t cp;
  return char_at(sp, p, &len, &cp) == CHAR_SPACE ? len : 0;
}

/* Start of the character that ends just before p (p > limit). */
static size_t char_before(const Splitter *sp, size_t p, size_t limit) {
  size_t q = p - 1;
  while (q > limit && ((unsigned char)sp->t[q] & 0xC0) == 0x80) q--;
  return q;
}

static bool is_space_before(const Splitter *sp, size_t p) {
  if (p <= sp->start) return true;
  size_t q = char_before(sp, p, sp->start);
  return space_at(sp, q) > 0;
}

/* ======================================================================== */
/* Emitting                                                                 */
/* ======================================================================== */

/* Appends the sentence [s, e) (s < e); notes when memory runs out. */
static inline void push_sentence(Splitter *sp, size_t s, size_t e) {
  if (vec_push(sp->out, ((Range){s, e}))) sp->n_emitted++;
  else sp->is_oom = true;
}

/* Ends the current sentence at cut (trimmed) and starts the next at resume. */
static void emit(Splitter *sp, size_t cut, size_t resume) {
  size_t s = sp->sent, e = cut;
  size_t k;
  while (s < e && (k = space_at(sp, s)) > 0) s += k;
  while (e > s) {
    size_t q = char_before(sp, e, s);
    if (space_at(sp, q) == 0) break;
    e = q;
  }
  if (e > s) push_sentence(sp, s, e);
  sp->sent = resume;
  sp->has_content = false;
}

/* emit(sp, cut, cut) for a cut right after a stop or a closing quote, as
** on_plain_period makes, or at a paragraph's end after an ASCII byte that
** is no white space, in a sentence with content: no white space ends the
** sentence, so only its start is trimmed, and the sentence is not empty.
** Inlined into the shortcut, it skips emit's call and its trailing trim:
** emit took 82 instructions a sentence on bbc-news. */
static inline void emit_after_mark(Splitter *sp, size_t cut) {
  size_t s = sp->sent, k;
  while ((k = space_at(sp, s)) > 0) s += k; /* stops by cut - 1, the mark */
  push_sentence(sp, s, cut);
  sp->sent = cut;
  sp->has_content = false;
}

/* Whether the byte before e is ASCII and not white space, so that a
** sentence cut at e needs no trailing trim (emit_after_mark's case). */
static inline bool ends_in_ascii_mark(const Splitter *sp, size_t e) {
  unsigned char c = (unsigned char)sp->t[e - 1];
  return c < 0x80 && text_ascii_class[c] != CHAR_SPACE;
}

/* ======================================================================== */
/* List markers: "1.", "1)", "1.)", "a.", "a)", "(a)", "(iv)", "iv)"        */
/* ======================================================================== */

enum { LIST_NUM = 1, LIST_ALPHA, LIST_ROMAN };

typedef struct {
  size_t len;   /* bytes, without the white space after it */
  int kind;     /* LIST_* */
  int value;
  bool has_paren; /* closed by ')' */
  bool is_start;  /* can open a list: a number, 'a'/'i', or any ')' marker */
} Marker;

static bool is_ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

static bool is_roman_letter(char c) { return c == 'i' || c == 'v' || c == 'x'; }

/* The value (1-10) of the lower-case roman numeral s[0, n), 0 if it is
** none. */
static int roman_value(const char *s, size_t n) {
  static const struct { char text[5]; size_t len; } romans[] = {
      {"i", 1}, {"ii", 2}, {"iii", 3}, {"iv", 2}, {"v", 1}, {"vi", 2}, {"vii", 3}, {"viii", 4}, {"ix", 2}, {"x", 1}};
  for (size_t i = 0; i < COUNT(romans); i++)
    if (romans[i].len == n && memcmp(romans[i].text, s, n) == 0) return (int)i + 1;
  return 0;
}

/* The body of a marker at q: digits or letters; sets kind/value; returns its
** length or 0. */
static size_t marker_body(const Splitter *sp, size_t q, Marker *m) {
  const char *s = sp->t + q;
  size_t n = 0, room = sp->end - q;
  while (n < room && n < 5 && s[n] >= '0' && s[n] <= '9') n++;
  if (n >= 1 && n <= 2) {
    m->kind = LIST_NUM;
    m->value = n == 1 ? s[0] - '0' : (s[0] - '0') * 10 + s[1] - '0';
    return n;
  }
  if (n > 0 || room == 0 || !is_ascii_letter(s[0])) return 0;
  if (room == 1 || !is_ascii_letter(s[1])) {
    m->kind = LIST_ALPHA;
    m->value = (s[0] | 0x20) - 'a' + 1;
    return 1;
  }
  /* Two letters or more: a roman numeral of two to four, or no marker. Most
  ** words ("The", "He") fail at their first letter here. */
  char low[4];
  while (n < room && n < 4 && is_roman_letter(low[n] = (char)(s[n] | 0x20))) n++;
  if (n < 2 || (n < room && is_ascii_letter(s[n]))) return 0;
  if ((m->value = roman_value(low, n)) == 0) return 0;
  m->kind = LIST_ROMAN;
  return n;
}

/* False when no list marker can start at q: a letter other than i, v or x
** (either case) followed by another letter opens a word ("The", "He"),
** which marker_body turns down. The usual case, told from two bytes. */
static inline bool may_open_marker(const Splitter *sp, size_t q) {
  const char *t = sp->t;
  if (q + 1 >= sp->end || !is_ascii_letter(t[q]) || !is_ascii_letter(t[q + 1])) return true;
  return is_roman_letter((char)(t[q] | 0x20));
}

/* Parses a list marker at q that is followed by white space (marker_at
** has ruled out the usual word). */
static bool marker_parse(const Splitter *sp, size_t q, Marker *m) {
  *m = (Marker){0};
  bool has_open = q < sp->end && sp->t[q] == '(';
  size_t body = marker_body(sp, q + has_open, m);
  if (body == 0) return false;
  size_t i = q + has_open + body;
  const char *t = sp->t;
  if (has_open) {
    if (i >= sp->end || t[i] != ')') return false;
    i++;
  } else if (i + 1 < sp->end && t[i] == '.' && t[i + 1] == ')') {
    i += 2;
  } else if (i < sp->end && (t[i] == '.' || t[i] == ')')) {
    i++;
  } else {
    return false;
  }
  m->has_paren = t[i - 1] == ')';
  if (m->kind == LIST_ROMAN && !m->has_paren) return false;
  bool is_upper = t[q + has_open] >= 'A' && t[q + has_open] <= 'Z';
  if (m->kind == LIST_ALPHA && is_upper && !m->has_paren) return false; /* "John A. Smith" */
  if (i >= sp->end || space_at(sp, i) == 0) return false;
  m->len = i - q;
  bool is_first_letter = m->kind == LIST_ALPHA && (m->value == 1 || m->value == 9);
  m->is_start = m->kind == LIST_NUM || m->has_paren || is_first_letter;
  if (m->kind == LIST_ALPHA && m->value == 9 && m->has_paren) { m->kind = LIST_ROMAN; m->value = 1; }
  return true;
}

/* Parses a list marker at q that is followed by white space. */
static inline bool marker_at(const Splitter *sp, size_t q, Marker *m) {
  return may_open_marker(sp, q) && marker_parse(sp, q, m);
}

/* Whether m is the next marker of the list being read, or starts a new list
** at 1 / a / i right after one. */
static bool marker_continues_list(const Splitter *sp, const Marker *m) {
  if (sp->list_kind == 0) return false;
  return (m->kind == sp->list_kind && m->value == sp->list_next) || (m->is_start && m->value == 1);
}

/* Takes the marker at q as the start of the current sentence. */
static size_t take_marker(Splitter *sp, size_t q, const Marker *m) {
  sp->list_kind = m->kind;
  sp->list_next = m->value + 1;
  sp->has_content = true;
  return q + m->len;
}

/* ======================================================================== */
/* What comes before a stop                                                  */
/* ======================================================================== */

typedef enum {
  PREV_WORD,    /* an ordinary word, a number, anything else */
  PREV_TITLE,   /* Mr, Dr, Gen, St: never ends a sentence */
  PREV_ABBR,    /* Co, Inc, Jan, No, a single lower-case letter */
  PREV_DOTTED,  /* U.S, E.U, Ph.D */
  PREV_TIME,    /* a.m, p.m */
  PREV_NEVER,   /* e.g, i.e */
  PREV_INITIAL, /* one capital letter: E in "Jonas E. Smith" */
  PREV_NUMBER
} PrevKind;

typedef struct {
  PrevKind kind;
  size_t start;     /* where the token starts */
  bool is_word;     /* letters only (no digits or symbols), >= 2 letters */
} Prev;

/* Abbreviations (lower case, at most ABBREV_MAX_LEN letters) with their
** kind: a title (T: Mr, Gen, St) stands before a name and never ends a
** sentence; another abbreviation (A: Co, Inc, Jan) ends one only before a
** capital. One sorted table, so that a word takes one search, not one a
** list: a row reads, by scan_load8_be, as its word zero-padded to seven
** bytes, then its kind in the lowest byte. */
typedef struct {
  char word[7];
  uint8_t kind; /* PrevKind */
} Abbrev;

#define T(w) {w, PREV_TITLE}
#define A(w) {w, PREV_ABBR}
static const Abbrev abbreviations[] = {
    T("adm"), A("al"), A("ala"), T("amb"), A("approx"), A("apr"), A("ariz"), A("ark"), A("assn"), T("atty"),
    A("aug"), A("ave"), A("blvd"), T("brig"), A("bros"), A("btw"), A("ca"), A("calif"), T("capt"), T("cdr"),
    A("cf"), A("ch"), T("cmdr"), A("co"), T("col"), A("colo"), A("conn"), A("corp"), T("cpl"), A("dec"),
    A("dept"), T("det"), A("dist"), A("div"), T("dr"), A("ed"), A("eds"), A("esp"), A("est"), A("etc"),
    A("feb"), A("fig"), A("figs"), A("fla"), T("fr"), T("ft"), A("ga"), T("gen"), T("gov"), A("govt"),
    T("hon"), A("hwy"), A("inc"), A("incl"), A("ind"), T("insp"), A("intl"), A("jan"), A("jr"), A("jul"),
    A("jun"), A("kan"), A("ky"), A("lb"), A("lbs"), T("lt"), A("ltd"), T("maj"), A("mar"), A("md"), A("med"),
    T("messrs"), A("mich"), A("min"), A("minn"), A("misc"), T("mlle"), T("mme"), A("mont"), T("mr"), T("mrs"),
    T("ms"), T("msgr"), T("mt"), A("natl"), A("neb"), A("nev"), A("no"), A("nos"), A("nov"), A("oct"),
    A("okla"), A("ore"), A("oz"), A("pa"), A("pp"), T("pres"), T("prof"), A("pt"), T("pvt"), A("rd"),
    T("rep"), T("rev"), A("rs"), T("sen"), A("sep"), A("sept"), T("sgt"), A("sq"), A("sr"), T("st"),
    T("supt"), A("tenn"), A("tex"), A("univ"), A("va"), A("viz"), A("vol"), A("vols"), A("vs"), A("vt"),
    A("wis"), A("wyo"), A("yr"), A("yrs")};
#undef T
#undef A

/* The longest word of abbreviations ("messrs", "approx"). */
enum { ABBREV_MAX_LEN = 6 };

/* The kind of the word whose word8_key is key: its row's kind, PREV_WORD
** when no row has it. A binary search without a branch on the comparisons
** (they go either way at random): the base moves with a conditional move,
** and one test at the end tells the answer. */
static PrevKind abbrev_kind(uint64_t key) {
  const Abbrev *base = abbreviations;
  size_t n = COUNT(abbreviations);
  while (n > 1) {
    size_t half = n / 2;
    base = (scan_load8_be(base[half].word) & ~0xFFull) <= key ? base + half : base;
    n -= half;
  }
  uint64_t row = scan_load8_be(base->word);
  return (row & ~0xFFull) == key ? (PrevKind)(row & 0xFF) : PREV_WORD;
}

/* Counts the letters, digits, dots and other characters of [b, e) and the
** length of the longest dot-separated segment. */
typedef struct {
  size_t letters, digits, dots, others, longest_segment, last_segment_start;
} Shape;

static Shape shape_of(const Splitter *sp, size_t b, size_t e) {
  Shape sh = {0};
  size_t seg = 0;
  sh.last_segment_start = b;
  for (size_t q = b, len; q < e; q += len) {
    int32_t cp;
    CharClass c = char_at(sp, q, &len, &cp);
    if (cp == '.') {
      sh.dots++;
      seg = 0;
      sh.last_segment_start = q + 1;
      continue;
    }
    if (c == CHAR_LETTER) { sh.letters++; seg++; }
    else if (c == CHAR_DIGIT) sh.digits++;
    else sh.others++;
    if (seg > sh.longest_segment) sh.longest_segment = seg;
  }
  return sh;
}

/* Classifies the letters-only token [b, e) (no dots). */
static PrevKind classify_word(const Splitter *sp, size_t b, size_t e, size_t n_letters) {
  const char *w = sp->t + b;
  if (n_letters == 1) {
    size_t len;
    return text_is_upper(cp_at(sp, b, &len)) ? PREV_INITIAL : PREV_ABBR;
  }
  if (e - b > ABBREV_MAX_LEN) return PREV_WORD; /* most words before a stop: no lookups */
  return abbrev_kind(word8_key(w, e - b));
}

/* The common token before a stop: ASCII letters back to ASCII white space
** (or to limit). Returns where they start, or p when the token has any other
** shape, which prev_token then reads character by character. */
static size_t ascii_word_before(const Splitter *sp, size_t p, size_t limit) {
  const unsigned char *t = (const unsigned char *)sp->t;
  size_t b = scan_letters_start(sp->t, limit, p);
  if (b > limit && !(t[b - 1] < 0x80 && text_ascii_class[t[b - 1]] == CHAR_SPACE)) return p;
  return b;
}

/* The token that ends at the stop at p: back to white space (bounded), minus
** leading openers; a token that ends in a closer ("surrender”.) is a word. */
static Prev prev_token(const Splitter *sp, size_t p) {
  size_t limit = p - sp->sent > WINDOW ? p - WINDOW : sp->sent;
  size_t b = ascii_word_before(sp, p, limit);
  if (b < p) /* letters only: no openers, no closer, no dots to look at */
    return (Prev){classify_word(sp, b, p, p - b), b, p - b >= 2};
  while (b > limit) {
    size_t q = char_before(sp, b, limit);
    if (space_at(sp, q)) break;
    b = q;
  }
  size_t len;
  while (b < p && is_opener(cp_at(sp, b, &len))) b += len;
  Prev pv = {PREV_WORD, b, false};
  if (b >= p || is_closer(cp_at(sp, char_before(sp, p, b), &len))) return pv;
  Shape sh = shape_of(sp, b, p);
  pv.is_word = sh.letters >= 2 && sh.digits == 0 && sh.others == 0 && sh.dots == 0;
  if (sh.letters == 0 && sh.digits > 0) pv.kind = PREV_NUMBER;
  if (sh.letters == 0 || sh.digits > 0 || sh.others > 0) return pv;
  if (sh.dots == 0) {
    pv.kind = classify_word(sp, b, p, sh.letters);
    return pv;
  }
  if (sh.longest_segment > 3) { /* "world.Today": judge the last part */
    size_t s = sh.last_segment_start;
    pv.kind = s < p ? classify_word(sp, s, p, shape_of(sp, s, p).letters) : PREV_WORD;
    return pv;
  }
  static const char *const times[] = {"a.m", "p.m"};
  static const char *const nevers[] = {"e.g", "f.e", "i.e"};
  pv.kind = word_in(times, 2, sp->t + b, p - b) ? PREV_TIME
          : word_in(nevers, 3, sp->t + b, p - b) ? PREV_NEVER : PREV_DOTTED;
  return pv;
}

/* Whether the word before position b starts with a capital ("Albert I."). */
static bool word_before_is_capitalized(const Splitter *sp, size_t b) {
  size_t limit = b - sp->sent > WINDOW ? b - WINDOW : sp->sent;
  size_t q = b, len;
  while (q > limit && space_at(sp, char_before(sp, q, limit))) q = char_before(sp, q, limit);
  if (q == b || q <= limit) return false;
  size_t e = q;
  while (q > limit && !space_at(sp, char_before(sp, q, limit))) q = char_before(sp, q, limit);
  return q < e && text_is_upper(cp_at(sp, q, &len));
}

/* ======================================================================== */
/* What comes after a stop                                                   */
/* ======================================================================== */

typedef enum { NEXT_END, NEXT_UPPER, NEXT_LOWER, NEXT_DIGIT, NEXT_OTHER } NextKind;

typedef struct {
  NextKind kind;         /* after white space, openers and dashes */
  bool has_dash;         /* a free-standing dash comes first ("N.H. -- The") */
  bool is_direct_upper;  /* a capital right after the white space */
  bool has_gap;          /* white space follows the stop (and its closers) */
  bool has_marker;       /* a list marker that may start or continue a list */
  size_t word;           /* where the next word starts (after openers) */
} Next;

static Next next_after(const Splitter *sp, size_t q) {
  Next nx = {NEXT_END, false, false, false, false, q};
  size_t k, len;
  while ((k = space_at(sp, q)) > 0) { q += k; nx.has_gap = true; }
  if (q >= sp->end) return nx;
  Marker m;
  nx.has_marker = marker_at(sp, q, &m) && (m.is_start || marker_continues_list(sp, &m));
  int32_t cp;
  CharClass c = char_at(sp, q, &len, &cp);
  nx.is_direct_upper = c == CHAR_LETTER && text_is_upper(cp);
  size_t dash = q;
  while (dash < sp->end && dash - q < 9 && is_dash(cp_at(sp, dash, &len))) dash += len;
  nx.has_dash = dash > q && (dash >= sp->end || space_at(sp, dash));
  for (int i = 0; i < 8 && q < sp->end; i++) {
    c = char_at(sp, q, &len, &cp);
    if (!(is_opener(cp) || is_dash(cp) || c == CHAR_SPACE)) break;
    q += len;
  }
  nx.word = q;
  if (q >= sp->end) return nx;
  c = char_at(sp, q, &len, &cp);
  nx.kind = c == CHAR_DIGIT ? NEXT_DIGIT
          : c != CHAR_LETTER ? NEXT_OTHER
          : text_is_upper(cp) ? NEXT_UPPER
          : text_is_lower(cp) ? NEXT_LOWER : NEXT_UPPER; /* caseless scripts */
  return nx;
}

/* Whether the next word (letters at nx->word) is a usual sentence opener. */
static bool next_is_starter(const Splitter *sp, const Next *nx) {
  size_t q = nx->word;
  if (nx->kind != NEXT_UPPER) return false;
  while (q < sp->end && q - nx->word < 12 && ((sp->t[q] | 0x20) >= 'a' && (sp->t[q] | 0x20) <= 'z')) q++;
  return word_in(starters, COUNT(starters), sp->t + nx->word, q - nx->word);
}

/* Whether the next words attribute a quotation: a capitalized word, then a
** verb of saying among the next two words ("Trump said", "Donald Trump
** asked", "Mr. Kerry told"). Looks at most 48 bytes ahead. */
static bool next_is_attribution(const Splitter *sp, const Next *nx) {
  size_t q = nx->word, limit = sp->end - q > 48 ? q + 48 : sp->end;
  if (nx->kind != NEXT_UPPER) return false;
  for (int n_words = 0; n_words < 3 && q < limit; n_words++) {
    size_t w = q;
    while (q < limit && ((sp->t[q] | 0x20) >= 'a' && (sp->t[q] | 0x20) <= 'z')) q++;
    if (n_words > 0 && word_in(speech_verbs, COUNT(speech_verbs), sp->t + w, q - w)) return true;
    if (q == w) return false;
    while (q < limit && (sp->t[q] == '.' || sp->t[q] == ' ')) q++;
  }
  return false;
}

static bool next_is_lone_i(const Splitter *sp, const Next *nx) {
  size_t q = nx->word;
  return q < sp->end && sp->t[q] == 'I' && (q + 1 >= sp->end || sp->t[q + 1] == ' ' || sp->t[q + 1] == '\'');
}

/* Whether the white-space-delimited chunk around p is a URL or e-mail. */
/* The answer is kept for the chunk, so stops inside one long chunk
** ("a.Bc.De...") do not rescan it. */
static bool in_url_or_email(Splitter *sp, size_t p) {
  if (p >= sp->url_from && p < sp->url_to) return sp->is_url;
  size_t b = p, e = p;
  while (b > sp->start && p - b < URL_WINDOW && !space_at(sp, b - 1)) b--;
  while (e < sp->end && e - p < URL_WINDOW && !space_at(sp, e)) e++;
  const char *s = sp->t + b;
  size_t n = e - b;
  bool is_url = memchr(s, '@', n) != NULL || (n >= 4 && memcmp(s, "www.", 4) == 0);
  for (size_t i = 0; !is_url && i + 3 <= n; i++) is_url = memcmp(s + i, "://", 3) == 0;
  sp->url_from = b;
  sp->url_to = e;
  sp->is_url = is_url;
  return is_url;
}

/* ======================================================================== */
/* Stops                                                                     */
/* ======================================================================== */

typedef struct {
  size_t end;          /* after the stops (and spaced dots) */
  size_t n_dots;       /* '.' count, '…' counting three */
  size_t first_run;    /* dots in the first contiguous run */
  bool is_strong;      /* has '!' or '?' */
  bool is_fullwidth;   /* a CJK / full-width stop */
  bool is_spaced;      /* ". . ." dots separated by spaces */
} Cluster;

static Cluster scan_cluster(const Splitter *sp, size_t p) {
  Cluster cl = {p, 0, 0, false, false, false};
  size_t q = p, len;
  bool in_first = true;
  for (;;) {
    int32_t cp = q < sp->end ? cp_at(sp, q, &len) : 0;
    if (cp == '.' || cp == 0x2026) {
      size_t d = cp == '.' ? 1 : 3;
      cl.n_dots += d;
      if (in_first) cl.first_run += d;
    } else if (cp == '!' || cp == '?') {
      cl.is_strong = true;
    } else if (is_fullwidth_stop(cp)) {
      cl.is_fullwidth = true;
    } else if (cp == ' ' && q + 1 < sp->end && sp->t[q + 1] == '.' && cl.n_dots > 0 &&
               cl.n_dots < MAX_SPACED_DOTS && !cl.is_strong) {
      cl.is_spaced = true;
      in_first = false;
      q++;
      continue;
    } else {
      break;
    }
    q += len;
  }
  cl.end = q;
  return cl;
}

/* Skips closing quotes and brackets, "[12]" footnotes and, after a word,
** attached footnote digits ("martyr.[1]", "(type 2).10"). */
static size_t skip_closers(const Splitter *sp, size_t q, bool allow_digits) {
  const char *t = sp->t;
  for (int i = 0; i < 16 && q < sp->end; i++) {
    size_t len, k = 0;
    int32_t cp = cp_at(sp, q, &len);
    bool is_quote_before_space = (cp == 0x201C || cp == 0x2018) && (q + len >= sp->end || space_at(sp, q + len));
    if (is_closer(cp) || is_quote_before_space) { q += len; continue; } /* “ misused as a closer */
    if (t[q] == '[') {
      while (q + 1 + k < sp->end && k < 4 && t[q + 1 + k] >= '0' && t[q + 1 + k] <= '9') k++;
      if (k > 0 && q + 1 + k < sp->end && t[q + 1 + k] == ']') { q += k + 2; continue; }
      break;
    }
    while (allow_digits && q + k < sp->end && k < 4 && t[q + k] >= '0' && t[q + k] <= '9') k++;
    if (k > 0 && k < 4 && (q + k >= sp->end || space_at(sp, q + k))) q += k;
    break;
  }
  return q;
}

/* Whether a single '.' at p ends a sentence; the token before it is only
** looked at when the text after it leaves the question open. */
static bool period_ends(Splitter *sp, size_t p, const Next *nx) {
  if (!nx->has_gap) {
    if (nx->kind == NEXT_END) return true;
    size_t len, k;
    int32_t cp = cp_at(sp, nx->word, &len);
    bool is_word_next = nx->word == p + 1 && text_is_upper(cp) && text_is_lower(cp_at(sp, nx->word + len, &k));
    if (!is_word_next) return false;
    Prev pv = prev_token(sp, p);
    return (pv.is_word || pv.kind == PREV_NUMBER) && pv.kind != PREV_ABBR && pv.kind != PREV_TITLE &&
           !in_url_or_email(sp, p);
  }
  Prev prev = prev_token(sp, p), *pv = &prev;
  switch (pv->kind) {
    case PREV_TITLE:
    case PREV_NEVER: return false;
    case PREV_ABBR: return nx->is_direct_upper;
    case PREV_DOTTED: return nx->kind == NEXT_END || next_is_starter(sp, nx);
    case PREV_TIME: return nx->kind == NEXT_END || nx->kind == NEXT_UPPER;
    case PREV_INITIAL:
      return sp->t[pv->start] == 'I' && nx->kind == NEXT_UPPER && !word_before_is_capitalized(sp, pv->start);
    default:
      return nx->kind == NEXT_END || nx->kind == NEXT_UPPER || nx->kind == NEXT_OTHER || nx->has_marker;
  }
}

/* An ASCII capital at q (< end) that opens a word no list marker can (as
** marker_at would find): a capital then a space (a one-letter marker has
** '.' or ')' right after it), or two letters not both i, v or x (a marker
** of two letters is a roman numeral). "It", "In", "I said" are plain;
** when any I, V or X sent the stop to the general path, they made a third
** of the stops there on bbc-news. */
static inline bool is_plain_capital(const Splitter *sp, size_t q) {
  const char *t = sp->t;
  if (t[q] < 'A' || t[q] > 'Z' || q + 1 >= sp->end) return false;
  char next = t[q + 1];
  if (next == ' ') return true;
  return is_ascii_letter(next) && !(is_roman_letter((char)(t[q] | 0x20)) && is_roman_letter((char)(next | 0x20)));
}

/* plain_prev_kind when the eight bytes before p lie in the sentence: one
** load gives the word's length (its letters at the top of the word), and
** the same load, lower-cased and shifted, is its key, so no scan back and
** no second read. A word of seven letters or more is an ordinary word
** whatever comes before it (the general path would judge its last letters
** the same way). On bbc-news this cut plain_prev_kind from 189 to ~70
** instructions a call. */
static int plain_prev_kind8(const char *t, size_t p) {
  uint64_t x = scan_load8(t + p - 8);
  uint64_t other = ~scan_letters8(x) & SCAN_HIGH;
  if (other == 0) return PREV_WORD;
  size_t n = 7 - scan_last(other); /* letters before p, 1..7 */
  if (n > ABBREV_MAX_LEN) return PREV_WORD;
  unsigned char before = (unsigned char)t[p - n - 1];
  if (before >= 0x80 || text_ascii_class[before] != CHAR_SPACE) return -1;
  if (n == 1) return PREV_ABBR; /* a lower-case letter */
  return (int)abbrev_kind(scan_bswap64(scan_lower8(x)) << (8 * (8 - n)));
}

/* The kind of the letters-only token before the stop at p, which follows a
** lower-case ASCII letter (so no PREV_INITIAL); -1 when the token has
** another shape ("it's", "U.S"), for prev_token to read. */
static int plain_prev_kind(const Splitter *sp, size_t p) {
  if (p - sp->sent >= 8) return plain_prev_kind8(sp->t, p);
  size_t b = ascii_word_before(sp, p, sp->sent);
  return b < p ? (int)classify_word(sp, b, p, p - b) : -1;
}

/* Ends the sentence at cut when the period ends it; the capital at cap opens
** the next one, with no marker, as the main loop would find; returns where
** the scan goes on. on_plain_period's shapes put one space at cut, so the
** next sentence starts at cut + 1 ("The" or "\"The"): starting it there,
** already trimmed, spares its emit a loop over white space that
** mispredicted a third of the time (a sentence after a paragraph's start
** or a newline had none to skip). Look-behinds bounded by the sentence's
** start decide the same: they stop at white space anyway. */
static size_t end_before_capital(Splitter *sp, size_t cut, size_t cap, bool ends) {
  if (!ends) return cut;
  emit_after_mark(sp, cut);
  sp->sent = cut + 1;
  sp->has_content = true;
  return cap + 1;
}

/* The kind of the token before the plain period at p (see on_plain_period)
** whose last byte is last: the word's kind after a lower-case letter;
** PREV_WORD after a digit, a closer or a symbol ("2014.", "\"deal\".",
** "5%."), which the general path reads as an ordinary word or a number,
** deciding the same; -1 when the token needs the general path (a capital:
** an initial or "U.S"; a stop; a byte of a longer character). */
static int plain_kind(const Splitter *sp, size_t p, unsigned char last) {
  if (last >= 'a' && last <= 'z') return plain_prev_kind(sp, p);
  bool is_other = last < 0x80 && !is_ascii_letter((char)last) && last != '.' && last != '!' && last != '?';
  return is_other ? PREV_WORD : -1;
}

/* on_stop's shortcut for the usual periods of running text, in a sentence
** with content after a lower-case ASCII letter, a digit or a symbol:
** ". The", ".\" The", ". \"The", and a period ending the paragraph, maybe
** before a quote. Their cluster is the one dot, the closers and the next
** word are plain, so only the token before the stop is left to read
** (plain_kind). Traced from on_stop's general path, which gives the same
** answer. Returns 0 when the stop is none of these. */
static size_t on_plain_period(Splitter *sp, size_t p) {
  const char *t = sp->t;
  size_t end = sp->end;
  if (p + 2 == end && t[p + 1] == '"') return end; /* closers, then NEXT_END */
  if (p + 3 >= end) return 0;
  unsigned char last = (unsigned char)t[p - 1];
  bool is_space = t[p + 1] == ' ', is_quote = t[p + 1] == '"';
  int kind;
  if (is_space && is_plain_capital(sp, p + 2)) { /* ". The" */
    if ((kind = plain_kind(sp, p, last)) < 0) return 0;
    return end_before_capital(sp, p + 1, p + 2, kind != PREV_TITLE);
  }
  if (is_quote && t[p + 2] == ' ' && is_plain_capital(sp, p + 3)) { /* ".\" The" */
    if ((kind = plain_kind(sp, p, last)) < 0) return 0;
    return kind == PREV_TITLE ? p + 1 : end_before_capital(sp, p + 2, p + 3, true);
  }
  if (is_space && t[p + 2] == '"' && t[p + 3] >= 'A' && t[p + 3] <= 'Z') { /* ". \"The" */
    if ((kind = plain_kind(sp, p, last)) < 0) return 0; /* no direct capital: an */
    return end_before_capital(sp, p + 1, p + 3, kind == PREV_WORD); /* abbreviation goes on */
  }
  return 0;
}

/* Whether the stop at p (p + 1 < end) is a '.' between digits ("3.5",
** "1.2bn"), which the general path below never ends a sentence at: one
** dot, no white space after it, a digit before it (so no footnote digits
** are skipped) and a digit as the next word. A twentieth of the stops on
** bbc-news, each of which took that path's ~300 instructions. */
static inline bool is_decimal_point(const Splitter *sp, size_t p) {
  const char *t = sp->t;
  return t[p] == '.' && p > sp->start && t[p - 1] >= '0' && t[p - 1] <= '9' && t[p + 1] >= '0' && t[p + 1] <= '9';
}

/* Handles the stop at p; emits a sentence when one ends there. Returns where
** the scan goes on. */
static size_t on_stop(Splitter *sp, size_t p) {
  if (p + 1 >= sp->end) return sp->end; /* a last ASCII stop: nothing after it to emit */
  if (sp->has_content && sp->t[p] == '.' && p > sp->start) {
    size_t next = on_plain_period(sp, p);
    if (next != 0) return next;
  }
  if (is_decimal_point(sp, p)) return p + 1;
  Cluster cl = scan_cluster(sp, p);
  bool is_bracketed = p > sp->start && sp->t[p - 1] == '[' && cl.end < sp->end && sp->t[cl.end] == ']';
  if (!sp->has_content || is_bracketed) return cl.end;
  bool after_word = p > sp->start && !is_space_before(sp, p) && !(sp->t[p - 1] >= '0' && sp->t[p - 1] <= '9');
  size_t cut = skip_closers(sp, cl.end, after_word && cl.n_dots == 1 && !cl.is_strong);
  Next nx = next_after(sp, cut);
  bool ends;
  if (cl.is_fullwidth) {
    ends = true;
  } else if (cl.is_strong) {
    bool is_quoted = cut > cl.end; /* closers followed the stop */
    ends = nx.has_gap && (nx.kind == NEXT_UPPER || nx.kind == NEXT_END || nx.has_marker) &&
           !(is_quoted && next_is_attribution(sp, &nx));
  } else if (cl.n_dots <= 2 && !cl.is_spaced) {
    ends = !nx.has_dash && period_ends(sp, p, &nx);
  } else if (cl.is_spaced && cl.first_run == 1 && after_word && cl.n_dots == 4) {
    /* "compounds. . . . The": the period ends it, the ellipsis opens the next */
    if (nx.has_gap && nx.kind == NEXT_UPPER) {
      emit(sp, p + 1, p + 1);
      return cl.end;
    }
    ends = false;
  } else if (cl.n_dots >= 4) {
    ends = nx.has_gap && (nx.kind == NEXT_UPPER || nx.kind == NEXT_OTHER || nx.kind == NEXT_END);
  } else {
    ends = nx.has_gap && nx.kind == NEXT_UPPER && !next_is_lone_i(sp, &nx);
  }
  if (ends && nx.kind != NEXT_END) emit(sp, cut, cut);
  return ends ? cut : cl.end;
}

/* ======================================================================== */
/* Newlines, bullets, markers                                               */
/* ======================================================================== */

/* Handles the '\n' at p. A blank line ends the sentence, and so does a
** single newline unless the line looks wrapped: a space before the break
** and no capital after it ("a cold \nnight"), or a long line followed by a
** lower-case word. A list marker or bullet on the next line always starts a
** new sentence. */
static size_t on_newline(Splitter *sp, size_t p) {
  if (!sp->has_content) return p + 1;
  size_t q = p + 1, k, len;
  while (q < sp->end && sp->t[q] != '\n' && (k = space_at(sp, q)) > 0) q += k;
  if (q >= sp->end || sp->t[q] == '\n') { emit(sp, p, p + 1); return p + 1; }
  int32_t cp;
  CharClass c = char_at(sp, q, &len, &cp);
  Marker m;
  bool is_list_next = is_bullet(cp) || marker_at(sp, q, &m);
  bool is_upper_next = c == CHAR_LETTER && text_is_upper(cp);
  bool is_lower_next = c == CHAR_LETTER && text_is_lower(cp);
  bool has_space_before = p > sp->start && (sp->t[p - 1] == ' ' || sp->t[p - 1] == '\t');
  size_t line = p;
  while (line > sp->start && p - line < WRAPPED_LINE && sp->t[line - 1] != '\n') line--;
  bool is_long = p - line >= WRAPPED_LINE;
  bool is_wrapped = (has_space_before && !is_upper_next) || (is_long && is_lower_next);
  if (is_wrapped && !is_list_next) return p + 1;
  emit(sp, p, p + 1);
  return p + 1;
}

/* At a possible list marker (sentence start, or a marker continuing the list
** after white space): takes it and returns the position after it, or p. */
static size_t on_marker(Splitter *sp, size_t p) {
  Marker m;
  if (!is_space_before(sp, p) && !(p > sp->start && is_bullet(cp_at(sp, char_before(sp, p, sp->start), &m.len))))
    return p;
  if (!marker_at(sp, p, &m)) return p;
  if (!sp->has_content) return take_marker(sp, p, &m);
  if (!marker_continues_list(sp, &m)) return p;
  emit(sp, p, p);
  return take_marker(sp, p, &m);
}

/* Handles the non-ASCII character at p; returns the next position. */
static size_t on_other(Splitter *sp, size_t p) {
  size_t len;
  int32_t cp;
  CharClass c = char_at(sp, p, &len, &cp);
  if (cp == 0x2026 || is_fullwidth_stop(cp)) return on_stop(sp, p);
  if (is_bullet(cp) && sp->has_content && is_space_before(sp, p)) emit(sp, p, p);
  if (c == CHAR_LETTER || c == CHAR_DIGIT) sp->has_content = true;
  return p + len;
}

/* ======================================================================== */
/* Entry points                                                             */
/* ======================================================================== */

/* The first byte at or after p (before end) that the main loop cannot pass
** over once the sentence has content (and no list is being read): '\n',
** '!', '.', '?' or a byte from 0x80 up; or a byte it passes over anyway
** (another control byte, '/', '>'), which scan_find_stops takes with them
** to test fewer things. On bbc-news, sentences_find fell from 40.6M Ir to
** 29.5M with a search sixteen bytes a step for those five (eight-byte
** masks took 2.2 instructions a byte), and from 21.2M to 19.8M with
** scan_find_stops. */
static inline size_t plain_run_end(const char *text, size_t p, size_t end, size_t readable) {
  return scan_find_stops_far(text, p, end, readable);
}

/* sentences_split, where text[0, readable) may be read (readable >= r.end)
** though only r is split: the search for stops reads past r.end rather than
** end it byte by byte. */
static LedeStatus split_range(const char *text, Range r, size_t readable, RangeVec *out) {
  Splitter sp = {.t = text, .start = r.start, .end = r.end, .sent = r.start, .out = out};
  size_t p = r.start;
  while (p < r.end && !sp.is_oom) {
    if (sp.has_content && sp.list_kind == 0) { /* fast path: nothing to decide */
      p = plain_run_end(text, p, r.end, readable);
      if (p >= r.end) break;
    }
    unsigned char c = (unsigned char)text[p];
    if (c >= 0x80) { p = on_other(&sp, p); continue; }
    if (c == '.' || c == '!' || c == '?') { p = on_stop(&sp, p); continue; }
    if (c == '\n') { p = on_newline(&sp, p); continue; }
    /* here, not before the tests above: stops and line ends do not need it */
    bool is_alnum = is_ascii_letter((char)c) || (c >= '0' && c <= '9');
    if ((is_alnum || c == '(') && (!sp.has_content || sp.list_kind != 0)) {
      size_t q = on_marker(&sp, p);
      if (q != p) { p = q; continue; }
    }
    if (is_alnum) sp.has_content = true;
    p++;
  }
  if (!sp.has_content && sp.n_emitted > 0) {
    /* trailing punctuation only ("…” )"): it belongs to the last sentence */
    size_t e = r.end;
    while (e > sp.sent && space_at(&sp, char_before(&sp, e, sp.sent))) e = char_before(&sp, e, sp.sent);
    if (e > sp.sent) out->items[out->len - 1].end = e;
  } else if (sp.has_content && r.end > sp.sent && ends_in_ascii_mark(&sp, r.end)) {
    emit_after_mark(&sp, r.end); /* the usual paragraph end: "... rose." */
  } else {
    emit(&sp, r.end, r.end);
  }
  return sp.is_oom ? LEDE_ENOMEM : LEDE_OK;
}

LedeStatus sentences_split(const char *text, Range r, RangeVec *out) { return split_range(text, r, r.end, out); }

LedeStatus sentences_find(Article *a, Err *err) {
  a->sentences.len = 0;
  size_t body; /* news prose has a sentence per 130 bytes or so: room to grow into once */
  (void)article_body_bytes(a, &body);
  if (!vec_reserve(&a->sentences, body / 96 + 8))
    return err_set(err, LEDE_ENOMEM, "out of memory while splitting sentences");
  for (size_t i = 0; i < a->blocks.len; i++) {
    if (a->blocks.items[i].kind != BLOCK_BODY) continue;
    if (split_range(a->text, a->blocks.items[i].r, a->len + 1, &a->sentences) != LEDE_OK) /* NUL readable */
      return err_set(err, LEDE_ENOMEM, "out of memory while splitting sentences");
  }
  return LEDE_OK;
}

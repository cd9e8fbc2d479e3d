/*
** quote.c — finds the direct quotations in an article's body blocks, pairs
** their marks, tells full, partial and scare quotes apart, and attributes each
** to a speaker through its cue (said, told X, according to, the statement
** read, ...). Speakers are entities from entity.c; pronouns and "the
** statement" resolve to the last fitting speaker before the quote.
*/
#include "quote.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "scan.h"
#include "spare.h"
#include "sorted.h"
#include "wordlists.h"

#define NONE SIZE_MAX
#define WINDOW 300     /* bytes searched for a cue on either side of a quote */
#define APPOSITIVE 160 /* longest ", a Russian Defense Ministry spokesman," */

/* A pair of marks before its kind and speaker are known. */
typedef struct {
  Range r;          /* the quoted words, trimmed */
  size_t open;      /* first byte of the opening mark */
  size_t close_end; /* byte after the closing mark (r.end when unclosed) */
  size_t block;     /* index into a->blocks */
  bool nested;      /* single-quoted inside a double quote */
  bool continued;   /* unclosed: the next paragraph reopens it */
  size_t cover;     /* the latest close_end of the double quotes among this
                    ** one and the two opening before it (0 if none), for
                    ** in_quote_at; set once the quotes are sorted */
} RawQuote;

/* "Someone speaks here": a speaker already attributed, at the opening
** mark of its quote; pronouns resolve to the last one (or to the last
** mention followed by a speech verb, see last_speaker). */
typedef struct {
  size_t pos;
  size_t entity;
} SpeakEvent;

typedef VEC(RawQuote) RawVec;

/* A walk over positions in increasing order asking whether each lies in a
** double quote (in_quote_walk). It keeps the bounds that decide the answer
** until a position passes them, so a position costs two compares; the
** walk over the quotes behind them runs only when next_open is passed.
** Start it as QUOTE_WALK_START. */
typedef struct {
  size_t cursor;    /* the first quote opening after the last position asked; NONE at first */
  size_t next_open; /* that quote's opening mark (NONE past the last; 0 at first) */
  size_t cover;     /* the cover of the quote before it (0 if none) */
} QuoteWalk;

#define QUOTE_WALK_START ((QuoteWalk){NONE, 0, 0})

/* What is known of a mention as a speak event (a mention outside quotes
** followed by a speech verb, is_speak_event). */
enum { EVENT_UNKNOWN, EVENT_NO, EVENT_YES };

/* The mentions judged as speak events so far, on demand: last_speaker
** walks back from the position it asks about and judges only the mentions
** it passes, often a few (it stops at the last attributed speaker when
** that one fits). Reading every mention from the article's start instead
** cost 5.3M instructions and 93,000 mispredicts on bbc-news. back links a
** mention known to be no event to one before it, so later walks jump over
** runs of such mentions (path halving) and stay near linear. */
typedef struct {
  unsigned char *state; /* per mention: EVENT_UNKNOWN, EVENT_NO, EVENT_YES; in
                        ** back's allocation, past its last entry */
  size_t *back;         /* per EVENT_NO mention i: an index + 1 (< i + 1) to go on from */
  bool ok;              /* false once out of memory */
} EventLog;

typedef struct {
  const Article *a;
  const char *text;
  RawVec raws;     /* sorted by open */
  EventLog *log;   /* filled as last_speaker asks, through const QScans too */
  SpeakEvent last; /* the last speaker attributed so far; entity NONE if none */
  const WlSieve *sieve;   /* wl_sieve() */
  bool ok;
} QScan;

/* ---- marks ---------------------------------------------------------------- */

/* A set of ASCII characters as two words of bits: character c is bit
** c & 63 of word c >> 6. */
#define ASCII_BIT(c) (1ULL << ((c)&63))
#define ASCII_BLANKS (ASCII_BIT(' ') | ASCII_BIT('\t') | ASCII_BIT('\n') | ASCII_BIT('\r'))

/* White space around marks: the ASCII blanks and a no-break space. */
static bool is_space_cp(int cp) {
  return (unsigned)cp < 64 ? ASCII_BLANKS >> cp & 1 : cp == 0xA0;
}

/* Code point before byte i, or ' ' at the start of [lo, ...). */
static int cp_before(const char *s, size_t lo, size_t i) {
  if (i <= lo) return ' ';
  int cp;
  size_t j = lex_prev_cp(s, i);
  lex_decode(s, i, j < lo ? lo : j, &cp);
  return cp;
}

static int cp_at(const char *s, size_t hi, size_t i) {
  if (i >= hi) return ' ';
  int cp;
  lex_decode(s, hi, i, &cp);
  return cp;
}

/* True when the ASCII character cp (< 0x80) is in the set. */
static inline bool ascii_in(const uint64_t set[2], int cp) { return set[cp >> 6] >> (cp & 63) & 1; }

/* Characters after which a straight mark opens: space, brackets, dashes.
** The ASCII ones are read from a table: a chain of compares there, asked
** of the character before each double mark, mispredicted ~17,000 times on
** bbc-news. */
static bool is_open_context(int cp) {
  static const uint64_t ascii[2] = {ASCII_BLANKS | ASCII_BIT('(') | ASCII_BIT('-') | ASCII_BIT('/'),
                                    ASCII_BIT('[')};
  if ((unsigned)cp < 0x80) return ascii_in(ascii, cp);
  return cp == 0xA0 || cp == 0x2013 || cp == 0x2014 || cp == 0x201C || cp == 0x2018;
}

/* Characters before which a straight mark closes: space, punctuation; the
** ASCII ones from a table like is_open_context's. */
static bool is_close_context(int cp) {
  static const uint64_t ascii[2] = {ASCII_BLANKS | ASCII_BIT('.') | ASCII_BIT(',') | ASCII_BIT(';') |
                                        ASCII_BIT(':') | ASCII_BIT('!') | ASCII_BIT('?') |
                                        ASCII_BIT(')') | ASCII_BIT('-'),
                                    ASCII_BIT(']')};
  if ((unsigned)cp < 0x80) return ascii_in(ascii, cp);
  return cp == 0xA0 || cp == 0x2013 || cp == 0x2014 || cp == 0x201D || cp == 0x2019;
}

/* Appends a quote for the content [from, to) trimmed of spaces; empty
** contents are dropped. */
static void push_raw(QScan *q, size_t open, size_t from, size_t to, size_t close_end, size_t block,
                     bool nested) {
  size_t n;
  while (from < to && lex_is_space(q->text, to, from, &n)) from += n;
  while (to > from && is_space_cp(cp_before(q->text, from, to))) to = lex_prev_cp(q->text, to);
  if (from >= to) return;
  RawQuote raw = {{from, to}, open, close_end, block, nested, false, 0};
  if (!vec_push(&q->raws, raw)) q->ok = false;
}

/* Pairs single marks inside the double-quoted content [from, to): ‘ or a
** straight ' after a space opens, ’ or ' before a space closes; apostrophes
** inside words are neither. */
static void find_singles(QScan *q, size_t from, size_t to, size_t block) {
  size_t pending = NONE;
  int cp;
  for (size_t i = from, n; i < to; i += n) {
    /* ‘ and ’ start with 0xE2; the text's NUL is readable */
    i = scan_find3_far(q->text, i, to, q->a->len + 1, '\'', 0xE2, 0xE2);
    if (i >= to) break;
    n = lex_decode(q->text, to, i, &cp);
    if (cp != '\'' && cp != 0x2018 && cp != 0x2019) continue;
    int before = cp_before(q->text, from, i), after = cp_at(q->text, to, i + n);
    if ((cp == 0x2018 || cp == '\'') && is_open_context(before) && lex_is_letter(after)) {
      pending = i;
    } else if (pending != NONE && cp != 0x2018 && !is_space_cp(before) && !lex_is_letter(after)) {
      push_raw(q, pending, pending + (q->text[pending] == '\'' ? 1 : 3), i, i + n, block, true);
      pending = NONE;
    }
  }
}

/* True when the body block after b starts with an opening mark, the news
** convention for a quote that runs on into the next paragraph. */
static bool next_block_reopens(const QScan *q, size_t b) {
  for (size_t k = b + 1; k < q->a->blocks.len && k <= b + 8; k++) { /* captions may sit between */
    Block blk = q->a->blocks.items[k];
    if (blk.kind != BLOCK_BODY) continue;
    int cp = cp_at(q->text, blk.r.end, blk.r.start);
    return cp == '"' || cp == 0x201C || cp == 0x00AB;
  }
  return false;
}

static size_t skip_space_back(const QScan *q, size_t lo, size_t pos);

/* What a double mark does at byte i, given whether a quote is open. */
typedef enum { MARK_NONE, MARK_OPEN, MARK_CLOSE } MarkRole;

static MarkRole mark_role(const QScan *q, Range r, size_t i, size_t n, int cp, bool is_open) {
  int before = cp_before(q->text, r.start, i);
  bool opens = is_open_context(before);
  bool closes = is_close_context(cp_at(q->text, r.end, i + n));
  /* marks typed the wrong way round: “expedited review“ and ”Isis ...” */
  if (cp == 0x201C || cp == 0x201E || cp == 0x00AB)
    return is_open && closes && !opens ? MARK_CLOSE : MARK_OPEN;
  if (cp == 0x201D || cp == 0x00BB)
    return is_open ? MARK_CLOSE : (opens && !closes ? MARK_OPEN : MARK_NONE);
  if (cp != '"') return MARK_NONE;
  if (opens && closes && i > r.start && i + n < r.end) {
    /* " alone between spaces closes only after the quote's own punctuation:
    ** "... a disgrace that he is doing this, " */
    int last = cp_before(q->text, r.start, skip_space_back(q, r.start, i));
    return is_open && (last == ',' || last == '.' || last == '?' || last == '!') ? MARK_CLOSE
                                                                                 : MARK_NONE;
  }
  if (is_open) return MARK_CLOSE;
  /* a stray closer, or markup such as author="@x", opens nothing */
  return opens ? MARK_OPEN : MARK_NONE;
}

/* True for the code points mark_role gives a role to. */
static bool is_double_mark(int cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x00AB ||
         cp == 0x00BB;
}

/* The marks scan's place: the body block it is in and that block's
** pending opener. */
typedef struct {
  size_t b;        /* index into a->blocks */
  Range r;         /* the block's bytes */
  size_t open;     /* the opener not yet closed; NONE if none */
  size_t open_len; /* its length in bytes */
} MarkBlock;

/* Pairs the double mark cp of n bytes at byte i of block m. */
static void block_mark(QScan *q, MarkBlock *m, size_t i, size_t n, int cp) {
  MarkRole role = mark_role(q, m->r, i, n, cp, m->open != NONE);
  if (role == MARK_OPEN) {
    m->open = i; /* an earlier unclosed opener was stray */
    m->open_len = n;
  } else if (role == MARK_CLOSE) {
    push_raw(q, m->open, m->open + m->open_len, i, i + n, m->b, false);
    find_singles(q, m->open + m->open_len, i, m->b);
    m->open = NONE;
  }
}

/* Ends block m's pairing: an opener left unclosed is kept only when the
** next paragraph reopens the quote. */
static void block_marks_end(QScan *q, const MarkBlock *m) {
  if (m->open == NONE || !next_block_reopens(q, m->b)) return;
  size_t before = q->raws.len;
  push_raw(q, m->open, m->open + m->open_len, m->r.end, m->r.end, m->b, false);
  if (q->raws.len > before) q->raws.items[before].continued = true;
  find_singles(q, m->open + m->open_len, m->r.end, m->b);
}

/* True when block b's marks are paired: a non-empty body block inside
** the text. */
static bool is_marked_block(const Article *a, size_t b) {
  Block blk = a->blocks.items[b];
  return blk.kind == BLOCK_BODY && blk.r.start < blk.r.end && blk.r.end <= a->len;
}

/* The first block from b on whose marks are paired and which ends after
** byte i; a->blocks.len if none. */
static size_t marked_block_past(const Article *a, size_t b, size_t i) {
  while (b < a->blocks.len && (a->blocks.items[b].r.end <= i || !is_marked_block(a, b))) b++;
  return b;
}

/* Pairs the double marks of the body blocks in one scan over the text
** from the first to the last one (blocks lie in text order and apart):
** a hit past the block at hand ends that block and moves to the block
** holding it, or on to the next one when it lies between body blocks.
** Scanning block by block ended each scan at the block's end, which cost
** ~2 mispredicts a block; most blocks hold no mark at all. */
static void scan_marks(QScan *q) {
  const Article *a = q->a;
  size_t first = marked_block_past(a, 0, 0), last = a->blocks.len;
  while (last > first && !is_marked_block(a, last - 1)) last--;
  if (first == last) return;
  size_t end = a->blocks.items[last - 1].r.end;
  MarkBlock m = {first, a->blocks.items[first].r, NONE, 0};
  for (size_t i = m.r.start, n = 0; q->ok; i += n) {
    /* “ ” „ start with 0xE2, « » with 0xC2; the text's NUL is readable */
    i = scan_find3_far(q->text, i, end, a->len + 1, '"', 0xE2, 0xC2);
    if (i >= end) break;
    if (i >= m.r.end) {
      block_marks_end(q, &m);
      m.b = marked_block_past(a, m.b + 1, i); /* < last: i < end */
      m.r = a->blocks.items[m.b].r;
      m.open = NONE;
      if (i < m.r.start) { /* between body blocks */
        i = m.r.start;
        n = 0;
        continue;
      }
    }
    int cp;
    n = lex_decode(q->text, m.r.end, i, &cp);
    if (is_double_mark(cp)) block_mark(q, &m, i, n, cp); /* not ’, —, £, a no-break space ... */
  }
  block_marks_end(q, &m);
}

static int raw_cmp(const void *x, const void *y) {
  const RawQuote *a = x, *b = y;
  return a->open < b->open ? -1 : a->open > b->open;
}

/* True when the quotes already lie in order of their opening marks. They
** are pushed so (blocks in text order; in a block each double quote, then
** the single quotes inside it, each opening after the last one closed), so
** qsort is a fallback; checking costs a compare a quote where qsort cost
** 1.1M instructions and 35,000 mispredicts on bbc-news. */
static bool raws_sorted(const QScan *q) {
  size_t unsorted = 0;
  for (size_t i = 1; i < q->raws.len; i++) unsorted += q->raws.items[i - 1].open > q->raws.items[i].open;
  return unsorted == 0;
}

static size_t max_size(size_t x, size_t y) { return x > y ? x : y; }

/* Sets cover on the sorted quotes: the double quotes that may hold a
** position are looked for among the three opening last before it. A
** running maximum over the last three (a nested quote counting 0), with
** no branch on the data: a loop over the three with a test on each
** mispredicted ~17,000 times on bbc-news. */
static void set_covers(QScan *q) {
  size_t end1 = 0, end2 = 0; /* of quotes i - 1 and i - 2 (0 if none or nested) */
  for (size_t i = 0; i < q->raws.len; i++) {
    RawQuote *raw = &q->raws.items[i];
    size_t end0 = raw->close_end & -(size_t)!raw->nested;
    raw->cover = max_size(end0, max_size(end1, end2));
    end2 = end1;
    end1 = end0;
  }
}

/* True when pos lies inside a double quote's marks; raws[lo] is the first
** quote opening after pos. */
static bool in_quote_at(const QScan *q, size_t pos, size_t lo) {
  return lo > 0 && pos < q->raws.items[lo - 1].cover;
}

/* The index of the first quote opening after pos. */
static size_t quote_after(const QScan *q, size_t pos) {
  return sorted_count_below(q->raws.items, q->raws.len, sizeof(RawQuote), offsetof(RawQuote, open),
                            pos + 1);
}

/* True when pos lies inside a double quote's marks. */
static bool in_quote(const QScan *q, size_t pos) { return in_quote_at(q, pos, quote_after(q, pos)); }

/* Moves the walk w to pos: one search at first, then a step now and then. */
static void quote_walk_to(const QScan *q, QuoteWalk *w, size_t pos) {
  size_t k = w->cursor == NONE ? quote_after(q, pos) : w->cursor;
  while (k < q->raws.len && q->raws.items[k].open <= pos) k++;
  w->cursor = k;
  w->next_open = k < q->raws.len ? q->raws.items[k].open : NONE;
  w->cover = k > 0 ? q->raws.items[k - 1].cover : 0;
}

/* in_quote for positions asked in increasing order. Inline in the word
** walks: where it read the quotes through the cursor at every word, the
** two compares on kept bounds saved ~1.5M instructions on bbc-news. */
static inline bool in_quote_walk(const QScan *q, size_t pos, QuoteWalk *w) {
  if (pos >= w->next_open) quote_walk_to(q, w, pos);
  return pos < w->cover;
}

/* Where a walk over the words of a window may go on after a word that
** in_quote_walk (leaving w) placed inside a double quote: that quote's
** end or the next quote's opening, whichever comes first. Every word
** starting before there is inside a quote too, and no word runs over it
** (marks are neither letters nor joiners, and an opening ' follows a space
** or a bracket), so lexing on from there gives the words lexing on from
** the window's start gives. */
static size_t quote_skip(const QuoteWalk *w) { return w->cover < w->next_open ? w->cover : w->next_open; }

/* ---- words near a quote ------------------------------------------------------ */

static Span word_span(const QScan *q, Word w) { return (Span){q->text + w.start, w.end - w.start}; }

/* The first word at or after pos before `to` (<= the text's end), as
** lex_next_word(q->text, to, pos, w) gives it but without WORD_ALLCAPS,
** which this file never reads: lex_window_word reads on past `to` inside
** the text (see there for what that saves). */
static inline __attribute__((always_inline)) bool next_word(const QScan *q, size_t to, size_t pos,
                                                            Word *w) {
  return lex_window_word(q->text, q->a->len, to, pos, w);
}

/* True when w is lit, ASCII case ignored. */
static inline __attribute__((always_inline)) bool word_is(const QScan *q, Word w, const char *lit) {
  return wl_is(word_span(q, w), lit);
}

/* True when the word w (no space inside, as lex_next_word makes words) is in
** table kind: wl_has without its search for a space. */
static inline bool word_in(const QScan *q, WlKind kind, Span w) {
  return wl_kinds_sieved(q->sieve, w, 1u << kind) != 0;
}

/* Words that may stand between a speaker and the verb: "Kerry also said". */
static bool is_adverb(const QScan *q, Span w) { return word_in(q, WL_ADVERB, w); }

/* Words that end the object of "told": "told reporters | before a meeting". */
static bool ends_object(const QScan *q, Span w) {
  return wl_kinds_sieved(q->sieve, w, 1u << WL_OBJECT_END | 1u << WL_CALENDAR | 1u << WL_CUE) != 0;
}

/* True for the ASCII bytes a word is read back over: letters, digits, the
** hyphen and the apostrophe. */
static bool is_ascii_word_byte(unsigned char c) {
  return (unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u || c == '-' || c == '\'';
}

/* True for an ASCII letter or digit. */
static bool is_ascii_alnum(unsigned char c) {
  return (unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u;
}

/* The word ending at or before pos (spaces skipped), not before lo. Reads
** back byte by byte over ASCII and decodes only other characters. */
static bool word_before(const QScan *q, size_t lo, size_t pos, Word *out) {
  pos = skip_space_back(q, lo, pos);
  size_t start = pos;
  while (start > lo) {
    unsigned char c = (unsigned char)q->text[start - 1];
    if (c < 0x80) {
      if (!is_ascii_word_byte(c)) break;
      start--;
      continue;
    }
    size_t p = lex_prev_cp(q->text, start);
    int cp;
    lex_decode(q->text, start, p, &cp);
    if (!lex_is_letter(cp) && cp != 0x2019) break;
    start = p;
  }
  if (start == pos) return false;
  return next_word(q, pos, start, out) && out->end <= pos;
}

/* True when [from, to) is only white space. */
static bool spaces_between_slow(const QScan *q, size_t from, size_t to) {
  size_t n;
  for (size_t i = from; i < to; i += n)
    if (!lex_is_space(q->text, to, i, &n)) return false;
  return true;
}

/* spaces_between_slow, inline for the usual gap between two words, one
** space: no call and no loop there (the speak-event pass and the cue
** checks ask it of most words they read). */
static inline bool only_spaces_between(const QScan *q, size_t from, size_t to) {
  if (to - from == 1 && q->text[from] == ' ') return true;
  return spaces_between_slow(q, from, to);
}

/* pos moved back over white space, not before lo. */
static size_t skip_space_back(const QScan *q, size_t lo, size_t pos) {
  size_t n;
  while (pos > lo) {
    unsigned char c = (unsigned char)q->text[pos - 1];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      pos--;
    } else if (c >= 0x80 && lex_is_space(q->text, pos, lex_prev_cp(q->text, pos), &n)) {
      pos = lex_prev_cp(q->text, pos); /* a no-break space */
    } else {
      break;
    }
  }
  return pos;
}

/* ---- mentions ---------------------------------------------------------------- */

/* Index of the first mention starting at or after pos. */
static size_t mention_from(const Article *a, size_t pos) {
  return sorted_count_below(a->mentions.items, a->mentions.len, sizeof(Mention),
                            offsetof(Mention, r.start), pos);
}

/* The entity of a mention ending exactly at pos (a possessive allowed), or
** NONE. */
static size_t mention_ending_at(const Article *a, size_t pos) {
  size_t k = mention_from(a, pos);
  for (size_t i = k; i-- > 0 && k - i <= 4;)
    if (a->mentions.items[i].r.end == pos) return a->mentions.items[i].entity;
  return NONE;
}

/* ---- sentences (bounded, for windows only) ---------------------------------- */

/* True when the '.' at j ends an initial ("J.") or an abbreviation ("Gen.",
** "U.S."): the word before it (not before lo) ends right at it. The ASCII
** letters and digits right before the dot decide it alone when lo or a byte
** that is no part of a word precedes them: they are then the word that
** word_before would read (or, when there are none, no word ends at the
** dot). More of them than the longest abbreviation rule one out at once;
** scan_alnum_run_before counts them without a loop.
** Only a byte >= 0x80, a hyphen or an apostrophe before them needs
** word_before. Most full stops are decided so without it. */
static bool dot_ends_abbrev(const QScan *q, size_t lo, size_t j) {
  /* the longest run that may be one: an abbreviation, or an initial */
  size_t most = q->sieve->max_len[WL_ABBREV] > 1 ? q->sieve->max_len[WL_ABBREV] : 1;
  size_t run = scan_alnum_run_before(q->text, lo, j); /* counted up to 8 */
  if (run > most) {
    if (run < 8 || most < 8) return false;
    while (run <= most && j - run > lo && is_ascii_alnum((unsigned char)q->text[j - run - 1])) run++;
    if (run > most) return false;
  }
  size_t start = j - run;
  unsigned char c = start > lo ? (unsigned char)q->text[start - 1] : ' ';
  Span s;
  if (c < 0x80 && !is_ascii_word_byte(c)) {
    if (run == 0) return false;
    s = (Span){q->text + start, run};
  } else {
    Word w;
    if (!word_before(q, lo, j, &w) || w.end != j) return false;
    s = word_span(q, w);
  }
  return (s.len == 1 && s.ptr[0] >= 'A' && s.ptr[0] <= 'Z') || word_in(q, WL_ABBREV, s);
}

/* True when the '.', '!' or '?' at byte j ends a sentence: white space, a
** closing mark or the limit follows, and a '.' does not end "Gen." or "U.S.". */
static bool ends_sentence(const QScan *q, size_t lo, size_t hi, size_t j) {
  char c = q->text[j];
  if (c != '.' && c != '!' && c != '?') return false;
  int next = cp_at(q->text, hi, j + 1);
  if (!is_space_cp(next) && next != '"' && next != 0x201D && next != 0x2019 && j + 1 < hi)
    return false;
  return c != '.' || !dot_ends_abbrev(q, lo, j);
}

/* Start of the sentence holding pos, looking back at most WINDOW bytes. */
static size_t sentence_start(const QScan *q, size_t lo, size_t pos) {
  size_t limit = pos > lo + WINDOW ? pos - WINDOW : lo;
  for (size_t j = pos; (j = scan_rfind3(q->text, limit, j, '.', '!', '?')) != SIZE_MAX;)
    if (ends_sentence(q, lo, pos, j)) return j + 1;
  return limit;
}

/* End of the sentence from pos on, looking ahead at most WINDOW bytes. */
static size_t sentence_end(const QScan *q, size_t pos, size_t hi) {
  size_t limit = hi - pos > WINDOW ? pos + WINDOW : hi;
  for (size_t j = pos; (j = scan_find3(q->text, j, limit, '.', '!', '?')) < limit; j++)
    if (ends_sentence(q, pos, hi, j)) return j + 1;
  return limit;
}

/* ---- cues -------------------------------------------------------------------- */

typedef struct {
  Range cue;          /* the text recorded in Quote.cue */
  size_t verb_start;  /* where the subject search starts looking back */
  bool is_statement;  /* "the statement read" */
  bool is_according;  /* "according to X": the speaker follows */
  bool is_participle; /* "..., noting": the speaker is the clause's */
  bool found;
} Cue;

#define MAX_WINDOW_WORDS 256 /* WINDOW bytes hold fewer words than this */

static bool is_determiner(const QScan *q, Span w) { return word_in(q, WL_DETERMINER, w); }

/* Extends a "told" cue over its object: "told France Inter radio", "told
** reporters in Moscow"; stops at punctuation and at words like "before". */
static size_t object_end(const QScan *q, const Word *ws, size_t n, size_t k) {
  size_t end = ws[k].end;
  for (size_t i = k + 1; i < n && i <= k + 6; i++) {
    size_t sp;
    for (size_t p = ws[i - 1].next; p < ws[i].start; p += sp)
      if (!lex_is_space(q->text, ws[i].start, p, &sp)) return end;
    if (ends_object(q, word_span(q, ws[i]))) return end;
    end = ws[i].end;
  }
  return end;
}

static bool ends_with_ed(Span w) { return w.len > 3 && memcmp(w.ptr + w.len - 2, "ed", 2) == 0; }

/* True for the verbs whose cue runs on over their object: "told X". */
static bool is_tell(const QScan *q, Word w) {
  return word_is(q, w, "told") || word_is(q, w, "tell") || word_is(q, w, "tells") ||
         word_is(q, w, "telling");
}

/* Builds the cue whose verb is word k of the window words ws[0, n). */
static Cue make_cue(const QScan *q, const Word *ws, size_t n, size_t k) {
  Cue c = {{ws[k].start, ws[k].end}, ws[k].start, false, false, false, true};
  Span w = word_span(q, ws[k]);
  bool plain_gap = k > 0 && only_spaces_between(q, ws[k - 1].next, ws[k].start);
  if (plain_gap && word_is(q, ws[k - 1], "statement") &&
      (wl_is(w, "read") || wl_is(w, "said") || wl_is(w, "says"))) {
    c.is_statement = true;
    c.cue.start =
        k > 1 && is_determiner(q, word_span(q, ws[k - 2])) ? ws[k - 2].start : ws[k - 1].start;
  } else if (k > 1 && wl_is(w, "saying") && word_is(q, ws[k - 1], "by") &&
             (word_in(q, WL_CUE, word_span(q, ws[k - 2])) || ends_with_ed(word_span(q, ws[k - 2])))) {
    c.cue.start = c.verb_start = ws[k - 2].start; /* "responded by saying" */
  }
  if (wl_is(w, "according")) {
    c.cue.end = ws[k + 1].end;
    c.is_according = true;
  } else if (is_tell(q, ws[k])) {
    c.cue.end = object_end(q, ws, n, k);
  }
  c.is_participle = w.len > 3 && memcmp(w.ptr + w.len - 3, "ing", 3) == 0 && !c.is_according;
  return c;
}

/* True when byte i of w is an apostrophe's first byte (' or ’). */
static bool apostrophe_at(Span w, size_t i) {
  return i < w.len && (w.ptr[i] == '\'' || (unsigned char)w.ptr[i] == 0xE2);
}

/* he, she; also "he’d", "she's": the word up to its first apostrophe
** after the first byte. Only a cut at byte 2 or 3 can leave "he" or
** "she" (a cut before keeps an apostrophe in the word, or leaves one
** byte), so those two bytes are looked at, not the whole word: a byte
** loop here mispredicted on its exit (~13,000 times on bbc-news). */
static bool is_pronoun(Span w) {
  if (apostrophe_at(w, 2))
    w.len = 2;
  else if (apostrophe_at(w, 3))
    w.len = 3;
  return wl_is(w, "he") || wl_is(w, "she");
}

/* True when word k of ws is a speech verb here (not "the reports"). */
static bool is_cue_word(const QScan *q, const Word *ws, size_t n, size_t k) {
  Span w = word_span(q, ws[k]);
  if (word_is(q, ws[k], "according")) return k + 1 < n && word_is(q, ws[k + 1], "to");
  if (!(ws[k].flags & WORD_LOWER)) return false;
  if (word_is(q, ws[k], "read")) return k > 0 && word_is(q, ws[k - 1], "statement");
  if (!word_in(q, WL_CUE, w)) return false;
  if (k == 0) return true;
  Span prev = word_span(q, ws[k - 1]);
  if (is_determiner(q, prev)) return false;
  /* "states", "reports", "claims" are nouns unless a subject comes right before */
  if (w.ptr[w.len - 1] == 's' && !wl_is(w, "says") && !wl_is(w, "tells") &&
      !wl_is(w, "adds"))
    return (ws[k - 1].flags & WORD_CAP) || is_pronoun(prev);
  return true;
}

/* A cheap first test of is_cue_word, inline in the window walk (keep the
** two in step): the words it may accept are "according" (any case),
** "read", and lower-case words the sieve lets by for the cue table. The
** sieve lets "read" by too (its length and ends are those of cue words;
** test_cue_sieve pins that), so only "according" needs a test of its own:
** a key of its length and first and last letters, which few other words
** share. Most words fail here, so it is one branch on bits computed without
** branches (the sieve read for every word): as a chain of tests (case, then
** key compares, then the sieve) it mispredicted ~40,000 times more on
** bbc-news. */
static inline bool may_be_cue(const QScan *q, const Word *w) {
  Span s = word_span(q, *w);
  const unsigned char *u = (const unsigned char *)s.ptr;
  size_t ends = s.len << 16 | (u[0] | 0x20u) << 8 | (u[s.len - 1] | 0x20u);
  unsigned lower = (w->flags & WORD_LOWER) != 0;
  unsigned sieved = wl_sieve_kinds(q->sieve, s, 1u << WL_CUE) != 0;
  unsigned according = ends == ((size_t)9 << 16 | 'a' << 8 | 'g');
  return (lower & sieved) | according;
}

/* The window words make_cue reads for a cue at word k: the word after it
** ("according to"), and for "told" the six after it (object_end). */
static size_t cue_words_needed(const QScan *q, const Word *ws, size_t k) {
  return is_tell(q, ws[k]) ? k + 7 : k + 2;
}

/* Finds the first (or, with last, the final) cue in [from, to), skipping
** words inside other quotes. Looking for the first, each word but the last
** is judged as the window fills (with the word after it in place, all that
** is_cue_word reads), so only the last one is left to judge afterwards. */
static Cue find_cue(const QScan *q, size_t from, size_t to, bool last) {
  Word ws[MAX_WINDOW_WORDS];
  size_t n = 0;
  Word w;
  size_t first_cue = NONE;
  QuoteWalk walk = QUOTE_WALK_START;
  for (size_t pos = from; n < MAX_WINDOW_WORDS && next_word(q, to, pos, &w);
       pos = w.next) {
    if (in_quote_walk(q, w.start, &walk)) {
      w.next = quote_skip(&walk); /* its words are skipped: do not lex them */
      continue;
    }
    ws[n++] = w;
    if (!last && first_cue == NONE && n >= 2 && may_be_cue(q, &ws[n - 2]) &&
        is_cue_word(q, ws, n, n - 2))
      first_cue = n - 2;
    if (first_cue != NONE && n >= cue_words_needed(q, ws, first_cue)) break;
  }
  const Cue none = {{0, 0}, 0, false, false, false, false};
  if (!last) {
    if (first_cue == NONE && n > 0 && may_be_cue(q, &ws[n - 1]) && is_cue_word(q, ws, n, n - 1))
      first_cue = n - 1;
    return first_cue != NONE ? make_cue(q, ws, n, first_cue) : none;
  }
  for (size_t k = n; k-- > 0;) /* the final cue: the first one from the end */
    if (may_be_cue(q, &ws[k]) && is_cue_word(q, ws, n, k)) return make_cue(q, ws, n, k);
  return none;
}

/* ---- speakers ---------------------------------------------------------------- */

typedef enum {
  SUBJ_NONE,
  SUBJ_ENTITY,    /* a mention: entity */
  SUBJ_PRONOUN,   /* he, she: the last person who spoke */
  SUBJ_STATEMENT, /* "the statement read": the last one who spoke */
  SUBJ_INHERIT,   /* "..., noting": the clause's speaker */
  SUBJ_DESC,      /* an unnamed source: desc */
  SUBJ_TITLE      /* "the secretary": the person with that title; desc holds the word */
} SubjKind;

typedef struct {
  SubjKind kind;
  size_t entity;
  Range desc;
} Subject;

/* The quote whose closing mark ends at pos, or NULL. */
static const RawQuote *quote_closing_at(const QScan *q, size_t pos) {
  size_t lo = pos > 0 ? quote_after(q, pos - 1) : 0; /* first opening at or after pos */
  for (size_t k = lo; k-- > 0 && lo - k <= 3;)
    if (q->raws.items[k].close_end == pos) return &q->raws.items[k];
  return NULL;
}

/* "a senior administration official": the words before the source noun
** ending at w, without determiners and "unnamed". */
static Range source_desc(const QScan *q, size_t lo, Word w) {
  Range r = {w.start, w.end};
  Word prev;
  for (int i = 0; i < 5 && word_before(q, lo, r.start, &prev); i++) {
    Span s = word_span(q, prev);
    if (!only_spaces_between(q, prev.next, r.start) || is_determiner(q, s) ||
        wl_is(s, "unnamed") || wl_is(s, "anonymous") || word_in(q, WL_CUE, s))
      break;
    if (!(prev.flags & WORD_LOWER) && !word_in(q, WL_DEMONYM, s)) break;
    r.start = prev.start;
  }
  return r;
}

/* The word ending exactly at a position (word_before, not before a fixed
** lo, with w.end == pos), kept for the last position asked: subject_end
** reads it where the subject ends, and subject_before asks there again. */
typedef struct {
  size_t pos; /* the position asked last, or NONE */
  bool found;
  Word w;
} WordAt;

static bool word_ending_at(const QScan *q, size_t lo, size_t pos, WordAt *at) {
  if (at->pos != pos) {
    at->pos = pos;
    at->found = word_before(q, lo, pos, &at->w) && at->w.end == pos;
  }
  return at->found;
}

/* Moves pos back over "also", "has" and the like, and over an appositive
** ", a Russian Defense Ministry spokesman," to where the subject ends. at
** caches word_ending_at over lo. */
static size_t subject_end(const QScan *q, size_t lo, size_t pos, bool *after_comma, WordAt *at) {
  pos = skip_space_back(q, lo, pos);
  for (int i = 0; i < 4 && word_ending_at(q, lo, pos, at) && is_adverb(q, word_span(q, at->w)); i++)
    pos = skip_space_back(q, lo, at->w.start);
  *after_comma = pos > lo && q->text[pos - 1] == ',';
  if (!*after_comma) return pos;
  size_t limit = pos > lo + APPOSITIVE ? pos - APPOSITIVE : lo;
  for (size_t j = pos - 1; j-- > limit;)
    if (q->text[j] == ',' || q->text[j] == '.') {
      return q->text[j] == ',' ? skip_space_back(q, lo, j) : pos - 1;
    }
  return pos - 1;
}

/* True when the word before w is "the" ("the secretary said"). */
static bool after_the(const QScan *q, size_t lo, Word w) {
  Word prev;
  return word_before(q, lo, w.start, &prev) && word_is(q, prev, "the");
}

/* True when the title range of entity ent contains the word `word`, ASCII
** case ignored ("U.S. Secretary of State" holds "secretary"). */
static bool title_has(const QScan *q, size_t ent, Span word) {
  Range t = q->a->entities.items[ent].title;
  for (size_t i = t.start; i + word.len <= t.end; i++) {
    size_t end = i + word.len, k = 0;
    if ((i > t.start && q->text[i - 1] != ' ') ||
        (end < t.end && q->text[end] != ' ' && q->text[end] != '-'))
      continue;
    while (k < word.len && (q->text[i + k] | 0x20) == (word.ptr[k] | 0x20)) k++;
    if (k == word.len) return true;
  }
  return false;
}

/* The person last mentioned before pos whose title holds `word`: "the
** secretary" after "U.S. Secretary of State John Kerry"; NONE if none. */
static size_t titled_person(const QScan *q, size_t pos, Span word) {
  size_t k = mention_from(q->a, pos);
  for (size_t i = k; i-- > 0 && k - i <= 64;) {
    size_t ent = q->a->mentions.items[i].entity;
    if (q->a->entities.items[ent].type == ENTITY_PERSON && title_has(q, ent, word)) return ent;
  }
  return NONE;
}

/* The speaker written before a cue: a mention, a pronoun, "the statement",
** an unnamed source, or a scare-quoted source ("French diplomatic source"). */
static Subject subject_before(const QScan *q, const Cue *cue, size_t lo) {
  Subject s = {SUBJ_NONE, NONE, {0, 0}};
  if (cue->is_statement) {
    s.kind = SUBJ_STATEMENT;
    return s;
  }
  bool after_comma;
  WordAt at = {NONE, false, {0, 0, 0, 0, 0}};
  size_t pos = subject_end(q, lo, cue->verb_start, &after_comma, &at);
  if (cue->is_participle && after_comma) {
    s.kind = SUBJ_INHERIT;
    return s;
  }
  const RawQuote *scare = pos > lo ? quote_closing_at(q, pos) : NULL;
  Word w;
  if (scare != NULL && word_before(q, scare->r.start, scare->r.end, &w) &&
      word_in(q, WL_SOURCE_NOUN, word_span(q, w))) {
    s.kind = SUBJ_DESC;
    s.desc = scare->r;
  } else if ((s.entity = mention_ending_at(q->a, pos)) != NONE) {
    s.kind = SUBJ_ENTITY;
  } else if (word_ending_at(q, lo, pos, &at)) {
    w = at.w;
    Span ws = word_span(q, w);
    if (is_pronoun(ws))
      s.kind = SUBJ_PRONOUN;
    else if (wl_is(ws, "statement"))
      s.kind = SUBJ_STATEMENT;
    else if ((w.flags & WORD_LOWER) && word_in(q, WL_TITLE, ws) && after_the(q, lo, w)) {
      s.kind = SUBJ_TITLE;
      s.desc = (Range){w.start, w.end};
    } else if (word_in(q, WL_SOURCE_NOUN, ws) && (w.flags & WORD_LOWER)) {
      s.kind = SUBJ_DESC;
      s.desc = source_desc(q, lo, w);
    }
  }
  return s;
}

/* The speaker written after the cue ("said Kerry", "said US Secretary of
** State John Kerry", "according to Reuters"): the first person mention, or
** the first mention, before any comma or sentence end. */
static size_t subject_after(const QScan *q, const Cue *cue, size_t hi) {
  size_t pos = cue->cue.end, limit = hi - pos > 100 ? pos + 100 : hi, first = NONE;
  for (size_t k = mention_from(q->a, pos); k < q->a->mentions.len; k++) {
    const Mention *m = &q->a->mentions.items[k];
    if (m->r.start >= limit) break;
    for (size_t j = pos; j < m->r.start; j++)
      if (q->text[j] == ',' || q->text[j] == ';' || ends_sentence(q, pos, hi, j)) return first;
    if (q->a->entities.items[m->entity].type == ENTITY_PERSON) return m->entity;
    if (first == NONE) first = m->entity;
    if (cue->is_according) return first;
  }
  return first;
}

/* True when mention m lies outside quotes and is followed, perhaps after
** "also" or an appositive, by a speech verb: "Kerry said", "Gen. Igor
** Konashenkov, a Russian Defense Ministry spokesman, said". */
static bool is_speak_event(const QScan *q, const Mention *m) {
  if (in_quote(q, m->r.start)) return false;
  size_t pos = m->r.end, hi = q->a->len - pos > APPOSITIVE ? pos + APPOSITIVE : q->a->len;
  Word w;
  if (pos < hi && q->text[pos] == ',') {
    const char *comma = memchr(q->text + pos + 1, ',', hi - pos - 1);
    if (comma == NULL) return false;
    pos = (size_t)(comma - q->text) + 1;
  }
  for (int i = 0; i < 3 && next_word(q, hi, pos, &w); i++, pos = w.next) {
    if (!only_spaces_between(q, pos, w.start)) return false;
    unsigned kinds = wl_kinds_sieved(q->sieve, word_span(q, w), 1u << WL_CUE | 1u << WL_ADVERB);
    if ((w.flags & WORD_LOWER) && (kinds >> WL_CUE & 1u)) return true;
    if (!(kinds >> WL_ADVERB & 1u)) return false;
  }
  return false;
}

/* The index + 1 of the last mention in [0, i1) not known to be no speak
** event, 0 if none: jumps over the runs last_speaker already judged. */
static size_t event_log_back(EventLog *log, size_t i1) {
  while (i1 > 0 && log->state[i1 - 1] == EVENT_NO) {
    size_t up = log->back[i1 - 1];
    if (up > 0 && log->state[up - 1] == EVENT_NO) log->back[i1 - 1] = up = log->back[up - 1];
    i1 = up;
  }
  return i1;
}

/* Whether mention i is a speak event, judged once. */
static bool event_log_judge(const QScan *q, size_t i) {
  EventLog *log = q->log;
  if (log->state[i] == EVENT_UNKNOWN) {
    bool yes = is_speak_event(q, &q->a->mentions.items[i]);
    log->state[i] = yes ? EVENT_YES : EVENT_NO;
    log->back[i] = i; /* read only when EVENT_NO: go on at mention i - 1 */
  }
  return log->state[i] == EVENT_YES;
}

/* True when entity ent may answer a last_speaker question. */
static bool speaker_fits(const QScan *q, size_t ent, bool want_person) {
  return !want_person || q->a->entities.items[ent].type == ENTITY_PERSON;
}

/* The last entity that spoke before pos: the last of the 64 speak events
** before pos that fits, or the last attributed speaker q->last when it
** fits and comes later; persons only when want_person. Events before
** q->last cannot win when q->last fits, so the walk back stops there. */
static size_t last_speaker(const QScan *q, size_t pos, bool want_person) {
  EventLog *log = q->log;
  size_t n = q->a->mentions.len;
  if (log->back == NULL && n > 0 && log->ok) { /* the mentions are at most the text's bytes */
    log->back = malloc(n * (sizeof *log->back + 1));
    log->ok = log->back != NULL;
    if (log->ok) log->state = memset(log->back + n, EVENT_UNKNOWN, n);
  }
  bool last_fits = q->last.entity != NONE && q->last.pos < pos &&
                   speaker_fits(q, q->last.entity, want_person);
  size_t stop = last_fits ? mention_from(q->a, q->last.pos) : 0, seen = 0;
  if (log->ok && log->state != NULL) {
    for (size_t i1 = event_log_back(log, mention_from(q->a, pos)); i1 > stop;
         i1 = event_log_back(log, i1 - 1)) {
      if (!event_log_judge(q, i1 - 1)) continue;
      size_t ent = q->a->mentions.items[i1 - 1].entity;
      if (++seen > 64) break;
      if (speaker_fits(q, ent, want_person)) return ent;
    }
  }
  if (last_fits) return q->last.entity;
  /* nobody spoke yet: the nearest person named before pos, outside quotes */
  size_t k = mention_from(q->a, pos);
  for (size_t i = k; i-- > 0 && k - i <= 32;) {
    const Mention *m = &q->a->mentions.items[i];
    if (q->a->entities.items[m->entity].type == ENTITY_PERSON && !in_quote(q, m->r.start))
      return m->entity;
  }
  return NONE;
}

/* Turns a subject into Quote.speaker / speaker_desc. */
static void resolve_subject(const QScan *q, Subject s, size_t pos, long inherited, Quote *out) {
  size_t ent = NONE;
  switch (s.kind) {
    case SUBJ_ENTITY:
      ent = s.entity;
      break;
    case SUBJ_PRONOUN:
      ent = last_speaker(q, pos, true);
      break;
    case SUBJ_STATEMENT:
      ent = last_speaker(q, pos, false);
      break;
    case SUBJ_INHERIT:
      ent = inherited >= 0 ? (size_t)inherited : last_speaker(q, pos, true);
      break;
    case SUBJ_DESC:
      out->speaker_desc = s.desc;
      break;
    case SUBJ_TITLE:
      ent = titled_person(q, pos, (Span){q->text + s.desc.start, s.desc.end - s.desc.start});
      break;
    case SUBJ_NONE:
      break;
  }
  out->speaker = ent == NONE ? -1 : (long)ent;
}

/* ---- kinds ------------------------------------------------------------------- */

/* Number of words in r, counting no further than most: the kinds only ask
** whether a quote has up to three or four words. */
static size_t count_words(const QScan *q, Range r, size_t most) {
  Word w;
  size_t n = 0;
  for (size_t pos = r.start; n < most && next_word(q, r.end, pos, &w); pos = w.next) n++;
  return n;
}

/* True when the quote reads as a sentence of its own: it starts with a
** capital (or a digit or "[") right after the paragraph start, a sentence end,
** a comma, a colon or a dash. */
static bool starts_full(const QScan *q, const RawQuote *raw, size_t block_start) {
  int first = cp_at(q->text, raw->r.end, raw->r.start);
  if (!(utf8proc_isupper(first) || (first >= '0' && first <= '9') || first == '[' || first == '.'))
    return false;
  size_t p = skip_space_back(q, block_start, raw->open);
  if (p == block_start) return true;
  int before = cp_before(q->text, block_start, p);
  return before == '.' || before == '!' || before == '?' || before == ':' || before == ',' ||
         before == ';' || before == 0x2014 || before == 0x2013 || before == '-';
}

/* “Daily Show”, “Law and Order”: up to six words, every one but small
** function words capitalised, no sentence punctuation at the end — the
** title of a work, not speech. */
static bool looks_title(const QScan *q, const RawQuote *raw) {
  char last = q->text[raw->r.end - 1];
  if (last == '.' || last == '!' || last == '?' || last == ',') return false;
  Word w;
  size_t n = 0;
  for (size_t pos = raw->r.start; next_word(q, raw->r.end, pos, &w); pos = w.next) {
    if (++n > 6) return false;
    Span s = word_span(q, w);
    bool small = wl_is(s, "a") || wl_is(s, "and") || wl_is(s, "of") ||
                 wl_is(s, "the") || wl_is(s, "in") || wl_is(s, "for");
    if (!(w.flags & (WORD_CAP | WORD_DIGIT)) && !(small && n > 1)) return false;
  }
  return n > 0;
}

/* A short quote used as a term, not as speech: the subject of a speech verb
** (an unnamed “French diplomatic source” told), or a noun modifier after a
** determiner or preposition ("from "terrorist" groups"). */
static bool looks_scare(const QScan *q, const RawQuote *raw, size_t hi) {
  Word next, prev;
  if (!next_word(q, hi, raw->close_end, &next) ||
      !only_spaces_between(q, raw->close_end, next.start) || !(next.flags & WORD_LOWER))
    return false;
  Span ns = word_span(q, next);
  if (word_in(q, WL_CUE, ns)) return true;
  if (word_in(q, WL_STOP, ns)) return false;
  if (!word_before(q, 0, raw->open, &prev)) return false;
  Span ps = word_span(q, prev);
  return is_determiner(q, ps) || wl_is(ps, "from") || wl_is(ps, "of") ||
         wl_is(ps, "so-called") || wl_is(ps, "unnamed");
}

/* ---- attribution ------------------------------------------------------------- */

/* What the previous quote leaves for the next one to inherit. */
typedef struct {
  bool exists;
  size_t block, close_end;
  Range cue;
  long speaker;
  Range speaker_desc;
} Prev;

/* The first person (or untyped name) mentioned in [from, to) outside
** quotes: the likely speaker of a cue-less partial quote ("Lavrov backed the
** plan “for ...”"). */
static long first_person(const QScan *q, size_t from, size_t to) {
  for (size_t k = mention_from(q->a, from); k < q->a->mentions.len; k++) {
    const Mention *m = &q->a->mentions.items[k];
    if (m->r.start >= to) break;
    EntityType type = q->a->entities.items[m->entity].type;
    if ((type == ENTITY_PERSON || type == ENTITY_OTHER) && !in_quote(q, m->r.start))
      return (long)m->entity;
  }
  return -1;
}

/* The name closest before `to` (outside quotes, after from) that stands
** as a subject: followed by a lower-case word that is no function word
** ("Paul Ryan worried", not "the Great Recession, ..."). -1 when none. */
static long acting_person(const QScan *q, size_t from, size_t to) {
  long found = -1;
  for (size_t k = mention_from(q->a, from); k < q->a->mentions.len; k++) {
    const Mention *m = &q->a->mentions.items[k];
    if (m->r.start >= to) break;
    EntityType type = q->a->entities.items[m->entity].type;
    if ((type != ENTITY_PERSON && type != ENTITY_OTHER) || in_quote(q, m->r.start)) continue;
    Word next;
    if (!next_word(q, to, m->r.end, &next) ||
        !only_spaces_between(q, m->r.end, next.start))
      continue;
    if ((next.flags & WORD_LOWER) && !word_in(q, WL_STOP, word_span(q, next))) found = (long)m->entity;
  }
  return found;
}

/* The person or untyped name that opens the sentence at sent (only
** capitalised words before it: "Comedian Sarah Silverman was ..."), or -1. */
static long opening_person(const QScan *q, size_t sent, size_t to) {
  size_t k = mention_from(q->a, sent);
  if (k >= q->a->mentions.len || q->a->mentions.items[k].r.start >= to) return -1;
  const Mention *m = &q->a->mentions.items[k];
  EntityType type = q->a->entities.items[m->entity].type;
  if (type != ENTITY_PERSON && type != ENTITY_OTHER) return -1;
  Word w;
  for (size_t pos = sent; next_word(q, m->r.start, pos, &w); pos = w.next)
    if (!(w.flags & WORD_CAP)) return -1;
  return (long)m->entity;
}

/* "The jihadist faction, however, has rejected ...": a sentence opening
** with "the" and up to two words before a group noun (faction, group,
** ministry, party ...) speaks for the organisation last named before it.
** NONE when the sentence does not open so or no organisation came before. */
static size_t described_org(const QScan *q, size_t sent, size_t to) {
  Word w;
  size_t pos = sent;
  if (!next_word(q, to, pos, &w) || !word_is(q, w, "the")) return NONE;
  for (int i = 0; i < 3 && next_word(q, to, w.next, &w); i++) {
    Span s = word_span(q, w);
    if (!(w.flags & WORD_LOWER)) return NONE;
    if (!word_in(q, WL_ORG_DESC, s) && !word_in(q, WL_ORG_LOWER, s) && !wl_is(s, "faction") &&
        !wl_is(s, "movement") && !wl_is(s, "militia"))
      continue;
    size_t from = mention_from(q->a, sent);
    for (size_t k = from; k-- > 0 && from - k <= 64;) {
      size_t ent = q->a->mentions.items[k].entity;
      if (q->a->entities.items[ent].type == ENTITY_ORGANIZATION) return ent;
    }
    return NONE;
  }
  return NONE;
}

/* The subject of the sentence starting at sent: the name acting before
** `to`, else its first person, or he/she opening it; otherwise fallback
** unchanged. */
static Subject sentence_subject(const QScan *q, size_t sent, size_t to, Subject fallback) {
  long first = opening_person(q, sent, to);
  if (first < 0) first = acting_person(q, sent, to);
  if (first < 0) first = first_person(q, sent, to);
  if (first >= 0) return (Subject){SUBJ_ENTITY, (size_t)first, {0, 0}};
  Word w;
  if (next_word(q, to, sent, &w) && is_pronoun(word_span(q, w)))
    return (Subject){SUBJ_PRONOUN, NONE, {0, 0}};
  size_t org = described_org(q, sent, to);
  if (org != NONE) return (Subject){SUBJ_ENTITY, org, {0, 0}};
  return fallback;
}

/* Like sentence_subject, but only a person will do. */
static Subject person_subject(const QScan *q, size_t sent, size_t to, Subject fallback) {
  Subject s = sentence_subject(q, sent, to, fallback);
  if (s.kind == SUBJ_ENTITY && q->a->entities.items[s.entity].type != ENTITY_PERSON)
    return fallback;
  return s;
}

/* True when [from, to) holds a letter: "," Kerry said" has one between the
** mark and the verb, "," said Kerry" has none. */
static bool has_word_between(const QScan *q, size_t from, size_t to) {
  Word w;
  return next_word(q, to, from, &w);
}

/* A quote with the bounds of its sentence, looked up on first use: several
** attributions read the same sentence. */
typedef struct {
  const RawQuote *raw;
  size_t start; /* sentence_start before the opening mark, or NONE */
  size_t end;   /* sentence_end after the closing mark, or NONE */
} QuoteSentence;

static size_t quote_sentence_start(const QScan *q, QuoteSentence *qs) {
  if (qs->start == NONE)
    qs->start = sentence_start(q, q->a->blocks.items[qs->raw->block].r.start, qs->raw->open);
  return qs->start;
}

static size_t quote_sentence_end(const QScan *q, QuoteSentence *qs) {
  if (qs->end == NONE)
    qs->end = sentence_end(q, qs->raw->close_end, q->a->blocks.items[qs->raw->block].r.end);
  return qs->end;
}

/* The speaker of the speech verb that a participle hangs on: "Spicer said,
** adding, “...”" gives Spicer. fallback when no earlier cue has a subject. */
static Subject clause_speaker(const QScan *q, size_t sent, const Cue *participle,
                              Subject fallback) {
  if (participle->cue.start <= sent) return fallback;
  Cue main = find_cue(q, sent, participle->cue.start, true);
  if (!main.found || main.cue.start >= participle->cue.start) return fallback;
  Subject s = subject_before(q, &main, sent);
  return s.kind == SUBJ_NONE || s.kind == SUBJ_INHERIT ? fallback : s;
}

/* Resolves the speaker of a found cue: written before it, after it when the
** verb follows the quote directly ("," said Kerry") or in "according to X",
** else the sentence's first person (the clause subject of "Reid caucused and
** says he voted "uncommitted""). The sentence start is looked up only
** when one of those fallbacks needs it: a subject written before or after
** the cue ("Kerry said", "said Kerry") does not. */
static void speaker_of_cue(const QScan *q, QuoteSentence *qs, const Cue *cue, size_t lo,
                           size_t hi, long inherited, Quote *out) {
  const RawQuote *raw = qs->raw;
  Subject s = subject_before(q, cue, lo);
  if (s.kind == SUBJ_NONE && (cue->is_according || !has_word_between(q, lo, cue->verb_start)) &&
      (s.entity = subject_after(q, cue, hi)) != NONE)
    s.kind = SUBJ_ENTITY;
  if (s.kind == SUBJ_NONE && cue->is_participle) s.kind = SUBJ_INHERIT; /* "before claiming" */
  if (s.kind == SUBJ_INHERIT && inherited < 0)
    s = clause_speaker(q, quote_sentence_start(q, qs), cue, s);
  if (s.kind == SUBJ_NONE || (s.kind == SUBJ_INHERIT && inherited < 0))
    s = sentence_subject(q, quote_sentence_start(q, qs), cue->cue.start, s);
  if (s.kind == SUBJ_PRONOUN) { /* "Fallon fired back: “...,” he wrote" */
    size_t sent = quote_sentence_start(q, qs);
    s = person_subject(q, sent < raw->open ? sent : raw->open, raw->open, s);
  }
  resolve_subject(q, s, raw->open, inherited, out);
}

/* True when a colon leads into the quote: "Cruz continued: “...”". */
static bool introduced_by_colon(const QScan *q, const RawQuote *raw) {
  Range b = q->a->blocks.items[raw->block].r;
  size_t p = skip_space_back(q, b.start, raw->open);
  return p > b.start && q->text[p - 1] == ':';
}

/* True when the quote closes its sentence: its words end in a full stop
** and a capital opens the next ("“arbitrary.” Josh Hendler warned ..."). */
static bool ends_own_sentence(const QScan *q, const RawQuote *raw, size_t hi) {
  if (q->text[raw->r.end - 1] != '.') return false;
  Word next;
  return next_word(q, hi, raw->close_end, &next) && (next.flags & WORD_CAP) &&
         !is_pronoun(word_span(q, next));
}

/* The words after the quote searched for a cue: to its sentence's end, or
** none when the quote closes its sentence. Made only when searched, so a
** cue found before the quote spares the sentence's end. */
static Range window_after(const QScan *q, QuoteSentence *qs) {
  const RawQuote *raw = qs->raw;
  Range b = q->a->blocks.items[raw->block].r;
  size_t hi = ends_own_sentence(q, raw, b.end) ? raw->close_end : quote_sentence_end(q, qs);
  return (Range){raw->close_end, hi};
}

/* The words before the quote searched for a cue: from its sentence's start
** (or the previous quote's end in the paragraph, when later) to the
** opening mark. Made only when searched, as window_after. */
static Range window_before(const QScan *q, QuoteSentence *qs, const Prev *prev, bool same_block) {
  size_t from = quote_sentence_start(q, qs);
  if (same_block && prev->close_end > from) from = prev->close_end;
  return (Range){from, qs->raw->open};
}

/* Looks for a cue in the quote's sentence, after the quote first for a full
** quote and before it first for a partial one (whose cue usually leads in:
** "Trump insisted that he has “expanded the party”"), and resolves its
** speaker. Returns whether a cue was found. */
static bool attribute_by_cue(const QScan *q, QuoteSentence *qs, const Prev *prev, bool is_full,
                             Quote *out) {
  const RawQuote *raw = qs->raw;
  bool same_block = prev->exists && prev->block == raw->block;
  bool before_first = !is_full || introduced_by_colon(q, raw);
  for (int i = 0; i < 2; i++) {
    bool after = before_first ? i == 1 : i == 0;
    Range win = after ? window_after(q, qs) : window_before(q, qs, prev, same_block);
    Cue cue = find_cue(q, win.start, win.end, !after);
    if (!cue.found) continue;
    out->cue = cue.cue;
    speaker_of_cue(q, qs, &cue, win.start, win.end, same_block ? prev->speaker : -1, out);
    return true;
  }
  return false;
}

/* "“The most unqualified child to ever run.” ― Francisco Herrero": a
** dash right after the closing mark, then a name, signs the quote. Returns
** whether it applied (the cue stays empty). */
static bool attribute_by_dash(const QScan *q, const RawQuote *raw, Quote *out) {
  Range b = q->a->blocks.items[raw->block].r;
  size_t p = raw->close_end, n;
  while (p < b.end && lex_is_space(q->text, b.end, p, &n)) p += n;
  int cp = cp_at(q->text, b.end, p);
  if (cp != 0x2015 && cp != 0x2014 && cp != 0x2013 && cp != '-') return false;
  Word who;
  if (!next_word(q, b.end, p, &who) || who.start - p > 8) return false;
  size_t k = mention_from(q->a, who.start);
  if (k >= q->a->mentions.len || q->a->mentions.items[k].r.start != who.start) return false;
  out->speaker = (long)q->a->mentions.items[k].entity;
  return true;
}

/* "“Go back to Univision,” Trump barked": a quote ending in , ? or ! and
** followed by a name (or he/she) and a lower-case verb is attributed to it,
** the verb being the cue. Returns whether it applied. */
static bool attribute_by_unknown_verb(const QScan *q, const RawQuote *raw, Quote *out) {
  char last = q->text[raw->r.end - 1];
  Range b = q->a->blocks.items[raw->block].r;
  if (last != ',' && last != '?' && last != '!') return false;
  Word who, verb;
  if (!next_word(q, b.end, raw->close_end, &who) ||
      !only_spaces_between(q, raw->close_end, who.start))
    return false;
  size_t k = mention_from(q->a, who.start), after = who.next;
  size_t ent = NONE;
  if (k < q->a->mentions.len && q->a->mentions.items[k].r.start == who.start) {
    ent = q->a->mentions.items[k].entity;
    after = q->a->mentions.items[k].r.end;
  } else if (!is_pronoun(word_span(q, who))) {
    return false;
  }
  if (!next_word(q, b.end, after, &verb) || !only_spaces_between(q, after, verb.start) ||
      !(verb.flags & WORD_LOWER) || word_in(q, WL_STOP, word_span(q, verb)))
    return false;
  out->cue = (Range){verb.start, verb.end};
  Subject s = {ent == NONE ? SUBJ_PRONOUN : SUBJ_ENTITY, ent, {0, 0}};
  resolve_subject(q, s, raw->open, -1, out);
  return true;
}

/* True when word names a medium of speech: "in a statement", "in a tweet"
** (ASCII case ignored). is_medium_span's table of first letters must list
** each of them (test_medium_forms tries each). */
static bool is_medium_word(Span word) {
  return wl_is(word, "post") || wl_is(word, "email") || wl_is(word, "tweet") || wl_is(word, "letter") ||
         wl_is(word, "speech") || wl_is(word, "interview") || wl_is(word, "statement");
}

/* is_medium_word for a non-empty word, with a first test: one table read
** decides most words, the first letters the media of the word's length
** have (no branch on the length, then one that is rarely taken); the few
** words left compare as keys. Walking a table of the media by length
** instead mispredicted ~37,000 times on bbc-news. */
static inline __attribute__((always_inline)) bool is_medium_span(Span word) {
#define L(c) (1u << ((c) - 'a'))
  static const uint32_t firsts[16] = {[4] = L('p'), [5] = L('e') | L('t'), [6] = L('l') | L('s'),
                                      [9] = L('i') | L('s')};
#undef L
  unsigned letter = (unsigned)((word.ptr[0] | 0x20) - 'a');
  uint32_t row = firsts[word.len & 15] & -(uint32_t)(word.len < 16);
  return ((row >> (letter & 31)) & (letter < 26)) && is_medium_word(word);
}

static bool is_medium(const QScan *q, Word w) { return is_medium_span(word_span(q, w)); }

/* True when some run of ASCII letters and digits in [from, to) starting
** outside quotes spells a medium: only then is attribute_by_medium's walk
** over all the words (those inside quotes too, which may hold the "in a"
** before a noun after the closing mark) worth making. A word spelling a
** medium is such a run (lex_next_word takes adjacent letters and digits
** into the word, and a possessive or a joiner it stops at is neither), so
** a range failing this holds no medium noun the walk could take; most
** sentences fail it at a fraction of the cost of lexing them. A run that
** passes but is no word of its own ("post-war") costs the walk only.
** Quotes are skipped as find_cue skips them (quote_skip holds for runs as
** for words: it is a property of positions). */
static bool may_hold_medium(const QScan *q, size_t from, size_t to) {
  QuoteWalk walk = QUOTE_WALK_START;
  const unsigned char *u = (const unsigned char *)q->text;
  for (size_t i = from; i < to;) {
    if (!is_ascii_alnum(u[i])) {
      i++;
      continue;
    }
    if (in_quote_walk(q, i, &walk)) {
      i = quote_skip(&walk);
      continue;
    }
    size_t end = scan_alnum_end(q->text, i + 1, to);
    if (is_medium_span((Span){q->text + i, end - i})) return true;
    i = end;
  }
  return false;
}

/* "In a statement, Smith called the ruling “a disgrace.”": with no speech
** verb, "in a statement", "in an interview" or "in a tweet" in the quote's
** sentence is the cue, and the sentence's subject the speaker. */
static bool attribute_by_medium(const QScan *q, QuoteSentence *qs, Quote *out) {
  const RawQuote *raw = qs->raw;
  size_t sent = quote_sentence_start(q, qs), end = quote_sentence_end(q, qs);
  if (!may_hold_medium(q, sent, end)) return false;
  Word w[3];
  size_t n = 0;
  QuoteWalk walk = QUOTE_WALK_START;
  for (size_t pos = sent; next_word(q, end, pos, &w[n % 3]);) {
    pos = w[n++ % 3].next;
    if (n < 3 || in_quote_walk(q, w[(n - 1) % 3].start, &walk)) continue;
    const Word *in = &w[(n - 3) % 3], *det = &w[(n - 2) % 3], *noun = &w[(n - 1) % 3];
    if (!word_is(q, *in, "in") ||
        (!word_is(q, *det, "a") && !word_is(q, *det, "an") && !word_is(q, *det, "the")))
      continue;
    if (!is_medium(q, *noun)) continue;
    out->cue = (Range){in->start, noun->end};
    Subject s = sentence_subject(q, sent, raw->open, (Subject){SUBJ_NONE, NONE, {0, 0}});
    resolve_subject(q, s, raw->open, -1, out);
    return true;
  }
  return false;
}

/* A quote opening its paragraph after a paragraph that ends with a colon
** ("Cruz continued:") takes that sentence's cue and speaker. Returns whether
** it applied. */
static bool attribute_by_colon(const QScan *q, const RawQuote *raw, Quote *out) {
  Range b = q->a->blocks.items[raw->block].r;
  if (raw->open != b.start || raw->block == 0) return false;
  const Block *pb = &q->a->blocks.items[raw->block - 1];
  if (pb->kind != BLOCK_BODY || pb->r.end <= pb->r.start || q->text[pb->r.end - 1] != ':')
    return false;
  size_t sent = sentence_start(q, pb->r.start, pb->r.end - 1);
  RawQuote lead = {{pb->r.end, pb->r.end}, pb->r.end, pb->r.end, raw->block - 1, false, false, 0};
  QuoteSentence lead_sent = {&lead, sent, NONE};
  Cue cue = find_cue(q, sent, pb->r.end, true);
  if (cue.found) {
    out->cue = cue.cue;
    speaker_of_cue(q, &lead_sent, &cue, sent, pb->r.end, -1, out);
  } else {
    out->speaker = first_person(q, sent, pb->r.end);
  }
  return out->speaker >= 0 || !range_is_empty(out->speaker_desc);
}

/* True when a comma or colon leads into the quote: "Hillary shot back, “I
** suppose ...”". */
static bool introduced_by_punct(const QScan *q, const RawQuote *raw) {
  Range b = q->a->blocks.items[raw->block].r;
  size_t p = skip_space_back(q, b.start, raw->open);
  return p > b.start && (q->text[p - 1] == ',' || q->text[p - 1] == ':');
}

/* Without a cue of its own, a quote shares the attribution written between
** it and the previous quote ("“A,” Kerry said. “B.”"), or continues the
** previous speaker when it is a full quote (a paragraph of its own). */
static void attribute_by_context(const QScan *q, QuoteSentence *qs, const Prev *prev, bool is_full,
                                 Quote *out) {
  const RawQuote *raw = qs->raw;
  bool same_block = prev->exists && prev->block == raw->block;
  if (same_block && !range_is_empty(prev->cue) && prev->cue.start >= prev->close_end &&
      prev->cue.end <= raw->open) {
    out->cue = prev->cue;
    out->speaker = prev->speaker;
    out->speaker_desc = prev->speaker_desc;
  } else if (is_full && introduced_by_punct(q, raw)) {
    Subject s = sentence_subject(q, quote_sentence_start(q, qs), raw->open,
                                 (Subject){SUBJ_NONE, NONE, {0, 0}});
    resolve_subject(q, s, raw->open, -1, out);
  } else if (is_full && prev->exists && (same_block || prev->block + 1 == raw->block)) {
    out->speaker = prev->speaker;
    out->speaker_desc = prev->speaker_desc;
  } else if (!is_full) {
    Subject s = sentence_subject(q, quote_sentence_start(q, qs), raw->open,
                                 (Subject){SUBJ_NONE, NONE, {0, 0}});
    resolve_subject(q, s, raw->open, -1, out);
  }
}

/* Fills kind, cue and speaker of one quote: nested and term-like quotes
** are scare quotes (no cue, no speaker); the others take the first
** attribution that applies (a dash signature, a cue in the sentence, a bare
** verb, a colon-ended paragraph before, "in a statement"), else the context
** (the previous quote, the sentence subject). Updates *prev and q->last. */
static void classify(QScan *q, const RawQuote *raw, Prev *prev, Quote *out) {
  Range b = q->a->blocks.items[raw->block].r;
  if (raw->nested) {
    out->kind = count_words(q, raw->r, 5) <= 4 ? QUOTE_SCARE : QUOTE_PARTIAL;
    if (out->kind == QUOTE_PARTIAL) out->speaker = prev->speaker;
    return;
  }
  bool is_full = starts_full(q, raw, b.start);
  if ((!is_full && count_words(q, raw->r, 4) <= 3 && looks_scare(q, raw, b.end)) ||
      looks_title(q, raw)) {
    out->kind = QUOTE_SCARE; /* a term, not speech: no cue, no speaker */
    return;
  }
  out->kind = is_full ? QUOTE_FULL : QUOTE_PARTIAL;
  QuoteSentence sent = {raw, NONE, NONE};
  bool attributed =
      attribute_by_dash(q, raw, out) || attribute_by_cue(q, &sent, prev, is_full, out) ||
      attribute_by_unknown_verb(q, raw, out) || (is_full && attribute_by_colon(q, raw, out)) ||
      attribute_by_medium(q, &sent, out);
  if (!attributed) attribute_by_context(q, &sent, prev, is_full, out);
  *prev = (Prev){true, raw->block, raw->close_end, out->cue, out->speaker, out->speaker_desc};
  if (out->speaker >= 0) q->last = (SpeakEvent){raw->open, (size_t)out->speaker};
}

/* A quote that runs on into the next paragraph and found no speaker of its
** own takes the speaker of its continuation ("“First.¶“Second,” he said.");
** walks backwards so a chain of paragraphs shares the final attribution. */
static void share_continued(const QScan *q, Article *a) {
  for (size_t i = q->raws.len; i-- > 0;) {
    Quote *part = &a->quotes.items[i], *next = NULL;
    if (!q->raws.items[i].continued || part->speaker >= 0 || !range_is_empty(part->speaker_desc))
      continue;
    for (size_t j = i + 1; j < q->raws.len && next == NULL; j++)
      if (!q->raws.items[j].nested) next = &a->quotes.items[j];
    if (next == NULL || next->kind == QUOTE_SCARE) continue;
    part->speaker = next->speaker;
    part->speaker_desc = next->speaker_desc;
  }
}

LedeStatus quotes_find(Article *a, Err *err) {
  a->quotes.len = 0;
  EventLog log = {NULL, NULL, true};
  QScan q = {.a = a,
             .text = a->text,
             .log = &log,
             .last = {0, NONE},
             .sieve = wl_sieve(),
             .ok = true};
  vec_take(&q.raws, SPARE_QUOTE_RAWS);
  scan_marks(&q);
  if (!raws_sorted(&q)) qsort(q.raws.items, q.raws.len, sizeof *q.raws.items, raw_cmp);
  set_covers(&q);
  Prev prev = {false, 0, 0, {0, 0}, -1, {0, 0}};
  for (size_t i = 0; i < q.raws.len && q.ok && log.ok; i++) {
    Quote out = {q.raws.items[i].r, QUOTE_FULL, {0, 0}, -1, {0, 0}};
    classify(&q, &q.raws.items[i], &prev, &out);
    if (!vec_push(&a->quotes, out)) q.ok = false;
  }
  if (!log.ok) q.ok = false;
  if (q.ok) share_continued(&q, a);
  vec_give(&q.raws, SPARE_QUOTE_RAWS);
  free(log.back); /* log.state included */
  if (!q.ok) {
    vec_free(&a->quotes);
    return err_set(err, LEDE_ENOMEM, "quotes: out of memory");
  }
  return LEDE_OK;
}

/*
** entity.c — finds the named entities of an article's body blocks and clusters
** their mentions. Runs of capitalised words become candidates, typed by the
** evidence an editor would use (titles, role nouns, organisation heads, place
** tables, speech verbs); candidates are then grouped by normalised key and
** linked (surname to full name, acronym to expansion, suffix to full org).
*/
#include "entity.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "scan.h"
#include "spare.h"
#include "wordlists.h"

const char *const entity_type_names[4] = {"person", "organization", "place", "other"};

#define LOWER_HASH_BITS 16 /* lower_hash gives 64 Ki values */
/* Longest suffix of a name registered for linking ("kerry", "de mistura",
** "security council"): without a bound, hashing every suffix of a run of
** thousands of capitalised words would be quadratic in its length. */
#define MAX_LINK_TOKENS 8
/* Keys of up to this many bytes (most) note their spaces in a bit mask,
** so that register_links visits the spaces alone, not every byte. */
#define KEY_SPACES_MAX 64
#define NONE SIZE_MAX
#define AMBIG (SIZE_MAX - 1)

/* One candidate mention. */
typedef struct {
  Range name;            /* the mention without title or possessive */
  Range title;           /* a title seen with it, or empty */
  int ev[4];             /* evidence per EntityType */
  unsigned n_words;      /* words in name */
  bool is_initial;       /* one word opening a sentence */
  uint8_t weak;          /* what makes it a weaker name (NAME_*): name_score */
  bool headed_by;        /* "Obama administration": the first word is a person too */
  size_t alias_of;       /* candidate this one renames ("known as", "(UN)"), or NONE */
  const WlAcronym *acro; /* the whole mention is a known acronym */
  size_t key_off, key_len, key_tokens; /* normalised key in the key buffer */
  uint64_t key_spaces;   /* bit p: byte p of the key is a space (KEY_SPACES_MAX) */
  size_t group;
} Cand;

/* Cand.weak: a name named by a loaded head ("regime", set by
** context_evidence), written in capitals ("WASHINGTON"), or a known
** acronym (both set by word_evidence, the latter with acro). One byte, so that name_score reads
** two fields, not four, and Cand does not grow (at 120 bytes gcc clears a
** Cand by a string store: ~70K mispredictions a bbc-news pass). */
#define NAME_LOADED 1u
#define NAME_ALLCAPS 2u
#define NAME_ACRONYM 4u

/* Candidates with the same key; parent links merged groups (union-find). */
typedef struct {
  size_t parent;
  int ev[4];
  size_t key_off, key_len, key_tokens;
  uint64_t key_spaces; /* as in Cand */
  uint64_t key_hash;   /* key_hash of the key, for link_groups' lookups */
  EntityType type;     /* group_type, kept by link_groups from register_links on */
  bool any_noninitial;
  bool is_name_like;  /* a lone initial word seen twice and never lower-cased */
  bool is_allcaps;    /* some candidate is written in capitals ("USI") */
  unsigned n_initial; /* candidates that are lone sentence-initial words */
  size_t last_initial; /* the last of them, or NONE */
  size_t entity;      /* index into a->entities once emitted, else NONE */
  size_t best;        /* candidate that names the cluster (roots only) */
  size_t best_score;  /* its name_score; 0 before emit's best_names */
} Group;

/* A key of Map (a run of e->keys) and its value; its tag is kept apart
** (Map.tags), so that only the tags are cleared. */
typedef struct {
  size_t off, len, val;
} MapSlot;

/* A group asking whether its name occurs in lower case (mark_name_like):
** the lower_hash of the name, and the group. */
typedef struct {
  size_t hash, group;
} LowerAsk;

typedef VEC(Word) WordVec;
typedef VEC(Cand) CandVec;
typedef VEC(Group) GroupVec;
typedef VEC(char) CharVec;

/* The state of one entities_find call. */
typedef struct {
  const char *text;
  WordVec words; /* words of the block being scanned */
  uint64_t *may_open; /* bit k: word k may open a name (note_may_open); in
                      ** words' allocation, past its cap words (words_reserve) */
  CandVec cands;
  CharVec keys;
  /* the clustering's memory, one allocation made once the candidates are
  ** known (finish_reserve): groups (at most one per candidate, so the
  ** vector never grows), mark_name_like's asks and the maps' slots */
  void *finish_block;
  size_t finish_size; /* its bytes, for spare_give */
  GroupVec groups;
  LowerAsk *asks;
  size_t *firsts; /* emit's first candidates of clusters: asks' memory, free by then */
  uint32_t *tags;   /* the maps' slots: tags[i] goes with slots[i] */
  MapSlot *slots;
  size_t n_slots;
  size_t link_keys[3]; /* room link_groups' maps take (build_key counts it) */
  /* the lower-case words of four bytes or more in the body: "McConnell"
  ** opening sentences is a name when "mcconnell" never occurs */
  RangeVec lower_words;
  Range pending_title; /* a title-only run that may introduce ", Name," */
  size_t block_start;  /* first candidate of the current block */
  bool ok;             /* false once an allocation failed */
} Ent;

/* ---- small word helpers ------------------------------------------------- */

static Span wspan(const Ent *e, size_t k) {
  const Word *w = &e->words.items[k];
  return (Span){e->text + w->start, w->end - w->start};
}

#define WORD_LETTERS (1u << 16) /* Word.flags: ASCII letters only (a plain token) */
#define WORD_CAPS_PENDING (1u << 17) /* Word.flags: WORD_ALLCAPS not settled yet (take_word) */

/* The wl_kinds of word k. The lookup is made on first use and cached in the
** word (items are not const even when e is). */
static unsigned w_kinds(const Ent *e, size_t k) {
  Word *w = &e->words.items[k];
  if (w->kinds == WL_KINDS_UNKNOWN) w->kinds = wl_kinds((Span){e->text + w->start, w->end - w->start});
  return w->kinds;
}

/* True when word k is in table kind. */
static bool w_is(const Ent *e, size_t k, WlKind kind) { return (w_kinds(e, k) >> kind) & 1u; }

/* True when word k exists, is lower case and is in table kind. Inline: the
** context checks ask it of most words next to a name, and most fail on the
** case test alone. */
static inline bool w_lower_is(const Ent *e, size_t k, WlKind kind) {
  if (k >= e->words.len) return false;
  const Word *w = &e->words.items[k];
  unsigned kinds = w->kinds;
  if (kinds == WL_KINDS_UNKNOWN) { /* seldom: a word the lexer did not look up */
    if (!(w->flags & WORD_LOWER)) return false;
    kinds = w_kinds(e, k);
  }
  /* case and table in one test: lower case or not is a coin toss the
  ** predictor lost ~60K times a bbc-news pass as a branch of its own */
  return (kinds >> kind) & (w->flags / WORD_LOWER) & 1u;
}

/* True when the span s is lit, a literal of lower-case ASCII letters,
** ASCII case ignored: a byte with 0x20 set is the letter or its capital.
** Inline, so the literal's length folds: one of up to eight letters is
** compared as one word without a branch, reading the literal itself in
** place of a span of another length (so nothing past s is read); whether
** a word is "of" or "the" is a coin toss the predictor lost ~70K times
** a bbc-news pass as a length test and a byte loop. 1 or 0, unsigned
** rather than bool: callers join several with | to test without branches,
** which compilers flag as a likely slip on bools. */
static inline unsigned span_is_lit(Span s, const char *lit) {
  size_t n = strlen(lit);
  if (n <= 8) {
    const char *p = s.len == n ? s.ptr : lit;
    uint64_t got = 0, want = 0, lower = 0;
    memcpy(&got, p, n);
    memcpy(&want, lit, n);
    memcpy(&lower, "\x20\x20\x20\x20\x20\x20\x20\x20", n); /* any byte order */
    return (s.len == n) & ((got | lower) == want);
  }
  if (s.len != n) return 0;
  for (size_t i = 0; i < n; i++)
    if ((s.ptr[i] | 0x20) != lit[i]) return 0;
  return 1;
}

/* 1 when word k is lit (lower-case ASCII letters), ASCII case ignored;
** unsigned as span_is_lit. */
static inline unsigned w_eq(const Ent *e, size_t k, const char *lit) {
  return k < e->words.len && span_is_lit(wspan(e, k), lit);
}

/* True when word k is an abbreviation whose period does not end the
** sentence: Gen., Mr., "J.". Its cached table bits answer. */
static bool w_is_abbrev(const Ent *e, size_t k) {
  Span w = wspan(e, k);
  if (w.len == 1 && w.ptr[0] >= 'A' && w.ptr[0] <= 'Z') return true;
  return w_is(e, k, WL_ABBREV);
}

/* The known acronym s spells with its dots removed ("U.S." -> US), or
** NULL. */
static const WlAcronym *span_acronym(Span s) {
  if (s.len >= 16) return NULL;
  char buf[16];
  size_t n = 0;
  for (size_t i = 0; i < s.len; i++)
    if (s.ptr[i] != '.') buf[n++] = s.ptr[i];
  return wl_acronym((Span){buf, n});
}

/* span_acronym of word w; only words in capitals or with inner dots can
** spell one. A possessive's flags are those of the whole "UN's": lex the
** word again (as build_key does) or use span_acronym. */
static const WlAcronym *word_acronym(const Ent *e, Word w) {
  if (!(w.flags & (WORD_ALLCAPS | WORD_DOTTED))) return NULL;
  return span_acronym((Span){e->text + w.start, w.end - w.start});
}

/* True when the bytes [from, to) are only white space (NBSP included). */
static bool only_space(const char *s, size_t from, size_t to) {
  if (to - from == 1 && s[from] == ' ') return true; /* the usual gap */
  size_t n;
  for (size_t i = from; i < to; i += n)
    if (!lex_is_space(s, to, i, &n)) return false;
  return true;
}

/* gap_plain for words k and k+1 (both present, k no possessive) that are
** not one space apart. */
static bool gap_plain_slow(const Ent *e, size_t k) {
  const Word *w = &e->words.items[k], *next = &e->words.items[k + 1];
  size_t from = w->end;
  if (from < next->start && e->text[from] == '.' && w_is_abbrev(e, k)) from++;
  return from < next->start && only_space(e->text, from, next->start);
}

/* True when words k and k+1 belong to one name: only spaces between them, or
** the period of an abbreviation ("Gen. Igor"); a possessive ends a name.
** Inline for the usual single space; the rest goes to gap_plain_slow. */
static inline bool gap_plain(const Ent *e, size_t k) {
  if (k + 1 >= e->words.len) return false;
  const Word *w = &e->words.items[k];
  if (w->flags & WORD_POSS) return false;
  if (e->words.items[k + 1].start == w->end + 1 && e->text[w->end] == ' ') return true;
  return gap_plain_slow(e, k);
}

/* True when [from, to) is a comma followed by spaces. */
static bool gap_is_comma(const char *s, size_t from, size_t to) {
  return from < to && s[from] == ',' && only_space(s, from + 1, to);
}

/* A word that may sit in a name: capitalised, or "al-Sham"-style. */
static inline bool is_name_word(const Ent *e, size_t k) {
  const Word *w = &e->words.items[k];
  if (w->flags & WORD_CAP) return true;
  Span s = wspan(e, k);
  if (!(w->flags & WORD_LOWER) || (w->flags & WORD_LETTERS) || s.len < 4) return false;
  const char *dash = s.ptr[0] == '-' ? s.ptr : s.ptr[1] == '-' ? s.ptr + 1
                    : s.ptr[2] == '-' ? s.ptr + 2 : s.ptr[3] == '-' ? s.ptr + 3 : NULL;
  if (dash == NULL || dash + 1 >= s.ptr + s.len) return false;
  if (!wl_has(WL_PARTICLE, (Span){s.ptr, (size_t)(dash - s.ptr)})) return false;
  int cp;
  lex_decode(s.ptr, s.len, (size_t)(dash + 1 - s.ptr), &cp);
  return utf8proc_isupper(cp);
}

/* ---- scanning a block ---------------------------------------------------- */

/* True when the gap [from, to) before a word ends a sentence or opens a
** quote: a sentence period (not an abbreviation's), ! ? : or a line break, or
** an opening quote mark right before the word. prev is the index of the
** word before the gap (the caller handles a block's first word). */
static bool gap_starts_sentence(const Ent *e, size_t from, size_t to, size_t prev) {
  int32_t cp;
  for (size_t i = from, n; i < to; i += n) {
    /* inline for ASCII: lex_decode's call cost ~15 instructions a byte
    ** (~0.7M a bbc-news pass) */
    n = scan_decode(e->text, i, to, &cp);
    if (cp == '!' || cp == '?' || cp == ':' || cp == '\n' || cp == 0x201C || cp == 0x2018)
      return true;
    if (cp == '"' && i + n == to) return true;
    if (cp == '.' && !(i == e->words.items[prev].end && w_is_abbrev(e, prev))) return true;
  }
  return false;
}

/* True when word k opens its block or a sentence, or follows an opening
** quote mark. Asked only of the words that start a name. */
static bool is_initial_word(const Ent *e, size_t k) {
  if (k == 0) return true;
  const Word *w = &e->words.items[k], *prev = &e->words.items[k - 1];
  /* the usual gap, one space, starts nothing: most calls end here */
  if (w->start == prev->next + 1 && e->text[prev->next] == ' ') return false;
  return gap_starts_sentence(e, prev->next, w->start, k - 1);
}

/* Headline-style lines ("Kerry Calls For War Crimes Probe") are clutter:
** true when no sentence punctuation ends the line and most longer words of
** e->words are capitalised. The words are counted only for lines that pass
** the first test: a body line mostly ends in a period. */
static bool block_is_titlecase(const Ent *e, Range r) {
  size_t sp;
  while (r.end > r.start && lex_is_space(e->text, r.end, lex_prev_cp(e->text, r.end), &sp))
    r.end = lex_prev_cp(e->text, r.end); /* trailing spaces, NBSP included */
  if (r.end == r.start) return false;
  char last = e->text[r.end - 1];
  if (last == '.' || last == '!' || last == '?' || last == '"' || last == ':' ||
      (r.end - r.start >= 3 && memcmp(e->text + r.end - 3, "\xE2\x80\x9D", 3) == 0))
    return false;
  size_t n_long = 0, n_cap = 0;
  for (size_t k = 0; k < e->words.len; k++) {
    const Word *w = &e->words.items[k];
    unsigned is_long = w->end - w->start > 3;
    n_long += is_long;
    n_cap += is_long & ((w->flags & WORD_CAP) != 0);
  }
  return n_long >= 2 && n_cap * 10 >= n_long * 7;
}

/* A cheap hash of the ASCII-lower-cased word (its length, first four and
** last four bytes; n > 3) for mark_name_like, where a rare collision only
** keeps a word out of its evidence. */
static size_t lower_hash(const char *p, size_t n) {
  uint32_t head, tail;
  memcpy(&head, p, 4);
  memcpy(&tail, p + n - 4, 4);
  uint64_t h = ((uint64_t)(head | 0x20202020u) << 32 | (tail | 0x20202020u)) ^ n;
  h *= 0x9E3779B97F4A7C15ull;
  return (size_t)(h >> (64 - LOWER_HASH_BITS));
}

/* Notes word w in e->lower_words, which has room for it, when it is lower
** case and four bytes or more. Without branches: whether a word is long or
** lower case is a coin toss the predictor loses (~0.6M misses a pass), so
** every word is written and only the wanted ones are kept. */
static inline void note_lower(Ent *e, const Word *w) {
  unsigned is_long = w->end - w->start > 3;
  e->lower_words.items[e->lower_words.len] = (Range){w->start, w->end};
  e->lower_words.len += is_long & ((w->flags & WORD_LOWER) != 0);
}

/* Notes in e->may_open that word k may open a name: scan_block tests only
** those words. Or-ed without a test. */
static inline void note_may_open(Ent *e, size_t k, unsigned bit) {
  e->may_open[k / 64] |= (uint64_t)bit << (k % 64);
}

/* The uint64_t words of may_open bits for `room` words. */
static size_t may_open_len(size_t room) { return room / 64 + 1; }

/* Makes room in e->words for `room` words and in e->may_open for their
** bits, in one allocation (a malloc and a free less an article); the old
** words are done with, so nothing is copied. False when memory runs out. */
static bool words_reserve(Ent *e, size_t room) {
  _Static_assert(sizeof(Word) % _Alignof(uint64_t) == 0, "may_open follows the words");
  if (e->words.cap >= room) return true;
  free(e->words.items);
  e->words = (WordVec){0};
  e->may_open = NULL;
  if (room > (SIZE_MAX / 2 - 8) / sizeof(Word)) return false;
  Word *block = malloc(room * sizeof(Word) + may_open_len(room) * sizeof(uint64_t));
  if (block == NULL) return false;
  e->words.items = block;
  e->words.cap = room;
  e->may_open = (uint64_t *)(block + room);
  return true;
}

/* Appends the words of the chunk t[0, n) of a stretch (tokens without
** space between them, not plain) to e->words, lexed again with
** lex_all_words: it gives the same words on a chunk as on its whole block,
** since no word spans white space. Most chunks (numbers, possessives,
** hyphenated words) are ASCII without a joining dot, which
** lex_ascii_words lexes alike without decoding code points: ~2.8M
** instructions and ~110K mispredictions less a bbc-news pass. Returns the
** tokens passed. */
static size_t chunk_words(Ent *e, const NumberTok *t, size_t n) {
  size_t j = 1;
  while (j < n && !t[j].space_before) j++;
  Word *out = e->words.items + e->words.len;
  size_t n_words = lex_ascii_words(e->text, t[0].start, t[j - 1].end, out);
  if (n_words == SIZE_MAX) n_words = lex_all_words(e->text, t[0].start, t[j - 1].end, out);
  for (size_t i = 0; i < n_words; i++) {
    out[i].kinds = WL_KINDS_UNKNOWN; /* looked up when asked */
    note_lower(e, &out[i]);
    note_may_open(e, e->words.len + i, 1); /* scan_block decides */
  }
  e->words.len += n_words;
  return j;
}

/* Appends the words of the plain tokens t[i, n) up to the first token that
** is not plain (NumberTok.is_plain) to e->words and returns its index: each
** word as number_lex lexed it, with the table bits it looked up, noted as
** note_lower does. Its case comes from is_cap; whether it is in capitals
** is settled later, and only for the words of a run (take_word), as only
** candidates ask. Without branches (capitalised or not is a coin toss the
** predictor loses), and on locals, which stores through the arrays would
** otherwise make the compiler reload. A plain punctuation token is written
** as a word too and counted by a 0/1, to be written over by the next word:
** skipping it was a branch that mispredicted ~106K times a bbc-news pass
** (punctuation falls among words at random), dearer than the ~6M
** instructions the extra writes cost. The room suffices: a token
** written at index n_words follows n_words words, each with a gap. */
static size_t plain_words(Ent *e, const NumberTok *t, size_t i, size_t n) {
  /* Word.flags by arithmetic on is_cap, not a table: the table's address
  ** took a register, and the loop then reloaded may_open each token */
  enum { LOWER_FLAGS = WORD_LETTERS | WORD_LOWER,
         CAP_FLAGS = WORD_LETTERS | WORD_CAP | WORD_CAPS_PENDING };
  Word *words = e->words.items;
  Range *lower = e->lower_words.items + e->lower_words.len;
  uint64_t *may_open = e->may_open;
  size_t n_words = e->words.len;
  const NumberTok *tok = t + i, *stop = t + n;
  for (; tok < stop && tok->is_plain; tok++) {
    size_t start = tok->start, end = tok->end;
    /* is_cap and wl_kinds are 0 for punctuation */
    unsigned is_cap = tok->is_cap, kinds = tok->wl_kinds;
    words[n_words] = (Word){start, end, end, LOWER_FLAGS + is_cap * (CAP_FLAGS - LOWER_FLAGS), kinds};
    *lower = (Range){start, end};
    /* a plain word is capitalised or lower case; plain punctuation is one
    ** byte, so the length alone leaves it out */
    lower += (end - start > 3) & (is_cap ^ 1u);
    /* a capitalised word, or a name particle ("Mr de Mistura") */
    unsigned opens = is_cap | ((kinds >> WL_PARTICLE) & 1u);
    may_open[n_words / 64] |= (uint64_t)opens << (n_words % 64);
    n_words += tok->kind == NUMTOK_WORD;
  }
  e->words.len = n_words;
  e->lower_words.len = (size_t)(lower - e->lower_words.items);
  return (size_t)(tok - t);
}

/* A run of name words [start, end) and what the decisions on it need of
** its words, learnt as run_end takes each word (take_word), so that they
** read bits instead of looping over the words again. Bit p of a mask is
** word start + p; words past the 64th have none (skip_run_head loops). */
typedef struct {
  size_t start, end;
  size_t last_title; /* the last capitalised title word, or NONE (split_title) */
  uint64_t skip;     /* words skipped before a name: function, calendar, lower case */
  uint64_t role;     /* capitalised role words ("Rival Hillary Clinton") */
  /* whether the gap after the run's last word is plain (gap_plain), as
  ** run_end's last test found; every gap inside a run is plain */
  bool plain_after;
} Run;

/* 1 when a word of table bits kinds and Word.flags flags is skipped
** before a name (a function or calendar word, or lower case but for a
** particle), else 0: one test on bits, where a chain of four tests cost
** ~50K mispredictions a bbc-news pass. */
static inline unsigned word_skips(unsigned kinds, unsigned flags) {
  return ((kinds >> WL_STOP) | (kinds >> WL_CALENDAR) | (flags / WORD_LOWER & ~(kinds >> WL_PARTICLE))) & 1u;
}

/* 1 when such a word is a capitalised role word ("Rival"), else 0. */
static inline unsigned word_is_role(unsigned kinds, unsigned flags) {
  return flags / WORD_CAP & (kinds >> WL_ROLE) & 1u;
}

/* Takes word k into run: settles its WORD_ALLCAPS (a plain capitalised
** word, as the word scanner would: lex_ascii_flags, two letters or more
** and none lower case, "WASHINGTON", "US"; only candidates ask) and notes
** its bits. Without branches but the settling. */
static inline void take_word(Ent *e, size_t k, Run *run) {
  Word *w = &e->words.items[k];
  if (w->flags & WORD_CAPS_PENDING)
    w->flags = (w->flags & ~WORD_CAPS_PENDING) |
               lex_ascii_flags((const unsigned char *)e->text, w->start, w->end);
  unsigned kinds = w_kinds(e, k), flags = w->flags;
  unsigned is_title = flags / WORD_CAP & (kinds >> WL_TITLE) & 1u;
  run->last_title = is_title ? k : run->last_title;
  size_t p = k - run->start;
  uint64_t bit = (uint64_t)(p < 64) << (p & 63);
  run->skip |= word_skips(kinds, flags) ? bit : 0;
  run->role |= word_is_role(kinds, flags) ? bit : 0;
}

/* Reads the words of a lexed stretch into e->words, noting lower-case
** words in e->lower_words. A plain word (NumberTok.is_plain)
** is taken as it is (plain_words); other chunks are lexed again
** (chunk_words). */
static bool collect_words(Ent *e, const NumberToks *toks) {
  Range r = toks->r;
  size_t room = (r.end - r.start) / 2 + 1; /* lex_all_words' room */
  e->words.len = 0;
  if (!words_reserve(e, room)) return false;
  memset(e->may_open, 0, may_open_len(room) * sizeof *e->may_open);
  /* note_lower writes every word: a kept one takes four bytes and a gap */
  if (!vec_reserve(&e->lower_words, e->lower_words.len + (r.end - r.start) / 4 + 2)) return false;
  const NumberTok *t = toks->items;
  for (size_t i = 0; i < toks->len;) {
    i = plain_words(e, t, i, toks->len);
    if (i < toks->len) i += chunk_words(e, t + i, toks->len - i);
  }
  return true;
}

/* ---- candidates from runs of capitalised words ---------------------------- */

static Range words_range(const Ent *e, size_t k, size_t m) {
  return (Range){e->words.items[k].start, e->words.items[m - 1].end};
}

/* True when some word in [k, m) is in table kind and capitalised. */
static bool any_cap_in(const Ent *e, size_t k, size_t m, WlKind kind) {
  for (size_t i = k; i < m; i++)
    if ((e->words.items[i].flags & WORD_CAP) && w_is(e, i, kind)) return true;
  return false;
}

/* Where the run of name words starting at word i ends (exclusive), with
** *run filled as its words are taken (take_word): one pass over the words
** (a second loop's exit cost ~40K mispredictions a bbc-news pass).
** Particles (de, al) join when a name word follows; "of" joins after a
** title or an organisation head ("Secretary of State"), "for" after a
** title ("Envoy for Syria"). */
static size_t run_end(Ent *e, size_t i, Run *run) {
  *run = (Run){.start = i, .last_title = NONE};
  take_word(e, i, run);
  size_t j = i + 1, n = e->words.len;
  bool plain = true; /* stays true when a test below ends the run */
  while (j < n && (plain = gap_plain(e, j - 1))) {
    /* a capitalised function word inside a title-case stretch ("Feel On How");
    ** "Theresa May said" keeps its May */
    if ((e->words.items[j].flags & WORD_CAP) && w_is(e, j, WL_STOP) &&
        (j + 1 >= n || !(e->words.items[j + 1].flags & WORD_LOWER)))
      break;
    if (w_is(e, j, WL_CALENDAR) && j + 1 < n && (e->words.items[j + 1].flags & WORD_DIGIT))
      break; /* "Aleppo, Syria October 4" */
    if (is_name_word(e, j)) {
      take_word(e, j++, run);
      continue;
    }
    bool joins = false;
    if (j + 1 < n && gap_plain(e, j) && is_name_word(e, j + 1)) {
      if (w_lower_is(e, j, WL_PARTICLE))
        joins = true;
      else if (w_eq(e, j, "of"))
        joins = any_cap_in(e, i, j, WL_TITLE) || any_cap_in(e, i, j, WL_ORG_HEAD);
      else if (w_eq(e, j, "for"))
        joins = w_is(e, j - 1, WL_TITLE);
    }
    if (!joins) break;
    take_word(e, j, run);
    take_word(e, j + 1, run);
    j += 2;
  }
  run->end = j;
  run->plain_after = j < n && plain;
  return j;
}

/* True when the gap after word m - 1 of run (m within the run's words or
** at its end) is plain: from the run, without testing the gap again
** (~2.5M instructions a bbc-news pass for context_evidence's tests). */
static bool run_plain_after(const Run *run, size_t m) {
  /* | on 0/1s, not ||: whether m ends the run is a coin toss the
  ** predictor lost ~28K times a bbc-news pass */
  return (unsigned)(m < run->end) | (unsigned)run->plain_after;
}

/* Adds evidence from the words around [k, m) of run: "in", role nouns and
** organisation descriptors before (when plain_before: a plain gap before
** word k); lower-case heads after (which may extend c->name), a speech
** verb, ", Texas" or an appositive ", a ... spokesman" after. */
static void context_evidence(const Ent *e, const Run *run, size_t k, size_t m, bool plain_before,
                             Cand *c) {
  /* the tables the tests below ask of word k - 1, and of word m but for
  ** the descriptor one word on ("Reuters news agency"), or words not
  ** looked up yet: one test on a word's bits rules out most names before
  ** a chain of tests, each a branch the predictor lost now and then */
  const unsigned before_tables =
      1u << WL_PLACE_PREP | 1u << WL_ROLE | 1u << WL_ORG_DESC | WL_KINDS_UNKNOWN;
  const unsigned after_tables =
      1u << WL_ORG_LOWER | 1u << WL_GEO_LOWER | 1u << WL_ORG_DESC | 1u << WL_CUE | WL_KINDS_UNKNOWN;
  /* word k - 1 exists when the gap before k is plain */
  if (plain_before && (e->words.items[k - 1].kinds & before_tables)) {
    /* weak: "in Herat" (any case: "In Herat"); but in "in Warhol's legacy"
    ** the place is the legacy */
    bool is_possessive = (e->words.items[m - 1].flags & WORD_POSS) != 0;
    if (!is_possessive && w_is(e, k - 1, WL_PLACE_PREP)) c->ev[ENTITY_PLACE] += 1;
    if (w_lower_is(e, k - 1, WL_ROLE)) {
      c->ev[ENTITY_PERSON] += 3;
      if (range_is_empty(c->title)) c->title = words_range(e, k - 1, k);
    }
    if (w_lower_is(e, k - 1, WL_ORG_DESC)) c->ev[ENTITY_ORGANIZATION] += 2;
  }
  if (!run_plain_after(run, m)) {
    /* nothing after the name to read */
  } else if (!(e->words.items[m].kinds & after_tables)) { /* word m exists: the gap is plain */
    if (gap_plain(e, m) && w_lower_is(e, m + 1, WL_ORG_DESC)) c->ev[ENTITY_ORGANIZATION] += 2;
  } else {
    if (w_lower_is(e, m, WL_ORG_LOWER) && c->ev[ENTITY_PLACE] == 0) {
      /* "Syrian government", "Obama administration"; a place stays a place
      ** ("U.S. administration officials") */
      c->name.end = e->words.items[m].end;
      c->ev[ENTITY_ORGANIZATION] += 3;
      c->weak |= w_eq(e, m, "regime") ? NAME_LOADED : 0;
      c->headed_by =
          m - k == 1 && w_eq(e, m, "administration") && !w_is(e, k, WL_DEMONYM) && c->acro == NULL;
    } else if (w_lower_is(e, m, WL_GEO_LOWER)) {
      c->name.end = e->words.items[m].end;
      c->ev[ENTITY_PLACE] += 3;
    } else if (w_lower_is(e, m, WL_ORG_DESC) ||
               (gap_plain(e, m) && w_lower_is(e, m + 1, WL_ORG_DESC))) {
      c->ev[ENTITY_ORGANIZATION] += 2;
    } else if (w_lower_is(e, m, WL_CUE)) {
      c->ev[ENTITY_PERSON] += 1;
    }
  }
  /* the gap after the name is tested once, for both cases below */
  if (m >= e->words.len ||
      !gap_is_comma(e->text, e->words.items[m - 1].next, e->words.items[m].start))
    return;
  /* "Irving, Texas" */
  if ((e->words.items[m].flags & WORD_CAP) && w_is(e, m, WL_PLACE) && c->ev[ENTITY_PERSON] == 0)
    c->ev[ENTITY_PLACE] += 2;
  /* ", a Russian Defense Ministry spokesman," */
  if (m + 1 < e->words.len && (w_eq(e, m, "a") | w_eq(e, m, "an") | w_eq(e, m, "the"))) {
    for (size_t i = m + 1; i < e->words.len && i < m + 8; i++) {
      if (w_lower_is(e, i, WL_ROLE)) {
        c->ev[ENTITY_PERSON] += 2;
        break;
      }
      if (!only_space(e->text, e->words.items[i - 1].next, e->words.items[i].start) &&
          !gap_plain(e, i - 1))
        break;
    }
  }
}

/* False when no table can hold name, whose first word is w with table
** bits kinds, so that wl_has need not look: when a space follows w
** directly, the word is what wl_has looks up first, and its table bits
** say at once whether any multi-word entry opens with it (most names:
** no). */
static inline bool name_may_be_listed(const Word *w, unsigned kinds, Span name) {
  size_t n = w->end - w->start; /* a word holds no space */
  return !(n < name.len && name.ptr[n] == ' ' && !(kinds & WL_MULTI_FIRST));
}

/* wl_has(kind, name) for a name whose first word is word k. */
static bool name_has(const Ent *e, size_t k, Span name, WlKind kind) {
  if (!name_may_be_listed(&e->words.items[k], w_kinds(e, k), name)) return false;
  return wl_has(kind, name);
}

/* Evidence from the candidate's own words: place and organisation tables,
** known acronyms, organisation heads, given names and name particles; sets
** c's NAME_ALLCAPS and NAME_ACRONYM bits too. The words [k, m) are a run's, whose table bits
** run_end looked up (take_word): each test is arithmetic on them, not a
** branch (whether a word is a head or a particle is a coin toss the
** predictor lost ~40K times a bbc-news pass). */
static void word_evidence(const Ent *e, size_t k, size_t m, Cand *c) {
  Span name = {e->text + c->name.start, c->name.end - c->name.start};
  unsigned first = w_kinds(e, k), is_one = m - k == 1;
  unsigned is_place = (first >> WL_PLACE) & 1u, is_org = (first >> WL_ORG_KNOWN) & 1u;
  if (!is_one) { /* one test on word k rules out both tables for most names */
    bool may_list = name_may_be_listed(&e->words.items[k], first, name);
    is_place = may_list && wl_has(WL_PLACE, name);
    is_org = may_list && wl_has(WL_ORG_KNOWN, name);
  }
  int ev_person = 0, ev_org = 4 * (int)is_org, ev_place = 4 * (int)is_place, ev_other = 0;
  if (!is_one && (first >> WL_COMPASS & 1u)) {
    Range rest = words_range(e, k + 1, m);
    if (name_has(e, k + 1, (Span){e->text + rest.start, rest.end - rest.start}, WL_PLACE))
      ev_place += 4;
  }
  if (is_one) {
    /* the name is word k: its flags rule most words out at once */
    const Word *w = &e->words.items[k];
    c->acro = w->flags & WORD_POSS ? span_acronym(name) : word_acronym(e, *w);
    if (c->acro != NULL) {
      c->ev[c->acro->type] += 4;
      c->weak |= NAME_ACRONYM;
    }
  }
  unsigned has_org_head = 0, is_allcaps = 1;
  for (size_t i = k; i < m; i++) {
    unsigned flags = e->words.items[i].flags, kinds = w_kinds(e, i);
    is_allcaps &= flags / WORD_ALLCAPS;
    unsigned is_head = flags & WORD_CAP & (kinds >> WL_ORG_HEAD);
    ev_org += (int)(is_head * (i + 1 == m ? 3u : 2u));
    has_org_head |= is_head;
    ev_person += (int)((i > k) & (flags / WORD_LOWER) & (kinds >> WL_PARTICLE));
  }
  c->weak |= (uint8_t)((is_allcaps & 1u) * NAME_ALLCAPS);
  if (!is_one) {
    unsigned last = w_kinds(e, m - 1), last_cap = e->words.items[m - 1].flags & WORD_CAP;
    ev_person += 2 * (int)((first >> WL_GIVEN) & 1u);
    ev_place += 3 * (int)(last_cap & (last >> WL_GEO_HEAD)); /* "Mexico City", "Constitution Hall" */
    ev_other += 6 * (int)(last_cap & (last >> WL_EVENT_HEAD)); /* "Robot Olympics" */
    ev_place += 2 * (int)(~has_org_head & (first >> WL_PLACE) & 1u); /* "Washington D.C." */
  }
  c->ev[ENTITY_PERSON] += ev_person;
  c->ev[ENTITY_ORGANIZATION] += ev_org;
  c->ev[ENTITY_PLACE] += ev_place;
  c->ev[ENTITY_OTHER] += ev_other;
}

/* "a Russian TV channel": a demonym before a generic media word names no
** one in particular. */
static bool is_generic_media(Span w) {
  static const char *const list[] = {"media", "news", "press", "radio", "television", "tv"};
  for (size_t i = 0; i < sizeof list / sizeof list[0]; i++)
    if (wl_cmp(w, list[i]) == 0) return true;
  return false;
}

/* The candidate that c renames: "... Jabhat Fateh al-Sham – formerly known
** as the Nusra Front" or "The United Nations (UN)"; NONE otherwise. Only the
** last candidate of the same block, at most 80 bytes back, qualifies. */
static size_t alias_target(const Ent *e, size_t k, const Cand *c) {
  if (e->cands.len <= e->block_start) return NONE;
  size_t prev = e->cands.len - 1;
  if (c->name.start < e->cands.items[prev].name.end ||
      c->name.start - e->cands.items[prev].name.end > 80)
    return NONE;
  bool known_as = k >= 2 && w_eq(e, k - 2, "known") && w_eq(e, k - 1, "as");
  bool known_as_the =
      k >= 3 && w_eq(e, k - 3, "known") && w_eq(e, k - 2, "as") && w_eq(e, k - 1, "the");
  Range gap = {e->cands.items[prev].name.end, c->name.start};
  bool in_parens = c->n_words == 1 && (e->words.items[k].flags & WORD_ALLCAPS) &&
                   gap.end - gap.start <= 2 && e->text[gap.end - 1] == '(';
  return known_as || known_as_the || in_parens ? prev : NONE;
}

/* True when the words [k, m) name no one on their own: a lone demonym or
** compass word ("Russian", unless a government head or a speech verb
** follows: "Syrian government", "Cuban said"), a demonym before a generic
** media word ("Russian TV"), a lone organisation head ("the Council") or a
** common source noun opening a sentence ("Officials said"). */
static bool names_no_one(const Ent *e, size_t k, size_t m) {
  /* every case below needs word k in one of these tables: one test on
  ** its bits (a run's, looked up by run_end) rules out most names */
  unsigned tables = 1u << WL_DEMONYM | 1u << WL_COMPASS | 1u << WL_ORG_HEAD |
                    1u << WL_SOURCE_NOUN | 1u << WL_ROLE;
  if (m - k > 2 || !(w_kinds(e, k) & tables)) return false;
  if (m - k == 1 && (w_is(e, k, WL_DEMONYM) || w_is(e, k, WL_COMPASS)))
    return !(gap_plain(e, k) && (w_lower_is(e, m, WL_ORG_LOWER) || w_lower_is(e, m, WL_CUE)));
  if (m - k == 2 && w_is(e, k, WL_DEMONYM) && is_generic_media(wspan(e, k + 1))) return true;
  if (m - k == 1 && w_is(e, k, WL_ORG_HEAD) && !w_is(e, k, WL_ORG_KNOWN) &&
      !(e->words.items[k].flags & WORD_ALLCAPS))
    return true;
  return m - k == 1 && (w_is(e, k, WL_SOURCE_NOUN) || w_is(e, k, WL_ROLE));
}

/* skip_run_head's moves of *k for the words [*k, m) of run, from its
** masks: the first word that is not skipped, then the first that is no
** capitalised role word, but the last. For m at most 63 words into the
** run. Each count is cut at m (m - 1); bit 63 is set in the bits it
** searches, so that they are never all 0 (scan_low_bit's contract) when
** a longer run's masks hold words past m. */
static size_t run_head_end(const Run *run, size_t k, size_t m, size_t *role_start) {
  const uint64_t sentinel = UINT64_C(1) << 63;
  size_t base = run->start;
  size_t first = k + scan_low_bit((~run->skip | sentinel) >> (k - base));
  first = first < m ? first : m;
  *role_start = first;
  if (first + 1 >= m) return first;
  size_t end = first + scan_low_bit((~run->role | sentinel) >> (first - base));
  return end < m - 1 ? end : m - 1;
}

/* Moves *k past function words and past capitalised role words opening
** the words [*k, m) of run ("Rival Hillary Clinton"), which become *title
** (if empty) and person evidence (returned). */
static int skip_run_head(const Ent *e, const Run *run, size_t *k, size_t m, Range *title) {
  size_t role_start;
  if (m - run->start < 64) {
    /* the masks run_end noted: a few instructions without a branch, where
    ** the loops' exits cost ~60K mispredictions a bbc-news pass */
    *k = run_head_end(run, *k, m, &role_start);
  } else {
    /* the same tests, word by word */
    while (*k < m && word_skips(w_kinds(e, *k), e->words.items[*k].flags)) ++*k;
    role_start = *k;
    while (*k + 1 < m && word_is_role(w_kinds(e, *k), e->words.items[*k].flags)) ++*k;
  }
  if (*k == role_start) return 0;
  if (range_is_empty(*title)) *title = words_range(e, role_start, *k);
  return 3;
}

/* Widens c->name over words just before it: a lower-case compass word
** before a place ("eastern Aleppo"; plain_before: a plain gap before word
** k) or a country's possessive before an organisation ("Russia's Foreign
** Ministry", Russia staying a place). */
static void widen_name(const Ent *e, size_t k, bool plain_before, Cand *c) {
  if (k == 0) return;
  const Word *prev = &e->words.items[k - 1];
  if (plain_before && w_lower_is(e, k - 1, WL_COMPASS) &&
      name_has(e, k, (Span){e->text + c->name.start, c->name.end - c->name.start}, WL_PLACE)) {
    c->name.start = prev->start;
    c->n_words++;
    c->ev[ENTITY_PLACE] += 4;
  } else if ((prev->flags & WORD_POSS) && c->ev[ENTITY_ORGANIZATION] > 0 &&
             w_is(e, k - 1, WL_PLACE) && only_space(e->text, prev->next, e->words.items[k].start)) {
    c->name.start = prev->start;
  }
}

static void build_key(Ent *e, Cand *c, size_t k, size_t m);

/* Appends c, named by words [k, m), to e->cands with its key; false when
** memory runs out. The common case without a call. */
static inline bool push_cand(Ent *e, Cand c, size_t k, size_t m) {
  build_key(e, &c, k, m);
  return vec_push(&e->cands, c);
}

/* The words [*k, *m) widened to c's name, which widen_name and
** context_evidence may have stretched by one word either side. */
static void name_words(const Ent *e, const Cand *c, size_t *k, size_t *m) {
  if (*k > 0 && c->name.start == e->words.items[*k - 1].start) --*k;
  if (*m < e->words.len && c->name.end == e->words.items[*m].end) ++*m;
}

/* Turns words [k, m) of run (no title inside) into a candidate, with the
** evidence of its words and context; title and person_ev come from a split
** title. */
static void add_candidate(Ent *e, const Run *run, size_t k, size_t m, Range title, int person_ev) {
  person_ev += skip_run_head(e, run, &k, m, &title);
  if (k >= m || names_no_one(e, k, m)) return;
  Cand c = {0};
  c.name = words_range(e, k, m);
  c.title = title;
  c.n_words = (unsigned)(m - k);
  c.ev[ENTITY_PERSON] = person_ev;
  word_evidence(e, k, m, &c);
  /* tested once for both: inside the run every gap is plain */
  bool plain_before = k > run->start || (k > 0 && gap_plain(e, k - 1));
  context_evidence(e, run, k, m, plain_before, &c);
  widen_name(e, k, plain_before, &c);
  if (!range_is_empty(e->pending_title) &&
      gap_is_comma(e->text, e->pending_title.end, e->words.items[k].start)) {
    c.ev[ENTITY_PERSON] += 3;
    if (range_is_empty(c.title)) c.title = e->pending_title;
  }
  c.is_initial = c.n_words == 1 && is_initial_word(e, k);
  c.alias_of = alias_target(e, k, &c);
  size_t first = k, end = m;
  name_words(e, &c, &first, &end);
  if (!push_cand(e, c, first, end)) e->ok = false;
  if (c.headed_by) { /* the president named by "Obama administration" */
    Cand person = {.name = words_range(e, k, k + 1), .n_words = 1, .alias_of = NONE};
    person.ev[ENTITY_PERSON] = 3;
    if (!push_cand(e, person, k, k + 1)) e->ok = false;
  }
}

/* True for words that may form a title phrase: titles, their modifiers, and
** "of"/"for" inside one. */
static bool is_title_part(const Ent *e, size_t k) {
  return w_is(e, k, WL_TITLE) || w_is(e, k, WL_TITLE_MOD) || w_eq(e, k, "of") || w_eq(e, k, "for");
}

/* Splits a run [i, j) at its last title word: "U.S. Secretary of State John
** Kerry" gives the place "U.S." and the person "John Kerry" with title "U.S.
** Secretary of State". A run that is all title is remembered for a following
** ", Name". The run has no title word when run_end noted none: then the
** result is false. */
static bool split_title(Ent *e, const Run *run) {
  size_t i = run->start, j = run->end, t = run->last_title;
  if (t == NONE) return false;
  size_t name_start = t + 1;
  if (name_start + 1 < j && (w_eq(e, name_start, "of") || w_eq(e, name_start, "for")))
    name_start += 2;
  if (name_start < j && (any_cap_in(e, name_start, j, WL_ORG_HEAD) || w_eq(e, name_start, "of") ||
                         w_eq(e, name_start, "for")))
    return false; /* "President of the Council", "Minister Council" */
  size_t t_first = t;
  while (t_first > i && is_title_part(e, t_first - 1)) t_first--;
  add_candidate(e, run, i, t_first, (Range){0, 0}, 0);
  while (i < t_first && w_is(e, i, WL_STOP)) i++;
  Range title = words_range(e, i, name_start);
  if (name_start >= j) {
    e->pending_title = title;
    return true;
  }
  add_candidate(e, run, name_start, j, title, 3);
  return true;
}

/* Splits a run that starts with a known place and goes on with a name of
** two words or more: "... Ambassador to the United States Hamdullah Mohib".
** Returns false (adding nothing) when the run has no such shape. */
static bool split_place(Ent *e, const Run *run) {
  size_t i = run->start, j = run->end;
  if (j - i < 3 || any_cap_in(e, i, j, WL_ORG_HEAD) || any_cap_in(e, i, j, WL_GEO_HEAD))
    return false;
  for (size_t p = 3; p >= 1; p--) {
    if (i + p + 2 > j) continue;
    Range r = words_range(e, i, i + p);
    if (!name_has(e, i, (Span){e->text + r.start, r.end - r.start}, WL_PLACE)) continue;
    add_candidate(e, run, i, i + p, (Range){0, 0}, 0);
    add_candidate(e, run, i + p, j, (Range){0, 0}, 0);
    return true;
  }
  return false;
}

/* The first word at or after i (i <= n) that may open a name, or n: the
** next set bit of e->may_open, found a 64-word step at a time. */
static size_t next_may_open(const Ent *e, size_t i, size_t n) {
  const uint64_t *bits = e->may_open;
  size_t at = i / 64, last = n / 64;
  uint64_t m = bits[at] & (~UINT64_C(0) << (i % 64));
  while (m == 0) {
    if (++at > last) return n;
    m = bits[at];
  }
  size_t k = at * 64 + scan_low_bit(m);
  return k < n ? k : n;
}

/* Finds the candidates of one lexed stretch of a body block. Only words
** that may open a name (e->may_open) are tested: most words are skipped
** without a branch of their own. */
static void scan_block(Ent *e, const NumberToks *toks) {
  if (!collect_words(e, toks)) {
    e->ok = false;
    return;
  }
  if (block_is_titlecase(e, toks->r)) return;
  e->pending_title = (Range){0, 0};
  e->block_start = e->cands.len;
  size_t n = e->words.len;
  for (size_t i = next_may_open(e, 0, n); i < n && e->ok;) {
    bool starts = is_name_word(e, i) && !(e->words.items[i].flags & WORD_DIGIT);
    /* "Mr de Mistura": a particle opens a name right after a title */
    if (!starts && i > 0 && i + 1 < n && (e->words.items[i - 1].flags & WORD_CAP) &&
        is_name_word(e, i + 1) && w_lower_is(e, i, WL_PARTICLE) && gap_plain(e, i - 1) &&
        w_is(e, i - 1, WL_TITLE) && gap_plain(e, i))
      starts = true;
    if (!starts) {
      i = next_may_open(e, i + 1, n);
      continue;
    }
    Run run;
    size_t j = run_end(e, i, &run);
    /* a run of skipped words alone ("The", "But", "In") names no one
    ** whichever way it were split: a third of the runs, left without a
    ** call (~0.5M instructions a bbc-news pass): under 64 words, each
    ** with its skip bit (the shift's count is masked for longer runs) */
    uint64_t every = (UINT64_C(1) << ((j - i) & 63)) - 1;
    bool names_none = run.skip == every && run.last_title == NONE && j - i < 64;
    if (!names_none && !split_title(e, &run) && !split_place(e, &run))
      add_candidate(e, &run, i, j, (Range){0, 0}, 0);
    i = next_may_open(e, j, n);
  }
}

/* ---- keys and a small hash map ------------------------------------------- */

static Span word_span_of(const Ent *e, Word w) {
  return (Span){e->text + w.start, w.end - w.start};
}

/* "Syrian regime" and "Syrian government" name one body. */
static const WlAcronym regime_as_government = {"regime", "government", "government",
                                               ENTITY_ORGANIZATION};

/* Appends one byte to e->keys (PUSH: the common case without a call);
** clears e->ok when memory runs out. */
static inline void key_push(Ent *e, char ch) {
  if (!vec_push(&e->keys, ch)) e->ok = false;
}

/* Appends word w lower-cased to e->keys: dots dropped, ’ as '. A word of
** ASCII letters (most names) is copied in one go after one room check;
** one of at most 16 bytes as two eight-byte words, whose padding lands in
** the spare room past the key and is written over by what comes next. */
static void key_push_word(Ent *e, Word w) {
  size_t n = w.end - w.start;
  if (w.flags & WORD_LETTERS) {
    if (e->keys.cap - e->keys.len < n + 16 && !vec_reserve(&e->keys, e->keys.len + n + 16)) {
      e->ok = false;
      return;
    }
    const char *from = e->text + w.start;
    char *to = e->keys.items + e->keys.len;
    if (n <= 16) {
      uint64_t v[2];
      scan_load16(from, n, v);
      v[0] |= 0x20 * SCAN_ONES; /* letters only: | 0x20 lowers */
      v[1] |= 0x20 * SCAN_ONES;
      memcpy(to, v, 16);
    } else {
      for (size_t i = 0; i < n; i++) to[i] = (char)(from[i] | 0x20);
    }
    e->keys.len += n;
    return;
  }
  int cp;
  for (size_t i = w.start, len; i < w.end; i += len) {
    unsigned char ch = (unsigned char)e->text[i];
    len = 1;
    if (ch < 0x80) {
      if (ch != '.') key_push(e, (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch));
      continue;
    }
    len = lex_decode(e->text, w.end, i, &cp);
    if (cp == '.') continue;
    cp = cp == 0x2019 ? '\'' : utf8proc_tolower(cp);
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t k = utf8proc_encode_char(cp, enc);
    for (utf8proc_ssize_t b = 0; b < k; b++) key_push(e, (char)enc[b]);
  }
}

/* The bit of Cand.key_spaces for a space at byte pos of a key: none past
** KEY_SPACES_MAX, whose keys are walked byte by byte. */
static inline uint64_t space_bit(size_t pos) { return pos < KEY_SPACES_MAX ? UINT64_C(1) << pos : 0; }

/* Adds to n_keys[3] (link, first, acro) the keys register_links may put
** for a name of n_tokens words: up to MAX_LINK_TOKENS suffixes, and its
** first word or its initials. */
static void count_link_keys(size_t n_tokens, size_t n_keys[3]) {
  size_t is_multi = n_tokens >= 2; /* counted without a branch: one word is a coin toss */
  size_t n_suffixes = n_tokens - 1 < MAX_LINK_TOKENS ? n_tokens - 1 : MAX_LINK_TOKENS;
  n_keys[0] += is_multi * n_suffixes;
  n_keys[1] += is_multi;
  n_keys[2] += is_multi;
}

/* Appends the normalised key of the name made of words [k, m) to e->keys:
** lower case, single spaces, dots dropped, ’ as ', known acronyms expanded
** ("UN" -> "united nations"), so U.S. = US = United States; sets
** c->key_off, key_len, key_tokens and key_spaces, and counts the keys
** register_links may put for it in e->link_keys (count_link_keys: here,
** not in a pass of its own over the candidates). The words are those the
** scan lexed, so a name is not lexed again to build its key. */
static void build_key(Ent *e, Cand *c, size_t k, size_t m) {
  c->key_off = e->keys.len;
  size_t n_spaces = 0; /* key_tokens is one more: no word holds a space */
  uint64_t spaces = 0;
  for (size_t i = k; i < m; i++) {
    Word w = e->words.items[i];
    /* a name ends before its possessive, and its last word reads as if cut
    ** there: "US's" is in capitals as "US" */
    if ((w.flags & WORD_POSS) && w.end == c->name.end) (void)lex_next_word(e->text, w.end, w.start, &w);
    if (i > k) {
      spaces |= space_bit(e->keys.len - c->key_off);
      key_push(e, ' ');
      n_spaces++;
    }
    const WlAcronym *acro = word_acronym(e, w);
    /* "regime" is in WL_ORG_LOWER: its table bits rule most words out
    ** before the text is read (a word not looked up yet is compared) */
    unsigned kinds = e->words.items[i].kinds;
    if ((kinds & (1u << WL_ORG_LOWER | WL_KINDS_UNKNOWN)) && span_is_lit(word_span_of(e, w), "regime"))
      acro = &regime_as_government;
    if (acro == NULL) {
      key_push_word(e, w);
      continue;
    }
    for (const char *p = acro->expansion; *p; p++) {
      spaces |= *p == ' ' ? space_bit(e->keys.len - c->key_off) : 0;
      key_push(e, *p);
      n_spaces += *p == ' ';
    }
  }
  c->key_spaces = spaces;
  c->key_len = e->keys.len - c->key_off;
  c->key_tokens = c->key_len > 0 ? n_spaces + 1 : 0;
  count_link_keys(c->key_tokens, e->link_keys);
}

/* Open addressing from a key (a run of e->keys) to a value: slot i holds
** the key's key_tag in tags[i] (0: empty) and the key and value in
** slots[i]. Keys are hashed and compared as masked eight-byte loads,
** which may read up to KEY_SLACK bytes past a key's start: finish_reserve
** and key_initials keep that many bytes of room past e->keys' end. */
typedef struct {
  uint32_t *tags;
  MapSlot *slots;
  size_t mask;
  size_t n_keys; /* keys stored: lookups in an empty map stop at once */
} Map;

#define KEY_SLACK 16

/* The slots a map with room for n_keys keys takes: four times that,
** rounded up to a power of two. So sparse a map seldom probes twice: at
** twice the keys, whether a probe goes on cost ~40K mispredictions a
** bbc-news pass, and only the tags are cleared (maps_init). */
static size_t map_slots(size_t n_keys) {
  size_t cap = 16;
  while (cap < 4 * n_keys + 4) cap *= 2;
  return cap;
}

/* Sets up maps[0, count), maps[i] with room for n_keys[i] keys, on
** e->tags and e->slots (finish_reserve sized them for the most that is
** asked), all empty. False when they do not fit, which finish_reserve
** rules out. */
static bool maps_init(Ent *e, Map *maps, const size_t *n_keys, size_t count) {
  size_t total = 0;
  for (size_t m = 0; m < count; m++) {
    size_t cap = map_slots(n_keys[m]);
    maps[m] = (Map){e->tags + total, e->slots + total, cap - 1, 0};
    total += cap;
  }
  if (total > e->n_slots) return false;
  /* the tags alone, contiguous: a loop over whole slots took ~2M
  ** instructions a bbc-news pass */
  memset(e->tags, 0, total * sizeof *e->tags);
  return true;
}

/* Bytes 16 - n + b of key_ones are 0xFF exactly when b < n: an eight-byte
** load from there masks the bytes of a key of n <= 16 bytes in a load
** that reaches past its end, without a branch on n. */
static const unsigned char key_ones[32] = {255, 255, 255, 255, 255, 255, 255, 255,
                                           255, 255, 255, 255, 255, 255, 255, 255};

/* Word j (0 or 1) of the key p[0, n), n <= 16, zero past its end. */
static inline uint64_t key_word(const char *p, size_t n, size_t j) {
  return scan_load8(p + 8 * j) & scan_load8((const char *)key_ones + 16 - n + 8 * j);
}

/* The hash of the key p[0, n) for Map: the first n - 16 bytes of a long
** key (one in twenty) eight a step, then the last 16 or fewer as two
** masked words (up to KEY_SLACK bytes past p), without a branch on the
** length: scan_load16's cost ~100K mispredictions a bbc-news pass. The
** map only looks keys up, so the hash never shows in the output. */
static uint64_t key_hash(const char *p, size_t n) {
  uint64_t h = n * 0x9E3779B97F4A7C15ull;
  for (; n > 16; p += 8, n -= 8) h = (h ^ scan_load8(p)) * 0xC2B2AE3D27D4EB4Full;
  h = scan_key_mix((ScanKey){{key_word(p, n, 0) ^ h, key_word(p, n, 1)}});
  return h ^ h >> 31;
}

/* The tag of a key in Map.tags: the high half of its hash, odd, so never
** 0 (an empty slot); the slot comes from the low half. */
static inline uint32_t key_tag(uint64_t hash) { return (uint32_t)(hash >> 32) | 1u; }

/* 1 when the keys a[0, n) and b[0, n) are equal, else 0; keys of up to 16
** bytes are compared as two masked words each (KEY_SLACK), without a
** call or a branch on the bytes. */
static inline unsigned key_eq(const char *a, const char *b, size_t n) {
  if (n > 16) return memcmp(a, b, n) == 0;
  return ((key_word(a, n, 0) ^ key_word(b, n, 0)) | (key_word(a, n, 1) ^ key_word(b, n, 1))) == 0;
}

/* The slot holding key (off, len) of base, whose key_hash is hash, or the
** empty slot where it goes. For lookups that mostly miss: the tag rules
** out other keys at once, and an empty slot ends the probe. */
static inline size_t map_find(const Map *m, const char *base, size_t off, size_t len, uint64_t hash) {
  uint32_t tag = key_tag(hash);
  for (size_t i = hash & m->mask;; i = (i + 1) & m->mask) {
    if (m->tags[i] == tag && m->slots[i].len == len && key_eq(base + m->slots[i].off, base + off, len))
      return i;
    if (m->tags[i] == 0) return i;
  }
}

/* map_find for make_groups, where whether a key is new or seen before is
** a coin toss (~70K mispredictions a bbc-news pass as the branch of
** map_find). A probe stops at an empty slot or one with the key's tag
** alike, by one test: a product that is 0 when either factor is, and only
** then, as a tag is odd. The key is then compared without a branch, an
** empty slot's (whose off is not set) as the key itself. */
static size_t map_find_mixed(const Map *m, const char *base, size_t off, size_t len, uint64_t hash) {
  uint32_t tag = key_tag(hash);
  for (size_t i = hash & m->mask;; i = (i + 1) & m->mask) {
    uint32_t t = m->tags[i];
    if ((uint32_t)((t - tag) * t) != 0) continue;
    const MapSlot *s = &m->slots[i];
    size_t is_set = -(size_t)(t != 0); /* masks, not a branch: a coin toss */
    size_t s_off = off ^ ((s->off ^ off) & is_set), s_len = len ^ ((s->len ^ len) & is_set);
    if ((s_len == len) & key_eq(base + s_off, base + off, len)) return i;
    /* else a different key with the same tag: seldom */
  }
}

/* Stores val in slot i, which map_find gave for key (off, len) with its
** hash; a second, different value makes the key AMBIG. */
static void map_set(Map *m, size_t i, size_t off, size_t len, uint64_t hash, size_t val) {
  if (m->tags[i] == 0) {
    m->tags[i] = key_tag(hash);
    m->slots[i] = (MapSlot){off, len, val};
    m->n_keys++;
  } else if (m->slots[i].val != val) {
    m->slots[i].val = AMBIG;
  }
}

/* Stores val under key (see map_set). */
static void map_put(Map *m, const char *base, size_t off, size_t len, size_t val) {
  uint64_t hash = key_hash(base + off, len);
  map_set(m, map_find(m, base, off, len, hash), off, len, hash, val);
}

/* The value stored under key, whose key_hash is hash: AMBIG, or NONE. */
static size_t map_get(const Map *m, const char *base, size_t off, size_t len, uint64_t hash) {
  if (m->n_keys == 0) return NONE;
  size_t i = map_find(m, base, off, len, hash);
  return m->tags[i] == 0 ? NONE : m->slots[i].val;
}

/* ---- clustering ------------------------------------------------------------ */

static size_t group_root(Ent *e, size_t g) {
  Group *gs = e->groups.items;
  while (gs[g].parent != g) {
    gs[g].parent = gs[gs[g].parent].parent;
    g = gs[g].parent;
  }
  return g;
}

/* The type the evidence supports; with none, a multi-word name is taken for
** a person and a single word for "other". Ties go to person, then org. */
_Static_assert(ENTITY_PERSON == 0 && ENTITY_OTHER == 3, "type_of masks with these values");
static inline EntityType type_of(const int ev[4], size_t n_tokens) {
  static const EntityType order[3] = {ENTITY_PERSON, ENTITY_ORGANIZATION, ENTITY_PLACE};
  /* conditional moves and masks, not branches: which evidence wins is data
  ** the predictor cannot learn (~120K mispredictions a bbc-news pass). The
  ** last two steps are masks: ternaries in their place measured ~1.1M
  ** instructions less but ~60K mispredictions more a pass */
  unsigned best = ENTITY_OTHER;
  int score = 0;
  for (size_t i = 0; i < 3; i++) {
    bool wins = ev[order[i]] > score;
    best = wins ? order[i] : best;
    score = wins ? ev[order[i]] : score;
  }
  /* no evidence and two words or more: a person (ENTITY_PERSON is 0, so
  ** the mask clears best) */
  best &= ((unsigned)(score == 0) & (unsigned)(n_tokens >= 2)) - 1u;
  unsigned is_event = ev[ENTITY_OTHER] > score; /* "Robot Olympics" */
  best |= -is_event & ENTITY_OTHER;             /* ENTITY_OTHER is 3: all bits */
  return (EntityType)best;
}

static EntityType group_type(const Group *g) { return type_of(g->ev, g->key_tokens); }

/* Merges child's cluster into target's, adding up their evidence (and
** setting the type it supports anew). */
static void group_union(Ent *e, size_t child, size_t target) {
  size_t rc = group_root(e, child), rt = group_root(e, target);
  if (rc == rt) return;
  Group *gs = e->groups.items;
  gs[rc].parent = rt;
  for (int t = 0; t < 4; t++) gs[rt].ev[t] += gs[rc].ev[t];
  gs[rt].type = group_type(&gs[rt]);
  gs[rt].any_noninitial |= gs[rc].any_noninitial;
  gs[rt].is_name_like |= gs[rc].is_name_like;
}

static int lower_ask_cmp(const void *x, const void *y) {
  const LowerAsk *a = x, *b = y;
  return a->hash < b->hash ? -1 : a->hash > b->hash;
}

/* Clears is_name_like in the groups of asks[0, n) (sorted by hash) whose
** hash is h. */
static void lower_seen_answer(Ent *e, const LowerAsk *asks, size_t n, size_t h) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (asks[mid].hash < h)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (; lo < n && asks[lo].hash == h; lo++) e->groups.items[asks[lo].group].is_name_like = false;
}

/* Sets Group.is_name_like: a group whose name opens two sentences or more
** on its own, as its last such candidate is spelt, is a name when that
** spelling is longer than three bytes and no lower-case word of the body
** shares its lower_hash ("McConnell" when "mcconnell" never occurs). Only
** articles with such a group hash their lower-case words, and a word's
** hash is looked up among the asking groups' only when the 64-hash bucket
** it falls in holds one (filter). */
static void mark_name_like(Ent *e) {
  LowerAsk *asks = e->asks; /* room for one per group (finish_reserve) */
  size_t n_asks = 0;
  uint64_t filter[(1u << LOWER_HASH_BITS) / 4096] = {0}; /* bit b: some ask's hash / 64 is b */
  for (size_t g = 0; g < e->groups.len; g++) {
    Group *gr = &e->groups.items[g];
    if (gr->n_initial < 2) continue;
    Range name = e->cands.items[gr->last_initial].name;
    if (name.end - name.start <= 3) continue;
    size_t h = lower_hash(e->text + name.start, name.end - name.start);
    asks[n_asks++] = (LowerAsk){h, g};
    gr->is_name_like = true;
    filter[h / 4096] |= UINT64_C(1) << (h / 64 % 64);
  }
  if (n_asks > 1) qsort(asks, n_asks, sizeof *asks, lower_ask_cmp);
  for (size_t i = 0; i < e->lower_words.len && n_asks > 0; i++) {
    Range w = e->lower_words.items[i];
    size_t h = lower_hash(e->text + w.start, w.end - w.start);
    if ((filter[h / 4096] >> (h / 64 % 64)) & 1u) lower_seen_answer(e, asks, n_asks, h);
  }
}

/* Groups candidates with equal keys, in e->groups (finish_reserve made
** room for a group per candidate, so the one past the last is there to
** write). Without a branch on whether a key is new (a coin toss the
** predictor lost ~50K times a bbc-news pass): every candidate writes a new
** group past the last and its slot, and a new key keeps them; a key seen
** before rewrites its slot with what it held (its own key, equal). */
static bool make_groups(Ent *e) {
  Map m;
  if (!maps_init(e, &m, &e->cands.len, 1)) return false;
  Group *groups = e->groups.items;
  size_t n_groups = 0;
  for (size_t i = 0; i < e->cands.len; i++) {
    Cand *c = &e->cands.items[i];
    uint64_t hash = key_hash(e->keys.items + c->key_off, c->key_len);
    size_t slot = map_find_mixed(&m, e->keys.items, c->key_off, c->key_len, hash);
    size_t is_new = m.tags[slot] == 0, keep_old = is_new - 1; /* masks, not branches */
    size_t g = (m.slots[slot].val & keep_old) | (n_groups & ~keep_old);
    m.tags[slot] = key_tag(hash);
    m.slots[slot] = (MapSlot){c->key_off, c->key_len, g};
    /* field by field: a compound literal is zeroed by rep stos, a loop
    ** whose exit the predictor lost ~75K times a pass */
    Group *ng = &groups[n_groups];
    ng->parent = n_groups;
    for (int t = 0; t < 4; t++) ng->ev[t] = 0;
    ng->key_off = c->key_off;
    ng->key_len = c->key_len;
    ng->key_tokens = c->key_tokens;
    ng->key_spaces = c->key_spaces;
    ng->key_hash = hash;
    ng->any_noninitial = ng->is_name_like = ng->is_allcaps = false;
    ng->n_initial = 0;
    ng->last_initial = ng->entity = ng->best = NONE;
    ng->best_score = 0;
    n_groups += is_new;
    Group *gr = &groups[g];
    /* through a local: Cand.ev and Group.ev may alias for the compiler,
    ** which then added them one by one in a loop (~1.4M instructions and
    ** 280K branches a bbc-news pass) */
    int ev[4];
    memcpy(ev, c->ev, sizeof ev);
    for (int t = 0; t < 4; t++) gr->ev[t] += ev[t];
    gr->any_noninitial |= !c->is_initial;
    gr->is_allcaps |= (c->weak & NAME_ALLCAPS) != 0;
    gr->n_initial += c->is_initial;
    size_t keep_last = (size_t)c->is_initial - 1;
    gr->last_initial = (gr->last_initial & keep_last) | (i & ~keep_last);
    c->group = g;
  }
  e->groups.len = n_groups;
  mark_name_like(e);
  return true;
}

/* Appends the initials of a multi-word key ("international criminal court"
** -> "icc") to e->keys; returns its length, 0 when under two letters. */
static size_t key_initials(Ent *e, const Group *g) {
  /* room for every initial first: each is written, and kept by a 0/1 */
  if (!vec_reserve(&e->keys, e->keys.len + g->key_len + KEY_SLACK)) return e->ok = false;
  size_t n = 0, start = g->key_off, end = g->key_off + g->key_len;
  for (size_t p = start; p < end;) {
    size_t q = p;
    while (q < end && e->keys.items[q] != ' ') q++;
    Span word = {e->keys.items + p, q - p};
    unsigned skipped = span_is_lit(word, "and") | span_is_lit(word, "for") | span_is_lit(word, "of") |
                       span_is_lit(word, "the"); /* | : each is a test without a branch */
    e->keys.items[e->keys.len + n] = e->keys.items[p];
    n += skipped ^ 1u;
    p = q + 1;
  }
  e->keys.len += n;
  return n >= 2 ? n : 0;
}

/* Registers for link_groups what the space at byte p of group g's key
** splits off, p being its seen-th space from the end: the suffix after it
** ("kerry", "de mistura": a person's from one word on, an organisation's
** from two, up to MAX_LINK_TOKENS), and a person's first word when p is
** the first space. */
static void register_space(Ent *e, Map *link, Map *first, const Group *gr, size_t g, EntityType type,
                           size_t p, size_t seen) {
  size_t min_tokens = type == ENTITY_PERSON ? 1 : 2;
  if (seen >= min_tokens && seen <= MAX_LINK_TOKENS)
    map_put(link, e->keys.items, gr->key_off + p + 1, gr->key_len - p - 1, g);
  if (type == ENTITY_PERSON && seen == gr->key_tokens - 1) map_put(first, e->keys.items, gr->key_off, p, g);
}

/* register_space for each space of group g's key, last first, found by
** reading every byte: for keys longer than KEY_SPACES_MAX. */
static void register_spaces(Ent *e, Map *link, Map *first, const Group *gr, size_t g, EntityType type) {
  size_t seen = 0;
  for (size_t p = gr->key_len; p-- > 0;)
    if (e->keys.items[gr->key_off + p] == ' ') register_space(e, link, first, gr, g, type, p, ++seen);
}

/* register_spaces for a key of up to KEY_SPACES_MAX bytes, visiting only
** the set bits of its key_spaces: the byte loop's test and exit cost ~50K
** mispredictions and 1.3M instructions a bbc-news pass. */
static void register_spaces_masked(Ent *e, Map *link, Map *first, const Group *gr, size_t g,
                                   EntityType type) {
  size_t seen = 0;
  for (uint64_t spaces = gr->key_spaces; spaces != 0;) {
    size_t p = scan_high_bit(spaces);
    spaces ^= UINT64_C(1) << p;
    register_space(e, link, first, gr, g, type, p, ++seen);
  }
}

/* Registers the suffixes ("kerry", "de mistura"), first word and initials of
** multi-word person and organisation groups, for link_groups; sets every
** group's type. */
static void register_links(Ent *e, Map *link, Map *first, Map *acro) {
  for (size_t g = 0; g < e->groups.len && e->ok; g++) {
    Group *gr = &e->groups.items[g];
    EntityType type = gr->type = group_type(gr); /* kept for resolve_links */
    /* one test on flags, not a chain of compares (~30K mispredictions a
    ** bbc-news pass): a one-word name or an "other" registers nothing */
    if ((gr->key_tokens < 2) | (type == ENTITY_OTHER)) continue;
    if (type != ENTITY_PLACE) { /* a place registers only its initials */
      if (gr->key_len <= KEY_SPACES_MAX)
        register_spaces_masked(e, link, first, gr, g, type);
      else
        register_spaces(e, link, first, gr, g, type);
    }
    if (type == ENTITY_PERSON) continue;
    size_t off = e->keys.len, n = key_initials(e, gr);
    if (n > 0 && e->ok) map_put(acro, e->keys.items, off, n, g);
  }
}

/* Links each group to the longer name it shortens: a surname or "de Mistura"
** to a person, "Security Council" to "UN Security Council", "ICC" to
** "International Criminal Court". */
static void resolve_links(Ent *e, const Map *link, const Map *first, const Map *acro) {
  for (size_t g = 0; g < e->groups.len; g++) {
    const Group *gr = &e->groups.items[g];
    EntityType type = gr->type; /* as group_type: group_union keeps it */
    const char *key = e->keys.items + gr->key_off;
    size_t t = NONE;
    if (type != ENTITY_PLACE) { /* one compare (person, organization, other), not three */
      t = map_get(link, e->keys.items, gr->key_off, gr->key_len, gr->key_hash);
      if (t < AMBIG && e->groups.items[t].type != type && type != ENTITY_OTHER) t = NONE;
    }
    /* a short form is asked of the initials before the first names when it
    ** is written in capitals, after them otherwise: "USI" spells "University
    ** of Southern Indiana" before it opens a person's name ("USI Art
    ** Collections"), as given names are not capitals */
    /* & on 0/1s, not &&: a one-word key's length is a coin toss the
    ** predictor lost ~30K times a bbc-news pass */
    bool is_acronym = (gr->key_tokens == 1) & (gr->key_len - 2 <= 4);
    if (t >= AMBIG && is_acronym && gr->is_allcaps)
      t = map_get(acro, e->keys.items, gr->key_off, gr->key_len, gr->key_hash);
    if (t >= AMBIG && gr->key_tokens == 1 && type != ENTITY_PLACE) {
      /* a first name found is then checked against the given names: it
      ** is no surname of its own ("John"); a miss leaves t as it was */
      size_t f = map_get(first, e->keys.items, gr->key_off, gr->key_len, gr->key_hash);
      if (f < AMBIG && !wl_has(WL_GIVEN, (Span){key, gr->key_len})) t = f;
    }
    if (t >= AMBIG && is_acronym && !gr->is_allcaps)
      t = map_get(acro, e->keys.items, gr->key_off, gr->key_len, gr->key_hash);
    if (t < AMBIG && t != g) group_union(e, g, t);
  }
  for (size_t i = 0; i < e->cands.len; i++) {
    const Cand *c = &e->cands.items[i];
    if (c->alias_of != NONE) group_union(e, c->group, e->cands.items[c->alias_of].group);
  }
}

/* Runs register_links and resolve_links with their three maps, sized to
** what register_links may put (e->link_keys). */
static bool link_groups(Ent *e) {
  Map maps[3]; /* link, first, acro */
  if (!maps_init(e, maps, e->link_keys, 3)) return false;
  register_links(e, &maps[0], &maps[1], &maps[2]);
  if (e->ok) resolve_links(e, &maps[0], &maps[1], &maps[2]);
  return e->ok;
}

/* Makes e->finish_block, the memory of the clustering, in one allocation
** (three mallocs and frees less an article): a group and an ask per
** candidate, and slots for the larger of make_groups' map and
** link_groups' three, whose room build_key counted in e->link_keys. A
** group takes its first candidate's key, so the link keys counted over
** the candidates bound those of the groups: counting them over the groups
** again, for tighter maps, measured slower. Keeps KEY_SLACK bytes of room
** past e->keys for Map. False when memory runs out. */
static bool finish_reserve(Ent *e) {
  size_t n = e->cands.len, *n_keys = e->link_keys;
  if (!vec_reserve(&e->keys, e->keys.len + KEY_SLACK)) return false; /* for Map */
  size_t group_slots = map_slots(n);
  size_t link_slots = map_slots(n_keys[0]) + map_slots(n_keys[1]) + map_slots(n_keys[2]);
  e->n_slots = group_slots > link_slots ? group_slots : link_slots;
  size_t per_slot = sizeof(uint32_t) + sizeof(MapSlot);
  _Static_assert(sizeof(MapSlot) % _Alignof(Group) == 0 && sizeof(Group) % _Alignof(LowerAsk) == 0,
                 "the block's parts stay aligned");
  size_t per_cand = sizeof(Group) + sizeof(LowerAsk);
  /* each term of the size at most half of SIZE_MAX, so that the sum fits */
  if (e->n_slots > SIZE_MAX / 2 / per_slot || n > SIZE_MAX / 2 / per_cand) return false;
  size_t size = e->n_slots * per_slot + n * per_cand, spare_size;
  char *block = spare_take(SPARE_ENT_FINISH, &spare_size);
  if (spare_size < size) {
    free(block);
    block = malloc(size);
    spare_size = size;
  }
  if (block == NULL) return false;
  e->finish_size = spare_size;
  e->finish_block = block;
  e->slots = (MapSlot *)block;
  e->groups = (GroupVec){(Group *)(e->slots + e->n_slots), 0, n};
  e->asks = (LowerAsk *)(e->groups.items + n);
  _Static_assert(sizeof(size_t) <= sizeof(LowerAsk), "emit's firsts fit in the asks");
  e->firsts = (size_t *)e->asks;
  e->tags = (uint32_t *)(e->asks + n); /* last: the least aligned */
  return true;
}

/* How well candidate c names a cluster, as one number: more words, then a
** written-out form over an acronym, mixed case over capitals, a neutral head
** over "regime"; of two equal scores the earlier candidate names it. One
** compare of scores, not a chain of branches (~25K mispredictions a
** bbc-news pass). Never 0, so that a group's first candidate always wins
** over Group.best_score's 0. */
static size_t name_score(const Cand *c) {
  _Static_assert((NAME_LOADED | NAME_ALLCAPS | NAME_ACRONYM) == 7, "name_score's low bits");
  return (c->key_tokens << 3 | (~(size_t)c->weak & 7u)) + 1;
}

/* 1 when a cluster holds a mention that is not a lone sentence-initial
** word, or has any evidence at all, else 0: one test, not a chain. */
static unsigned root_survives(const Group *root) {
  return (unsigned)root->any_noninitial | (unsigned)root->is_name_like | (unsigned)(root->ev[0] > 0) |
         (unsigned)(root->ev[1] > 0) | (unsigned)(root->ev[2] > 0);
}

static int mention_cmp(const void *x, const void *y) {
  const Mention *a = x, *b = y;
  return a->r.start < b->r.start ? -1 : a->r.start > b->r.start;
}

/* Sets each candidate's group to its cluster's root (so that the root is
** found once a candidate) and each root's best name (name_score); lists in
** e->firsts each cluster's first candidate, in order, without a branch on
** whether a candidate is its cluster's first. Returns how many it listed. */
static size_t best_names(Ent *e) {
  Group *groups = e->groups.items;
  size_t n_firsts = 0;
  for (size_t i = 0; i < e->cands.len; i++) {
    Cand *c = &e->cands.items[i];
    c->group = group_root(e, c->group);
    Group *root = &groups[c->group];
    size_t score = name_score(c), is_first = root->best_score == 0;
    /* masks, not a branch (which the compiler made of ?:): a coin toss */
    size_t better = -(size_t)(score > root->best_score);
    root->best = (i & better) | (root->best & ~better);
    root->best_score = (score & better) | (root->best_score & ~better);
    e->firsts[n_firsts] = i;
    n_firsts += is_first;
  }
  return n_firsts;
}

/* Writes a->entities from best_names' list of n_firsts clusters, in order
** of first mention, and sets each root's entity: NONE for a cluster that
** does not survive (root_survives), whose entity is written and not kept. */
static void emit_entities(Ent *e, Article *a, size_t n_firsts) {
  Group *groups = e->groups.items;
  size_t n = 0;
  for (size_t j = 0; j < n_firsts; j++) {
    Group *root = &groups[e->cands.items[e->firsts[j]].group];
    const Cand *best = &e->cands.items[root->best];
    a->entities.items[n] = (Entity){type_of(root->ev, best->key_tokens), best->name, {0, 0},
                                    best->acro != NULL ? best->acro->display : NULL};
    unsigned survives = root_survives(root); /* masks and moves, not branches */
    root->entity = survives ? n : NONE;
    n += survives;
  }
  a->entities.len = n;
}

/* True when the mentions of a are in text order. */
static bool mentions_in_order(const Article *a) {
  for (size_t i = 1; i < a->mentions.len; i++)
    if (a->mentions.items[i].r.start < a->mentions.items[i - 1].r.start) return false;
  return true;
}

/* Fills a->entities (emit_entities) and a->mentions, each sized once: at
** most a mention per candidate and an entity per group. A mention of a
** cluster that does not survive is written and not kept: no branch on it.
** Candidates come in order, which is checked as they are read (rarely not:
** then the mentions kept are checked, and sorted if they must be). */
static bool emit(Ent *e, Article *a) {
  if (!vec_reserve(&a->mentions, e->cands.len) || !vec_reserve(&a->entities, e->groups.len)) return false;
  emit_entities(e, a, best_names(e));
  const Group *groups = e->groups.items;
  Mention *mentions = a->mentions.items;
  size_t n_mentions = 0, last_start = 0;
  unsigned in_order = 1;
  for (size_t i = 0; i < e->cands.len; i++) {
    const Cand *c = &e->cands.items[i];
    size_t entity = groups[c->group].entity;
    /* a title is rare: tested first, the branch is seldom lost */
    if (!range_is_empty(c->title) && entity != NONE && range_is_empty(a->entities.items[entity].title))
      a->entities.items[entity].title = c->title;
    mentions[n_mentions] = (Mention){c->name, entity};
    n_mentions += entity != NONE;
    in_order &= c->name.start >= last_start;
    last_start = c->name.start;
  }
  a->mentions.len = n_mentions;
  if (!in_order && !mentions_in_order(a))
    qsort(a->mentions.items, a->mentions.len, sizeof *a->mentions.items, mention_cmp);
  return true;
}

struct EntityScan {
  Ent e;
};

/* Sizes e's buffers for an article whose body blocks hold `total` bytes,
** the longest `longest`, so that they seldom grow: a stretch's words (at
** most one per two bytes of the longest stretch), the body's lower-case
** words of four bytes or more (fewer than one per four bytes), and from
** news text, a candidate per 70 bytes or so with a key of about 12 bytes.
** False when memory runs out. */
static bool ent_reserve(Ent *e, size_t total, size_t longest) {
  size_t stretch = longest < NUMBER_STRETCH_MAX ? longest : NUMBER_STRETCH_MAX;
  size_t n_cands = total / 64 + 16;
  return words_reserve(e, stretch / 2 + 1) && vec_reserve(&e->cands, n_cands) &&
         vec_reserve(&e->keys, total / 4 + 64) &&
         vec_reserve(&e->lower_words, total / 4 + 64);
}

/* Takes the buffers the last scan on this thread gave back (spare.h). */
static void ent_take(Ent *e) {
  vec_take(&e->words, SPARE_ENT_WORDS);
  if (e->words.items != NULL) e->may_open = (uint64_t *)(e->words.items + e->words.cap); /* words_reserve's layout */
  vec_take(&e->cands, SPARE_ENT_CANDS);
  vec_take(&e->keys, SPARE_ENT_KEYS);
  vec_take(&e->lower_words, SPARE_ENT_LOWER);
}

/* Gives e's buffers back for the next scan on this thread. */
static void ent_give(Ent *e) {
  vec_give(&e->words, SPARE_ENT_WORDS);
  vec_give(&e->cands, SPARE_ENT_CANDS);
  vec_give(&e->keys, SPARE_ENT_KEYS);
  vec_give(&e->lower_words, SPARE_ENT_LOWER);
  spare_give(SPARE_ENT_FINISH, e->finish_block, e->finish_size);
  e->finish_block = NULL;
}

EntityScan *entity_scan_new(const Article *a) {
  size_t held; /* the last scan's struct on this thread, if any */
  EntityScan *es = spare_take(SPARE_ENT_SCAN, &held);
  if (es == NULL) es = malloc(sizeof *es);
  if (es != NULL) {
    *es = (EntityScan){0};
    ent_take(&es->e);
    es->e.text = a->text;
    size_t total, longest = article_body_bytes(a, &total);
    es->e.ok = ent_reserve(&es->e, total, longest);
  }
  return es;
}

LedeStatus entity_scan_stretch(Article *a, const NumberToks *toks, void *es) {
  (void)a;
  Ent *e = &((EntityScan *)es)->e;
  if (e->ok) scan_block(e, toks);
  return e->ok ? LEDE_OK : LEDE_ENOMEM;
}

LedeStatus entity_scan_finish(EntityScan *es, Article *a, Err *err) {
  a->entities.len = 0;
  a->mentions.len = 0;
  Ent *e = es != NULL ? &es->e : NULL;
  bool ok = e != NULL && e->ok; /* the keys were built as the candidates came */
  ok = ok && finish_reserve(e) && make_groups(e) && link_groups(e) && emit(e, a);
  if (e != NULL) ent_give(e);
  spare_give(SPARE_ENT_SCAN, es, 1);
  if (!ok) {
    vec_free(&a->entities);
    vec_free(&a->mentions);
    return err_set(err, LEDE_ENOMEM, "entities: out of memory");
  }
  return LEDE_OK;
}

LedeStatus entities_find(Article *a, Err *err) {
  EntityScan *es = entity_scan_new(a);
  if (es != NULL) (void)number_each_stretch(a, NULL, entity_scan_stretch, es); /* failure: es->e.ok */
  return entity_scan_finish(es, a, err);
}

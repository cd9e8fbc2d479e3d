/*
** article.h — what the parser makes of one news article. The pipeline
** (article.c) runs the stages in order; each stage is its own module and
** fills its own fields:
**
**   normalize.c  raw bytes -> text (valid UTF-8, NFC, \n line ends) + offset map
**   blocks.c     text -> blocks, title, bylines, dateline
**   token.c      text -> tokens;  sentence.c  body blocks -> sentences
**   entity.c     body sentences -> entities and their mentions
**   quote.c      body blocks + entities -> quotes with speakers and cues
**   number.c     body sentences -> numbers;  date.c  body sentences -> dates
**
** Every Range is a byte range into Article.text. Nothing here knows Lua or
** SQLite.
*/
#ifndef LEDE_ARTICLE_H
#define LEDE_ARTICLE_H

#include "lede.h"

typedef enum {
  BLOCK_TITLE,
  BLOCK_STANDFIRST,
  BLOCK_BYLINE,
  BLOCK_DATELINE,
  BLOCK_BODY,
  BLOCK_CAPTION,
  BLOCK_CREDIT,
  BLOCK_BOILERPLATE,
  BLOCK_BIO,
  BLOCK_KIND_COUNT
} BlockKind;

/* "title", "standfirst", ...: the names used in JSON and in the store. */
extern const char *const block_kind_names[BLOCK_KIND_COUNT];

/* One line or paragraph, trimmed of surrounding white space. A dateline that
** opens a body paragraph ("WASHINGTON -- U.S. Secretary...") is recorded in
** Article.dateline; the paragraph itself stays a BLOCK_BODY block. */
typedef struct {
  Range r;
  BlockKind kind;
} Block;

typedef enum { TOKEN_WORD, TOKEN_NUMBER, TOKEN_PUNCT, TOKEN_SYMBOL } TokenClass;

typedef struct {
  Range r;
  TokenClass cls;
} Token;

typedef enum { QUOTE_FULL, QUOTE_PARTIAL, QUOTE_SCARE } QuoteKind;

typedef struct {
  Range r;         /* the quoted words, without the enclosing marks */
  QuoteKind kind;
  Range cue;       /* "told reporters", "said"; empty (start == end) when none */
  long speaker;    /* index into Article.entities, or -1 */
  Range speaker_desc; /* an unnamed source as written ("French diplomatic
                      ** source"), used when speaker is -1; empty when none */
} Quote;

typedef enum { ENTITY_PERSON, ENTITY_ORGANIZATION, ENTITY_PLACE, ENTITY_OTHER } EntityType;

extern const char *const entity_type_names[4]; /* "person", ... */

typedef struct {
  EntityType type;
  Range name;  /* the fullest mention, e.g. "John Kerry" */
  Range title; /* a title seen with it ("U.S. Secretary of State"); empty if none */
  const char *canon; /* static canonical name when the text only has a well-known
                     ** short form ("US" -> "United States"); NULL otherwise */
} Entity;

/* One occurrence of an entity in the text, in text order. */
typedef struct {
  Range r;
  size_t entity; /* index into Article.entities */
} Mention;

/* How a figure is hedged by the words before it ("more than 250,000"). */
typedef enum {
  NUM_EXACT,    /* no hedge */
  NUM_ABOUT,    /* about, around, some, roughly, an estimated */
  NUM_AT_LEAST, /* more than, over, at least */
  NUM_AT_MOST,  /* up to, as many as, fewer than, nearly, almost */
  NUM_RANGE     /* "10 to 15", "10-15", "between 10 and 15": value..value_high */
} NumberApprox;

typedef struct {
  Range r;          /* "275,000 people", "Twenty civilians", "hundreds of civilians" */
  double value;     /* meaningful only when has_value; percentages as written (3.5) */
  double value_high; /* upper end of a NUM_RANGE; equal to value otherwise */
  bool has_value;   /* false for vague amounts ("hundreds of") */
  bool is_percent;  /* "3.5%", "20 per cent" */
  NumberApprox approx;
  Range qualifier;  /* the hedge as written ("more than"); empty when none */
  Range unit;       /* the counted noun (head word: "troops"); empty when none */
  char currency[4]; /* ISO 4217 code for money ("USD", "GBP", "EUR"), else "" */
} Number;

/* How much of the calendar a date expression names. For DATE_WEEK the
** resolved year/month/day is the first day of the span: the Monday of the
** week, or the Saturday of a weekend. DATE_PERIOD is a vague or open span
** ("recent weeks", "for years", "more than a year") and never resolves. */
typedef enum { DATE_DAY, DATE_WEEK, DATE_MONTH, DATE_YEAR, DATE_PERIOD } DatePrecision;

typedef struct {
  Range r;                /* "October 7", "last week", "Friday" */
  int year, month, day;   /* resolved calendar date; 0 where unknown */
  bool is_resolved;       /* year, month and day all known */
  bool is_relative;       /* read against the publication date ("Friday", "last month") */
  DatePrecision precision;
} DateRef;

/* Named vector types, so stages can take them as parameters. */
typedef VEC(Block) BlockVec;
typedef VEC(Token) TokenVec;
typedef VEC(Range) RangeVec;
typedef VEC(Entity) EntityVec;
typedef VEC(Mention) MentionVec;
typedef VEC(Quote) QuoteVec;
typedef VEC(Number) NumberVec;
typedef VEC(DateRef) DateVec;
typedef struct {
  size_t norm, raw;
} OffsetPair;
typedef VEC(OffsetPair) OffsetMap;

/* Options a caller may pass to article_parse; zero-initialise for defaults. */
typedef struct {
  int pub_year, pub_month, pub_day; /* publication date, 0 when unknown */
  const volatile int *cancel;       /* when *cancel becomes non-zero: LEDE_EINTR */
} ParseOptions;

typedef struct Article {
  char *text;              /* normalized UTF-8, NUL-terminated (NUL not counted) */
  size_t len;
  size_t n_invalid_bytes;  /* invalid UTF-8 bytes replaced by U+FFFD */
  bool was_legacy_encoding; /* the input was Latin-1/Windows-1252 and was converted */
  /* normalized offset -> raw offset: pairs (norm, raw) at each point where the
  ** two drift apart, sorted by norm; see article_raw_offset */
  OffsetMap offset_map;

  Range title;             /* empty when none was found */
  RangeVec bylines;      /* author names, without "By" */
  Range dateline;          /* "WASHINGTON"; empty when none */
  BlockVec blocks;       /* in text order */
  TokenVec tokens;       /* tokens of the body blocks, in text order */
  RangeVec sentences;    /* sentences of the body blocks, in text order */
  EntityVec entities;
  MentionVec mentions;
  QuoteVec quotes;
  NumberVec numbers;
  DateVec dates;
} Article;

/* Parses raw (any bytes) into *out. On LEDE_OK the caller owns *out and frees
** it with article_free. On failure *out is left empty (safe to article_free)
** and err says why: LEDE_EINPUT for input that is no text (NUL bytes, empty),
** LEDE_ENOMEM, LEDE_EINTR. */
LedeStatus article_parse(Span raw, const ParseOptions *opts, Article *out, Err *err);

/* The pipeline's word pass on its own (the parse benchmark times it): the
** body blocks lexed once for tokens, entities, numbers and dates, replacing
** what a held of those. Needs a's text and blocks. */
LedeStatus article_word_pass(Article *a, const ParseOptions *opts, Err *err);

/* The bytes of a's BLOCK_BODY blocks in all (*total) and in the longest
** one (returned): the stages size the buffers they reuse from block to
** block by them, once per article, instead of growing them step by step. */
size_t article_body_bytes(const Article *a, size_t *total);

/* Releases everything *a owns and leaves it empty. Idempotent. Its vectors
** go to the calling thread's spare slots (spare.h), for the next
** article_parse there to take, rather than straight back to malloc. */
void article_free(Article *a);

/* The byte offset in the raw input that normalized offset `norm` came from. */
size_t article_raw_offset(const Article *a, size_t norm);

/* A Range of a's text as a Span. */
static inline Span article_span(const Article *a, Range r) {
  return (Span){a->text + r.start, r.end - r.start};
}

static inline bool range_is_empty(Range r) { return r.end <= r.start; }

#endif

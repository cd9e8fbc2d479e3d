/*
** test_blocks.c — tests of blocks_classify: the five seed articles against
** the gold annotations (title, bylines, dateline, which lines are body),
** tricky synthetic layouts (headline at the bottom or printed twice,
** captions that repeat the body, bylines, datelines, bios), bad input, and
** linear time on huge lines.
*/
#include "blocks.h"
#include "blocks_words.h"
#include "check.h"
#include "fixture.h"
#include "spare.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <utf8proc.h>

/* ---- helpers ------------------------------------------------------------ */

/* Classifies text (a NUL-terminated literal or buffer) into *a, reusing its
** block and byline vectors (release frees them). */
static LedeStatus classify(Article *a, const char *text) {
  a->text = (char *)text;
  a->len = strlen(text);
  Err err = {0};
  return blocks_classify(a, &err);
}

static void release(Article *a) {
  vec_free(&a->blocks);
  vec_free(&a->bylines);
}

/* The index of the first block whose text equals lit, or -1. */
static long find_block(const Article *a, const char *lit) {
  for (size_t i = 0; i < a->blocks.len; i++) {
    Span sp = article_span(a, a->blocks.items[i].r);
    if (sp.len == strlen(lit) && memcmp(sp.ptr, lit, sp.len) == 0) return (long)i;
  }
  return -1;
}

/* The kind of the block whose text equals lit; BLOCK_KIND_COUNT if absent. */
static BlockKind kind_of(const Article *a, const char *lit) {
  long i = find_block(a, lit);
  return i < 0 ? BLOCK_KIND_COUNT : a->blocks.items[i].kind;
}

#define CHECK_RANGE(a, r, lit) CHECK_SPAN_EQ((a)->text + (r).start, (r).end - (r).start, lit)

static double seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ---- the word lists ----------------------------------------------------- */

static bool sorted(const char *const *list, size_t n) {
  for (size_t i = 1; i < n; i++)
    if (strcmp(list[i - 1], list[i]) >= 0) return false;
  return true;
}

#define CHECK_SORTED(list) CHECK(sorted((list), WORDS_COUNT(list)))

static void test_word_lists(void) {
  CHECK_SORTED(nav_lines);
  CHECK_SORTED(label_lines);
  CHECK_SORTED(link_prefixes);
  CHECK_SORTED(agency_words);
  CHECK_SORTED(small_words);
  CHECK_SORTED(name_particles);
  CHECK_SORTED(role_words);
  CHECK_SORTED(bio_words);
  CHECK_SORTED(date_words);
  CHECK_SORTED(kicker_words);
  CHECK_SORTED(bio_verbs);
  CHECK_SORTED(image_words);
  CHECK_SORTED(credit_markers);
  /* the scan's first-byte index must point at each bucket's first marker */
  for (size_t k = 0; k < WORDS_COUNT(credit_markers); k++) {
    unsigned char c = (unsigned char)credit_markers[k][0];
    bool opens_bucket = k == 0 || (unsigned char)credit_markers[k - 1][0] != c;
    if (opens_bucket) CHECK_INT_EQ(credit_first_index[c], k + 1);
  }
  /* ... every marker has two bytes or more, which are among credit_pairs,
  ** and every pair, listed once, opens a marker */
  for (size_t k = 0; k < WORDS_COUNT(credit_markers); k++) {
    const unsigned char *m = (const unsigned char *)credit_markers[k];
    CHECK(strlen(credit_markers[k]) >= 2);
    size_t n_pairs = 0;
    for (size_t j = 0; j < WORDS_COUNT(credit_pairs); j++)
      n_pairs += credit_pairs[j].a == m[0] && credit_pairs[j].b == m[1];
    CHECK_INT_EQ(n_pairs, 1);
  }
  for (size_t j = 0; j < WORDS_COUNT(credit_pairs); j++) {
    size_t n_markers = 0;
    for (size_t k = 0; k < WORDS_COUNT(credit_markers); k++) {
      const unsigned char *m = (const unsigned char *)credit_markers[k];
      n_markers += credit_pairs[j].a == m[0] && credit_pairs[j].b == m[1];
    }
    CHECK(n_markers > 0);
  }
  /* link_first_index opens each bucket of link_prefixes, and only those */
  for (size_t k = 0; k < WORDS_COUNT(link_prefixes); k++) {
    unsigned char c = (unsigned char)link_prefixes[k][0];
    bool opens_bucket = k == 0 || (unsigned char)link_prefixes[k - 1][0] != c;
    if (opens_bucket) CHECK_INT_EQ(link_first_index[c], k + 1);
  }
  for (int c = 0; c < 256; c++) {
    unsigned idx = link_first_index[c];
    CHECK(idx == 0 || (idx <= WORDS_COUNT(link_prefixes) &&
                       (unsigned char)link_prefixes[idx - 1][0] == c));
  }
  for (int c = 0; c < 256; c++) {
    unsigned idx = credit_first_index[c];
    CHECK(idx == 0 || (idx <= WORDS_COUNT(credit_markers) &&
                       (unsigned char)credit_markers[idx - 1][0] == c));
  }
  CHECK_SPAN_EQ(block_kind_names[BLOCK_TITLE], strlen(block_kind_names[BLOCK_TITLE]), "title");
  CHECK_SPAN_EQ(block_kind_names[BLOCK_BIO], strlen(block_kind_names[BLOCK_BIO]), "bio");
  CHECK_SPAN_EQ(block_kind_names[BLOCK_BOILERPLATE], strlen(block_kind_names[BLOCK_BOILERPLATE]),
                "boilerplate");
}

/* ---- the seeds against gold/seeds.json ---------------------------------- */

typedef struct {
  const char *file;
  const char *title;
  const char *bylines[3];
  const char *dateline;       /* NULL: none */
  const char *boilerplate[12]; /* every line that is neither body nor title */
} SeedGold;

/* Transcribed from gold/seeds.json. */
static const SeedGold seed_gold[] = {
    {"000_f5c1237fb4dadb5b.txt",
     "France Joins US in Calling for Russia, Syria War Crimes Probe",
     {"Colleen Curry"},
     NULL,
     {"Read More: UN Suspends All Aid Convoys to Syria After Deadly Airstrike Attack",
      "Read More: Amid the Rubble of Syrian Airstrikes, a Young Man\xE2\x80\x99s Footage Captures "
      "the Strength of the Human Spirit",
      "News", "Demand Equity", "By Colleen Curry"}},
    {"001_f198e9af24b5b421.txt",
     "John Kerry calls for war crimes investigation of Russia and Syria over Aleppo attacks",
     {NULL},
     NULL,
     {"Advertisement", "kerry", "Reuters",
      "Kerry said on Friday that Russian and Syrian government actions in Aleppo \"beg for a war "
      "crimes investigation.\"",
      "Advertisement", "Advertisement", "syria aleppo", "REUTERS/Abdalrhman Ismail",
      "A medic holds a dead child after airstrikes in the rebel held Karam Houmid neighbourhood in "
      "Aleppo, Syria October 4, 2016.",
      "Advertisement",
      "NOW WATCH: Watch the US Navy test out one of its newest ships by almost blowing it up"}},
    {"002_3c658fc30fc5dd6a.txt",
     "Syria conflict: US calls for Russia and Syria war crimes probe",
     {NULL},
     NULL,
     {"Related Topics",
      "U.S. Secretary of State John Kerry (R) makes a statement next to French Foreign Minister "
      "Jean-Marc Ayrault prior to a bilateral meeting on the crisis in Syria, at the State "
      "Department in Washington, October 7, 2016.Image copyright",
      "Reuters", "Image caption",
      "John Kerry called for the investigation at a news conference with his French counterpart"}},
    {"003_7cbff870a8b05fb5.txt",
     "Kerry Calls For War Crimes Investigations Of Russia, Syria Over Aleppo",
     {"Mike Eckel"},
     "WASHINGTON",
     {"Accessibility links", "Breaking News",
      "Syrian civil-defense volunteers, known as the White Helmets, hold the body of a young man "
      "after he was pulled from the rubble following a government air strike on the rebel-held "
      "neighborhood of Karm Homad in the northern city of Aleppo on October 4.",
      "\xE2\x80\xA2 16x9 Image", "Mike Eckel",
      "Mike Eckel is a senior correspondent reporting on political and economic developments in "
      "Russia, Ukraine, and around the former Soviet Union, as well as news involving cybercrime "
      "and espionage. He's reported on the ground on Russia's invasion of Ukraine, the wars in "
      "Chechnya and Georgia, and the 2004 Beslan hostage crisis, as well as the annexation of "
      "Crimea in 2014."}},
    {"004_a766c5a06c674e96.txt",
     "Kerry calls for war crimes investigation in Syria",
     {NULL},
     NULL,
     {"According to the World Health Organization, at least 377 people have been killed in "
      "eastern Aleppo alone since Syrian forces backed by Russia started air and ground "
      "offensives after the ceasefire collapsed late September.",
      "TRT World and Agencies",
      "According to the World Health Organization, at least 377 people have been killed in "
      "eastern Aleppo alone since Syrian forces backed by Russia started air and ground "
      "offensives after the ceasefire collapsed late September.",
      "Route 6"}},
};

/* How many entries of the gold boilerplate list equal the block's text. */
static int gold_count(const SeedGold *g, Span sp) {
  int n = 0;
  for (size_t k = 0; k < WORDS_COUNT(g->boilerplate) && g->boilerplate[k]; k++)
    n += strlen(g->boilerplate[k]) == sp.len && memcmp(g->boilerplate[k], sp.ptr, sp.len) == 0;
  return n;
}

/* Every gold boilerplate line must come out as neither body nor title, and
** every other line as body (or the title). */
static void check_seed_lines(const Article *a, const SeedGold *g) {
  int n_boiler = 0, n_gold = 0;
  for (size_t k = 0; k < WORDS_COUNT(g->boilerplate) && g->boilerplate[k]; k++) n_gold++;
  for (size_t i = 0; i < a->blocks.len; i++) {
    Block b = a->blocks.items[i];
    Span sp = article_span(a, b.r);
    bool is_boiler = b.kind != BLOCK_BODY && b.kind != BLOCK_TITLE;
    n_boiler += is_boiler;
    if (is_boiler != (gold_count(g, sp) > 0))
      fprintf(stderr, "%s: %s block \"%.60s\"\n", g->file, block_kind_names[b.kind], sp.ptr);
    CHECK(is_boiler == (gold_count(g, sp) > 0));
  }
  CHECK_INT_EQ(n_boiler, n_gold);
}

static void check_seed(const SeedGold *g) {
  size_t len = 0;
  char *text = fixture_seed(g->file, &len);
  CHECK(text != NULL);
  if (text == NULL) return;
  Article a = {.text = text, .len = len};
  CHECK_INT_EQ(blocks_classify(&a, NULL), LEDE_OK);
  CHECK_RANGE(&a, a.title, g->title);
  size_t n_bylines = 0;
  while (n_bylines < 3 && g->bylines[n_bylines]) n_bylines++;
  CHECK_INT_EQ(a.bylines.len, n_bylines);
  for (size_t k = 0; k < n_bylines && k < a.bylines.len; k++)
    CHECK_RANGE(&a, a.bylines.items[k], g->bylines[k]);
  CHECK_RANGE(&a, a.dateline, g->dateline ? g->dateline : "");
  check_seed_lines(&a, g);
  release(&a);
  free(text);
}

static void test_seeds(void) {
  if (!fixture_have_seeds("seeds")) return;
  for (size_t k = 0; k < WORDS_COUNT(seed_gold); k++) check_seed(&seed_gold[k]);
}

/* ---- synthetic layouts -------------------------------------------------- */

static void test_empty_and_letterless(void) {
  Article a = {0};
  CHECK_INT_EQ(blocks_classify(&a, NULL), LEDE_OK); /* text NULL, len 0 */
  CHECK_INT_EQ(a.blocks.len, 0);
  CHECK_INT_EQ(classify(&a, ""), LEDE_OK);
  CHECK_INT_EQ(a.blocks.len, 0);
  CHECK(range_is_empty(a.title));
  CHECK_INT_EQ(classify(&a, "\n\n \t\n\xC2\xA0\xC2\xA0\n"), LEDE_OK);
  CHECK_INT_EQ(a.blocks.len, 0);
  release(&a);
  CHECK_INT_EQ(classify(&a, "\xE2\x80\xA2\n\n---\n\n!!!"), LEDE_OK);
  CHECK_INT_EQ(a.blocks.len, 3);
  CHECK(range_is_empty(a.title));
  for (size_t i = 0; i < a.blocks.len; i++) CHECK(a.blocks.items[i].kind == BLOCK_BOILERPLATE);
  release(&a);
}

static void test_one_line(void) {
  Article a = {0};
  classify(&a, "Ad sales boost Time Warner profit");
  CHECK_RANGE(&a, a.title, "Ad sales boost Time Warner profit");
  CHECK_INT_EQ(a.blocks.len, 1);
  CHECK(a.blocks.items[0].kind == BLOCK_TITLE);
  release(&a);
  const char *para =
      "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months "
      "to December, from $639m a year earlier, the company said on Wednesday.";
  classify(&a, para);
  CHECK(range_is_empty(a.title)); /* a lead sentence, not a headline */
  CHECK_INT_EQ(a.blocks.len, 1);
  CHECK(a.blocks.items[0].kind == BLOCK_BODY);
  release(&a);
}

static void test_trim(void) {
  Article a = {0};
  classify(&a, "Headline Of The Day Is Here\n\n  \xC2\xA0\t\xE2\x80\xA2 16x9 Image \xC2\xA0 \n");
  CHECK_INT_EQ(a.blocks.len, 2);
  CHECK(find_block(&a, "\xE2\x80\xA2 16x9 Image") == 1);
  CHECK(kind_of(&a, "\xE2\x80\xA2 16x9 Image") == BLOCK_BOILERPLATE);
  release(&a);
}

static void test_no_title(void) {
  Article a = {0};
  classify(&a,
           "The council voted on Tuesday to close the old library, which has served the town "
           "for more than a century, despite a petition signed by thousands.\n\n"
           "The building will be sold next year, officials said.\n");
  CHECK(range_is_empty(a.title));
  CHECK_INT_EQ(a.blocks.len, 2);
  CHECK(a.blocks.items[0].kind == BLOCK_BODY && a.blocks.items[1].kind == BLOCK_BODY);
  release(&a);
}

/* One body paragraph, used to pad the synthetic articles. */
#define PARA1                                                                               \
  "The mayor said on Monday that the city would open three new shelters before winter, " \
  "after a record number of families asked for help this year.\n\n"
#define PARA2                                                                            \
  "\"We cannot wait for the state to act,\" she told reporters at city hall, adding that " \
  "the money would come from the reserve fund.\n\n"

/* Section labels and date lines are no headlines. */
static void test_not_titles(void) {
  Article a = {0};
  classify(&a, "Politics\n\n" PARA1);
  CHECK(range_is_empty(a.title));
  CHECK(kind_of(&a, "Politics") == BLOCK_BOILERPLATE);
  classify(&a, "Oct. 7, 2016 3:45 PM\n\nCity Opens New Shelters\n\n" PARA1);
  CHECK_RANGE(&a, a.title, "City Opens New Shelters");
  classify(&a, "Review\n\nCity opens new shelters before the winter\n\nBy Jane Doe\n\n"
               "Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)\n\n" PARA1);
  CHECK_RANGE(&a, a.title, "City opens new shelters before the winter");
  release(&a);
}

/* A line of n words without final punctuation, joined by ASCII and
** Unicode white space, some opening with quotes or brackets or a non-ASCII
** capital, one holding a control byte (no space), with free-standing
** dashes (no words) between them. */
static char *odd_words_line(size_t n) {
  static const char *const words[] = {"alpha", "\xE2\x80\x9CQuoted\xE2\x80\x9D", "(paren)", "ab\001cd",
                                      "\xC3\x89lan", "42", "x-ray", "'tis", "\xCE\xB4\xCE\xAD\xCE\xBB\xCF\x84\xCE\xB1"};
  static const char *const gaps[] = {" ", "\t", "\xC2\xA0", "  ", " \xE2\x80\x94 ", " -- ", " \xE2\x80\x83"};
  char *line = malloc(n * 24 + 1);
  size_t len = 0;
  for (size_t k = 0; k < n; k++) {
    const char *gap = k == 0 ? "" : gaps[k % WORDS_COUNT(gaps)], *word = words[k % WORDS_COUNT(words)];
    memcpy(line + len, gap, strlen(gap)), len += strlen(gap);
    memcpy(line + len, word, strlen(word)), len += strlen(word);
  }
  line[len] = '\0';
  return line;
}

/* A line of n ASCII words holding a control byte ("ab\x01cd"), joined by
** spaces and tabs. */
static char *control_words_line(size_t n) {
  char *line = malloc(n * 6 + 1);
  for (size_t k = 0; k < n; k++) memcpy(line + 6 * k, k % 3 == 2 ? "\tab\x01" "cd" : " ab\x01" "cd", 6);
  memmove(line, line + 1, n * 6 - 1); /* no leading space */
  line[n * 6 - 1] = '\0';
  return line;
}

/* Checks that line (freed here), put after two story paragraphs, gets kind. */
static void check_after_story(char *line, BlockKind kind) {
  char *text = malloc(strlen(PARA1 PARA2) + strlen(line) + 1);
  strcpy(text, PARA1 PARA2);
  strcat(text, line);
  Article a = {0};
  classify(&a, text);
  CHECK(kind_of(&a, line) == kind);
  release(&a);
  free(text);
  free(line);
}

/* A line of n ASCII words of one to nine letters, every k-th of them
** (k > 0) in lower case and the rest capitalized, joined by one or two
** spaces, then tail: the run count_words takes eight bytes a step. */
static char *ascii_words_line(size_t n, size_t k, const char *tail) {
  char *line = malloc(n * 11 + strlen(tail) + 1);
  size_t len = 0;
  for (size_t w = 0; w < n; w++) {
    if (w > 0) len += (size_t)sprintf(line + len, w % 5 == 0 ? "  " : " ");
    size_t n_letters = 1 + (w * 7) % 9;
    for (size_t c = 0; c < n_letters; c++) line[len++] = (char)('a' + (w + c) % 26);
    if ((w + 1) % k != 0) line[len - n_letters] = (char)(line[len - n_letters] - 'a' + 'A');
  }
  strcpy(line + len, tail);
  return line;
}

/* The title-case test counts capitals exactly: a 20-word first line ending
** like a sentence is the headline in title case (four lower-case words, a
** fifth), and the story's lead with five. */
static void test_title_case_counts(void) {
  for (size_t k = 4; k <= 5; k++) {
    char *line = ascii_words_line(20, k, ".");
    char *text = malloc(strlen(line) + strlen(PARA1 PARA2) + 3);
    sprintf(text, "%s\n\n%s", line, PARA1 PARA2);
    Article a = {0};
    classify(&a, text);
    CHECK(kind_of(&a, line) == (k == 5 ? BLOCK_TITLE : BLOCK_BODY));
    release(&a);
    free(text);
    free(line);
  }
}

/* Words are counted whatever opens them or separates them: an unpunctuated
** line of 25 words after the story reads as prose and joins the body, one
** of 24 does not. */
static void test_word_counts(void) {
  check_after_story(odd_words_line(24), BLOCK_BOILERPLATE);
  check_after_story(odd_words_line(25), BLOCK_BODY);
  check_after_story(control_words_line(24), BLOCK_BOILERPLATE);
  check_after_story(control_words_line(25), BLOCK_BODY);
  check_after_story(ascii_words_line(24, 3, ""), BLOCK_BOILERPLATE);
  check_after_story(ascii_words_line(25, 3, ""), BLOCK_BODY);
  /* A photo credit ends a caption of up to 150 words; 151 make a paragraph
  ** (over 2 KB, so the counts run through more than one fold of the lanes). */
  check_after_story(ascii_words_line(148, 2, " Getty Images"), BLOCK_CAPTION);
  check_after_story(ascii_words_line(149, 2, " Getty Images"), BLOCK_BODY);
  /* 270 words of seven letters: every eight bytes a word starts at the same
  ** place, more often than one byte lane can count (a count off by 256 would
  ** leave 14 words, too few for prose). */
  char *line = malloc(270 * 8);
  for (size_t w = 0; w < 270; w++) memcpy(line + 8 * w, "Letters ", 8);
  line[270 * 8 - 1] = '\0';
  check_after_story(line, BLOCK_BODY);
}

static void test_bylines(void) {
  Article a = {0};
  classify(&a, "City Opens New Shelters\n\nBy Jane Doe and John Roe\n\n" PARA1 PARA2);
  CHECK_INT_EQ(a.bylines.len, 2);
  if (a.bylines.len == 2) {
    CHECK_RANGE(&a, a.bylines.items[0], "Jane Doe");
    CHECK_RANGE(&a, a.bylines.items[1], "John Roe");
  }
  CHECK(kind_of(&a, "By Jane Doe and John Roe") == BLOCK_BYLINE);
  CHECK_RANGE(&a, a.title, "City Opens New Shelters");
  release(&a);

  classify(&a, "City Opens New Shelters\n\nBy Ann Lee, Bo Diaz and Staffan de Mistura\n\n" PARA1);
  CHECK_INT_EQ(a.bylines.len, 3);
  if (a.bylines.len == 3) {
    CHECK_RANGE(&a, a.bylines.items[0], "Ann Lee");
    CHECK_RANGE(&a, a.bylines.items[1], "Bo Diaz");
    CHECK_RANGE(&a, a.bylines.items[2], "Staffan de Mistura");
  }
  release(&a);

  classify(&a, "City Opens New Shelters\n\nBY JANE DOE, Staff Writer\n\n" PARA1);
  CHECK_INT_EQ(a.bylines.len, 1);
  if (a.bylines.len == 1) CHECK_RANGE(&a, a.bylines.items[0], "JANE DOE");
  release(&a);

  classify(&a, "City Opens New Shelters\n\nBy Colleen Curry Oct. 7, 2016 | Updated 3:45 PM\n\n"
               PARA1);
  CHECK_INT_EQ(a.bylines.len, 1);
  if (a.bylines.len == 1) CHECK_RANGE(&a, a.bylines.items[0], "Colleen Curry");
  release(&a);

  classify(&a, "City Opens New Shelters\n\nBy Chris Pokorny@DawgsByNature Nov 18, 2019\n\n"
               PARA1);
  CHECK_INT_EQ(a.bylines.len, 1);
  if (a.bylines.len == 1) CHECK_RANGE(&a, a.bylines.items[0], "Chris Pokorny");
  classify(&a, "City Opens New Shelters\n\nBy Kashmira Gander On 11/13/19 at 4:00 PM EST\n\n"
               PARA1);
  CHECK_INT_EQ(a.bylines.len, 1);
  if (a.bylines.len == 1) CHECK_RANGE(&a, a.bylines.items[0], "Kashmira Gander");
  classify(&a, "City Opens New Shelters\n\nBy JERUSALEM POST STAFF\n\n" PARA1);
  CHECK_INT_EQ(a.bylines.len, 0); /* an outlet, not an author */
  CHECK(kind_of(&a, "By JERUSALEM POST STAFF") == BLOCK_BYLINE);
  release(&a);

  /* "By" opening a sentence is no byline. */
  classify(&a, "City Opens New Shelters\n\n" PARA1
               "By Friday, the army had retaken the town and the roads were open again.\n\n" PARA2);
  CHECK_INT_EQ(a.bylines.len, 0);
  CHECK(kind_of(&a, "By Friday, the army had retaken the town and the roads were open again.") ==
        BLOCK_BODY);
  release(&a);
  classify(&a, "City Opens New Shelters\n\n" PARA1 "By 2015, the coal market was in a slide.\n\n");
  CHECK_INT_EQ(a.bylines.len, 0);
  release(&a);
}

static void test_title_at_bottom(void) {
  Article a = {0};
  classify(&a, PARA1 PARA2
               "News\n\nDemand Equity\n\nCity Opens Three New Shelters Before Winter\n\n"
                           "By Colleen Curry\n");
  CHECK_RANGE(&a, a.title, "City Opens Three New Shelters Before Winter");
  CHECK_INT_EQ(a.bylines.len, 1);
  if (a.bylines.len == 1) CHECK_RANGE(&a, a.bylines.items[0], "Colleen Curry");
  CHECK(kind_of(&a, "News") == BLOCK_BOILERPLATE);
  CHECK(kind_of(&a, "Demand Equity") == BLOCK_BOILERPLATE);
  CHECK(a.blocks.items[0].kind == BLOCK_BODY);
  release(&a);
  /* Without a byline beside it, a short line after the body is clutter. */
  classify(&a, PARA1 PARA2 "Tweet With A Location Now\n");
  CHECK(range_is_empty(a.title));
  CHECK(kind_of(&a, "Tweet With A Location Now") == BLOCK_BOILERPLATE);
  release(&a);
}

static void test_title_twice(void) {
  Article a = {0};
  classify(&a, "Shelters: City acts before winter\n\nShelters: City acts before winter\n\n"
               "Related Topics\n\n" PARA1 PARA2);
  CHECK_RANGE(&a, a.title, "Shelters: City acts before winter");
  CHECK(a.title.start == 0);
  CHECK(a.blocks.items[0].kind == BLOCK_TITLE && a.blocks.items[1].kind == BLOCK_TITLE);
  CHECK(kind_of(&a, "Related Topics") == BLOCK_BOILERPLATE);
  release(&a);
}

/* A caption repeating a body paragraph: the clutter copy (beside a credit)
** is the caption, the copy inside the story stays body. */
static void test_caption_echo(void) {
  const char *dup =
      "At least 377 people have been killed in the east of the city since the ceasefire collapsed "
      "late in September.";
  char text[2048];
  snprintf(text, sizeof text,
           "City under siege\n\n%s\n\nTRT World and Agencies\n\n" PARA1
           "The offensive went on. %s\n\n" PARA2 "%s\n\n",
           dup, dup, dup);
  Article a = {0};
  classify(&a, text);
  CHECK_INT_EQ(a.blocks.len, 7);
  if (a.blocks.len == 7) {
    CHECK(a.blocks.items[1].kind == BLOCK_CAPTION);
    CHECK(a.blocks.items[2].kind == BLOCK_CREDIT);
    CHECK(a.blocks.items[3].kind == BLOCK_BODY);
    CHECK(a.blocks.items[4].kind == BLOCK_BODY);
    CHECK(a.blocks.items[5].kind == BLOCK_BODY);
    /* the last copy repeats the story but sits inside it: a live blog may */
    CHECK(a.blocks.items[6].kind == BLOCK_BODY);
  }
  release(&a);
}

/* An echo candidate may hold up to MAX_CAPTION_WORDS words: past the 30
** where count_words stops, caption_words counts on. A copy of up to 150
** words beside alt text (clutter that marks no caption by itself) is a
** caption; one of 160 words is no candidate and is not. */
static void test_long_echo(void) {
  static const struct {
    size_t n_words;
    bool is_caption;
  } cases[] = {{20, true}, {40, true}, {150, true}, {160, false}};
  for (size_t k = 0; k < WORDS_COUNT(cases); k++) {
    char dup[2048], text[8192];
    size_t n = 0;
    for (size_t w = 0; w + 1 < cases[k].n_words; w++) n += (size_t)snprintf(dup + n, sizeof dup - n, "w%zu ", w);
    snprintf(dup + n, sizeof dup - n, "end.");
    snprintf(text, sizeof text, "City under siege\n\n%s\n\nsyria aleppo\n\n" PARA1
             "The offensive went on. %s\n\n" PARA2, dup, dup);
    Article a = {0};
    classify(&a, text);
    CHECK_INT_EQ(a.blocks.len, 6);
    if (a.blocks.len == 6) CHECK((a.blocks.items[1].kind == BLOCK_CAPTION) == cases[k].is_caption);
    release(&a);
  }
}

static void test_credits_and_links(void) {
  Article a = {0};
  classify(&a, "City Opens New Shelters\n\nAdvertisement\n\nshelter winter\n\nREUTERS/Jane Doe\n\n"
               "A volunteer carries blankets into a shelter in the city, October 4, 2016.\n\n" PARA1
               "Read More: Why the shelters filled up so fast\n\n" PARA2
               "NOW WATCH: The mayor tours the new shelters\n\n"
               "Tags: shelters, winter, city hall\n\nSign up for our daily newsletter\n");
  CHECK(kind_of(&a, "Advertisement") == BLOCK_BOILERPLATE);
  CHECK(kind_of(&a, "shelter winter") == BLOCK_BOILERPLATE);
  CHECK(kind_of(&a, "REUTERS/Jane Doe") == BLOCK_CREDIT);
  CHECK(kind_of(&a, "A volunteer carries blankets into a shelter in the city, October 4, 2016.") ==
        BLOCK_CAPTION);
  CHECK(kind_of(&a, "Read More: Why the shelters filled up so fast") == BLOCK_BOILERPLATE);
  CHECK(kind_of(&a, "NOW WATCH: The mayor tours the new shelters") == BLOCK_BOILERPLATE);
  CHECK(kind_of(&a, "Tags: shelters, winter, city hall") == BLOCK_BOILERPLATE);
  CHECK(kind_of(&a, "Sign up for our daily newsletter") == BLOCK_BOILERPLATE);
  CHECK_RANGE(&a, a.title, "City Opens New Shelters");
  release(&a);
  /* an agency line after the story is its source, not a photo credit */
  classify(&a, "City Opens New Shelters\n\n" PARA1 PARA2 "Reuters\n");
  CHECK(kind_of(&a, "Reuters") == BLOCK_CREDIT);
  CHECK_INT_EQ(a.blocks.len, 4);
  if (a.blocks.len == 4) CHECK(a.blocks.items[2].kind == BLOCK_BODY);
  release(&a);
}

/* A credit marker is found at every offset within CREDIT_HEAD (20) bytes
** of a line's start or CREDIT_TAIL (80) of its end, and nowhere else, on
** lines of every length: the search's sixteen-byte steps, the overlapping
** last step and the padded copy of a short line all agree with the rule. */
static void test_credit_marker_offsets(void) {
  static const char *const markers[] = {"REUTERS/", "\xC2\xA9"};
  char line[160];
  int bad = 0;
  for (size_t m = 0; m < WORDS_COUNT(markers); m++) {
    size_t n = strlen(markers[m]);
    for (size_t len = n + 1; len < sizeof line - 1; len++) {
      for (size_t at = 0; at + n <= len; at++) {
        for (size_t k = 0; k < len; k++) line[k] = k % 5 == 4 && k + 1 < len ? ' ' : 'x';
        memcpy(line + at, markers[m], n);
        line[len] = '\0';
        Article a = {0};
        classify(&a, line);
        BlockKind kind = a.blocks.len == 1 ? a.blocks.items[0].kind : BLOCK_KIND_COUNT;
        bool found = kind == BLOCK_CREDIT || kind == BLOCK_CAPTION;
        bool want = at < 20 || at >= (len > 100 ? len - 80 : 20);
        bad += found != want;
        release(&a);
      }
    }
  }
  CHECK_INT_EQ(bad, 0);
}

static void test_datelines(void) {
  static const struct {
    const char *para;
    const char *place; /* "" when none */
  } cases[] = {
      {"WASHINGTON -- U.S. officials said on Friday that talks would resume next week.",
       "WASHINGTON"},
      {"BEIRUT (Reuters) - Syrian forces pressed their offensive on Friday, residents said.",
       "BEIRUT"},
      {"Beirut (Reuters) - Syrian forces pressed their offensive on Friday, residents said.",
       "Beirut"},
      {"NEW YORK \xE2\x80\x94 Stocks rose on Friday as oil prices fell for a third day.",
       "NEW YORK"},
      {"LONDON, Oct 7 (Reuters) - Britain's economy grew faster than expected, data showed.",
       "LONDON"},
      {"U.S. officials - who spoke on condition of anonymity - said the talks had failed.", ""},
      {"Kerry said - in a statement on Friday - that the talks had failed again.", ""},
      {"EXCLUSIVE - The talks failed on Friday, two officials told this newspaper.", ""},
      {"The talks failed on Friday, officials said, and no new date was set.", ""},
      /* the dash after Unicode white space (NBSP, a thin space) */
      {"PARIS\xC2\xA0\xE2\x80\x94 The talks failed on Friday, two officials said.", "PARIS"},
      {"ROME\xE2\x80\x89- The talks failed on Friday, two officials said.", "ROME"},
      /* hyphens inside words and a dash glued to a word are no dash tokens */
      {"WASHINGTON-based officials said on Friday that the talks had failed.", ""},
      {"ROME -The talks failed on Friday, two officials said.", ""},
      {"ROME\xE2\x80\x94 The talks failed on Friday, two officials said.", ""},
  };
  for (size_t k = 0; k < WORDS_COUNT(cases); k++) {
    char text[1024];
    snprintf(text, sizeof text, "Talks Fail Again\n\n%s\n\n" PARA1, cases[k].para);
    Article a = {0};
    classify(&a, text);
    CHECK_RANGE(&a, a.dateline, cases[k].place);
    CHECK(kind_of(&a, cases[k].para) == BLOCK_BODY);
    release(&a);
  }
  /* a dateline on a line of its own */
  {
    Article a = {0};
    classify(&a, "Talks Fail Again\n\nGENEVA \xE2\x80\x94\n\nThe talks failed on Friday, officials "
                 "said.\n\n" PARA1);
    CHECK_RANGE(&a, a.dateline, "GENEVA");
    CHECK(kind_of(&a, "GENEVA \xE2\x80\x94") == BLOCK_DATELINE);
    CHECK(kind_of(&a, "The talks failed on Friday, officials said.") == BLOCK_BODY);
    release(&a);
  }
  /* prose before the dateline paragraph is a caption, not the story */
  Article a = {0};
  classify(&a, "Talks Fail Again\n\n\nDiplomats leave the building after the talks in Geneva on "
               "October 4.\n\nGENEVA -- The talks failed on Friday, officials said.\n\n" PARA1);
  CHECK_RANGE(&a, a.dateline, "GENEVA");
  CHECK(kind_of(&a, "Diplomats leave the building after the talks in Geneva on October 4.") ==
        BLOCK_CAPTION);
  release(&a);
}

static void test_bio(void) {
  Article a = {0};
  classify(&a, "City Opens New Shelters\n\n" PARA1 PARA2 "  \xE2\x80\xA2 16x9 Image\n\n"
               "    Jane Doe\n\n    Jane Doe is a senior correspondent covering city hall and "
               "the state legislature.\n");
  CHECK_INT_EQ(a.bylines.len, 1);
  if (a.bylines.len == 1) CHECK_RANGE(&a, a.bylines.items[0], "Jane Doe");
  CHECK(kind_of(&a, "Jane Doe") == BLOCK_BYLINE);
  CHECK(kind_of(&a, "Jane Doe is a senior correspondent covering city hall and the state "
                    "legislature.") == BLOCK_BIO);
  release(&a);
}

/* A block of links or tags inside a page is no part of the story; a list
** with bullets is. */
static void test_link_runs(void) {
  Article a = {0};
  classify(&a, "City Opens New Shelters\n\n" PARA1
               "Topics:\n\nShelters,\n\nCity Hall,\n\nWinter\n\n(42) Comments\n\n"
               "Previous Story\n\nNext Story\n\nMost Popular Now\n\nMore From Our Site\n\n"
               PARA2);
  CHECK(kind_of(&a, "Topics:") == BLOCK_BOILERPLATE);
  CHECK(kind_of(&a, "Shelters,") == BLOCK_BOILERPLATE);
  CHECK(kind_of(&a, "(42) Comments") == BLOCK_BOILERPLATE);
  CHECK(kind_of(&a, "More From Our Site") == BLOCK_BOILERPLATE);
  release(&a);
  /* fewer lines, or lines after a colon, are part of the story */
  classify(&a, "City Opens New Shelters\n\n" PARA1
               "The shelters:\n\nNorth Hall\n\nEast Hall\n\nRiver Hall\n\n" PARA2);
  CHECK(kind_of(&a, "North Hall") == BLOCK_BODY);
  CHECK(kind_of(&a, "The shelters:") == BLOCK_BODY);
  release(&a);
  classify(&a, "Awards Announced\n\n" PARA1
               "- Best actress - Jane Doe\n\n- Best actor - John Roe\n\n"
               "- Best play - The Shelter\n\n- Best musical - Winter\n\n"
               "- Best director - Ann Lee\n\n- Best design - Bo Diaz\n\n"
               "- Best score - Cy Twombly\n\n- Best debut - Di Lu\n\n" PARA2);
  CHECK(kind_of(&a, "- Best actress - Jane Doe") == BLOCK_BODY);
  CHECK(kind_of(&a, "- Best debut - Di Lu") == BLOCK_BODY);
  release(&a);
}

/* Classifying twice gives the same result (outputs are reset, not appended). */
static void test_idempotent(void) {
  Article a = {0};
  classify(&a, "City Opens New Shelters\n\nBy Jane Doe\n\n" PARA1);
  size_t n_blocks = a.blocks.len, n_bylines = a.bylines.len;
  CHECK_INT_EQ(blocks_classify(&a, NULL), LEDE_OK);
  CHECK_INT_EQ(a.blocks.len, n_blocks);
  CHECK_INT_EQ(a.bylines.len, n_bylines);
  release(&a);
}

/* The lines' vector is the thread's spare (SPARE_BLOCK_LINES): after a
** parse the slot holds it, with room for that article's lines, and a short
** article classified with the long one's buffer comes out as it does with
** none. */
static void test_lines_reused(void) {
  static const char short_text[] = "City Opens New Shelters\n\nBy Jane Doe\n\nImage copyright Reuters\n\n" PARA1;
  Article a = {0}, fresh = {0};
  spare_release();
  CHECK_INT_EQ(classify(&fresh, short_text), LEDE_OK);
  classify(&a, "Awards Announced\n\n" PARA1
               "- Best actress - Jane Doe\n\n- Best actor - John Roe\n\n"
               "- Best play - The Shelter\n\n- Best musical - Winter\n\n"
               "- Best director - Ann Lee\n\n- Best design - Bo Diaz\n\n"
               "- Best score - Cy Twombly\n\n- Best debut - Di Lu\n\n" PARA2);
  size_t cap = 0;
  void *lines = spare_take(SPARE_BLOCK_LINES, &cap);
  CHECK(lines != NULL);
  CHECK(cap >= a.blocks.len);
  spare_give(SPARE_BLOCK_LINES, lines, cap);
  CHECK_INT_EQ(classify(&a, short_text), LEDE_OK);
  CHECK_INT_EQ(a.blocks.len, fresh.blocks.len);
  for (size_t i = 0; i < a.blocks.len && i < fresh.blocks.len; i++) {
    CHECK_INT_EQ(a.blocks.items[i].kind, fresh.blocks.items[i].kind);
    CHECK_INT_EQ(a.blocks.items[i].r.start, fresh.blocks.items[i].r.start);
    CHECK_INT_EQ(a.blocks.items[i].r.end, fresh.blocks.items[i].r.end);
  }
  CHECK_INT_EQ(a.bylines.len, fresh.bylines.len);
  release(&a);
  release(&fresh);
}

/* ---- size and time ------------------------------------------------------ */

static void test_many_lines(void) {
  size_t n_lines = 10000;
  const char *line = "\"He said \"\"it\" would \xE2\x80\x9C rain,\" she said.\n\n";
  size_t len = strlen(line);
  char *text = malloc(n_lines * len + 64);
  CHECK(text != NULL);
  if (text == NULL) return;
  strcpy(text, "Rain Expected\n\n");
  size_t at = strlen(text);
  for (size_t i = 0; i < n_lines; i++, at += len) memcpy(text + at, line, len);
  text[at] = '\0';
  Article a = {.text = text, .len = at};
  CHECK_INT_EQ(blocks_classify(&a, NULL), LEDE_OK);
  CHECK_INT_EQ(a.blocks.len, n_lines + 1);
  CHECK_RANGE(&a, a.title, "Rain Expected");
  size_t n_body = 0;
  for (size_t i = 0; i < a.blocks.len; i++) n_body += a.blocks.items[i].kind == BLOCK_BODY;
  CHECK_INT_EQ(n_body, n_lines);
  release(&a);
  free(text);
}

/* Fills a buffer of len bytes by repeating unit, NUL-terminated. */
static char *repeat(const char *unit, size_t len) {
  char *buf = malloc(len + 1);
  if (buf == NULL) return NULL;
  size_t n = strlen(unit);
  for (size_t i = 0; i < len; i++) buf[i] = unit[i % n];
  buf[len] = '\0';
  return buf;
}

/* Seconds to classify len bytes of unit repeated on one line; -1 on OOM. */
static double time_line(const char *unit, size_t len) {
  char *text = repeat(unit, len);
  if (text == NULL) return -1;
  Article a = {.text = text, .len = len};
  double t0 = seconds();
  LedeStatus st = blocks_classify(&a, NULL);
  double dt = seconds() - t0;
  CHECK_INT_EQ(st, LEDE_OK);
  CHECK_INT_EQ(a.blocks.len, 1);
  release(&a);
  free(text);
  return dt;
}

/* A 100 MB single line must cost about ten times a 10 MB one (a quadratic
** pass would cost a hundred times; the slack absorbs a busy machine). */
static void test_huge_line_linear(void) {
  static const char *const units[] = {"word Word, \xC2\xA0", "\"", "abcdefghij"};
  for (size_t k = 0; k < WORDS_COUNT(units); k++) {
    double small = time_line(units[k], 10u << 20);
    double again = time_line(units[k], 10u << 20);
    if (again >= 0 && again > small) small = again; /* the slower: a fair base */
    double big = time_line(units[k], 100u << 20);
    if (small < 0 || big < 0) {
      printf("skipped: huge line (out of memory)\n");
      return;
    }
    printf("huge line %zu: 10 MB %.3fs, 100 MB %.3fs (%.0f MB/s)\n", k, small, big,
           100.0 / (big > 0 ? big : 1e-9));
    CHECK(big < 30 * small + 2.0);
  }
}

/* ---- word counts against a plain reading ------------------------------- */

/* The class of one code point as blocks_count_words documents it: 's'
** space, 'U' upper or caseless letter, 'L' lower, 'D' digit, '.' other. */
static char ref_class(int32_t cp) {
  if (cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0xFEFF || cp == 0x200B) return 's';
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: return 's';
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return 'U';
    case UTF8PROC_CATEGORY_LL: return 'L';
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return 'D';
    default: return '.';
  }
}

/* The counts read a character at a time: a word is counted at the first
** letter or digit after white space (or the start). */
static BlockWordCounts ref_counts(const char *s, size_t n) {
  BlockWordCounts c = {0, 0, 0, false};
  bool looking = true;
  for (size_t i = 0; i < n;) {
    int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    i += k > 0 ? (size_t)k : 1;
    char cls = k > 0 ? ref_class(cp) : '.';
    if (cls == 's') looking = true;
    if (cls == 's' || cls == '.' || !looking) continue;
    looking = false;
    if (c.words++ == 0) c.first_lower = cls == 'L';
    c.upper += cls == 'U';
    c.lower += cls == 'L';
  }
  return c;
}

/* Fills line (room for cap bytes) with random pieces, drawn by the
** generator *seed, until it holds want bytes or the next piece would not
** fit; returns its length. */
static size_t random_line(const char *const *pieces, size_t count, unsigned *seed, size_t want,
                          char *line, size_t cap) {
  size_t n = 0;
  while (n < want) {
    *seed = *seed * 1103515245u + 12345u;
    const char *piece = pieces[(*seed >> 16) % count];
    size_t len = strlen(piece);
    if (n + len > cap) break;
    memcpy(line + n, piece, len);
    n += len;
  }
  return n;
}

/* blocks_count_words (64-byte bit masks, SSE2) against ref_counts on
** random lines of pieces chosen to meet at every offset of a block: ASCII
** words and marks, control bytes, Unicode spaces, quotes, letters and
** digits of two to four bytes. Each line is read inside a longer text (the
** last block in place) and at the text's very end (from a padded copy). */
static void test_word_count_masks(void) {
  static const char *const pieces[] = {
      "a", "Bc", "7", " ", "  ", "\t", "\r", "\x01", "(", "\"", "--", "'s", "x-y",
      "\xC3\xA9",         /* é, lower */
      "\xC3\x89",         /* É, upper */
      "\xE4\xB8\xAD",     /* a caseless letter */
      "\xD9\xA3",         /* an Arabic-Indic digit */
      "\xC2\xA0",         /* NBSP */
      "\xE2\x80\x89",     /* thin space */
      "\xE2\x80\x8B",     /* zero-width space */
      "\xE2\x80\x9C",     /* opening quote */
      "\xF0\x9D\x90\x80", /* a mathematical capital, four bytes */
  };
  char text[400], line[300];
  unsigned seed = 12345;
  size_t n_mismatch = 0;
  for (int round = 0; round < 4000; round++) {
    size_t n = random_line(pieces, WORDS_COUNT(pieces), &seed, (size_t)(round % 260), line, sizeof line - 1);
    BlockWordCounts want_c = ref_counts(line, n), got;
    memcpy(text, line, n);
    memset(text + n, 'x', sizeof text - n); /* more text after the line */
    blocks_count_words(text, sizeof text, (Range){0, n}, &got);
    n_mismatch += got.words != want_c.words || got.upper != want_c.upper ||
                  got.lower != want_c.lower || got.first_lower != want_c.first_lower;
    char *exact = malloc(n + 1); /* the line ends the text */
    if (exact == NULL) continue;
    memcpy(exact, line, n);
    blocks_count_words(exact, n, (Range){0, n}, &got);
    n_mismatch += got.words != want_c.words || got.upper != want_c.upper ||
                  got.lower != want_c.lower || got.first_lower != want_c.first_lower;
    free(exact);
  }
  CHECK_INT_EQ(n_mismatch, 0);
  BlockWordCounts c;
  const char *mixed = "(AP) -- \xE2\x80\x9C" "Hello,\xC2\xA0world 42 \xC3\xA9t\xC3\xA9 x";
  blocks_count_words(mixed, strlen(mixed), (Range){0, strlen(mixed)}, &c);
  CHECK(c.words == 6 && c.upper == 2 && c.lower == 3 && !c.first_lower);
}

/* Whether the n bytes at p are one of the count words of list. */
static bool ref_in(const char *const *list, size_t count, const char *p, size_t n) {
  for (size_t i = 0; i < count; i++)
    if (strlen(list[i]) == n && memcmp(list[i], p, n) == 0) return true;
  return false;
}

/* blocks_count_small_words read a token at a time: white space (ref_class)
** splits the tokens, each loses its leading and trailing marks, and what
** is left is looked up. */
static void ref_small_words(const char *s, size_t n, uint32_t *n_small, uint32_t *n_articles) {
  *n_small = *n_articles = 0;
  size_t i = 0, core_start = 0, core_end = 0;
  bool in_core = false;
  for (;;) {
    int32_t cp = ' ';
    utf8proc_ssize_t k = 1;
    if (i < n) k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    char cls = i >= n ? 's' : k > 0 ? ref_class(cp) : '.';
    if (k <= 0) k = 1;
    if (cls == 's') {
      size_t len = core_end - core_start;
      if (in_core && ref_in(small_words, WORDS_COUNT(small_words), s + core_start, len)) {
        ++*n_small;
        static const char *const ref_articles[] = {"a", "an", "the"}; /* as blocks.h says */
        *n_articles += ref_in(ref_articles, WORDS_COUNT(ref_articles), s + core_start, len);
      }
      in_core = false;
      if (i >= n) return;
    } else if (cls != '.') {
      if (!in_core) core_start = i;
      in_core = true;
      core_end = i + (size_t)k;
    }
    i += (size_t)k;
  }
}

/* blocks_count_small_words (bit masks of a padded copy, a window per
** lower-case word) against ref_small_words on random lines of up to 400
** bytes built from function words, near misses ("ofx", "The", "a1", a
** five-letter run), marks on either side, and multi-byte letters, marks
** and spaces, meeting at every offset of a block. */
static void test_small_words(void) {
  static const char *const pieces[] = {
      "a", "an", "the", "of", "via", "with", "over", "into", "The", "ofx", "a1", "withs",
      "abcde", "x", " ", " ", "  ", "\t", ",", "(", "\"", "--", "'s", "!!!!",
      "\xC3\xA9",     /* é, lower */
      "\xC2\xA0",     /* NBSP */
      "\xE2\x80\x9C", /* opening quote */
      "\xE4\xB8\xAD", /* a caseless letter */
  };
  char line[400];
  unsigned seed = 777;
  size_t n_mismatch = 0;
  uint32_t total = 0;
  for (int round = 0; round < 4000; round++) {
    size_t n = random_line(pieces, WORDS_COUNT(pieces), &seed, (size_t)(round % 400), line, sizeof line);
    uint32_t want_small, want_art, got_small, got_art;
    ref_small_words(line, n, &want_small, &want_art);
    blocks_count_small_words(line, (Range){0, n}, &got_small, &got_art);
    n_mismatch += got_small != want_small || got_art != want_art;
    total += want_small;
  }
  CHECK_INT_EQ(n_mismatch, 0);
  CHECK(total > 4000); /* the lines do hold function words */
  uint32_t small, art;
  const char *mixed = "Man of\xC2\xA0the year, (via \xE2\x80\x9C" "a\xE2\x80\x9D) ofx An a1 \"an\"";
  blocks_count_small_words(mixed, (Range){0, strlen(mixed)}, &small, &art);
  CHECK(small == 5 && art == 3);
}

/* The kind blocks_classify gives the line `line` in the text before, line,
** after. */
static BlockKind kind_between(const char *before, const char *line, const char *after) {
  char text[2048];
  snprintf(text, sizeof text, "%s%s%s", before, line, after);
  Article a = {0};
  classify(&a, text);
  BlockKind kind = kind_of(&a, line);
  release(&a);
  return kind;
}

/* bio_parse's quick test of the second word: a bio is still found after a
** tab or a non-ASCII name, and a lower-case second word rules one out. */
static void test_bio_second_word(void) {
  static const struct {
    const char *bio;
    bool is_bio;
  } cases[] = {
      {"Jane\tDoe is a senior correspondent covering city hall.", true},
      {"Jos\303\251 D\303\255az is a senior correspondent covering city hall.", true},
      {"Jane  Doe is a senior correspondent covering city hall.", true},
      {"Ja\001ne Doe is a senior correspondent covering city hall.", true},
      {"(Jane) Doe is a senior correspondent covering city hall.", true},
      {"Jane doe is a senior correspondent covering city hall.", false},
      {"Jane 2Doe is a senior correspondent covering city hall.", false},
  };
  for (size_t k = 0; k < WORDS_COUNT(cases); k++)
    CHECK((kind_between("City Opens New Shelters\n\n" PARA1 PARA2, cases[k].bio, "\n") == BLOCK_BIO) ==
          cases[k].is_bio);
}

/* count_words stops counting past MAX_TITLE_WORDS (30) words, and
** caption_words goes on to MAX_CAPTION_WORDS (150) when the line holds a
** credit marker: a line with one in its tail is a caption up to 150 words
** and not from 151 on, however long it is (the count stops in a block that
** goes past the bound, so a bound set too low fails the 151-word case, and
** a count left at its first stop fails the 152- and 400-word ones). */
static void test_word_count_cap(void) {
  static const struct {
    size_t n_words;
    bool is_caption;
  } cases[] = {{20, true},  {30, true},   {31, true},   {45, true},
               {150, true}, {151, false}, {152, false}, {400, false}};
  for (size_t k = 0; k < WORDS_COUNT(cases); k++) {
    static const char head[] = "City Opens New Shelters\n\n" PARA1;
    char *text = malloc(sizeof head + cases[k].n_words * 6 + sizeof PARA2 + 2);
    if (text == NULL) continue;
    size_t n = strlen(head), at;
    memcpy(text, head, n);
    at = n;
    for (size_t w = 0; w + 2 < cases[k].n_words; w++) n += (size_t)sprintf(text + n, "word ");
    n += (size_t)sprintf(text + n, "Image copyright\n");
    char *line = strndup(text + at, n - 1 - at);
    memcpy(text + n, PARA2, sizeof PARA2);
    Article a = {0};
    classify(&a, text);
    CHECK(line != NULL && (kind_of(&a, line) == BLOCK_CAPTION) == cases[k].is_caption);
    CHECK(line != NULL && kind_of(&a, line) != BLOCK_KIND_COUNT);
    release(&a);
    free(line);
    free(text);
  }
}

/* label_first lets each label word be looked up only in the lists its
** first byte may open: every agency word's first byte (as printed) and
** every image word's (either case) carries its bit, and no other byte. */
static void test_label_first(void) {
  for (int c = 0; c < 256; c++) {
    unsigned want = 0;
    for (size_t k = 0; k < WORDS_COUNT(agency_words); k++)
      if ((unsigned char)agency_words[k][0] == c) want |= LABEL_AGENCY;
    for (size_t k = 0; k < WORDS_COUNT(image_words); k++)
      if ((unsigned char)image_words[k][0] == c || toupper((unsigned char)image_words[k][0]) == c)
        want |= LABEL_IMAGE;
    CHECK_INT_EQ(label_first[c], want);
  }
}

/* The agency and image label tests share one walk over the line's words:
** a word may serve one list and fail the other ("photo" is no agency), a
** line of five or six words is too long for image residue, and each first
** byte the lists open must reach its lookup. */
static void test_label_lines(void) {
  static const struct {
    const char *line;
    BlockKind kind;
  } cases[] = {
      {"Reuters", BLOCK_CREDIT},           {"Xinhua", BLOCK_CREDIT},
      {"dpa Gallery", BLOCK_CREDIT},       {"TRT World and Agencies", BLOCK_CREDIT},
      {"Getty", BLOCK_CREDIT},             {"Images by Shutterstock", BLOCK_CREDIT},
      {"Reuters photo", BLOCK_BOILERPLATE}, {"Photo 3 of 5", BLOCK_BOILERPLATE},
      {"16x9 Image", BLOCK_BOILERPLATE},   {"slideshow", BLOCK_BOILERPLATE},
      {"Video Gallery", BLOCK_BOILERPLATE}, {"Pictures of the Week", BLOCK_BOILERPLATE},
  };
  for (size_t k = 0; k < WORDS_COUNT(cases); k++) {
    BlockKind kind = kind_between("City Opens New Shelters\n\n" PARA1 PARA2, cases[k].line, "\n");
    if (kind != cases[k].kind) fprintf(stderr, "label case: %s\n", cases[k].line);
    CHECK(kind == cases[k].kind);
  }
}

/* A short line holding "://" or "www." is a link, wherever the mark
** stands (in the first eight bytes, past them, at the very end) and
** however the bytes around it go ("wwww." holds "www."); ":/", "ww." and
** "www" without its dot are not. */
static void test_web_address_lines(void) {
  static const struct {
    const char *line;
    bool is_link;
  } cases[] = {
      {"www.example.com", true},
      {"Photos at https://example.com", true},
      {"The mayor said the shelters are full www.", true},
      {"The mayor said the shelters are full at wwww.x", true},
      {"The mayor said the shelters are full http://", true},
      {"The mayor said: the shelters are full w", false},
      {"The mayor said the shelters are full ww.", false},
      {"The mayor said the shelters are full www", false},
      {"The mayor said the shelters are full:/", false},
      {"The mayor, wary: the shelters were full:/ now", false},
  };
  for (size_t k = 0; k < WORDS_COUNT(cases); k++) {
    bool is_link =
        kind_between("City Opens New Shelters\n\n" PARA1, cases[k].line, "\n\n" PARA2) == BLOCK_BOILERPLATE;
    if (is_link != cases[k].is_link) fprintf(stderr, "web address case: %s\n", cases[k].line);
    CHECK(is_link == cases[k].is_link);
  }
}

int main(void) {
  test_word_lists();
  test_seeds();
  test_empty_and_letterless();
  test_one_line();
  test_not_titles();
  test_trim();
  test_no_title();
  test_word_counts();
  test_title_case_counts();
  test_bylines();
  test_title_at_bottom();
  test_title_twice();
  test_caption_echo();
  test_long_echo();
  test_credits_and_links();
  test_credit_marker_offsets();
  test_datelines();
  test_bio();
  test_link_runs();
  test_idempotent();
  test_lines_reused();
  test_many_lines();
  test_huge_line_linear();
  test_word_count_masks();
  test_small_words();
  test_bio_second_word();
  test_word_count_cap();
  test_label_first();
  test_label_lines();
  test_web_address_lines();
  return CHECK_DONE();
}

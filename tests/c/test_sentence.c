/*
** test_sentence.c — sentences_split on news cases (seed paragraphs, the gold
** notes' hard cases), on the rules the brief lists, on newlines, lists and
** bad input; sentences_find over body blocks. The Golden Rules themselves
** are scored in test_sentence_rules.c.
*/
#include <stdlib.h>

#include "check.h"
#include "fixture.h"
#include "scan.h"
#include "sentence.h"

/* Splits s and renders the sentences as "[one][two]" for comparison. */
static void render(const char *s, char *out, size_t cap) {
  RangeVec v = {0};
  CHECK_INT_EQ(sentences_split(s, (Range){0, strlen(s)}, &v), LEDE_OK);
  size_t n = 0;
  out[0] = '\0';
  for (size_t i = 0; i < v.len && n < cap; i++)
    n += (size_t)snprintf(out + n, cap - n, "[%.*s]", (int)(v.items[i].end - v.items[i].start), s + v.items[i].start);
  vec_free(&v);
}

#define CHECK_SENTENCES(text, expected)            \
  do {                                             \
    char buf_[4096];                               \
    render((text), buf_, sizeof buf_);             \
    CHECK_SPAN_EQ(buf_, strlen(buf_), (expected)); \
  } while (0)

static void test_news_paragraphs(void) {
  /* seed 000: a paragraph without a final stop is one sentence at its end */
  CHECK_SENTENCES("United Nations Secretary-General Ban Ki-Moon\u00A0also reiterated his call for the UN Security "
                  "Council to refer the case to the ICC. A similar request was blocked in 2014 by Russia and "
                  "China, but Ban said the council should try again, according to AFP",
                  "[United Nations Secretary-General Ban Ki-Moon\u00A0also reiterated his call for the UN Security "
                  "Council to refer the case to the ICC.][A similar request was blocked in 2014 by Russia and "
                  "China, but Ban said the council should try again, according to AFP]");
  /* mixed marks: straight open, curly close; a stop inside the quote */
  CHECK_SENTENCES("\"We shall contact the prosecutor,\u201D Ayrault told France Inter radio.",
                  "[\"We shall contact the prosecutor,\u201D Ayrault told France Inter radio.]");
  CHECK_SENTENCES("\u201CRussia and the regime owe the world more,\u201D Kerry said. \u201CThese are acts.\u201D",
                  "[\u201CRussia and the regime owe the world more,\u201D Kerry said.][\u201CThese are acts.\u201D]");
  CHECK_SENTENCES("WASHINGTON -- U.S. Secretary of State John Kerry has called for an investigation.",
                  "[WASHINGTON -- U.S. Secretary of State John Kerry has called for an investigation.]");
  CHECK_SENTENCES("They have deployed S-300 systems. Several S-400 systems are there too.",
                  "[They have deployed S-300 systems.][Several S-400 systems are there too.]");
  CHECK_SENTENCES("Warplanes from the U.S might be at risk. Mr. Kerry and Gen. Konashenkov spoke.",
                  "[Warplanes from the U.S might be at risk.][Mr. Kerry and Gen. Konashenkov spoke.]");
  CHECK_SENTENCES("Punctuation: \u201Csurrender\u201D. Then the talks ended.",
                  "[Punctuation: \u201Csurrender\u201D.][Then the talks ended.]");
  /* attribution after a quoted question; a dateline before a dash */
  CHECK_SENTENCES("\"Why's he attacking me?\" Trump said. \"Can we win?\" Mr. Manafort asked. \"Go!\" The crowd left.",
                  "[\"Why's he attacking me?\" Trump said.][\"Can we win?\" Mr. Manafort asked.][\"Go!\"][The crowd left.]");
  CHECK_SENTENCES("MANCHESTER, N.H. -- The debate starts. It ends. \u2014 Reuters",
                  "[MANCHESTER, N.H. -- The debate starts.][It ends. \u2014 Reuters]");
  /* a headline without a final period */
  CHECK_SENTENCES("Kerry Calls For War Crimes Investigations Of Russia, Syria Over Aleppo",
                  "[Kerry Calls For War Crimes Investigations Of Russia, Syria Over Aleppo]");
  /* seed 002: a caption with a credit label run on, no space */
  CHECK_SENTENCES("Kerry spoke on October 7, 2016.Image copyright", "[Kerry spoke on October 7, 2016.][Image copyright]");
}

static void test_abbreviations(void) {
  CHECK_SENTENCES("Mr. Smith met Dr. Jones and Sen. Brown at 5 p.m. Then they left.",
                  "[Mr. Smith met Dr. Jones and Sen. Brown at 5 p.m.][Then they left.]");
  CHECK_SENTENCES("It was sold to Acme Inc. for $5. The deal closed on Jan. 5 with Pitt & Co. It was big.",
                  "[It was sold to Acme Inc. for $5.][The deal closed on Jan. 5 with Pitt & Co.][It was big.]");
  CHECK_SENTENCES("I live in the U.S. How about you? The U.S. Army came. The U.N. said no.",
                  "[I live in the U.S.][How about you?][The U.S. Army came.][The U.N. said no.]");
  CHECK_SENTENCES("Ask Jonas E. Smith, e.g. here, i.e. now. He went to No. 10 vs. them.",
                  "[Ask Jonas E. Smith, e.g. here, i.e. now.][He went to No. 10 vs. them.]");
  CHECK_SENTENCES("We make a team, you and I. Did you see Albert I. Jones?",
                  "[We make a team, you and I.][Did you see Albert I. Jones?]");
  /* abbreviations do not end a sentence before an opener, words do; this
  ** also catches a list that is out of order for the binary search */
  CHECK_SENTENCES("It cost approx. \"Ten\" and Apr. (May) and Co. \"Al\" rose.",
                  "[It cost approx. \"Ten\" and Apr. (May) and Co. \"Al\" rose.]");
  /* the first and last rows of both lists, in any case, are found */
  CHECK_SENTENCES("We saw ADM. Jones, Supt. Smith and Adm. Lee.", "[We saw ADM. Jones, Supt. Smith and Adm. Lee.]");
  CHECK_SENTENCES("Smith et al. \"Ten\" rose in YRS. \"Two\" more.", "[Smith et al. \"Ten\" rose in YRS. \"Two\" more.]");
  /* the longest title and abbreviation (six letters) still hold */
  CHECK_SENTENCES("We met Messrs. Smith and Jones at approx. noon.",
                  "[We met Messrs. Smith and Jones at approx. noon.]");
  CHECK_SENTENCES("It rose. \"Ten\" fell.", "[It rose.][\"Ten\" fell.]");
  CHECK_SENTENCES("The St. Louis office in Springfield, Ill. The mayor said so etc. and more.",
                  "[The St. Louis office in Springfield, Ill.][The mayor said so etc. and more.]");
}

/* The usual periods on_stop decides by a shortcut (after a lower-case
** word: ". The", ".\" The", ". \"The", and at the paragraph's end) give
** what the general rules give: a title never ends the sentence, an
** abbreviation ends it only before a direct capital, and a capital I, V
** or X (a possible list marker) or a token of another shape is read the
** general way. */
static void test_plain_periods(void) {
  CHECK_SENTENCES("It rose sharply. The index fell.", "[It rose sharply.][The index fell.]");
  CHECK_SENTENCES("It rose sharply.\" The index fell.", "[It rose sharply.\"][The index fell.]");
  CHECK_SENTENCES("It rose sharply. \"The index fell.", "[It rose sharply.][\"The index fell.]");
  CHECK_SENTENCES("He said \"it rose.\"", "[He said \"it rose.\"]");
  CHECK_SENTENCES("It rose a. The end.", "[It rose a.][The end.]"); /* one letter: an abbreviation */
  CHECK_SENTENCES("We met the gen. Smith came.", "[We met the gen. Smith came.]");
  CHECK_SENTENCES("We met the gen.\" Smith came.", "[We met the gen.\" Smith came.]");
  CHECK_SENTENCES("We met the gen. \"Smith came.", "[We met the gen. \"Smith came.]");
  CHECK_SENTENCES("It was at the corp. The deal closed.", "[It was at the corp.][The deal closed.]");
  CHECK_SENTENCES("It was at the corp.\" The deal closed.", "[It was at the corp.\"][The deal closed.]");
  CHECK_SENTENCES("It was at the corp. \"The deal closed.", "[It was at the corp. \"The deal closed.]");
  CHECK_SENTENCES("Steps follow. I went. Victor came. Xavier left.",
                  "[Steps follow.][I went.][Victor came.][Xavier left.]");
  CHECK_SENTENCES("Two items. I) one", "[Two items.][I) one]");
  CHECK_SENTENCES("It was well-known. It's done. The U.s. The end",
                  "[It was well-known.][It's done.][The U.s.][The end]");
  CHECK_SENTENCES("Short. A", "[Short.][A]");
}

/* A '.' between digits never ends a sentence (is_decimal_point's shortcut):
** these are what the general path decides, pinned, with a stop right after
** the number, footnote digits after a word, and a digit after white space
** for contrast. */
static void test_decimal_points(void) {
  CHECK_SENTENCES("It rose 3.5 points. Then 1.2bn fell.", "[It rose 3.5 points.][Then 1.2bn fell.]");
  CHECK_SENTENCES("Version 1.2.3 is out. It is 0.5.", "[Version 1.2.3 is out.][It is 0.5.]");
  CHECK_SENTENCES("It rose 3.5. The end.", "[It rose 3.5.][The end.]");
  CHECK_SENTENCES("It was 3.5.\nThe end.", "[It was 3.5.][The end.]");
  CHECK_SENTENCES("He was a martyr.10 Then he left.", "[He was a martyr.10][Then he left.]");
  CHECK_SENTENCES("It was 5. 5 people came.", "[It was 5. 5 people came.]");
  CHECK_SENTENCES("Now 5.5", "[Now 5.5]");
  CHECK_SENTENCES("5.5 rose. (3.5) fell! [4.2] went", "[5.5 rose. (3.5) fell! [4.2] went]");
  CHECK_SENTENCES("It rose 5.  Then 6.\u00A0It fell.", "[It rose 5.][Then 6.][It fell.]"); /* off the shortcuts */
}

static void test_numbers_and_marks(void) {
  CHECK_SENTENCES("She has $100.00. It is 3.5 times 1,000.25 percent.", "[She has $100.00.][It is 3.5 times 1,000.25 percent.]");
  CHECK_SENTENCES("Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot.",
                  "[Hello world.][Today is Tuesday.][Mr. Smith bought 1,000.][That is a lot.]");
  CHECK_SENTENCES("Mail Jane.Doe@example.com. See https://x.Example.com/a.html. Done.",
                  "[Mail Jane.Doe@example.com.][See https://x.Example.com/a.html.][Done.]");
  CHECK_SENTENCES("He said \"no.\" Then he left. \"Why?\" she asked. \"Go!\" He went.",
                  "[He said \"no.\"][Then he left.][\"Why?\" she asked.][\"Go!\"][He went.]");
  CHECK_SENTENCES("He teaches science (He worked as an engineer.) at the local University.",
                  "[He teaches science (He worked as an engineer.) at the local University.]");
  CHECK_SENTENCES("Hello!! Long time. Really?! Yes. She works at Yahoo! in the city.",
                  "[Hello!!][Long time.][Really?!][Yes.][She works at Yahoo! in the city.]");
  CHECK_SENTENCES("I never meant that.... She left. I mean...see . . . what I say is . . . I didn't.",
                  "[I never meant that....][She left.][I mean...see . . . what I say is . . . I didn't.]");
  CHECK_SENTENCES("It was a saint and martyr.[1] The emperor ruled.", "[It was a saint and martyr.[1]][The emperor ruled.]");
  CHECK_SENTENCES("The decision.\u201C However, the seats stay.", "[The decision.\u201C][However, the seats stay.]");
}

static void test_lists_and_lines(void) {
  CHECK_SENTENCES("1. The first item 2. The second item", "[1. The first item][2. The second item]");
  CHECK_SENTENCES("a) here it is b) another c) one more", "[a) here it is][b) another][c) one more]");
  CHECK_SENTENCES("\u2022 9. The first item \u2022 10. The second item", "[\u2022 9. The first item][\u2022 10. The second item]");
  CHECK_SENTENCES("As payment for 1. above, pay us.", "[As payment for 1. above, pay us.]");
  CHECK_SENTENCES("1) one 2) two 1) again", "[1) one][2) two][1) again]"); /* a list restarts */
  /* roman markers of one to four letters; longer runs, or i/v/x mixed with
  ** other letters, are words */
  CHECK_SENTENCES("(i) one (ii) two (iii) three (iv) four", "[(i) one][(ii) two][(iii) three][(iv) four]");
  CHECK_SENTENCES("vi) six vii) seven viii) eight ix) nine", "[vi) six][vii) seven][viii) eight][ix) nine]");
  CHECK_SENTENCES("(i) one xxxxi) two vim) three (ii) four", "[(i) one xxxxi) two vim) three][(ii) four]");
  CHECK_SENTENCES("a. here it is b. another. It was John A. Smith.", "[a. here it is][b. another.][It was John A. Smith.]");
  CHECK_SENTENCES("features\ncontact manager\nevents, activities\n", "[features][contact manager][events, activities]");
  CHECK_SENTENCES("It was a cold \nnight in the city.", "[It was a cold \nnight in the city.]");
  CHECK_SENTENCES("One line here\n\nanother paragraph", "[One line here][another paragraph]");
  CHECK_SENTENCES("Items: \n1. one\n2. two", "[Items:][1. one][2. two]"); /* a marker is never a wrap */
  CHECK_SENTENCES("A long line of prose that was wrapped by the sender's mail\nprogram goes on here.",
                  "[A long line of prose that was wrapped by the sender's mail\nprogram goes on here.]");
}

/* The scan between stops reads eight bytes a step and may pause at bytes
** that only look like stops ('*', 0x0E, '('): every stop is still found,
** wherever it falls in the eight. */
static void test_stops_any_offset(void) {
  for (size_t k = 0; k < 16; k++) {
    char text[160], expected[200];
    char pad[17];
    memset(pad, 'z', k);
    pad[k] = '\0';
    snprintf(text, sizeof text, "Word%s * (x) 5*3\x0E end. Next (one)! Then* more?\nLast one.\nTail", pad);
    snprintf(expected, sizeof expected, "[Word%s * (x) 5*3\x0E end.][Next (one)!][Then* more?][Last one.][Tail]", pad);
    CHECK_SENTENCES(text, expected);
  }
}

static void test_bad_input(void) {
  CHECK_SENTENCES("", "");
  CHECK_SENTENCES("   \n \u00A0 ", "");
  CHECK_SENTENCES("...", "[...]");
  CHECK_SENTENCES("\u2014 . ! ?", "[\u2014 . ! ?]");
  CHECK_SENTENCES("Done. \u201D )", "[Done. \u201D )]"); /* trailing marks join the last sentence */
  CHECK_SENTENCES("a\xFF. B\xE2\x80", "[a\xFF.][B\xE2\x80]");
  /* 100,000 unmatched quote marks and stops, and 1 MB on one line: linear */
  size_t n = 1 << 20;
  char *big = malloc(n + 1);
  for (size_t i = 0; i < n; i++) big[i] = "\".\"! x?"[i % 7];
  big[n] = '\0';
  RangeVec v = {0};
  CHECK_INT_EQ(sentences_split(big, (Range){0, n}, &v), LEDE_OK);
  CHECK(v.len > 0);
  for (size_t i = 0; i < v.len; i++) CHECK(v.items[i].start < v.items[i].end && v.items[i].end <= n);
  v.len = 0;
  memset(big, 'a', n);
  CHECK_INT_EQ(sentences_split(big, (Range){0, n}, &v), LEDE_OK);
  CHECK_INT_EQ(v.len, 1);
  vec_free(&v);
  free(big);
}


/* Fills buf with random pieces of FIXTURE_TRICKY_PIECES; deterministic. */
static size_t random_text(char *buf, size_t cap, unsigned *seed) {
  static const char *const pool[] = {FIXTURE_TRICKY_PIECES};
  return fixture_random_text(buf, cap, seed, pool, sizeof pool / sizeof pool[0]);
}

/* 20,000 random texts: sentences are non-empty, in bounds, in order, do not
** overlap and do not start or end with white space. */
static void test_random_texts(void) {
  unsigned seed = 7;
  char buf[512];
  int n_bad = 0;
  for (int round = 0; round < 20000; round++) {
    size_t n = random_text(buf, sizeof buf, &seed);
    RangeVec v = {0};
    if (sentences_split(buf, (Range){0, n}, &v) != LEDE_OK) n_bad++;
    for (size_t i = 0; i < v.len; i++) {
      Range r = v.items[i];
      bool is_ok = r.start < r.end && r.end <= n && (i == 0 || v.items[i - 1].end <= r.start);
      is_ok = is_ok && buf[r.start] != ' ' && buf[r.end - 1] != ' ' && buf[r.end - 1] != '\n';
      n_bad += !is_ok;
    }
    vec_free(&v);
  }
  CHECK_INT_EQ(n_bad, 0);
}

static void test_sentences_find(void) {
  char text[] = "Headline Here\nFirst body. Second one.\nA caption. Here.\nLast body";
  Block blocks[] = {{{0, 13}, BLOCK_TITLE}, {{14, 37}, BLOCK_BODY}, {{38, 54}, BLOCK_CAPTION}, {{55, 64}, BLOCK_BODY}};
  Article a = article_over_blocks(text, blocks, 4);
  Err err = {0};
  CHECK_INT_EQ(sentences_find(&a, &err), LEDE_OK);
  CHECK_INT_EQ(a.sentences.len, 3);
  if (a.sentences.len == 3) {
    Range r = a.sentences.items[1];
    CHECK_SPAN_EQ(text + r.start, r.end - r.start, "Second one.");
    r = a.sentences.items[2];
    CHECK_SPAN_EQ(text + r.start, r.end - r.start, "Last body");
  }
  CHECK_INT_EQ(sentences_find(&a, &err), LEDE_OK); /* re-running replaces */
  CHECK_INT_EQ(a.sentences.len, 3);
  vec_free(&a.sentences);
}

/* Renders fast and slow, the same text but for a doubled space after a
** stop in slow: the double space takes the stop off on_stop's shortcut for
** plain periods (". The", ".\" The", ". \"The") and onto the general path,
** which must decide the same (slow's sentences, their double space made
** single, are fast's). */
static void check_shortcut_matches(const char *fast, const char *slow) {
  char fast_out[4096], slow_out[4096];
  render(fast, fast_out, sizeof fast_out);
  render(slow, slow_out, sizeof slow_out);
  char *dup = strstr(slow_out, "  ");
  if (dup != NULL) memmove(dup, dup + 1, strlen(dup + 1) + 1);
  CHECK_SPAN_EQ(fast_out, strlen(fast_out), slow_out);
}

/* The shortcut reads the word before a plain period from one eight-byte
** load (plain_prev_kind8) when the sentence has eight bytes before the stop,
** and the short way otherwise; it takes a token ending in a digit, closer
** or symbol for an ordinary word, and a capital that opens no list marker
** ("It", "I said", "Xi") for a plain next word. All give what the general
** path gives, for titles, abbreviations, ordinary words of one to nine
** letters in any case, numbers and quoted words, after white space or
** glued to another character. */
static void test_plain_period_words(void) {
  static const char *const words[] = {"a", "x", "al", "it", "mr", "Mr", "MRS", "st", "gen", "Gen", "inc", "etc",
                                      "corp", "cOrP", "sept", "supt", "yrs", "approx", "messrs", "Messrs", "adm",
                                      "ab", "the", "year", "said", "today", "tenns", "weekend", "approxim",
                                      "yesterday", "fr", "nos", "vs", "viz", "wyo", "zz", "2014", "5%", "x-",
                                      "(Reuters)", "\"deal\"", "players'", "1,000", "[1]", "a]", "U.S", "E",
                                      "\u00E9t\u00E9", "x.", "x?", "x!", "x ", "$"};
  static const char *const befores[] = {"", "(", "-", "\u00E9", "3", "'", ".", "U.", "\""};
  static const char *const prefixes[] = {"", "It was the ", "Then"};
  static const char *const afters[][2] = {
      {" The end.", "  The end."}, {"\" The end.", "\"  The end."}, {" \"The end.", "  \"The end."}, {" I) one", "  I) one"},
      {" It rose.", "  It rose."}, {" I said.", "  I said."}, {"\" Xi said.", "\"  Xi said."},
      {" Iv) four v) five", "  Iv) four v) five"}, {" Vi) six vii) seven", "  Vi) six vii) seven"},
      {" A) one b) two", "  A) one b) two"}, {" A man.", "  A man."},
      /* the next sentence, which the shortcut starts already trimmed, opens
      ** with a token its own stop must look back at */
      {" Mr. Smith came.", "  Mr. Smith came."}, {" U.S. The end.", "  U.S. The end."},
      {" E. Smith came.", "  E. Smith came."}, {" Gen.\" Smith.", "  Gen.\" Smith."},
      {" \"Inc. The end.", "  \"Inc. The end."}, {" It. I) one", "  It. I) one"}};
  char fast[256], slow[256];
  for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
    for (size_t b = 0; b < sizeof befores / sizeof befores[0]; b++)
      for (size_t p = 0; p < sizeof prefixes / sizeof prefixes[0]; p++)
        for (size_t a = 0; a < sizeof afters / sizeof afters[0]; a++) {
          snprintf(fast, sizeof fast, "%s%s%s.%s", prefixes[p], befores[b], words[w], afters[a][0]);
          snprintf(slow, sizeof slow, "%s%s%s.%s", prefixes[p], befores[b], words[w], afters[a][1]);
          check_shortcut_matches(fast, slow);
        }
  /* the load's verdicts pinned: a title holds, a letter or an abbreviation
  ** ends the sentence before a direct capital, a long word always */
  CHECK_SENTENCES("It was said by the gen. Smith.", "[It was said by the gen. Smith.]");
  CHECK_SENTENCES("It was said by the x. Smith.", "[It was said by the x.][Smith.]");
  CHECK_SENTENCES("It was said by the corp. Smith.", "[It was said by the corp.][Smith.]");
  CHECK_SENTENCES("It was said by the corp. \"Smith.", "[It was said by the corp. \"Smith.]");
  CHECK_SENTENCES("It was said by the weekend. \"Smith.", "[It was said by the weekend.][\"Smith.]");
}

/* scan_find_stops against scan_is_stop_byte, byte by byte, from every start
** and to every end over texts that put each kind of byte at every offset of
** the 32-, 16- and 8-byte steps; scan_stops8 (the path of hosts without
** SSE2) against it too. */
static void test_find_stops(void) {
  static const char kinds[] = {'.', '!', '?', '\n', '\t', '/', '>', (char)0xC3, (char)0x80, 'a', ' ', ',', '-', '0',
                               'N', '"', '\'', '>' + 1, '.' - 1, '?' + 1, 0x1F, 0x20, 0x7F, 0x2F + 0x10};
  char text[96];
  unsigned seed = 11;
  int n_bad = 0;
  for (int round = 0; round < 400; round++) {
    for (size_t i = 0; i < sizeof text; i++) { /* mostly letters, a few of the kinds */
      seed = seed * 1103515245u + 12345u;
      unsigned r = seed >> 16;
      text[i] = r % 8 == 0 ? kinds[(r >> 3) % sizeof kinds] : (char)('a' + r % 26);
    }
    for (size_t b = 0; b < 40; b++)
      for (size_t e = b; e <= sizeof text; e += 7) {
        size_t want = b;
        while (want < e && !scan_is_stop_byte((unsigned char)text[want])) want++;
        n_bad += scan_find_stops(text, b, e) != want;
      }
    for (size_t i = 0; i + 8 <= sizeof text; i++) {
      uint64_t hit = scan_stops8(scan_load8(text + i));
      for (size_t k = 0; k < 8; k++) n_bad += ((hit >> (8 * k + 7)) & 1) != scan_is_stop_byte((unsigned char)text[i + k]);
    }
  }
  CHECK_INT_EQ(n_bad, 0);
  /* the bytes it takes, pinned */
  static const char takes[] = {'.', '!', '?', '\n', '\t', '/', '>', (char)0x80, (char)0xFF, 0x01};
  static const char passes[] = {'a', 'Z', ' ', ',', '-', '0', '"', '\'', '=', '@', 0x7F, '(', ':', '{'};
  for (size_t i = 0; i < sizeof takes; i++) CHECK(scan_is_stop_byte((unsigned char)takes[i]));
  for (size_t i = 0; i < sizeof passes; i++) CHECK(!scan_is_stop_byte((unsigned char)passes[i]));
}

/* A paragraph whose last byte is ASCII and not white space ends its last
** sentence by the shortcut (emit_after_mark); with a space after it, by the
** general emit, which trims the space (no case here reads "5. " or "x) "
** as a list marker, which the space would make). Both give the same sentences, with
** or without white space or a list marker before them, for endings after
** a stop, a closer, a word, a digit, a lone mark. */
static void test_paragraph_end(void) {
  static const char *const openings[] = {"", " ", "  \u00A0", "Done, ", "1. ", "a) x\n", "\u2014 "};
  static const char *const bodies[] = {"It rose", "x", "It rose. Then", "\u00E9t\u00E9", "5", "It rose.\n"};
  static const char *const endings[] = {"", ".", "!", "?\"", ")", "5", "%", "\u201D", "...", "-", "a"};
  char fast[128], slow[136], fast_out[1024], slow_out[1024];
  for (size_t o = 0; o < sizeof openings / sizeof openings[0]; o++)
    for (size_t b = 0; b < sizeof bodies / sizeof bodies[0]; b++)
      for (size_t e = 0; e < sizeof endings / sizeof endings[0]; e++) {
        snprintf(fast, sizeof fast, "%s%s%s", openings[o], bodies[b], endings[e]);
        snprintf(slow, sizeof slow, "%s ", fast);
        render(fast, fast_out, sizeof fast_out);
        render(slow, slow_out, sizeof slow_out);
        CHECK_SPAN_EQ(fast_out, strlen(fast_out), slow_out);
      }
  CHECK_SENTENCES("  It rose.", "[It rose.]");
  CHECK_SENTENCES("It rose. Then x", "[It rose.][Then x]");
}

int main(void) {
  test_news_paragraphs();
  test_abbreviations();
  test_plain_periods();
  test_numbers_and_marks();
  test_decimal_points();
  test_lists_and_lines();
  test_stops_any_offset();
  test_bad_input();
  test_random_texts();
  test_sentences_find();
  test_plain_period_words();
  test_find_stops();
  test_paragraph_end();
  return CHECK_DONE();
}

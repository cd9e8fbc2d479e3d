/*
** test_entity.c — tests for entity.c and the word tables and scanner of
** wordlists.c: table order and hashing, the word scanner, entity typing,
** titles, clustering (surnames, acronyms, aliases) and bad input. Seed
** articles under $LEDE_SHARED/seeds are checked when present.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "fixture.h"
#include "entity.h"
#include "wordlists.h"

/* ---- helpers ---------------------------------------------------------------- */

/* An Article over text (see article_from_lines) with its entities found,
** which is checked to succeed; release it with article_release_lines. */
static Article with_entities(const char *text) {
  Article a = article_from_lines(text);
  CHECK_INT_EQ(entities_find(&a, NULL), LEDE_OK);
  return a;
}

/* with_entities on the text of template fmt with its one %s replaced by
** word (the table-driven tests: a word put before or after a name),
** written in the caller's text[size], which the Article borrows: it must
** outlive it. */
static Article with_entities_around(char *text, size_t size, const char *fmt, const char *word) {
  snprintf(text, size, fmt, word);
  return with_entities(text);
}

/* Index of the entity named `name`, or -1. */
static long find_entity(const Article *a, const char *name) {
  for (size_t i = 0; i < a->entities.len; i++)
    if (range_is(a, a->entities.items[i].name, name)) return (long)i;
  return -1;
}

/* Index of the entity with a mention written `text`, or -1. */
static long entity_of_mention(const Article *a, const char *text) {
  for (size_t i = 0; i < a->mentions.len; i++)
    if (range_is(a, a->mentions.items[i].r, text)) return (long)a->mentions.items[i].entity;
  return -1;
}

/* Mentions of entity ent in a. */
static size_t mentions_of(const Article *a, long ent) {
  size_t n = 0;
  for (size_t i = 0; i < a->mentions.len; i++) n += (long)a->mentions.items[i].entity == ent;
  return n;
}

/* The entity the mention written `one` links to, checked to exist and to
** be the one the mention written `other` links to; a failure names both. */
static long same_entity(const Article *a, const char *one, const char *other) {
  long e = entity_of_mention(a, one), e_other = entity_of_mention(a, other);
  if (e < 0 || e != e_other) fprintf(stderr, "\"%s\": %ld, \"%s\": %ld\n", one, e, other, e_other);
  CHECK(e >= 0);
  CHECK_INT_EQ(e, e_other);
  return e;
}

static int type_of(const Article *a, const char *name) {
  long e = find_entity(a, name);
  return e < 0 ? -1 : (int)a->entities.items[e].type;
}

/* ---- tables and scanner ------------------------------------------------------ */

static void test_tables_sorted_and_hashed(void) {
  for (int k = 0; k < WL_KIND_COUNT; k++) {
    size_t n;
    const char *const *t = wl_table((WlKind)k, &n);
    CHECK(n > 0);
    for (size_t i = 0; i + 1 < n; i++) {
      int order = wl_cmp((Span){t[i], strlen(t[i])}, t[i + 1]);
      if (order >= 0) fprintf(stderr, "table %d out of order at \"%s\"\n", k, t[i]);
      CHECK(order < 0);
    }
    for (size_t i = 0; i < n; i++) {
      bool found = wl_has((WlKind)k, (Span){t[i], strlen(t[i])});
      if (!found) fprintf(stderr, "table %d: \"%s\" not found\n", k, t[i]);
      CHECK(found);
    }
  }
  CHECK(wl_has(WL_CUE, SPAN_LIT("Said")));
  CHECK(wl_has(WL_PLACE, SPAN_LIT("New York")));
  CHECK(!wl_has(WL_PLACE, SPAN_LIT("Narnia")));
  /* wl_kinds: up to 16 bytes through wordtab.c's index, longer words
  ** through wordlists.c's own table, either way case-blind */
  CHECK(wl_kinds(SPAN_LIT("SAID")) & (1u << WL_CUE));
  CHECK(wl_kinds(SPAN_LIT("Secretary-General")) & (1u << WL_TITLE));
  CHECK_INT_EQ(wl_kinds(SPAN_LIT("Secretary-Generals")), 0);
  CHECK_INT_EQ(wl_kinds(SPAN_LIT("")), 0);
  CHECK(wl_acronym(SPAN_LIT("US")) != NULL);
  CHECK(wl_acronym(SPAN_LIT("us")) == NULL);
}

static void test_scanner(void) {
  const char *s = "U.S. Kerry’s Ki-Moon al-Assad's 2016 rock’n";
  size_t len = strlen(s);
  Word w;
  CHECK(lex_next_word(s, len, 0, &w));
  CHECK_SPAN_EQ(s + w.start, w.end - w.start, "U.S.");
  CHECK(w.flags & WORD_DOTTED);
  CHECK(lex_next_word(s, len, w.next, &w));
  CHECK_SPAN_EQ(s + w.start, w.end - w.start, "Kerry");
  CHECK(w.flags & WORD_POSS);
  CHECK(lex_next_word(s, len, w.next, &w));
  CHECK_SPAN_EQ(s + w.start, w.end - w.start, "Ki-Moon");
  CHECK(lex_next_word(s, len, w.next, &w));
  CHECK_SPAN_EQ(s + w.start, w.end - w.start, "al-Assad");
  CHECK(w.flags & WORD_LOWER);
  CHECK(lex_next_word(s, len, w.next, &w));
  CHECK(w.flags & WORD_DIGIT);
  CHECK(lex_next_word(s, len, w.next, &w));
  CHECK_SPAN_EQ(s + w.start, w.end - w.start, "rock’n");
  CHECK(!lex_next_word(s, len, w.next, &w));
  CHECK(!lex_next_word("", 0, 0, &w));
  CHECK(!lex_next_word(" -- ... ", 8, 0, &w));
}

/* ---- typing and titles -------------------------------------------------------- */

/* Lines from seed 000, where titles, org heads and places do the typing. */
static void test_seed000_lines(void) {
  Article a;
  a = with_entities(
      "The French Foreign Minister, Jean-Marc Ayrault, said that the bombing of Aleppo "
      "constituted war crimes, and that he would ask the International Criminal Court’s "
      "prosecutor to investigate, according to Reuters.\n"
      "United Nations Secretary-General Ban Ki-Moon\u00a0also reiterated his call for the "
      "UN Security Council to refer the case to the ICC. A similar request was blocked in "
      "2014 by Russia and China, but Ban said the council should try again\n"
      "Russian Foreign Ministry spokeswoman Maria Zakharavoa responded by saying so.\n"
      "This weekend, a resolution proposed by France at the United Nations Security Council "
      "that would force Russia to stop bombing East Aleppo was rejected.\n"
      "U.S. Secretary of State John Kerry also called for an investigation on Friday.\n"
      "“These are acts,” Kerry said.\n");
  CHECK_INT_EQ(type_of(&a, "Jean-Marc Ayrault"), ENTITY_PERSON);
  long ayrault = find_entity(&a, "Jean-Marc Ayrault");
  CHECK(ayrault >= 0 && range_is(&a, a.entities.items[ayrault].title, "French Foreign Minister"));
  CHECK_INT_EQ(type_of(&a, "International Criminal Court"), ENTITY_ORGANIZATION);
  CHECK_INT_EQ(entity_of_mention(&a, "ICC"), find_entity(&a, "International Criminal Court"));
  CHECK_INT_EQ(type_of(&a, "Reuters"), ENTITY_ORGANIZATION);
  CHECK_INT_EQ(type_of(&a, "Ban Ki-Moon"), ENTITY_PERSON);
  CHECK_INT_EQ(entity_of_mention(&a, "Ban"), find_entity(&a, "Ban Ki-Moon"));
  CHECK_INT_EQ(type_of(&a, "United Nations"), ENTITY_ORGANIZATION);
  /* "UN Security Council" (first, as long as the spelled-out form) names the cluster */
  long council = find_entity(&a, "UN Security Council");
  CHECK(council >= 0);
  CHECK_INT_EQ(entity_of_mention(&a, "United Nations Security Council"), council);
  CHECK_INT_EQ(type_of(&a, "Russian Foreign Ministry"), ENTITY_ORGANIZATION);
  CHECK_INT_EQ(type_of(&a, "Maria Zakharavoa"), ENTITY_PERSON);
  long zak = find_entity(&a, "Maria Zakharavoa");
  CHECK(zak >= 0 && range_is(&a, a.entities.items[zak].title, "spokeswoman"));
  CHECK_INT_EQ(type_of(&a, "France"), ENTITY_PLACE);
  CHECK_INT_EQ(type_of(&a, "East Aleppo"), ENTITY_PLACE);
  CHECK_INT_EQ(type_of(&a, "China"), ENTITY_PLACE);
  long kerry = find_entity(&a, "John Kerry");
  CHECK(kerry >= 0 && a.entities.items[kerry].type == ENTITY_PERSON);
  CHECK(kerry >= 0 && range_is(&a, a.entities.items[kerry].title, "U.S. Secretary of State"));
  CHECK_INT_EQ(entity_of_mention(&a, "Kerry"), kerry);
  /* U.S. is the United States, named by its canonical form */
  long us = entity_of_mention(&a, "U.S.");
  CHECK(us >= 0 && a.entities.items[us].type == ENTITY_PLACE &&
        a.entities.items[us].canon != NULL &&
        strcmp(a.entities.items[us].canon, "United States") == 0);
  /* no sentence-initial or title words as entities */
  CHECK_INT_EQ(entity_of_mention(&a, "This"), -1);
  CHECK_INT_EQ(entity_of_mention(&a, "Friday"), -1);
  CHECK_INT_EQ(entity_of_mention(&a, "French"), -1);
  CHECK_INT_EQ(entity_of_mention(&a, "Secretary"), -1);
  CHECK_INT_EQ(entity_of_mention(&a, "These"), -1);
  for (size_t i = 1; i < a.mentions.len; i++)
    CHECK(a.mentions.items[i - 1].r.start <= a.mentions.items[i].r.start);
  article_release_lines(&a);
}

/* Seeds 001-004: appositives, lower-case heads, aliases, particles. */
static void test_seed_other_lines(void) {
  Article a;
  a = with_entities(
      "Gen. Igor Konashenkov, a Russian Defense Ministry spokesman, said in a statement.\n"
      "The Obama administration said the airstrike was meant to target the Islamic State.\n"
      "US warplanes targeted a Syrian army base on Al-Tharda mountain.\n"
      "Staffan de Mistura, the UN’s special envoy, appealed for fighters from the rebel "
      "group Jabhat Fateh al-Sham – formerly known as the Nusra Front – to leave.\n"
      "Mr de Mistura said only about 900 fighters were members.\n"
      "The United Nations (UN) has predicted opposition-held Aleppo could be destroyed.\n"
      "Russia's Foreign Ministry responded, saying it saw legal consequences, Interfax news "
      "agency reported.\n"
      "A major ally of Bashar al Assad, Russia has been carrying out air strikes in the "
      "eastern Mediterranean.\n"
      "Moscow responded, with Foreign Ministry spokeswoman Maria Zakharova telling a Russian "
      "TV channel that there were consequences.\n");
  CHECK_INT_EQ(type_of(&a, "Igor Konashenkov"), ENTITY_PERSON);
  CHECK_INT_EQ(type_of(&a, "Russian Defense Ministry"), ENTITY_ORGANIZATION);
  CHECK_INT_EQ(type_of(&a, "Obama administration"), ENTITY_ORGANIZATION);
  CHECK_INT_EQ(type_of(&a, "Obama"), ENTITY_PERSON); /* gold lists him too */
  CHECK_INT_EQ(type_of(&a, "Islamic State"), ENTITY_ORGANIZATION);
  CHECK_INT_EQ(type_of(&a, "Syrian army"), ENTITY_ORGANIZATION);
  CHECK_INT_EQ(type_of(&a, "Al-Tharda mountain"), ENTITY_PLACE);
  CHECK_INT_EQ(type_of(&a, "Staffan de Mistura"), ENTITY_PERSON);
  CHECK_INT_EQ(entity_of_mention(&a, "de Mistura"), find_entity(&a, "Staffan de Mistura"));
  CHECK_INT_EQ(type_of(&a, "Jabhat Fateh al-Sham"), ENTITY_ORGANIZATION);
  CHECK_INT_EQ(entity_of_mention(&a, "Nusra Front"), find_entity(&a, "Jabhat Fateh al-Sham"));
  CHECK_INT_EQ(entity_of_mention(&a, "UN"), find_entity(&a, "United Nations"));
  CHECK_INT_EQ(type_of(&a, "Interfax"), ENTITY_ORGANIZATION);
  CHECK_INT_EQ(type_of(&a, "Russia's Foreign Ministry"), ENTITY_ORGANIZATION);
  CHECK_INT_EQ(type_of(&a, "Bashar al Assad"), ENTITY_PERSON);
  CHECK_INT_EQ(type_of(&a, "eastern Mediterranean"), ENTITY_PLACE);
  CHECK_INT_EQ(type_of(&a, "Maria Zakharova"), ENTITY_PERSON);
  CHECK_INT_EQ(entity_of_mention(&a, "Russian TV"), -1);
  CHECK_INT_EQ(type_of(&a, "Russia"), ENTITY_PLACE);
  CHECK_INT_EQ(entity_of_mention(&a, "Mr"), -1);
  article_release_lines(&a);
}

/* Place heads, event heads, place-led runs and place context (GUM-style
** Wikinews sentences). */
static void test_places_and_events(void) {
  Article a;
  a = with_entities(
      "The team won a medal at the FIRST Global Challenge Robot Olympics in Mexico City.\n"
      "According to Afghan Ambassador to the United States Hamdullah Mohib, the team is proud.\n"
      "The boy lives in Irving, Texas, and studies in Herat.\n"
      "The Council met on Monday.\n");
  CHECK_INT_EQ(type_of(&a, "FIRST Global Challenge Robot Olympics"), ENTITY_OTHER);
  CHECK_INT_EQ(type_of(&a, "Mexico City"), ENTITY_PLACE);
  CHECK_INT_EQ(type_of(&a, "United States"), ENTITY_PLACE);
  CHECK_INT_EQ(type_of(&a, "Hamdullah Mohib"), ENTITY_PERSON);
  CHECK_INT_EQ(type_of(&a, "Irving"), ENTITY_PLACE);
  CHECK_INT_EQ(type_of(&a, "Texas"), ENTITY_PLACE);
  CHECK_INT_EQ(type_of(&a, "Herat"), ENTITY_PLACE);
  CHECK_INT_EQ(entity_of_mention(&a, "Council"), -1);
  article_release_lines(&a);
  /* a date ends a name; "May" stays a surname */
  a = with_entities("A medic holds a child in Aleppo, Syria October 4, 2016.\n"
                    "British Prime Minister Theresa May said she agreed.\n");
  CHECK_INT_EQ(type_of(&a, "Syria"), ENTITY_PLACE);
  CHECK_INT_EQ(entity_of_mention(&a, "Syria October"), -1);
  CHECK_INT_EQ(type_of(&a, "Theresa May"), ENTITY_PERSON);
  article_release_lines(&a);
}

/* A surname after "in" with a possessive is no place ("in Rothko's late
** work": the work is where), so it still links to the full name; a short
** form in capitals spells an expansion before it opens a person's name;
** "X of Y" after an organisation head is one name. */
static void test_links_of_short_forms(void) {
  Article a = with_entities(
      "The painter Mark Rothko worked in New York for decades.\n"
      "Critics saw a new depth in Rothko's late work, and the show of Rothko closed.\n"
      "Students at the University of Northern Ohio saw it. UNO Art Collections lent two works.\n"
      "The works went back to UNO in June.\n");
  long rothko = find_entity(&a, "Mark Rothko");
  CHECK(rothko >= 0);
  CHECK_INT_EQ(entity_of_mention(&a, "Rothko"), rothko);
  long uno = find_entity(&a, "University of Northern Ohio");
  CHECK(uno >= 0);
  CHECK_INT_EQ(entity_of_mention(&a, "UNO"), uno);
  article_release_lines(&a);
  /* "of" joins after an organisation head: churches, clubs, municipalities */
  a = with_entities("Officials of the Church of Mercy met lawyers of the Municipality of Genoa.\n"
                    "The Club of Rome agreed.\n");
  CHECK_INT_EQ(type_of(&a, "Church of Mercy"), ENTITY_ORGANIZATION);
  CHECK_INT_EQ(type_of(&a, "Municipality of Genoa"), ENTITY_ORGANIZATION);
  CHECK_INT_EQ(type_of(&a, "Club of Rome"), ENTITY_ORGANIZATION);
  article_release_lines(&a);
}

/* Checks that text has an entity named name and that the mentions written
** as mentions[] (up to NULL) link to it; a failure names the mention. */
static void check_mentions_of(const char *text, const char *name, const char *const *mentions) {
  Article a = with_entities(text);
  long e = find_entity(&a, name);
  CHECK(e >= 0);
  for (; *mentions != NULL; mentions++) {
    long got = entity_of_mention(&a, *mentions);
    if (got != e) fprintf(stderr, "\"%s\" is no mention of \"%s\"\n", *mentions, name);
    CHECK_INT_EQ(got, e);
  }
  article_release_lines(&a);
}

/* A name's spaces are found from a bit mask when its key has at most 64
** bytes and byte by byte past that: both ways link the surname, the last
** two words and the first name alike. */
static void test_links_past_64_bytes(void) {
  static const char *const names[] = {
      "Hamdullah Mohib",
      "Aaaaaaaaaa Bbbbbbbbbb Cccccccccc Dddddddddd Eeeeeeeeee Fff Mohib",  /* 64 bytes */
      "Aaaaaaaaaa Bbbbbbbbbb Cccccccccc Dddddddddd Eeeeeeeeee Ffff Mohib", /* 65 */
      "Aaaaaaaaaa Bbbbbbbbbb Cccccccccc Dddddddddd Eeeeeeeeee Ffffffffff Gggggggggg Mohib",
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    const char *two_last = strrchr(names[i], ' ') - 1;
    while (two_last > names[i] && *two_last != ' ') two_last--;
    char text[400], first[32];
    snprintf(first, sizeof first, "%.*s", (int)(strchr(names[i], ' ') - names[i]), names[i]);
    snprintf(text, sizeof text, "The envoy %s met them on Monday.\nLater Mohib spoke, and %s did.\n", names[i],
             first);
    check_mentions_of(text, names[i], (const char *const[]){"Mohib", first, NULL});
    if (two_last <= names[i]) continue;
    /* the last two words ("Fff Mohib") name the person too */
    snprintf(text, sizeof text, "The envoy %s met them on Monday.\nLater %s spoke.\n", names[i], two_last + 1);
    check_mentions_of(text, names[i], (const char *const[]){two_last + 1, NULL});
  }
}

/* A name's key is built from the words the scan lexed: an acronym before a
** possessive still expands ("ISIS's" is the Islamic State), and a name
** widened over a possessive place keeps both words. */
static void test_keys_from_scanned_words(void) {
  Article a = with_entities(
      "The ISIS's fighters left, a leader of the Islamic State said.\n"
      "Russia's Foreign Ministry said it would reply. The Foreign Ministry did.\n");
  same_entity(&a, "ISIS", "Islamic State");
  same_entity(&a, "Russia's Foreign Ministry", "Foreign Ministry");
  article_release_lines(&a);
  /* keys fold case, word by word: written in capitals, a name is the same */
  a = with_entities("Envoy Staffan de Mistura met them on Monday.\n"
                    "Later STAFFAN DE MISTURA and Staffan de Mistura spoke again.\n");
  same_entity(&a, "Staffan de Mistura", "STAFFAN DE MISTURA");
  article_release_lines(&a);
  /* a plain word of 15 letters (the longest number_lex takes as plain:
  ** copied as two eight-byte words) and a longer one (lexed again) fold
  ** alike, and the word after the long plain one follows it in the key */
  a = with_entities("Envoy Karl Wolfeschlegelsteinhausen met Anna Mecklenburgerin Smith.\n"
                    "Later KARL WOLFESCHLEGELSTEINHAUSEN and ANNA MECKLENBURGERIN SMITH spoke.\n");
  long karl = same_entity(&a, "Karl Wolfeschlegelsteinhausen", "KARL WOLFESCHLEGELSTEINHAUSEN");
  long anna = same_entity(&a, "Anna Mecklenburgerin Smith", "ANNA MECKLENBURGERIN SMITH");
  CHECK(anna != karl);
  article_release_lines(&a);
}

/* A lone first word links to the one person whose name it opens, unless
** it is a common given name, which many people share. */
static void test_first_names(void) {
  Article a = with_entities("John Kerry met Hamdullah Mohib in Kabul on Monday.\n"
                            "Later the envoy said Hamdullah had agreed, and John said so too.\n");
  long mohib = find_entity(&a, "Hamdullah Mohib"), kerry = find_entity(&a, "John Kerry");
  CHECK(mohib >= 0 && kerry >= 0);
  CHECK_INT_EQ(entity_of_mention(&a, "Hamdullah"), mohib);
  CHECK(entity_of_mention(&a, "John") != kerry);
  article_release_lines(&a);
}

/* Literal words are matched case-blind ("Regime" as "regime"), and an
** abbreviation's period opens no sentence: "Dr. Hamdullah" after it is no
** lone sentence-initial word. */
static void test_literal_words(void) {
  Article a = with_entities("The Syrian regime denied it. The Syrian Regime said more.\n"
                            "The Syrian government said so. The Syrian regime's army left.\n"
                            "Officials met Dr. Hamdullah and Dr. Hamdullah left.\n");
  long syria = same_entity(&a, "Syrian government", "Syrian regime");
  CHECK_INT_EQ(entity_of_mention(&a, "Syrian Regime"), syria);
  /* a possessive "regime's" is a word the lexer left to this stage */
  CHECK_INT_EQ(mentions_of(&a, syria), 4);
  CHECK(entity_of_mention(&a, "Hamdullah") >= 0);
  article_release_lines(&a);
  /* the period of a table abbreviation keeps its title in the name */
  a = with_entities("Officials said Gen. Igor Konashenkov spoke.\n");
  long gen = find_entity(&a, "Igor Konashenkov");
  CHECK(gen >= 0 && range_is(&a, a.entities.items[gen].title, "Gen"));
  article_release_lines(&a);
}

/* Literal words are matched whole, as a length and the letters in one
** test: "in", "near" and "outside" before a name are place evidence, their
** longer or shorter look-alikes none; "of" is left out of an
** organisation's initials, "fort" and "thea" are not. */
static void test_literal_words_whole(void) {
  static const struct {
    const char *before;
    int type;
  } cases[] = {
      {"in", ENTITY_PLACE},       {"In", ENTITY_PLACE},     {"near", ENTITY_PLACE},
      {"outside", ENTITY_PLACE},  {"inn", ENTITY_OTHER},    {"nearer", ENTITY_OTHER},
      {"outsider", ENTITY_OTHER}, {"ne", ENTITY_OTHER},     {"outsid", ENTITY_OTHER},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char text[128];
    Article a = with_entities_around(text, sizeof text, "They stayed %s Zorbakistan for a week.\n", cases[i].before);
    int t = type_of(&a, "Zorbakistan");
    if (t != cases[i].type) fprintf(stderr, "before \"%s\"\n", cases[i].before);
    CHECK_INT_EQ(t, cases[i].type);
    article_release_lines(&a);
  }
  Article a = with_entities("Delegates of the Andes Fort Union met Thea Oder Union staff.\n"
                            "Later AFU and TOU said so, and the Union of Baltic Trade did.\n"
                            "Then UBT agreed.\n");
  same_entity(&a, "AFU", "Andes Fort Union");
  same_entity(&a, "TOU", "Thea Oder Union");
  same_entity(&a, "UBT", "Union of Baltic Trade");
  article_release_lines(&a);
}

/* Headline-style clutter and sentence-initial capitals are no entities. */
static void test_clutter(void) {
  Article a;
  a = with_entities("Read More: UN Suspends All Aid Convoys to Syria After Deadly Airstrike Attack\n"
                    "Advertisement\n"
                    "However, officials disagreed. Meanwhile the talks went on.\n"
                    "Brafman noted the facts. Later, Brafman said more.\n"
                    "Officials said nothing. Analysts disagreed.\n");
  CHECK_INT_EQ(entity_of_mention(&a, "Suspends"), -1);
  CHECK_INT_EQ(entity_of_mention(&a, "Aid Convoys"), -1);
  CHECK_INT_EQ(entity_of_mention(&a, "Advertisement"), -1);
  CHECK_INT_EQ(entity_of_mention(&a, "However"), -1);
  CHECK_INT_EQ(entity_of_mention(&a, "Meanwhile"), -1);
  /* a sentence-initial name followed by a speech verb is kept */
  CHECK(entity_of_mention(&a, "Brafman") >= 0);
  CHECK_INT_EQ(entity_of_mention(&a, "Officials"), -1);
  CHECK_INT_EQ(entity_of_mention(&a, "Analysts"), -1);
  article_release_lines(&a);
  /* a title-case headline with a quote is no single name; a surname that only
  ** ever opens sentences (and never occurs in lower case) is kept */
  a = with_entities("John Leguizamo On How U.S. History Makes Latinos Feel \u201cInvisible.\u201d\n"
                    "McConnell was quick to embrace the mogul. McConnell went home.\n"
                    "Voters came early. Voters left late. Many voters stayed.\n");
  CHECK(find_entity(&a, "John Leguizamo") >= 0);
  CHECK_INT_EQ(entity_of_mention(&a, "John Leguizamo On How U.S. History Makes Latinos Feel"), -1);
  CHECK(entity_of_mention(&a, "McConnell") >= 0);
  CHECK_INT_EQ(entity_of_mention(&a, "Voters"), -1);
  article_release_lines(&a);
  /* a line that no sentence punctuation ends is clutter only when most of
  ** its longer words are capitalised */
  a = with_entities("Officials said that John Kerry would arrive in the city later today\n"
                    "Kerry Calls For War Crimes Probe Into Syria Strikes\n");
  CHECK(entity_of_mention(&a, "John Kerry") >= 0);
  CHECK_INT_EQ(entity_of_mention(&a, "Kerry Calls For War Crimes Probe Into Syria Strikes"), -1);
  CHECK_INT_EQ(entity_of_mention(&a, "Syria Strikes"), -1);
  CHECK_INT_EQ(entity_of_mention(&a, "Syria"), -1);
  article_release_lines(&a);
  /* such a word is a name only when it never occurs in lower case, in a
  ** block before it or after it alike */
  static const char *const lower_before[] = {
      "The town has a brightwater pond.\nBrightwater voted. Brightwater won.\n",
      "Brightwater voted. Brightwater won.\nThe town has a brightwater pond.\n",
      "Brightwater voted. Brightwater won.\nThe town has a BRIGHTWATER pond.\n",
  };
  for (size_t i = 0; i < 3; i++) {
    a = with_entities(lower_before[i]);
    CHECK_INT_EQ(entity_of_mention(&a, "Brightwater") >= 0, i == 2);
    article_release_lines(&a);
  }
}

/* Empty text, no letters, a huge single line, marks only: no crash, linear. */
static void test_bad_input(void) {
  Article a;
  a = with_entities("");
  CHECK_INT_EQ(a.entities.len, 0);
  article_release_lines(&a);
  a = with_entities("12 34 -- ... !!! \"\" ’’\n\n\n");
  CHECK_INT_EQ(a.entities.len, 0);
  article_release_lines(&a);

  size_t n = 8u << 20;
  char *big = malloc(n + 1);
  for (size_t i = 0; i < n; i++) big[i] = "Abc Def, ghi Jkl. "[i % 18];
  big[n] = '\0';
  a = article_from_lines(big);
  clock_t t0 = clock();
  CHECK_INT_EQ(entities_find(&a, NULL), LEDE_OK);
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  CHECK(a.mentions.len > 100000);
  CHECK(secs < 20.0);
  article_release_lines(&a);
  for (size_t i = 0; i < n; i++) big[i] = 'A'; /* one 8 MB capitalised word */
  a = with_entities(big);
  article_release_lines(&a);
  free(big);

  /* a block past the text end is ignored */
  a = article_from_lines("John Kerry spoke.");
  a.blocks.items[0].r.end = a.len + 10;
  CHECK_INT_EQ(entities_find(&a, NULL), LEDE_OK);
  CHECK_INT_EQ(a.entities.len, 0);
  article_release_lines(&a);
}

/* Only body blocks count. */
static void test_only_body(void) {
  Article a;
  a = article_from_lines("By Colleen Curry\nJohn Kerry spoke in Moscow.");
  a.blocks.items[0].kind = BLOCK_BYLINE;
  CHECK_INT_EQ(entities_find(&a, NULL), LEDE_OK);
  CHECK_INT_EQ(entity_of_mention(&a, "Colleen Curry"), -1);
  CHECK(find_entity(&a, "John Kerry") >= 0);
  CHECK_INT_EQ(type_of(&a, "Moscow"), ENTITY_PLACE);
  CHECK_SPAN_EQ(entity_type_names[ENTITY_ORGANIZATION], strlen(entity_type_names[1]),
                "organization");
  article_release_lines(&a);
}

/* ---- seeds ---------------------------------------------------------------- */

/* Every person of the gold lists (seeds.json "people", as spelled in the
** text) comes out as a person entity of its file. */
static void test_seed_files(void) {
  static const struct {
    const char *file;
    const char *people[6];
    const char *places[4];
  } cases[] = {
      {"000_f5c1237fb4dadb5b.txt",
       {"Jean-Marc Ayrault", "Ban Ki-Moon", "Maria Zakharavoa", "John Kerry"},
       {"France", "Aleppo", "China", "Syria"}},
      {"001_f198e9af24b5b421.txt",
       {"John Kerry", "Laurent Fabius", "Bashar al-Assad", "Igor Konashenkov"},
       {"Moscow", "Tartus", "Al-Tharda mountain", "Russia"}},
      {"002_3c658fc30fc5dd6a.txt",
       {"John Kerry", "Jean-Marc Ayrault", "Staffan de Mistura", "Sergei Lavrov"},
       {"Washington", "Eastern Aleppo", "Moscow", "Syria"}},
      {"003_7cbff870a8b05fb5.txt",
       {"John Kerry", "Maria Zakharova", "Igor Konashenkov", "Gennady Gatilov"},
       {"Iraq", "Libya", "Yemen", "eastern Mediterranean"}},
      {"004_a766c5a06c674e96.txt",
       {"John Kerry", "Vladimir Putin", "Staffan de Mistura", "Sergei Lavrov"},
       {"Moscow", "eastern Aleppo", "France", "Aleppo"}},
  };
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    char *text = fixture_seed(cases[c].file, NULL);
    CHECK(text != NULL);
    if (text == NULL) continue;
    Article a;
    a = with_entities(text);
    for (size_t p = 0; p < 6 && cases[c].people[p] != NULL; p++) {
      int t = type_of(&a, cases[c].people[p]);
      if (t != ENTITY_PERSON)
        fprintf(stderr, "%s: person %s: type %d\n", cases[c].file, cases[c].people[p], t);
      CHECK_INT_EQ(t, ENTITY_PERSON);
    }
    for (size_t p = 0; p < 4; p++) {
      int t = type_of(&a, cases[c].places[p]);
      if (t != ENTITY_PLACE)
        fprintf(stderr, "%s: place %s: type %d\n", cases[c].file, cases[c].places[p], t);
      CHECK_INT_EQ(t, ENTITY_PLACE);
    }
    /* Kerry is one cluster per file */
    long kerry = find_entity(&a, "John Kerry");
    for (size_t m = 0; m < a.mentions.len; m++)
      if (range_is(&a, a.mentions.items[m].r, "Kerry"))
        CHECK_INT_EQ(a.mentions.items[m].entity, kerry);
    article_release_lines(&a);
    free(text);
  }
}

/* Names found at every position around the 64-word steps of scan_block's
** word bitmap: after 56 to 72 lower-case words, a capitalised name, a
** particle opening one after a title ("Mr de Mistura") and a hyphenated
** lower-case one ("al-Sham", lexed apart from the plain words). */
static void test_names_past_64_words(void) {
  for (int pad = 56; pad <= 72; pad++) {
    char text[1024];
    size_t len = 0;
    for (int i = 0; i < pad; i++) len += (size_t)snprintf(text + len, sizeof text - len, "we ");
    snprintf(text + len, sizeof text - len,
             "met Mr de Mistura and John Kerry near Jabhat Fateh al-Sham today.\n");
    Article a = with_entities(text);
    CHECK(entity_of_mention(&a, "de Mistura") >= 0);
    CHECK_INT_EQ(type_of(&a, "John Kerry"), ENTITY_PERSON);
    CHECK(find_entity(&a, "Jabhat Fateh al-Sham") >= 0);
    article_release_lines(&a);
  }
}

/* The clustering's memory is sized once, from the candidates: an article
** whose names are all different, each of more words than a suffix is
** registered for, takes the most link keys a candidate can give, and
** every name still links its surname. */
static void test_clustering_sized_once(void) {
  enum { N_NAMES = 40 };
  char *text = malloc(N_NAMES * 128);
  CHECK(text != NULL);
  if (text == NULL) return;
  size_t len = 0;
  for (int i = 0; i < N_NAMES; i++)
    len += (size_t)sprintf(text + len,
                           "The envoy Aa%c Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk%c spoke. Later Kk%c left.\n",
                           'a' + i % 26, 'a' + i / 26, 'a' + i / 26);
  Article a = with_entities(text);
  char name[64], surname[8];
  for (int i = 0; i < N_NAMES; i++) {
    snprintf(name, sizeof name, "Aa%c Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk%c", 'a' + i % 26, 'a' + i / 26);
    CHECK(find_entity(&a, name) >= 0);
  }
  for (int i = 0; i < 2; i++) { /* Kka is the surname of 26 names: ambiguous, Kkb of 14 */
    snprintf(surname, sizeof surname, "Kk%c", 'a' + i);
    CHECK(entity_of_mention(&a, surname) >= 0);
  }
  article_release_lines(&a);
  free(text);
}

/* lex_ascii_words gives lex_all_words' words on ASCII chunks joined by '-'
** and '\'', and hands dots before a word character and non-ASCII text back
** (SIZE_MAX). */
static void test_ascii_chunk_words(void) {
  static const char *const same[] = {
      "2004",        "15th",         "Gogh's",     "O'Driscoll,", "first-half",  "X-Factor",
      "UK-US",       "US's",         "Writers'",   "'urban'",     "(£",          "100,000",
      "$4m",         "2007.\"",      "6-0,",       "pro-",        "-led",        "rock'n'roll",
      "a's",         "'s",           "it's",       "(UN's)",      "24/7",        "A-",
      "well-known.", "J-Lo's",       "ab--cd",     "x'-y",        "9-11's",      "e-mail!"};
  for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
    const char *s = same[i];
    size_t len = strlen(s);
    Word fast[16], slow[16];
    size_t n_fast = lex_ascii_words(s, 0, len, fast), n_slow = lex_all_words(s, 0, len, slow);
    if (strchr(s, '\xC2') != NULL) { /* "£": handed back */
      CHECK_INT_EQ(n_fast == SIZE_MAX, 1);
      continue;
    }
    CHECK_INT_EQ(n_fast, n_slow);
    for (size_t k = 0; k < n_slow && k < n_fast; k++) {
      CHECK_INT_EQ(fast[k].start, slow[k].start);
      CHECK_INT_EQ(fast[k].end, slow[k].end);
      CHECK_INT_EQ(fast[k].next, slow[k].next);
      CHECK_INT_EQ(fast[k].flags, slow[k].flags);
    }
  }
  static const char *const handed_back[] = {"U.S.", "4.5", "Gogh\xE2\x80\x99s", "caf\xC3\xA9", "a-\xC3\xA9"};
  for (size_t i = 0; i < sizeof handed_back / sizeof handed_back[0]; i++) {
    Word out[16];
    CHECK_INT_EQ(lex_ascii_words(handed_back[i], 0, strlen(handed_back[i]), out) == SIZE_MAX, 1);
  }
}

/* Clustering hashes and compares whole keys, and nothing past them,
** whatever their length: the map reads keys of up to 16 bytes as words
** masked to the key, longer ones eight bytes a step first. For keys of 5
** to 44 bytes ("ann q..."), two names that differ only in their last
** letter stay apart, and each gathers its own two mentions, whose keys are
** followed by different bytes (an unmasked hash or compare splits them). */
static void test_keys_compared_whole(void) {
  for (int n_letters = 1; n_letters <= 40; n_letters++) {
    char surname[2][48], name[2][64], text[512];
    for (int v = 0; v < 2; v++) {
      surname[v][0] = 'Q';
      for (int j = 1; j < n_letters; j++) surname[v][j] = (char)('a' + j * 7 % 26);
      surname[v][n_letters] = '\0';
      if (n_letters > 1) surname[v][n_letters - 1] = v ? 'y' : 'x';
      else surname[v][0] = v ? 'Y' : 'X';
      snprintf(name[v], sizeof name[v], "Ann %s", surname[v]);
    }
    snprintf(text, sizeof text,
             "We met %s today. We met %s too.\nLater we saw %s again. Later we saw %s again.\n", name[0],
             name[1], name[0], name[1]);
    Article a = with_entities(text);
    long ent[2] = {find_entity(&a, name[0]), find_entity(&a, name[1])};
    CHECK(ent[0] >= 0 && ent[1] >= 0 && ent[0] != ent[1]);
    CHECK_INT_EQ(mentions_of(&a, ent[0]), 2);
    CHECK_INT_EQ(mentions_of(&a, ent[1]), 2);
    article_release_lines(&a);
  }
}

/* A run's opening words are skipped from run_end's masks when the run is
** under 64 words and by a loop past that: both give the same name and
** title, whatever the run's length ("But Actor Qa Qb ...": "But" is
** skipped, "Actor" becomes the title). A run of skipped words alone
** ("But In") names no one. */
static void test_run_heads_either_side_of_64(void) {
  for (int n_names = 1; n_names <= 70; n_names++) {
    char text[1024], name[512];
    size_t len = (size_t)snprintf(text, sizeof text, "we saw But Actor ");
    size_t name_len = 0;
    for (int i = 0; i < n_names; i++)
      name_len += (size_t)snprintf(name + name_len, sizeof name - name_len, "%sQ%c%c",
                                   i > 0 ? " " : "", 'a' + i % 26, 'a' + i / 26);
    snprintf(text + len, sizeof text - len, "%s there, But In it.\n", name);
    Article a = with_entities(text);
    long q = find_entity(&a, name);
    CHECK(q >= 0 && range_is(&a, a.entities.items[q].title, "Actor"));
    CHECK_INT_EQ(a.entities.len, 1);
    article_release_lines(&a);
  }
}

/* The gaps either side of a run are read from the run (run_end's last test
** and one test before it): a plain gap lets the words next to a name add
** evidence or widen it, any other gap does not. */
static void test_gaps_around_runs(void) {
  static const struct {
    const char *text, *mention; /* mention: written so, or (with '!') not at all */
  } cases[] = {
      {"Officials met the Obama administration today.\n", "Obama administration"},
      {"Officials met the Obama  administration today.\n", "Obama  administration"},
      {"Officials met Obama, administration staff and others.\n", "!Obama, administration"},
      {"Officials met Obama, administration staff and others.\n", "Obama"},
      {"Shelling hit eastern Aleppo again.\n", "eastern Aleppo"},
      {"Shelling hit eastern, Aleppo again.\n", "!eastern, Aleppo"},
      {"Shelling hit eastern, Aleppo again.\n", "Aleppo"},
      {"Shelling hit Aleppo mountain again.\n", "Aleppo mountain"},
      {"Shelling hit Aleppo; mountain roads again.\n", "!Aleppo; mountain"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    Article a = with_entities(cases[i].text);
    bool absent = cases[i].mention[0] == '!';
    long got = entity_of_mention(&a, cases[i].mention + absent);
    if ((got >= 0) == absent) fprintf(stderr, "case %zu: %s", i, cases[i].text);
    CHECK_INT_EQ(got >= 0, !absent);
    article_release_lines(&a);
  }
  /* "in" before a name is place evidence across a plain gap only */
  Article a = with_entities("They stayed in Zorbakistan and in (Quorvania) for a week.\n");
  CHECK_INT_EQ(type_of(&a, "Zorbakistan"), ENTITY_PLACE);
  CHECK_INT_EQ(type_of(&a, "Quorvania"), ENTITY_OTHER);
  article_release_lines(&a);
}

/* A lone word opens a sentence after a sentence period, ! ? : or an
** opening quote, not after one space (is_initial_word's fast path), two
** spaces, a comma or a dash: an unknown lone word is then no entity. */
static void test_initial_words(void) {
  static const struct {
    const char *before;
    bool is_kept;
  } cases[] = {
      {"met ", true},       {"met  ", true},         {"met, ", true},
      {"met \u2014 ", true}, {"met\u00a0", true},    {"left. ", false},
      {"left? ", false},    {"left: ", false},       {"left \u201c", false},
      {"left \"", false},   {"left.\u00a0", false},  {"met Dr. ", true},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char text[128];
    Article a = with_entities_around(text, sizeof text, "Officials %sZorblat there.\n", cases[i].before);
    bool kept = entity_of_mention(&a, "Zorblat") >= 0;
    if (kept != cases[i].is_kept) fprintf(stderr, "before \"%s\"\n", cases[i].before);
    CHECK_INT_EQ(kept, cases[i].is_kept);
    article_release_lines(&a);
  }
}

/* A candidate renames the one just before it ("known as", "known as the",
** an acronym in parentheses right after it); alias_target's early test
** (as, the or "(" right before the name) must not lose a case, nor let
** a look-alike through. */
static void test_aliases(void) {
  static const struct {
    const char *text, *alias, *name;
    bool is_same;
  } cases[] = {
      {"Zorblat Vekk, also known as Quorvan Delt, left.\n", "Quorvan Delt", "Zorblat Vekk", true},
      {"The Zorblat Front, known as the Quorvan Front, left.\n", "Quorvan Front", "Zorblat Front", true},
      {"The Zorblat Quorvan Council (QQV) met.\n", "QQV", "Zorblat Quorvan Council", true},
      {"The Zorblat Quorvan Council  (QQV) met.\n", "QQV", "Zorblat Quorvan Council", false},
      {"The Zorblat Quorvan Council, (QQV) met.\n", "QQV", "Zorblat Quorvan Council", false},
      {"Zorblat Vekk, seen as Quorvan Delt, left.\n", "Quorvan Delt", "Zorblat Vekk", false},
      {"Zorblat Vekk, known to the Quorvan Delt, left.\n", "Quorvan Delt", "Zorblat Vekk", false},
      {"Zorblat Vekk left.\nKnown as Quorvan Delt, he stayed.\n", "Quorvan Delt", "Zorblat Vekk", false},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    Article a = with_entities(cases[i].text);
    long alias = entity_of_mention(&a, cases[i].alias), name = entity_of_mention(&a, cases[i].name);
    bool same = alias >= 0 && alias == name;
    if (same != cases[i].is_same) fprintf(stderr, "case %zu: %s", i, cases[i].text);
    CHECK(alias >= 0 && name >= 0);
    CHECK_INT_EQ(same, cases[i].is_same);
    article_release_lines(&a);
  }
}

/* A comma right after a name: a known place after it makes the name a
** place ("Irving, Texas"), an appositive with a role noun within a few
** words a person; context_evidence tests that gap once for both. */
/* A text and the type its entity `name` must get (-1: none). */
typedef struct {
  const char *text, *name;
  int type;
} TypeCase;

/* Checks each of cases[0, n); a failure names its text. */
static void check_type_cases(const TypeCase *cases, size_t n) {
  for (size_t i = 0; i < n; i++) {
    Article a = with_entities(cases[i].text);
    int got = type_of(&a, cases[i].name);
    if (got != cases[i].type) fprintf(stderr, "case %zu: %s", i, cases[i].text);
    CHECK_INT_EQ(got, cases[i].type);
    article_release_lines(&a);
  }
}

static void test_comma_context(void) {
  static const TypeCase cases[] = {
      {"They flew to Zorbton, Texas, last week.\n", "Zorbton", ENTITY_PLACE},
      {"They flew to Zorbton; Texas was next.\n", "Zorbton", ENTITY_OTHER},
      {"They met Vekkor, a senior spokesman, there.\n", "Vekkor", ENTITY_PERSON},
      {"They met Vekkor, an agency spokesman, there.\n", "Vekkor", ENTITY_PERSON},
      {"They met Vekkor, the spokesman, there.\n", "Vekkor", ENTITY_PERSON},
      {"They met Vekkor, a senior plan, there.\n", "Vekkor", ENTITY_OTHER},
      {"They met Vekkor; a senior spokesman came.\n", "Vekkor", ENTITY_OTHER},
  };
  check_type_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The words either side of a name that context_evidence reads, whose
** table bits it tests at once before its chain of tests (WL_PLACE_PREP
** for "in", "near", "outside", in any case): each case is one the chain
** or the rule-out must get right, words next to punctuation ("(in",
** "said)") and the descriptor one word on ("news agency") among them. */
static void test_words_around_names(void) {
  static const TypeCase cases[] = {
      {"talks were held in Zorbat on the day.\n", "Zorbat", ENTITY_PLACE},
      {"talks were held near Zorbat on the day.\n", "Zorbat", ENTITY_PLACE},
      {"talks were held outside Zorbat on the day.\n", "Zorbat", ENTITY_PLACE},
      {"talks were held (in Zorbat) on the day.\n", "Zorbat", ENTITY_PLACE},
      {"talks were held inside Zorbat on the day.\n", "Zorbat", ENTITY_OTHER},
      {"talks were held at Zorbat on the day.\n", "Zorbat", ENTITY_OTHER},
      {"In Zorbat, talks were held.\n", "Zorbat", ENTITY_PLACE},
      {"talks were held in Zorbat's hall on the day.\n", "Zorbat", ENTITY_OTHER},
      {"talks with spokeswoman Zorbat ended.\n", "Zorbat", ENTITY_PERSON},
      {"talks with agency Zorbat ended.\n", "Zorbat", ENTITY_ORGANIZATION},
      {"talks with (agency Zorbat ended.\n", "Zorbat", ENTITY_ORGANIZATION},
      {"talks with Zorbat said nothing.\n", "Zorbat", ENTITY_PERSON},
      {"talks with Zorbat agency ended.\n", "Zorbat", ENTITY_ORGANIZATION},
      {"talks with Zorbat news agency ended.\n", "Zorbat", ENTITY_ORGANIZATION},
      {"talks with Zorbat news ended.\n", "Zorbat", ENTITY_OTHER},
      {"talks with Zorbat river ended.\n", "Zorbat river", ENTITY_PLACE},
      {"talks with Zorbat government ended.\n", "Zorbat government", ENTITY_ORGANIZATION},
      {"talks with Zorbat (said) nothing.\n", "Zorbat", ENTITY_OTHER},
      {"talks with Zorbat said) nothing.\n", "Zorbat", ENTITY_PERSON},
  };
  check_type_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The mention that names a cluster (name_score): more words, then a
** written-out form over an acronym, mixed case over capitals, a neutral
** head over "regime", then the earlier of equals; each case has the
** weaker form first, so the better one must win over it. A title goes to
** its entity from the first mention that has one, and a cluster of a lone
** sentence-initial word is dropped with its mentions. */
static void test_best_names(void) {
  static const struct {
    const char *text, *name, *not_name;
  } cases[] = {
      {"Then Vekk spoke. Zorblat Vekk left with Vekk.\n", "Zorblat Vekk", "Vekk"},
      {"The US army and the United States navy met.\n", "United States", "US"},
      {"They flew to WASHINGTON and then to Washington again.\n", "Washington", "WASHINGTON"},
      {"The Syrian regime and the Syrian government met.\n", "Syrian government", "Syrian regime"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    Article a = with_entities(cases[i].text);
    if (find_entity(&a, cases[i].name) < 0) fprintf(stderr, "case %zu: %s", i, cases[i].text);
    CHECK(find_entity(&a, cases[i].name) >= 0);
    CHECK_INT_EQ(find_entity(&a, cases[i].not_name), -1);
    CHECK_INT_EQ(entity_of_mention(&a, cases[i].not_name), find_entity(&a, cases[i].name));
    article_release_lines(&a);
  }
  /* equals: the first names the cluster; entities in order of first mention */
  Article a = with_entities("They met Quorvan Delt and Zorblat Vekk, then Zorblat Vekk and Quorvan Delt.\n");
  long zv = find_entity(&a, "Zorblat Vekk"), qd = find_entity(&a, "Quorvan Delt");
  CHECK(qd == 0 && zv == 1);
  CHECK_INT_EQ(a.entities.items[zv].name.start, (long)(strstr(a.text, "Zorblat") - a.text));
  CHECK_INT_EQ(mentions_of(&a, zv), 2);
  CHECK_INT_EQ(a.mentions.len, 4);
  article_release_lines(&a);
  /* a title from the first mention that has one; "Zorbex" opening a
  ** sentence alone is no entity, and its mention is not kept */
  a = with_entities("They met Zorblat Vekk.\nZorbex members met Senator Zorblat Vekk and Governor Zorblat Vekk.\n");
  zv = find_entity(&a, "Zorblat Vekk");
  CHECK(zv >= 0);
  CHECK(range_is(&a, a.entities.items[zv].title, "Senator"));
  CHECK_INT_EQ(entity_of_mention(&a, "Zorbex"), -1);
  CHECK_INT_EQ(mentions_of(&a, zv), 3);
  CHECK_INT_EQ(a.mentions.len, 3);
  CHECK_INT_EQ(a.entities.len, 1);
  article_release_lines(&a);
}

int main(void) {
  test_tables_sorted_and_hashed();
  test_scanner();
  test_seed000_lines();
  test_seed_other_lines();
  test_places_and_events();
  test_links_of_short_forms();
  test_links_past_64_bytes();
  test_keys_from_scanned_words();
  test_clutter();
  test_first_names();
  test_literal_words();
  test_literal_words_whole();
  test_names_past_64_words();
  test_clustering_sized_once();
  test_keys_compared_whole();
  test_bad_input();
  test_only_body();
  test_ascii_chunk_words();
  test_run_heads_either_side_of_64();
  test_gaps_around_runs();
  test_initial_words();
  test_aliases();
  test_comma_context();
  test_words_around_names();
  test_best_names();
  if (fixture_have_seeds("seed files")) test_seed_files();
  return CHECK_DONE();
}

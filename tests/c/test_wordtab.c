/*
** test_wordtab.c — tests for wordtab.c, the word index number.c and
** wl_kinds share: every word of both lists is in it with its mask and
** lexicon index (so a full table would show here, not as missed words),
** lookups ignore ASCII case, unknown words get the "none" entry, and each
** entry has one slot of its own.
*/
#include <string.h>

#include "check.h"
#include "number.h"
#include "wordlists.h"
#include "wordtab.h"

/* The entry for the word s ("none", of length 0, when unknown). */
static const WordInfo *find(const char *s) { return wordtab_find(scan_key(s, strlen(s))); }

/* Every wordlists.h single word up to WORDTAB_KEY_MAX bytes is found, with
** the mask wl_word_entry gives it; the long ones (wl_kinds' own table) are
** not. */
static void test_wordlists_words(void) {
  size_t len, n_found = 0;
  unsigned mask;
  const char *word;
  for (size_t i = 0; (word = wl_word_entry(i, &len, &mask)) != NULL; i++) {
    if (len > WORDTAB_KEY_MAX) continue;
    const WordInfo *e = wordtab_find(scan_key(word, len));
    CHECK(e->wl == mask && e->len == len);
    n_found += e->len == len;
  }
  CHECK(n_found > 1000);
}

/* The sieve lets every table word by for each of its kinds, in any case,
** and rules out words no entry can be: wl_kinds_sieved agrees with
** wl_kinds on both. */
static void test_sieve(void) {
  const WlSieve *sv = wl_sieve();
  size_t len, n = 0;
  unsigned mask;
  const char *word;
  for (size_t i = 0; (word = wl_word_entry(i, &len, &mask)) != NULL; i++, n++) {
    char upper[64];
    if (len == 0 || len >= sizeof upper) continue;
    for (size_t j = 0; j < len; j++) upper[j] = (char)(word[j] >= 'a' && word[j] <= 'z' ? word[j] - 32 : word[j]);
    unsigned kinds = mask & ~WL_MULTI_FIRST;
    CHECK((wl_sieve_kinds(sv, (Span){word, len}, kinds) & kinds) == kinds);
    CHECK(wl_kinds_sieved(sv, (Span){upper, len}, kinds) == kinds);
    for (int k = 0; k < WL_KIND_COUNT; k++)
      if (kinds >> k & 1u) CHECK(sv->max_len[k] >= len);
  }
  CHECK(n > 1000);
  /* no cue verb is 2 letters long and ends in "q": both tests rule it out */
  CHECK(wl_sieve_kinds(sv, (Span){"zq", 2}, 1u << WL_CUE) == 0);
  CHECK(wl_kinds_sieved(sv, (Span){"said", 4}, 1u << WL_CUE) == 1u << WL_CUE);
  CHECK(wl_kinds_sieved(sv, (Span){"sand", 4}, 1u << WL_CUE) == 0);
}

/* Every lexicon word is found with its index and classes; a word in both
** lists carries both. */
static void test_lexicon_words(void) {
  const char *word;
  size_t n = 0;
  for (size_t i = 0; (word = number_lexicon_word(i)) != NULL; i++, n++) {
    const WordInfo *e = find(word);
    CHECK(e->lex == (int16_t)i && e->len == strlen(word));
    CHECK(e->flags == number_lexicon_flags(i) && e->flags != 0);
  }
  CHECK(n > 300);
  const WordInfo *said = find("said"), *million = find("million");
  CHECK(said->len == 4 && (said->wl >> WL_CUE & 1u));
  CHECK(million->len == 7 && million->lex >= 0 && million->wl == 0);
  CHECK(million->flags == (LEX_ANCHOR_NUM | LEX_CARDINAL) && said->flags == LEX_PAST);
}

/* Case is ignored; unknown words and prefixes of known ones get "none". */
static void test_lookups(void) {
  const WordInfo *a = find("Minister"), *b = find("MINISTER");
  CHECK(a->len == 8 && a == b && (a->wl >> WL_TITLE & 1u));
  const char *unknown[] = {"zzyzx", "ministe", "ministers-x", "x", "saidsaidsaidsaid"};
  for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
    const WordInfo *e = find(unknown[i]);
    CHECK(e->len == 0 && e->wl == 0 && e->lex == -1 && e->flags == 0);
  }
  const WordTab *tab = wordtab_get(); /* the inline probe finds the same entries */
  CHECK(wordtab_lookup(tab, scan_key("Million", 7)) == find("million"));
  CHECK(wordtab_lookup(tab, scan_key("zzyzx", 5))->lex == -1);
  CHECK_INT_EQ(wl_kinds(SPAN_LIT("said")), find("said")->wl);
}

/* Hash and displace gave each entry one slot of its own: every entry but
** "none" is in exactly one slot, the slot its key's hash and bucket
** displacement lead to, so one key compare per lookup suffices. */
static void test_one_slot_each(void) {
  const WordTab *tab = wordtab_get();
  static unsigned char seen[WORDTAB_MAX];
  size_t n_used = 0, n_entries = 0;
  for (size_t s = 0; s < WORDTAB_SLOTS; s++) {
    size_t i = tab->slots[s];
    if (i == 0) continue;
    CHECK(i < WORDTAB_MAX && seen[i] == 0);
    seen[i] = 1, n_used++;
    uint64_t h = wordtab_hash(tab->entries[i].key);
    CHECK(wordtab_slot(h, tab->disp[wordtab_bucket(h)]) == s);
  }
  for (size_t i = 1; i < WORDTAB_MAX; i++) n_entries += tab->entries[i].len != 0;
  CHECK(n_used == n_entries && n_used > 1300);
}

int main(void) {
  test_one_slot_each();
  test_wordlists_words();
  test_lexicon_words();
  test_sieve();
  test_lookups();
  return CHECK_DONE();
}

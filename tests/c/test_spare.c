/*
** test_spare.c — spare.h's per-thread slots (take, give, the larger kept,
** threads apart, freed at a thread's exit: the sanitizer build reports a
** leak otherwise), and the parser on reused scratch: an article parsed
** after others, on buffers they (and the articles freed before it) left
** with stale contents, comes out as it does on a fresh thread.
*/
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "article_json.h"
#include "check.h"
#include "json.h"
#include "spare.h"

static void test_take_give(void) {
  size_t cap = 99;
  CHECK(spare_take(SPARE_ENT_KEYS, &cap) == NULL);
  CHECK_INT_EQ(cap, 0);
  char *p = malloc(10);
  spare_give(SPARE_ENT_KEYS, p, 10);
  CHECK(spare_take(SPARE_ENT_KEYS, &cap) == p);
  CHECK_INT_EQ(cap, 10);
  CHECK(spare_take(SPARE_ENT_KEYS, &cap) == NULL); /* taken: the slot is empty */
  spare_give(SPARE_ENT_KEYS, p, 10);
  spare_give(SPARE_ENT_KEYS, NULL, 0); /* nothing to give: the slot keeps p */
  CHECK(spare_take(SPARE_ENT_KEYS, &cap) == p);
  free(p);
}

/* The larger of two buffers given stays, whichever came first; the other
** is freed (a leak or a double free would show in the sanitizer build). */
static void test_larger_kept(void) {
  size_t cap;
  char *small = malloc(8), *big = malloc(64);
  spare_give(SPARE_ENT_CANDS, big, 64);
  spare_give(SPARE_ENT_CANDS, small, 8);
  CHECK(spare_take(SPARE_ENT_CANDS, &cap) == big);
  CHECK_INT_EQ(cap, 64);
  small = malloc(8);
  spare_give(SPARE_ENT_CANDS, small, 8);
  spare_give(SPARE_ENT_CANDS, big, 64);
  CHECK(spare_take(SPARE_ENT_CANDS, &cap) == big);
  CHECK_INT_EQ(cap, 64);
  free(big);
}

static void *give_and_exit(void *unused) {
  (void)unused;
  size_t cap;
  void *mine = spare_take(SPARE_ENT_WORDS, &cap);
  spare_give(SPARE_ENT_WORDS, malloc(32), 32); /* freed by the thread's exit */
  return mine; /* NULL: the thread started with empty slots */
}

static void test_threads_apart(void) {
  char *p = malloc(16);
  spare_give(SPARE_ENT_WORDS, p, 16);
  pthread_t t;
  void *theirs = p;
  CHECK(pthread_create(&t, NULL, give_and_exit, NULL) == 0);
  CHECK(pthread_join(t, &theirs) == 0);
  CHECK(theirs == NULL);
  size_t cap;
  CHECK(spare_take(SPARE_ENT_WORDS, &cap) == p); /* the other thread's give did not reach here */
  spare_give(SPARE_ENT_WORDS, p, 16);
  spare_release();
  CHECK(spare_take(SPARE_ENT_WORDS, &cap) == NULL);
}

/* ---- the parser on reused scratch ---------------------------------------- */

static const char *const paragraphs[] = {
    "U.N. Secretary-General Ban Ki-moon said on Friday that \"all parties must stop the bombing now,\" "
    "adding that 275,000 people remained trapped in eastern Aleppo.",
    "\xe2\x80\x9cThis is a crime,\xe2\x80\x9d said Mr. Kerry, the U.S. Secretary of State, in Washington on "
    "Oct. 7, 2016.",
    "The International Criminal Court (ICC) has not opened an inquiry. About 20 civilians died last week, "
    "according to the Syrian Observatory for Human Rights.",
    "Russian Foreign Minister Sergei Lavrov told reporters in Moscow that the claims were \"baseless\". "
    "He said more than $4.5 million in aid had been sent.",
    "\"We will not stop,\" she said. Officials in Damascus warned of six years of war.",
};

/* An article of n of the paragraphs above, rotating from `from`, joined
** into blocks of `per_block` (long blocks fill the scratch buffers' far
** ends, which short ones never reach). */
static char *article_text(size_t n, size_t from, size_t per_block) {
  size_t cap = 64, len = 0;
  for (size_t i = 0; i < n; i++) cap += strlen(paragraphs[(from + i) % 5]) + 2;
  char *text = malloc(cap);
  len += (size_t)sprintf(text, "Calls for inquiry over Aleppo\n\n");
  for (size_t i = 0; i < n; i++)
    len += (size_t)sprintf(text + len, "%s%s", paragraphs[(from + i) % 5], (i + 1) % per_block ? " " : "\n\n");
  return text;
}

/* The article's JSON with its token count, or NULL when the parse failed. */
static char *parse_to_json(const char *text) {
  Article a;
  if (article_parse((Span){text, strlen(text)}, NULL, &a, NULL) != LEDE_OK) return NULL;
  StrBuf sb = {0};
  article_write_json(&sb, &a, NULL);
  strbuf_append_int(&sb, (long long)a.tokens.len);
  article_free(&a);
  return strbuf_status(&sb, NULL) == LEDE_OK ? sb.ptr : NULL;
}

static void *parse_on_fresh_thread(void *text) {
  spare_release(); /* a new thread has no spares anyway; say so */
  return parse_to_json(text);
}

static void test_parse_on_reused_scratch(void) {
  char *small = article_text(3, 1, 1), *big = article_text(400, 0, 40), *other = article_text(7, 3, 2);
  char *fresh[3];
  const char *texts[3] = {small, big, other};
  for (int i = 0; i < 3; i++) {
    pthread_t t;
    void *got = NULL;
    CHECK(pthread_create(&t, NULL, parse_on_fresh_thread, (void *)texts[i]) == 0);
    CHECK(pthread_join(t, &got) == 0);
    fresh[i] = got;
    CHECK(fresh[i] != NULL);
  }
  /* small on big's leftovers, big on small's, each twice */
  const int order[] = {1, 0, 2, 1, 2, 0, 0, 1};
  for (size_t k = 0; k < sizeof order / sizeof order[0]; k++) {
    char *json = parse_to_json(texts[order[k]]);
    CHECK(json != NULL && fresh[order[k]] != NULL && strcmp(json, fresh[order[k]]) == 0);
    free(json);
  }
  CHECK(fresh[1] != NULL && strstr(fresh[1], "Kerry") != NULL); /* the articles hold what is compared */
  for (int i = 0; i < 3; i++) free(fresh[i]);
  free(small);
  free(big);
  free(other);
  spare_release();
}

/* A freed article's vectors wait in the thread's slots, and the next parse
** takes them: the tokens' buffer comes back to the next article. */
static void test_article_vectors_recycled(void) {
  char *text = article_text(5, 0, 1);
  Article a;
  CHECK(article_parse((Span){text, strlen(text)}, NULL, &a, NULL) == LEDE_OK);
  const Token *tokens = a.tokens.items;
  size_t n_tokens = a.tokens.len;
  CHECK(tokens != NULL && n_tokens > 0);
  article_free(&a);
  size_t cap;
  void *held = spare_take(SPARE_ART_TOKENS, &cap);
  CHECK(held == tokens && cap >= n_tokens);
  spare_give(SPARE_ART_TOKENS, held, cap);
  CHECK(article_parse((Span){text, strlen(text)}, NULL, &a, NULL) == LEDE_OK);
  CHECK(a.tokens.items == tokens && a.tokens.len == n_tokens);
  article_free(&a);
  free(text);
  spare_release();
}

int main(void) {
  test_take_give();
  test_larger_kept();
  test_threads_apart();
  test_parse_on_reused_scratch();
  test_article_vectors_recycled();
  return CHECK_DONE();
}

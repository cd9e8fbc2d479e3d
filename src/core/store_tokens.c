/*
** store_tokens.c — the FTS index's tokenizing, moved off the writer thread
** (store.h). A parser thread tokenizes each FTS entry with the index's own
** tokenizer, found on a private in-memory connection, and records the
** tokens. On the writer's connection a stand-in is registered under the
** tokenizer's name; FTS5 looks tokenizers up newest first, so the index uses
** it. It wraps the real tokenizer: when FTS5 asks it to tokenize a document
** text that is byte for byte the next prepared one, it replays the recorded
** tokens, and it hands everything else (queries, snippets, deletes, texts
** nobody prepared) to the real one. Same tokenizer, same arguments, same
** text: the same tokens.
*/
#include <stdlib.h>
#include <string.h>

#include "store_internal.h"

/* One recorded token; its term's bytes follow it. */
typedef struct {
  int32_t start, end, flags, n;
} TokenHead;

/* STORE_FTS_TOKENIZE split at its spaces: the tokenizer's name, then its
** arguments ("porter", then "unicode61", "remove_diacritics", "2"). */
#define MAX_TOKENIZER_WORDS 8
typedef struct {
  char buf[sizeof STORE_FTS_TOKENIZE];
  const char *words[MAX_TOKENIZER_WORDS];
  int n_words;
} TokenizerSpec;

static void spec_init(TokenizerSpec *spec) {
  memcpy(spec->buf, STORE_FTS_TOKENIZE, sizeof spec->buf);
  spec->n_words = 0;
  for (char *p = spec->buf; *p != '\0' && spec->n_words < MAX_TOKENIZER_WORDS;) {
    spec->words[spec->n_words++] = p;
    p += strcspn(p, " ");
    if (*p == ' ') *p++ = '\0';
  }
}

/* ---- the parser threads' side ------------------------------------------- */

struct StoreTokenizer {
  sqlite3 *db; /* only to own the tokenizer module */
  fts5_tokenizer module;
  Fts5Tokenizer *tokenizer;
};

void store_tokenizer_close(StoreTokenizer *t) {
  if (t == NULL) return;
  if (t->tokenizer != NULL) t->module.xDelete(t->tokenizer);
  sqlite3_close(t->db);
  free(t);
}

LedeStatus store_tokenizer_open(StoreTokenizer **out, Err *err) {
  *out = NULL;
  StoreTokenizer *t = calloc(1, sizeof *t);
  if (t == NULL) return err_set(err, LEDE_ENOMEM, "out of memory");
  TokenizerSpec spec;
  spec_init(&spec);
  void *module_ctx = NULL;
  fts5_api *api = NULL;
  int rc = sqlite3_open_v2(":memory:", &t->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK && (api = store_fts5_api(t->db)) == NULL) rc = SQLITE_ERROR;
  if (rc == SQLITE_OK) rc = api->xFindTokenizer(api, spec.words[0], &module_ctx, &t->module);
  if (rc == SQLITE_OK) rc = t->module.xCreate(module_ctx, spec.words + 1, spec.n_words - 1, &t->tokenizer);
  if (rc != SQLITE_OK) {
    store_tokenizer_close(t);
    return err_set(err, LEDE_ESQL, "cannot load the FTS tokenizer: %s", sqlite3_errstr(rc));
  }
  *out = t;
  return LEDE_OK;
}

/* Appends one token. This runs for every word of every document, so the
** common case writes straight into the buffer's spare room. */
static int record_token(void *ctx, int flags, const char *term, int n, int start, int end) {
  StrBuf *out = ctx;
  TokenHead head = {start, end, flags, n};
  size_t need = sizeof head + (size_t)n;
  if (out->cap - out->len > need && !out->is_oom) {
    memcpy(out->ptr + out->len, &head, sizeof head);
    memcpy(out->ptr + out->len + sizeof head, term, (size_t)n);
    out->len += need;
    out->ptr[out->len] = '\0'; /* as strbuf_append leaves it */
    return SQLITE_OK;
  }
  strbuf_append(out, (const char *)&head, sizeof head);
  strbuf_append(out, term, (size_t)n);
  return out->is_oom ? SQLITE_NOMEM : SQLITE_OK;
}

static int tokenize(StoreTokenizer *t, const char *text, size_t len, StrBuf *out) {
  if (len > INT32_MAX) return SQLITE_TOOBIG;
  return t->module.xTokenize(t->tokenizer, out, FTS5_TOKENIZE_DOCUMENT, text, (int)len, record_token);
}

LedeStatus store_fts_prepare(StoreTokenizer *t, const DocMeta *meta, const Article *a, StoreFtsEntry *e,
                             Err *err) {
  strbuf_clear(&e->text);
  strbuf_clear(&e->tokens);
  strbuf_append_span(&e->text, store_doc_title(meta, a));
  e->title_len = e->text.len;
  store_fts_body(&e->text, a);
  int rc = e->text.is_oom ? SQLITE_NOMEM : SQLITE_OK;
  const char *text = e->text.ptr != NULL ? e->text.ptr : ""; /* NULL when both are empty */
  if (rc == SQLITE_OK) rc = tokenize(t, text, e->title_len, &e->tokens);
  e->title_tokens = e->tokens.len;
  if (rc == SQLITE_OK) rc = tokenize(t, text + e->title_len, e->text.len - e->title_len, &e->tokens);
  if (rc == SQLITE_OK) return LEDE_OK;
  /* an empty entry matches no text with tokens to replay: a failed one is
  ** never used (store_add_prepared may be handed it all the same) */
  strbuf_clear(&e->text);
  strbuf_clear(&e->tokens);
  e->title_len = e->title_tokens = 0;
  return err_set(err, rc == SQLITE_NOMEM ? LEDE_ENOMEM : LEDE_ESQL, "cannot tokenize: %s", sqlite3_errstr(rc));
}

void store_fts_entry_free(StoreFtsEntry *e) {
  strbuf_free(&e->text);
  strbuf_free(&e->tokens);
  e->title_len = e->title_tokens = 0;
}

/* ---- the writer's side ---------------------------------------------------- */

/* Queues one prepared text if the queued one, row_text [at, +len), is the
** text it was prepared from. Not empty texts: FTS5 does not tokenize a
** NULL, so an entry for one would stand in the way of the next. Running out
** of memory only loses the replay. */
static void queue_text(Store *s, size_t at, size_t len, Span prepared, Span tokens) {
  FtsReplay *r = &s->replay;
  if (len == 0 || len != prepared.len || memcmp(s->row_text.ptr + at, prepared.ptr, len) != 0) return;
  ReplayText text = {at, len, r->tokens.len, tokens.len};
  strbuf_append_span(&r->tokens, tokens);
  if (r->tokens.is_oom || !vec_push(&r->texts, text)) {
    r->tokens.len = text.tok_at;
    r->tokens.is_oom = false;
  }
}

void store_replay_queue(Store *s, size_t title_at, size_t title_len, size_t body_at, size_t body_len,
                        const StoreFtsEntry *e) {
  if (s->row_text.is_oom || e->text.ptr == NULL || e->tokens.ptr == NULL) return; /* nothing to replay */
  const char *text = e->text.ptr, *tokens = e->tokens.ptr;
  queue_text(s, title_at, title_len, (Span){text, e->title_len}, (Span){tokens, e->title_tokens});
  queue_text(s, body_at, body_len, (Span){text + e->title_len, e->text.len - e->title_len},
             (Span){tokens + e->title_tokens, e->tokens.len - e->title_tokens});
}

void store_replay_clear(Store *s) {
  s->replay.texts.len = s->replay.next = 0;
  strbuf_clear(&s->replay.tokens);
}

/* The stand-in's registration: the real tokenizer it wraps, and the store
** whose queue it replays. Freed by SQLite with the connection. */
typedef struct {
  Store *s;
  fts5_tokenizer real;
  void *real_ctx;
} StandIn;

/* One instance, made when FTS5 opens the table. is_index_tokenizer: made
** with the index's arguments, so the prepared tokens are its tokens. */
typedef struct {
  StandIn *stand_in;
  Fts5Tokenizer *real;
  bool is_index_tokenizer;
} StandInTokenizer;

static bool is_index_args(const char **argv, int argc) {
  TokenizerSpec spec;
  spec_init(&spec);
  if (argc != spec.n_words - 1) return false;
  for (int i = 0; i < argc; i++)
    if (strcmp(argv[i], spec.words[i + 1]) != 0) return false;
  return true;
}

static int stand_in_create(void *ctx, const char **argv, int argc, Fts5Tokenizer **out) {
  StandIn *stand_in = ctx;
  StandInTokenizer *t = sqlite3_malloc(sizeof *t);
  if (t == NULL) return SQLITE_NOMEM;
  int rc = stand_in->real.xCreate(stand_in->real_ctx, argv, argc, &t->real);
  if (rc != SQLITE_OK) {
    sqlite3_free(t);
    return rc;
  }
  t->stand_in = stand_in;
  t->is_index_tokenizer = is_index_args(argv, argc);
  *out = (Fts5Tokenizer *)t;
  return SQLITE_OK;
}

static void stand_in_delete(Fts5Tokenizer *tokenizer) {
  StandInTokenizer *t = (StandInTokenizer *)tokenizer;
  t->stand_in->real.xDelete(t->real);
  sqlite3_free(t);
}

typedef int (*TokenCallback)(void *ctx, int flags, const char *term, int n, int start, int end);

/* Hands the recorded tokens of text to FTS5, stopping as a tokenizer does
** when the callback says so (SQLITE_DONE: stop, no error). */
static int replay(const FtsReplay *r, const ReplayText *text, void *ctx, TokenCallback on_token) {
  const char *p = r->tokens.ptr + text->tok_at, *end = p + text->tok_len;
  while (p < end) {
    TokenHead head;
    memcpy(&head, p, sizeof head);
    p += sizeof head;
    int rc = on_token(ctx, head.flags, p, head.n, head.start, head.end);
    if (rc != SQLITE_OK) return rc == SQLITE_DONE ? SQLITE_OK : rc;
    p += head.n;
  }
  return SQLITE_OK;
}

static int stand_in_tokenize(Fts5Tokenizer *tokenizer, void *ctx, int flags, const char *text, int len,
                             TokenCallback on_token) {
  StandInTokenizer *t = (StandInTokenizer *)tokenizer;
  if (flags == FTS5_TOKENIZE_DOCUMENT && t->is_index_tokenizer) {
    Store *s = t->stand_in->s;
    FtsReplay *r = &s->replay;
    const ReplayText *next = r->next < r->texts.len ? &r->texts.items[r->next] : NULL;
    if (next != NULL && (size_t)len == next->text_len &&
        memcmp(text, s->row_text.ptr + next->text_at, (size_t)len) == 0) {
      r->next++;
      r->n_replayed++;
      return replay(r, next, ctx, on_token);
    }
    r->n_tokenized++;
  }
  return t->stand_in->real.xTokenize(t->real, ctx, flags, text, len, on_token);
}

int store_tokens_register(Store *s) {
  static fts5_tokenizer stand_in_module = {stand_in_create, stand_in_delete, stand_in_tokenize};
  TokenizerSpec spec;
  spec_init(&spec);
  fts5_api *api = store_fts5_api(s->db);
  if (api == NULL) return SQLITE_ERROR;
  StandIn *stand_in = sqlite3_malloc(sizeof *stand_in);
  if (stand_in == NULL) return SQLITE_NOMEM;
  stand_in->s = s;
  int rc = api->xFindTokenizer(api, spec.words[0], &stand_in->real_ctx, &stand_in->real);
  /* SQLite frees stand_in with the connection once registered; a failed
  ** registration leaves it to us */
  if (rc == SQLITE_OK) rc = api->xCreateTokenizer(api, spec.words[0], stand_in, &stand_in_module, sqlite3_free);
  if (rc != SQLITE_OK) sqlite3_free(stand_in);
  return rc;
}

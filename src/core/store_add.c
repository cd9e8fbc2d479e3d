/*
** store_add.c — writing one parsed Article into the corpus: the documents
** row, one row per block, sentence, entity, mention, quote, number and date
** (byte offsets into documents.text), and the FTS5 entry; and deleting a
** document with all of that (ingest --force). Runs inside the caller's
** transaction with the long-lived statements of store.c. The child rows and
** FTS entries of a transaction are queued in memory and written just before
** its COMMIT, one INSERT ... SELECT FROM lede_rows (store_rows.c) per table
** and one for the FTS index.
*/
#include <string.h>

#include "article_json.h"
#include "store_internal.h"

static const char *const quote_kind_names[] = {"full", "partial", "scare"};
static const char *const approx_names[] = {"exact", "about", "at_least", "at_most", "range"};
static const char *const precision_names[] = {"day", "week", "month", "year", "period"};

/* The text of r as a Span, or {NULL, 0} (SQL NULL) when r is empty. */
static Span span_or_null(const Article *a, Range r) {
  return range_is_empty(r) ? (Span){NULL, 0} : article_span(a, r);
}

/* The title stored for a: the input's own title when it gave one. */
Span store_doc_title(const DocMeta *meta, const Article *a) {
  if (meta->title != NULL) return (Span){meta->title, strlen(meta->title)};
  return span_or_null(a, a->title);
}

/* Writes the bylines of a as a JSON array into s->scratch. */
static void bylines_json(Store *s, const Article *a) {
  strbuf_clear(&s->scratch);
  strbuf_append_char(&s->scratch, '[');
  for (size_t i = 0; i < a->bylines.len; i++) {
    if (i > 0) strbuf_append_char(&s->scratch, ',');
    strbuf_append_json_string(&s->scratch, article_span(a, a->bylines.items[i]));
  }
  strbuf_append_char(&s->scratch, ']');
  strbuf_append_char(&s->scratch, '\0'); /* so ptr is set even when is_oom is not */
}

static void insert_document(Store *s, int *rc, const DocMeta *meta, Span raw, const char *hash,
                            const Article *a) {
  sqlite3_stmt *stmt = s->stmt[SQL_INSERT_DOC];
  bool is_raw_same = raw.len == a->len && memcmp(raw.ptr, a->text, raw.len) == 0;
  bylines_json(s, a);
  if (s->scratch.is_oom && *rc == SQLITE_OK) *rc = SQLITE_NOMEM;
  store_bind_cstr(rc, stmt, 1, meta->path);
  store_bind_cstr(rc, stmt, 2, meta->source);
  store_bind_cstr(rc, stmt, 3, meta->url);
  store_bind_span(rc, stmt, 4, store_doc_title(meta, a));
  store_bind_span(rc, stmt, 5, (Span){s->scratch.ptr, s->scratch.len - 1});
  store_bind_span(rc, stmt, 6, span_or_null(a, a->dateline));
  store_bind_cstr(rc, stmt, 7, meta->published);
  store_bind_cstr(rc, stmt, 8, meta->cluster);
  store_bind_hash(rc, stmt, 9, hash);
  store_bind_span(rc, stmt, 10, (Span){a->text, a->len});
  store_bind_blob(rc, stmt, 11, is_raw_same ? (Span){NULL, 0} : (Span){raw.ptr ? raw.ptr : "", raw.len});
  store_bind_int(rc, stmt, 12, (int64_t)raw.len);
  store_bind_cstr(rc, stmt, 13, a->was_legacy_encoding ? "windows-1252" : "utf-8");
  store_bind_int(rc, stmt, 14, (int64_t)a->n_invalid_bytes);
  store_bind_cstr(rc, stmt, 15, LEDE_VERSION);
  store_step_done(rc, stmt);
}

static void insert_member(Store *s, int *rc, int64_t id, const char *cluster) {
  sqlite3_stmt *stmt = s->stmt[SQL_INSERT_MEMBER];
  if (cluster == NULL) return;
  store_bind_cstr(rc, stmt, 1, cluster);
  store_bind_int(rc, stmt, 2, id);
  store_step_done(rc, stmt);
}

LedeStatus store_add_cluster(Store *s, int64_t id, const char *cluster, Err *err) {
  int rc = SQLITE_OK;
  insert_member(s, &rc, id, cluster);
  return store_fail(s, rc, "cannot record a cluster", err);
}

/* ---- child rows: queued per table, one INSERT ... SELECT each at commit -- */

static StoreCell cell_int(int64_t v) { return (StoreCell){.type = CELL_INT, .i = v}; }
static StoreCell cell_real(double v) { return (StoreCell){.type = CELL_REAL, .r = v}; }
static const StoreCell cell_null = {.type = CELL_NULL};

/* A copy of v in s->row_text (the article is freed before the commit), or
** NULL when v has no pointer (as store_bind_span). Running out of memory
** shows in s->row_text.is_oom. */
static StoreCell cell_text(Store *s, Span v) {
  if (v.ptr == NULL) return cell_null;
  StoreCell c = {.type = CELL_TEXT, .text = {s->row_text.len, v.len}};
  strbuf_append_span(&s->row_text, v);
  return c;
}

static StoreCell cell_cstr(Store *s, const char *v) { return cell_text(s, (Span){v, v ? strlen(v) : 0}); }

/* The start and end of r into row[0] and row[1]. */
static void cell_range(StoreCell *row, Range r) {
  row[0] = cell_int((int64_t)r.start);
  row[1] = cell_int((int64_t)r.end);
}

/* Each filler writes the cells of row i of one table of a, in the order of
** the table's columns after doc_id and seq. */

static void fill_block(Store *s, const Article *a, size_t i, StoreCell *row) {
  const Block *b = &a->blocks.items[i];
  row[0] = cell_cstr(s, block_kind_names[b->kind]);
  cell_range(row + 1, b->r);
}

static void fill_sentence(Store *s, const Article *a, size_t i, StoreCell *row) {
  (void)s;
  cell_range(row, a->sentences.items[i]);
}

static void fill_entity(Store *s, const Article *a, size_t i, StoreCell *row) {
  const Entity *e = &a->entities.items[i];
  row[0] = cell_cstr(s, entity_type_names[e->type]);
  row[1] = cell_text(s, article_entity_name(a, e));
  row[2] = cell_text(s, span_or_null(a, e->title));
}

static void fill_mention(Store *s, const Article *a, size_t i, StoreCell *row) {
  (void)s;
  const Mention *m = &a->mentions.items[i];
  row[0] = cell_int((int64_t)m->entity);
  cell_range(row + 1, m->r);
}

static void fill_quote(Store *s, const Article *a, size_t i, StoreCell *row) {
  const Quote *q = &a->quotes.items[i];
  row[0] = cell_cstr(s, quote_kind_names[q->kind]);
  /* no text: the quotes view reads it from documents.text */
  row[1] = cell_text(s, article_quote_speaker(a, q));
  row[2] = q->speaker >= 0 ? cell_int(q->speaker) : cell_null;
  row[3] = cell_text(s, span_or_null(a, q->cue));
  cell_range(row + 4, q->r);
  if (range_is_empty(q->cue)) row[6] = row[7] = cell_null;
  else cell_range(row + 6, q->cue);
}

static void fill_number(Store *s, const Article *a, size_t i, StoreCell *row) {
  const Number *n = &a->numbers.items[i];
  row[0] = n->has_value ? cell_real(n->value) : cell_null;
  row[1] = n->has_value && n->approx == NUM_RANGE ? cell_real(n->value_high) : cell_null;
  row[2] = cell_cstr(s, approx_names[n->approx]);
  row[3] = cell_int(n->is_percent);
  row[4] = cell_text(s, span_or_null(a, n->unit));
  row[5] = cell_cstr(s, n->currency[0] ? n->currency : NULL);
  cell_range(row + 6, n->r);
}

static void fill_date(Store *s, const Article *a, size_t i, StoreCell *row) {
  const DateRef *d = &a->dates.items[i];
  char iso[48];
  row[0] = cell_cstr(s, article_date_iso(d, iso) ? iso : NULL);
  row[1] = cell_cstr(s, precision_names[d->precision]);
  row[2] = cell_int(d->is_relative);
  cell_range(row + 3, d->r);
}

static size_t n_blocks(const Article *a) { return a->blocks.len; }
static size_t n_sentences(const Article *a) { return a->sentences.len; }
static size_t n_entities(const Article *a) { return a->entities.len; }
static size_t n_mentions(const Article *a) { return a->mentions.len; }
static size_t n_quotes(const Article *a) { return a->quotes.len; }
static size_t n_numbers(const Article *a) { return a->numbers.len; }
static size_t n_dates(const Article *a) { return a->dates.len; }

/* A child table: cells per row after doc_id and seq, its row count in an
** article and its filler. Indexed like Store.pending; its statement is
** SQL_FIRST_ROWS + its index. */
typedef struct {
  int n_cols;
  size_t (*count)(const Article *a);
  void (*fill)(Store *s, const Article *a, size_t i, StoreCell *row);
} ChildTable;

_Static_assert(SQL_INSERT_BLOCK == SQL_FIRST_ROWS && SQL_INSERT_DATE == SQL_FIRST_ROWS + STORE_N_CHILD - 1 &&
                   SQL_INSERT_FTS == SQL_FIRST_ROWS + STORE_QUEUE_FTS,
               "the queued tables' statements follow StoreStmt order");

static const ChildTable child_tables[STORE_N_CHILD] = {
    {3, n_blocks, fill_block},
    {2, n_sentences, fill_sentence},
    {3, n_entities, fill_entity},
    {3, n_mentions, fill_mention},
    {8, n_quotes, fill_quote},
    {8, n_numbers, fill_number},
    {5, n_dates, fill_date},
};

/* Queues the rows of one child table of document id: doc_id, seq, then the
** filler's cells. */
static void queue_child(Store *s, int *rc, int64_t id, const Article *a, int t) {
  const ChildTable *ct = &child_tables[t];
  PendingRows *p = &s->pending[t];
  size_t n = ct->count(a), width = (size_t)ct->n_cols + 2;
  if (*rc != SQLITE_OK || n == 0) return;
  if (!vec_reserve(&p->cells, p->cells.len + n * width)) {
    *rc = SQLITE_NOMEM;
    return;
  }
  for (size_t i = 0; i < n; i++) {
    StoreCell *row = p->cells.items + p->cells.len + i * width;
    row[0] = cell_int(id);
    row[1] = cell_int((int64_t)i);
    ct->fill(s, a, i, row + 2);
  }
  p->cells.len += n * width;
  p->n_rows += n;
}

static void queue_children(Store *s, int *rc, int64_t id, const Article *a) {
  for (int t = 0; t < STORE_N_CHILD; t++) queue_child(s, rc, id, a, t);
  if (s->row_text.is_oom && *rc == SQLITE_OK) *rc = SQLITE_NOMEM;
}

/* The width of queue t's rows: a child table's cells plus doc_id and seq,
** or the FTS entry's (rowid, title, body). */
static int queue_width(int t) { return t == STORE_QUEUE_FTS ? 3 : child_tables[t].n_cols + 2; }

/* The FTS entries go first: FTS5 writes its buffered terms and merges
** segments when that statement ends, and the pages the merge frees are
** then filled by the child rows that follow in the same transaction rather
** than left free in the file after the last batch (bench_ingest, 10 MB:
** 1.0 MB of free pages -> none; a batch with fewer child rows than freed
** pages still leaves some). */
void store_rows_flush(Store *s, int *rc) {
  for (int i = 0; i < STORE_N_QUEUES && !s->row_text.is_oom; i++) {
    int t = (STORE_QUEUE_FTS + i) % STORE_N_QUEUES;
    const PendingRows *p = &s->pending[t];
    if (p->n_rows == 0) continue;
    StoreRows rows = {p->cells.items, p->n_rows, queue_width(t), s->row_text.ptr};
    sqlite3_stmt *stmt = s->stmt[SQL_FIRST_ROWS + t];
    store_bind_rows(rc, stmt, 1, &rows);
    store_step_done(rc, stmt);
  }
  if (s->row_text.is_oom && *rc == SQLITE_OK) *rc = SQLITE_NOMEM;
  store_rows_drop(s);
}

void store_rows_drop(Store *s) {
  for (int t = 0; t < STORE_N_QUEUES; t++) s->pending[t].cells.len = s->pending[t].n_rows = 0;
  strbuf_clear(&s->row_text);
  store_replay_clear(s);
}

void store_fts_body(StrBuf *out, const Article *a) {
  size_t start = out->len;
  for (size_t i = 0; i < a->blocks.len; i++) {
    const Block *b = &a->blocks.items[i];
    if (b->kind != BLOCK_BODY) continue;
    if (out->len > start) strbuf_append_char(out, '\n');
    strbuf_append_span(out, article_span(a, b->r));
  }
}

/* Queues the FTS entry of document id: its title and its body, the body
** blocks joined by "\n" (exactly what the documents_fts_content view
** rebuilds, so snippets line up); an empty body is NULL. With fts, the
** tokens a parser thread prepared are queued for the stand-in tokenizer. */
static void queue_fts(Store *s, int *rc, int64_t id, Span title, const Article *a, const StoreFtsEntry *fts) {
  PendingRows *p = &s->pending[STORE_QUEUE_FTS];
  if (*rc != SQLITE_OK) return;
  if (!vec_reserve(&p->cells, p->cells.len + 3)) {
    *rc = SQLITE_NOMEM;
    return;
  }
  StoreCell *row = p->cells.items + p->cells.len;
  row[0] = cell_int(id);
  row[1] = cell_text(s, title);
  size_t body_start = s->row_text.len;
  store_fts_body(&s->row_text, a);
  size_t body_len = s->row_text.len - body_start;
  row[2] = body_len > 0 ? (StoreCell){.type = CELL_TEXT, .text = {body_start, body_len}} : cell_null;
  p->cells.len += 3;
  p->n_rows++;
  if (s->row_text.is_oom) *rc = SQLITE_NOMEM;
  else if (fts != NULL)
    store_replay_queue(s, row[1].text.at, row[1].type == CELL_TEXT ? row[1].text.len : 0, body_start, body_len, fts);
}

/* Writes the document's row and queues all its other rows; returns its id,
** or 0 when even the documents row failed. On failure *rc holds the first
** error and what was written or queued before it is still there. */
static int64_t insert_all(Store *s, int *rc, const DocMeta *meta, Span raw, const char *hash,
                          const Article *a, const StoreFtsEntry *fts) {
  insert_document(s, rc, meta, raw, hash, a);
  int64_t doc = *rc == SQLITE_OK ? sqlite3_last_insert_rowid(s->db) : 0;
  queue_children(s, rc, doc, a);
  queue_fts(s, rc, doc, store_doc_title(meta, a), a, fts);
  insert_member(s, rc, doc, meta->cluster);
  return doc;
}

/* Where the queues of the open transaction stand, so that a failed
** document's entries can be taken off again. */
typedef struct {
  size_t row_text, rows[STORE_N_QUEUES], cells[STORE_N_QUEUES], replay_texts, replay_tokens;
} QueueMark;

static QueueMark queue_mark(const Store *s) {
  QueueMark m = {s->row_text.len, {0}, {0}, s->replay.texts.len, s->replay.tokens.len};
  for (int t = 0; t < STORE_N_QUEUES; t++) m.rows[t] = s->pending[t].n_rows, m.cells[t] = s->pending[t].cells.len;
  return m;
}

static void queue_restore(Store *s, const QueueMark *m) {
  s->row_text.len = m->row_text;
  s->row_text.is_oom = false; /* what ran out of memory is taken off */
  for (int t = 0; t < STORE_N_QUEUES; t++) s->pending[t].n_rows = m->rows[t], s->pending[t].cells.len = m->cells[t];
  s->replay.texts.len = m->replay_texts;
  s->replay.tokens.len = m->replay_tokens;
}

/* Takes back the rows a failed store_add wrote of document id (0: none):
** its documents row and cluster membership (its other rows were only
** queued). Deleting the documents row deletes the membership with it (ON
** DELETE CASCADE; foreign_keys is always on), and a failed statement has
** undone itself. Nothing to do when SQLite has rolled the whole transaction
** back (FULL, IOERR, NOMEM, INTERRUPT can); when the delete itself fails,
** the batch is rolled back so that no half document can be committed. */
static void undo_add(Store *s, int64_t id) {
  if (id == 0 || sqlite3_get_autocommit(s->db)) return;
  int rc = SQLITE_OK;
  store_bind_int(&rc, s->stmt[SQL_DELETE_DOC], 1, id);
  store_step_done(&rc, s->stmt[SQL_DELETE_DOC]);
  if (rc != SQLITE_OK) store_rollback(s);
}

/* The documents row and cluster membership are written now, the child rows
** and the FTS entry queued for the commit. A failed document is taken back
** (undo_add), so the transaction holds what it held before the call and the
** caller may go on with the next document (unless the error was one that
** ends the transaction). There is no savepoint per document: every page a
** savepoint (or a multi-row statement) touches is first copied to the
** statement journal, 32 KiB a page, through a temporary file. */
LedeStatus store_add_prepared(Store *s, const DocMeta *meta, Span raw, const char *hash, const Article *a,
                              const StoreFtsEntry *fts, int64_t *id, Err *err) {
  int rc = SQLITE_OK;
  *id = 0;
  if (!s->in_transaction) return err_set(err, LEDE_ESQL, "%s: store_add outside a transaction", s->path);
  QueueMark mark = queue_mark(s);
  int64_t doc = insert_all(s, &rc, meta, raw, hash, a, fts);
  if (rc != SQLITE_OK) {
    queue_restore(s, &mark);
    LedeStatus st = store_fail(s, rc, meta->path != NULL ? meta->path : "cannot store a document", err);
    undo_add(s, doc);
    return st;
  }
  *id = doc;
  return LEDE_OK;
}

LedeStatus store_add(Store *s, const DocMeta *meta, Span raw, const char *hash, const Article *a,
                     int64_t *id, Err *err) {
  return store_add_prepared(s, meta, raw, hash, a, NULL, id, err);
}

LedeStatus store_delete(Store *s, int64_t id, Err *err) {
  int rc = SQLITE_OK;
  store_rows_flush(s, &rc); /* its queued rows and FTS entry too, if it is in this batch */
  sqlite3_stmt *content = s->stmt[SQL_FTS_CONTENT], *fts = s->stmt[SQL_DELETE_FTS];
  store_bind_int(&rc, content, 1, id);
  if (store_step_row(&rc, content)) {
    /* the FTS entry is removed with exactly the values it was indexed with */
    store_bind_int(&rc, fts, 1, id);
    for (int col = 0; col < 2; col++) {
      const char *text = (const char *)sqlite3_column_text(content, col);
      store_bind_span(&rc, fts, 2 + col, (Span){text, (size_t)sqlite3_column_bytes(content, col)});
    }
    store_step_done(&rc, fts);
  }
  store_reset(content);
  store_bind_int(&rc, s->stmt[SQL_DELETE_DOC], 1, id);
  store_step_done(&rc, s->stmt[SQL_DELETE_DOC]);
  return store_fail(s, rc, "cannot delete a document", err);
}

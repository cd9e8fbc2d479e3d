/*
** store_rank.h — lede_bm25(), the FTS5 ranking function corpus:search
** orders by: FTS5's own bm25() to the last bit, but with each document's
** length read from a per-connection array instead of one SQL lookup per row;
** and lede_bm25_top(), its k best rows of a plain AND of phrases in one pass
** per phrase. store.c registers both on every connection it opens.
*/
#ifndef LEDE_STORE_RANK_H
#define LEDE_STORE_RANK_H

#include <sqlite3.h>

/* Registers lede_bm25(documents_fts, weight...) on db (same arguments and
** result as bm25()) and lede_bm25_top(documents_fts, k, n_phrases,
** weight...) (docs/schema.md). Their length cache belongs to db and is
** freed when db closes. Returns an SQLite code (SQLITE_ERROR without FTS5). */
int store_rank_register(sqlite3 *db);

#endif

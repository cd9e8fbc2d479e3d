/*
** store_rank.h — lede_bm25(), the FTS5 ranking function corpus:search
** orders by: FTS5's own bm25() to the last bit, but with each document's
** length read from a per-connection array instead of one SQL lookup per row.
** store.c registers it on every connection it opens.
*/
#ifndef LEDE_STORE_RANK_H
#define LEDE_STORE_RANK_H

#include <sqlite3.h>

/* Registers lede_bm25(documents_fts, weight...) on db: same arguments and
** result as bm25(). Its length cache belongs to db and is freed when db
** closes. Returns an SQLite code (SQLITE_ERROR when db lacks FTS5). */
int store_rank_register(sqlite3 *db);

#endif

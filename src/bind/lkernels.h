/*
** lkernels.h — what the analysis bindings (lstats.c, lsimilar.c,
** lcompare.c, lsummary.c) share beyond lbind.h: readers for closed lists
** of string options and for bounded numbers, the hand-over of result rows
** to lua/lede/rowset.lua, and the Counter metatable name.
*/
#ifndef LEDE_LKERNELS_H
#define LEDE_LKERNELS_H

#include "lbind.h"
#include "lede.h"

/* The metatable of corpus:freq's counters (lstats.c), which lsimilar.c
** reads document frequencies from. The userdata is a WordCounter (counts.h). */
#define LEDE_COUNTER_MT "lede.Counter"

/* Reads opts.field at argument arg as one of names (NULL-terminated) and
** returns its index; def when absent. Anything else raises "bad argument
** #arg to 'f' (opts.field: one of 'a', 'b' expected, got 'x')". */
int lk_opt_choice(lua_State *L, int arg, const char *field, const char *def,
                  const char *const names[]);

/* Reads opts.field as a number in [lo, hi] (def when absent), raising a
** bad-argument error naming the field otherwise. */
double lk_opt_number(lua_State *L, int arg, const char *field, double def, double lo, double hi);

/* Replaces the list of row tables at the top of the stack with
** require("lede.rowset").new(rows, columns). */
void lk_to_rowset(lua_State *L, const char *const columns[]);

#endif

/*
** lbench.c — two private measuring primitives for benchmark scripts
** (tests/bench/bench_query.lua): a monotonic wall clock and the peak
** resident memory of the process. Lua's os.clock counts CPU time only.
*/
#include <sys/resource.h>
#include <time.h>

#include "lbind.h"

/* lede._clock() -> seconds on a monotonic clock (for differences only). */
static int lbench_clock(lua_State *L) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  lua_pushnumber(L, (lua_Number)ts.tv_sec + (lua_Number)ts.tv_nsec * 1e-9);
  return 1;
}

/* lede._peak_rss() -> the peak resident set size of the process, in bytes. */
static int lbench_peak_rss(lua_State *L) {
  struct rusage ru;
  if (getrusage(RUSAGE_SELF, &ru) != 0) return luaL_error(L, "getrusage failed");
  lua_pushinteger(L, (lua_Integer)ru.ru_maxrss * 1024); /* Linux: kilobytes */
  return 1;
}

static const LedeReg bench_functions[] = {
    {"_clock", lbench_clock, NULL, NULL},
    {"_peak_rss", lbench_peak_rss, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

void lbind_open_bench(lua_State *L, int lede_table) {
  lbind_register(L, lede_table, "lede.", bench_functions);
}

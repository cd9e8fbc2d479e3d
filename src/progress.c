/*
** progress.c — a one-line progress bar on stderr for ingest:
**   [#########.......]  412/1000 files  38.2/91.0 MB  1,204 art/s  ETA 0:42
*/
#include "progress.h"

#include <stdio.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

bool progress_wanted(void) { return isatty(STDERR_FILENO); }

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void progress_draw(const IngestProgress *p, void *user) {
  static double last_draw = 0; /* throttle only; no state beyond the screen */
  (void)user;
  double t = now();
  bool is_last = p->files_total > 0 && p->files_done >= p->files_total;
  if (!is_last && t - last_draw < 0.1) return;
  last_draw = t;
  double frac = p->bytes_total ? (double)p->bytes_done / (double)p->bytes_total : 0;
  if (frac > 1) frac = 1;
  char bar[21];
  int filled = (int)(frac * 20);
  for (int i = 0; i < 20; i++) bar[i] = i < filled ? '#' : '.';
  bar[20] = '\0';
  size_t done = p->added + p->skipped + p->failed;
  double rate = p->seconds > 0 ? (double)done / p->seconds : 0;
  double eta = frac > 0.01 ? p->seconds * (1 - frac) / frac : 0;
  fprintf(stderr, "\r[%s] %zu/%zu files  %.1f/%.1f MB  %.0f art/s  ETA %d:%02d\033[K", bar,
          p->files_done, p->files_total, (double)p->bytes_done / 1e6, (double)p->bytes_total / 1e6,
          rate, (int)eta / 60, (int)eta % 60);
  fflush(stderr);
}

void progress_done(void) {
  fputs("\r\033[K", stderr);
  fflush(stderr);
}

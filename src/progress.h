/*
** progress.h — the progress bar of long jobs, drawn on stderr when it is a
** terminal: a bar, files, MB, articles/s and the time left. Quiet otherwise.
*/
#ifndef LEDE_PROGRESS_H
#define LEDE_PROGRESS_H

#include <stdbool.h>

#include "ingest.h"

/* Whether a bar should be drawn: stderr is a terminal. */
bool progress_wanted(void);

/* Draws p over the previous bar (an IngestOptions.on_progress callback;
** user is unused). Redraws at most ten times a second. */
void progress_draw(const IngestProgress *p, void *user);

/* Clears the bar's line, so the summary starts on a clean line. */
void progress_done(void);

#endif

// ncursesw with the wide-character API, plus inline accessors for the C globals
// (stdscr, COLS, LINES) so Swift 6 strict concurrency never touches mutable globals.
#ifndef RECOURSE_CNCURSES_SHIM_H
#define RECOURSE_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *recourse_stdscr(void) { return stdscr; }
static inline int recourse_cols(void) { return COLS; }
static inline int recourse_lines(void) { return LINES; }
static inline int recourse_colors(void) { return COLORS; }
static inline int recourse_color_pairs(void) { return COLOR_PAIRS; }

#endif

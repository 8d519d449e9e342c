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
#include <langinfo.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

extern int wcwidth(wchar_t c);

static inline WINDOW *recourse_stdscr(void) { return stdscr; }
static inline int recourse_cols(void) { return COLS; }
static inline int recourse_lines(void) { return LINES; }
static inline int recourse_colors(void) { return COLORS; }
static inline int recourse_color_pairs(void) { return COLOR_PAIRS; }

// A screen on the process's stdout/stdin for $TERM (NULL on failure, unlike initscr, which exits).
static inline SCREEN *recourse_newterm(void) { return newterm(NULL, stdout, stdin); }

// Attribute bits (macros built from NCURSES_BITS, which Swift cannot import).
static inline attr_t recourse_a_normal(void) { return A_NORMAL; }
static inline attr_t recourse_a_bold(void) { return A_BOLD; }
static inline attr_t recourse_a_dim(void) { return A_DIM; }
static inline attr_t recourse_a_underline(void) { return A_UNDERLINE; }
static inline attr_t recourse_a_reverse(void) { return A_REVERSE; }
static inline attr_t recourse_a_italic(void) { return A_ITALIC; }

// Key codes that are function-like macros.
static inline int recourse_key_f(int n) { return KEY_F(n); }

// Display width of one wide character in the current locale (-1: not printable).
static inline int recourse_wcwidth(wchar_t c) { return wcwidth(c); }

// True when the current LC_CTYPE uses UTF-8.
static inline int recourse_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// Draws one cell: up to CCHARW_MAX wide characters (NUL-terminated), attributes and an extended
// colour pair, at row y, column x of stdscr.
static inline int recourse_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, int pair) {
    cchar_t cell;
    memset(&cell, 0, sizeof cell);
    if (setcchar(&cell, wch, attrs, 0, &pair) == ERR) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

// --- Restoring the terminal on signals and exit ------------------------------------------------

// The actions that were installed before ours, per signal number.
static inline struct sigaction *recourse_saved_actions(void) {
    static struct sigaction saved[65];
    return saved;
}

// Restores the terminal, puts back the previous action and lets the signal take its course:
// asynchronous signals are raised again; faults return and re-fault under the previous action
// (which keeps the Swift runtime's crash report working).
static inline void recourse_on_signal(int sig) {
    endwin();
    if (sig > 0 && sig < 65) sigaction(sig, &recourse_saved_actions()[sig], NULL);
    if (sig == SIGINT || sig == SIGTERM || sig == SIGHUP || sig == SIGQUIT || sig == SIGABRT) raise(sig);
}

static inline void recourse_restore_at_exit(void) {
    if (!isendwin()) endwin();
}

// Installs the restoring handler for termination and crash signals, and an atexit hook.
// Call once, before newterm, so ncurses does not install its own SIGINT/SIGTERM handlers.
static inline void recourse_install_restore_handlers(void) {
    static int installed = 0;
    if (installed) return;
    installed = 1;
    int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP };
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = recourse_on_signal;
    sigemptyset(&action.sa_mask);
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        sigaction(signals[i], &action, &recourse_saved_actions()[signals[i]]);
    }
    atexit(recourse_restore_at_exit);
}

#endif

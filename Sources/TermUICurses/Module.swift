// TermUICurses module.

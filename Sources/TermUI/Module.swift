// TermUI module.

// RecourseConsole module.

// RecourseStore module.

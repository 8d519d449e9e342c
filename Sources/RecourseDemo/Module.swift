// RecourseDemo module.

"""Claims: quotations and reported speech, their content, their speakers and channels."""

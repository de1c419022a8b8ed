"""The brief: build it from documents and annotations, render it as Markdown."""

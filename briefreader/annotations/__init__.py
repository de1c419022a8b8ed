"""Annotations: the records a reader makes, their links to extracted items, W3C exchange."""

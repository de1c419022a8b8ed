"""Extraction of actors, claims and casualty figures from a Document (Qt-free)."""

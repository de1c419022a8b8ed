"""Corrections to the extraction: make them, apply them, describe them."""

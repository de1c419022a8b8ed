"""Anchoring: place a stored annotation on a text that may have changed, strategy by strategy."""

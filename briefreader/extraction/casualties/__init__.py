"""Casualty figures: phrases, cues, sources, and the figures read from them."""

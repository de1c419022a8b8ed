"""Actors: mentions from the model's entities, repaired, named, kinded and merged."""

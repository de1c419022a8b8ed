"""The dock panels: actors, claims and casualty figures of the current article."""

"""One open article's state, the work done for it off the GUI thread, and its undo commands."""

"""The extraction child process the window uses, so spaCy never holds the window's interpreter
lock.
"""

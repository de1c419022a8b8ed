"""Blocks that are not story text: bylines and contributor lines (their names are not actors of
the story), and short subheadings (read like the headline, not as statements)."""

from __future__ import annotations

import re

_CREDIT = re.compile(r"^\W*(?:\(?\s*(?:additional |with )?reporting\b|writing by|editing by|"
                     r"compiled by|.{0,80}\bcontributed (?:reporting|to this (?:report|article|"
                     r"story))|follow (?:him|her|us|them)? ?on )", re.I)
_BYLINE = re.compile(r"^\W*By [A-Z][\w.'’-]+(?: (?:and )?[A-Z][\w.'’-]+){0,4}\W*$")

def is_credit_line(text: str) -> bool:
    """Bylines and contributor lines: names there are not actors of the story."""
    return bool(_CREDIT.match(text) or _BYLINE.match(text))


def is_subhead(text: str) -> bool:
    """A short line without closing punctuation: a subheading, read like the headline."""
    text = text.strip()
    return len(text.split()) <= 6 and not text.endswith((".", "?", "!", '"', "”", ":"))

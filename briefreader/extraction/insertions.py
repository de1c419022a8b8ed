"""Editorial insertions in square brackets, blanked before parsing.

Wire copy and monitoring reports insert the editor's words into a sentence: "were on Friday
[12 March] killed", "in [northern] province". Parsed as written, the
bracket breaks the sentence in two and the verb loses its subject. Insertions that are a date, a
number or lower-case words are replaced by spaces of the same length, so every offset still
points into the document's text; bracketed names and acronyms ("[AIP]") are kept, as they may
name an actor.
"""

from __future__ import annotations

import re

from briefreader.extraction.rules import rule

_DAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
           r"|December)")
INSERTION = re.compile(rf"\[(?:[\d\s,./-]*{_MONTHS}?[\d\s,./-]*|{_DAYS}[^\[\]]{{0,30}}"
                       rf"|\d[^\[\]]{{0,30}}|[a-z][^\[\]]{{0,40}})\]")


@rule("casualties.bracketed_insertions", "casualties",
      "an editor's insertion in square brackets that is a date, a number or lower-case words "
      "('were on Friday [12 March] killed', '[northern] province') is blanked before parsing")
def blank_insertions(text: str) -> str | None:
    if "[" not in text:
        return None
    blanked = INSERTION.sub(lambda m: " " * len(m.group()), text)
    return blanked if blanked != text else None

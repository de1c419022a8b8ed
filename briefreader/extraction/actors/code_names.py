"""Armed movements named by a code of letters and digits ("the K17 rebels", "RZ-7 fighters") or
by an acronym before fighters' nouns ("KLF militants").

The model takes such a code for a place or a product, or leaves it untagged. Once the text names
a code as fighters, every mention of it is that armed group, wherever it is written ("backing
K17"), and a code the model left untagged before the fighters' noun is a mention of its own.
One pass of a regular expression over the text, so this stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefreader.document import Document
from briefreader.extraction.actors.mention_records import NameMention
from briefreader.extraction.rules import rule

# "M23", "K17", "RZ-7": capitals then digits; or an acronym of capitals ("KLF")
_CODE = r"(?P<code>\b(?:[A-Z]{1,4}-?[0-9]{1,3}|[A-Z]{2,6})\b)"
# the nouns that make the code fighters: "rebels", "the K17 rebel movement", "armed group";
# not "F-16 fighter jets"
_FIGHTERS = (r"\s+(?P<noun>rebels?|fighters|militants|insurgents|militia(?:men)?|gunmen"
             r"|(?:armed|militant|insurgent)\s+(?:group|movement))\b"
             r"(?!\s+(?:jets?|planes?|aircraft|bombers?)\b)")
_CODE_BEFORE_FIGHTERS = re.compile(_CODE + _FIGHTERS)
# one capital, a hyphen and digits before "fighters" is a warplane's type: "bought F-16 fighters"
_AIRCRAFT = re.compile(r"[A-Z]-[0-9]+")


def warplane(code: str, noun: str) -> bool:
    return noun == "fighters" and _AIRCRAFT.fullmatch(code) is not None
_HAS_DIGIT = re.compile(r"[0-9]")


def _code_of(m: NameMention) -> str:
    return m.text[4:] if m.text.startswith("the ") else m.text


@rule("actors.code-name-fighters", "actors", "\"the K17 rebel movement\", \"RZ-7 fighters\": a "
      "code of letters and digits (or a tagged acronym) before fighters' nouns is an armed group, "
      "wherever the text writes it ('backing K17')", off=False)
def armed_code_names(mentions: list[NameMention], document: Document) -> bool:
    """Relabel the code's mentions as the armed group and add the untagged ones (in place)."""
    text = document.text
    title_end = document.blocks[0].end if document.blocks \
        and document.blocks[0].kind == "title" else -1
    tagged = {_code_of(m) for m in mentions}
    found = [(c.start("code"), c.end("code"), c.group("code"))
             for c in _CODE_BEFORE_FIGHTERS.finditer(text)
             if not warplane(c.group("code"), c.group("noun"))]
    # an acronym is a code only where the model saw a name; a digit makes any code a name
    codes = {code for _, _, code in found if _HAS_DIGIT.search(code) or code in tagged}
    if not codes:
        return False
    for m in mentions:
        if _code_of(m) in codes and m.label in ("place", "person", "organization"):
            m.label, m.armed, m.placed = "organization", True, False
            m.rules.append("actors.code-name-fighters")
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in spans]
    for start, end, code in found:
        j = bisect_right(starts, start) - 1
        # mentions do not overlap, so only the one starting last before the code can hold it
        if code in codes and start >= title_end and not (j >= 0 and start < spans[j][1]):
            mentions.append(NameMention(start, end, code, "organization", agentive=True,
                                        armed=True, rules=["actors.code-name-fighters"]))
    mentions.sort(key=lambda m: (m.start, -m.end))
    return True

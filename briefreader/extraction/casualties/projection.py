"""Reported or projected: whether a warning, a scenario or a condition frames a figure."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefreader.extraction.casualties import cues
from briefreader.extraction.casualties.phrases import Sentence
from briefreader.extraction.rules import rule


def is_projected(sentence: Sentence, start: int, end: int, category: str, cue_first: bool,
                 cue: int) -> bool:
    """A warning or scenario: a modal in the figure ("could be killed"), before its verb ("could
    kill 100"), or a condition before it ("if 100 people are killed"); ``cue`` is where the
    figure's cue word starts."""
    pattern = cues.PROJECTED_AFFECTED if category == "affected" else cues.PROJECTED
    if _governing(sentence, pattern.finditer(sentence.text[start:end].lower()), start, cue):
        return True
    base = max(0, start - 80)
    lead = sentence.text[base:start].lower()
    words = re.search(r"(?:\S+\s+){0,4}$", lead)
    lead = lead[words.start():] if words else ""
    cuts = list(cues.CLAUSE_CUT.finditer(lead))
    if cuts:  # "the UN will meet after 300 people were killed": the modal is another clause's
        lead = lead[cuts[-1].end():]
    # before a subject ("the UN would help 20,000 people trapped ...") only a condition counts
    lead_pattern = pattern if cue_first else cues.CONDITION
    return _governing(sentence, lead_pattern.finditer(lead), start - len(lead), cue)


def _governing(sentence: Sentence, modals: Iterator[re.Match[str]], base: int, cue: int) -> bool:
    """Whether any of the modals found (offsets from ``base``) frames the figure."""
    return any(not other_clause(sentence, base + m.start(), cue) for m in modals)


@rule("casualties.modal_of_another_clause", "casualties",
      "a modal frames only the clause it belongs to: 'the fighting, which will displace "
      "thousands, has killed 14 civilians' reports 14 killed")
def other_clause(sentence: Sentence, modal: int, cue: int) -> bool:
    span = sentence.span
    if span is None:
        return False
    base = span.start_char
    tokens = {t.idx - base: t for t in span}
    word, verb = tokens.get(modal), tokens.get(cue)
    if word is None or verb is None:
        return False
    # "could", "will" and "if" lean on a verb; "threatened" and "risk" are the frame themselves
    frame = word.head if word.dep_ in ("aux", "mark", "advmod") else word
    return verb not in frame.subtree

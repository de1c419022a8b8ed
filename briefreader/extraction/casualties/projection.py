"""Reported or projected: whether a warning, a scenario or a condition frames a figure."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefreader.extraction.casualties.phrases import Sentence
from briefreader.extraction.rules import rule

# Warnings and scenarios, as opposed to counts of what happened.
# "may have died" hedges a past count; "may die" and "might have to leave" forecast one.
_MODAL = (r"(?:could|(?<!\d )may(?! \d)|might)(?! have\b(?! to\b))|would|will|shall|'ll"
          r"|threaten|threatens|threatened|threatening|expected to|likely to|set to|poised to"
          r"|feared to|in danger of|(?:forecast|projected|predicted|on course|on track) to"
          r"|(?:planning|plans|planned|plotting|intending|intends|intended) to|intention of")
PROJECTED = re.compile(rf"\b(?:{_MODAL}|risk|risks|risking|at risk of"
                       r"|if(?! (?:confirmed|true|verified|accurate|correct)))\b")
CONDITION = re.compile(r"\b(?:if(?! (?:confirmed|true|verified|accurate|correct))|unless)\b")
CLAUSE_CUT = re.compile(r"\b(?:after|before|when|while|because|since|though|although|but)\b"
                        r"|[;:—]")
# For people "at risk" (affected), the risk is what they are counted for, not a forecast.
PROJECTED_AFFECTED = re.compile(rf"\b(?:{_MODAL})\b")


def is_projected(sentence: Sentence, start: int, end: int, category: str, cue_first: bool,
                 cue: int) -> bool:
    """A warning or scenario: a modal in the figure ("could be killed"), before its verb ("could
    kill 100"), or a condition before it ("if 100 people are killed"); ``cue`` is where the
    figure's cue word starts."""
    pattern = PROJECTED_AFFECTED if category == "affected" else PROJECTED
    if _governing(sentence, pattern.finditer(sentence.text[start:end].lower()), start, cue):
        return True
    base = max(0, start - 80)
    lead = sentence.text[base:start].lower()
    words = re.search(r"(?:\S+\s+){0,4}$", lead)
    lead = lead[words.start():] if words else ""
    cuts = list(CLAUSE_CUT.finditer(lead))
    if cuts:  # "the UN will meet after 300 people were killed": the modal is another clause's
        lead = lead[cuts[-1].end():]
    # before a subject ("the UN would help 20,000 people trapped ...") only a condition counts
    lead_pattern = pattern if cue_first else CONDITION
    if cue_first and counterfactual(lead):
        return True
    if not cue_first and any(frames_the_cue(sentence, start - len(lead) + m.start(), cue)
                             for m in pattern.finditer(lead)):
        return True
    return _governing(sentence, lead_pattern.finditer(lead), start - len(lead), cue)


@rule("casualties.modal_frames_the_cue", "casualties",
      "'a dam failure would put 200,000 residents at risk': a modal before the amount frames "
      "the figure when its verb governs the cue itself, not through the people ('would help "
      "20,000 people trapped' reports the trapped)")
def frames_the_cue(sentence: Sentence, modal: int, cue: int) -> bool:
    span = sentence.span
    if span is None:
        return False
    tokens = {t.idx - span.start_char: t for t in span}
    word, verb = tokens.get(modal), tokens.get(cue)
    if word is None or verb is None or word.dep_ != "aux":
        return False
    frame, step = word.head, verb
    while step.i != step.head.i and step.i != frame.i:
        if step.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            return False  # the cue says what the people are: "people trapped"
        step = step.head
    return step.i == frame.i


@rule("casualties.counterfactual", "casualties",
      "'he could have killed dozens': what could have happened did not ('may have died' "
      "still hedges a count)")
def counterfactual(lead: str) -> bool:
    return re.search(r"\bcould have\s+(?:[\w-]+\s+)?$", lead) is not None


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

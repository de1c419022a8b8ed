"""Speech verbs inside another attribution's content: part of that content, except a verb
coordinated with the reporting verb by a misparse ('said X and urged Y'), and a closing relay
('X said A, the news agency reported.') that adds no claim."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction.rules import applies, register

if TYPE_CHECKING:
    from briefreader.extraction.claims.attribution import Attribution

register("claims.coordinated-verb", "claims", "'said X and urged Y' misparsed as one content: "
         "the second speech verb ends the first content and shares its speaker")
register("claims.closing-relay", "claims", "'X said A, the news agency reported.': the first "
         "speaker's statement is A; the closing relay adds no claim")


def unnest(atts: list[Attribution]) -> list[Attribution]:
    """A speech verb inside another's content is part of that content, except a verb
    coordinated with the reporting verb by a misparse ('said X and urged Y'), which ends the
    first content and shares its speaker."""
    _relay_last(atts)
    kept: list[Attribution] = []
    for att in atts:
        outer = next((o for o in atts if o is not att and o.content and o.cue != "according to"
                      and o.content[0] <= att.verb.i < o.content[1]), None)
        if outer is None or att.cue == "according to":
            kept.append(att)
            continue
        own_subject = any(c.dep_ == "nsubj" for c in att.verb.children)
        if att.verb.dep_ == "conj" and not own_subject and att.content \
                and applies("claims.coordinated-verb"):
            cut = att.verb.i
            for c in att.verb.head.children:
                if c.dep_ == "cc" and c.i < att.verb.i:
                    cut = min(cut, c.i)
            outer.content = (outer.content[0], min(outer.content[1], cut))
            att.subject, att.subject_via = outer.subject, outer.subject_via
            att.rules.append("claims.coordinated-verb")
            outer.rules.append("claims.coordinated-verb")
            kept.append(att)
    return kept


def _relay_last(atts: list[Attribution]) -> None:
    """'X said A, the news agency reported.': each verb's parse holds the other, and the first
    speaker's statement is A; the closing relay ('..., the agency reported') adds no claim."""
    for first in atts:
        for relay in atts:
            if relay is first or not first.content or not relay.content \
                    or not first.verb.i < relay.verb.i or relay.cue == "according to":
                continue
            if first.content[0] <= relay.verb.i < first.content[1] \
                    and relay.content[0] <= first.verb.i < relay.content[1] \
                    and applies("claims.closing-relay"):
                first.rules.append("claims.closing-relay")
                subject = relay.subject.left_edge.i if relay.subject is not None \
                    else relay.verb.i
                doc = first.verb.doc
                end = subject
                while end > first.content[0] and doc[end - 1].is_punct:
                    end -= 1
                first.content = (first.content[0], end)
                relay.content = None

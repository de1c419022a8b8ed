"""A body's name the model broke at its "and": "the Provincial Peace and [Good Order Committee]"
(only the part after "and" tagged) or "[Regional Truth] and [Justice Commission]" (two halves
tagged apart) is one name, when an organisation word ends the whole and none ends the first
part, or when an organisation word opens the untagged words before "and" ("the Coalition for
Justice and [Dignity of Communities]")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.lexicon.bodies import ORG_NAME_WORDS
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_INNER_GLUE = frozenset("of for on".split())


def _untagged_title_word(tok: Token, titles: bool = False) -> bool:
    """An untagged capitalised word; a title word ("Justice") only when ``titles``."""
    return tok.text.istitle() and not tok.ent_type_ and tok.pos_ in ("PROPN", "NOUN", "ADJ") \
        and (titles or tok.text.lower() not in lexicon.TITLES)


def _first_half(start: int, out: list[Span]) -> int | None:
    """'[Regional Truth] and [Justice Commission]': the body before 'and' is the first half of
    one name when it is no body on its own (no organisation word ends it). The first half is
    taken out of ``out``."""
    prev = out[-1] if out else None
    if prev is None or prev.end != start - 1 or prev.label_ != "ORG" or len(prev) < 2 \
            or prev[-1].text.lower() in ORG_NAME_WORDS or lexicon.known_body(prev.text):
        return None
    out.pop()
    return prev.start


def _untagged_start(doc: Doc, start: int, titles: bool = False) -> int | None:
    """'The Provincial Peace and [...]': the untagged capitalised words before 'and', when no
    organisation word ends them (else they are a body of their own: 'the X Fund and ...')."""
    if not _untagged_title_word(doc[start - 2], titles) \
            or doc[start - 2].text.lower() in ORG_NAME_WORDS:
        return None
    left = start - 2
    while left > 0 and (_untagged_title_word(doc[left - 1], titles) or left > 1
                        and doc[left - 1].text in _INNER_GLUE
                        and _untagged_title_word(doc[left - 2], titles)):
        left -= 1
    return None if doc[left].text.lower() in _INNER_GLUE else left


@rule("actors.name-across-and", "actors", "\"the Provincial Peace and [Good Order Committee]\": a "
      "body's name tagged only after its 'and' runs back over the capitalised words before it")
def across_and(doc: Doc, start: int, end: int, label: str, out: list[Span]) -> int | None:
    """The new first token of the body's name tagged at ``start:end``, or None."""
    if label != "ORG" or start < 2 or doc[start - 1].text not in ("and", "&"):
        return None
    if doc[end - 1].text.lower() not in lexicon.ORG_HEADS:
        # "the Coalition for Justice and [Dignity of Communities]": an organisation word opens
        # the whole name instead
        left = _untagged_start(doc, start, titles=True)
        return left if left is not None and doc[left].text.lower() in lexicon.ORG_HEADS else None
    first = _first_half(start, out)
    return first if first is not None else _untagged_start(doc, start)

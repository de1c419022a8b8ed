"""Attributions in a headline: "Minister Warns of Floods in the North", "Floods Will Worsen,
Agency Says", "Mayor Lund: 'We Will Rebuild'". Headlines are written in title case, where the
parser's tags are unreliable, so a headline is read by its shape: a speech verb in the present
(the headline tense) between a short source phrase and what it says, or after them both, or a
quotation after the source and a colon. The source must be an actor or a noun that names one
('Lawmaker', 'Former Doctor', 'Study'); anything else is left alone, since a headline claim
that is wrong costs as much as a body's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.claims.drafts import Draft
from briefreader.extraction.claims.quotes import find_quotes
from briefreader.extraction.claims.speaker_phrases import MentionIndex
from briefreader.extraction.claims.speakers import Speaker
from briefreader.extraction.lexicon.people import PERSON_NOUNS, SPEAKER_GROUP_NOUNS
from briefreader.extraction.lexicon.speech import HEADLINE_SOURCES, VERB_PREPOSITIONS
from briefreader.extraction.nlp import doc_text
from briefreader.extraction.rules import rule, tracing

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MAX_SOURCE = 6  # words in a headline's source phrase
_BREAKS = frozenset(",:;|")


def _present(tok: Token) -> str | None:
    """The base of a speech verb in the headline present ('Says', 'warns'), else None."""
    low = tok.text.lower()
    base = lexicon.speech_verb(low)
    return base if base and low.endswith("s") and low != base else None


def _source(index: MentionIndex, toks: list[Token], offset: int) -> Speaker | None:
    """The speaker a headline's source phrase names: an actor in it, or a noun naming a source
    ('Former White House Doctor')."""
    words = [t for t in toks if not t.is_punct]
    if not 1 <= len(words) <= _MAX_SOURCE or not words[0].text[:1].isupper():
        return None
    for tok in words:
        actor = index.at(offset + tok.idx)
        if actor is not None:
            return Speaker(actor.name, actor.id, actor.kind == "person")
    last = words[-1].text.lower()
    single = last[:-1] if last.endswith("s") else last
    if any(w in lexicon.TITLES or w in PERSON_NOUNS or w in lexicon.ORG_HEADS
           or w in SPEAKER_GROUP_NOUNS or w in HEADLINE_SOURCES for w in (last, single)):
        person = single in PERSON_NOUNS and not last.endswith("s")
        return Speaker(" ".join(t.text for t in words), None, person)
    return None


def _words(toks: list[Token]) -> list[Token]:
    while toks and (toks[-1].is_punct and not toks[-1].is_quote or toks[-1].is_space):
        toks = toks[:-1]
    return toks


@rule("claims.headline-says", "claims", "'Minister Warns of Floods in the North': a source and a "
      "speech verb in the present open a headline; the rest is what it says")
def _source_first(index: MentionIndex, doc: Doc, verb: Token, offset: int) -> Draft | None:
    start = max((t.i + 1 for t in doc[: verb.i] if t.text in _BREAKS), default=0)
    speaker = _source(index, list(doc[start: verb.i]), offset)
    content = _words(list(doc[verb.i + 1:]))
    base = lexicon.speech_verb(verb.text) or ""
    if content and content[0].text.lower() in VERB_PREPOSITIONS.get(base, ()):
        content = content[1:]  # "Calls for a Truce": the truce is what is called for
    if speaker is None or len(content) < 2:
        return None
    return Draft(offset + content[0].idx, offset + content[-1].idx + len(content[-1]), speaker,
                 "indirect", verb.text)


@rule("claims.headline-says-after", "claims", "'Floods Will Worsen, Agency Says': a source and "
      "a speech verb closing a headline after a comma say what comes before")
def _source_last(index: MentionIndex, doc: Doc, verb: Token, offset: int) -> Draft | None:
    if _words(list(doc[verb.i + 1:])):
        return None
    comma = max((t.i for t in doc[: verb.i] if t.text == ","), default=-1)
    start = max((t.i + 1 for t in doc[:comma] if t.text in ":;|"), default=0)
    speaker = _source(index, list(doc[comma + 1: verb.i]), offset) if comma > 0 else None
    content = _words(list(doc[start:comma])) if comma > 0 else []
    if speaker is None or len(content) < 2:
        return None
    return Draft(offset + content[0].idx, offset + content[-1].idx + len(content[-1]), speaker,
                 "indirect", verb.text)


@rule("claims.headline-colon-quote", "claims", "\"Mayor Lund: 'We Will Rebuild'\": a quotation "
      "after a colon in a headline is the source's before it")
def _colon_quote(index: MentionIndex, doc: Doc, text: str, offset: int) -> Draft | None:
    colon = next((t for t in doc if t.text == ":"), None)
    if colon is None:
        return None
    quotes = find_quotes(text, offset + colon.idx, offset + len(doc_text(doc)))
    if len(quotes) != 1 or text[offset + colon.idx + 1: quotes[0].mark_start].strip():
        return None
    source = [t for t in doc[: colon.i]]
    actor = next((a for t in source if (a := index.at(offset + t.idx)) is not None), None)
    if actor is None:
        return None
    speaker = Speaker(actor.name, actor.id, actor.kind == "person")
    return Draft(quotes[0].start, quotes[0].end, speaker, "direct", ":", True)


def headline_claims(text: str, doc: Doc, offset: int, index: MentionIndex) -> list[Draft]:
    """The attributed statement of a headline, if its shape says it has one."""
    with tracing() as names:
        found = _colon_quote(index, doc, text, offset)
        verb = next((t for t in doc[1:] if _present(t)), None)
        if found is None and verb is not None:
            found = _source_last(index, doc, verb, offset) \
                or _source_first(index, doc, verb, offset)
    if found is None:
        return []
    found.rules = names
    return [found]

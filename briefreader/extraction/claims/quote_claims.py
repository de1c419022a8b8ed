"""Quotations made claims: a quotation that is the reported content becomes a direct claim; one
set beside "he said" or "according to X" takes that speaker; a quotation standing alone as a
sentence continues the previous speaker's statement ("...," he said. "..."); a quotation split
by ``, he said,`` inside one sentence stays one claim."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.claims.drafts import Draft, Said
from briefreader.extraction.claims.quotes import QuotePiece
from briefreader.extraction.claims.speakers import Speaker
from briefreader.extraction.lexicon.speech import UTTERANCE_VERBS
from briefreader.extraction.rules import applies, register, rule, tracing

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MAX_GAP = 90
SENTENCE_END = re.compile(r"[.!?]")

register("claims.quote-is-content", "claims", "a quotation that is (nearly all of) the reported "
         "content makes the claim direct, its span the quotation")
register("claims.quote-holds-content", "claims", "reported content inside a quotation: the "
         "quotation is the direct claim")
register("claims.quote-beside-attribution", "claims", "a quotation set beside 'he said' or "
         "'according to X' (no sentence end between) takes that speaker")
register("claims.split-quotation", "claims", "'\"And every winter,\" Novak wrote, \"the agency "
         "asks ...\"': one sentence split by its attribution is one claim")
register("claims.quote-alone", "claims", "a quotation standing alone as a sentence continues the "
         "previous speaker's statement (or the speaker before a colon)")
register("claims.paragraph-carries-on", "claims", "a paragraph opening with a quoted phrase and "
         "no attribution of its own carries on the previous paragraph's account")


def _holding_draft(text: str, q: QuotePiece, qi: int, out: list[Draft],
                   used: dict[int, int]) -> list[Draft] | None:
    """A quotation and the reported content around or inside it: the quotation becomes the
    direct claim. None when no draft holds or sits inside the quotation."""
    holder = next((d for d in out if d.start <= q.start + 1 and d.end >= q.end - 1), None)
    if holder is not None:
        outside = (q.mark_start - holder.start) + (holder.end - q.mark_end)
        if outside < 40 and len(re.findall(r"\w+", text[holder.start : q.mark_start] + " "
                                            + text[q.mark_end : holder.end])) <= 1 \
                and applies("claims.quote-is-content"):
            holder.start, holder.end, holder.kind = q.start, q.end, "direct"
            used[qi] = holder.said_index
            holder.from_quote = True
            holder.rules.append("claims.quote-is-content")
        return out
    inner = [d for d in out if q.mark_start <= d.start and d.end <= q.mark_end]
    if inner and applies("claims.quote-holds-content"):
        keep = inner[0]
        keep.start, keep.end, keep.kind, keep.from_quote = q.start, q.end, "direct", True
        keep.rules.append("claims.quote-holds-content")
        used[qi] = keep.said_index
        return [d for d in out if d is keep or d not in inner]
    return None


@rule("claims.said-comma-quote", "claims", "'Olsen said, \"When people come back ...\"': a "
      "quotation after the speech verb and a comma or colon is what it says, however the parser "
      "hung it")
def _introduced(gap_text: str) -> bool:
    return gap_text.strip() in (",", ":")


@rule("claims.chanted-quotation", "claims", "'Protesters chanted \"What curfew?\"': the quoted "
      "object of a verb of the voice is what was said")
def _chanted(verb: Token) -> bool:
    return lexicon.speech_verb(verb.text) in UTTERANCE_VERBS


@rule("claims.quote-ends-its-sentence", "claims", "'X boasted, \"That makes me smart.\" Y was "
      "...': a quotation ending its sentence is not spoken by an attribution in the next one")
def _ends_its_sentence(text: str, q: QuotePiece, gap_text: str) -> bool:
    first = next((c for c in gap_text if c.isalpha()), "")
    return text[q.start : q.end].rstrip()[-1:] == "." and first.isupper()


def _nearest_said(text: str, q: QuotePiece, said: list[Said], block_start: int) -> int | None:
    """The attribution closest to a quotation with no sentence end or other quotation between."""
    best, best_gap = None, _MAX_GAP + 1
    for si, s in enumerate(said):
        if s.left >= q.mark_end:
            gap_text = text[q.mark_end : s.left]
            if _ends_its_sentence(text, q, gap_text):
                continue
        elif s.right <= q.mark_start:
            gap_text = text[s.right : q.mark_start]
            verb = s.att.verb
            obj_end = verb.doc[verb.right_edge.i]
            if s.att.content is None and s.att.cue != "according to" and \
                    block_start + obj_end.idx >= q.start and not _introduced(gap_text) \
                    and not _chanted(verb):
                continue  # the quotation is the verb's object: 'calling a "truce"'
        else:
            continue
        if SENTENCE_END.search(gap_text) or any(m in gap_text for m in ('"', "“", "''")):
            continue
        if len(gap_text) < best_gap:
            best, best_gap = si, len(gap_text)
    return best


_MINOR_WORDS = frozenset("and or of the a an in on to for at by with".split())
_BEFORE_TITLE = re.compile(r"(?:['’]s|\b(?:on|in|of|at|from|by|with|the|titled|called|named))$",
                           re.IGNORECASE)


@rule("claims.quoted-title", "claims", "'said on Channel Five's \"Morning Show\"': a quoted "
      "name in title case after a possessive or a preposition is a title, not speech")
def _quoted_title(text: str, q: QuotePiece) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", text[q.start : q.end])
    if not 1 <= len(words) <= 8 or not words[0][0].isupper() \
            or not all(w[0].isupper() or w in _MINOR_WORDS for w in words):
        return False
    return _BEFORE_TITLE.search(text[max(0, q.mark_start - 12) : q.mark_start].rstrip()) is not None


def _beside(text: str, quotes: list[QuotePiece], qi: int, best: int, said: list[Said],
            out: list[Draft], used: dict[int, int]) -> None:
    q, s = quotes[qi], said[best]
    if _quoted_title(text, q):
        return
    prev = next((p for p, a in used.items() if a == best), None)
    if prev is not None and _one_sentence(text, quotes[prev], q) \
            and applies("claims.split-quotation"):
        merged = next(d for d in out if d.from_quote and d.start == quotes[prev].start)
        merged.end = q.end
        merged.rules.append("claims.split-quotation")
        return
    used[qi] = best
    out.append(Draft(q.start, q.end, s.speaker, "direct", s.att.cue, True,
                      runs_on=not q.closed, rules=[*s.rules, "claims.quote-beside-attribution"]))


@dataclass
class _Block:
    """What a paragraph's quotations are attached with."""
    text: str
    doc: Doc
    start: int
    said: list[Said]
    history: list[tuple[int, Speaker]]
    last: Speaker | None
    leads: list[tuple[int, Speaker]]
    # the person introduced since the last attribution before a quotation, if any
    introduced_before: Callable[[int], Speaker | None]


def _quote_alone(block: _Block, q: QuotePiece, out: list[Draft]) -> None:
    text, block_start = block.text, block.start
    words = len(text[q.start : q.end].split())
    before = text[block_start : q.mark_start].rstrip()
    alone = (not before or before[-1] in ".!?:\"”") and words >= 4 \
        and text[q.start : q.end].rstrip()[-1:] in ".!?" and text[q.start:q.end][:1].isupper()
    if words < 3 or not alone and not _says_something(block.doc, q, block_start):
        return  # a name or a title in quotation marks ("Super Mario Run"), not speech
    with tracing() as names:
        introduced = block.introduced_before(q.start)
    speaker = introduced or next((sp for pos, sp in reversed(block.history) if pos < q.start),
                                 None) or block.last
    if before.endswith(":"):
        colon = block_start + len(before) - 1
        speaker = next((sp for pos, sp in block.leads if pos == colon), speaker)
    if not before or before[-1] in ".!?:\"”":
        if applies("claims.quote-alone"):
            out.append(Draft(q.start, q.end, speaker, "direct", None, True,
                              runs_on=not q.closed, opens_block=not before,
                              rules=["claims.quote-alone", *names]))
    elif speaker is not None and speaker is block.last and not block.history \
            and applies("claims.paragraph-carries-on"):
        _carries_on(block, q, speaker, out)


def _carries_on(block: _Block, q: QuotePiece, speaker: Speaker, out: list[Draft]) -> None:
    """A paragraph opening with a quoted phrase and no attribution of its own carries on the
    account of the paragraph before ('But the farmers had come back and "..."')."""
    block_start = block.start
    sent = block.doc.char_span(q.start - block_start, q.end - block_start,
                               alignment_mode="expand")
    if sent is not None and sent.sent.start == 0 and not any(
            sent.sent.start_char + block_start <= s.left < sent.sent.end_char
            + block_start for s in block.said):
        span = sent.sent
        start = span.start_char + block_start
        first = span[0].text.lower()
        if first in ("but", "and", "yet", "so") and len(span) > 1:
            start = span[1].idx + block_start
        out.append(Draft(start, span.end_char + block_start, speaker, "indirect",
                          None, True, rules=["claims.paragraph-carries-on"]))


def attach_quotes(text: str, quotes: list[QuotePiece], drafts: list[Draft],
                   said: list[Said], history: list[tuple[int, Speaker]],
                   last: Speaker | None, block_start: int, doc: Doc,
                   leads: list[tuple[int, Speaker]] = (),
                   credits: dict[int, tuple[Speaker, list[str]]] | None = None,
                   introduced_before: Callable[[int], Speaker | None] = lambda _: None,
                   ) -> list[Draft]:
    block = _Block(text, doc, block_start, said, history, last, list(leads), introduced_before)
    used: dict[int, int] = {}  # quote index -> attribution index (for split quotes)
    out = list(drafts)
    for qi, q in enumerate(quotes):
        held = _holding_draft(text, q, qi, out, used)
        if held is not None:
            out = held
            continue
        if any(d.start < q.end and q.start < d.end for d in out):
            continue  # a quoted phrase inside reported speech
        if credits and q.start in credits:
            speaker, names = credits[q.start]
            out.append(Draft(q.start, q.end, speaker, "direct", None, True, rules=list(names)))
            continue
        best = _nearest_said(text, q, said, block_start) \
            if applies("claims.quote-beside-attribution") else None
        if best is not None:
            _beside(text, quotes, qi, best, said, out, used)
            continue
        _quote_alone(block, q, out)
    return out


def _says_something(doc: Doc, q: QuotePiece, block_start: int) -> bool:
    span = doc.char_span(q.start - block_start, q.end - block_start, alignment_mode="expand")
    if span is None:
        return True
    words = [t for t in span if t.is_alpha]
    if words and all(t.text[:1].isupper() for t in words) and len(words) <= 8:
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in span)


def _one_sentence(text: str, first: QuotePiece, second: QuotePiece) -> bool:
    """'"And every winter," Novak wrote, "the agency asks ..."': the attribution interrupts one
    sentence when the first part ends with a comma and the attribution with another."""
    head = text[first.start : first.end].rstrip()
    between = text[first.mark_end : second.mark_start].rstrip()
    return head.endswith(",") and between.endswith(",")

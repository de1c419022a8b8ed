"""Claims: direct quotes and reported speech, attributed to actors.

Per paragraph: the attributions of each sentence (attribution.py) give reported speech and
speakers; then the quotation pieces (quotes.py) are matched to them. A quotation that is the
reported content becomes a direct claim; one set beside "he said" or "according to X" takes that
speaker; a quotation standing alone as a sentence continues the previous speaker's statement
("...," he said. "..."). A quotation split by ``, he said,`` into one sentence stays one claim.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefreader.document import BULLET, Document
from briefreader.extraction.actors.mentions import is_credit_line
from briefreader.extraction.claims.attribution import Attribution, sentence_attributions
from briefreader.extraction.claims.quotes import QuotePiece, find_quotes
from briefreader.extraction.claims.speakers import Speaker, SpeakerResolver
from briefreader.extraction.model import Actor, Claim
from briefreader.extraction.rules import applies, register, tracing

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

register("claims.reported-speech", "claims", "what a speech verb or 'according to' attributes "
         "is an indirect claim of its speaker")
register("claims.list-lead", "claims", "an attribution ending its paragraph with a colon ('He "
         "also said:') speaks each item of the list that follows")
register("claims.according-to-relay", "claims", "\"X agreed ..., according to Y\": Y relays X's "
         "statement; one claim, and Y speaks for it when X is only described")
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
register("claims.quote-runs-on", "claims", "a quotation continued in the next paragraph, with no "
         "attribution of its own, is one statement")

_MAX_GAP = 90
_SENTENCE_END = re.compile(r"[.!?]")


@dataclass
class _Draft:
    start: int
    end: int
    speaker: Speaker | None
    kind: str
    cue: str | None
    from_quote: bool = False
    runs_on: bool = False     # a quotation still open at the paragraph's end
    opens_block: bool = False  # a quotation opening its paragraph
    said_index: int = -1       # the attribution it came from, in its paragraph
    rules: list[str] = field(default_factory=list)  # the named rules that made or changed it


@dataclass
class _Said:
    att: Attribution
    speaker: Speaker | None
    left: int    # text offsets of the attribution clause (subject .. verb)
    right: int
    rules: list[str] = field(default_factory=list)  # the attribution's and its speaker's


def _is_subhead(text: str) -> bool:
    text = text.strip()
    return len(text.split()) <= 6 and not text.endswith((".", "?", "!", '"', "”", ":"))


def extract_claims(document: Document, parsed: list[tuple[Doc, int]],
                   actors: tuple[Actor, ...]) -> tuple[Claim, ...]:
    resolver = SpeakerResolver(actors)
    title_end = document.blocks[0].end if document.blocks and document.blocks[0].kind == "title" \
        else -1
    kinds = {b.start: b.kind for b in document.blocks}
    drafts: list[_Draft] = []
    last: Speaker | None = None
    lead: tuple[Speaker | None, str, list[str]] | None = None  # "He also said:" before a bulleted list
    for doc, offset in parsed:
        if lead is not None and kinds.get(offset) == "list_item" and doc.text.strip():
            start = offset + len(BULLET) if doc.text.startswith(BULLET) else offset
            drafts.append(_Draft(start, offset + len(doc.text), lead[0], "indirect", lead[1],
                                 rules=[*lead[2], "claims.list-lead"]))
            continue
        lead = None
        if offset < title_end or not doc.text.strip() or _is_subhead(doc.text) \
                or is_credit_line(doc.text):
            continue
        block, last = _block_claims(document.text, doc, offset, resolver, last)
        drafts.extend(block)
        lead = _list_lead(doc, block, resolver, offset) if applies("claims.list-lead") else None
    return _finish(document.text, drafts)


def _list_lead(doc: Doc, block: list[_Draft], resolver: SpeakerResolver,
               offset: int) -> tuple[Speaker | None, str, list[str]] | None:
    """An attribution ending its paragraph with a colon introduces the list that follows."""
    text = doc.text.rstrip()
    if not text.endswith(":") or len(doc) < 3:
        return None
    sent = doc[len(doc) - 1].sent
    for att in sentence_attributions(sent, lambda tok: False):
        if att.content is None and att.subject is not None:
            with tracing() as names:
                speaker = resolver.resolve(att.subject, offset)
            return speaker, att.cue, [*att.rules, *names]
    return None


def _block_claims(text: str, doc: Doc, offset: int, resolver: SpeakerResolver,
                  last: Speaker | None) -> tuple[list[_Draft], Speaker | None]:
    quotes = find_quotes(text, offset, offset + len(doc.text))
    q_starts = [q.start for q in quotes]

    def in_quote(tok: Token) -> bool:
        pos = offset + tok.idx
        i = bisect_right(q_starts, pos) - 1
        return i >= 0 and quotes[i].start <= pos < quotes[i].end

    drafts: list[_Draft] = []
    said: list[_Said] = []
    history: list[tuple[int, Speaker]] = []
    leads: list[tuple[int, Speaker]] = []  # a colon and the subject before it
    for sent in doc.sents:
        sent_atts = sentence_attributions(sent, in_quote)
        sent_first = len(drafts)
        for att in sent_atts:
            with tracing() as names:
                speaker = resolver.resolve(att.subject, offset)
            clause = [att.verb] + ([att.subject] if att.subject is not None else [])
            left = offset + min(t.left_edge.idx if t is att.subject else t.idx for t in clause)
            right = offset + max(t.idx + len(t.text) for t in clause)
            if att.subject is not None and att.subject.i > att.verb.i:
                right = max(right, offset + att.subject.right_edge.idx
                            + len(att.subject.right_edge.text))
            said.append(_Said(att, speaker, left, right, [*att.rules, *names]))
            if att.cue == "according to" and any(
                    o.content for o in sent_atts if o is not att and o.cue != att.cue) \
                    and applies("claims.according-to-relay"):
                # "X agreed ..., according to Y": Y relays X's statement; one claim, and Y
                # speaks for it when X is only described
                for d in drafts[sent_first:]:
                    if speaker is not None and speaker.actor_id and (
                            d.speaker is None or not d.speaker.actor_id):
                        d.speaker = speaker
                        d.rules += [*said[-1].rules, "claims.according-to-relay"]
                continue
            if att.content and applies("claims.reported-speech"):
                s, e = att.content
                start, end = offset + doc[s].idx, offset + doc[e - 1].idx + len(doc[e - 1].text)
                i = bisect_right(q_starts, end) - 1
                if i >= 0 and quotes[i].start < end < quotes[i].end and quotes[i].start >= start:
                    # the sentence parse broke inside the quotation: the statement runs on to
                    # the end of the sentence that closes it
                    last_sent = doc[e - 1].sent
                    end = quotes[i].mark_end
                    closing = doc.char_span(end - 1 - offset, end - offset,
                                            alignment_mode="expand")
                    if closing is not None and closing.sent.start != last_sent.start:
                        tail = closing.sent[-1]
                        end = max(end, offset + tail.idx + (0 if tail.is_punct else len(tail)))
                drafts.append(_Draft(start, end, speaker, "indirect", att.cue,
                                     said_index=len(said) - 1,
                                     rules=[*said[-1].rules, "claims.reported-speech"]))
            if speaker is not None:
                resolver.note(speaker)
                history.append((att.verb.idx + offset, speaker))
        for tok in sent:
            if tok.dep_ != "nsubj" or in_quote(tok) or any(a.subject is tok for a in sent_atts):
                continue
            if tok.head.dep_ == "ROOT" and tok.pos_ != "PRON":
                resolver.note_subject(tok, offset)
            colon = text.find(":", offset + tok.idx, offset + sent.end_char)
            if colon != -1 and offset + tok.head.idx < colon \
                    and not _SENTENCE_END.search(text, offset + tok.idx, colon) \
                    and not any(in_quote(t) for t in sent if t.idx + offset < colon):
                # "The mayor, X, was blunt: '...'": the subject before the colon speaks
                who = resolver.resolve(tok, offset)
                if who is not None and (who.actor_id or who.person):
                    leads.append((colon, who))
    drafts = _attach_quotes(text, quotes, drafts, said, history, last, offset, doc, leads)
    if history:
        last = history[-1][1]
    return drafts, last


def _holding_draft(text: str, q: QuotePiece, qi: int, out: list[_Draft],
                   used: dict[int, int]) -> list[_Draft] | None:
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


def _nearest_said(text: str, q: QuotePiece, said: list[_Said], block_start: int) -> int | None:
    """The attribution closest to a quotation with no sentence end or other quotation between."""
    best, best_gap = None, _MAX_GAP + 1
    for si, s in enumerate(said):
        if s.left >= q.mark_end:
            gap_text = text[q.mark_end : s.left]
        elif s.right <= q.mark_start:
            gap_text = text[s.right : q.mark_start]
            verb = s.att.verb
            obj_end = verb.doc[verb.right_edge.i]
            if s.att.content is None and s.att.cue != "according to" and \
                    block_start + obj_end.idx >= q.start:
                continue  # the quotation is the verb's object: 'calling a "truce"'
        else:
            continue
        if _SENTENCE_END.search(gap_text) or '"' in gap_text or "“" in gap_text:
            continue
        if len(gap_text) < best_gap:
            best, best_gap = si, len(gap_text)
    return best


def _beside(text: str, quotes: list[QuotePiece], qi: int, best: int, said: list[_Said],
            out: list[_Draft], used: dict[int, int]) -> None:
    q, s = quotes[qi], said[best]
    prev = next((p for p, a in used.items() if a == best), None)
    if prev is not None and _one_sentence(text, quotes[prev], q) \
            and applies("claims.split-quotation"):
        merged = next(d for d in out if d.from_quote and d.start == quotes[prev].start)
        merged.end = q.end
        merged.rules.append("claims.split-quotation")
        return
    used[qi] = best
    out.append(_Draft(q.start, q.end, s.speaker, "direct", s.att.cue, True,
                      runs_on=not q.closed, rules=[*s.rules, "claims.quote-beside-attribution"]))


@dataclass
class _Block:
    """What a paragraph's quotations are attached with."""
    text: str
    doc: Doc
    start: int
    said: list[_Said]
    history: list[tuple[int, Speaker]]
    last: Speaker | None
    leads: list[tuple[int, Speaker]]


def _quote_alone(block: _Block, q: QuotePiece, out: list[_Draft]) -> None:
    text, block_start = block.text, block.start
    words = len(text[q.start : q.end].split())
    before = text[block_start : q.mark_start].rstrip()
    alone = (not before or before[-1] in ".!?:\"”") and words >= 4 \
        and text[q.start : q.end].rstrip()[-1:] in ".!?" and text[q.start:q.end][:1].isupper()
    if words < 3 or not alone and not _says_something(block.doc, q, block_start):
        return  # a name or a title in quotation marks ("Super Mario Run"), not speech
    speaker = next((sp for pos, sp in reversed(block.history) if pos < q.start), None) \
        or block.last
    if before.endswith(":"):
        colon = block_start + len(before) - 1
        speaker = next((sp for pos, sp in block.leads if pos == colon), speaker)
    if not before or before[-1] in ".!?:\"”":
        if applies("claims.quote-alone"):
            out.append(_Draft(q.start, q.end, speaker, "direct", None, True,
                              runs_on=not q.closed, opens_block=not before,
                              rules=["claims.quote-alone"]))
    elif speaker is not None and speaker is block.last and not block.history \
            and applies("claims.paragraph-carries-on"):
        _carries_on(block, q, speaker, out)


def _carries_on(block: _Block, q: QuotePiece, speaker: Speaker, out: list[_Draft]) -> None:
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
        out.append(_Draft(start, span.end_char + block_start, speaker, "indirect",
                          None, True, rules=["claims.paragraph-carries-on"]))


def _attach_quotes(text: str, quotes: list[QuotePiece], drafts: list[_Draft],
                   said: list[_Said], history: list[tuple[int, Speaker]],
                   last: Speaker | None, block_start: int, doc: Doc,
                   leads: list[tuple[int, Speaker]] = ()) -> list[_Draft]:
    block = _Block(text, doc, block_start, said, history, last, list(leads))
    used: dict[int, int] = {}  # quote index -> attribution index (for split quotes)
    out = list(drafts)
    for qi, q in enumerate(quotes):
        held = _holding_draft(text, q, qi, out, used)
        if held is not None:
            out = held
            continue
        if any(d.start < q.end and q.start < d.end for d in out):
            continue  # a quoted phrase inside reported speech
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


def _finish(text: str, drafts: list[_Draft]) -> tuple[Claim, ...]:
    drafts = [d for d in drafts if d.end > d.start]
    drafts.sort(key=lambda d: (d.start, -d.end))
    joined: list[_Draft] = []
    for d in drafts:
        prev = joined[-1] if joined else None
        if prev is not None and prev.runs_on and d.opens_block and d.cue is None and \
                d.speaker is prev.speaker and "\n\n" not in text[prev.end : d.start].strip() \
                and applies("claims.quote-runs-on"):
            # news style: a quotation continued in the next paragraph, with no attribution
            # of its own, is one statement
            prev.end, prev.runs_on = d.end, d.runs_on
            prev.rules += [*d.rules, "claims.quote-runs-on"]
            continue
        joined.append(d)
    kept: list[_Draft] = []
    for d in joined:
        if kept and d.start >= kept[-1].start and d.end <= kept[-1].end and (
                d.speaker is None or kept[-1].speaker is None
                or d.speaker.name == kept[-1].speaker.name):
            continue
        kept.append(d)
    claims = []
    for d in kept:
        start, end = d.start, d.end
        while start < end and text[start] in " \u00a0":
            start += 1
        while end > start and text[end - 1] in " \u00a0":
            end -= 1
        if len(text[start:end].split()) < 2:
            continue
        sp = d.speaker
        if sp is None or not sp.name:
            continue  # a claim is an attributed statement; the writer's own words are not
        claims.append(Claim(id=f"c{len(claims) + 1}", text=text[start:end],
                            speaker=sp.name if sp else None,
                            speaker_id=sp.actor_id if sp else None, kind=d.kind, cue=d.cue,
                            start=start, end=end, rules=tuple(dict.fromkeys(d.rules))))
    return tuple(claims)

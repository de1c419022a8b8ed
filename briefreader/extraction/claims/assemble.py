"""Claims: direct quotes and reported speech, attributed to actors.

Per paragraph: the attributions of each sentence (attribution.py) give reported speech and
speakers; then the quotation pieces (quotes.py) are matched to them. A quotation that is the
reported content becomes a direct claim; one set beside "he said" or "according to X" takes that
speaker; a quotation standing alone as a sentence continues the previous speaker's statement
("...," he said. "..."). A quotation split by ``, he said,`` into one sentence stays one claim.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefreader.document import BULLET, Document
from briefreader.extraction.claims.attribution import Attribution, sentence_attributions
from briefreader.extraction.claims.channels import statement_channel
from briefreader.extraction.claims.credits import dash_credits
from briefreader.extraction.claims.drafts import Draft, Said
from briefreader.extraction.claims.headlines import headline_claims
from briefreader.extraction.claims.quote_claims import SENTENCE_END, attach_quotes
from briefreader.extraction.claims.quotes import QuotePiece, find_quotes
from briefreader.extraction.claims.speakers import Speaker, SpeakerResolver
from briefreader.extraction.lines import is_credit_line, is_subhead
from briefreader.extraction.model import Actor, Claim
from briefreader.extraction.nlp import doc_text, span_tokens
from briefreader.extraction.rules import applies, register, rule, tracing

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

register("claims.reported-speech", "claims", "what a speech verb or 'according to' attributes "
         "is an indirect claim of its speaker")
register("claims.list-lead", "claims", "an attribution ending its paragraph with a colon ('He "
         "also said:') speaks each item of the list that follows")
register("claims.colon-lead-paragraph", "claims", "a short paragraph that is only an "
         "attribution ending with a colon ('The governor added:') speaks the unquoted paragraph "
         "after it")
register("claims.according-to-relay", "claims", "\"X agreed ..., according to Y\": Y relays X's "
         "statement; one claim, and Y speaks for it when X is only described")
register("claims.quote-runs-on", "claims", "a quotation continued in the next paragraph, with no "
         "attribution of its own, is one statement")


_LEAD_TOKENS = 16  # "In an interview on Monday, the governor told the radio host:"


def extract_claims(document: Document, parsed: list[tuple[Doc, int]],
                   actors: tuple[Actor, ...]) -> tuple[Claim, ...]:
    resolver = SpeakerResolver(actors)
    title_end = document.blocks[0].end if document.blocks and document.blocks[0].kind == "title" \
        else -1
    kinds = {b.start: b.kind for b in document.blocks}
    drafts: list[Draft] = []
    last: Speaker | None = None
    # "He also said:" before a bulleted list: its speaker, cue, rules, and whether the paragraph
    # is that attribution alone (it may then lead an ordinary paragraph too)
    lead: tuple[Speaker | None, str, list[str], bool] | None = None
    for doc, offset in parsed:
        if lead is not None and kinds.get(offset) == "list_item" and doc_text(doc).strip():
            start = offset + len(BULLET) if doc_text(doc).startswith(BULLET) else offset
            drafts.append(Draft(start, offset + len(doc_text(doc)), lead[0], "indirect", lead[1],
                                 rules=[*lead[2], "claims.list-lead"]))
            continue
        if lead is not None and lead[3] and kinds.get(offset) in ("paragraph", "blockquote") \
                and _unquoted(doc) and applies("claims.colon-lead-paragraph"):
            drafts.append(Draft(offset, offset + len(doc_text(doc).rstrip()), lead[0], "direct",
                                lead[1], rules=[*lead[2], "claims.colon-lead-paragraph"]))
            lead = None
            continue
        lead = None
        if offset < title_end:
            drafts.extend(headline_claims(document.text, doc, offset, resolver.index))
            continue
        if not doc_text(doc).strip() or is_subhead(doc_text(doc)) \
                or is_credit_line(doc_text(doc)):
            continue
        block, last = _block_claims(document.text, doc, offset, resolver, last)
        drafts.extend(block)
        lead = _list_lead(doc, block, resolver, offset) if applies("claims.list-lead") else None
    return _finish(document.text, drafts)


def _unquoted(doc: Doc) -> bool:
    """A paragraph of prose that opens with no quotation mark (quotations find their speaker
    by themselves)."""
    text = doc_text(doc).lstrip()
    return bool(text) and text[0] not in "\"“”‘'«„" and len(doc) >= 4


def _list_lead(doc: Doc, block: list[Draft], resolver: SpeakerResolver,
               offset: int) -> tuple[Speaker | None, str, list[str], bool] | None:
    """An attribution ending its paragraph with a colon introduces the list that follows."""
    text = doc_text(doc).rstrip()
    if not text.endswith(":") or len(doc) < 3:
        return None
    sent = doc[len(doc) - 1].sent
    for att in sentence_attributions(sent, lambda tok: False):
        if att.content is None and att.subject is not None:
            with tracing() as names:
                speaker = resolver.resolve(att.subject, offset)
            alone = sent.start == 0 and len(sent) <= _LEAD_TOKENS
            return speaker, att.cue, [*att.rules, *names], alone
    return None


def _said_of(att: Attribution, speaker: Speaker | None, rules: list[str], offset: int) -> Said:
    """The attribution with its speaker and the text offsets of its clause (subject .. verb)."""
    clause = [att.verb] + ([att.subject] if att.subject is not None else [])
    left = offset + min(t.left_edge.idx if t is att.subject else t.idx for t in clause)
    right = offset + max(t.idx + len(t.text) for t in clause)
    if att.subject is not None and att.subject.i > att.verb.i:
        right = max(right, offset + att.subject.right_edge.idx + len(att.subject.right_edge.text))
    return Said(att, speaker, left, right, [*att.rules, *rules])


def _relays(said: Said, sent_atts: list[Attribution], sent_drafts: list[Draft]) -> bool:
    """"X agreed ..., according to Y": Y relays X's statement; one claim, and Y speaks for it
    when X is only described."""
    att, speaker = said.att, said.speaker
    if att.cue != "according to" or not any(
            o.content for o in sent_atts if o is not att and o.cue != att.cue) \
            or not applies("claims.according-to-relay"):
        return False
    for d in sent_drafts:
        if speaker is not None and speaker.actor_id and (
                d.speaker is None or not d.speaker.actor_id):
            d.speaker = speaker
            d.rules += [*said.rules, "claims.according-to-relay"]
    return True


def _reported_span(doc: Doc, offset: int, quotes: list[QuotePiece], q_starts: list[int],
                   content: tuple[int, int]) -> tuple[int, int]:
    """The text offsets of reported content; where the sentence parse broke inside a
    quotation, the statement runs on to the end of the sentence that closes it."""
    s, e = content
    start, end = offset + doc[s].idx, offset + doc[e - 1].idx + len(doc[e - 1].text)
    i = bisect_right(q_starts, end) - 1
    if i >= 0 and quotes[i].start < end < quotes[i].end and quotes[i].start >= start:
        last_sent = doc[e - 1].sent
        end = quotes[i].mark_end
        closing = doc.char_span(end - 1 - offset, end - offset, alignment_mode="expand")
        if closing is not None and closing.sent.start != last_sent.start:
            tail = closing.sent[-1]
            end = max(end, offset + tail.idx + (0 if tail.is_punct else len(tail)))
    return start, end


def _colon_leads(text: str, sent: Span, offset: int, resolver: SpeakerResolver,
                 in_quote: Callable[[Token], bool], sent_atts: list[Attribution],
                 leads: list[tuple[int, Speaker]], introduced: list[tuple[int, Speaker]]) -> None:
    """Subjects that are no speaker are remembered for pronouns (persons also in
    ``introduced``); one before a colon speaks the quotation after it ("The mayor, X, was
    blunt: '...'")."""
    words = span_tokens(sent)
    for tok in words:
        if tok.dep_ != "nsubj" or in_quote(tok) or any(a.subject is tok for a in sent_atts):
            continue
        if tok.head.dep_ == "ROOT" and tok.pos_ != "PRON":
            person = resolver.note_subject(tok, offset)
            if person is not None:
                introduced.append((offset + tok.idx, person))
        colon = text.find(":", offset + tok.idx, offset + sent.end_char)
        if colon != -1 and offset + tok.head.idx < colon \
                and not SENTENCE_END.search(text, offset + tok.idx, colon) \
                and not any(in_quote(t) for t in words if t.idx + offset < colon):
            who = resolver.resolve(tok, offset)
            if who is not None and (who.actor_id or who.person):
                leads.append((colon, who))


def _block_claims(text: str, doc: Doc, offset: int, resolver: SpeakerResolver,
                  last: Speaker | None) -> tuple[list[Draft], Speaker | None]:
    quotes = find_quotes(text, offset, offset + len(doc_text(doc)))
    q_starts = [q.start for q in quotes]

    def in_quote(tok: Token) -> bool:
        pos = offset + tok.idx
        i = bisect_right(q_starts, pos) - 1
        return i >= 0 and quotes[i].start <= pos < quotes[i].end

    drafts: list[Draft] = []
    said: list[Said] = []
    history: list[tuple[int, Speaker]] = []
    leads: list[tuple[int, Speaker]] = []  # a colon and the subject before it
    introduced: list[tuple[int, Speaker]] = []  # persons acting as subjects, not speaking
    for sent in doc.sents:
        sent_atts = sentence_attributions(sent, in_quote)
        sent_first = len(drafts)
        for att in sent_atts:
            with tracing() as names:
                speaker = resolver.resolve(att.subject, offset)
            said.append(_said_of(att, speaker, names, offset))
            if _relays(said[-1], sent_atts, drafts[sent_first:]):
                continue
            if att.content and applies("claims.reported-speech"):
                start, end = _reported_span(doc, offset, quotes, q_starts, att.content)
                drafts.append(Draft(start, end, speaker, "indirect", att.cue,
                                     said_index=len(said) - 1,
                                     rules=[*said[-1].rules, "claims.reported-speech"]))
            if speaker is not None:
                resolver.note(speaker)
                history.append((att.verb.idx + offset, speaker))
                channel = statement_channel(att.verb)
                if channel is not None:
                    resolver.nouns[channel] = speaker
        _colon_leads(text, sent, offset, resolver, in_quote, sent_atts, leads, introduced)
    credits = dash_credits(text, quotes, doc, offset, resolver)
    drafts = attach_quotes(text, quotes, drafts, said, history, last, offset, doc, leads,
                           credits, lambda at: _introduced_after(history, introduced, at))
    return drafts, _last_voice(history, introduced, last)


@rule("claims.quote-follows-introduced-person", "claims", "'Tomas Berg, 62, lost his farm. "
      "\"Nobody has come here.\"': a quotation standing alone after a person is introduced is "
      "that person's, not the last official's who spoke", off=None)
def _introduced_after(history: list[tuple[int, Speaker]], introduced: list[tuple[int, Speaker]],
                      before: int) -> Speaker | None:
    spoke = max((pos for pos, _ in history if pos < before), default=-1)
    person = next(((pos, sp) for pos, sp in reversed(introduced) if pos < before), None)
    return person[1] if person is not None and person[0] > spoke else None


def _last_voice(history: list[tuple[int, Speaker]], introduced: list[tuple[int, Speaker]],
                last: Speaker | None) -> Speaker | None:
    """Who a quotation opening the next paragraph continues."""
    return _introduced_after(history, introduced, 1 << 62) \
        or (history[-1][1] if history else last)


def _finish(text: str, drafts: list[Draft]) -> tuple[Claim, ...]:
    drafts = [d for d in drafts if d.end > d.start]
    drafts.sort(key=lambda d: (d.start, -d.end))
    joined: list[Draft] = []
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
    kept: list[Draft] = []
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

"""A document's name mentions: each block's entities (mentions.py), the bodies the model misses
(a news agency, a known body's phrase, a mission sent somewhere, a known acronym), names tagged
as one that are two ("Okafor and Lindqvist"), and what a dateline or a label block names (kept
out of the actors, like the headline's names)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from briefreader.document import Document
from briefreader.extraction import lexicon
from briefreader.extraction.actors.furniture import label_block
from briefreader.extraction.actors.mention_records import NameMention
from briefreader.extraction.actors.mentions import block_mentions
from briefreader.extraction.actors.names import name_key, surname
from briefreader.extraction.lexicon.bodies import ORG_NAME_WORDS
from briefreader.extraction.lines import is_credit_line, is_subhead
from briefreader.extraction.nlp import doc_text
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Doc

_NEWS_AGENCY = re.compile(r"\b([A-Z][A-Za-z]{1,10})\s+news\s+agency\b|\bnews\s+agency\s+([A-Z]"
                          r"[A-Za-z]{1,10})\b")
_KNOWN_PHRASES = re.compile(
    r"\b((?:" + lexicon.UN_PREFIX.pattern + r")?(?:" + "|".join(
        sorted((re.escape(k) for k in lexicon.KNOWN_BODIES if " " in k), key=len, reverse=True))
    + r"))\b", re.I)
# "the U.N. peacekeeping mission in Haiti", "the African Union force in Tarvelia": a body of its
# own, not the organisation that sent it
MISSIONS = re.compile(
    r"\b(?:(?:U\.\s?N\.|UN|United Nations|African Union|AU|EU|European Union|NATO|OSCE)"
    r"(?:'s|’s)?\s+(?i:(?:peacekeeping|peace-keeping|political|stabili[sz]ation|assistance"
    r"|monitoring|observer|humanitarian|military|police|training|support|border|naval"
    r"|special|joint|hybrid|verification|human|rights|fact-finding|electoral|civilian"
    r"|integrated|interim|multidimensional)\s+){0,4}(?i:mission|force|operation)"
    r"|(?:peacekeeping|peace-keeping|stabili[sz]ation) (?:mission|force|operation))"
    r"\s+(?:in|to|for|on)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
_SECTION = re.compile(r" ((?:[A-Z][a-z]+ ){0,2}[A-Z][A-Za-z]+)\b")
_ACRONYMS = re.compile(r"\b(" + "|".join(
    [canon.upper() for low, canon in lexicon.NEWS_AGENCIES.items() if len(low) <= 4]
    + list(lexicon.ACRONYM_BODIES)) + r")\b")


# "NAIROBI, Kenya (AP) — ", "HOMETOWN, N.Y., Sept. 26 (Newswire) — ": where the story was
# filed, and by whom (the pipeline leaves the first paragraphs' datelines out of the parse)
_DATELINE = re.compile(r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*(?:,[^\n—–―()]{0,60}?|(?=\s*\())"
                       r"\s*(?:\([^()\n]{1,30}\))?\s*[—–―-]{1,2}\s")
_LONGEST = 120  # a dateline is a few words; the pipeline's own is shorter still
_TOWN = re.compile(r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*")


@rule("actors.dateline", "actors", "\"NAIROBI, Kenya (AP) — ...\": a dateline names where and by "
      "whom the story was filed, not actors; its town is a place wherever else it is written",
      off=())
def _dateline(text: str, block_start: int, offset: int) -> tuple[int, int] | None:
    """The dateline opening a block (``offset`` past the part the pipeline left out)."""
    end = offset
    if offset == block_start and (m := _DATELINE.match(text, offset)):
        end = m.end()
    return (block_start, end) if 0 < end - block_start <= _LONGEST \
        and _TOWN.match(text, block_start) else None


def _datelines(document: Document, parsed: list[tuple[Doc, int]]) -> list[tuple[int, int]]:
    block_starts = [b.start for b in document.blocks]
    spans = []
    seen = set()
    for _, offset in parsed:
        j = bisect_right(block_starts, offset) - 1
        if j < 0 or j in seen:
            continue  # a long block parsed in pieces: only its first can open with a dateline
        seen.add(j)
        if span := _dateline(document.text, block_starts[j], offset):
            spans.append(span)
    return spans


def _dateline_towns(text: str, datelines: list[tuple[int, int]]) -> list[NameMention]:
    out = []
    for start, _ in datelines:
        town = _TOWN.match(text, start)
        if town and len(town.group()) >= 3 and not lexicon.known_body(town.group()):
            out.append(NameMention(town.start(), town.end(), town.group(), "place",
                                   in_title=True, placed=True, rules=["actors.dateline"]))
    return out


def collect(document: Document, parsed: list[tuple[Doc, int]]) -> list[NameMention]:
    title_end = document.blocks[0].end if document.blocks and document.blocks[0].kind == "title" \
        else -1
    out: list[NameMention] = []
    for doc, offset in parsed:
        if is_credit_line(doc_text(doc)):
            continue
        out.extend(block_mentions(doc, offset, in_title=offset < title_end
                                  or is_subhead(doc_text(doc)) or label_block(doc)))
    datelines = _datelines(document, parsed)
    text = document.text
    taken = {(m.start, m.end) for m in out}
    extra = [*_news_agencies(text, title_end), *_known_phrases(text, title_end),
             *_missions(text, title_end), *_acronym_bodies(text, title_end)]
    if extra:
        if (outside := _known_body_wins(out, extra)) is not None:
            out = outside
        out.extend(m for m in extra if (m.start, m.end) not in taken)
    out.sort(key=lambda m: (m.start, -m.end))
    kept: list[NameMention] = []
    for m in out:
        if kept and m.start < kept[-1].end:
            continue  # overlapping mentions: the first, longest one stands
        kept.append(m)
    _keep_out_of_datelines(kept, datelines)
    kept = sorted([*kept, *_dateline_towns(text, datelines)], key=lambda m: (m.start, -m.end))
    return _split_pairs(kept)


def _keep_out_of_datelines(mentions: list[NameMention], datelines: list[tuple[int, int]]) -> None:
    """Mentions inside a dateline are read like the headline's: kept out of the actors."""
    starts = [start for start, _ in datelines]
    for m in mentions:
        j = bisect_right(starts, m.start) - 1
        if j >= 0 and m.start < datelines[j][1]:
            m.in_title = True


@rule("actors.news-agency", "actors", "\"the X news agency\", \"news agency X\": X is an "
      "organisation that speaks", off=[])
def _news_agencies(text: str, title_end: int) -> list[NameMention]:
    out = []
    for m in _NEWS_AGENCY.finditer(text):
        g = 1 if m.group(1) else 2
        out.append(NameMention(m.start(g), m.end(g), m.group(g), "organization", agentive=True,
                               in_title=m.start() < title_end, rules=["actors.news-agency"]))
    return out


@rule("actors.known-body", "actors", "a known body's phrase ('the U.N. refugee agency', "
      "'Amnesty International Ghana' with its national section) is an organisation", off=[])
def _known_phrases(text: str, title_end: int) -> list[NameMention]:
    out = []
    for m in _KNOWN_PHRASES.finditer(text):
        start = m.start(1) + (4 if m.group(1).lower().startswith("the ") else 0)
        written = text[start : m.end(1)]
        if written.islower() and lexicon.KNOWN_BODIES.get(written, "").lower() == written:
            continue  # a body's proper name in lower case is words: "to save the children"
        end = m.end(1)
        section = _SECTION.match(text, end)
        if section and lexicon.COUNTRIES.get(section.group(1).lower()) \
                and " " in written and not lexicon.country_of(written.split()[0]):
            end = section.end()  # "Amnesty International Ghana": the body's national section
        out.append(NameMention(start, end, text[start:end], "organization",
                               in_title=m.start() < title_end, rules=["actors.known-body"]))
    return out


@rule("actors.mission", "actors", "\"the U.N. peacekeeping mission in Haiti\": a mission or "
      "force sent somewhere is a body of its own", off=[])
def _missions(text: str, title_end: int) -> list[NameMention]:
    return [NameMention(m.start(), m.end(), m.group(), "organization",
                        in_title=m.start() < title_end, rules=["actors.mission"])
            for m in MISSIONS.finditer(text)]


@rule("actors.acronym-body", "actors", "a known body's or news agency's acronym ('UNICEF "
      "warned') the model missed is an organisation", off=[])
def _acronym_bodies(text: str, title_end: int) -> list[NameMention]:
    return [NameMention(m.start(), m.end(), m.group(), "organization",
                        in_title=m.start() < title_end, rules=["actors.acronym-body"])
            for m in _ACRONYMS.finditer(text)]


@rule("actors.known-body-wins", "actors", "a known body's phrase ('the U.N. refugee agency') wins "
      "over an entity inside it")
def _known_body_wins(out: list[NameMention], extra: list[NameMention]) -> list[NameMention]:
    starts = sorted(m.start for m in extra)
    ends = {m.start: m.end for m in extra}

    def inside(o: NameMention) -> bool:
        j = bisect_right(starts, o.start) - 1
        return j >= 0 and o.end <= ends[starts[j]] and (starts[j], ends[starts[j]]) != (
            o.start, o.end)
    return [o for o in out if not inside(o)]


@rule("actors.split-pair-bodies", "actors", "\"Amnesty International and Human Rights Watch "
      "said\" tagged as one name: two bodies")
def _two_bodies(m: NameMention, parts: list[str]) -> list[NameMention] | None:
    if len(parts) != 2 or m.label != "organization" or lexicon.known_body(m.text) \
            or not all(len(p.split()) >= 2 for p in parts) or not (
            any(lexicon.known_body(p) for p in parts)
            or all(p.split()[-1].lower() in ORG_NAME_WORDS for p in parts)):
        return None
    return _halves(m, parts, "organization", "actors.split-pair-bodies")


@rule("actors.split-pair-people", "actors", "\"Okafor and Lindqvist\" tagged as one name: two "
      "people the text names elsewhere")
def _two_people(m: NameMention, parts: list[str], surnames: set[str]) -> list[NameMention] | None:
    if len(parts) != 2 or m.label not in ("person", "organization") or not all(
            p.strip() and surname(name_key(p)) in surnames for p in parts):
        return None
    return _halves(m, parts, "person", "actors.split-pair-people")


def _halves(m: NameMention, parts: list[str], label: str, rule_name: str) -> list[NameMention]:
    second = m.start + m.text.index(" and ") + 5
    rules = [*m.rules, rule_name]
    return [NameMention(m.start, m.start + len(parts[0]), parts[0], label, m.agentive,
                        m.locative, in_title=m.in_title, rules=rules),
            NameMention(second, m.end, parts[1], label, m.agentive, m.locative,
                        in_title=m.in_title, rules=list(rules))]


def _split_pairs(mentions: list[NameMention]) -> list[NameMention]:
    surnames = {surname(name_key(m.text)) for m in mentions if m.label == "person"}
    out: list[NameMention] = []
    for m in mentions:
        parts = m.text.split(" and ")
        out.extend(_two_bodies(m, parts) or _two_people(m, parts, surnames) or [m])
    return out

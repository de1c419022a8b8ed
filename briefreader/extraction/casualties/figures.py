"""Casualty figures: counts of people killed, wounded, displaced, missing, detained or affected.

Each amount in a sentence (see ``numbers``) becomes a figure when the words around it say what
happened to whom: a cue before it ("killing at least 14 villagers"), after it ("33 civilians were
among those killed"), a head noun that carries its category ("dozens of bodies"), or a tally it
states ("the death toll climbed to 73"). Amounts that count things, sums, years, ages and ratios
are left out. The figure is projected when a modal or a threat frames it ("could be killed").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from briefreader.document import Document
from briefreader.extraction.casualties import cues
from briefreader.extraction.casualties.attackers import (
    OWN_DEATH,
    attacker_deaths,
    told_again,
    victims_counted,
)
from briefreader.extraction.casualties.camps import in_camps
from briefreader.extraction.casualties.finders import (
    BODILY,
    LOOKBACK,
    MORE,
    Found,
    coordinated,
    crossed,
    cue_after,
    cue_before,
    detail_of_previous,
    lives,
    members,
    own_modifier,
    partitive_cue,
    skipped,
    tally_cue,
    window_end,
)
from briefreader.extraction.casualties.illness import illness
from briefreader.extraction.casualties.phrases import Head, Sentence, head_of, sentences
from briefreader.extraction.casualties.projection import is_projected
from briefreader.extraction.casualties.sources import figure_source
from briefreader.extraction.casualties.victims import merge_victims
from briefreader.extraction.model import Actor, CasualtyFigure, Claim
from briefreader.extraction.numbers import Amount, find_amounts
from briefreader.extraction.rules import applies, note, register, rule, tracing

if TYPE_CHECKING:
    from spacy.tokens import Doc


def singles(sentence: Sentence) -> Iterator[tuple[Amount, Head, Found]]:
    """One named-by-role person: 'a guard was shot', 'crowd beats guard'."""
    text = sentence.text
    for tok in sentence.tokens:
        low = tok.text.lower()
        person = low in cues.SINGULAR_PERSON or cues.SINGULAR_DEMONYM.match(tok.text)
        if not person or text[tok.end:tok.end + 2] in ("'s", "’s"):
            continue
        base = max(0, tok.start - 80)
        before = text[base:tok.start]
        article = re.search(r"\b(?:a|an)\s+(?:[\w-]+\s+)?$", before, re.I)
        head = Head("person", low, tok.start, tok.end)
        first = base + article.start() if article else tok.start
        one = Amount(first, tok.end, 1, None, "", text[first:tok.end])
        m = cues.SINGLE_BEFORE.search(before.lower())
        if m:
            category = "wounded" if re.match(r"wound|injur", m.group().strip()) else (
                "detained" if re.match(r"abduct|kidnap|arrest|detain", m.group().strip())
                else "killed")
            yield one, head, Found(category, base + m.start(), base + m.end())
            continue
        members = cues.MEMBERS_BEFORE.search(before[:article.start()].lower()) if article \
            else None
        if members:  # "the dead included a 12-year-old boy"
            yield one, head, Found(cues.MEMBERS_CATEGORY[members.group("c")],
                                    base + members.start("c"), base + members.end("c"))
            continue
        after = text[tok.end:tok.end + 40].lower()
        cue = cues.SINGLE_AFTER_CUE.match(after)
        if article and cue and not agent(sentence, tok.end + cue.start("c")):
            category = cues.SINGLE_AFTER[cue.group("c")]
            yield one, head, Found(category, tok.end + cue.start("c"), tok.end + cue.end("c"))


@rule("casualties.single_is_agent", "casualties",
      "'a gunman killed his wife': the person before an active verb of harm that has an "
      "object is its agent, not a victim")
def agent(sentence: Sentence, cue: int) -> bool:
    span = sentence.span
    if span is None:
        return False
    verb = next((t for t in span if t.idx - span.start_char == cue), None)
    return verb is not None and any(c.dep_ == "dobj" for c in verb.children)


def extract_casualties(document: Document, parsed: list[tuple[Doc, int]],
                       claims: tuple[Claim, ...], actors: tuple[Actor, ...]
                       ) -> tuple[CasualtyFigure, ...]:
    figures: list[CasualtyFigure] = []
    last: tuple[str, int] | None = None  # category and block of the latest figure
    attacker_died: list[str] = []  # the attacker's own death, once reported
    for sentence in sentences(document, parsed):
        inherited = last[0] if last and sentence.block - last[1] <= 1 else None
        for amount, head, found in _figures_in(sentence, inherited):
            start = min(amount.start, found.start)
            end = max(amount.end, found.end, head.end)
            cue_first = found.start < amount.start
            with tracing() as status_rules:
                projected = is_projected(sentence, start, end, found.category, cue_first,
                                         found.start)
            status = "projected" if projected else "reported"
            if not projected and told_again(tuple(found.rules), attacker_died):
                continue
            a, b = sentence.start + start, sentence.start + end
            source, source_id = figure_source(document.text, a, b, sentence.start,
                                              sentence.start + len(sentence.text), claims, actors)
            figures.append(CasualtyFigure(
                id=f"k{len(figures) + 1}", count=amount.count, count_high=amount.count_high,
                category=found.category, status=status, qualifier=amount.qualifier,
                subject=sentence.text[head.start:head.end] if head.end else None,
                source=source, text=document.text[a:b], start=a, end=b, source_id=source_id,
                rules=(*found.rules, *status_rules)))
            last = (found.category, sentence.block)
            inherited = found.category
    return _renumbered(_without_lone_own_deaths(figures))


def _without_lone_own_deaths(figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """The attacker's own death needs victims beside it (attackers.py)."""
    if victims_counted([(f.category, f.rules) for f in figures]) is not False:
        return figures
    return [f for f in figures if not OWN_DEATH.intersection(f.rules)]


def _renumbered(figures: list[CasualtyFigure]) -> tuple[CasualtyFigure, ...]:
    return tuple(f if f.id == f"k{n}" else replace(f, id=f"k{n}")
                 for n, f in enumerate(figures, 1))


def _said_of_whole(text: str, amount: Amount, head: Head, found: Found) -> bool:
    """A cue on the whole a part is taken from ('half of the 30 people killed', 'a third of the
    240 displaced families'), not on the part ('half of the 2,000 families have fled')."""
    if found.start < amount.start:
        return False  # "displaced half of the 2,000 families": the verb takes the part
    end = max(amount.end, head.end)
    return found.start < end or cues.WHOLE_CUE_GAP.fullmatch(text, end, found.start) is not None


register("casualties.brought-to", "casualties", "'bring to 48 the number of people killed': the "
         "amount a tally is brought to")
register("casualties.category-noun", "casualties", "a head noun that carries its category "
         "('dozens of bodies', '300 refugees') unless released or freed")
register("casualties.compared", "casualties", "'up from 30', 'compared with 12': an amount "
         "compared with a figure shares its category")
register("casualties.part-of-previous", "casualties", "'killing 19 people, including 17 "
         "foreigners', '50 wounded, 10 of them seriously': a part of the figure before")
register("casualties.more", "casualties", "'seven bodies were recovered, and five more were found':"
         " the same count goes on")
register("casualties.noun-not-bodily", "casualties", "'3 planes are missing', 'evacuated 4 "
         "hospitals': things only go missing or are displaced, not killed or wounded")
register("casualties.part-of-whole", "casualties", "'two-thirds of the 9,000 residents have fled':"
         " the whole did not undergo the part's fate")
register("casualties.single-person", "casualties", "one person named by role ('a guard was shot', "
         "'the dead included a 12-year-old boy') counts one")


def _amount_found(sentence: Sentence, amounts: list[Amount], heads: list[Head], n: int,
                  found_any: list[tuple[Amount, Head, Found]], inherited: str | None
                  ) -> tuple[Head, Found, bool] | None:
    """The figure the ``n``th amount states, as (head, found, whether it sets the category that
    later amounts inherit); None when it states none."""
    text, amount, head = sentence.text, amounts[n], heads[n]
    base = max(0, amount.start - LOOKBACK)
    before, after = text[base:amount.start], text[amount.end:amount.end + LOOKBACK]
    tally = cues.TALLY_AFTER.match(after) if cues.TO_BEFORE.search(before) else None
    if tally and not skipped(amount, Head(None), before, after) \
            and applies("casualties.brought-to"):
        # "bring to 48 the number of people killed"
        note("casualties.brought-to")
        word = tally.group("cue")
        category = cues.CATEGORY_NOUNS.get(word) or (
            "detained" if word == "arrested" else "wounded" if word == "injured" else word)
        found = Found(category, amount.end + tally.start("cue"),
                       amount.end + tally.end("cue"))
        return Head(None), found, True
    if head.kind == "thing" or skipped(amount, head, before, after):
        return None
    limit, shared = window_end(text, amounts, heads, n)
    if head.word == "lives":
        found = lives(before, base, sentence, amount, limit)
        return (head, found, False) if found else None
    found = (own_modifier(text, amount, head)
             or detail_of_previous(text, amounts, heads, n, found_any)
             or cue_before(before, base, head)
             or members(before, base, head)
             or cue_after(sentence, amount, head, limit, shared)
             or partitive_cue(text, amount, head, limit)
             or crossed(text, amount, head)
             or in_camps(text, amount, head)
             or _category_noun(text, before, head)
             or (tally_cue(sentence, amount, amounts[:n], inherited)
                 if head.kind != "noun" else None))
    if not found:
        found = coordinated(text, amounts, heads, n, found_any)
    if found:
        found = illness(text, amount, head, found)
    found = found or _follows_previous(text, before, amount, head, found_any, inherited)
    if found and head.kind == "noun" and found.category not in BODILY \
            and applies("casualties.noun-not-bodily"):
        return None  # "3 planes are missing", "evacuated 4 hospitals"
    if found and cues.PART_OF_WHOLE.search(before) and not _said_of_whole(text, amount,
                                                                           head, found) \
            and applies("casualties.part-of-whole"):
        return None  # "two-thirds of the 9,000 residents have fled": not 9,000 fled
    return (head, found, True) if found else None


def _category_noun(text: str, before: str, head: Head) -> Found | None:
    if head.kind == "category" and not cues.RELEASED_BEFORE.search(before) \
            and not cues.FREED_AFTER.match(text[head.end:]) and applies("casualties.category-noun"):
        note("casualties.category-noun")
        return Found(cues.CATEGORY_NOUNS[head.word], head.start, head.end)
    return None


def _follows_previous(text: str, before: str, amount: Amount, head: Head,
                      found_any: list[tuple[Amount, Head, Found]],
                      inherited: str | None) -> Found | None:
    """An amount with no cue of its own that goes on from the figure before it."""
    if found_any and head.kind is None and cues.COMPARED_BEFORE.search(before) \
            and applies("casualties.compared"):
        note("casualties.compared")
        return Found(found_any[-1][2].category, amount.start, amount.end)
    if found_any and head.kind != "thing" \
            and (cues.DETAIL_END.search(text[max(found_any[-1][0].end, amount.start - 40)
                                             :amount.start])
                 or cues.PART_OF.match(text, amount.end)) \
            and applies("casualties.part-of-previous"):
        # "killing 19 people, including 17 foreigners", "50 wounded, 10 of them seriously":
        # a part of the figure before it
        note("casualties.part-of-previous")
        return Found(found_any[-1][2].category, amount.start, amount.end)
    more = MORE.match(text, amount.end)
    if inherited and head.kind is None and more and applies("casualties.more"):
        # "seven bodies were recovered, and five more were found": the same count goes on
        note("casualties.more")
        return Found(inherited, amount.start, more.end())
    return None


def _victims_found(category: str, start: int, end: int) -> Found:
    """A figure read from the people a verb of harm governs (victims.py)."""
    return Found(category, start, end, rules=["casualties.victims_of_verb"])


def _attackers_killed(sentence: Sentence, taken: list[tuple[int, int]]
                      ) -> Iterator[tuple[Amount, Head, Found]]:
    """The attacker's own death, a figure of one apart from the victims (attackers.py)."""
    if sentence.span is None:
        return
    for death in attacker_deaths(sentence.span):
        if any(s < death.end and death.start < e for s, e in taken):
            continue  # already a figure: "police shot dead the gunman"
        one = Amount(death.start, death.end, 1, None, "", sentence.text[death.start:death.end])
        word = sentence.text[death.subject_start:death.subject_end]
        head = Head("person", word.lower(), death.subject_start, death.subject_end)
        yield one, head, Found("killed", death.verb_start, death.verb_end, rules=[death.rule])


def _figures_in(sentence: Sentence, inherited: str | None
                ) -> Iterator[tuple[Amount, Head, Found]]:
    amounts = find_amounts(sentence.text)
    found_any: list[tuple[Amount, Head, Found]] = []
    heads = [head_of(sentence, amount.end) for amount in amounts]
    for n, amount in enumerate(amounts):
        with tracing() as names:
            hit = _amount_found(sentence, amounts, heads, n, found_any, inherited)
        if hit is None:
            continue
        head, found, sets_category = hit
        found = replace(found, rules=names)
        if sets_category:
            inherited = found.category
        found_any.append((amount, head, found))
    found_any = merge_victims(sentence, found_any, _victims_found)
    taken = [(a.start, max(a.end, h.end)) for a, h, _ in found_any]
    found_any.extend(_attackers_killed(sentence, taken))
    if applies("casualties.single-person"):
        for one, head, found in singles(sentence):
            if not any(s < one.end and one.start < e for s, e in taken):
                found_any.append((one, head, replace(found, rules=["casualties.single-person"])))
    yield from sorted(found_any, key=lambda f: f[0].start)

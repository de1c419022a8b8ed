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
from dataclasses import dataclass
from typing import Any

from briefreader.document import Document
from briefreader.extraction.casualties import cues
from briefreader.extraction.casualties.phrases import Head, Sentence, head_of, sentences
from briefreader.extraction.casualties.sources import figure_source
from briefreader.extraction.casualties.victims import merge_victims
from briefreader.extraction.model import Actor, CasualtyFigure, Claim
from briefreader.extraction.numbers import Amount, find_amounts

AFTER_WINDOW = 90  # characters after an amount in which its cue may stand
LOOKBACK = 250  # characters before an amount that its cues and tallies are looked for in
BARE_WINDOW = 35
BODILY = frozenset({"killed", "wounded"})  # cues that only people (and animals) undergo


def _skipped(amount: Amount, head: Head, before: str, after: str) -> bool:
    """Amounts that are not counts of people: ratios, money, years, ages."""
    if cues.RATIO_AFTER.match(after) or cues.RATIO_BEFORE.search(before) \
            or cues.MONEY_BEFORE.search(before):
        return True
    if amount.count == 0 or cues.NEGATED.search(before):
        return True  # "no one was hurt", "none of the 12 crew"
    if amount.digits and head.kind is None:
        if re.fullmatch(r"\d{4}", amount.text) and 1800 <= amount.count <= 2100:
            return True  # a year
        if amount.count <= 31 and (cues.MONTH_BEFORE.search(before)
                                   or cues.MONTH_AFTER.match(after)):
            return True  # the day of a date: "on Oct. 7", "on 7 October"
        if amount.count < 130 and (re.search(r"[A-Z][\w'’-]*,\s*$", before)
                                   or cues.AGE_BEFORE.search(before)):
            return True  # "Tomas Ferreira, 22, died": an age
    return False


@dataclass
class _Found:
    category: str
    start: int  # relative to the sentence
    end: int


# A casualty adjective on the counted noun: "evacuated 17 seriously injured people" counts the
# wounded, whatever the verb does with them.
_MODIFIER = re.compile(r"\b(?P<c>injured|wounded|dead|missing|displaced)\b")
_MODIFIER_CATEGORY = {"injured": "wounded", "wounded": "wounded", "dead": "killed",
                      "missing": "missing", "displaced": "displaced"}


_MORE = re.compile(r"\s+more\b(?!\s+(?:than|of)\b)")


def _own_modifier(text: str, amount: Amount, head: Head) -> _Found | None:
    if head.kind != "person" or head.end <= amount.end:
        return None
    m = _MODIFIER.search(text, amount.end, head.end)
    if not m:
        return None
    return _Found(_MODIFIER_CATEGORY[m.group("c")], m.start("c"), m.end("c"))


def _cue_before(before: str, base: int, head: Head) -> _Found | None:
    m = cues.BEFORE.search(before.lower())
    if not m or m.lastgroup is None:
        return None
    if m.group(m.lastgroup) in cues.NEEDS_PERSON and head.kind not in ("person", "category"):
        return None
    return _Found(m.lastgroup, base + m.start(m.lastgroup), base + m.end(m.lastgroup))


def _cue_after(sentence: Sentence, amount: Amount, head: Head, limit: int,
               shared: bool = False) -> _Found | None:
    # with no noun after it, an amount is a pronoun-like "dozens were feared drowned": its cue
    # must follow closely, or "one" of "one on the need to ..." would become a figure
    width = AFTER_WINDOW if head.kind else BARE_WINDOW
    window = sentence.text[amount.end:limit][:AFTER_WINDOW].lower()
    stop = cues.STOP.search(window)
    if stop:
        window = window[:stop.start()]
    window = cues.DETAIL_ASIDE.sub(lambda d: " " * len(d.group()), window)
    m = cues.AFTER.search(window)
    if not m or m.lastgroup is None or m.start() >= width:
        return None  # the cue must start in the window; it may end after it
    # "10,000 troops were sent to protect civilians fleeing the city": the cue belongs to the
    # people named right before it, not to the amount
    if cues.NOMINAL_CUE.search(window[:m.start()]):
        return None  # "sent to search for the missing": the cue is a noun of its own
    owner = cues.CUE_OWNER.search(window[:m.start()])
    if owner and owner.group("noun") in cues.PRONOUNS:
        return None  # "3,000 fighters, said it had captured 40 troops": another subject
    if owner and not shared and owner.group("noun") in cues.PERSON_NOUNS \
            and amount.end + owner.start("noun") >= max(head.end, amount.end):
        return None
    return _Found(m.lastgroup, amount.end + m.start(), amount.end + m.end())


_AUXILIARIES = re.compile(r"\s+(?:(?:were|was|are|is|have|has|had|been|later|also|since"
                          r"|subsequently|reportedly)\s+)*")


def _partitive_cue(text: str, amount: Amount, head: Head, limit: int) -> _Found | None:
    """'four of the wounded later died': the verb after a part of a category says what
    happened to that part."""
    if head.kind != "category" or head.start <= amount.end:
        return None
    aux = _AUXILIARIES.match(text, head.end, limit)
    if aux is None:
        return None
    m = cues.AFTER.match(text[:limit].lower(), aux.end())
    if not m or m.lastgroup is None:
        return None
    return _Found(m.lastgroup, m.start(), m.end())


def _crossed(text: str, amount: Amount, head: Head) -> _Found | None:
    """'more than 100,000 people have crossed into Chad': civilians crossing are displaced."""
    if head.word not in cues.CIVILIANS:
        return None
    m = cues.CROSSED.match(text, max(amount.end, head.end))
    return _Found("displaced", m.start(), m.end()) if m else None


_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|as well as|plus)\s+")
_LISTED = re.compile(r"\s*,\s*")  # "killed 4 soldiers, 9 civilians and 2 police officers"


def _coordinated(text: str, amounts: list[Amount], heads: list[Head], n: int,
                 found_any: list[tuple[Amount, Head, _Found]]) -> _Found | None:
    """'killed 4 soldiers and 9 civilians', 'evacuated 40 wounded soldiers and 300 residents':
    an amount joined to the figure before it shares the verb before that one."""
    if n == 0 or not found_any or found_any[-1][0] is not amounts[n - 1]:
        return None
    prev, prev_head = amounts[n - 1], heads[n - 1]
    gap = (max(prev.end, prev_head.end), amounts[n].start)
    if not (_JOINED.fullmatch(text, *gap) or heads[n].kind in ("person", "category")
            and prev_head.kind in ("person", "category") and _LISTED.fullmatch(text, *gap)):
        return None
    base = max(0, prev.start - LOOKBACK)
    found = _cue_before(text[base:prev.start], base, heads[n])
    earlier = found_any[-1][2]
    if found is None and earlier.end <= prev.start and heads[n].kind in ("person", "category"):
        found = earlier  # the third of "killed 4 soldiers, 9 civilians and 2 police officers"
    return found


# a disease treated is an illness, not a wound: "treated 450 cholera patients"
_TREATMENT = re.compile(r"treat|hospitali|hospital|admitted", re.I)
_DISEASE = re.compile(r"\b(?:cholera|measles|malaria|ebola|covid(?:-19)?|coronavirus|dengue"
                      r"|typhoid|diarrh(?:o)?ea|diphtheria|mpox|monkeypox|meningitis|fever|polio"
                      r"|tuberculosis|pneumonia|flu|influenza|infections?|diseases?|illness"
                      r"|poisoning|virus|outbreak|symptoms|plague|lassa|hepatitis)\b", re.I)


def _members(before: str, base: int, head: Head) -> _Found | None:
    """'those killed included two journalists': who the people of a category were."""
    if head.kind not in ("person", None):
        return None
    m = cues.MEMBERS_BEFORE.search(before.lower())
    if not m:
        return None
    return _Found(cues.MEMBERS_CATEGORY[m.group("c")], base + m.start("c"), base + m.end("c"))


def _detail_of_previous(text: str, amounts: list[Amount], heads: list[Head], n: int,
                        found_any: list[tuple[Amount, Head, _Found]]) -> _Found | None:
    """'killed 12 people, including four children, and wounded 30': a part named in an aside
    right after a figure shares its category, whatever verb follows the aside."""
    if n == 0 or not found_any or found_any[-1][0] is not amounts[n - 1] \
            or heads[n].kind not in ("person", None):
        return None
    gap = text[max(amounts[n - 1].end, heads[n - 1].end) : amounts[n].start]
    if not cues.DETAIL_END.search(gap) or len(gap) > 40:
        return None
    own = re.split(r",|\band\b|[;(—–]", text[max(amounts[n].end, heads[n].end):], maxsplit=1)[0]
    if cues.AFTER.search(own.lower()):
        return None  # "..., of whom an estimated 45,000 are displaced": the part's own verb
    return _Found(found_any[-1][2].category, amounts[n].start, amounts[n].end)


def _illness(text: str, amount: Amount, head: Head, found: _Found) -> _Found:
    if found.category != "wounded" or not _TREATMENT.match(text[found.start:found.end]):
        return found
    start = min(found.start, amount.start)
    end = max(found.end, head.end, amount.end)
    if _DISEASE.search(text, start, end + 30):
        return _Found("affected", found.start, found.end)
    return found


def _tally(sentence: Sentence, amount: Amount, earlier: list[Amount],
           inherited: str | None) -> _Found | None:
    """'the death toll ... climbed to 73', 'the number has surpassed 2 million'."""
    base = max(0, amount.start - LOOKBACK)
    before = sentence.text[base:amount.start].lower()
    for anchor in reversed(list(cues.ANCHOR_WORD.finditer(before))):
        if any(base + anchor.end() <= a.start < amount.start for a in earlier):
            break  # another amount stands between: the tally is about that one
        tail = cues.LINK_TAIL.match(before, anchor.end())
        if not tail:
            continue
        gap = tail.group("gap")
        word = anchor.group().lower()
        short = tail.group("link") in cues.SHORT_LINKS or word in cues.SHORT_ANCHORS
        if short and len(gap.split()) > 4:
            continue
        category = cues.ANCHOR_CATEGORY.get(word) or _category_in(gap)
        if category is None and len(gap.split()) <= 3 and " of " not in f" {gap} ":
            category = inherited
        if category:
            return _Found(category, base + anchor.start(), base + anchor.end())
    return None


def _window_end(text: str, amounts: list[Amount], heads: list[Head], n: int
                ) -> tuple[int, bool]:
    """Where the search for an amount's cue stops: at the next amount of people, unless that
    one only details the first ("six people, including three children, were killed")."""
    for later, head in zip(amounts[n + 1:], heads[n + 1:], strict=True):
        if head.kind == "thing":
            continue  # "20 million people in four countries are at risk"
        between = text[amounts[n].end:later.start]
        after_head = text[max(amounts[n].end, heads[n].end):later.start]
        part_of = cues.PART_OF.match(text, later.end)  # "three people, two of them children,"
        if not (part_of or cues.DETAIL.search(between) or cues.AGE_BEFORE.search(between[-40:])
                or cues.COORDINATION.match(after_head)):
            return later.start, later is not amounts[n + 1]
    return len(text), len(amounts) > n + 1


def _lives(before: str, base: int, sentence: Sentence, amount: Amount, limit: int
           ) -> _Found | None:
    """'claimed 17 lives', '60 lives were lost'; 'saved 100 lives' is no casualty."""
    m = cues.LIVES_BEFORE.search(before.lower())
    if m:
        return _Found("killed", base + m.start(), base + m.end())
    window = sentence.text[amount.end:limit][:AFTER_WINDOW].lower()
    m = cues.LIVES_AFTER.match(window)
    if m:
        return _Found("killed", amount.end + m.start("cue"), amount.end + m.end("cue"))
    return None


def _category_in(text: str) -> str | None:
    m = cues.AFTER.search(text)
    if m and m.lastgroup:
        return m.lastgroup
    for word in re.findall(r"[\w-]+", text):
        if word in cues.CATEGORY_NOUNS:
            return cues.CATEGORY_NOUNS[word]
    return None


def _projected(sentence: Sentence, start: int, end: int, category: str, cue_first: bool) -> bool:
    """A warning or scenario: a modal in the figure ("could be killed"), before its verb ("could
    kill 100"), or a condition before it ("if 100 people are killed")."""
    pattern = cues.PROJECTED_AFFECTED if category == "affected" else cues.PROJECTED
    if pattern.search(sentence.text[start:end].lower()):
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
    return lead_pattern.search(lead) is not None


def _singles(sentence: Sentence) -> Iterator[tuple[Amount, Head, _Found]]:
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
            yield one, head, _Found(category, base + m.start(), base + m.end())
            continue
        members = cues.MEMBERS_BEFORE.search(before[:article.start()].lower()) if article \
            else None
        if members:  # "the dead included a 12-year-old boy"
            yield one, head, _Found(cues.MEMBERS_CATEGORY[members.group("c")],
                                    base + members.start("c"), base + members.end("c"))
            continue
        after = text[tok.end:tok.end + 40].lower()
        cue = cues.SINGLE_AFTER_CUE.match(after)
        if article and cue:
            category = cues.SINGLE_AFTER[cue.group("c")]
            yield one, head, _Found(category, tok.end + cue.start("c"), tok.end + cue.end("c"))


def extract_casualties(document: Document, parsed: list[tuple[Any, int]],
                       claims: tuple[Claim, ...], actors: tuple[Actor, ...]
                       ) -> tuple[CasualtyFigure, ...]:
    figures: list[CasualtyFigure] = []
    last: tuple[str, int] | None = None  # category and block of the latest figure
    for sentence in sentences(document, parsed):
        inherited = last[0] if last and sentence.block - last[1] <= 1 else None
        for amount, head, found in _figures_in(sentence, inherited):
            start = min(amount.start, found.start)
            end = max(amount.end, found.end, head.end)
            cue_first = found.start < amount.start
            projected = _projected(sentence, start, end, found.category, cue_first)
            status = "projected" if projected else "reported"
            a, b = sentence.start + start, sentence.start + end
            source, source_id = figure_source(document.text, a, b, sentence.start,
                                              sentence.start + len(sentence.text), claims, actors)
            figures.append(CasualtyFigure(
                id=f"k{len(figures) + 1}", count=amount.count, count_high=amount.count_high,
                category=found.category, status=status, qualifier=amount.qualifier,
                subject=sentence.text[head.start:head.end] if head.end else None,
                source=source, text=document.text[a:b], start=a, end=b, source_id=source_id))
            last = (found.category, sentence.block)
            inherited = found.category
    return tuple(figures)


def _said_of_whole(text: str, amount: Amount, head: Head, found: _Found) -> bool:
    """A cue on the whole a part is taken from ('half of the 30 people killed', 'a third of the
    240 displaced families'), not on the part ('half of the 2,000 families have fled')."""
    if found.start < amount.start:
        return False  # "displaced half of the 2,000 families": the verb takes the part
    end = max(amount.end, head.end)
    return found.start < end or cues.WHOLE_CUE_GAP.fullmatch(text, end, found.start) is not None


def _figures_in(sentence: Sentence, inherited: str | None
                ) -> Iterator[tuple[Amount, Head, _Found]]:
    text = sentence.text
    amounts = find_amounts(text)
    found_any: list[tuple[Amount, Head, _Found]] = []
    heads = [head_of(sentence, amount.end) for amount in amounts]
    for n, (amount, head) in enumerate(zip(amounts, heads, strict=True)):
        base = max(0, amount.start - LOOKBACK)
        before, after = text[base:amount.start], text[amount.end:amount.end + LOOKBACK]
        tally = cues.TALLY_AFTER.match(after) if cues.TO_BEFORE.search(before) else None
        if tally and not _skipped(amount, Head(None), before, after):
            # "bring to 48 the number of people killed"
            word = tally.group("cue")
            category = cues.CATEGORY_NOUNS.get(word) or (
                "detained" if word == "arrested" else "wounded" if word == "injured" else word)
            found = _Found(category, amount.end + tally.start("cue"),
                           amount.end + tally.end("cue"))
            inherited = found.category
            found_any.append((amount, Head(None), found))
            continue
        if head.kind == "thing" or _skipped(amount, head, before, after):
            continue
        limit, shared = _window_end(text, amounts, heads, n)
        if head.word == "lives":
            found = _lives(before, base, sentence, amount, limit)
            if found:
                found_any.append((amount, head, found))
            continue
        found = (_own_modifier(text, amount, head)
                 or _detail_of_previous(text, amounts, heads, n, found_any)
                 or _cue_before(before, base, head)
                 or _members(before, base, head)
                 or _cue_after(sentence, amount, head, limit, shared)
                 or _partitive_cue(text, amount, head, limit)
                 or _crossed(text, amount, head)
                 or (_Found(cues.CATEGORY_NOUNS[head.word], head.start, head.end)
                     if head.kind == "category" and not cues.RELEASED_BEFORE.search(before)
                     and not cues.FREED_AFTER.match(text[head.end:]) else None)
                 or (_tally(sentence, amount, amounts[:n], inherited)
                     if head.kind != "noun" else None))
        if not found:
            found = _coordinated(text, amounts, heads, n, found_any)
        if found:
            found = _illness(text, amount, head, found)
        if not found and found_any and head.kind is None \
                and cues.COMPARED_BEFORE.search(before):
            found = _Found(found_any[-1][2].category, amount.start, amount.end)
        if not found and found_any and head.kind != "thing" \
                and (cues.DETAIL_END.search(text[max(found_any[-1][0].end, amount.start - 40)
                                                 :amount.start])
                     or cues.PART_OF.match(text, amount.end)):
            # "killing 19 people, including 17 foreigners", "50 wounded, 10 of them seriously":
            # a part of the figure before it
            found = _Found(found_any[-1][2].category, amount.start, amount.end)
        more = _MORE.match(text, amount.end)
        if not found and inherited and head.kind is None and more:
            # "seven bodies were recovered, and five more were found": the same count goes on
            found = _Found(inherited, amount.start, more.end())
        if found and head.kind == "noun" and found.category not in BODILY:
            found = None  # "3 planes are missing", "evacuated 4 hospitals"
        if found and cues.PART_OF_WHOLE.search(before) and not _said_of_whole(text, amount,
                                                                               head, found):
            found = None  # "two-thirds of the 9,000 residents have fled": not 9,000 fled
        if found:
            inherited = found.category
            found_any.append((amount, head, found))
    found_any = merge_victims(sentence, found_any, _Found)
    taken = [(a.start, max(a.end, h.end)) for a, h, _ in found_any]
    for one, head, found in _singles(sentence):
        if not any(s < one.end and one.start < e for s, e in taken):
            found_any.append((one, head, found))
    yield from sorted(found_any, key=lambda f: f[0].start)

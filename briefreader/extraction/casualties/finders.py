"""The finders of casualty figures: what makes an amount in a sentence a figure of a category.

A cue before the amount ("killing at least 14 villagers"), after it ("33 civilians were among
those killed"), a casualty adjective on the counted noun, a part of a category ("four of the
wounded later died"), a tally ("the death toll climbed to 73"), a figure joined to the one
before it; and what is no count of people (ratios, money, years, ages). Each finder is a named
rule; figures.py tries them in order for each amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefreader.extraction.casualties import cues
from briefreader.extraction.casualties.phrases import Head, Sentence
from briefreader.extraction.numbers import Amount
from briefreader.extraction.rules import applies, note, register, rule

AFTER_WINDOW = 90  # characters after an amount in which its cue may stand
LOOKBACK = 250  # characters before an amount that its cues and tallies are looked for in
BARE_WINDOW = 35
BODILY = frozenset({"killed", "wounded"})  # cues that only people (and animals) undergo


def skipped(amount: Amount, head: Head, before: str, after: str) -> bool:
    """Amounts that are not counts of people: ratios, money, years, ages."""
    if cues.RATIO_AFTER.match(after) or cues.RATIO_BEFORE.search(before) \
            or cues.MONEY_BEFORE.search(before):
        return True
    if amount.count == 0 or cues.NEGATED.search(before):
        return True  # "no one was hurt", "none of the 12 crew"
    if head.word in cues.SINGULAR_CATEGORY and amount.count != 1 \
            and applies("casualties.singular_category_counts_one"):
        note("casualties.singular_category_counts_one")
        return True  # "the 1999 shooting death of", "his Feb. 13 death"
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
class Found:
    category: str
    start: int  # relative to the sentence
    end: int
    rules: list[str] = field(default_factory=list)  # the named rules that found the figure


# A casualty adjective on the counted noun: "evacuated 17 seriously injured people" counts the
# wounded, whatever the verb does with them.
_MODIFIER = re.compile(r"\b(?P<c>injured|wounded|dead|missing|displaced)\b")
_MODIFIER_CATEGORY = {"injured": "wounded", "wounded": "wounded", "dead": "killed",
                      "missing": "missing", "displaced": "displaced"}


MORE = re.compile(r"\s+more\b(?!\s+(?:than|of)\b)")


@rule("casualties.own-modifier", "casualties",
      "a casualty adjective on the counted noun ('17 seriously injured people') gives the category")
def own_modifier(text: str, amount: Amount, head: Head) -> Found | None:
    if head.kind != "person" or head.end <= amount.end:
        return None
    m = _MODIFIER.search(text, amount.end, head.end)
    if not m:
        return None
    return Found(_MODIFIER_CATEGORY[m.group("c")], m.start("c"), m.end("c"))


@rule("casualties.cue-before", "casualties",
      "a cue before the amount ('killing at least 14 villagers') gives the category")
def cue_before(before: str, base: int, head: Head) -> Found | None:
    m = cues.BEFORE.search(before.lower())
    if not m or m.lastgroup is None:
        return None
    if m.group(m.lastgroup) in cues.NEEDS_PERSON and head.kind not in ("person", "category"):
        return None
    return Found(m.lastgroup, base + m.start(m.lastgroup), base + m.end(m.lastgroup))


@rule("casualties.cue-after", "casualties",
      "a cue after the amount ('33 civilians were among those killed') gives the category")
def cue_after(sentence: Sentence, amount: Amount, head: Head, limit: int,
               shared: bool = False) -> Found | None:
    # with no noun after it, an amount is a pronoun-like "dozens were feared drowned": its cue
    # must follow closely, or "one" of "one on the need to ..." would become a figure
    if shared and head.kind == "category" and applies("casualties.category_noun_first"):
        note("casualties.category_noun_first")
        return None  # "one death and two injured victims": the noun says it
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
    if cue_of_another_noun(window[:m.start()]):
        return None
    owner = cues.CUE_OWNER.search(window[:m.start()])
    if owner and owner.group("noun") in cues.PRONOUNS:
        return None  # "3,000 fighters, said it had captured 40 troops": another subject
    if owner and not shared and owner.group("noun") in cues.PERSON_NOUNS \
            and amount.end + owner.start("noun") >= max(head.end, amount.end):
        return None
    return Found(m.lastgroup, amount.end + m.start(), amount.end + m.end())


register("casualties.singular_category_counts_one", "casualties",
         "'one death', 'one fatality' count one; a number before a singular 'death' is a "
         "year or a date ('the 1999 shooting death of')")
register("casualties.category_noun_first", "casualties",
         "'one death and two injured victims': a noun that carries its category keeps it "
         "against a cue shared with the amount after it")
_RELATIVE = re.compile(r"\b(?P<noun>[\w-]+)\s+(?:that|which)\s+(?:[\w-]+\s+){0,2}$")


@rule("casualties.cue_of_another_noun", "casualties",
      "'300 guests ended in gunfire that killed one man': a cue in a relative clause of "
      "another noun is that noun's, not the amount's")
def cue_of_another_noun(between: str) -> bool:
    m = _RELATIVE.search(between)
    return m is not None and m.group("noun") not in cues.PERSON_NOUNS


_AUXILIARIES = re.compile(r"\s+(?:(?:were|was|are|is|have|has|had|been|later|also|since"
                          r"|subsequently|reportedly)\s+)*")


@rule("casualties.partitive-cue", "casualties",
      "'four of the wounded later died': the verb after a part of a category")
def partitive_cue(text: str, amount: Amount, head: Head, limit: int) -> Found | None:
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
    return Found(m.lastgroup, m.start(), m.end())


@rule("casualties.crossed", "casualties",
      "'100,000 people have crossed into Chad': civilians crossing are displaced")
def crossed(text: str, amount: Amount, head: Head) -> Found | None:
    """'more than 100,000 people have crossed into Chad': civilians crossing are displaced."""
    if head.word not in cues.CIVILIANS:
        return None
    m = cues.CROSSED.match(text, max(amount.end, head.end))
    return Found("displaced", m.start(), m.end()) if m else None


_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|as well as|plus)\s+")
_LISTED = re.compile(r"\s*,\s*")  # "killed 4 soldiers, 9 civilians and 2 police officers"


@rule("casualties.coordinated", "casualties",
      "'killed 4 soldiers and 9 civilians': an amount joined to the figure before shares its verb")
def coordinated(text: str, amounts: list[Amount], heads: list[Head], n: int,
                 found_any: list[tuple[Amount, Head, Found]]) -> Found | None:
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
    found = cue_before(text[base:prev.start], base, heads[n])
    earlier = found_any[-1][2]
    if found is None and earlier.end <= prev.start and heads[n].kind in ("person", "category"):
        found = earlier  # the third of "killed 4 soldiers, 9 civilians and 2 police officers"
    return found


@rule("casualties.members", "casualties",
      "'those killed included two journalists': who the people of a category were")
def members(before: str, base: int, head: Head) -> Found | None:
    """'those killed included two journalists': who the people of a category were."""
    if head.kind not in ("person", None):
        return None
    m = cues.MEMBERS_BEFORE.search(before.lower())
    if not m:
        return None
    return Found(cues.MEMBERS_CATEGORY[m.group("c")], base + m.start("c"), base + m.end("c"))


@rule("casualties.detail-of-previous", "casualties",
      "'killed 12 people, including four children': a part in an aside shares the figure's "
      "category")
def detail_of_previous(text: str, amounts: list[Amount], heads: list[Head], n: int,
                        found_any: list[tuple[Amount, Head, Found]]) -> Found | None:
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
    return Found(found_any[-1][2].category, amounts[n].start, amounts[n].end)


@rule("casualties.tally", "casualties",
      "'the death toll climbed to 73': a tally states a figure")
def tally_cue(sentence: Sentence, amount: Amount, earlier: list[Amount],
           inherited: str | None) -> Found | None:
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
        category = cues.ANCHOR_CATEGORY.get(word) or category_in(gap)
        if category is None and len(gap.split()) <= 3 and " of " not in f" {gap} ":
            category = inherited
        if category:
            return Found(category, base + anchor.start(), base + anchor.end())
    return None


def window_end(text: str, amounts: list[Amount], heads: list[Head], n: int
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


@rule("casualties.lives", "casualties",
      "'claimed 17 lives', '60 lives were lost' are deaths; 'saved 100 lives' is none")
def lives(before: str, base: int, sentence: Sentence, amount: Amount, limit: int
           ) -> Found | None:
    """'claimed 17 lives', '60 lives were lost'; 'saved 100 lives' is no casualty."""
    m = cues.LIVES_BEFORE.search(before.lower())
    if m:
        return Found("killed", base + m.start(), base + m.end())
    window = sentence.text[amount.end:limit][:AFTER_WINDOW].lower()
    m = cues.LIVES_AFTER.match(window)
    if m:
        return Found("killed", amount.end + m.start("cue"), amount.end + m.end("cue"))
    return None


def category_in(text: str) -> str | None:
    m = cues.AFTER.search(text)
    if m and m.lastgroup:
        return m.lastgroup
    for word in re.findall(r"[\w-]+", text):
        if word in cues.CATEGORY_NOUNS:
            return cues.CATEGORY_NOUNS[word]
    return None

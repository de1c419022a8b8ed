"""Mentions the model missed: every other place the text writes an actor's name, alias or a
person's surname. Word n-grams are looked up in a table of the actors' names, so this stays
linear."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict

from briefreader.extraction.model import Mention
from briefreader.extraction.rules import rule

_WORD = re.compile(r"\w[\w'’.-]*")


def _written_forms(found: list[dict]) -> dict[str, int]:
    """Each capitalised name, alias and (for a person) surname, with the one actor it names;
    -1 when two actors share it."""
    forms: dict[str, int] = {}
    surnames: dict[str, int] = {}
    for n, fields in enumerate(found):
        for form in (fields["name"], *fields["aliases"]):
            if len(form) >= 2 and form[:1].isupper():
                forms[form] = n if forms.get(form, n) == n else -1
        last = fields["name"].split()[-1]
        if fields["kind"] == "person" and " " in fields["name"] and len(last) > 2 \
                and last[:1].isupper():
            surnames[last] = n if surnames.get(last, n) == n else -1
    for last, n in surnames.items():
        forms.setdefault(last, n)  # "Azzouz" after "Lotfi Azzouz"
    return forms


def _untaken_forms(text: str, forms: dict[str, int], taken: list[tuple[int, int]]
                   ) -> dict[int, list[Mention]]:
    """Where the text writes a form outside the spans already taken, by actor: the longest
    form starting at each capitalised word wins."""
    longest = max(len(f.split()) for f in forms)
    starts = [s for s, _ in taken]
    added: dict[int, list[Mention]] = defaultdict(list)
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        first = words[i]
        if not first.group()[:1].isupper():
            i += 1
            continue
        for size in range(min(longest, len(words) - i), 0, -1):
            start, end = first.start(), words[i + size - 1].end()
            n = forms.get(text[start:end].rstrip("."), -2)
            if n < 0:
                continue
            end = start + len(text[start:end].rstrip("."))
            j = bisect_right(starts, end) - 1
            if j < 0 or taken[j][1] <= start:
                added[n].append(Mention(start, end))
            i += size - 1
            break
        i += 1
    return added


@rule("actors.sweep-aliases", "actors", "every other place the text writes an actor's name, alias "
      "or a person's surname is a mention the model missed")
def sweep_aliases(text: str, found: list[dict], places: tuple[tuple[int, int], ...] = ()) -> None:
    """Mentions the model missed: every other place the text writes an actor's name or alias.
    Word n-grams are looked up in a table of the actors' names, so this stays linear. ``places``:
    spans read as places ("in Cairo"), never an actor's mention."""
    forms = _written_forms(found)
    if not forms:
        return
    taken = sorted({(m.start, m.end) for f in found for m in f["mentions"]} | set(places))
    for n, extra in _untaken_forms(text, forms, taken).items():
        found[n]["mentions"] = tuple(sorted((*found[n]["mentions"], *extra),
                                            key=lambda m: m.start))
        if "actors.sweep-aliases" not in found[n].setdefault("rules", []):
            found[n]["rules"].append("actors.sweep-aliases")
        written = {text[m.start:m.end] for m in extra} - {found[n]["name"]}
        found[n]["aliases"] = tuple(sorted(set(found[n]["aliases"]) | written))

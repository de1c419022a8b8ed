"""The user's corrections to the extraction said in words: one description for the command line,
the window and the brief (which files them by section).

Corrections target items by id (a3, c2, k1), which shift when extraction is re-run; a reader knows
them by name or text, so each is described by the key the correction stored (what the user saw),
else by the item with that id in the extraction before corrections. The brief leaves assessments
out of its lists of corrections: they stand with their claims.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefreader.annotations.model import Correction
from briefreader.corrections.apply import find_item, target_kind
from briefreader.extraction.item_keys import item_by_id, kind_of_id
from briefreader.extraction.model import Actor, Claim, Extraction

_SHORT = 80


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHORT else text[: _SHORT - 1].rstrip() + "\u2026"


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _quoted(text: str) -> str:
    return f"\u201c{_shorten(text)}\u201d"


_NOUNS = {"actors": "actor", "claims": "claim", "figures": "figure"}
_SECTION_OF_ITEM = {"actor": "actors", "claim": "claims", "casualty": "figures"}


def _item(extraction: Extraction | None, item_id: str, key: Any,
          item_kind: str | None = None) -> tuple[str, str]:
    """(section, how the reader knows the item): the key the correction stored (name or text, as
    the user saw it) first, else the item with that id in the extraction, else the bare id."""
    section = (_SECTION_OF_ITEM.get(item_kind or "")
               or _SECTION_OF_ITEM.get(kind_of_id(item_id) or "", "actors"))
    if isinstance(key, dict) and (key.get("name") or key.get("text")):
        return section, f"{_NOUNS[section]} {_quoted(str(key.get('name') or key.get('text')))}"
    found = item_by_id(extraction, None, item_id) if extraction is not None else None
    if isinstance(found, Actor):
        return "actors", f"actor {_quoted(found.name)}"
    if found is not None:
        section = "claims" if isinstance(found, Claim) else "figures"
        return section, f"{_NOUNS[section]} {_quoted(found.text)}"
    return section, f"{_NOUNS[section]} {item_id}"


def describe_correction(correction: Correction, original: Extraction | None = None) -> str:
    """One sentence for one correction: 'Actor “the mayor” renamed “Jo Bloggs”.'"""
    return file_correction(correction, original)[1]


def file_correction(correction: Correction,
                    original: Extraction | None = None) -> tuple[str, str]:
    """(section of the brief, sentence) for one correction."""
    value = correction.value or {}
    kind = correction.kind
    item_kind = target_kind(correction)
    section, item = _item(original, correction.target, value.get("key"), item_kind)
    section = _SECTION_OF_ITEM.get(item_kind or "", section)
    if kind == "rename_actor":
        return section, f"{_upper_first(item)} renamed {_quoted(str(value.get('name', '')))}."
    if kind == "merge_actors":
        _, other = _item(original, str(value.get("other", "")), value.get("other_key"), "actor")
        return section, f"{_upper_first(other)} merged into {item}."
    if kind == "reject":
        return section, f"{_upper_first(item)} marked as wrong and left out."
    if kind == "set_speaker":
        speaker = value.get("speaker") or "no one"
        return section, f"{_upper_first(item)} attributed to {_quoted(str(speaker))}."
    if kind == "set_casualty":
        return section, _casualty_sentence(item, value)
    if kind == "set_assessment":
        return section, f"{_upper_first(item)} assessed as {value.get('assessment')}."
    return section, f"{_upper_first(item)}: {kind.replace('_', ' ')}."


def _casualty_sentence(item: str, value: dict[str, Any]) -> str:
    changes = ", ".join(f"{label} {val:,}" if isinstance(val, int) else f"{label} {val}"
                        for key, label in (("category", "category"), ("count", "count"),
                                           ("count_high", "upper count"))
                        if (val := value.get(key)) is not None)
    return f"{_upper_first(item)} corrected: {changes}." if changes else \
        f"{_upper_first(item)} corrected."


def still_matches(correction: Correction, original: Extraction | None) -> bool:
    """Whether the correction's target is still in the extraction it was applied to."""
    kind = target_kind(correction)
    if original is None or kind is None:
        return True
    if find_item(original, kind, correction) is None:
        return False
    if correction.kind == "merge_actors":
        value = correction.value or {}
        return find_item(original, "actor", correction, target=value.get("other"),
                         key=value.get("other_key")) is not None
    return True


def describe_corrections(corrections: Sequence[Correction],
                         original: Extraction | None = None) -> dict[str, tuple[str, ...]]:
    """For the brief: section name -> sentences, in the order the corrections were made. A
    correction whose target the extraction no longer has is listed as not applied, never
    silently dropped."""
    filed: dict[str, list[str]] = {}
    ordered = sorted(enumerate(corrections), key=lambda pair: (pair[1].created, pair[0]))
    for _, correction in ordered:
        if correction.kind == "set_assessment":
            continue   # shown with its claim
        section, sentence = file_correction(correction, original)
        if not still_matches(correction, original):
            sentence = f"{sentence[:-1]} (not applied: no longer found in the extraction)."
        filed.setdefault(section, []).append(sentence)
    return {section: tuple(lines) for section, lines in filed.items()}

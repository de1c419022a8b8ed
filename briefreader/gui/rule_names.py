"""'found by ...': the line a tooltip gives to say which named rules made an extracted item
(extraction/rules.py names them; ``briefreader extract --rules`` describes each)."""

from __future__ import annotations


def found_by(rules: tuple[str, ...]) -> str:
    """The tooltip line (HTML-safe: rule names are identifiers), or "" for an item with none."""
    return f"<br><i>found by {', '.join(rules)}</i>" if rules else ""

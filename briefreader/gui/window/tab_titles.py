"""Tab titles: the article's title, and for two tabs with one title, what tells them apart."""

from __future__ import annotations

from pathlib import Path

MAX_TITLE = 32


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def tab_titles(tabs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """For each (title, path): the tab's text and its tooltip. A title that two tabs share is
    followed by the file's name, or by its folder when the file names are the same too."""
    count: dict[str, int] = {}
    for title, _path in tabs:
        count[title] = count.get(title, 0) + 1
    names: dict[str, int] = {}
    for _title, path in tabs:
        names[Path(path).name] = names.get(Path(path).name, 0) + 1
    result = []
    for title, path in tabs:
        file = Path(path)
        if count[title] == 1:
            text = _shorten(title, MAX_TITLE)
        elif names[file.name] == 1:
            text = f"{_shorten(title, 24)} · {file.name}"
        else:
            text = f"{_shorten(title, 24)} · {file.parent.name}/{file.name}"
        result.append((text, f"{title}\n{path}"))
    return result

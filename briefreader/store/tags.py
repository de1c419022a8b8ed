"""The annotation store's tags: a small set of named colours the user can rename and extend."""

from __future__ import annotations

from briefreader.annotations.model import Tag
from briefreader.errors import UsageError
from briefreader.store.connection import StoreBase


class TagMethods(StoreBase):
    """Annotations refer to a tag by id, so renaming a tag renames it everywhere."""

    def tags(self) -> list[Tag]:
        rows = self._read("SELECT id, name, colour, position FROM tags ORDER BY position, id")
        return [Tag(r["id"], r["name"], r["colour"], r["position"]) for r in rows]

    def tag_names(self) -> list[str]:
        return [t.name for t in self.tags()]

    def default_tag(self) -> Tag:
        return self.tags()[0]

    def tag(self, name: str) -> Tag:
        found = next((t for t in self.tags() if t.name.casefold() == name.strip().casefold()), None)
        if found is None:
            raise UsageError(f"unknown tag '{name}' (tags: {', '.join(self.tag_names())})")
        return found

    def add_tag(self, name: str, colour: str = "#cfd8dc") -> Tag:
        name = _clean_tag_name(name)
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM tags WHERE name = ?", (name,)).fetchone():
                raise UsageError(f"a tag named '{name}' already exists")
            position = conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM tags").fetchone()
            conn.execute("INSERT INTO tags (name, colour, position) VALUES (?,?,?)",
                         (name, colour, position[0]))
        return self.tag(name)

    def rename_tag(self, old: str, new: str) -> Tag:
        tag, new = self.tag(old), _clean_tag_name(new)
        with self._write() as conn:
            clash = conn.execute("SELECT id FROM tags WHERE name = ?", (new,)).fetchone()
            if clash and clash[0] != tag.id:
                raise UsageError(f"a tag named '{new}' already exists")
            conn.execute("UPDATE tags SET name = ? WHERE id = ?", (new, tag.id))
        return self.tag(new)


def _clean_tag_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise UsageError("a tag name cannot be empty")
    return name

"""The annotation model (Qt-free): what a user marks, notes, assesses and corrects.

Each annotation holds an ``Anchor`` (anchoring/selectors.py) that says where it stands on the
text; the store (store/) persists these records, anchoring/ places them on a text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefreader.anchoring.selectors import Anchor

DEFAULT_TAGS = ("key claim", "disputed", "verify", "context")
ASSESSMENTS = ("unverified", "corroborated", "disputed", "false")
# anchored/moved: the same words (moved: elsewhere); changed: placed by approximate match on words
# that differ from the quote; orphaned: not placed (anchoring/resolve.py)
ANCHOR_STATES = ("anchored", "moved", "changed", "orphaned")
LINK_KINDS = ("claim", "actor", "casualty")
CORRECTION_KINDS = ("rename_actor", "merge_actors", "reject", "set_speaker", "set_casualty",
                    "set_assessment")


@dataclass(frozen=True)
class Tag:
    """A highlight colour with a name the user can change; annotations refer to it by id."""

    id: int
    name: str
    colour: str  # "#rrggbb"
    position: int


@dataclass(frozen=True)
class StoredDocument:
    """A document as the store knows it: by its current fingerprint and its last path."""

    id: int
    sha256: str
    path: str | None
    title: str


@dataclass(frozen=True)
class Annotation:
    id: str
    document_sha256: str
    anchor: Anchor
    tag: str = DEFAULT_TAGS[0]
    note: str = ""
    assessment: str | None = None  # one of ASSESSMENTS, for claims
    link_kind: str | None = None  # one of LINK_KINDS
    link_id: str | None = None  # the extracted item's id (c3, a1, k2) when the link was made
    created: str = ""  # ISO 8601, UTC
    modified: str = ""
    # What the linked item said or was called (item_keys.py): ids shift on re-extraction, the key
    # finds the item again (annotation_links.py). None for links made without one.
    link_key: dict[str, Any] | None = field(default=None, hash=False)

    @property
    def quote(self) -> str:
        return self.anchor.quote


@dataclass(frozen=True)
class PlacedAnnotation:
    """An annotation as it stands on the current text."""

    annotation: Annotation
    start: int | None  # None when orphaned
    end: int | None
    state: str  # one of ANCHOR_STATES

    @property
    def orphaned(self) -> bool:
        return self.state == "orphaned"


@dataclass(frozen=True)
class Correction:
    """A user's fix to the extraction, applied whenever the document is shown or exported.

    kind and value:
      rename_actor   target=actor id, value={"name": "..."}
      merge_actors   target=actor id kept, value={"other": "actor id merged into it"}
      reject         target=item id (a3, c2, k1), value={}      (marks an extracted item as wrong)
      set_speaker    target=claim id, value={"speaker": "name", "speaker_id": "a2" or None}
      set_casualty   target=figure id, value={"count": 12, "category": "killed", ...}
      set_assessment target=claim id, value={"assessment": "disputed"}
    Targets are matched by id and, more robustly, by the item's text/anchor stored in ``value``
    under "anchor" so that a correction survives re-extraction.
    """

    id: str
    document_sha256: str
    kind: str
    target: str
    value: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    created: str = ""

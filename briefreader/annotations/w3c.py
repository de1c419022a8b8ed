"""Annotations as W3C Web Annotation JSON (https://www.w3.org/TR/annotation-model/).

Export writes an ``AnnotationCollection`` whose annotations target the document by its path (a
``file:`` URI) and its text fingerprint (``"fingerprint": "sha256:..."``, an extension property),
with a TextQuoteSelector and a TextPositionSelector each, and on a paged document (PDF) a
FragmentSelector naming the page where the annotation now starts (RFC 3778's ``page=N``, for
readers that open the PDF itself). The note is a Markdown TextualBody (purpose ``commenting``), the
tag and the assessment are TextualBodies with purposes ``tagging`` and ``assessing``, a link to an
extracted item is a body with purpose ``linking``.

Import reads a collection, a page, a list or a single annotation, from briefreader or another tool
(a page FragmentSelector is ignored: the quote and position place the annotation, the document
gives the page); each annotation keeps its id (a foreign id is turned into a stable one), so
importing the same file twice changes nothing. Such files come from colleagues and other tools, so
nothing in them is trusted: the file's size and kind are checked before it is read, JSON nested too
deeply is refused, and each item is checked field by field (an invalid one is skipped and reported,
the rest imported in one transaction). Notes are stored as written; the brief escapes them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from briefreader import __version__
from briefreader.anchoring.resolve import resolve_anchor
from briefreader.anchoring.selectors import CONTEXT_CHARS, Anchor
from briefreader.annotations.model import (
    ASSESSMENTS,
    LINK_KINDS,
    Annotation,
    PlacedAnnotation,
    Tag,
)
from briefreader.document import Document
from briefreader.errors import UsageError
from briefreader.files import write_text_atomically
from briefreader.loading.files import read_file_bytes

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
ID_PREFIX = "urn:briefreader:annotation:"
MAX_W3C_BYTES = 20 * 1024 * 1024   # thousands of annotations fit in far less
MAX_OFFSET = 2**31   # far beyond any document: a larger offset is junk (and overflows SQLite)
MAX_TAG_CHARS = 100
PDF_FRAGMENT = "http://tools.ietf.org/rfc/rfc3778"


class AnnotationStore(Protocol):
    """What the exchange needs of a store (``store.annotations.AnnotationStore`` fits); named
    here so that annotations/ never imports the store, which imports annotations' records."""

    def annotations_for(self, document: Document) -> list[PlacedAnnotation]: ...
    def restore_annotation(self, document: Document, annotation: Annotation) -> Annotation: ...
    def tag_names(self) -> list[str]: ...
    def default_tag(self) -> Tag: ...
    def add_tag(self, name: str, colour: str = ...) -> Tag: ...
    def transaction(self) -> AbstractContextManager[None]: ...
    def resolve_id(self, annotation_id: str) -> str: ...


def document_uri(document: Document) -> str:
    return Path(document.path).resolve().as_uri() if document.path else "urn:briefreader:text"


def annotation_to_w3c(annotation: Annotation, document: Document,
                      start: int | None = None) -> dict[str, Any]:
    """One annotation as a Web Annotation; ``start``, where it stands on the document's text now
    (None for an orphan), gives the page of a paged document."""
    bodies: list[dict[str, Any]] = []
    if annotation.note:
        bodies.append({"type": "TextualBody", "value": annotation.note,
                       "format": "text/markdown", "purpose": "commenting"})
    bodies.append({"type": "TextualBody", "value": annotation.tag, "purpose": "tagging"})
    if annotation.assessment:
        bodies.append({"type": "TextualBody", "value": annotation.assessment,
                       "purpose": "assessing"})
    if annotation.link_kind and annotation.link_id:
        link = {"type": "TextualBody", "purpose": "linking",
                "value": f"{annotation.link_kind}:{annotation.link_id}"}
        if annotation.link_key:  # an extension: what the item said, to find it again
            link["key"] = annotation.link_key
        bodies.append(link)
    return {
        "@context": CONTEXT,
        "id": ID_PREFIX + annotation.id,
        "type": "Annotation",
        "motivation": "commenting" if annotation.note else "highlighting",
        "created": annotation.created,
        "modified": annotation.modified,
        "body": bodies,
        "target": {
            "source": document_uri(document),
            "fingerprint": f"sha256:{annotation.document_sha256}",
            "type": "Text",
            "selector": annotation.anchor.to_w3c_selectors() + _page_selectors(document, start),
        },
    }


def _page_selectors(document: Document, start: int | None) -> list[dict[str, Any]]:
    page = document.page_at(start) if start is not None else None
    if page is None:
        return []
    return [{"type": "FragmentSelector", "conformsTo": PDF_FRAGMENT, "value": f"page={page}"}]


def export_w3c(store: AnnotationStore, document: Document, out: str | Path) -> int:
    """Write the document's annotations (orphans too) to ``out``, atomically; returns how many.
    Raises ExportError (one line) when the file cannot be written."""
    items = [annotation_to_w3c(p.annotation, document, p.start)
             for p in store.annotations_for(document)]
    collection = {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": f"briefreader annotations: {document.title}",
        "generator": {"type": "Software", "name": f"briefreader {__version__}"},
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    write_text_atomically(out, json.dumps(collection, ensure_ascii=False, indent=2) + "\n",
                          "the annotations")
    return len(items)


def import_w3c(store: AnnotationStore, document: Document, source: str | Path,
               on_skip: Callable[[str], None] | None = None) -> tuple[int, int]:
    """Add the annotations in ``source`` to the document; returns (imported, orphaned).

    A file that is not Web Annotation JSON raises one UsageError (or LoadError). In one that is,
    an item that is not a valid annotation is skipped and ``on_skip`` hears why; the valid ones go
    in one transaction. When none is valid, UsageError, and the store is as it was.
    """
    source = Path(source)
    items = _items(_read_json(source), 0)
    if not items:
        raise UsageError("holds no annotations", source)
    accepted = _valid_annotations(store, document, items, source, on_skip or (lambda _: None))
    if not accepted:
        raise UsageError(f"none of its {len(items)} annotation(s) could be imported", source)
    known = {t.casefold() for t in store.tag_names()}
    orphaned = 0
    with store.transaction():
        for annotation in accepted:
            if not annotation.tag:
                annotation = replace(annotation, tag=store.default_tag().name)
            if annotation.tag.casefold() not in known:
                store.add_tag(annotation.tag)
                known.add(annotation.tag.casefold())
            store.restore_annotation(document, annotation)
            unchanged = annotation.document_sha256 == document.sha256
            placed = resolve_anchor(document.text, annotation.anchor, unchanged=unchanged)
            orphaned += placed.start is None
    return len(accepted), orphaned


def _read_json(source: Path) -> Any:
    data = read_file_bytes(source, MAX_W3C_BYTES)   # special files, size: refused before reading
    try:
        return json.loads(data.decode("utf-8-sig"))
    except RecursionError:
        raise UsageError("not a W3C annotation file (its JSON is nested too deeply)",
                         source) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise UsageError(f"not a W3C annotation file ({exc})", source) from None


def _valid_annotations(store: AnnotationStore, document: Document, items: list[Any],
                       source: Path, on_skip: Callable[[str], None]) -> list[Annotation]:
    own = {p.annotation.id for p in store.annotations_for(document)}
    seen: dict[str, int] = {}
    accepted: list[Annotation] = []
    for number, item in enumerate(items, 1):
        try:
            annotation = _parse(item, document)
            first = seen.setdefault(annotation.id, number)
            if first != number:
                raise UsageError(f"the same id as item {first}")
            if annotation.id not in own and _id_taken(store, annotation.id):
                raise UsageError("its id belongs to an annotation of another document")
        except UsageError as exc:
            on_skip(f"{source}: skipped item {number}: {exc.problem}")
            continue
        except RecursionError:   # an item nested nearly as deep as the JSON parser allows
            on_skip(f"{source}: skipped item {number}: it is nested too deeply")
            continue
        accepted.append(annotation)
    return accepted


def _id_taken(store: AnnotationStore, annotation_id: str) -> bool:
    try:
        return store.resolve_id(annotation_id) == annotation_id
    except UsageError:
        return False


def _items(data: Any, depth: int) -> list[Any]:
    """The annotations of a collection, a page, a list or one annotation (not nested further:
    nothing legitimate is)."""
    if depth > 3:
        return []
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        return []
    if data.get("type") == "AnnotationCollection":
        first = data.get("first")
        return _items(first.get("items", []), depth + 1) if isinstance(first, dict) else []
    if "items" in data:
        return _items(data["items"], depth + 1)
    return [data] if data.get("type") == "Annotation" or "target" in data else []


def _parse(item: Any, document: Document) -> Annotation:
    """One item as an Annotation; UsageError saying what is wrong with it."""
    if not isinstance(item, dict):
        raise UsageError(f"not an annotation object but {type(item).__name__}")
    item_id = item.get("id")
    if item_id is not None and not isinstance(item_id, str):
        raise UsageError("its id is not a string")
    target = item.get("target")
    target = target[0] if isinstance(target, list) and target else target
    if not isinstance(target, dict):
        raise UsageError("it has no target")
    fingerprint = target.get("fingerprint", "")
    anchor = _anchor(target, document, fingerprint == f"sha256:{document.sha256}")
    bodies = item.get("body") or []
    bodies = bodies if isinstance(bodies, list) else [bodies]

    def body(purpose: str) -> dict[str, Any]:
        return next((b for b in bodies if isinstance(b, dict) and b.get("purpose") == purpose
                     and isinstance(b.get("value"), str)), {})

    linking = body("linking")
    link_kind, _, link_id = str(linking.get("value", "")).partition(":")
    linked = link_kind in LINK_KINDS and bool(link_id)
    link_key = linking.get("key")
    assessment = body("assessing").get("value")
    tag = " ".join(body("tagging").get("value", "").split())
    if len(tag) > MAX_TAG_CHARS:
        raise UsageError(f"its tag is longer than {MAX_TAG_CHARS} characters")
    return Annotation(
        id=_local_id(item_id or json.dumps(item, sort_keys=True)),
        document_sha256=fingerprint.removeprefix("sha256:") if isinstance(fingerprint, str)
        else "",
        anchor=anchor,
        tag=tag,
        note=body("commenting").get("value", ""),
        assessment=assessment if assessment in ASSESSMENTS else None,
        link_kind=link_kind if linked else None,
        link_id=link_id if linked else None,
        link_key=link_key if linked and isinstance(link_key, dict) else None,
        created=_text(item.get("created")),
        modified=_text(item.get("modified")) or _text(item.get("created")),
    )


def _anchor(target: dict[str, Any], document: Document, same_text: bool) -> Anchor:
    selectors = target.get("selector") or []
    selectors = [s for s in (selectors if isinstance(selectors, list) else [selectors])
                 if isinstance(s, dict)]
    quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
    position = next((s for s in selectors if s.get("type") == "TextPositionSelector"), {})
    if not quote or not isinstance(quote.get("exact"), str) or not quote["exact"].strip():
        raise UsageError("it has no TextQuoteSelector with an exact quote")
    exact = quote["exact"]
    prefix, suffix = quote.get("prefix", ""), quote.get("suffix", "")
    if not isinstance(prefix, str) or not isinstance(suffix, str):
        raise UsageError("its TextQuoteSelector's prefix or suffix is not a string")
    start, end = position.get("start", 0), position.get("end")
    end = start + len(exact) if end is None and _offset(start) else end
    if not (_offset(start) and _offset(end) and start <= end):
        raise UsageError("its TextPositionSelector is not a pair of offsets")
    if len(exact) > len(document.text) or same_text and end > len(document.text):
        raise UsageError("its selector lies outside the document's text")
    return Anchor(exact, prefix[-CONTEXT_CHARS:], suffix[:CONTEXT_CHARS], start, end)


def _offset(value: Any) -> bool:
    return type(value) is int and 0 <= value <= MAX_OFFSET


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _local_id(foreign: str) -> str:
    """briefreader's own ids come back as they were; any other id maps to a stable local one."""
    if foreign.startswith(ID_PREFIX):
        return foreign.removeprefix(ID_PREFIX)
    return hashlib.sha256(foreign.encode("utf-8")).hexdigest()[:12]

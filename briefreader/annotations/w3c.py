"""Annotations as W3C Web Annotation JSON (https://www.w3.org/TR/annotation-model/).

Export writes an ``AnnotationCollection`` whose annotations target the document by its path (a
``file:`` URI) and its text fingerprint (``"fingerprint": "sha256:..."``, an extension property),
with a TextQuoteSelector and a TextPositionSelector each. The note is a Markdown TextualBody
(purpose ``commenting``), the tag and the assessment are TextualBodies with purposes ``tagging``
and ``assessing``, a link to an extracted item is a body with purpose ``linking``.

Import reads a collection, a page, a list or a single annotation, from briefreader or another
tool; each annotation keeps its id (a foreign id is turned into a stable one), so importing the
same file twice changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from briefreader import __version__
from briefreader.anchoring.resolve import resolve_anchor
from briefreader.anchoring.selectors import Anchor
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

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
ID_PREFIX = "urn:briefreader:annotation:"


class StoreOfAnnotations(Protocol):
    """What the exchange needs of a store (``store.AnnotationStore`` fits); named here so that
    annotations/ never imports the store, which imports annotations' records."""

    def annotations_for(self, document: Document) -> list[PlacedAnnotation]: ...
    def restore_annotation(self, document: Document, annotation: Annotation) -> Annotation: ...
    def tag_names(self) -> list[str]: ...
    def default_tag(self) -> Tag: ...
    def add_tag(self, name: str, colour: str = ...) -> Tag: ...


def document_uri(document: Document) -> str:
    return Path(document.path).resolve().as_uri() if document.path else "urn:briefreader:text"


def annotation_to_w3c(annotation: Annotation, document: Document) -> dict[str, Any]:
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
            "selector": annotation.anchor.to_w3c_selectors(),
        },
    }


def export_w3c(store: StoreOfAnnotations, document: Document, out: str | Path) -> int:
    """Write the document's annotations (orphans too) to ``out``, atomically; returns how many.
    Raises ExportError (one line) when the file cannot be written."""
    items = [annotation_to_w3c(p.annotation, document) for p in store.annotations_for(document)]
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


def import_w3c(store: StoreOfAnnotations, document: Document,
               source: str | Path) -> tuple[int, int]:
    """Add the annotations in ``source`` to the document; returns (imported, orphaned)."""
    source = Path(source)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise UsageError(f"not a W3C annotation file ({exc})", source) from None
    items = _items(data)
    if not items:
        raise UsageError("holds no annotations", source)
    parsed = [_parse(item, source) for item in items]
    known = {t.casefold() for t in store.tag_names()}
    imported = orphaned = 0
    for annotation in parsed:
        if not annotation.tag:
            annotation = replace(annotation, tag=store.default_tag().name)
        if annotation.tag.casefold() not in known:
            store.add_tag(annotation.tag)
            known.add(annotation.tag.casefold())
        store.restore_annotation(document, annotation)
        unchanged = annotation.document_sha256 == document.sha256
        placed = resolve_anchor(document.text, annotation.anchor, unchanged=unchanged)
        imported += 1
        orphaned += placed.start is None
    return imported, orphaned


def _items(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [d for d in data if isinstance(d, dict)]
    if not isinstance(data, dict):
        return []
    if data.get("type") == "AnnotationCollection":
        first = data.get("first")
        return _items(first.get("items", [])) if isinstance(first, dict) else []
    if "items" in data:
        return _items(data["items"])
    return [data] if data.get("type") == "Annotation" or "target" in data else []


def _parse(item: dict[str, Any], source: Path) -> Annotation:
    target = item.get("target")
    target = target[0] if isinstance(target, list) and target else target
    if not isinstance(target, dict):
        raise UsageError(f"annotation {item.get('id', '?')} has no target", source)
    selectors = target.get("selector") or []
    selectors = selectors if isinstance(selectors, list) else [selectors]
    quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
    position = next((s for s in selectors if s.get("type") == "TextPositionSelector"), {})
    if not quote or not quote.get("exact"):
        raise UsageError(f"annotation {item.get('id', '?')} has no TextQuoteSelector", source)
    start = int(position.get("start", 0))
    end = int(position.get("end", start + len(quote["exact"])))
    anchor = Anchor(quote["exact"], quote.get("prefix", ""), quote.get("suffix", ""), start, end)
    fingerprint = str(target.get("fingerprint", ""))
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
    return Annotation(
        id=_local_id(str(item.get("id") or json.dumps(item, sort_keys=True))),
        document_sha256=fingerprint.removeprefix("sha256:"),
        anchor=anchor,
        tag=body("tagging").get("value", ""),
        note=body("commenting").get("value", ""),
        assessment=assessment if assessment in ASSESSMENTS else None,
        link_kind=link_kind if linked else None,
        link_id=link_id if linked else None,
        link_key=link_key if linked and isinstance(link_key, dict) else None,
        created=str(item.get("created") or ""),
        modified=str(item.get("modified") or item.get("created") or ""),
    )


def _local_id(foreign: str) -> str:
    """briefreader's own ids come back as they were; any other id maps to a stable local one."""
    if foreign.startswith(ID_PREFIX):
        return foreign.removeprefix(ID_PREFIX)
    return hashlib.sha256(foreign.encode("utf-8")).hexdigest()[:12]

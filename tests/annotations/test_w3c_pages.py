"""The W3C export names the page of each annotation on a paged document; import ignores it."""

from __future__ import annotations

import json

from briefreader.annotations.w3c import export_w3c, import_w3c
from briefreader.document import DocumentBuilder
from briefreader.store.annotations import AnnotationStore

PAGE_FRAGMENT = "http://tools.ietf.org/rfc/rfc3778"


def paged_document(pages: bool = True):
    builder = DocumentBuilder()
    builder.add("heading", "Quarterly field report", page=1 if pages else None)
    builder.add("paragraph", "The convoy reached the northern depot on Monday.",
                page=1 if pages else None)
    builder.add("paragraph", "Flooding closed the river crossing for three days.",
                page=2 if pages else None)
    builder.add("paragraph", "Clinics in the valley reopened after the water fell.",
                page=4 if pages else None)
    return builder.build("Quarterly field report", {"path": "/tmp/report.pdf"})


def selectors_by_quote(out):
    items = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    return {item["target"]["selector"][0]["exact"]: item["target"]["selector"] for item in items}


def add(store, document, quote):
    start = document.text.index(quote)
    return store.add_annotation(document, start, start + len(quote))


def test_each_target_names_the_page_its_annotation_starts_on(tmp_path):
    document = paged_document()
    with AnnotationStore.open(tmp_path / "a.sqlite3") as store:
        for quote in ("northern depot", "river crossing", "Clinics in the valley"):
            add(store, document, quote)
        export_w3c(store, document, tmp_path / "out.json")
    selectors = selectors_by_quote(tmp_path / "out.json")
    pages = {quote: [s for s in found if s["type"] == "FragmentSelector"]
             for quote, found in selectors.items()}
    assert pages == {
        quote: [{"type": "FragmentSelector", "conformsTo": PAGE_FRAGMENT, "value": f"page={n}"}]
        for quote, n in (("northern depot", 1), ("river crossing", 2),
                         ("Clinics in the valley", 4))}


def test_an_unpaged_document_has_no_page_selector(tmp_path):
    document = paged_document(pages=False)
    with AnnotationStore.open(tmp_path / "a.sqlite3") as store:
        add(store, document, "river crossing")
        export_w3c(store, document, tmp_path / "out.json")
    (selectors,) = selectors_by_quote(tmp_path / "out.json").values()
    assert [s["type"] for s in selectors] == ["TextQuoteSelector", "TextPositionSelector"]


def test_import_ignores_the_page_and_places_by_quote(tmp_path):
    document = paged_document()
    with AnnotationStore.open(tmp_path / "a.sqlite3") as store:
        add(store, document, "river crossing")
        export_w3c(store, document, tmp_path / "out.json")
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    # A wrong page (another tool's, or a stale one) must not move or refuse the annotation.
    selectors = data["first"]["items"][0]["target"]["selector"]
    selectors[-1]["value"] = "page=9"
    (tmp_path / "out.json").write_text(json.dumps(data), encoding="utf-8")
    with AnnotationStore.open(tmp_path / "b.sqlite3") as other:
        assert import_w3c(other, document, tmp_path / "out.json") == (1, 0)
        (placed,) = other.annotations_for(document)
    assert document.text[placed.start:placed.end] == "river crossing"
    assert placed.state == "anchored"


def test_import_of_a_foreign_annotation_with_only_quote_and_page(tmp_path):
    document = paged_document()
    item = {"type": "Annotation", "id": "https://example.org/anno/1",
            "body": {"type": "TextualBody", "value": "check", "purpose": "commenting"},
            "target": {"source": "file:///elsewhere/report.pdf", "selector": [
                {"type": "FragmentSelector", "conformsTo": PAGE_FRAGMENT, "value": "page=1"},
                {"type": "TextQuoteSelector", "exact": "Clinics in the valley"}]}}
    source = tmp_path / "foreign.json"
    source.write_text(json.dumps(item), encoding="utf-8")
    with AnnotationStore.open(tmp_path / "b.sqlite3") as store:
        assert import_w3c(store, document, source) == (1, 0)
        (placed,) = store.annotations_for(document)
    assert document.text[placed.start:placed.end] == "Clinics in the valley"
    assert document.page_at(placed.start) == 4

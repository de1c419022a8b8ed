"""W3C Web Annotation export and import: the shape, the round trip, foreign files."""

from __future__ import annotations

import json

import pytest

from briefreader.annotations.w3c import export_w3c, import_w3c
from briefreader.errors import UsageError
from briefreader.loading import load_document
from briefreader.store.annotations import AnnotationStore


@pytest.fixture
def store():
    with AnnotationStore.open() as opened:
        yield opened


def span(document, quote):
    start = document.text.index(quote)
    return start, start + len(quote)


def test_export_names_the_document_by_path_and_fingerprint(store, sample_path, tmp_path):
    document = load_document(sample_path)
    store.add_annotation(document, *span(document, "bloodbath"), tag="verify", note="*why*",
                         assessment="disputed", link_kind="claim", link_id="c2")
    out = tmp_path / "out.json"
    assert export_w3c(store, document, out) == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection" and data["total"] == 1
    (item,) = data["first"]["items"]
    assert item["@context"] == "http://www.w3.org/ns/anno.jsonld" and item["type"] == "Annotation"
    target = item["target"]
    assert target["source"] == sample_path.resolve().as_uri()
    assert target["fingerprint"] == f"sha256:{document.sha256}"
    quote, position = target["selector"]
    assert quote == {"type": "TextQuoteSelector", "exact": "bloodbath",
                     "prefix": document.text[quote_start(document) - 32 : quote_start(document)],
                     "suffix": document.text[quote_start(document) + 9 : quote_start(document)
                                             + 41]}
    assert position["type"] == "TextPositionSelector"
    purposes = {b["purpose"]: b["value"] for b in item["body"]}
    assert purposes == {"commenting": "*why*", "tagging": "verify", "assessing": "disputed",
                        "linking": "claim:c2"}


def quote_start(document):
    return document.text.index("bloodbath")


def test_round_trip_into_an_empty_store_is_identical_and_idempotent(store, sample_path,
                                                                    tmp_path):
    document = load_document(sample_path)
    for quote in ("bloodbath", "Staffan de Mistura", "3 million civilians"):
        store.add_annotation(document, *span(document, quote), note=f"on {quote}")
    before = [p for p in store.annotations_for(document)]
    out = tmp_path / "out.json"
    export_w3c(store, document, out)
    other = AnnotationStore.open(tmp_path / "other.sqlite3")
    assert import_w3c(other, document, out) == (3, 0)
    assert import_w3c(other, document, out) == (3, 0)  # the same file twice: no duplicates
    after = other.annotations_for(document)
    assert [p.annotation for p in after] == [p.annotation for p in before]
    assert [(p.start, p.end, p.state) for p in after] == [(p.start, p.end, p.state)
                                                          for p in before]
    other.close()


def test_import_of_a_foreign_annotation_places_it_by_quote_and_creates_its_tag(store,
                                                                               sample_path,
                                                                               tmp_path):
    document = load_document(sample_path)
    foreign = {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://example.org/a/1",
               "type": "Annotation",
               "body": [{"type": "TextualBody", "value": "follow up", "purpose": "tagging"}],
               "target": {"source": "https://example.org/article",
                          "selector": {"type": "TextQuoteSelector", "exact": "Staffan de Mistura",
                                       "prefix": "", "suffix": ""}}}
    path = tmp_path / "foreign.json"
    path.write_text(json.dumps([foreign]), encoding="utf-8")
    assert import_w3c(store, document, path) == (1, 0)
    (placed,) = store.annotations_for(document)
    assert document.text[placed.start : placed.end] == "Staffan de Mistura"
    assert placed.annotation.tag == "follow up" and "follow up" in store.tag_names()


def test_bad_files_are_one_line_errors(store, sample_path, tmp_path):
    document = load_document(sample_path)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(UsageError, match="not a W3C annotation file"):
        import_w3c(store, document, bad)
    bad.write_text('{"type": "AnnotationCollection"}', encoding="utf-8")
    with pytest.raises(UsageError, match="holds no annotations"):
        import_w3c(store, document, bad)


def test_a_link_key_travels_with_the_linking_body(store, sample_path, tmp_path):
    document = load_document(sample_path)
    key = {"text": "a claim as extracted", "start": 10, "end": 30}
    store.add_annotation(document, *span(document, "bloodbath"), link_kind="claim",
                         link_id="c2", link_key=key)
    out = tmp_path / "out.json"
    export_w3c(store, document, out)
    (item,) = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    (linking,) = [b for b in item["body"] if b["purpose"] == "linking"]
    assert (linking["value"], linking["key"]) == ("claim:c2", key)
    with AnnotationStore.open(tmp_path / "other.sqlite3") as other:
        import_w3c(other, document, out)
        (placed,) = other.annotations_for(document)
        assert (placed.annotation.link_id, placed.annotation.link_key) == ("c2", key)


def test_export_to_a_missing_folder_is_a_one_line_error_and_writes_nothing(store, sample_path,
                                                                           tmp_path):
    from briefreader.errors import ExportError

    document = load_document(sample_path)
    store.add_annotation(document, *span(document, "bloodbath"))
    out = tmp_path / "missing" / "out.json"
    with pytest.raises(ExportError, match="cannot write the annotations: folder .* does not "
                                          "exist"):
        export_w3c(store, document, out)
    assert not (tmp_path / "missing").exists()

"""Hostile annotation files for ``annotations --import-w3c`` (issue 15, item 5): nothing in a file a
colleague sent can crash the import, hang it, half-import it, or carry HTML into a brief."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

from briefreader.annotations.w3c import import_w3c
from briefreader.brief.build import BriefSource, build_brief, markdown_to_html, render_markdown
from briefreader.cli import main
from briefreader.errors import BriefreaderError, LoadError, StoreError, UsageError
from briefreader.extraction.model import Extraction
from briefreader.loading import load_document
from briefreader.store.annotations import AnnotationStore

TEXT = ("Harbour report\n\n"
        "The ferry left the northern quay at dawn with forty passengers aboard.\n\n"
        "Inspectors said the cargo manifest had been signed twice by the same clerk.\n")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture
def store():
    with AnnotationStore.open() as opened:
        yield opened


def item(quote: str, *, id: str | None = "urn:x:1", note: str = "", **target_extra) -> dict:
    entry: dict = {"type": "Annotation",
                   "body": [{"type": "TextualBody", "purpose": "commenting", "value": note}],
                   "target": {"selector": [{"type": "TextQuoteSelector", "exact": quote}],
                              **target_extra}}
    if id is not None:
        entry["id"] = id
    return entry


def write(tmp_path: Path, data, name: str = "in.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


BAD_ITEMS = {
    "a string, not an object": "just text",
    "a number id": {**item("ferry"), "id": 17},
    "no target": {"type": "Annotation", "id": "urn:x:nt"},
    "a target that is a number": {"type": "Annotation", "id": "urn:x:tn", "target": 5},
    "selector a string": {"type": "Annotation", "id": "urn:x:ss",
                          "target": {"selector": "TextQuoteSelector"}},
    "exact a number": {"type": "Annotation", "id": "urn:x:en",
                       "target": {"selector": {"type": "TextQuoteSelector", "exact": 12}}},
    "prefix an object": {"type": "Annotation", "id": "urn:x:po",
                         "target": {"selector": {"type": "TextQuoteSelector", "exact": "ferry",
                                                 "prefix": {"a": 1}}}},
    "offsets as text": {"type": "Annotation", "id": "urn:x:ot", "target": {"selector": [
        {"type": "TextQuoteSelector", "exact": "ferry"},
        {"type": "TextPositionSelector", "start": "four", "end": "nine"}]}},
    "negative offsets": {"type": "Annotation", "id": "urn:x:no", "target": {"selector": [
        {"type": "TextQuoteSelector", "exact": "ferry"},
        {"type": "TextPositionSelector", "start": -5, "end": -1}]}},
    "offsets past any int": {"type": "Annotation", "id": "urn:x:op", "target": {"selector": [
        {"type": "TextQuoteSelector", "exact": "ferry"},
        {"type": "TextPositionSelector", "start": 10**30, "end": 10**30 + 5}]}},
    "a quote longer than the text": item("x" * (len(TEXT) + 10), id="urn:x:long"),
}


@pytest.mark.parametrize("kind", sorted(BAD_ITEMS))
def test_an_invalid_item_is_skipped_and_reported_and_the_valid_one_imported(
        store, article, tmp_path, kind):
    document = load_document(article)
    skips: list[str] = []
    path = write(tmp_path, [BAD_ITEMS[kind], item("cargo manifest", id="urn:x:good")])
    assert import_w3c(store, document, path, on_skip=skips.append) == (1, 0)
    assert len(skips) == 1 and "skipped item 1" in skips[0] and str(path) in skips[0]
    (placed,) = store.annotations_for(document)
    assert document.text[placed.start:placed.end] == "cargo manifest"


def test_nothing_valid_is_one_error_and_the_store_is_unchanged(store, article, tmp_path):
    document = load_document(article)
    tags_before = store.tag_names()
    path = write(tmp_path, list(BAD_ITEMS.values()))
    skips: list[str] = []
    with pytest.raises(UsageError, match="none of its"):
        import_w3c(store, document, path, on_skip=skips.append)
    assert len(skips) == len(BAD_ITEMS)
    assert store.annotations_for(document) == [] and store.tag_names() == tags_before


def test_the_cli_reports_each_skip_on_stderr_and_exits_0_when_something_came_in(
        capsys, article, tmp_path):
    path = write(tmp_path, [BAD_ITEMS["no target"], item("ferry", id="urn:x:a"),
                            BAD_ITEMS["exact a number"]])
    code, out, err = cli(capsys, "annotations", str(article), "--import-w3c", str(path))
    assert code == 0 and "imported 1 annotation" in out
    lines = err.strip().splitlines()
    assert len(lines) == 2 and all("skipped item" in line for line in lines)
    assert "Traceback" not in err


def test_the_cli_exits_2_with_the_store_unchanged_when_nothing_came_in(capsys, article,
                                                                       tmp_path):
    path = write(tmp_path, [BAD_ITEMS["no target"]])
    code, out, err = cli(capsys, "annotations", str(article), "--import-w3c", str(path))
    assert code == 2 and out == ""
    assert "skipped item 1" in err and "none of its 1 annotation" in err
    code, out, _ = cli(capsys, "annotations", str(article))
    assert json.loads(out)["annotations"] == []


def test_deeply_nested_json_is_one_clear_error(capsys, article, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    code, out, err = cli(capsys, "annotations", str(article), "--import-w3c", str(path))
    assert code == 2 and out == ""
    assert err.strip().count("\n") == 0 and "nested too deeply" in err and str(path) in err


def test_nested_items_are_not_followed_without_end(store, article, tmp_path):
    data: dict = {"items": []}
    for _ in range(500):
        data = {"items": data}
    with pytest.raises(UsageError, match="holds no annotations"):
        import_w3c(store, load_document(article), write(tmp_path, data))


def test_a_100_megabyte_file_is_refused_before_it_is_read(store, article, tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)   # sparse: 100 MB of size without 100 MB of writing
    with pytest.raises(LoadError, match="too large"):
        import_w3c(store, load_document(article), path)


@pytest.mark.parametrize("content", ["{not json", "\xff\xfe garbage", "", "42"])
def test_a_file_that_is_not_web_annotation_json_is_one_error(store, article, tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_bytes(content.encode("latin-1"))
    with pytest.raises(BriefreaderError):
        import_w3c(store, load_document(article), path)


def test_a_selector_outside_the_same_text_is_skipped(store, article, tmp_path):
    document = load_document(article)
    outside = item("ferry", id="urn:x:out", fingerprint=f"sha256:{document.sha256}")
    outside["target"]["selector"].append(
        {"type": "TextPositionSelector", "start": len(TEXT) + 100, "end": len(TEXT) + 105})
    skips: list[str] = []
    path = write(tmp_path, [outside, item("quay", id="urn:x:in")])
    assert import_w3c(store, document, path, on_skip=skips.append) == (1, 0)
    assert "outside the document's text" in skips[0]


def test_a_duplicate_id_is_skipped(store, article, tmp_path):
    document = load_document(article)
    skips: list[str] = []
    path = write(tmp_path, [item("ferry", id="urn:x:same"), item("quay", id="urn:x:same")])
    assert import_w3c(store, document, path, on_skip=skips.append) == (1, 0)
    assert "skipped item 2" in skips[0] and "same id as item 1" in skips[0]
    (placed,) = store.annotations_for(document)
    assert placed.annotation.quote == "ferry"


def test_an_id_of_another_documents_annotation_cannot_take_it_over(store, article, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Another report\n\nThe ferry was late again.\n", encoding="utf-8")
    theirs = store.add_annotation(load_document(other), 15, 20)
    document = load_document(article)
    skips: list[str] = []
    path = write(tmp_path, [item("ferry", id=f"urn:briefreader:annotation:{theirs.id}"),
                            item("quay", id="urn:x:q")])
    assert import_w3c(store, document, path, on_skip=skips.append) == (1, 0)
    assert "another document" in skips[0]
    assert [p.annotation.id for p in store.annotations_for(load_document(other))] == [theirs.id]


def test_a_failure_midway_saves_none_of_the_file(store, article, tmp_path, monkeypatch):
    document = load_document(article)
    original = AnnotationStore.restore_annotation
    calls = []

    def failing_second(self, doc, annotation):
        calls.append(annotation.id)
        if len(calls) == 2:
            raise StoreError("could not write (database or disk is full)", self.path)
        return original(self, doc, annotation)

    monkeypatch.setattr(AnnotationStore, "restore_annotation", failing_second)
    path = write(tmp_path, [item("ferry", id="urn:x:1"), item("quay", id="urn:x:2"),
                            {**item("clerk", id="urn:x:3"),
                             "body": [{"purpose": "tagging", "value": "brand new tag"}]}])
    with pytest.raises(StoreError):
        import_w3c(store, document, path)
    monkeypatch.undo()
    assert store.annotations_for(document) == []
    assert "brand new tag" not in store.tag_names()


HOSTILE_NOTES = [
    "<script>alert(1)</script>",
    "<img src=http://tracker.example/pixel.png>",
    "![pixel](http://tracker.example/pixel.png)",
    "![local](file:///etc/hosts)",
    "![ref][r]\n\n[r]: http://tracker.example/r.png",
    "[click](javascript:alert(1))",
    "<a href=\"javascript:alert(1)\">x</a>",
    "\\\\![escaped backslash](http://tracker.example/b.png)",
]


def test_html_and_script_links_in_imported_notes_never_reach_the_brief(store, article,
                                                                       tmp_path):
    document = load_document(article)
    items = [item("ferry", id=f"urn:x:h{i}", note=note) for i, note in enumerate(HOSTILE_NOTES)]
    assert import_w3c(store, document, write(tmp_path, items)) == (len(items), 0)
    placed = store.annotations_for(document)
    assert sorted(p.annotation.note for p in placed) == sorted(HOSTILE_NOTES)
    brief = build_brief([BriefSource(document, Extraction(), placed)])
    markdown = render_markdown(brief)
    html = markdown_to_html(markdown)   # what the export preview shows
    tree = lxml.html.fromstring(html)
    assert not tree.xpath("//script | //img | //iframe | //object | //*[@src]")
    assert not [h for h in tree.xpath("//@href") if h.strip().lower().startswith("javascript")]
    # images come out as links the reader can follow on purpose, never loaded
    assert 'href="http://tracker.example/pixel.png"' in html
    assert 'href="file:///etc/hosts"' in html

from pathlib import Path

from briefreader.loading import load_document


def _doc(data_path: Path):
    return load_document(data_path / "markdown" / "report.md")


def test_front_matter_goes_to_metadata_not_text(data_path):
    doc = _doc(data_path)
    assert doc.title == "Flooding Displaces Thousands"
    assert doc.metadata["byline"] == "Jane Roe"
    assert doc.metadata["outlet"] == "Example Wire"
    assert doc.metadata["date"] == "2024-03-02"
    assert "Jane Roe" not in doc.text and "---" not in doc.text


def test_markup_is_removed_and_structure_kept(data_path):
    doc = _doc(data_path)
    kinds = {doc.block_text(b): b.kind for b in doc.blocks}
    assert kinds["What officials said"] == "heading"
    assert kinds['"The water is still rising," the mayor said.'] == "blockquote"
    assert kinds["• Roads closed in three districts"] == "list_item"
    assert kinds["• First ordered step"] == "list_item"
    assert "**" not in doc.text and "`" not in doc.text and "](" not in doc.text
    assert "Heavy rain forced thousands of families" in doc.text


def test_nested_list_items_have_a_deeper_level(data_path):
    doc = _doc(data_path)
    levels = {doc.block_text(b): b.level for b in doc.blocks if b.kind == "list_item"}
    assert levels["• including the main college"] > levels["• Schools shut"]


def test_links_keep_text_and_move_url_to_metadata(data_path):
    doc = _doc(data_path)
    (link,) = doc.metadata["links"]
    assert link["href"] == "https://relief.example.org/report"
    assert doc.text[link["start"]:link["end"]] == "relief agency"
    assert "https://" not in doc.text


def test_raw_html_is_not_run_or_shown_as_markup(data_path):
    doc = _doc(data_path)
    assert "alert" not in doc.text and "<div" not in doc.text and "onclick" not in doc.text
    assert "Raw HTML text stays as text" in doc.text


def test_heading_one_becomes_the_title_when_there_is_no_front_matter(tmp_path):
    p = tmp_path / "n.md"
    p.write_text("# Ceasefire Holds\n\nTalks *resumed* today.\n", encoding="utf-8")
    doc = load_document(p)
    assert doc.text == "Ceasefire Holds\n\nTalks resumed today."


def test_markdown_without_heading_uses_the_file_stem(tmp_path):
    p = tmp_path / "field-notes.md"
    p.write_text("Just a paragraph.", encoding="utf-8")
    assert load_document(p).text == "field-notes\n\nJust a paragraph."

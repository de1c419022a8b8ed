"""Hostile text in a brief: article and user text stays literal text, notes cannot inject HTML or
reshape the brief, tables keep their columns. Checked on the HTML that Python-Markdown renders and,
where markdown-it-py is installed, on CommonMark with GFM tables (what GitHub renders)."""

from __future__ import annotations

import lxml.html
import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefreader.anchoring.selectors import Anchor
from briefreader.annotations.model import Annotation, PlacedAnnotation
from briefreader.brief.build import BriefSource, build_brief, render_markdown
from briefreader.brief.escape import block_quote, escape_inline, escape_note
from briefreader.document import DocumentBuilder
from briefreader.extraction.model import Actor, CasualtyFigure, Claim, Extraction, Mention

HOSTILE = [
    "a | b | c",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "`tick` and ``double``",
    "# not a heading",
    "> not a quote",
    "- not a list",
    "1. not a list",
    "+ plus",
    "**bold** and _under_ and *star*",
    "[link](http://example.org) ![img](x.png)",
    "&amp; &lt;b&gt; &#60;i&#62;",
    "\\ backslash \\| pipe",
    "~~strike~~",
    "trailing hashes ##",
    "---",
    "===",
    "<!-- comment -->",
    "snake_case_name and __dunder__",
    "x < y && y > z",
]


def python_markdown(text: str) -> str:
    return markdown.markdown(text, extensions=["tables"])


def commonmark(text: str) -> str:
    markdown_it = pytest.importorskip("markdown_it")
    return markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)


RENDERERS = [python_markdown, commonmark]


def html_of(text: str, renderer=python_markdown):
    return lxml.html.fromstring(f"<div>{renderer(text)}</div>")


def folded(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("text", HOSTILE)
def test_literal_text_survives_as_text(text, renderer):
    html = html_of(f"Start: {escape_inline(text)}", renderer)
    assert folded(html.text_content()) == folded(f"Start: {text}")
    assert [e.tag for e in html.iter()] == ["div", "p"]


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("text", HOSTILE)
def test_literal_text_at_the_start_of_a_line_stays_a_paragraph(text, renderer):
    html = html_of(escape_inline(text), renderer)
    assert folded(html.text_content()) == folded(text)
    assert [e.tag for e in html.iter()] == ["div", "p"]


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("text", HOSTILE)
def test_literal_text_in_a_table_cell_keeps_the_columns(text, renderer):
    cell = escape_inline(text)
    table = f"| A | B | C |\n| --- | --- | --- |\n| {cell} | x | {cell} |\n"
    html = html_of(table, renderer)
    cells = html.findall(".//tbody/tr/td")
    assert len(cells) == 3
    assert folded(cells[0].text_content()) == folded(text) == folded(cells[2].text_content())
    assert not [e for e in html.iter() if e.tag not in {"div", "table", "thead", "tbody", "tr",
                                                         "th", "td"}]


@pytest.mark.parametrize("renderer", RENDERERS)
@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 1.#>-+*_`|[]()!<>&;\\~=:/")), max_size=30))
def test_any_mix_of_markdown_characters_stays_literal(renderer, text):
    html = html_of("Text: " + escape_inline(text), renderer)
    assert folded(html.text_content()) == folded("Text: " + text)
    assert [e.tag for e in html.iter()] == ["div", "p"]


@pytest.mark.parametrize("renderer", RENDERERS)
def test_passage_lines_stay_literal_inside_one_block_quote(renderer):
    passage = "# Heading?\n\n> quoted\n- item\n1. first\nTitle\n===\n<b>bold</b> | pipe"
    html = html_of(block_quote(passage), renderer)
    (quote,) = html.findall("./blockquote")
    assert [e.tag for e in quote.iter()] == ["blockquote", "p", "p"]
    assert folded(quote.text_content()) == folded(passage)


# ---- notes: Markdown by design, but no HTML and no damage to the brief ------------------------

@pytest.mark.parametrize("renderer", RENDERERS)
def test_note_keeps_markdown_but_not_html(renderer):
    html = html_of(escape_note("**Check** the *source*\n\n- one\n- two\n\n<script>x()</script> "
                               "<img src=x onerror=alert(1)> <!-- c --> &lt;i&gt;"), renderer)
    tags = {e.tag for e in html.iter()}
    assert {"strong", "em", "ul", "li"} <= tags
    assert not tags & {"script", "img", "i"}
    assert "<script>x()</script>" in html.text_content()
    assert "&lt;i&gt;" in html.text_content()


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("note", ["# Big heading", "Title\n=====", "Title\n-----", "###### six",
                                  "  ## indented", "Title\n  ==="])
def test_note_cannot_add_headings(note, renderer):
    html = html_of(escape_note(note), renderer)
    assert not [e for e in html.iter() if e.tag in {"h1", "h2", "h3", "h4", "h5", "h6"}]


@pytest.mark.parametrize("note", ["[click](javascript:alert(1))", "[x](  JavaScript:alert(1))",
                                  "[ref]\n\n[ref]: javascript:alert(1)", "<javascript:alert(1)>",
                                  "[d](data:text/html;base64,PHNjcmlwdD4=)"])
@pytest.mark.parametrize("renderer", RENDERERS)
def test_note_cannot_link_to_script(note, renderer):
    html = html_of(escape_note(note), renderer)
    hrefs = [a.get("href") or "" for a in html.iter("a")]
    assert not [h for h in hrefs if h.strip().lower().startswith(("javascript", "data"))]


def test_note_keeps_ordinary_links():
    html = html_of(escape_note("see [the report](https://example.org/r)"))
    assert [a.get("href") for a in html.iter("a")] == ["https://example.org/r"]


# ---- a whole brief made of hostile text -------------------------------------------------------

def hostile_source() -> BriefSource:
    builder = DocumentBuilder()
    builder.add("title", "# Report | <script>alert('t')</script>")
    builder.add("paragraph", "The *minister* said: \"We | will `win` <b>now</b>\" at 10:00.")
    builder.add("paragraph", "1. Officials said 15 people | were killed in [the] strike.")
    document = builder.build("# Report | <script>alert('t')</script>", {"path": "/tmp/a_b|c.txt",
                                                                       "outlet": "<i>Outlet</i>"})
    text = document.text
    quote = "We | will `win` <b>now</b>"
    q_start = text.index(quote)
    minister = Actor("a1", "The *minister* | <u>x</u>", "person", (), "role | `code`",
                     (Mention(text.index("minister"), text.index("minister") + 8),))
    claim = Claim("c1", quote, minister.name, "a1", "direct", "said", q_start,
                  q_start + len(quote))
    f_text = "15 people | were killed"
    f_start = text.index(f_text)
    figure = CasualtyFigure("k1", 15, 20, "killed", "reported", "up to <b>", "people | all",
                            "Officials | *x*", f_text, f_start, f_start + len(f_text))
    extraction = Extraction((minister,), (claim,), (figure,))

    def annotation(number: int, quote: str, tag: str, note: str, **link) -> PlacedAnnotation:
        start = text.index(quote)
        a = Annotation(f"h{number}", document.sha256, Anchor.from_text(text, start,
                                                                       start + len(quote)),
                       tag=tag, note=note, created=f"2026-01-0{number}", **link)
        return PlacedAnnotation(a, start, start + len(quote), "anchored")

    notes = [
        annotation(1, quote, "key | claim", "<script>alert(1)</script>\n# Heading\n```\nopen "
                   "fence <b>x</b>", assessment="false", link_kind="claim", link_id="c1"),
        annotation(2, "1. Officials said", "<b>tag</b>", "line one\n\n| a | b |\n|---|---|\n"
                   "| c | d |\n\nTitle\n===\n<iframe src=x></iframe>"),
    ]
    lost = Annotation("h9", "0" * 64, Anchor("`gone` | <img src=x>", "", "", 0, 5), tag="v|t",
                      note="[x](javascript:alert(1))\n~~~\nunclosed")
    return BriefSource(document, extraction, (*notes, PlacedAnnotation(lost, None, None,
                                                                        "orphaned")))


@pytest.mark.parametrize("renderer", RENDERERS)
def test_hostile_brief_renders_without_injected_tags_and_keeps_its_structure(renderer):
    source = hostile_source()
    text = render_markdown(build_brief([source], date="2026-01-02"))
    html = html_of(text, renderer)
    tags = {e.tag for e in html.iter()}
    assert not tags & {"script", "img", "iframe", "b", "i", "u"}
    assert [h.text_content() for h in html.findall("./h1")] == [
        "# Report | <script>alert('t')</script>"]
    assert [h.text_content() for h in html.findall("./h2")] == [
        "Key figures", "Actors", "Claims by speaker", "Highlights and notes",
        "Orphaned annotations"]
    assert len(html.findall(".//h1")) == 1 and not html.findall(".//h4")
    tables = html.findall("./table")
    assert len(tables) == 3  # figures, actors, and the table written in a note
    for table in tables:
        width = len(table.findall("./thead/tr/th"))
        assert all(len(row.findall("td")) == width for row in table.findall("./tbody/tr"))
    figures, actors = tables[0], tables[1]
    assert [td.text_content() for td in figures.findall("./tbody/tr/td")][:5] == [
        "up to <b> 15–20", "killed", "people | all", "reported", "Officials | *x*"]
    assert [td.text_content() for td in actors.findall("./tbody/tr/td")][:3] == [
        "The *minister* | <u>x</u>", "person", "role | `code`"]
    (speaker,) = html.findall("./h3")
    assert speaker.text_content() == "The *minister* | <u>x</u>"
    assert "We | will `win` <b>now</b>" in [q.text_content().strip()
                                            for q in html.findall("./blockquote")]
    assert "1. Officials said" in [q.text_content().strip() for q in html.findall("./blockquote")]
    assert not [a for a in html.iter("a") if "javascript" in (a.get("href") or "")]
    assert "Source file:" in html.text_content() and "a_b|c.txt" in html.text_content()
    assert "<i>Outlet</i>" in html.text_content()

"""Golden-file tests of the Markdown brief, on the bundled sample article with fixed annotations.

The golden briefs are built from a fixed extraction (tests/data/golden/idlib_extraction.json), not
from live extraction output, so that improving the extractor does not churn them. Regenerate them
only on purpose, and read the diff before committing:

    BRIEFREADER_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/brief/test_golden.py

The live path (CLI, store, real extraction) is tested apart, on properties rather than bytes.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import lxml.html
import markdown
import pytest

from briefreader.anchoring.selectors import Anchor
from briefreader.annotations.model import Annotation, Correction, PlacedAnnotation
from briefreader.brief.build import BriefOptions, BriefSource, build_brief, render_markdown
from briefreader.corrections.make import reject, rename_actor, set_assessment
from briefreader.document import Document, DocumentBuilder
from briefreader.extraction.model import Actor, CasualtyFigure, Claim, Extraction, Mention

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden"
UPDATE = os.environ.get("BRIEFREADER_UPDATE_GOLDEN") == "1"
DATE = "2026-03-14"


def extraction_from_json(data: dict) -> Extraction:
    actors = tuple(Actor(a["id"], a["name"], a["kind"], tuple(a["aliases"]), a["role"],
                         tuple(Mention(m["start"], m["end"]) for m in a["mentions"]))
                   for a in data["actors"])
    claims = tuple(Claim(c["id"], c["text"], c["speaker"], c["speaker_id"], c["kind"], c["cue"],
                         c["start"], c["end"]) for c in data["claims"])
    casualties = tuple(CasualtyFigure(k["id"], k["count"], k["count_high"], k["category"],
                                      k["status"], k["qualifier"], k["subject"], k["source"],
                                      k["text"], k["start"], k["end"], k.get("source_id"))
                       for k in data["casualties"])
    return Extraction(actors, claims, casualties, data.get("language", "en"),
                      tuple(data.get("notices", ())))


def placed(document: Document, number: int, quote: str, *, tag: str, note: str = "",
           state: str = "anchored", **link) -> PlacedAnnotation:
    start = document.text.index(quote)
    end = start + len(quote)
    annotation = Annotation(id=f"an{number:02d}", document_sha256=document.sha256,
                            anchor=Anchor.from_text(document.text, start, end), tag=tag, note=note,
                            created=f"2026-03-0{number}T10:00:00.000Z",
                            modified=f"2026-03-0{number}T10:00:00.000Z", **link)
    return PlacedAnnotation(annotation, start, end, state)


def orphan(document: Document, quote: str, note: str) -> PlacedAnnotation:
    anchor = Anchor(quote=quote, prefix="", suffix="", start=120, end=120 + len(quote))
    annotation = Annotation(id="an99", document_sha256="0" * 64, anchor=anchor, tag="verify",
                            note=note, created="2026-03-09T10:00:00.000Z")
    return PlacedAnnotation(annotation, None, None, "orphaned")


def as_correction(number: int, document: Document, new) -> Correction:
    return Correction(id=f"co{number:02d}", document_sha256=document.sha256, kind=new.kind,
                      target=new.target, value=new.value,
                      created=f"2026-03-0{number}T12:00:00.000Z")


def plain_document(path: Path) -> Document:
    """The sample as a Document built here, title line then blank-line paragraphs, so that the
    golden files do not move when the loaders change (the live path tests those)."""
    title, *paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n")]
    builder = DocumentBuilder()
    builder.add("title", title)
    for paragraph in paragraphs:
        builder.add("paragraph", " ".join(paragraph.split()))
    return builder.build(title, {"path": str(path), "format": "text"})


@pytest.fixture
def sample_source(sample_path) -> BriefSource:
    document = plain_document(sample_path)
    data = json.loads((GOLDEN / "idlib_extraction.json").read_text(encoding="utf-8"))
    assert data["sha256"] == document.sha256, (
        "the sample's text changed: the fixed extraction's offsets no longer fit it")
    extraction = extraction_from_json(data)
    annotations = [
        placed(document, 1, "Russia has given Assad crucial support throughout the war in Syria",
               tag="context", note="Background to the *talks* in Tehran; compare ¶ 20."),
        placed(document, 2, "millions of innocent civilians are under threat", tag="disputed",
               note="The **3 million** in ¶ 8 counts every resident, not civilians at risk.",
               assessment="disputed", link_kind="claim", link_id="c4"),
        placed(document, 3, "would make a big difference.", tag="key claim",
               assessment="corroborated", link_kind="claim", link_id="c2"),
        placed(document, 4, "an estimated 10,000 fighters", tag="verify",
               note="Whose estimate?\n\n- the UN's?\n- the observatory's?"),
        placed(document, 5, "the first Russian air strikes there in three weeks", tag="verify",
               state="moved"),
        placed(document, 6, "Syrian state media reported", tag="key claim",
               note="Compare | pipes | with <b>bold</b> & `code`", link_kind="actor",
               link_id="a11"),
        orphan(document, "Turkey has closed its border crossings",
               "Was in an earlier version of the article."),
    ]
    corrections = [
        as_correction(1, document, set_assessment(extraction, "c9", "unverified")),
        as_correction(2, document, rename_actor(extraction, "a11", "SANA (state news agency)")),
        as_correction(3, document, reject(extraction, "k9")),
    ]
    return BriefSource.with_corrections(document, extraction, annotations, corrections)


@pytest.fixture
def market_source() -> BriefSource:
    document = plain_document(GOLDEN / "market_strike.txt")
    text = document.text

    def at(fragment: str) -> tuple[int, int]:
        start = text.index(fragment)
        return start, start + len(fragment)

    observatory = Actor("a1", "Syrian Observatory for Human Rights", "organization", (), None,
                        (Mention(*at("Syrian Observatory for Human Rights")),))
    rescuers = Actor("a2", "local rescue workers", "group", (), None,
                     (Mention(*at("Local rescue workers")), Mention(*at("the rescue workers"))))
    governor = Actor("a3", "regional governor", "person", (), "governor",
                     (Mention(*at("regional governor")),))
    quote = "a crime against * all * civilians"
    claims = (Claim("c1", quote, governor.name, "a3", "direct", "called", *at(quote)),)
    casualties = (
        CasualtyFigure("k1", 8, None, "killed", "reported", "", "civilians", rescuers.name,
                       "8 civilians were killed", *at("8 civilians were killed"), "a2"),
        CasualtyFigure("k2", 30, None, "killed", "reported", "", "civilians", observatory.name,
                       "30 civilians killed", *at("30 civilians killed"), "a1"),
    )
    extraction = Extraction((observatory, rescuers, governor), claims, casualties)
    note_on_claim = placed(document, 1, quote, tag="disputed", note="Governor's *own* words.",
                           assessment="unverified", link_kind="claim", link_id="c1")
    return BriefSource(document=document, extraction=extraction, annotations=(note_on_claim,))


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8", newline="\n")
        return
    assert path.exists(), f"{path} missing: run once with BRIEFREADER_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True),
                                            f"{name} (golden)", f"{name} (now)"))
        pytest.fail(f"the brief differs from {name}:\n{diff}")


def to_html(text: str):
    return lxml.html.fromstring(f"<div>{markdown.markdown(text, extensions=['tables'])}</div>")


# ---- golden files --------------------------------------------------------------------------

def test_sample_brief_matches_golden(sample_source):
    check_golden("idlib_brief.md", render_markdown(build_brief([sample_source], date=DATE)))


def test_assessed_only_claims_and_figures_match_golden(sample_source):
    options = BriefOptions(sections=("figures", "claims"), assessed_only=True)
    check_golden("idlib_brief_assessed.md",
                 render_markdown(build_brief([sample_source], date=DATE), options))


def test_brief_over_two_documents_matches_golden(sample_source, market_source):
    check_golden("two_documents_brief.md",
                 render_markdown(build_brief([sample_source, market_source], date=DATE)))


# ---- what the golden brief says, asserted one by one --------------------------------------

def test_same_inputs_give_the_same_bytes(sample_source):
    first = render_markdown(build_brief([sample_source], date=DATE))
    again = render_markdown(build_brief([sample_source], date=DATE))
    assert first == again
    other_day = render_markdown(build_brief([sample_source], date="2026-03-15"))
    assert [line for line in first.splitlines() if "2026-03-14" not in line] == \
        [line for line in other_day.splitlines() if "2026-03-15" not in line]


def test_sections_come_in_order_with_their_content(sample_source):
    text = render_markdown(build_brief([sample_source], date=DATE))
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings[0] == "# UN Urges Putin, Erdogan To Help Avert 'Bloodbath' In Syria's Idlib"
    assert [h for h in headings if h.startswith("## ")] == [
        "## Key figures", "## Actors", "## Claims by speaker", "## Highlights and notes",
        "## Orphaned annotations"]
    assert "| more than 400,000 " in text and "| hundreds of thousands " in text
    assert "**Brief date:** 2026-03-14" in text
    assert f"`{sample_source.document.sha256}`" in text
    # the rejected figure and the renamed actor
    figures_table = text.split("## Key figures")[1].split("**Corrections:**")[0]
    assert "| 1 " in figures_table and "10,000" not in figures_table
    assert "SANA (state news agency)" in text
    assert "marked as wrong and left out" in text


def test_claims_show_speaker_assessment_note_and_paragraph(sample_source):
    text = render_markdown(build_brief([sample_source], date=DATE))
    claims = text.split("## Claims by speaker")[1].split("## Highlights")[0]
    document = sample_source.document
    white_house = claims.split("### White House")[1].split("###")[0]
    paragraph = document.block_index_at(document.text.index("millions of innocent civilians"))
    assert f"{paragraph} · direct quote · assessment: **disputed**" in white_house
    assert "**Note:** The **3 million** in ¶ 8 counts every resident" in white_house
    assert "assessment: **unverified**" in claims.split("### Dmitry Peskov")[1]
    # a claim-linked annotation is told under Claims, not repeated under Highlights
    highlights = text.split("## Highlights and notes")[1]
    assert "innocent civilians" not in highlights
    assert "Russia has given Assad crucial support" in highlights


def test_rendered_html_has_real_tables_and_block_quotes(sample_source):
    brief = build_brief([sample_source], date=DATE)
    html = to_html(render_markdown(brief))
    tables = html.findall(".//table")
    assert len(tables) == 2  # key figures, actors
    figures, actors = tables
    document = brief.documents[0]
    for table, columns, rows in ((figures, 6, len(document.figures)),
                                 (actors, 4, len(document.actors))):
        assert len(table.findall("./thead/tr/th")) == columns
        body = table.findall("./tbody/tr")
        assert len(body) == rows
        assert all(len(row.findall("td")) == columns for row in body)
    quotes = html.findall("./blockquote")
    claims = sum(len(group.claims) for group in document.claims)
    highlights = [h for h in document.highlights if h.link_kind != "claim"]
    assert len(quotes) == claims + len(highlights) + len(document.orphans)
    assert quotes[0].text_content().strip().startswith("The presidents of Russia and Turkey")
    # the note's markup stays text; its Markdown is rendered
    assert not html.findall(".//script") and not html.findall(".//b")
    assert "<b>bold</b>" in html.text_content()
    assert html.findall(".//li") and html.findall(".//code")


def test_two_documents_flag_disagreeing_sources(sample_source, market_source):
    text = render_markdown(build_brief([sample_source, market_source], date=DATE))
    assert text.startswith("# Brief: 2 documents\n")
    assert "## Key figures across documents" in text
    assert "## 1. UN Urges Putin" in text and "## 2. Strikes hit a market in Idlib" in text
    assert text.count("| Figure ") == 1  # one combined table, none per document
    disagreement = text.split("**Sources disagree:**")[1].split("\n\n")[1]
    assert "at least 12 according to Syrian Observatory for Human Rights" in disagreement
    assert "8 according to local rescue workers" in disagreement
    assert disagreement.endswith("(different documents: check that they report the same event)")
    html = to_html(text)
    (table,) = html.findall(".//table[1]")[:1]
    header = [th.text_content() for th in table.findall("./thead/tr/th")]
    assert header[0] == "Doc" and header[-1] == "Check"
    flagged = [row for row in table.findall("./tbody/tr")
               if row.findall("td")[-1].text_content() == "sources differ"]
    assert {r.findall("td")[1].text_content() for r in flagged} == {"at least 12", "8", "30"}
    # the hostile title and claim of the second document stay literal text
    assert html.findall(".//h2")[2].text_content() == \
        "2. Strikes hit a market in Idlib | early report"
    assert any(q.text_content().strip() == "a crime against * all * civilians"
               for q in html.findall(".//blockquote"))
    assert not html.findall(".//b")

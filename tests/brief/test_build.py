"""The brief's content rules, on small documents written for these tests: sections and options,
paragraph references, assessments, figures and disagreements, what is left out when empty."""

from __future__ import annotations

import datetime as dt

import pytest

from briefreader.anchoring.selectors import Anchor
from briefreader.annotations.model import Annotation, Correction, PlacedAnnotation
from briefreader.brief.build import (
    BriefOptions,
    BriefSource,
    build_brief,
    parse_sections,
    render_markdown,
)
from briefreader.brief.figures import FigureRow, find_disagreements
from briefreader.document import DocumentBuilder
from briefreader.extraction.casualties.disagreement import format_count
from briefreader.extraction.model import Actor, CasualtyFigure, Claim, Extraction, Mention

TITLE = "Floods cut the river road"
PARAGRAPHS = [
    "The regional office said 40 families were displaced by the floods.",
    "\"The road will reopen within a week,\" the mayor told reporters.",
    "A relief agency said at least 55 families had left their homes.",
]


def make_document(metadata=None):
    builder = DocumentBuilder()
    builder.add("title", TITLE)
    for paragraph in PARAGRAPHS:
        builder.add("paragraph", paragraph)
    return builder.build(TITLE, {"path": "/data/floods.txt", **(metadata or {})})


def span(document, fragment):
    start = document.text.index(fragment)
    return start, start + len(fragment)


def make_extraction(document):
    mayor = Actor("a1", "the mayor", "person", (), "mayor", (Mention(*span(document, "mayor")),))
    office = Actor("a2", "regional office", "organization", (), None,
                   (Mention(*span(document, "regional office")),))
    road = "The road will reopen within a week,"
    claims = (Claim("c1", road, "the mayor", "a1", "direct", "told", *span(document, road)),
              Claim("c2", "Floods cut the river road", None, None, "indirect", None,
                    *span(document, "Floods cut the river road")))
    figures = (
        CasualtyFigure("k1", 40, None, "displaced", "reported", "", "families", "regional office",
                       "40 families were displaced", *span(document, "40 families were displaced"),
                       "a2"),
        CasualtyFigure("k2", 55, None, "displaced", "reported", "at least", "families",
                       "a relief agency", "at least 55 families",
                       *span(document, "at least 55 families")),
    )
    return Extraction((mayor, office), claims, figures)


def note_on(document, number, fragment, *, state="anchored", modified="", **fields):
    start, end = span(document, fragment)
    annotation = Annotation(f"n{number}", document.sha256, Anchor.from_text(document.text, start,
                                                                            end),
                            created=f"2026-02-0{number}T00:00:00Z", modified=modified, **fields)
    return PlacedAnnotation(annotation, start, end, state)


@pytest.fixture
def document():
    return make_document()


def render(document, annotations=(), corrections=(), extraction=None, **options):
    source = BriefSource(document, extraction or make_extraction(document), tuple(annotations),
                         tuple(corrections))
    return render_markdown(build_brief([source], date="2026-02-10"), BriefOptions(**options))


def h2(text):
    return [line[3:] for line in text.splitlines() if line.startswith("## ")]


def test_paragraph_references_count_the_title_as_zero(document):
    text = render(document)
    assert "¶ 2 · direct quote" in text  # the mayor, second paragraph after the title
    assert "¶ 0 · reported speech" in text  # a claim read from the title
    assert "|   1 |" in text and "|   3 |" in text  # the two figures


def test_a_bare_document_has_title_and_metadata_only(document):
    text = render(document, extraction=Extraction())
    assert h2(text) == []
    assert text.startswith(f"# {TITLE}\n\n- **Source file:** floods.txt\n")
    assert text.endswith("- **Brief date:** 2026-02-10\n")


def test_metadata_shows_what_is_known():
    document = make_document({"outlet": "River News", "byline": "A. Writer",
                              "date": "2026-02-01"})
    text = render(document, extraction=Extraction())
    assert "- **Outlet:** River News\n- **Byline:** A. Writer\n- **Published:** 2026-02-01" in text


def test_sections_can_be_chosen(document):
    annotations = [note_on(document, 1, "relief agency", tag="verify", note="who?")]
    assert h2(render(document, annotations, sections=("figures",))) == ["Key figures"]
    assert h2(render(document, annotations, sections=parse_sections("highlights,actors"))) == [
        "Actors", "Highlights and notes"]
    assert parse_sections(" Claims , figures") == ("figures", "claims")
    with pytest.raises(ValueError, match="unknown section notes"):
        parse_sections("figures,notes")


def test_assessed_only_leaves_out_unassessed_claims_and_empty_speakers(document):
    annotations = [note_on(document, 1, "within a week", tag="disputed", note="Said twice before.",
                           assessment="disputed", link_kind="claim", link_id="c1")]
    everything = render(document, annotations)
    assert "### the mayor" in everything and "### Unattributed" in everything
    assessed = render(document, annotations, assessed_only=True)
    assert "### the mayor" in assessed and "### Unattributed" not in assessed
    assert "not assessed" not in assessed
    assert render(document, assessed_only=True, sections=("claims",)).count("## ") == 0


def test_claim_note_is_told_once_unless_the_claim_is_left_out(document):
    annotations = [note_on(document, 1, "within a week", tag="disputed", note="Said twice before.",
                           link_kind="claim", link_id="c1")]
    shown = render(document, annotations)
    assert shown.count("Said twice before.") == 1 and "## Highlights and notes" not in shown
    hidden = render(document, annotations, assessed_only=True)
    assert hidden.count("Said twice before.") == 1
    assert "## Highlights and notes" in hidden and "linked to claim by the mayor" in hidden


def test_the_latest_assessment_wins_whether_annotation_or_correction(document):
    extraction = make_extraction(document)
    claim = extraction.claims[0]
    key = {"text": claim.text, "start": claim.start, "end": claim.end}
    correction = Correction("x1", document.sha256, "set_assessment", "c99",  # id shifted since
                            {"assessment": "false", "key": key}, created="2026-02-05T00:00:00Z")
    older = note_on(document, 1, "within a week", tag="verify", assessment="corroborated",
                    link_kind="claim", link_id="c1", modified="2026-02-04T00:00:00Z")
    newer = note_on(document, 1, "within a week", tag="verify", assessment="corroborated",
                    link_kind="claim", link_id="c1", modified="2026-02-06T00:00:00Z")
    assert "assessment: **false**" in render(document, [older], [correction])
    assert "assessment: **corroborated**" in render(document, [newer], [correction])


def test_highlights_in_reading_order_with_moved_and_orphaned_marked(document):
    late = note_on(document, 1, "relief agency", tag="verify", note="which agency?")
    early = note_on(document, 2, "regional office", tag="context", state="moved")
    lost = PlacedAnnotation(Annotation("n3", "f" * 64, Anchor("a removed line", "", "", 3, 17),
                                       tag="verify", note="keep me"), None, None, "orphaned")
    text = render(document, [late, lost, early])
    highlights = text.split("## Highlights and notes")[1].split("## Orphaned annotations")[0]
    assert highlights.index("regional office") < highlights.index("relief agency")
    assert "re-anchored after the text changed" in highlights
    orphans = text.split("## Orphaned annotations")[1]
    assert "**Orphaned** · *verify*" in orphans and "> a removed line" in orphans
    assert "keep me" in orphans and "a removed line" not in highlights


def test_corrections_are_listed_in_their_sections(document):
    extraction = make_extraction(document)
    corrections = [
        Correction("x1", document.sha256, "rename_actor", "a1",
                   {"name": "Mayor Jo Bloggs", "key": {"name": "the mayor"}}, created="1"),
        Correction("x2", document.sha256, "set_casualty", "k2",
                   {"count": 1500, "key": {"text": "at least 55 families"}}, created="2"),
    ]
    text = render(document, corrections=corrections, extraction=extraction)
    figures = text.split("## Key figures")[1].split("## Actors")[0]
    actors = text.split("## Actors")[1].split("## Claims")[0]
    assert "Figure “at least 55 families” corrected: count 1,500." in figures
    assert "Actor “the mayor” renamed “Mayor Jo Bloggs”." in actors


def test_build_brief_dates_default_to_today(document):
    brief = build_brief([BriefSource(document, Extraction())])
    assert brief.date == dt.date.today().isoformat()
    assert build_brief([], date=dt.date(2026, 1, 31)).date == "2026-01-31"


# ---- figures ---------------------------------------------------------------------------------

@pytest.mark.parametrize("count, text, expected", [
    (400000, "more than 400,000 people", "400,000"),
    (1250, "1250 people", "1,250"),
    (3000000, "3 million civilians", "3 million"),
    (2500000, "2.5 million", "2.5 million"),
    (3000000, "3,000,000 people", "3,000,000"),
])
def test_counts_are_written_with_thousands_separators(count, text, expected):
    assert format_count(count, text) == expected


def row(document, count, *, source, qualifier="", status="reported", high=None, subject="people",
        category="killed", figure_id="k"):
    return FigureRow(figure_id=figure_id, document=document, figure=str(count), count=count,
                     qualifier=qualifier, count_high=high, category=category, subject=subject,
                     status=status, source=source, paragraph=1, start=count)


@pytest.mark.parametrize("first, second, disagree", [
    (dict(count=12, source="A"), dict(count=15, source="B"), True),
    (dict(count=12, source="A", qualifier="at least"), dict(count=15, source="B"), False),
    (dict(count=20, source="A", qualifier="up to"), dict(count=15, source="B"), False),
    (dict(count=20, source="A", qualifier="up to"), dict(count=25, source="B"), True),
    (dict(count=500, source="A", qualifier="about"), dict(count=550, source="B"), False),
    (dict(count=100000, source="A", qualifier="hundreds of thousands"),
     dict(count=400000, source="B", qualifier="more than"), False),
    (dict(count=10, source="A", high=20), dict(count=15, source="B"), False),
    (dict(count=12, source="A"), dict(count=15, source="A"), False),  # same source revises
    (dict(count=12, source="A"), dict(count=15, source="B", status="projected"), False),
    (dict(count=12, source="A"), dict(count=15, source="B", subject="soldiers"), False),
    (dict(count=12, source="A", subject="the people"), dict(count=15, source="B"), True),
])
def test_disagreements_need_different_sources_and_incompatible_figures(first, second, disagree):
    rows = [row(1, figure_id="k1", **first), row(1, figure_id="k2", **second)]
    assert bool(find_disagreements(rows)) is disagree


def test_unattributed_figures_from_two_documents_are_two_sources():
    assert find_disagreements([row(1, 12, source=None), row(2, 15, source=None)])
    assert not find_disagreements([row(1, 12, source=None, figure_id="a"),
                                   row(1, 15, source=None, figure_id="b")])


def test_a_figure_range_is_written_with_an_en_dash(document):
    extraction = make_extraction(document)
    start, end = span(document, "40 families were displaced")
    ranged = CasualtyFigure("k1", 15, 20, "displaced", "reported", "", "families", None,
                            "40 families were displaced", start, end)
    text = render(document, extraction=Extraction(extraction.actors, (), (ranged,)))
    assert "| 15–20 " in text and "(the article)" in text


# ---- links and corrections that outlived a re-extraction --------------------------------------

def test_a_stale_claim_link_follows_the_claim_under_the_passage(document):
    # ids are renumbered on every extraction: "c2" now names the title claim, not the mayor's
    annotation = note_on(document, 1, "within a week", tag="verify", note="Mayor's promise.",
                         assessment="disputed", link_kind="claim", link_id="c2")
    text = render(document, [annotation])
    mayor = text.split("### the mayor")[1].split("###")[0]
    assert "assessment: **disputed**" in mayor and "Mayor's promise." in mayor
    assert "Mayor's promise." not in text.split("### Unattributed")[1]


def test_a_claim_link_with_no_claim_under_the_passage_is_dropped(document):
    annotation = note_on(document, 1, "relief agency", tag="verify", note="Which agency?",
                         assessment="false", link_kind="claim", link_id="c1")
    text = render(document, [annotation])
    assert "assessment: **false**" in text.split("## Highlights and notes")[1]
    assert "Which agency?" in text.split("## Highlights and notes")[1]
    claims = text.split("## Claims by speaker")[1].split("## Highlights")[0]
    assert "Which agency?" not in claims and "**false**" not in claims
    assert "linked to" not in text


def test_a_correction_whose_target_is_gone_is_listed_as_not_applied(document):
    extraction = make_extraction(document)
    gone = Correction("x1", document.sha256, "rename_actor", "a7",
                      {"name": "Someone", "key": {"name": "a vanished spokesman"}}, created="1")
    source = BriefSource(document, extraction, (), (gone,), original=extraction)
    text = render_markdown(build_brief([source], date="2026-02-10"))
    assert ("Actor “a vanished spokesman” renamed “Someone” (not applied: no longer found in the "
            "extraction).") in text


def test_html_preview_of_a_brief(document):
    from briefreader.brief.build import markdown_to_html

    html = markdown_to_html(render(document))
    assert html.startswith(f"<h1>{TITLE}</h1>") and html.count("<table>") == 2


def test_extraction_notices_are_told_in_the_metadata(document):
    quiet = Extraction(notices=("Extraction is for English text; this one looks like Welsh",))
    text = render(document, extraction=quiet)
    assert "- **Extraction notice:** Extraction is for English text; this one looks like Welsh" \
        in text


def test_a_paged_document_is_cited_by_page_and_paragraph_on_that_page():
    builder = DocumentBuilder()
    builder.add("heading", TITLE, level=1, page=1)
    builder.add("paragraph", PARAGRAPHS[0], page=1)
    builder.add("paragraph", PARAGRAPHS[1], page=2)
    builder.add("paragraph", PARAGRAPHS[2], page=2)
    paged = builder.build(TITLE, {"path": "/data/floods.pdf"})
    text = render(paged, [note_on(paged, 1, "within a week", tag="verify")])
    assert "p. 2, \u00b6 1 \u00b7 direct quote" in text  # the mayor's quote opens page 2
    assert "**p. 2, \u00b6 1**" in text  # the highlight
    assert "p. 2, \u00b6 2" in text  # the relief agency's figure, second on page 2
    assert "p. 1, \u00b6 2" in text  # the office's figure, after the heading on page 1


def test_an_unpaged_document_is_cited_by_paragraph_only(document):
    text = render(document, [note_on(document, 1, "within a week", tag="verify")])
    assert "p. " not in text and "**\u00b6 2**" in text

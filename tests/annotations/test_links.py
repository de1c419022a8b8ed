"""Links from annotations to extracted items outlive re-extraction: found again by their key."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefreader.anchoring.selectors import Anchor
from briefreader.annotations.links import link_to, resolve_annotation_links
from briefreader.annotations.model import Annotation, PlacedAnnotation
from briefreader.brief.build import BriefSource, build_brief, render_markdown
from briefreader.document import DocumentBuilder
from briefreader.errors import UsageError
from briefreader.extraction.model import Actor, CasualtyFigure, Claim, Extraction, Mention
from briefreader.store.annotations import AnnotationStore

TITLE = "Ferry service halted on the lake"
PARAGRAPHS = [
    "Harbour master Ines Varga said the ferry would stay in port until Friday.",
    "The operator, Lakeline, said 30 passengers were stranded overnight.",
    "Residents complained that nobody had warned them about the storm.",
]


@pytest.fixture
def document():
    builder = DocumentBuilder()
    builder.add("title", TITLE)
    for paragraph in PARAGRAPHS:
        builder.add("paragraph", paragraph)
    return builder.build(TITLE, {"path": "/data/ferry.txt"})


def span(document, fragment):
    start = document.text.index(fragment)
    return start, start + len(fragment)


def extraction(document, ids=("a1", "a2", "c1", "c2", "k1")) -> Extraction:
    """What one extraction run finds; another run may number the same items differently."""
    varga, lakeline, c_ferry, c_stranded, k_stranded = ids
    actors = (
        Actor(varga, "Ines Varga", "person", ("Varga",), "harbour master",
              (Mention(*span(document, "Ines Varga")),)),
        Actor(lakeline, "Lakeline", "organization", (), "operator",
              (Mention(*span(document, "Lakeline")),)),
    )
    ferry = "the ferry would stay in port until Friday"
    stranded = "30 passengers were stranded overnight"
    claims = (Claim(c_ferry, ferry, "Ines Varga", varga, "indirect", "said",
                    *span(document, ferry)),
              Claim(c_stranded, stranded, "Lakeline", lakeline, "indirect", "said",
                    *span(document, stranded)))
    figures = (CasualtyFigure(k_stranded, 30, None, "stranded", "reported", "", "passengers",
                              "Lakeline", "30 passengers were stranded",
                              *span(document, "30 passengers were stranded"), lakeline),)
    return Extraction(actors, claims, figures)


def renumbered(document) -> Extraction:
    """The same findings after an upgraded extractor ran: every id names another item now, and
    the first claim's id is the id the second one had."""
    found = extraction(document, ids=("a2", "a1", "c2", "c1", "k4"))
    return replace(found, claims=tuple(reversed(found.claims)),
                   actors=tuple(reversed(found.actors)))


def placed_link(document, quote: str, link, number: int = 1, **fields) -> PlacedAnnotation:
    start, end = span(document, quote)
    annotation = Annotation(f"n{number}", document.sha256,
                            Anchor.from_text(document.text, start, end),
                            created=f"2026-04-0{number}T00:00:00Z", **link.fields(), **fields)
    return PlacedAnnotation(annotation, start, end, "anchored")


def test_links_made_under_one_extraction_find_their_items_after_ids_shift(document):
    first = extraction(document)
    # passages that do not overlap their items: only the key can tell where the link goes
    links = [placed_link(document, "Residents complained", link_to(first, "claim", "c1"), 1),
             placed_link(document, "nobody had warned them", link_to(first, "actor", "a1"), 2),
             placed_link(document, "about the storm", link_to(first, "casualty", "k1"), 3)]
    assert resolve_annotation_links(first, links) == {"n1": "c1", "n2": "a1", "n3": "k1"}
    again = renumbered(document)
    now = resolve_annotation_links(again, links)
    assert now == {"n1": "c2", "n2": "a2", "n3": "k4"}
    assert next(c for c in again.claims if c.id == now["n1"]).text.startswith("the ferry")
    assert again.actor(now["n2"]).name == "Ines Varga"


def test_the_same_links_without_keys_are_dropped_or_wrong_after_ids_shift(document):
    """What the key is for: the old id alone names another item (or nothing) after renumbering."""
    first = extraction(document)
    keyless = [replace(p, annotation=replace(p.annotation, link_key=None)) for p in
               (placed_link(document, "Residents complained", link_to(first, "claim", "c1"), 1),
                placed_link(document, "nobody had warned", link_to(first, "actor", "a1"), 2))]
    now = resolve_annotation_links(renumbered(document), keyless)
    assert now["n1"] is None  # no claim under the passage: dropped rather than misplaced
    assert now["n2"] == "a1"  # trusted as it was, though a1 is Lakeline now


def test_a_key_that_no_longer_matches_falls_back_to_the_passage(document):
    first = extraction(document)
    link = link_to(first, "claim", "c2")
    on_claim = placed_link(document, "passengers were stranded", link, 1)
    elsewhere = placed_link(document, "Residents complained", link, 2)
    # the extractor now cuts the claim differently: its text no longer equals the key's
    again = renumbered(document)
    longer = "30 passengers were stranded overnight."
    recut = replace(again, claims=tuple(
        replace(c, text=longer, end=c.start + len(longer)) if c.text.startswith("30") else c
        for c in again.claims))
    now = resolve_annotation_links(recut, [on_claim, elsewhere])
    assert now == {"n1": "c1", "n2": None}


def test_a_keyed_actor_link_whose_actor_is_gone_is_not_moved_to_whoever_has_its_id(document):
    first = extraction(document)
    link = link_to(first, "actor", "a1")  # Ines Varga
    annotation = placed_link(document, "Residents complained", link)
    without_varga = replace(first, actors=(replace(first.actors[1], id="a1"),))
    assert resolve_annotation_links(without_varga, [annotation]) == {"n1": None}


def test_orphans_and_unlinked_annotations_have_no_link(document):
    first = extraction(document)
    linked = placed_link(document, "Residents complained", link_to(first, "claim", "c1"))
    orphan = replace(linked, start=None, end=None, state="orphaned")
    plain = replace(linked, annotation=replace(linked.annotation, id="n2", link_kind=None,
                                               link_id=None, link_key=None))
    assert resolve_annotation_links(first, [orphan, plain]) == {"n1": None, "n2": None}


def test_link_to_checks_the_id_and_the_kind(document):
    first = extraction(document)
    assert link_to(first, "casualty", "k1").link_key == {
        "text": "30 passengers were stranded", "start": first.casualties[0].start,
        "end": first.casualties[0].end}
    with pytest.raises(UsageError, match="no claim with id 'c9'"):
        link_to(first, "claim", "c9")
    with pytest.raises(UsageError, match="no actor with id 'c1'"):
        link_to(first, "actor", "c1")
    with pytest.raises(UsageError, match="unknown link kind"):
        link_to(first, "paragraph", "p1")


def test_a_stored_link_keeps_its_key_and_a_new_link_drops_the_old_key(document):
    first = extraction(document)
    with AnnotationStore.open() as store:
        added = store.add_annotation(document, *span(document, "Residents complained"),
                                     note="Who are they?", **link_to(first, "claim", "c1").fields())
    with AnnotationStore.open() as store:  # as a later session finds it
        (placed,) = store.annotations_for(document)
        assert placed.annotation.link_key == added.link_key and added.link_key["text"]
        assert resolve_annotation_links(renumbered(document), [placed]) == {added.id: "c2"}
        relinked = store.update_annotation(added.id, link_kind="actor", link_id="a2")
        assert (relinked.link_kind, relinked.link_id, relinked.link_key) == ("actor", "a2", None)
        keyed = store.update_annotation(added.id, **link_to(first, "actor", "a2").fields())
        assert keyed.link_key["name"] == "Lakeline"
        assert store.update_annotation(added.id, note="edited").link_key == keyed.link_key


def test_the_brief_shows_a_keyed_note_under_its_claim_after_re_extraction(document):
    first = extraction(document)
    note = placed_link(document, "Residents complained", link_to(first, "claim", "c1"),
                       note="Compare with the operator's account.", assessment="disputed")
    source = BriefSource(document, renumbered(document), (note,))
    text = render_markdown(build_brief([source], date="2026-04-10"))
    varga = text.split("### Ines Varga")[1].split("###")[0]
    assert "Compare with the operator's account." in varga
    assert "assessment: **disputed**" in varga
    assert "Compare with" not in text.split("### Lakeline")[1]


def test_claim_assessments_from_links_and_corrections_the_latest_wins(document):
    from briefreader.annotations.model import Correction
    from briefreader.corrections.make import claim_assessments, set_assessment

    first = extraction(document)
    early = placed_link(document, "Residents complained", link_to(first, "claim", "c1"), 1,
                        assessment="disputed", modified="2026-04-01T00:00:00Z")
    later = placed_link(document, "nobody had warned", link_to(first, "claim", "c2"), 2,
                        assessment="false", modified="2026-04-03T00:00:00Z")
    made = set_assessment(first, "c1", "corroborated")
    correction = Correction("x1", document.sha256, *made, created="2026-04-02T00:00:00Z")
    again = renumbered(document)  # c1 <-> c2
    assert claim_assessments(again, [correction], [early, later]) == {"c2": "corroborated",
                                                                      "c1": "false"}
    assert claim_assessments(again, [correction]) == {"c2": "corroborated"}

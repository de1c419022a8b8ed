"""The state ``changed`` (issue 15, item 3): an annotation placed by approximate match on words that
differ from its quote is flagged, never shown as ``moved``; a deleted passage is an orphan; text
that did not change is never flagged. The reader decides with Keep here / Make orphan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefreader.anchoring.resolve import fold, resolve_anchor
from briefreader.annotations.model import Anchor
from briefreader.brief.build import BriefSource, build_brief, render_markdown
from briefreader.cli import main
from briefreader.errors import UsageError
from briefreader.extraction.model import Extraction
from briefreader.loading import load_document
from briefreader.store.annotations import AnnotationStore

REPORT = (
    "Flood report\n\n"
    "Water levels in the valley rose sharply after three days of heavy rain.\n\n"
    "The district council opened two shelters in the school gymnasium on Tuesday evening.\n\n"
    "Engineers warned that the old stone bridge near the mill could give way within hours.\n\n"
    "Volunteers handed out blankets and bottled water until late into the night.\n"
)
REWRITTEN = REPORT.replace(
    "The district council opened two shelters in the school gymnasium on Tuesday evening.",
    "The district council opened three shelters in the school gymnasium on Tuesday night.")
DELETED = REPORT.replace(
    "Engineers warned that the old stone bridge near the mill could give way within hours.\n\n",
    "")
INSERTED = REPORT.replace("Flood report\n\n", "Flood report\n\nUpdated at noon.\n\n")
SHELTERS = "The district council opened two shelters in the school gymnasium on Tuesday evening"
BRIDGE = "Engineers warned that the old stone bridge near the mill could give way within hours"


def anchor_on(text: str, quote: str) -> Anchor:
    start = text.index(quote)
    return Anchor.from_text(text, start, start + len(quote))


def test_a_rewritten_sentence_is_changed_and_placed_on_its_new_version():
    placed = resolve_anchor(REWRITTEN, anchor_on(REPORT, SHELTERS))
    assert placed.state == "changed" and placed.strategy == "fuzzy"
    assert REWRITTEN[placed.start:placed.end] == ("The district council opened three shelters in "
                                                  "the school gymnasium on Tuesday night")


def test_a_deleted_sentence_is_an_orphan_never_moved_onto_nearby_text():
    placed = resolve_anchor(DELETED, anchor_on(REPORT, BRIDGE))
    assert placed.state == "orphaned" and placed.start is None


def test_a_deleted_sentence_next_to_a_similar_one_is_not_moved_onto_it():
    text = REPORT.replace("Volunteers handed out blankets",
                          "Engineers warned that the new iron bridge near the ford could give way "
                          "within days.\n\nVolunteers handed out blankets")
    edited = text.replace(BRIDGE + ".\n\n", "")
    placed = resolve_anchor(edited, anchor_on(text, BRIDGE))
    assert placed.state in ("orphaned", "changed")   # never presented as the same words
    assert placed.state != "moved"


@pytest.mark.parametrize("quote", [SHELTERS, BRIDGE, "heavy rain", "blankets"])
def test_unchanged_words_are_never_flagged(quote):
    anchor = anchor_on(REPORT, quote)
    assert resolve_anchor(REPORT, anchor, unchanged=True).state == "anchored"
    assert resolve_anchor(REPORT, anchor).state == "anchored"
    moved = resolve_anchor(INSERTED, anchor)
    assert moved.state == "moved" and INSERTED[moved.start:moved.end] == quote


def test_quote_marks_and_spacing_changed_are_not_a_change_of_words():
    text = 'Officials said "the bridge is safe" on Monday.\n\nNothing else happened.'
    edited = "Officials said \u201cthe bridge  is safe\u201d on Monday.\n\nNothing else happened."
    placed = resolve_anchor(edited, anchor_on(text, '"the bridge is safe" on Monday'))
    assert placed.state in ("anchored", "moved")


WORDS = st.lists(st.sampled_from("river council shelter bridge rain water night valley said "
                                 "engineers volunteers opened warned".split()),
                 min_size=20, max_size=80)


@settings(max_examples=40, deadline=None)
@given(WORDS, st.data())
def test_the_state_says_whether_the_words_are_the_same(words, data):
    text = " ".join(words)
    i = data.draw(st.integers(0, len(words) - 4))
    n = data.draw(st.integers(3, min(8, len(words) - i)))
    start = len(" ".join(words[:i])) + (1 if i else 0)
    anchor = Anchor.from_text(text, start, start + len(" ".join(words[i:i + n])))
    edited_words = list(words)
    at = data.draw(st.integers(0, len(words) - 1))
    edited_words[at] = data.draw(st.sampled_from(["flood", "storm", "road"]))
    edited = " ".join(edited_words)
    placed = resolve_anchor(edited, anchor)
    if placed.start is None:
        return
    same = fold(edited[placed.start:placed.end]).split() == fold(anchor.quote).split()
    assert placed.state == ("changed" if not same else placed.state)
    assert (placed.state == "changed") == (not same)


# ---- the store's Keep here / Make orphan, the CLI listing and the brief ------------------------

@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "flood.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_keep_here_accepts_the_new_words_and_make_orphan_takes_it_off(article):
    with AnnotationStore.open() as store:
        document = load_document(article)
        start = document.text.index(SHELTERS)
        kept = store.add_annotation(document, start, start + len(SHELTERS), note="shelters")
        orphan = store.add_annotation(document, *_span(document.text, "heavy rain"))
        article.write_text(REWRITTEN, encoding="utf-8")
        edited = load_document(article)
        states = {p.annotation.id: p.state for p in store.annotations_for(edited)}
        assert states == {kept.id: "changed", orphan.id: "anchored"}

        now = store.keep_here(kept.id, edited)
        assert now.quote == ("The district council opened three shelters in the school "
                             "gymnasium on Tuesday night") and now.note == "shelters"
        gone = store.make_orphan(orphan.id)
        assert gone.quote == "heavy rain"
        states = {p.annotation.id: p.state for p in store.annotations_for(edited)}
        assert states == {kept.id: "anchored", orphan.id: "orphaned"}
        with pytest.raises(UsageError, match="orphaned"):
            store.keep_here(orphan.id, edited)
        store.reanchor_annotation(orphan.id, edited, *_span(edited.text, "heavy rain"))
        assert {p.state for p in store.annotations_for(edited)} == {"anchored"}


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def test_the_listing_reports_the_state_and_the_current_text(article, capsys):
    assert main(["annotate", str(article), "--quote", SHELTERS]) == 0
    assert main(["annotate", str(article), "--quote", BRIDGE]) == 0
    assert main(["annotate", str(article), "--quote", "blankets"]) == 0
    capsys.readouterr()
    article.write_text(REWRITTEN.replace(BRIDGE + ".\n\n", ""), encoding="utf-8")
    assert main(["annotations", str(article)]) == 0
    items = {a["quote"]: a for a in json.loads(capsys.readouterr().out)["annotations"]}
    assert items[SHELTERS]["state"] == "changed"
    assert items[SHELTERS]["text"].endswith("three shelters in the school gymnasium on Tuesday "
                                            "night")
    assert (items[BRIDGE]["state"], items[BRIDGE]["text"]) == ("orphaned", None)
    assert (items["blankets"]["state"], items["blankets"]["text"]) == ("moved", "blankets")


def test_the_brief_lists_a_changed_annotation_with_both_texts(article):
    with AnnotationStore.open() as store:
        document = load_document(article)
        store.add_annotation(document, *_span(document.text, SHELTERS), note="count them")
        article.write_text(REWRITTEN, encoding="utf-8")
        edited = load_document(article)
        placed = store.annotations_for(edited)
    markdown = render_markdown(build_brief([BriefSource(edited, Extraction(), placed)]))
    assert "the words changed" in markdown
    assert "> The district council opened three shelters" in markdown
    assert "> " + SHELTERS in markdown


def test_on_the_edited_articles_every_unflagged_placement_is_on_the_same_words():
    from tests.anchoring.test_anchoring import ARTICLES, REANCHOR

    flagged = unflagged = 0
    for name, source in ARTICLES.items():
        text = source.read_text(encoding="utf-8").strip()
        expected = json.loads((REANCHOR / f"{name}.expected.json").read_text(encoding="utf-8"))
        for info in expected["variants"].values():
            edited = (REANCHOR / info["file"]).read_text(encoding="utf-8")
            for start, end in expected["annotations"]:
                quote = text[start:end]
                placed = resolve_anchor(edited, Anchor.from_text(text, start, end))
                if placed.state in ("anchored", "moved"):
                    unflagged += 1
                    assert fold(edited[placed.start:placed.end]).split() == fold(quote).split()
                elif placed.state == "changed":
                    flagged += 1
    assert unflagged > 0 and flagged > 0

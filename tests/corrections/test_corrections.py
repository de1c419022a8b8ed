"""Corrections to extraction: each kind, and that they survive a re-extraction with new ids."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefreader.annotations.model import Correction
from briefreader.corrections import make as fix
from briefreader.errors import UsageError
from briefreader.extraction.model import Actor, CasualtyFigure, Claim, Extraction, Mention

TEXT = ("Colonel Dana Reyes said the bridge was destroyed. Reyes told reporters that 12 soldiers "
        "were killed. The Northern Alliance denied it. The alliance said 40 people were wounded.")


def at(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


def figure(fid: str, quote: str, count: int, category: str,
           source_id: str | None) -> CasualtyFigure:
    return CasualtyFigure(fid, count, None, category, "reported", "", None, None, quote,
                          *at(quote), source_id=source_id)


def extraction(shift: int = 0, ids: tuple[str, ...] = ("a1", "a2", "a3")) -> Extraction:
    """The same findings, with ids and offsets as another extraction run may give them."""
    a_reyes, a_alliance, a_lower = ids
    actors = (
        Actor(a_reyes, "Dana Reyes", "person", ("Reyes",),
              mentions=(Mention(*at("Dana Reyes")), Mention(*at("Reyes told")))),
        Actor(a_alliance, "Northern Alliance", "group",
              mentions=(Mention(*at("Northern Alliance")),)),
        Actor(a_lower, "alliance", "group", mentions=(Mention(*at("alliance said")),)),
    )
    claims = (
        Claim("c1", "the bridge was destroyed", "Dana Reyes", a_reyes, "indirect", "said",
              *at("the bridge was destroyed")),
        Claim("c2", "12 soldiers were killed", "Dana Reyes", a_reyes, "indirect", "told",
              *at("12 soldiers were killed")),
        Claim("c3", "40 people were wounded", "alliance", a_lower, "indirect", "said",
              *at("40 people were wounded")),
    )
    casualties = (figure("k1", "12 soldiers were killed", 12, "killed", a_reyes),
                  figure("k2", "40 people were wounded", 40, "wounded", a_lower))
    found = Extraction(actors=actors, claims=claims, casualties=casualties)
    return _shifted(found, shift) if shift else found


def _shifted(found: Extraction, by: int) -> Extraction:
    def move(item):
        return replace(item, start=item.start + by, end=item.end + by)

    actors = tuple(replace(a, mentions=tuple(move(m) for m in a.mentions)) for a in found.actors)
    return replace(found, actors=actors, claims=tuple(move(c) for c in found.claims),
                   casualties=tuple(move(k) for k in found.casualties))


def stored(*made: fix.NewCorrection) -> list[Correction]:
    return [Correction(f"x{i}", "sha", *m) for i, m in enumerate(made)]


def test_rename_actor_renames_it_and_its_claims_and_figures():
    e = extraction()
    out = fix.apply_corrections(e, stored(fix.rename_actor(e, "a1", "Col. Dana Reyes")))
    reyes = out.actor("a1")
    assert reyes.name == "Col. Dana Reyes" and "Dana Reyes" in reyes.aliases
    assert {c.speaker for c in out.claims if c.speaker_id == "a1"} == {"Col. Dana Reyes"}
    assert out.casualties[0].source == "Col. Dana Reyes"


def test_merge_actor_moves_mentions_claims_and_figures_to_the_kept_one():
    e = extraction()
    out = fix.apply_corrections(e, stored(fix.merge_actors(e, "a3", "a2")))
    assert [a.id for a in out.actors] == ["a1", "a2"]
    kept = out.actor("a2")
    assert len(kept.mentions) == 2 and "alliance" in kept.aliases
    assert out.claims[2].speaker_id == "a2" and out.claims[2].speaker == "Northern Alliance"
    assert out.casualties[1].source_id == "a2"


def test_reject_removes_the_item_and_what_pointed_at_it():
    e = extraction()
    out = fix.apply_corrections(e, stored(fix.reject(e, "a1"), fix.reject(e, "c3"),
                                          fix.reject(e, "k2")))
    assert [a.id for a in out.actors] == ["a2", "a3"]
    assert [c.id for c in out.claims] == ["c1", "c2"]
    assert all(c.speaker is None for c in out.claims)
    assert [k.id for k in out.casualties] == ["k1"] and out.casualties[0].source_id is None


def test_set_speaker_links_a_known_actor_or_keeps_a_plain_name():
    e = extraction()
    out = fix.apply_corrections(e, stored(fix.set_speaker(e, "c3", "Northern Alliance"),
                                          fix.set_speaker(e, "c1", "a witness")))
    assert (out.claims[2].speaker, out.claims[2].speaker_id) == ("Northern Alliance", "a2")
    assert (out.claims[0].speaker, out.claims[0].speaker_id) == ("a witness", None)


def test_set_casualty_and_assessment():
    e = extraction()
    made = stored(fix.set_casualty(e, "k2", count=42, category="killed"),
                  fix.set_assessment(e, "c2", "disputed"))
    out = fix.apply_corrections(e, made)
    assert (out.casualties[1].count, out.casualties[1].category) == (42, "killed")
    assert fix.claim_assessments(out, made) == {"c2": "disputed"}


def test_corrections_survive_re_extraction_with_new_ids_and_offsets():
    first = extraction()
    made = stored(fix.rename_actor(first, "a1", "Col. Reyes"), fix.merge_actors(first, "a3", "a2"),
                  fix.reject(first, "c1"), fix.set_casualty(first, "k1", count=13))
    # The next run numbers actors differently and the text gained a paragraph at the top.
    again = extraction(shift=25, ids=("a7", "a5", "a6"))
    again = replace(again, claims=tuple(replace(c, id=f"c{9 - i}")
                                        for i, c in enumerate(again.claims)))
    out = fix.apply_corrections(again, made)
    assert {a.name for a in out.actors} == {"Col. Reyes", "Northern Alliance"}
    assert "the bridge was destroyed" not in {c.text for c in out.claims}
    assert out.casualties[0].count == 13
    assert out.notices == ()


def test_a_correction_whose_target_is_gone_is_reported_not_misapplied():
    e = extraction()
    made = stored(fix.reject(e, "c1"))
    without = replace(e, claims=e.claims[1:])
    out = fix.apply_corrections(without, made)
    assert [c.id for c in out.claims] == ["c2", "c3"]
    assert len(out.notices) == 1 and "no longer match" in out.notices[0]


def test_bad_ids_and_values_are_one_line_errors():
    e = extraction()
    with pytest.raises(UsageError, match="no actor with id 'a9'"):
        fix.rename_actor(e, "a9", "X")
    with pytest.raises(UsageError, match="unknown category"):
        fix.set_casualty(e, "k1", category="exploded")
    with pytest.raises(UsageError, match="into itself"):
        fix.merge_actors(e, "a1", "a1")
    with pytest.raises(UsageError, match="no actor, claim or casualty figure"):
        fix.reject(e, "z1")


def test_corrections_from_the_store_apply_after_the_file_changed(sample_path, tmp_path):
    from briefreader.extraction.pipeline import extract_document
    from briefreader.loading import load_document
    from briefreader.store.annotations import AnnotationStore

    article = tmp_path / "article.txt"
    original = sample_path.read_text(encoding="utf-8")
    article.write_text(original, encoding="utf-8")
    document = load_document(article)
    found = extract_document(document)
    actor = found.actors[0]
    with AnnotationStore.open() as store:
        store.add_correction(document, *fix.rename_actor(found, actor.id, "Renamed Actor"))
        title, body = original.split("\n\n", 1)
        article.write_text(f"{title}\n\nAn editor's note added on top.\n\n{body}",
                           encoding="utf-8")
        edited = load_document(article)
        assert edited.sha256 != document.sha256
        corrections = store.corrections_for(edited)  # found by its path
    out = fix.apply_corrections(extract_document(edited), corrections)
    assert "Renamed Actor" in {a.name for a in out.actors}
    assert actor.name in out.actor(next(a.id for a in out.actors
                                        if a.name == "Renamed Actor")).aliases


def test_one_sentence_describes_each_kind_of_correction():
    from briefreader.corrections.describe import describe_correction, describe_corrections

    e = extraction()
    made = stored(fix.rename_actor(e, "a1", "Dana M. Reyes"), fix.merge_actors(e, "a3", "a2"),
                  fix.reject(e, "c1"), fix.set_speaker(e, "c3", "a spokesman"),
                  fix.set_casualty(e, "k2", count=45), fix.set_assessment(e, "c2", "disputed"))
    assert [describe_correction(c) for c in made] == [
        "Actor “Dana Reyes” renamed “Dana M. Reyes”.",
        "Actor “alliance” merged into actor “Northern Alliance”.",
        "Claim “the bridge was destroyed” marked as wrong and left out.",
        "Claim “40 people were wounded” attributed to “a spokesman”.",
        "Figure “40 people were wounded” corrected: count 45.",
        "Claim “12 soldiers were killed” assessed as disputed.",
    ]
    # the brief files the same sentences by section; an assessment stands with its claim there
    filed = describe_corrections(made, e)
    assert filed["actors"] == tuple(describe_correction(c) for c in made[:2])
    assert "assessed as" not in " ".join(filed["claims"])
    # a correction that no longer applies is told in the same words
    gone = fix.apply_corrections(replace(e, claims=e.claims[1:]), made[2:3])
    assert gone.notices[0].endswith(
        "Claim “the bridge was destroyed” marked as wrong and left out.")

"""The rule registry: names, switching off, tracing."""

from __future__ import annotations

import pytest

from briefreader.extraction import rules


@rules.rule("test.always", "claims", "a rule for this test only")
def _always(x: int) -> int | None:
    return x


def test_a_rule_that_fires_is_traced_and_can_be_switched_off():
    with rules.tracing() as trace:
        assert _always(3) == 3
    assert trace == ["test.always"]
    with rules.switched_off(["test.always"]), rules.tracing() as trace:
        assert _always(3) is None
    assert trace == []
    assert rules.applies("test.always")


def test_unknown_rule_names_are_refused():
    with pytest.raises(KeyError, match="no-such-rule"), rules.switched_off(["no-such-rule"]):
        pass
    with pytest.raises(ValueError, match="two extraction rules"):
        rules.register("test.always", "claims", "another description")


ARTICLE = ("Flood toll rises in the Tarvel valley\n\n"
           "TARVEL (Newswire) - At least 12 people were killed and 30 injured when the river burst "
           "its banks, according to the Regional Health Ministry (RHM). The RHM said 400 families "
           "had fled to camps near Ostra.\n\n"
           "\"We are still searching for the missing,\" said Marta Kowalczyk, the ministry's "
           "spokeswoman. She added that two rescuers had died. Kowalczyk told reporters the toll "
           "could rise.\n\n"
           "The Tarvelian army, which sent 200 soldiers, put the number of dead at 14. Its "
           "statement said the Coastal Rights Monitor (CRM) had helped. The rains also hit "
           "Nairobi.\n")


def test_every_rule_can_be_switched_off_without_breaking_extraction(tmp_path):
    """Switching any one rule off leaves a working pipeline whose items all name their rules."""
    from briefreader.extraction.actors.merging import extract_actors
    from briefreader.extraction.casualties.figures import extract_casualties
    from briefreader.extraction.claims.assemble import extract_claims
    from briefreader.extraction.nlp import parse_spans
    from briefreader.extraction.pipeline import parse_ranges
    from briefreader.loading import load_document

    path = tmp_path / "flood.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    document = load_document(path)
    parsed = parse_spans(document.text, parse_ranges(document))
    counts = set()
    for r in rules.all_rules():
        if r.name.startswith("test."):
            continue
        with rules.switched_off([r.name]):
            actors = extract_actors(document, parsed)
            claims = extract_claims(document, parsed, actors)
            figures = extract_casualties(document, parsed, claims, actors)
        items = (*actors, *claims, *figures)
        assert all(item.rules for item in items), r.name
        assert not any(r.name in item.rules for item in items), r.name
        counts.add((len(actors), len(claims), len(figures)))
    assert len(counts) > 1  # some rules matter to this article


def test_items_name_the_rules_that_made_them(tmp_path):
    from briefreader.extraction.pipeline import extract_document
    from briefreader.loading import load_document

    path = tmp_path / "flood.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    extraction = extract_document(load_document(path))
    actors = {a.name: a for a in extraction.actors}
    assert "actors.acronym-in-parentheses" in actors["Regional Health Ministry"].rules
    assert "actors.merge-surname" in actors["Marta Kowalczyk"].rules  # "Kowalczyk told ..."
    claims = {c.text: c for c in extraction.claims}
    she = next(c for t, c in claims.items() if t.startswith("two rescuers"))
    assert she.speaker == "Marta Kowalczyk" and "claims.pronoun" in she.rules
    quote = next(c for c in extraction.claims if c.kind == "direct")
    assert "claims.quote-is-content" in quote.rules
    according = next(c for c in extraction.claims if c.cue == "according to")
    assert "claims.according-to" in according.rules
    toll = next(k for k in extraction.casualties if k.count == 14)
    assert toll.rules == ("casualties.tally",)

"""A very long text is analysed in sections whose results are merged (issue 15, item 2): the merge
gives what one pass gives when no paragraph depends on another section (here each names its
speaker in full), and ids stay consistent."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.extraction import pipeline, sections
from briefreader.extraction.pipeline import extract_document
from briefreader.loading import load_document

PARAGRAPHS = [
    "Harbour master Elena Vasquez said the northern quay would stay closed until Friday.",
    '"We cannot let ships dock while the cranes are down," Elena Vasquez told reporters on Monday.',
    "Flooding killed 14 people in the river delta, the regional health office said.",
    "The Coastal Relief Agency said 2,300 residents had been displaced by the storm.",
    "Mayor Tomas Brandt said the city would pay for temporary housing.",
    '"Nobody will sleep outside this winter," Tomas Brandt said at the town hall.',
    "At least 40 people were injured when the footbridge collapsed, police said.",
    "Elena Vasquez said repairs to the cranes would take another two weeks.",
]


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "storm.txt"
    path.write_text("Storm bulletin\n\n" + "\n\n".join(PARAGRAPHS * 3) + "\n", encoding="utf-8")
    return path


def test_sections_cover_every_range_once_and_respect_the_limit():
    text = "word " * 5000
    ranges = [(0, 1000), (1000, 9000), (9000, len(text))]
    grouped = sections.sections(text, ranges, limit=2000)
    flat = [span for group in grouped for span in group]
    assert flat[0][0] == 0 and flat[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(flat, flat[1:], strict=False))
    assert all(sum(e - s for s, e in group) <= 2000 for group in grouped)


def test_a_text_analysed_in_sections_gives_what_one_pass_gives(report, monkeypatch):
    document = load_document(report)
    whole = extract_document(document)
    monkeypatch.setattr(pipeline, "sections",
                        lambda text, ranges: sections.sections(text, ranges, limit=300))
    parts: list[int] = []
    from briefreader.extraction import nlp

    real_parse = nlp.parse_spans

    def counting(text, ranges):
        parts.append(len(ranges))
        return real_parse(text, ranges)

    monkeypatch.setattr(nlp, "parse_spans", counting)
    split = extract_document(document)
    assert len(parts) >= 5, "the text was analysed in several sections"
    assert [(c.start, c.end, c.speaker, c.kind) for c in split.claims] == \
        [(c.start, c.end, c.speaker, c.kind) for c in whole.claims]
    assert [(k.start, k.count, k.category) for k in split.casualties] == \
        [(k.start, k.count, k.category) for k in whole.casualties]
    assert {(a.name, a.kind) for a in split.actors} == {(a.name, a.kind) for a in whole.actors}
    by_id = {a.id: a for a in split.actors}
    assert [a.id for a in split.actors] == [f"a{n}" for n in range(1, len(split.actors) + 1)]
    for claim in split.claims:
        if claim.speaker_id is not None:
            assert claim.speaker_id in by_id
    vasquez = next(a for a in split.actors if a.name == "Elena Vasquez")
    whole_vasquez = next(a for a in whole.actors if a.name == "Elena Vasquez")
    assert set(vasquez.mentions) == set(whole_vasquez.mentions)
    assert len(split.actors) == len({(a.name, a.kind) for a in split.actors})

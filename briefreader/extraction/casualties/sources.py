"""Who a casualty figure is attributed to: the speaker of the claim that states it, else an
'according to X' or 'X said' in the same sentence."""

from __future__ import annotations

import re

from briefreader.extraction.model import Actor, Claim

SPEECH = re.compile(r"\b(?:said|says|say|told|reported|reports|claimed|claims|estimated"
                    r"|estimates|stated|announced|confirmed|added|tweeted|warned)\b", re.I)
ACCORDING = re.compile(r"\baccording to\b", re.I)


def figure_source(text: str, start: int, end: int, sent_start: int, sent_end: int,
                  claims: tuple[Claim, ...], actors: tuple[Actor, ...]
                  ) -> tuple[str | None, str | None]:
    """(speaker's canonical name, actor id) for the figure at [start, end) in a sentence at
    [sent_start, sent_end) of ``text``."""
    names = {actor.id: actor.name for actor in actors}
    for claim in claims:
        if claim.speaker and claim.start <= start and end <= claim.end:
            return names.get(claim.speaker_id or "", claim.speaker), claim.speaker_id
    for claim in claims:
        if claim.speaker and claim.start < sent_end and sent_start < claim.end:
            return names.get(claim.speaker_id or "", claim.speaker), claim.speaker_id
    mentions = sorted((m.start, m.end, actor) for actor in actors for m in actor.mentions
                      if sent_start <= m.start and m.end <= sent_end)
    if not mentions:
        return None, None
    sentence = text[sent_start:sent_end]
    for m in ACCORDING.finditer(sentence):
        after = sent_start + m.end()
        for a, _, actor in mentions:
            if 0 <= a - after <= 40:
                return actor.name, actor.id
    for m in SPEECH.finditer(sentence):
        verb = sent_start + m.start()
        near = [(verb - b, actor) for _, b, actor in mentions if 0 <= verb - b <= 40]
        if near:
            actor = min(near, key=lambda x: x[0])[1]
            return actor.name, actor.id
    return None, None

"""Who a casualty figure is attributed to: the speaker of the claim that states it, else an
'according to X' or 'X said' in the same sentence.

A long report has thousands of claims and mentions and hundreds of figures: the claims and the
mentions are indexed by their start once per document (``_SourceIndex``, the one for the claims
and actors last asked about), so each figure looks only at those near it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from briefreader.extraction.model import Actor, Claim

SPEECH = re.compile(r"\b(?:said|says|say|told|reported|reports|claimed|claims|estimated"
                    r"|estimates|stated|announced|confirmed|added|tweeted|warned)\b", re.I)
ACCORDING = re.compile(r"\baccording to\b", re.I)


class _SourceIndex:
    def __init__(self, claims: Sequence[Claim], actors: Sequence[Actor]) -> None:
        self.claims, self.actors = claims, actors   # held: the cache compares them by identity
        self.names = {actor.id: actor.name for actor in actors}
        spoken = sorted((c.start, n, c) for n, c in enumerate(claims) if c.speaker)
        self.claim_starts = [s for s, _, _ in spoken]
        self.spoken = [(n, c) for _, n, c in spoken]
        self.longest = max((c.end - c.start for _, c in self.spoken), default=0)
        mentions = sorted(((m.start, m.end, actor) for actor in actors for m in actor.mentions),
                          key=lambda x: (x[0], x[1]))
        self.mention_starts = [s for s, _, _ in mentions]
        self.mentions = mentions

    def first_claim(self, low: int, high: int, keep) -> Claim | None:
        """The earliest (in the claims' order) claim starting in [low, high) that ``keep``s."""
        a, b = bisect_left(self.claim_starts, low), bisect_left(self.claim_starts, high)
        found = [(n, c) for n, c in self.spoken[a:b] if keep(c)]
        return min(found, key=lambda x: x[0])[1] if found else None

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, Actor]]:
        a, b = bisect_left(self.mention_starts, start), bisect_right(self.mention_starts, end)
        return [m for m in self.mentions[a:b] if m[1] <= end]


_last: list[_SourceIndex] = []


def _index(claims: Sequence[Claim], actors: Sequence[Actor]) -> _SourceIndex:
    if not _last or _last[0].claims is not claims or _last[0].actors is not actors:
        _last[:] = [_SourceIndex(claims, actors)]
    return _last[0]


def figure_source(text: str, start: int, end: int, sent_start: int, sent_end: int,
                  claims: tuple[Claim, ...], actors: tuple[Actor, ...]
                  ) -> tuple[str | None, str | None]:
    """(speaker's canonical name, actor id) for the figure at [start, end) in a sentence at
    [sent_start, sent_end) of ``text``."""
    index = _index(claims, actors)
    claim = index.first_claim(start - index.longest, start + 1,
                              lambda c: c.start <= start and end <= c.end) \
        or index.first_claim(sent_start - index.longest, sent_end,
                             lambda c: c.start < sent_end and sent_start < c.end)
    if claim is not None:
        return index.names.get(claim.speaker_id or "", claim.speaker), claim.speaker_id
    mentions = index.mentions_in(sent_start, sent_end)
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

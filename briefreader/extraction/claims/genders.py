"""Which pronoun a person takes, where the text says it: a courtesy title ('Ms. Lund', 'Mr.
Novak'), a role word ('spokeswoman', 'chairman') or a possessive after the person's own verb
('Lind met her counterpart'). "She said" then skips a man just named for the woman named before
him."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

    from briefreader.extraction.claims.speakers import Speaker
    from briefreader.extraction.model import Actor

_SHE = frozenset("ms ms. mrs mrs. miss madam spokeswoman chairwoman congresswoman "
                 "businesswoman councilwoman stateswoman sister mother daughter wife "
                 "grandmother widow".split())
_HE = frozenset("mr mr. spokesman chairman congressman businessman councilman statesman "
                "brother father son husband grandfather widower".split())
_KEEP = 6  # persons remembered


def _pronoun_of(words: list[str]) -> str | None:
    she = any(w in _SHE for w in words)
    he = any(w in _HE for w in words)
    return "she" if she and not he else "he" if he and not she else None


class RecentPersons:
    """The persons last named, newest first, with the pronoun the text gave each."""

    def __init__(self) -> None:
        self._recent: list[Speaker] = []
        self._pronoun: dict[str, str] = {}

    def add(self, speaker: Speaker) -> None:
        self._recent = [speaker, *(p for p in self._recent if p.name != speaker.name)][:_KEEP]

    def learn(self, speaker: Speaker, head: Token, actor: Actor | None) -> None:
        """The pronoun a person's phrase or role gives ('Ms. Lund', 'the spokeswoman')."""
        if not speaker.name or speaker.name in self._pronoun:
            return
        words = [t.text.lower() for t in head.lefts] + [head.text.lower()]
        if actor is not None and actor.role:
            words += re.findall(r"[a-z]+\.?", actor.role.lower())
        found = _pronoun_of(words)
        if found is not None:
            self._pronoun[speaker.name] = found

    @rule("claims.pronoun-gender", "claims", "'Ms. Lund met Mr. Novak. She said ...': a pronoun "
          "the text has not given the person last named goes to the last one it was given")
    def other_than(self, last: Speaker | None, pronoun: str) -> Speaker | None:
        known = self._pronoun.get(last.name or "") if last is not None else None
        if known is None or known == pronoun:
            return None  # nothing says the last person named is not the one meant
        others = [p for p in self._recent if p.name != last.name]
        return next((p for p in others if self._pronoun.get(p.name or "") == pronoun), None) \
            or next((p for p in others if p.name not in self._pronoun), None)

    def learn_from_clause(self, speaker: Speaker, subject: Token) -> None:
        if speaker.name and speaker.name not in self._pronoun:
            found = _own_possessive(subject)
            if found is not None:
                self._pronoun[speaker.name] = found


@rule("claims.possessive-gives-pronoun", "claims", "'Anna Lind met her counterpart': the first "
      "possessive after a person's verb, before any other name, tells that person's pronoun")
def _own_possessive(subject: Token) -> str | None:
    verb = subject.head
    for tok in verb.subtree:
        if tok.i <= verb.i:
            continue
        if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN":
            return None
        if tok.tag_ == "PRP$" and tok.text.lower() in ("his", "her"):
            return "he" if tok.text.lower() == "his" else "she"
    return None

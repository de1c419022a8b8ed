"""The records the actor rules pass along: an entity on its way to a mention, and the mention."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from briefreader.extraction.nlp import doc_text, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass
class NameMention:
    start: int
    end: int
    text: str
    label: str            # person | organization | country | capital
    agentive: bool = False
    locative: bool = False
    role: str | None = None
    in_title: bool = False
    state_key: tuple[str, str] | None = None  # (country, body) for "the Chilean army"
    known_as: str | None = None  # "Ahmed Salim Farouk, known as Abu Karim"
    armed: bool = False  # named as a group: "the Ansar Dine group", "the X militia"
    placed: bool = False  # marked as a place by a settlement noun: "the village of X"
    rules: list[str] = field(default_factory=list)  # the named rules that made or changed it


@dataclass
class EntityName:
    """One entity on its way to a mention: its tokens, spaCy label and our kind."""
    doc: Doc
    ent: Span
    tokens: list[Token]
    label: str
    kind: str = ""
    described_armed: bool = False

    @cached_property
    def text(self) -> str:
        """The name as written (read once the name's tokens are settled)."""
        first, last = self.tokens[0], self.tokens[-1]
        return doc_text(self.doc)[first.idx : last.idx + len(last)]

    def before(self) -> Token | None:
        return tokens(self.doc)[self.tokens[0].i - 1] if self.tokens[0].i > 0 else None

    def after(self) -> Token | None:
        last = self.tokens[-1].i + 1
        return tokens(self.doc)[last] if last < len(self.doc) else None

"""What a web page wraps around a story, and capitalised words that are no names: a share bar
("Facebook Messenger Twitter Email"), a picture credit ("Image copyright X"), a label block
("Gender Equality.", "Related Coverage"), a common noun opening a sentence ("Scholars warned")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction.lexicon.media import (
    MENU_WORDS,
    PLATFORMS,
    SECTION_LABELS,
    SHARE_WORDS,
)
from briefreader.extraction.lexicon.people import PERSON_NOUNS, SPEAKER_GROUP_NOUNS
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefreader.extraction.actors.mention_records import EntityName

_CREDIT_WORDS = frozenset("copyright © photo photos image images picture pictures photograph "
                          "credit credits caption".split())
_LABEL_TOKENS = 8  # a label or menu line is a few words; a sentence without a verb is rare


@rule("actors.share-bar", "actors", "\"Facebook Messenger Twitter Email\": a name made of "
      "several networks or sharing words is a page's share bar")
def share_bar(name: EntityName) -> bool:
    return len(name.tokens) > 1 and sum(t.text.lower() in PLATFORMS or t.text.lower() in SHARE_WORDS
                                        for t in name.tokens) >= 2


@rule("actors.picture-credit", "actors", "\"Image copyright Newsfoto\", \"Photo: X\": the name a "
      "picture is credited to is no actor of the story")
def picture_credit(name: EntityName) -> bool:
    prev = name.before()
    if prev is not None and prev.text == ":" and prev.i > 0:
        prev = name.doc[prev.i - 1]
    return prev is not None and prev.text.lower() in _CREDIT_WORDS


@rule("actors.menu-words", "actors", "\"Videos Sport Business Ivo Lenk\": the page's menu and "
      "section labels the model ran into a name are left out")
def menu_words(tokens: list[Token]) -> list[Token] | None:
    n = 0
    while n < len(tokens) and tokens[n].text.istitle() and tokens[n].text.lower() in MENU_WORDS:
        n += 1
    if n == 0 or not any(t.text.lower() in SECTION_LABELS for t in tokens[:n]):
        return None
    return tokens[n:]


@rule("actors.common-noun-opening", "actors", "\"Scholars warned\", \"Veterans of earlier "
      "wars\": a common noun capitalised to open a sentence is no name")
def common_noun(name: EntityName) -> bool:
    first = name.tokens[0]
    prev = name.before()
    # a plural or a word for people: "Lund said", a surname the model tags as a noun where it
    # opens the sentence, stays a name
    common = first.tag_ == "NNS" or first.text.lower() in PERSON_NOUNS | SPEAKER_GROUP_NOUNS
    return (first.i == 0 or first.is_sent_start or prev is not None
            and prev.text.lower() in MENU_WORDS) and first.pos_ == "NOUN" and common \
        and not any(t.text[:1].isupper() for t in name.tokens[1:])


def page_furniture(name: EntityName) -> bool:
    """The furniture rules, each asked only where its cheap condition holds."""
    tokens = name.tokens
    prev = name.before()
    return len(tokens) > 1 and share_bar(name) \
        or prev is not None and (prev.text == ":" or prev.text.lower() in _CREDIT_WORDS) \
        and picture_credit(name) \
        or tokens[0].pos_ == "NOUN" and common_noun(name)


@rule("actors.label-block", "actors", "\"Gender Equality.\", \"Related Coverage\": a short block "
      "without a verb is a label or a menu, read like a headline")
def label_block(doc: Doc) -> bool:
    return len(doc) <= _LABEL_TOKENS and not any(t.pos_ in ("VERB", "AUX") for t in doc)

"""Names the model left untagged: a capitalised speaker ('Perera denied ...', '"...," Bathily
said', 'One, Um Khalid, said') and a body's name after its description ('the charity Save the
Children said')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.lexicon.bodies import DESCRIPTION_NOUNS
from briefreader.extraction.lexicon.media import OUTLET_NOUNS
from briefreader.extraction.lexicon.people import NOT_SPEAKER_NAMES, PERSON_HEADS
from briefreader.extraction.lexicon.titles import NAME_GLUE
from briefreader.extraction.nlp import tokens
from briefreader.extraction.quoted_names import quoted_name
from briefreader.extraction.rules import rule

_BODY_NOUNS = DESCRIPTION_NOUNS | OUTLET_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token



def speaking_apposition(tok: Token) -> bool:
    """``tok`` stands in apposition to a person noun that is the subject of a speech verb."""
    head = tok.head
    return tok.dep_ == "appos" and head.dep_ == "nsubj" \
        and lexicon.speech_verb(head.head.text) is not None \
        and (head.text.lower() in ("one", "another") or head.text.lower() in lexicon.TITLES
             or head.text.lower().rstrip("s") in PERSON_HEADS)


def _speaker_name(doc: Doc, tok: Token, tagged: set[int]) -> tuple[int, int] | None:
    """'Perera' in 'Perera denied ...': an untagged proper noun heading a speech verb's subject."""
    if tok.i in tagged:
        return None
    if quoted_name(tok) and tok.text.lower() not in NOT_SPEAKER_NAMES \
            and not lexicon.country_of(tok.text) and tok.text.lower() not in lexicon.TITLES:
        return tok.i, tok.i + 1
    if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or not tok.text[:1].isupper() \
            or tok.text.isupper() or not lexicon.speech_verb(tok.head.text):
        return None
    low = tok.text.lower()
    if low in lexicon.TITLES or low in lexicon.ORG_HEADS or low in NOT_SPEAKER_NAMES \
            or low.removesuffix("s") in PERSON_HEADS \
            or lexicon.country_of(low) or lexicon.CAPITALS.get(low) or lexicon.known_body(low):
        return None
    start = tok.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].i not in tagged \
            and doc[start - 1].text.lower() not in lexicon.TITLES:
        start -= 1
    return start, tok.i + 1


def _apposed_speaker(tok: Token, tagged: set[int]) -> tuple[int, int] | None:
    """'One, Um Khalid, said', 'A resident, Ali Nur, told ...': a capitalised name in apposition
    to a person noun that speaks, which the model left untagged."""
    if tok.pos_ != "PROPN" or not tok.text.istitle() or tok.i in tagged \
            or not speaking_apposition(tok):
        return None
    start, doc = tok.i, tok.doc
    while start > 0 and doc[start - 1].i not in tagged and (
            doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].text.istitle()
            or doc[start - 1].text in lexicon.NAME_PARTICLES and start >= 2
            and doc[start - 2].text.istitle()):  # "Jan de Groot"
        start -= 1
    if lexicon.country_of(tok.doc[start:tok.i + 1].text) or lexicon.known_body(tok.text):
        return None
    return start, tok.i + 1


@rule("actors.described-name", "actors", "\"the charity Save the Children said\": a capitalised "
      "apposition to a description noun the model left untagged is a body's name")
def _described_name(tok: Token, tagged: set[int]) -> tuple[int, int] | None:
    """'Save the Children' in 'the charity Save the Children said': a capitalised apposition
    to a description noun of a body, which the model left untagged."""
    if tok.dep_ != "appos" or tok.head.text.lower() not in DESCRIPTION_NOUNS \
            or tok.head.i > tok.i or not tok.text[:1].isupper():
        return None
    toks = list(tok.subtree)
    first, last = toks[0], toks[-1]
    if any(t.i in tagged for t in toks) or not (first.text[:1].isupper()
                                               and last.text[:1].isupper()) \
            or any(not t.text[:1].isupper() and t.text.lower() not in NAME_GLUE for t in toks):
        return None
    return first.i, last.i + 1


@rule("actors.name-described-after", "actors", "\"Skywatch, a monitoring group, counted ...\": a "
      "capitalised name the model left untagged, described after it as a body or an outlet, is a "
      "body's name")
def _name_described_after(doc: Doc, tok: Token, tagged: set[int]) -> tuple[int, int] | None:
    if tok.pos_ != "PROPN" or not any(c.dep_ == "appos" and c.i > tok.i
                                      and c.text.lower() in _BODY_NOUNS for c in tok.children):
        return None
    start = tok.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].i not in tagged:
        start -= 1
    return None if lexicon.country_of(doc[start:tok.i + 1].text) else (start, tok.i + 1)


def _body_name(doc: Doc, tok: Token, tagged: set[int]) -> tuple[tuple[int, int], str] | None:
    if tok.pos_ == "PROPN" and (found := _name_described_after(doc, tok, tagged)):
        return found, "actors.name-described-after"
    if found := _described_name(tok, tagged):
        return found, "actors.described-name"
    return None


def untagged_names(doc: Doc, out: list[Span], rules: list[list[str]]) -> None:
    """Names the model left untagged: a speaker's name, a body's name after its description."""
    tagged = {t.i for ent in out for t in ent}
    for tok in tokens(doc):
        if tok.i in tagged or not (tok.text[:1].isupper() or tok.text.istitle()):
            continue  # every name below is capitalised and outside the tagged ones
        body = _body_name(doc, tok, tagged)
        if body:
            found, rule_name = body
            end_tok = doc[found[1] - 1]
            end_char, label = end_tok.idx + len(end_tok), "ORG"
        else:
            found = _untagged_person(doc, tok, tagged)
            if not found:
                continue
            # a person whose name ends at this token
            end_char, label, rule_name = tok.idx + len(tok), "PERSON", "actors.untagged-speaker"
        out.append(doc.char_span(doc[found[0]].idx, end_char, label=label))
        rules.append([rule_name])
        tagged.update(range(*found))


@rule("actors.untagged-speaker", "actors", "'Perera denied ...', 'One, Um Khalid, said': a "
      "capitalised speaker the model left untagged is a person")
def _untagged_person(doc: Doc, tok: Token, tagged: set[int]) -> tuple[int, int] | None:
    return _speaker_name(doc, tok, tagged) or _apposed_speaker(tok, tagged)

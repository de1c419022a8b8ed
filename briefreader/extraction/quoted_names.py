"""A speaker's name written between a closing quotation and a speech verb ('"...," Bathily
said'), whatever part of speech the model gave it: used by the actor repairs and the
attribution of claims."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


def quoted_name(tok: Token) -> bool:
    """A capitalised word between a closing quotation and a speech verb: the speaker's name,
    whatever part of speech the model gave it ('"...," Bathily said')."""
    doc = tok.doc
    if tok.i < 2 or tok.i + 1 >= len(doc) or not tok.text.istitle() \
            or tok.text.lower() in ("he", "she", "it", "they", "we", "i"):
        return False
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    return (prev.is_quote or prev.text in "”’\"'") and doc[tok.i - 2].text in (",", "?", "!") \
        and nxt.tag_ in ("VBD", "VBZ") and lexicon.speech_verb(nxt.text) is not None

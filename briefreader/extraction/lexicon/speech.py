"""Speech: the verbs that report speech or a stated position, and their inflections."""

from __future__ import annotations

# Verbs that report speech or a stated position, by base form.
SPEECH_VERBS = frozenset("""
say tell report add state announce confirm note write tweet post warn claim deny insist explain
estimate stress reply acknowledge argue predict suggest admit allege assert emphasize emphasise
reveal conclude agree complain urge call describe condemn accuse demand ask pledge
promise vow threaten speak declare comment observe remark recall quote find caution concede
maintain charge respond testify brief disclose contend counter announce appeal blame
""".split())

# Speech verbs whose content may be their object rather than a clause ("urged X to ...").
OBJECT_CONTENT_VERBS = frozenset("""
urge call claim describe condemn warn confirm demand ask agree speak deny report pledge promise
accuse appeal estimate blame vow threaten
""".split())

_IRREGULAR = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
    "find": ("found",), "admit": ("admitted", "admitting"), "agree": ("agreed", "agreeing"),
    "commit": ("committed",), "refer": ("referred",),
}


def _inflections(verb: str) -> set[str]:
    forms = {verb}
    if verb.endswith("y") and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
    forms |= set(_IRREGULAR.get(verb, ()))
    if verb in _IRREGULAR:
        forms -= {verb + "ed", verb + "d"} - set(_IRREGULAR[verb])
    return forms


SPEECH_FORMS: dict[str, str] = {}  # inflected lower-cased form -> base verb
for _verb in SPEECH_VERBS:
    for _form in _inflections(_verb):
        SPEECH_FORMS.setdefault(_form, _verb)
SPEECH_FORMS["says"] = "say"


def speech_verb(word: str) -> str | None:
    """The base form of a speech verb, or None."""
    return SPEECH_FORMS.get(word.lower())

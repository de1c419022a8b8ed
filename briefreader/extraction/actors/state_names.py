"""One state body under two names: "the Uruguayan government", "Uruguay's government" and
"Government of Uruguay" are one actor. The name itself says which state and which body."""

from __future__ import annotations

import re

from briefreader.extraction import lexicon
from briefreader.extraction.rules import rule

_OF_FORM = re.compile(r"^(?:the\s+)?(?P<body>[A-Za-z ]+?)\s+of\s+(?:the\s+)?(?P<state>.+)$", re.I)
_BEFORE_FORM = re.compile(r"^(?:the\s+)?(?P<state>.+?)(?:['’]s)?\s+(?P<body>[A-Za-z ]+)$", re.I)


@rule("actors.state_body_name", "actors",
      "a body of a state named either way ('the Uruguayan government', 'Government of Uruguay', "
      "'Uruguay's government') is keyed by its state and body, so the names merge")
def state_key_of(name: str) -> tuple[str, str] | None:
    for form in (_OF_FORM, _BEFORE_FORM):
        m = form.match(name.strip())
        if m is None:
            continue
        body = lexicon.STATE_ORG_HEADS.get(m.group("body").lower())
        country = lexicon.country_of(m.group("state"))
        if body and country:
            return country, body
    return None

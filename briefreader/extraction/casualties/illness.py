"""An illness treated is no wound: "treated 450 cholera patients" counts people affected."""

from __future__ import annotations

import re

from briefreader.extraction.casualties.finders import Found
from briefreader.extraction.casualties.phrases import Head
from briefreader.extraction.numbers import Amount
from briefreader.extraction.rules import applies, note, register

# a disease treated is an illness, not a wound: "treated 450 cholera patients"
_TREATMENT = re.compile(r"treat|hospitali|hospital|admitted", re.I)
_DISEASE = re.compile(r"\b(?:cholera|measles|malaria|ebola|covid(?:-19)?|coronavirus|dengue"
                      r"|typhoid|diarrh(?:o)?ea|diphtheria|mpox|monkeypox|meningitis|fever|polio"
                      r"|tuberculosis|pneumonia|flu|influenza|infections?|diseases?|illness"
                      r"|poisoning|virus|outbreak|symptoms|plague|lassa|hepatitis)\b", re.I)


register("casualties.illness", "casualties", "'treated 450 cholera patients': a disease treated "
         "is an illness (affected), not a wound")


def illness(text: str, amount: Amount, head: Head, found: Found) -> Found:
    if found.category != "wounded" or not _TREATMENT.match(text[found.start:found.end]):
        return found
    start = min(found.start, amount.start)
    end = max(found.end, head.end, amount.end)
    if _DISEASE.search(text, start, end + 30) and applies("casualties.illness"):
        note("casualties.illness")
        return Found("affected", found.start, found.end)
    return found

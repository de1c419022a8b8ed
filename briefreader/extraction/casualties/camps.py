"""People in camps or shelters are displaced: "more than 5,000 families remain packed into tent
camps", "some 900 residents spent the night in evacuation centres". After a disaster or fighting,
civilians counted where they shelter are the displaced, whatever verb puts them there. Only
civilians: "a camp of 300 soldiers" and "40 aid workers at the camp" are no displaced people.
"""

from __future__ import annotations

import re

from briefreader.extraction.casualties import cues
from briefreader.extraction.casualties.finders import Found
from briefreader.extraction.casualties.phrases import Head
from briefreader.extraction.numbers import Amount
from briefreader.extraction.rules import rule

# Who may be counted where they shelter: civilians, not the staff, troops or officials there.
SHELTERED = cues.CIVILIANS | frozenset("""households individuals inhabitants survivors
evacuees men boys girls infants babies elderly""".split())

# What may stand between the people and "in camps": being, staying or being crowded there.
_STAYING = (r"are|were|is|was|have|has|had|been|being|still|now|already|currently|temporarily"
            r"|remain|remains|remained|remaining|live|lives|lived|living|stay|stays|stayed"
            r"|staying|sheltering|sheltered|housed|crowded|crammed|packed|squeezed|huddled"
            r"|huddling|camped|camping|settled|moved|relocated|placed|spent|spending|the"
            r"|night|nights")
IN_CAMPS = re.compile(rf"\s+(?:(?:{_STAYING})\s+){{0,4}}(?:in|into|inside|at)\s+"
                      r"(?:[\w'’-]+\s+){0,3}?(?:camps?|shelters?|(?:evacuation|relief)"
                      r"\s+cent(?:re|er)s?)\b", re.IGNORECASE)


@rule("casualties.in_camps", "casualties",
      "civilians counted in or into camps, shelters or evacuation centres are displaced: "
      "'5,000 families remain packed into tent camps'; not 'a camp of 300 soldiers'")
def in_camps(text: str, amount: Amount, head: Head) -> Found | None:
    if head.kind != "person" or not (head.word in SHELTERED  # or "9,000 Sudanese"
                                     or cues.DEMONYM.search(text, head.start, head.end)):
        return None
    m = IN_CAMPS.match(text, max(amount.end, head.end))
    return Found("displaced", m.start(), m.end()) if m else None

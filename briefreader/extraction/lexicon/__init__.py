"""General-knowledge word lists for extraction, one module per kind: places, titles, bodies,
speech verbs, hazards, people, time words, casualty words. Nothing here comes from a particular
article: these are the lists a news desk's style guide or an atlas would give. Lookups are by
lower-cased text. The lexicon imports nothing else of ``extraction``.

The names most rules use are re-exported here (``lexicon.TITLES``, ``lexicon.country_of``).
"""

from __future__ import annotations

from briefreader.extraction.lexicon.bodies import (  # noqa: F401  (re-exported)
    ACRONYM_BODIES,
    ARMED_GROUP_WORDS,
    KNOWN_BODIES,
    NEWS_AGENCIES,
    ORG_HEADS,
    STATE_ORG_HEADS,
    UN_PREFIX,
    known_body,
)
from briefreader.extraction.lexicon.hazards import DISEASES, STORM_WORDS  # noqa: F401
from briefreader.extraction.lexicon.places import (  # noqa: F401
    CAPITALS,
    COUNTRIES,
    DEMONYMS,
    REGIONS,
    country_of,
)
from briefreader.extraction.lexicon.speech import (  # noqa: F401
    OBJECT_CONTENT_VERBS,
    SPEECH_FORMS,
    SPEECH_VERBS,
    speech_verb,
)
from briefreader.extraction.lexicon.titles import NAME_PARTICLES, TITLES  # noqa: F401

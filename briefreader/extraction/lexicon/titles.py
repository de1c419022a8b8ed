"""People's titles and roles, the words that name an office ("interior", "army"), and the
particles and small words inside personal and body names."""

from __future__ import annotations

# Words of a person's title or role; a capitalised name right after them is a person.
TITLES = frozenset("""
president vice prime premier minister secretary spokesman spokeswoman spokesperson chancellor
king queen prince princess emperor sheikh ayatollah pope cardinal bishop imam rabbi
ambassador envoy diplomat representative delegate consul senator congressman congresswoman
governor mayor deputy chief head director commander general gen. colonel col. lieutenant lt.
major maj. captain capt. sergeant sgt. admiral adm. marshal brigadier officer official
chairman chairwoman chair ceo founder leader boss analyst correspondent reporter editor
dr dr. mr mr. mrs mrs. ms ms. sir lord lady judge justice prosecutor attorney lawyer
high commissioner commissioner coordinator advocate ombudsman inspector superintendent
sen. rep. gov. pres. rev. father sister brother doctor professor prof. researcher expert
blogger activist witness resident survivor cleric preacher
gen col lt maj capt sgt adm brig cpl pte rev sen rep gov supt insp
""".split())

# Lower-case words inside personal names: "Jan de Groot", "Ursula von der Leyen".
NAME_PARTICLES = frozenset("de da del della der di du van von la le al el bin ibn ben dos".split())

# nouns that may stand for any title: "the top diplomat" after "Foreign Minister X"
TITLE_PARAPHRASES = frozenset("diplomat leader politician veteran official chief envoy".split())

# words that name an office before a title ("the interior minister", "the army chief")
OFFICE_WORDS = frozenset("interior foreign defence defense health finance justice education "
                         "prime deputy vice army police military navy economy trade energy "
                         "information home agriculture transport labour labor environment "
                         "regional provincial district local state federal".split())

# people who speak for a principal: "his spokesman said" is the principal speaking (the relay and
# the original speaker are both the statement's source; the named one is the useful one)
MOUTHPIECES = frozenset("spokesman spokeswoman spokesperson".split())

NAME_GLUE = frozenset("the of for and de du des sans".split())

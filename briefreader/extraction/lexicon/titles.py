"""People's titles and roles, and the particles inside personal names."""

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

"""What strikes rather than acts: diseases and named storms."""

from __future__ import annotations

# Diseases and named storms the model tags as people or bodies: what strikes, never who acts.
DISEASES = frozenset("""
ebola marburg cholera covid covid-19 coronavirus sars mers zika dengue measles malaria mpox
monkeypox lassa polio typhoid diphtheria meningitis anthrax plague h5n1 h1n1 nipah chikungunya
""".split())
STORM_WORDS = frozenset("hurricane typhoon cyclone storm tropical tornado superstorm".split())

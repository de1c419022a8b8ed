"""Is a document English? A cheap check before the English pipeline runs on it.

Function words give a language away: a third of the words of English prose are "the", "of",
"and", "to" and their kin, and other languages' function words are distinct enough. Non-Latin
scripts are told apart by their letters. The check reads a sample, so it costs nothing on long
documents, and it says "English" when there is too little text to tell.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

SAMPLE_CHARS = 20_000
MIN_WORDS = 25  # fewer words than this: too little to tell, assume English
ENGLISH_SHARE = 0.18  # share of English function words below which text is not English prose
LIST_SHARE = 0.08  # ... unless no other language comes close (lists, headlines, tables)

FUNCTION_WORDS = {
    "en": "the of and to a in is that for on it with as was he she they be by at from has have"
          " had are were this which but not or an his her their its said who will would been",
    "fr": "le la les de des du et est un une que qui dans pour pas sur au aux il elle ne se ce"
          " sont avec par plus ont été son sa ses leur nous vous",
    "de": "der die das und ist nicht ein eine zu den dem des mit sich auf für von im ist wird"
          " auch es sie er wir als bei nach dass wurde sind noch",
    "es": "el la los las de del y en que un una es por con para se no su sus al lo como más"
          " fue ha han pero sobre este esta entre",
    "it": "il lo la gli le di del della e è che un una per con non si da nel nella sono al"
          " alla dei delle anche come più ha hanno",
    "pt": "o a os as de do da dos das e em um uma que para com não se por no na é ao mais foi"
          " são seu sua pelo pela",
    "nl": "de het een en van in is dat op te zijn voor met niet die er aan als ook bij door"
          " maar om nog wordt werd",
}
LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish",
                  "it": "Italian", "pt": "Portuguese", "nl": "Dutch"}
# Scripts by the first word of their Unicode character names.
SCRIPT_LANGUAGES = {
    "CYRILLIC": ("ru", "Russian or another Cyrillic-script language"),
    "ARABIC": ("ar", "Arabic"), "HEBREW": ("he", "Hebrew"), "GREEK": ("el", "Greek"),
    "CJK": ("zh", "Chinese"), "HIRAGANA": ("ja", "Japanese"), "KATAKANA": ("ja", "Japanese"),
    "HANGUL": ("ko", "Korean"), "DEVANAGARI": ("hi", "Hindi"), "THAI": ("th", "Thai"),
    "BENGALI": ("bn", "Bengali"), "TAMIL": ("ta", "Tamil"), "GEORGIAN": ("ka", "Georgian"),
    "ARMENIAN": ("hy", "Armenian"), "ETHIOPIC": ("am", "Amharic"),
}
_SETS = {code: frozenset(words.split()) for code, words in FUNCTION_WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # ISO 639-1, or "und" when unknown
    name: str  # for a notice: "French", "another language"

    @property
    def english(self) -> bool:
        return self.code == "en"


ENGLISH = LanguageGuess("en", "English")


def _script(sample: str) -> tuple[str, str] | None:
    """The dominant non-Latin script of the letters, if most letters are in one."""
    counts: dict[str, int] = {}
    letters = 0
    for ch in sample:
        if not ch.isalpha():
            continue
        letters += 1
        if ch.isascii():
            continue
        name = unicodedata.name(ch, "")
        first = name.split(" ", 1)[0]
        if first in SCRIPT_LANGUAGES:
            counts[first] = counts.get(first, 0) + 1
    if not counts or not letters:
        return None
    script, n = max(counts.items(), key=lambda kv: kv[1])
    hangul_or_kana = counts.get("HIRAGANA", 0) + counts.get("KATAKANA", 0)
    if script == "CJK" and hangul_or_kana > letters * 0.05:
        script = "HIRAGANA"  # Japanese mixes kanji and kana
    return SCRIPT_LANGUAGES[script] if n > letters / 2 else None


def guess_language(text: str) -> LanguageGuess:
    """English, or the language the text most looks like; English when it cannot tell."""
    sample = text[:SAMPLE_CHARS]
    script = _script(sample)
    if script:
        return LanguageGuess(*script)
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return ENGLISH
    shares = {code: sum(w in vocab for w in words) / len(words) for code, vocab in _SETS.items()}
    best = max(shares, key=lambda code: shares[code])
    others = max(share for code, share in shares.items() if code != "en")
    if shares["en"] >= ENGLISH_SHARE and shares["en"] >= others * 0.8:
        return ENGLISH
    if shares["en"] >= LIST_SHARE and (shares["en"] >= others * 2 or best == "en"):
        # terse English (lists, tables of figures, place-heavy incident notes) has fewer
        # function words; with no other language ahead, it cannot be told from English
        return ENGLISH
    if shares[best] >= ENGLISH_SHARE and best != "en":
        return LanguageGuess(best, LANGUAGE_NAMES[best])
    return LanguageGuess("und", "another language")


def looks_english(text: str) -> bool:
    return guess_language(text).english


def language_notice(guess: LanguageGuess) -> str:
    return f"Extraction is for English text; this document looks like {guess.name}"

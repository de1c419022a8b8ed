"""Who a speaker phrase refers to: an actor, an earlier speaker, or a description kept as written.

A small resolver for news copy (the small English model has no coreference component):
- a phrase holding an actor's mention is that actor ("Ministry spokesman Ivan Orlik", "Xinhua");
  a statement or office of an actor speaks for it ("Ghana's presidency", "a U.S. statement");
- "he"/"she" is the most recent person who spoke or acted as a subject, "it" the most recent
  organisation or state, "they" the most recent group of speakers;
- "the spokesman", "the observatory", "the coalition" is the most recent actor whose name, role or
  describing phrase holds that noun; a described source with no such antecedent ("Analysts",
  "a Transport Ministry source", "Ghanaian state media") is kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.claims.genders import RecentPersons
from briefreader.extraction.claims.speaker_phrases import (
    MentionIndex,
    description,
    phrase_actor,
)
from briefreader.extraction.lexicon.bodies import GENERIC_BODIES
from briefreader.extraction.lexicon.people import GENERIC_PEOPLE, PERSON_NOUNS, SPEAKER_GROUP_NOUNS
from briefreader.extraction.lexicon.speech import OFFICE_NOUNS
from briefreader.extraction.lexicon.titles import MOUTHPIECES, OFFICE_WORDS, TITLE_PARAPHRASES
from briefreader.extraction.model import Actor
from briefreader.extraction.rules import applies, note, register, rule

if TYPE_CHECKING:
    from spacy.tokens import Token

register("claims.described-by-its-title", "claims", "'The minister said ... The governor said': "
         "a person known only by a title is not another title named next")

_INDEFINITE = frozenset("a an one some several two three four five many another other "
                        "both".split())
_HE = frozenset(("he", "she"))
_IT = frozenset(("it",))
_THEY = frozenset(("they",))


@dataclass
class Speaker:
    name: str | None
    actor_id: str | None
    person: bool
    plural: bool = False


class SpeakerResolver:
    def __init__(self, actors: tuple[Actor, ...]) -> None:
        self.index = MentionIndex(actors)
        self.by_id = {a.id: a for a in actors}
        self.last_person: Speaker | None = None
        self.persons = RecentPersons()
        self.last_other: Speaker | None = None
        self.last_plural: Speaker | None = None
        self.nouns: dict[str, Speaker] = {}  # describing noun -> actor it described last

    def _actor_speaker(self, actor: Actor) -> Speaker:
        return Speaker(actor.name, actor.id, actor.kind == "person")

    def actor_of(self, tok: Token, offset: int) -> Actor | None:
        return self.index.at(offset + tok.idx)

    def note(self, speaker: Speaker) -> None:
        """Remember a speaker or an acting subject for later pronouns."""
        if speaker.person:
            self.last_person = speaker
            self.persons.add(speaker)
        elif speaker.plural and not speaker.actor_id:
            self.last_plural = speaker
        else:
            self.last_other = speaker
        if not speaker.actor_id and speaker.name:
            # "the ombudsman" after "the country's ombudsman's office said": that office
            for word in re.findall(r"[a-z]+", speaker.name.lower()):
                if word in lexicon.TITLES or word in lexicon.ORG_HEADS:
                    self.nouns.setdefault(word, speaker)
        if speaker.actor_id:
            actor = self.by_id[speaker.actor_id]
            # "the agency" after "spokesman for the Disaster Agency" is the agency, not him
            role = [w for w in re.findall(r"[a-z]+", (actor.role or "").lower())
                    if not speaker.person or w in PERSON_NOUNS]
            for word in re.findall(r"[a-z]+", actor.name.lower()) + role:
                self.nouns[word] = speaker

    def note_subject(self, head: Token, offset: int) -> Speaker | None:
        """An actor acting as a subject: remember it, and the nouns that described it; the
        person it is, if it is a person."""
        actor = phrase_actor(self.index, head, offset)
        if actor is None:
            for tok in head.subtree:  # "Nordbahn's technical director ..."
                inner = self.actor_of(tok, offset)
                if inner is not None and inner.kind != "person":
                    self.last_other = self._actor_speaker(inner)
                    break
            low = head.text.lower()
            if head.tag_ in ("NN", "NNS") and (low in lexicon.ORG_HEADS
                                               or low in SPEAKER_GROUP_NOUNS):
                self.note(Speaker(description(head), None, False, head.tag_ == "NNS"))
            return None
        speaker = self._actor_speaker(actor)
        if speaker.person:
            self.persons.learn(speaker, head, actor)
            self.persons.learn_from_clause(speaker, head)
        self.note(speaker)
        for tok in head.subtree:
            if tok.pos_ == "NOUN":
                self.nouns[tok.text.lower()] = speaker
        return speaker if speaker.person else None

    def _principal(self, head: Token, offset: int) -> Speaker | None:
        """The named one a spokesperson speaks for: 'his spokesman' (the person last named),
        'its spokeswoman' (the body), 'the president's spokesman' or 'a spokesman for the
        president' (the one 'the president' refers back to); None when it names no actor."""
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ == "PRON":
                owner = child.text.lower()
                found = self.last_person if owner in ("his", "her") else \
                    self.last_other if owner in ("its", "their") else None
            elif child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
                found = self.resolve(child, offset)
            elif child.dep_ == "prep" and child.text.lower() == "for":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                found = self.resolve(obj, offset) if obj is not None else None
            else:
                continue
            if found is not None and found.actor_id:
                return found
        return None

    def _fits_last_person(self, head: Token) -> bool:
        """'the interior minister' is not the commissioner just named: an office word before
        the title must be in the last person's role ('the top diplomat' may be anyone's)."""
        if self.last_person is None:
            return False
        role = ""
        if self.last_person.actor_id:
            role = (self.by_id[self.last_person.actor_id].role or "").lower()
        elif applies("claims.described-by-its-title"):
            role = (self.last_person.name or "").lower()  # "the minister": its title
        titles = [w for w in re.findall(r"[a-z]+", role) if w in lexicon.TITLES]
        low = head.text.lower()
        if titles and low not in titles and low not in TITLE_PARAPHRASES:
            if not self.last_person.actor_id:
                note("claims.described-by-its-title")
            return False  # "the governor" is not the spokesman just named
        for c in head.children:
            if c.dep_ in ("amod", "compound") and c.i < head.i \
                    and c.text.lower() in OFFICE_WORDS and c.text.lower() not in role:
                return False
        return True

    def _same_office(self, head: Token, earlier: Speaker) -> bool:
        """An office word before the noun ('the foreign minister') is in what described the
        earlier speaker, its name or its role."""
        words = (earlier.name or "").lower()
        if earlier.actor_id:
            words += " " + (self.by_id[earlier.actor_id].role or "").lower()
        found = set(re.findall(r"[a-z]+", words))
        return all(c.text.lower() in found for c in head.children
                   if c.dep_ in ("amod", "compound") and c.i < head.i
                   and c.text.lower() in OFFICE_WORDS)

    @rule("claims.pronoun", "claims", "'he'/'she' is the person who last spoke or acted, 'it' "
          "the last body or state, 'they' the last group of speakers")
    def _pronoun(self, head: Token) -> Speaker | None:
        low = head.text.lower()
        if low in _HE:
            return self.persons.other_than(self.last_person, low) or self.last_person
        if low in _IT:
            return self.last_other
        if low in _THEY:
            return self.last_plural or self.last_other
        if low in ("i", "we", "you", "who", "which", "that"):
            return None
        return Speaker(description(head), None, False)

    @rule("claims.statement-owner", "claims", "\"the group's statement said\", \"its statement "
          "said\": the one the owner refers to speaks")
    def _statement_owner(self, head: Token, offset: int) -> Speaker | None:
        if head.text.lower() not in ("statement", "statements", "communique", "report"):
            return None
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and (owner.pos_ == "PRON" and owner.text.lower() in (
                "its", "their") or owner.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.text.lower() == "the" for c in owner.children)):
            owner_speaker = self.last_other if owner.pos_ == "PRON" else \
                self.resolve(owner, offset)
            if owner_speaker is not None and owner_speaker.actor_id:
                return owner_speaker
        return None

    @rule("claims.spokesperson-principal", "claims", "\"his spokesman said\", \"a spokesman for "
          "the president\": the named principal speaks")
    def _mouthpiece(self, head: Token, offset: int) -> Speaker | None:
        if head.text.lower() in MOUTHPIECES and head.tag_ == "NN":
            return self._principal(head, offset)
        return None

    def _actor_found(self, head: Token, actor: Actor, offset: int) -> Speaker:
        found = self._actor_speaker(actor)
        if found.person:
            self.persons.learn(found, head, actor)
        if actor.kind == "person":  # "NRB's technical director X": NRB is "the firm" later
            for tok in head.subtree:
                inner = self.actor_of(tok, offset)
                if inner is not None and inner.kind != "person":
                    self.last_other = self._actor_speaker(inner)
                    break
        return found

    @rule("claims.office-source", "claims", "\"a statement from the agency\" with no actor "
          "named: the body it refers back to speaks, else the statement as written")
    def _office_source(self, head: Token, offset: int) -> Speaker | None:
        if head.text.lower() not in OFFICE_NOUNS or head.tag_ != "NN":
            return None
        for child in head.children:
            if child.dep_ == "prep" and child.text.lower() in ("from", "by"):
                obj = next((c for c in child.children if c.dep_ == "pobj"
                            and c.pos_ in ("NOUN", "PROPN")), None)
                if obj is None:
                    continue
                owner = self.resolve(obj, offset)
                if owner is not None and owner.actor_id:
                    return owner
                found = Speaker(description(head), None, False)
                self.nouns.setdefault(obj.text.lower(), Speaker(description(obj), None, False))
                return found
        return None

    @rule("claims.both-named", "claims", "\"Both men said\": one of the two just named")
    def _both(self, head: Token) -> Speaker | None:
        det_words = [c.text.lower() for c in head.children if c.dep_ in ("det", "predet")]
        if "both" in det_words and head.tag_ == "NNS":
            return self.last_person
        return None

    @rule("claims.earlier-description", "claims", "\"the spokesman\", \"the agency\", \"the "
          "top diplomat\": the most recent actor that noun described, or the person just named")
    def _earlier(self, head: Token, person: bool) -> Speaker | None:
        low = head.text.lower()
        earlier = self.nouns.get(low)
        if earlier is not None and not self._same_office(head, earlier):
            earlier = None  # "the foreign minister" is not "the prime minister's office"
        if earlier is None and person and low not in GENERIC_PEOPLE \
                and self._fits_last_person(head):
            earlier = self.last_person  # "the top diplomat said": the person just named
        if earlier is None and low in GENERIC_BODIES and self.last_other is not None \
                and self.last_other.actor_id:
            earlier = self.last_other  # "the firm", "the agency": the body last named
        return earlier

    def _described(self, head: Token) -> Speaker:
        low = head.text.lower()
        text = description(head)
        both = self._both(head)
        if both is not None:
            return both
        plural = head.tag_ in ("NNS", "NNPS")
        person = (low in PERSON_NOUNS or low.rstrip("s") in PERSON_NOUNS) and not plural
        det = [c.text.lower() for c in head.children if c.dep_ in ("det", "nummod", "poss")]
        modifiers = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod")
                     and c.pos_ in ("PROPN", "NOUN") and not lexicon.country_of(c.text)]
        if det and det[0] in ("the", "this", "that") and not modifiers and not plural:
            earlier = self._earlier(head, person)
            if earlier is not None:
                return earlier
        return self._as_written(head, text, person, plural, det)

    @rule("claims.described-source", "claims", "a described source with no antecedent "
          "('Analysts', 'a Transport Ministry source') is kept as written")
    def _as_written(self, head: Token, text: str, person: bool, plural: bool,
                    det: list[str]) -> Speaker:
        found = Speaker(text, None, person, plural)
        if person and det and det[0] in _INDEFINITE | {"a", "an"}:
            self.nouns[head.text.lower()] = found  # "a senior official said ... the official"
        return found

    def resolve(self, head: Token | None, offset: int) -> Speaker | None:
        if head is None:
            return None
        if head.pos_ == "PRON":
            return self._pronoun(head)
        actor = phrase_actor(self.index, head, offset)
        if actor is None:
            found = self._statement_owner(head, offset) or self._mouthpiece(head, offset)
            if found is not None:
                return found
            return self._office_source(head, offset) or self._described(head)
        return self._actor_found(head, actor, offset)

"""Name mentions in parsed blocks: spaCy's entities, cleaned and corrected by context.

Each mention carries what the actor rules need: its cleaned name, a label (person, organization,
country), whether the sentence uses it as an agent (subject, "by X", possessor, speaker) or only as
a place ("in Tarvel", "Ostra province"), and a role written beside a person's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from briefreader.extraction import lexicon
from briefreader.extraction.actors.person_names import (
    in_title_phrase,
    known_as,
    person_role,
    titled_names,
)
from briefreader.extraction.actors.repair import (
    ARMED_NOUNS,
    PERSON_PARTICLES,
    after_title,
    repaired_entities,
)
from briefreader.extraction.actors.state_names import state_key_of
from briefreader.extraction.casualties.cues import SINGULAR_PERSON

# prepositions after which a name is a location
_LOC_PREPS = frozenset("in on at near from into across outside around toward towards within "
                       "throughout off inside via through between beyond onto over along "
                       "behind past".split())
# nouns that make the name before them (or "X of <name>") a place
_PLACE_NOUNS = frozenset("province provinces city town village region district districts county "
                         "river area border governorate camp airport square street valley island "
                         "coast capital neighborhood neighbourhood suburb market state states "
                         "mountains sea lake municipality prison jail port dam plant bridge "
                         "station stadium".split())
_COPULA = frozenset("is are was were be been being 's am".split())
_CREDIT = re.compile(r"^\W*(?:\(?\s*(?:additional |with )?reporting\b|writing by|editing by|"
                     r"compiled by|.{0,80}\bcontributed (?:reporting|to this (?:report|article|"
                     r"story))|follow (?:him|her|us|them)? ?on )", re.I)
_BYLINE = re.compile(r"^\W*By [A-Z][\w.'’-]+(?: (?:and )?[A-Z][\w.'’-]+){0,4}\W*$")
_DATELINE_WORD = re.compile(r"^[A-Z]{3,}$")
# last words of names that are laws, days, prizes and events, not bodies that act
_NOT_BODIES = frozenset("act law treaty accord agreement day week prize award cup games "
                        "olympics festival conference summit".split())
# social networks and messaging apps: where a statement is posted, not who makes it
_PLATFORMS = frozenset("telegram facebook twitter x instagram youtube tiktok whatsapp wechat "
                       "weibo vkontakte vk threads bluesky signal".split())
_POST_NOUNS = frozenset("post posts channel channels page account accounts video videos message "
                        "messages statement feed group livestream broadcast".split())
_VOICE_NOUNS = frozenset("estimates estimate figures figure statement statements report reports "
                         "data sources source officials official spokesman spokeswoman "
                         "spokesperson commander commanders chief says said".split())
# people and things sent by a body: "a delegation from X", "fighters from X"
_SENDERS = frozenset("delegation delegations team teams representative representatives "
                     "envoy envoys letter message communique fighters members experts "
                     "investigators inspectors monitors observers staff".split())
# lower-case words the model runs into a body's name: "the X news agency", "the Y group"
_DESCRIPTION_TAIL = frozenset("news agency group militia movement organisation organization "
                              "charity network daily newspaper broadcaster".split())
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")  # "UAVs", "NGOs": things, not a body


@dataclass
class NameMention:
    start: int
    end: int
    text: str
    label: str            # person | organization | country | capital
    agentive: bool = False
    locative: bool = False
    role: str | None = None
    in_title: bool = False
    state_key: tuple[str, str] | None = None  # (country, body) for "the Chilean army"
    known_as: str | None = None  # "Ahmed Salim Farouk, known as Abu Karim"
    armed: bool = False  # named as a group: "the Ansar Dine group", "the X militia"


def is_credit_line(text: str) -> bool:
    """Bylines and contributor lines: names there are not actors of the story."""
    return bool(_CREDIT.match(text) or _BYLINE.match(text))


def _agentive(tok: Any, depth: int = 0) -> bool:
    dep = tok.dep_
    if dep in ("nsubj", "nsubjpass"):
        return not (tok.head.text.lower() in _COPULA and tok.head.pos_ == "AUX")
    if dep == "poss":
        return tok.head.text.lower() not in _PLACE_NOUNS
    if dep == "pobj":
        prep = tok.head
        if prep.dep_ == "agent" or prep.text.lower() == "by":
            return True
        return prep.text.lower() == "to" and prep.head.text.lower() == "according"
    if dep == "conj" and depth < 4:
        # "a deal between the EU and Turkey": a party beside an organisation acts with it
        return tok.head.ent_type_ in ("ORG", "PERSON") and not lexicon.country_of(
            tok.head.text) or _agentive(tok.head, depth + 1)
    return False


def _locative(tok: Any, last: Any, depth: int = 0) -> bool:
    doc = last.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.text.lower() in _PLACE_NOUNS:
        return True
    if tok.dep_ == "pobj":
        prep = tok.head
        word = prep.text.lower()
        if word == "on" and tok.ent_type_ in ("PERSON", "ORG") and prep.head.pos_ == "VERB":
            return False  # "blamed the attack on the Allied Forces": acted upon, not a place
        if word == "from" and prep.head.text.lower() in _VOICE_NOUNS | _SENDERS:
            return False  # "a statement from the agency", "officials from the ministry"
        if word in _LOC_PREPS:
            return True
        if word == "of" and prep.head.text.lower() in _PLACE_NOUNS:
            return True
    if tok.dep_ == "appos" and tok.head.text.lower() in _PLACE_NOUNS and not any(
            c.dep_ == "compound" and c.text.lower() in lexicon.TITLES for c in tok.children):
        return True  # "the provincial capital, Ostra"; not "..., governor X said"
    head, steps = tok, 0
    while head.dep_ in ("compound", "conj", "nmod", "amod", "poss") and steps < 3:
        head, steps = head.head, steps + 1
        if head.text.lower() in _PLACE_NOUNS:
            return True
    if tok.dep_ == "conj" and depth < 4:
        return _locative(tok.head, tok.head, depth + 1)
    return False


# people described by what they do, written before a name ("Rescuer Tom Field")
_ROLE_NOUNS = SINGULAR_PERSON | frozenset(
    "rescuer survivor witness activist lawyer attorney analyst researcher shopkeeper "
    "businessman businesswoman trader vendor engineer nurse paramedic volunteer "
    "fisherman lecturer professor economist historian writer poet artist "
    "singer photographer filmmaker mechanic carpenter labourer laborer".split())


def _clean(tokens: list[Any], label: str) -> list[Any]:
    """Drop determiners, titles (for people), 'X-based' and possessive endings from a name."""
    while tokens and (tokens[-1].text in ("'s", "’s", "'", "’") or tokens[-1].is_punct):
        tokens = tokens[:-1]
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    while len(tokens) > 1:
        low = tokens[0].text.lower()
        if low in ("the", "a", "an") or low.endswith("-based"):
            tokens = tokens[1:]
        elif label == "PERSON" and (low in lexicon.TITLES or low in lexicon.DEMONYMS):
            tokens = tokens[1:]
        elif label == "PERSON" and len(tokens) >= 3 and low in _ROLE_NOUNS and (
                tokens[0].is_sent_start or tokens[0].i > 0
                and tokens[0].doc[tokens[0].i - 1].is_punct):
            tokens = tokens[1:]  # "Rescuer Tom Field said": a role capitalised to open a sentence
        else:
            break
    return tokens


def _place_of_name(doc: Any, i: int) -> int | None:
    """End of 'in <Place>' right after a body's name at token ``i``, or None."""
    if i + 1 >= len(doc) or doc[i].text not in ("in", "for") or doc[i + 1].ent_iob_ != "B" \
            or doc[i + 1].ent_type_ not in ("GPE", "LOC"):
        return None
    end = i + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _owner_of_region(doc: Any, tokens: list[Any]) -> list[Any]:
    """"[The World Health Organization's Europe] director": the body is the part before 's; the
    region and the title after it are a person's role."""
    k = next((n for n, t in enumerate(tokens) if t.text in ("'s", "’s")), None)
    if k is None or k == 0 or k == len(tokens) - 1:
        return tokens
    tail = doc[tokens[k + 1].i : tokens[-1].i + 1].text
    nxt = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if tail.lower() in lexicon.REGIONS or lexicon.country_of(tail) or (
            nxt is not None and nxt.text.islower() and nxt.text in lexicon.TITLES):
        return tokens[:k]
    return tokens


def _state_body(doc: Any, i: int) -> tuple[str, str, int] | None:
    """A demonym, country or capital at ``i`` followed by a state body: (country, body, end)."""
    word = doc[i].text
    if not word[:1].isupper():
        return None
    country = lexicon.country_of(word) or lexicon.CAPITALS.get(word.lower())
    if not country:
        return None
    # "Chad's army" is the body "Chadian army" is
    gap = 1 if i + 1 < len(doc) and doc[i + 1].text in ("'s", "’s") \
        and lexicon.COUNTRIES.get(word.lower()) else 0
    for size in (2, 1):
        if i + gap + size >= len(doc):
            continue
        tail = doc[i + 1 + gap : i + 1 + gap + size]
        body = lexicon.STATE_ORG_HEADS.get(tail.text.lower())
        # "Syrian army troops", "Russian military jets": a modifier of the noun, not the body;
        # "U.S. military estimates", "Chilean army officials": the body speaks through them
        modifier = tail[-1].dep_ in ("compound", "amod") and tail[-1].head.text.lower() \
            not in _VOICE_NOUNS
        if body and not modifier:
            return country, body, i + 1 + gap + size
    return None


def block_mentions(doc: Any, offset: int, in_title: bool) -> list[NameMention]:
    """Name mentions of one parsed block, offsets in document text."""
    out: list[NameMention] = []
    covered: set[int] = set()
    for ent in repaired_entities(doc):
        label = ent.label_
        if label not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        tokens = _clean(list(ent), label)
        tokens = _owner_of_region(doc, tokens)
        described_armed = False
        while label == "ORG" and len(tokens) > 2 and tokens[-1].text.islower() \
                and tokens[-1].text in _DESCRIPTION_TAIL and tokens[-2].text[:1].isalpha():
            described_armed |= tokens[-1].text in ARMED_NOUNS
            tokens = tokens[:-1]  # "the Press Trust of India news agency": the name alone
        if not tokens or not (tokens[0].text[:1].isupper() or tokens[0].text in
                              lexicon.NAME_PARTICLES and any(t.text[:1].isupper()
                                                             for t in tokens[1:])):
            continue  # lower-case words, but "al-Shabab", "de Villiers" are names
        text = doc[tokens[0].i : tokens[-1].i + 1].text
        if text.lower() in lexicon.DISEASES or len(tokens) > 1 \
                and tokens[0].text.lower() in lexicon.STORM_WORDS or tokens[0].i > 0 \
                and doc[tokens[0].i - 1].text.lower() in lexicon.STORM_WORDS \
                and doc[tokens[0].i - 1].text[:1].isupper():
            continue  # "Ebola cases", "Cyclone Idai": what strikes, not who acts
        if label == "NORP":
            low_text = text.lower()
            armed = any(w in low_text for w in lexicon.ARMED_GROUP_WORDS)
            if not armed and (len(tokens) < 2 or tokens[-1].text.lower() not in lexicon.ORG_HEADS):
                continue
            after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
            if armed and tokens[-1].dep_ in ("amod", "compound") and len(tokens) == 1 \
                    and after is not None and after.pos_ in ("NOUN", "PROPN"):
                continue  # "Houthi fighters": the adjective; "(the) Houthis fired" is the group
            label = "ORG"
        if label == "PERSON" and len(tokens) > 1 and any(
                _DATELINE_WORD.match(t.text) for t in tokens):
            continue
        low = text.lower()
        if lexicon.COUNTRIES.get(low):
            kind = "country"
        elif lexicon.CAPITALS.get(low):
            kind = "capital"
        elif label == "GPE" or low in lexicon.REGIONS:
            kind = "place"  # towns and regions are places, not agents
        elif label == "PERSON" and low in lexicon.DEMONYMS:
            continue  # "Africans", "Iranians": nationalities, not people
        elif any(w in low for w in lexicon.ARMED_GROUP_WORDS):
            kind = "organization"  # "the Houthis", "the Taliban" tagged as people
        elif label == "PERSON":
            kind = "person"
        else:
            kind = "organization"
        if label == "ORG" and (_PLURAL_ACRONYM.match(text) or in_title_phrase(doc, tokens)
                               or tokens[-1].text.lower() in _NOT_BODIES):
            continue
        if kind in ("country", "capital") and _state_body(doc, tokens[0].i):
            continue  # "the Accra government": the body is the actor (found below)
        prev = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
        nxt = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
        if low in _PLATFORMS and (prev is not None and prev.text.lower() in ("on", "via")
                                  or nxt is not None and nxt.text.lower() in _POST_NOUNS):
            continue  # "posted on Instagram", "in a Facebook post": the channel, not a voice
        root = ent.root
        plain_name = all(t.pos_ == "PROPN" and t.text.istitle()
                         and t.text.lower() not in lexicon.ORG_HEADS
                         or 0 < n < len(tokens) - 1 and t.text in lexicon.NAME_PARTICLES
                         for n, t in enumerate(tokens))
        if kind == "organization" and len(tokens) <= 3 and not text.isupper() and (
                prev is not None and prev.text.lower() in lexicon.TITLES and prev.text.islower()
                or root.dep_ == "appos" and (root.head.text.lower() in lexicon.TITLES
                                             or plain_name and len(tokens) >= 2)):
            kind = "person"  # "spokesman Ivan Orlik", "the envoy, Maria Lund" tagged ORG
        if kind == "organization" and len(tokens) >= 3 and plain_name and any(
                t.text in PERSON_PARTICLES for t in tokens[1:-1]):
            kind = "person"  # "Jan van Loon said" tagged ORG: a name with a particle inside
        if kind == "organization" and 2 <= len(tokens) <= 3 \
                and tokens[0].text in PERSON_PARTICLES and all(
                t.pos_ == "PROPN" and t.text.istitle() or t.text in PERSON_PARTICLES
                for t in tokens[1:]) and tokens[-1].text.lower() not in lexicon.ORG_HEADS:
            kind = "person"  # "de Villiers said" tagged ORG: a surname with its particle
        if kind == "person" and not after_title(doc, tokens[0].i) and (
                root.dep_ == "appos" and root.head.text.lower() in lexicon.ORG_HEADS or any(
                c.dep_ == "appos" and c.text.lower() in lexicon.ORG_HEADS
                for c in root.children)):
            kind = "organization"  # "a jihadist group, Ansar Dine," tagged as a person
        root = ent.root
        mention = NameMention(
            start=offset + doc[tokens[0].i].idx,
            end=offset + doc[tokens[-1].i].idx + len(doc[tokens[-1].i].text),
            text=text, label=kind, agentive=_agentive(root), in_title=in_title)
        if kind == "capital" and root.dep_ == "nsubjpass":
            mention.agentive = False  # "Ankara said" is the state; "Kabul was shelled" a city
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and nxt.text.lower() in _PLACE_NOUNS:
            mention.agentive, mention.locative = False, True  # "Ostra and Velin provinces"
        else:
            mention.locative = not mention.agentive and (_locative(root, ent[-1]) or (
                tokens[0].i >= 2 and doc[tokens[0].i - 1].text == ","  # "the capital, Ostra"
                and doc[tokens[0].i - 2].text.lower() in _PLACE_NOUNS
                and not (root.dep_ == "appos" and root.head.text.lower() in lexicon.TITLES)))
        if kind == "person":
            mention.role = person_role(ent)
        mention.armed = described_armed or nxt is not None and nxt.text in ARMED_NOUNS \
            and tokens[-1].head == nxt
        if kind in ("person", "organization"):
            mention.known_as = known_as(doc, ent.end)
        place_end = _place_of_name(doc, ent.end) if kind == "organization" else None
        if place_end is not None and known_as(doc, place_end):
            # "the U.N. Integrated Office in Haiti, known as BINUH": the place is in the name
            last = doc[place_end - 1]
            mention.end = offset + last.idx + len(last.text)
            mention.text = doc[tokens[0].i : place_end].text
            mention.known_as = known_as(doc, place_end)
            covered.update(range(ent.end, place_end))
        if kind == "organization":
            body = _state_body(doc, tokens[0].i)
            if body and body[2] == tokens[-1].i + 1:
                mention.state_key = (body[0], body[1])
            before = tokens[0].i - 1
            body = _state_body(doc, before) if before >= 0 and before not in covered else None
            if body and body[2] == tokens[-1].i + 1:
                # "[Chinese] [Foreign Ministry] spokeswoman": the demonym is in the body's name
                mention.state_key = (body[0], body[1])
                mention.start = offset + doc[before].idx
                mention.text = doc[before : tokens[-1].i + 1].text
            first = tokens[0].i
            if first >= 2 and doc[first - 1].text in ("'s", "’s") \
                    and tokens[-1].text.lower() in lexicon.ORG_HEADS \
                    and not any(lexicon.country_of(t.text) for t in tokens):
                country = lexicon.country_of(doc[first - 2].text)
                if country:  # "Russia's Defense Ministry": the state belongs to the name
                    mention.start = offset + doc[first - 2].idx
                    mention.text = doc[first - 2 : tokens[-1].i + 1].text
        if kind == "organization" and mention.state_key is None:
            mention.state_key = state_key_of(mention.text)
        out.append(mention)
        covered.update(range(ent.start, ent.end))
    for start, end in titled_names(doc, covered):
        span = doc[start:end]
        out.append(NameMention(offset + span.start_char, offset + span.end_char, span.text,
                               "person", agentive=_agentive(span.root), in_title=in_title,
                               role=person_role(span)))
        covered.update(range(start, end))
    for tok in doc:
        if tok.i in covered:
            continue
        body = _state_body(doc, tok.i)
        if body and not covered.intersection(range(tok.i, body[2])):
            end_tok = doc[body[2] - 1]
            out.append(NameMention(
                start=offset + tok.idx, end=offset + end_tok.idx + len(end_tok.text),
                text=doc[tok.i : body[2]].text, label="organization",
                agentive=_agentive(end_tok), in_title=in_title, state_key=(body[0], body[1])))
            covered.update(range(tok.i, body[2]))
    return out

"""Bodies: news agencies, international organisations and their acronyms, the heads of
organisation names ("ministry", "agency"), armed groups' words, state bodies, and the words
that describe a body or are no body ("the charity", "treaty").

General knowledge, as a news desk's style guide lists them; lookups are by lower-cased text.
"""

from __future__ import annotations

import re

# "U.N." or "United Nations" written before a body's own name
UN_PREFIX = re.compile(r"(?:the\s+)?(?:u\.\s?n\.|un|united nations)\s+", re.I)

NEWS_AGENCIES = {
    "reuters": "Reuters", "afp": "AFP", "agence france-presse": "AFP", "ap": "AP",
    "associated press": "AP", "tass": "TASS", "ria novosti": "RIA Novosti",
    "interfax": "Interfax", "xinhua": "Xinhua", "irna": "IRNA", "sana": "SANA",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu", "kyodo": "Kyodo", "yonhap": "Yonhap", "kcna": "KCNA",
    "efe": "EFE", "ansa": "ANSA", "dpa": "dpa", "upi": "UPI", "bernama": "Bernama", "wafa": "WAFA",
    "mena": "MENA", "fars": "Fars", "tasnim": "Tasnim", "isna": "ISNA", "petra": "Petra",
    "bloomberg": "Bloomberg", "pti": "PTI", "apa": "APA", "ukrinform": "Ukrinform",
}

# Well-known bodies with their usual descriptions and acronyms -> canonical name.
KNOWN_BODIES = {
    "un refugee agency": "UNHCR", "u.n. refugee agency": "UNHCR",
    "un children's agency": "UNICEF", "u.n. children's agency": "UNICEF",
    "un children’s agency": "UNICEF", "world health organization": "World Health Organization",
    "who": "World Health Organization", "un": "United Nations", "u.n.": "United Nations",
    "the world body": "United Nations", "eu": "European Union", "nato": "NATO",
    "red cross": "Red Cross", "islamic state": "Islamic State", "isis": "Islamic State",
    "isil": "Islamic State", "daesh": "Islamic State",
    "icrc": "International Committee of the Red Cross",
    "save the children": "Save the Children", "oxfam": "Oxfam",
    "amnesty international": "Amnesty International", "mercy corps": "Mercy Corps",
    "world vision": "World Vision", "islamic relief": "Islamic Relief",
}

# International bodies news copy names by acronym: acronym | canonical name | other full names
# (an acronym may take several lines).
_INTERNATIONAL_BODIES = """\
UNICEF|UNICEF|United Nations Children's Fund,UN Children's Fund,U.N. Children's Fund
UNHCR|UNHCR|United Nations High Commissioner for Refugees,UN High Commissioner for Refugees
WFP|World Food Programme|World Food Program,UN World Food Programme,U.N. World Food Programme
OCHA|OCHA|Office for the Coordination of Humanitarian Affairs
IOM|International Organization for Migration|International Organisation for Migration
ICRC|International Committee of the Red Cross|
IFRC|International Federation of Red Cross and Red Crescent Societies|
MSF|Doctors Without Borders|Medecins Sans Frontieres,Médecins Sans Frontières
HRW|Human Rights Watch|
NRC|Norwegian Refugee Council|
IRC|International Rescue Committee|
ACLED|ACLED|Armed Conflict Location and Event Data Project
ACLED|ACLED|Armed Conflict Location & Event Data Project
OSCE|OSCE|Organization for Security and Cooperation in Europe
OSCE|OSCE|Organization for Security and Co-operation in Europe
OSCE|OSCE|Organisation for Security and Co-operation in Europe
UNRWA|UNRWA|United Nations Relief and Works Agency
UNESCO|UNESCO|
IAEA|International Atomic Energy Agency|
FAO|Food and Agriculture Organization|
OHCHR|OHCHR|Office of the United Nations High Commissioner for Human Rights
UNFPA|UNFPA|United Nations Population Fund
UNDP|UNDP|United Nations Development Programme
IMF|International Monetary Fund|
ECOWAS|ECOWAS|Economic Community of West African States
ASEAN|ASEAN|Association of Southeast Asian Nations
AMISOM|AMISOM|African Union Mission in Somalia
MONUSCO|MONUSCO|
UNMISS|UNMISS|United Nations Mission in South Sudan,U.N. Mission in South Sudan
MINUSMA|MINUSMA|
UNAMA|UNAMA|United Nations Assistance Mission in Afghanistan
UNAMI|UNAMI|United Nations Assistance Mission for Iraq
UNIFIL|UNIFIL|United Nations Interim Force in Lebanon
"""
ACRONYM_BODIES: dict[str, str] = {}  # acronym as written -> canonical name
for _line in _INTERNATIONAL_BODIES.splitlines():
    _acronym, _canon, _others = _line.split("|")
    ACRONYM_BODIES[_acronym] = _canon
    KNOWN_BODIES.setdefault(_acronym.lower(), _canon)
    KNOWN_BODIES.setdefault(_canon.lower(), _canon)
    for _other in filter(None, _others.split(",")):
        KNOWN_BODIES.setdefault(_other.lower(), _canon)


for _name, _canon in list(KNOWN_BODIES.items()):  # "Office of the U.N. High Commissioner ..."
    if "united nations " in _name and not _name.startswith("united nations "):
        KNOWN_BODIES.setdefault(_name.replace("united nations ", "u.n. "), _canon)
        KNOWN_BODIES.setdefault(_name.replace("united nations ", "un "), _canon)


def known_body(text: str) -> str | None:
    """The canonical name of a well-known body or news agency written as ``text``."""
    low = text.lower().strip()
    found = KNOWN_BODIES.get(low) or KNOWN_BODIES.get("the " + low) or NEWS_AGENCIES.get(low)
    if found is None:
        m = UN_PREFIX.match(low)
        if m and m.end() < len(low):  # "U.N. Office for the Coordination ...": OCHA
            found = KNOWN_BODIES.get(low[m.end():]) \
                or KNOWN_BODIES.get("united nations " + low[m.end():])  # "UN Mission in ..."
    return found


# Words of well-known armed movements' names (the model often tags them as nationalities).
ARMED_MOVEMENT_WORDS = ("houthi", "taliban", "hezbollah", "hizbollah", "hamas", "islamic state",
                        "qaeda", "shabab", "shabaab", "boko haram", "mujahideen", "isis", "isil",
                        "daesh")
# ... and of other armed groups: a name holding one of these is an armed group's
ARMED_GROUP_WORDS = ARMED_MOVEMENT_WORDS + ("peshmerga", "janjaweed", "wagner")
# words that make an organisation's name a group's (an armed movement, a militia)
GROUP_NAME_WORDS = ARMED_MOVEMENT_WORDS + ("al-sham", "al sham", "jihad", "nusra", "brigade",
                                           "militia", "rebels", "wal-muslimin")

# Heads of organisation names and descriptions ("the ministry", "the agency").
ORG_HEADS = frozenset("""
agency ministry department office council committee commission observatory organization
organisation institute center centre foundation group coalition alliance front movement party
army military navy force forces police guard service services corps authority authorities
government administration cabinet parliament assembly court tribunal mission union bank
company firm corporation operator airline airways network channel newspaper broadcaster
association federation league board bureau unit brigade battalion regiment militia
society
""".split())

# Demonym/country + one of these is an organisation ("the Chilean army", "the Accra government").
STATE_ORG_HEADS = {
    "government": "government", "army": "army", "military": "army", "armed forces": "army",
    "navy": "navy", "air force": "air force", "coast guard": "coast guard", "police": "police",
    "foreign ministry": "foreign ministry", "defense ministry": "defense ministry",
    "defence ministry": "defense ministry", "interior ministry": "interior ministry",
    "health ministry": "health ministry", "parliament": "parliament", "presidency": "presidency",
    "government forces": "army", "government troops": "army", "security forces": "security forces",
    "defence force": "army", "defense force": "army", "defence forces": "army",
    "defense forces": "army", "police force": "police", "police service": "police",
    "national police": "police",
}

# heads that describe any kind of body: "the agency" may be the body named last, whatever its
# name; "the army" or "the coalition" is not the agency named before it
GENERIC_BODIES = frozenset("agency organization organisation group company firm body operator "
                           "network charity broadcaster newspaper channel watchdog".split())

# last words of names that are laws, days, prizes and events, not bodies that act
NOT_BODY_WORDS = frozenset("act law treaty accord agreement day week prize award cup games "
                           "olympics festival conference summit".split())

# lower-case words the model runs into a body's name: "the X news agency", "the Y group"
DESCRIPTION_TAIL_WORDS = frozenset("news agency group militia movement organisation organization "
                                   "charity network daily newspaper broadcaster".split())

# Arabic and Urdu words for army, movement, party, front, supporters... in movements' names
FOREIGN_GROUP_WORDS = frozenset("lashkar jaish jamaat jamaat-ul tehreek tehrik harkat harakat "
                                "hizb ansar jund liwa katibat jabhat ahrar".split())

ARMED_NOUNS = frozenset("group militia movement faction".split())

# nouns that describe a body named right after them: "the charity Save the Children"
DESCRIPTION_NOUNS = frozenset("charity group agency organisation organization watchdog monitor "
                              "ngo movement militia company firm newspaper daily broadcaster "
                              "outlet magazine website".split())

# one-word names of institutions that end longer names: "House" is not the White House's
INSTITUTION_WORDS = frozenset("house senate congress parliament palace hall capitol court "
                              "cabinet presidency".split())

# words of organisation names that no person's name is made of
ORG_NAME_WORDS = ORG_HEADS | frozenset("watch international relief crescent cross "
                                       "rescue doctors frontieres frontières children "
                                       "rights amnesty fund".split())

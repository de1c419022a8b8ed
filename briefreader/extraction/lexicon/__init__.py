"""General-knowledge word lists for actors and claims: countries, titles, speech verbs, agencies.

Nothing here comes from a particular article: these are the lists a news desk's style guide or
an atlas would give. Lookups are by lower-cased text.
"""

from __future__ import annotations

from briefreader.extraction.lexicon.bodies import (  # noqa: F401  (re-exported)
    ACRONYM_BODIES,
    KNOWN_BODIES,
    NEWS_AGENCIES,
    UN_PREFIX,
    known_body,
)

# country | demonyms (comma separated) | capital ; one line per country
_COUNTRIES = """\
Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Angola|Angolan|Luanda
Argentina|Argentine,Argentinian|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani,Azeri|Baku
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Belarus|Belarusian|Minsk
Belgium|Belgian|Brussels
Benin|Beninese|Porto-Novo
Bolivia|Bolivian|La Paz
Bosnia|Bosnian|Sarajevo
Brazil|Brazilian|Brasilia
Bulgaria|Bulgarian|Sofia
Burkina Faso|Burkinabe|Ouagadougou
Burundi|Burundian|Gitega
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian|Yaounde
Canada|Canadian|Ottawa
Central African Republic|Central African|Bangui
Chad|Chadian|N'Djamena
Chile|Chilean|Santiago
China|Chinese|Beijing
Colombia|Colombian|Bogota
Congo|Congolese|Kinshasa
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czech Republic|Czech|Prague
Denmark|Danish|Copenhagen
Djibouti|Djiboutian|
Ecuador|Ecuadorian|Quito
Egypt|Egyptian|Cairo
Eritrea|Eritrean|Asmara
Estonia|Estonian|Tallinn
Ethiopia|Ethiopian|Addis Ababa
Finland|Finnish|Helsinki
France|French|Paris
Gabon|Gabonese|Libreville
Gambia|Gambian|Banjul
Georgia|Georgian|Tbilisi
Germany|German|Berlin
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Guatemala|Guatemalan|
Guinea|Guinean|Conakry
Haiti|Haitian|Port-au-Prince
Honduras|Honduran|Tegucigalpa
Hungary|Hungarian|Budapest
India|Indian|New Delhi
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|Jerusalem
Italy|Italian|Rome
Ivory Coast|Ivorian|Abidjan
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh|Astana
Kenya|Kenyan|Nairobi
Kosovo|Kosovar|Pristina
Kuwait|Kuwaiti|
Kyrgyzstan|Kyrgyz|Bishkek
Laos|Laotian|Vientiane
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Liberia|Liberian|Monrovia
Libya|Libyan|Tripoli
Lithuania|Lithuanian|Vilnius
Madagascar|Malagasy|Antananarivo
Malawi|Malawian|Lilongwe
Malaysia|Malaysian|Kuala Lumpur
Mali|Malian|Bamako
Mauritania|Mauritanian|Nouakchott
Mexico|Mexican|Mexico City
Moldova|Moldovan|Chisinau
Mongolia|Mongolian|Ulaanbaatar
Montenegro|Montenegrin|Podgorica
Morocco|Moroccan|Rabat
Mozambique|Mozambican|Maputo
Myanmar|Burmese|Naypyidaw
Namibia|Namibian|Windhoek
Nepal|Nepali,Nepalese|Kathmandu
Netherlands|Dutch|Amsterdam
New Zealand|New Zealander|Wellington
Nicaragua|Nicaraguan|Managua
Niger|Nigerien|Niamey
Nigeria|Nigerian|Abuja
North Korea|North Korean|Pyongyang
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani|Islamabad
Palestine|Palestinian|Ramallah
Panama|Panamanian|
Paraguay|Paraguayan|Asuncion
Peru|Peruvian|Lima
Philippines|Philippine,Filipino|Manila
Poland|Polish|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian|Moscow
Rwanda|Rwandan|Kigali
Saudi Arabia|Saudi|Riyadh
Senegal|Senegalese|Dakar
Serbia|Serbian,Serb|Belgrade
Sierra Leone|Sierra Leonean|Freetown
Singapore|Singaporean|
Slovakia|Slovak|Bratislava
Slovenia|Slovenian|Ljubljana
Somalia|Somali|Mogadishu
South Africa|South African|Pretoria
South Korea|South Korean|Seoul
South Sudan|South Sudanese|Juba
Spain|Spanish|Madrid
Sri Lanka|Sri Lankan|Colombo
Sudan|Sudanese|Khartoum
Sweden|Swedish|Stockholm
Switzerland|Swiss|Bern
Syria|Syrian|Damascus
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik|Dushanbe
Tanzania|Tanzanian|Dodoma
Thailand|Thai|Bangkok
Togo|Togolese|Lome
Tunisia|Tunisian|Tunis
Turkey|Turkish|Ankara
Turkmenistan|Turkmen|Ashgabat
Uganda|Ugandan|Kampala
Ukraine|Ukrainian|Kyiv
United Arab Emirates|Emirati|Abu Dhabi
United Kingdom|British|London
United States|American,U.S.,US|Washington
Uruguay|Uruguayan|Montevideo
Uzbekistan|Uzbek|Tashkent
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi
Yemen|Yemeni|Sanaa
Zambia|Zambian|Lusaka
Zimbabwe|Zimbabwean|Harare
"""

# other names of a country, as news copy writes them
_COUNTRY_ALIASES = {
    "u.s.": "United States", "us": "United States", "usa": "United States",
    "u.s.a.": "United States", "america": "United States", "united states of america":
    "United States", "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "russian federation": "Russia", "kiev": "Ukraine",
    "burma": "Myanmar", "holland": "Netherlands", "turkiye": "Turkey", "türkiye": "Turkey",
    "dr congo": "Congo", "drc": "Congo", "car": "Central African Republic",
    "uae": "United Arab Emirates", "côte d'ivoire": "Ivory Coast", "czechia": "Czech Republic",
}

COUNTRIES: dict[str, str] = {}     # lower-cased name or alias -> canonical country
DEMONYMS: dict[str, str] = {}      # lower-cased demonym (and plural) -> country
CAPITALS: dict[str, str] = {}      # lower-cased capital -> country
for _line in _COUNTRIES.splitlines():
    _country, _demonyms, _capital = _line.split("|")
    COUNTRIES[_country.lower()] = _country
    for _d in _demonyms.split(","):
        DEMONYMS[_d.lower()] = _country
        DEMONYMS[_d.lower() + "s"] = _country
    if _capital:
        CAPITALS[_capital.lower()] = _country
for _alias, _country in _COUNTRY_ALIASES.items():
    COUNTRIES[_alias] = _country
for _word in ("u.s.", "us", "u.n.", "un", "eu", "european", "western", "arab", "african"):
    DEMONYMS.setdefault(_word, "")  # adjectives of origin that are not one country
    DEMONYMS.setdefault(_word + "s", "")

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

# World regions: places, whatever label the model gives them ("deputy Asia director").
REGIONS = frozenset(("asia", "africa", "europe", "americas", "middle east", "latin america",
                     "north africa", "east africa", "west africa", "southern africa", "sahel",
                     "central asia", "south asia", "southeast asia", "east asia", "balkans",
                     "caucasus", "gulf", "horn of africa", "mideast", "oceania", "caribbean"))

# Diseases and named storms the model tags as people or bodies: what strikes, never who acts.
DISEASES = frozenset("""
ebola marburg cholera covid covid-19 coronavirus sars mers zika dengue measles malaria mpox
monkeypox lassa polio typhoid diphtheria meningitis anthrax plague h5n1 h1n1 nipah chikungunya
""".split())
STORM_WORDS = frozenset("hurricane typhoon cyclone storm tropical tornado superstorm".split())

# Lower-case words inside personal names: "Jan de Groot", "Ursula von der Leyen".
NAME_PARTICLES = frozenset("de da del della der di du van von la le al el bin ibn ben dos".split())

# Words of well-known armed groups' names (movements the model often tags as nationalities).
ARMED_GROUP_WORDS = ("houthi", "taliban", "hezbollah", "hizbollah", "hamas", "islamic state",
                     "qaeda", "shabab", "shabaab", "boko haram", "mujahideen", "isis", "isil",
                     "daesh", "peshmerga", "janjaweed", "wagner")

# Heads of organisation names and descriptions ("the ministry", "the agency").
ORG_HEADS = frozenset("""
agency ministry department office council committee commission observatory organization
organisation institute center centre foundation group coalition alliance front movement party
army military navy force forces police guard service services corps authority authorities
government administration cabinet parliament assembly court tribunal mission union bank
company firm corporation operator airline airways network channel newspaper broadcaster
association federation league board bureau unit brigade battalion regiment militia
""".split())

# Demonym/country + one of these is an organisation ("the Chilean army", "the Accra government").
STATE_ORG_HEADS = {
    "government": "government", "army": "army", "military": "army", "armed forces": "army",
    "navy": "navy", "air force": "air force", "coast guard": "coast guard", "police": "police",
    "foreign ministry": "foreign ministry", "defense ministry": "defense ministry",
    "defence ministry": "defense ministry", "interior ministry": "interior ministry",
    "health ministry": "health ministry", "parliament": "parliament", "presidency": "presidency",
    "government forces": "army", "government troops": "army", "security forces": "security forces",
}

# Verbs that report speech or a stated position, by base form.
SPEECH_VERBS = frozenset("""
say tell report add state announce confirm note write tweet post warn claim deny insist explain
estimate stress reply acknowledge argue predict suggest admit allege assert emphasize emphasise
reveal conclude agree complain urge call describe condemn accuse demand ask pledge
promise vow threaten speak declare comment observe remark recall quote find caution concede
maintain charge respond testify brief disclose contend counter announce appeal blame
""".split())

# Speech verbs whose content may be their object rather than a clause ("urged X to ...").
OBJECT_CONTENT_VERBS = frozenset("""
urge call claim describe condemn warn confirm demand ask agree speak deny report pledge promise
accuse appeal estimate blame vow threaten
""".split())

_IRREGULAR = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
    "find": ("found",), "admit": ("admitted", "admitting"), "agree": ("agreed", "agreeing"),
    "commit": ("committed",), "refer": ("referred",),
}


def _inflections(verb: str) -> set[str]:
    forms = {verb}
    if verb.endswith("y") and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
    forms |= set(_IRREGULAR.get(verb, ()))
    if verb in _IRREGULAR:
        forms -= {verb + "ed", verb + "d"} - set(_IRREGULAR[verb])
    return forms


SPEECH_FORMS: dict[str, str] = {}  # inflected lower-cased form -> base verb
for _verb in SPEECH_VERBS:
    for _form in _inflections(_verb):
        SPEECH_FORMS.setdefault(_form, _verb)
SPEECH_FORMS["says"] = "say"


def speech_verb(word: str) -> str | None:
    """The base form of a speech verb, or None."""
    return SPEECH_FORMS.get(word.lower())


def country_of(text: str) -> str | None:
    """The canonical country a name, alias or demonym stands for."""
    key = text.lower().strip()
    if key.startswith("the "):
        key = key[4:]
    return COUNTRIES.get(key) or DEMONYMS.get(key) or None

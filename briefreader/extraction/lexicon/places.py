"""Places: countries with their demonyms and capitals, other names of a country, world regions,
the nouns and prepositions that make a name a place ("province", "in").

General knowledge, as an atlas gives it; lookups are by lower-cased text.
"""

from __future__ import annotations

# country | demonyms (comma separated) | capital ; one line per country (a capital that is also a
# common surname or another place's name, such as Kingston or Male, is left out)
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
Bhutan|Bhutanese|Thimphu
Barbados|Barbadian|Bridgetown
Bahamas|Bahamian|
Belize|Belizean|Belmopan
Botswana|Motswana,Batswana|Gaborone
Brunei|Bruneian|
Cape Verde|Cape Verdean|Praia
Comoros|Comorian|Moroni
Costa Rica|Costa Rican|San Jose
Dominican Republic|Dominican|Santo Domingo
East Timor|Timorese|Dili
El Salvador|Salvadoran,Salvadorean|San Salvador
Equatorial Guinea|Equatoguinean|Malabo
Eswatini|Swazi|Mbabane
Fiji|Fijian|Suva
Guinea-Bissau|Bissau-Guinean|Bissau
Guyana|Guyanese|
Iceland|Icelandic|Reykjavik
Jamaica|Jamaican|
Lesotho|Basotho|Maseru
Luxembourg|Luxembourgish|
Malta|Maltese|Valletta
Maldives|Maldivian|
Mauritius|Mauritian|Port Louis
North Macedonia|Macedonian|Skopje
Papua New Guinea|Papua New Guinean|Port Moresby
Solomon Islands|Solomon Islander|Honiara
Suriname|Surinamese|Paramaribo
Trinidad and Tobago|Trinidadian|Port of Spain
Vanuatu|Ni-Vanuatu|Port Vila
Western Sahara|Sahrawi|
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
    "democratic republic of congo": "Congo", "democratic republic of the congo": "Congo",
    "republic of congo": "Congo", "republic of the congo": "Congo", "png": "Papua New Guinea",
    "bosnia and herzegovina": "Bosnia", "timor-leste": "East Timor", "swaziland": "Eswatini",
    "macedonia": "North Macedonia", "cabo verde": "Cape Verde",
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

# World regions: places, whatever label the model gives them ("deputy Asia director").
REGIONS = frozenset(("asia", "africa", "europe", "americas", "middle east", "latin america",
                     "north africa", "east africa", "west africa", "southern africa", "sahel",
                     "central asia", "south asia", "southeast asia", "east asia", "balkans",
                     "caucasus", "gulf", "horn of africa", "mideast", "oceania", "caribbean"))


def country_of(text: str) -> str | None:
    """The canonical country a name, alias or demonym stands for."""
    key = text.lower().strip()
    if key.startswith("the "):
        key = key[4:]
    return COUNTRIES.get(key) or DEMONYMS.get(key) or None

FACILITIES = frozenset("hospital hospitals clinic prison jail school university mosque church "
                       "temple market airport port dam plant stadium station bridge "
                       "camp".split())

# prepositions after which a name is a location
LOCATIVE_PREPOSITIONS = frozenset("in on at near from into across outside around toward towards "
                                  "within throughout off inside via through between beyond onto "
                                  "over along behind past".split())

# nouns that make the name before them (or "X of <name>") a place
PLACE_NOUNS = frozenset("province provinces city town village region district districts county "
                        "river area border governorate camp airport square street valley island "
                        "coast capital neighborhood neighbourhood suburb market state states "
                        "mountains sea lake municipality prison jail port dam plant bridge "
                        "station stadium".split())

# nouns of a settlement or an administrative area: a name they mark ("the village of X", "the X
# camp", "X and Y communities", "residents of X") names a place wherever else the text writes it
SETTLEMENT_NOUNS = frozenset("""
village villages town towns city cities district districts province provinces region regions
county counties camp camps neighbourhood neighbourhoods neighborhood neighborhoods suburb suburbs
junction locality localities municipality municipalities zone zones
community communities settlement settlements hamlet hamlets ward wards township townships
commune communes chiefdom territory governorate subdistrict sub-district barangay kebele area
""".split())

# people who live somewhere: "residents of X" makes X a place
INHABITANT_NOUNS = frozenset("residents villagers inhabitants natives".split())

PLACE_NOUNS = PLACE_NOUNS | SETTLEMENT_NOUNS

# verbs whose object (or passive subject) is a place: "rebels overran X", "X was shelled"
PLACE_VERBS = frozenset("retake retook retaken retakes recapture recaptured recaptures overrun "
                        "overran overruns besiege besieged besieges shell shelled shells bomb "
                        "bombed bombs raze razed encircle encircled storm stormed bombard "
                        "bombarded".split())

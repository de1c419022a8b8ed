"""Words that make an amount a casualty figure: who is counted, what happened to them, and
whether it happened or is feared. General English news vocabulary, not fitted to any article.

Patterns are matched on lowercased text.
"""

from __future__ import annotations

import re

# Nouns that count people ("14 villagers"); singular forms serve "a guard was shot".
PERSON_NOUNS = frozenset("""
people persons person individuals civilians civilian children child kids kid infants infant babies
baby boys boy girls girl men man women woman adults adult teenagers teenager youths youth
minors elderly residents resident villagers villager inhabitants citizens citizen nationals
soldiers soldier troops troopers servicemen serviceman servicemembers marines sailors airmen
fighters fighter militants militant rebels rebel insurgents insurgent militiamen militiaman
mercenaries mercenary jihadists jihadist gunmen gunman attackers attacker combatants
police policemen policeman policewomen policewoman officers officer guards guard
peacekeepers peacekeeper personnel staff staffers employees employee workers worker
members member volunteers volunteer journalists journalist reporters reporter
students student pupils pupil schoolchildren protesters protester demonstrators
demonstrator worshippers worshipper pilgrims pilgrim passengers passenger travellers
travelers tourists tourist migrants migrant asylum-seekers asylum seekers others
patients patient doctors doctor nurses nurse medics medic farmers farmer fishermen
fisherman miners miner crew crewmen drivers driver pilots pilot prisoners prisoner inmates
detainees detainee hostages hostage captives captive refugees refugee evacuees victims victim
casualties fatalities bodies corpses dead wounded injured missing displaced survivors
family families relatives members americans israelis palestinians
hikers climbers shoppers bystanders commuters onlookers motorists pedestrians cyclists
spectators fans supporters opponents dissidents suspects convicts labourers laborers teachers
engineers contractors firefighters rescuers campers swimmers divers seafarers traders merchants
vendors herders settlers clerics priests monks nuns believers muslims jews christians shiites
sunnis yazidis kurds rohingya uighurs uyghurs tribesmen lawmakers politicians officials
diplomats inmates recruits conscripts cadets trainees guests diners visitors customers
occupants tenants squatters smugglers traffickers shepherds elders orphans widows newborns
toddlers infants learners graduates athletes players neighbours neighbors friends colleagues
""".split())

# Things an amount may count that a killing verb does not make people: "captured 3 towns".
THINGS = frozenset("""
vehicles cars trucks buses tanks missiles rockets shells bombs drones aircraft planes jets
helicopters boats ships vessels towns villages cities districts provinces regions areas
buildings homes houses hospitals schools mosques churches bridges roads positions posts bases
checkpoints weapons guns rifles attacks strikes airstrikes raids incidents cases votes seats
goals points matches games hectares acres animals cattle sheep goats camels horses
countries nations states territories camps sites locations zones neighborhoods neighbourhoods
communities municipalities counties islands continents fronts
whales dolphins seals sharks turtles fish birds chickens poultry cows pigs dogs cats elephants
livestock deer wolves bears lions bees
""".split())

from briefreader.extraction.lexicon.people import SINGULAR_PERSON  # noqa: E402,F401

# Head nouns that carry their category themselves ("dozens of bodies", "200,000 refugees").
CATEGORY_NOUNS = {
    "bodies": "killed", "corpses": "killed", "dead": "killed", "deaths": "killed",
    "fatalities": "killed", "casualties": "killed", "killings": "killed",
    "fatality": "killed", "death": "killed",  # "one fatality", "resulted in one death"
    "wounded": "wounded", "injured": "wounded", "injuries": "wounded", "injury": "wounded",
    "refugees": "displaced", "evacuees": "displaced", "displaced": "displaced",
    "asylum-seekers": "displaced", "idps": "displaced",
    "missing": "missing",
    "detainees": "detained", "prisoners": "detained", "hostages": "detained",
    "captives": "detained", "detentions": "detained", "arrests": "detained",
}
SINGULAR_CATEGORY = frozenset({"fatality", "death", "injury"})  # count one, never a year
# Held people who got away are no longer held: "130 prisoners escaped from the jail".
FREED_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:escaped|broke out|walked free"
                         r"|(?:were|was|have been|has been|had been|will be|would be|to be)"
                         r" (?:freed|released|pardoned|set free|exchanged|swapped|handed over))\b",
                         re.I)

# Words after an amount that say it does not count people.
NON_PERSON = frozenset("""
% percent per cent km kilometres kilometers miles mile metres meters feet mph kph kg tons tonnes
degrees fees trees knees yemen omen
years year months month weeks week days day hours hour minutes minute seconds times
dollars euros pounds yuan rupees usd
""".split())

# Plural nouns of people by their ending: "activists", "Palestinians", "detainees", "gunmen".
PERSON_SUFFIX = re.compile(r"(?:ists|ians|ees|[^o]men|women|girls|boys|children)$")

# A singular demonym as a noun: "a Palestinian was killed".
SINGULAR_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|i|ese)$")
# A plural demonym written as a noun: "40 Germans", "three Somalis".
DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|is|ese)$")

_W = r"(?:\w+[ -]){0,2}"  # up to two words between, e.g. "were reportedly killed"

AFTER_CUES = [
    ("killed", r"killed|dead|died|die|dies|dying|drowned|perished|slain|murdered|massacred|executed"
               r"|lost their lives|lost his life|lost her life|beheaded|lynched|hanged"
               r"|feared buried|buried alive"
               r"|(?:stabbed|beaten|burned|burnt|crushed|shot|hacked|starved|frozen) to death"),
    ("wounded", r"wounded|injured|hurt|maimed|hospitali[sz]ed|in hospitals?|in the hospital"
                r"|treated for|treated in hospital|in (?:a )?(?:critical|serious|grave) condition"
                r"|(?:taken|rushed|admitted) to (?:a |the )?hospitals?"
                r"|(?:suffered|sustained) (?:\w+ )?(?:injuries|wounds|burns)"
                r"|escaped with (?:\w+ )?(?:injuries|wounds|burns)"),
    ("displaced", r"displaced|fled|flee|flees|fleeing|uprooted|homeless|evacuated"
                  r"|forced (?:from|out of|to flee|to leave) their homes?|forced to flee"
                  r"|driven (?:from|out of) their homes?|(?:from|out of) their homes"
                  r"|seek shelter|sought shelter|seeking shelter|sheltering"
                  r"|(?:seek|sought|seeking|took|taking|take|taken) refuge"
                  r"|lost their homes|(?:left|leave|leaving) their homes|abandoned their homes"
                  r"|(?:left|fled) (?:the|their) (?:country|region|city|area)"
                  r"|without (?:shelter|a home|homes|a roof)"
                  r"|(?:sought|seek|seeking|applied for|claimed) asylum"
                  r"|(?:ordered|told|forced) to evacuate"
                  r"|(?:moved|relocated|taken|housed|living|staying|sheltered|arriving|arrived"
                  r"|were|are|was|is"
                  r"|remain|remained) (?:in|to|into|at) "
                  r"(?:\w+ ){0,2}(?:shelters|camps|evacuation cent(?:er|re)s)"
                  r"|(?:were|are|was|is|became|become|remain|remained) (?:now |still )?"
                  r"(?:refugees|asylum[- ]seekers|internally displaced)"),
    ("missing", r"missing|unaccounted for|unaccounted|disappeared"),
    ("detained", r"detained|arrested|captured|abducted|kidnapped|imprisoned|jailed"
                 r"|(?:taken|held) (?:hostage|captive|prisoner)|in(?:to)? custody|rounded up"
                 r"|in (?:detention|jail|prison)|behind bars"
                 r"|(?:being|still|are|were|remain) held|hostage|captive"),
    ("affected", r"trapped|besieged|under siege|in need|at risk|stranded|affected"
                 r"|infected|sickened|(?:fell|fallen|became|were|are|was|is) (?:\w+ )?(?:ill|sick)"
                 r"|(?:face|faces|faced|facing|on the brink of|at the brink of|suffering)"
                 r" (?:acute |severe |extreme |emergency )?(?:levels of )?"
                 r"(?:starvation|famine|hunger|food shortages|food insecurity|death)"
                 r"|need(?:s|ing)? (?:[a-z]+ ){0,2}(?:aid|assistance|help|relief|shelter"
                 r"|food|protection)"
                 r"|(?:go|goes|going|went|gone) hungry"),
]
AFTER = re.compile("|".join(rf"\b(?P<{cat}>{words})\b" for cat, words in AFTER_CUES))

# Crossing a border is displacement for civilians only: "100,000 people have crossed into
# Chad", not "fighters crossed into the town".
CROSSED = re.compile(r"\s+(?:(?:have|has|had|were|already|now)\s+)*(?:crossed|fled|streamed"
                     r"|poured)\s+(?:the\s+border\s+)?(?:into|to|across)\b")
CIVILIANS = frozenset("people persons civilians children women families residents villagers "
                      "refugees migrants others".split())

BEFORE_CUES = [
    ("killed", r"kill|kills|killed|killing|claimed the lives of|claiming the lives of"
               r"|took the lives of|taking the lives of|the deaths of|deaths of|bodies of"
               r"|massacre|massacres|massacred|massacring|execute|executes|executed|executing"
               r"|drown|drowns|drowned|drowning|slaughter|slaughters|slaughtered|slaughtering"
               r"|murder|murders|murdered|murdering|slay|slays|slew|slain|shot dead|shooting dead"
               r"|shoots dead|lost|losing|loses|claims the lives of|claim the lives of"
               r"|behead|beheads|beheaded|beheading|lynched|lynching|hanged"
               r"|(?:the )?(?:killing|killings|massacre|execution|executions) of"),
    ("wounded", r"wound|wounds|wounded|wounding|injure|injures|injured|injuring|hurt|hurting"
                r"|maim|maims|maimed|maiming|treated|hospitali[sz]ed|(?:the )?injuring of"),
    ("displaced", r"displace|displaces|displaced|displacing|uproot|uproots|uprooted|uprooting"
                  r"|evacuate|evacuates|evacuated|evacuating|drove out|driven out|drives out"
                  r"|(?:the )?(?:evacuation|displacement|exodus|expulsion) of"),
    ("detained", r"detain|detains|detained|detaining|arrest|arrests|arrested|arresting"
                 r"|capture|captures|captured|capturing|abduct|abducts|abducted|abducting|kidnap"
                 r"|kidnaps|kidnapped|kidnapping|imprison|imprisons|imprisoned|jail|jails|jailed"
                 r"|round up|rounds up|rounded up|rounding up|seize|seizes|seized|seizing"
                 r"|(?:the )?(?:arrest|arrests|detention|abduction|kidnapping|capture) of"),
    ("affected", r"affect|affects|affected|affecting|trapping|trapped|stranding|stranded"
                 r"|infect|infects|infected|infecting|sicken|sickens|sickened|sickening"),
]
BEFORE = re.compile("(?:" + "|".join(rf"\b(?P<{cat}>{words})" for cat, words in BEFORE_CUES)
                    + r")\s+[\"“‘]?(?:(?:a|an|the)\s+)?"  # 'killed "more than 30 ...'
                    r"(?:(?:family|household|group|crew|party) of\s+)?$")  # 'a family of five'
# Cues before an amount that need a person noun after it ("lost 80 men", not "lost 3 games").
NEEDS_PERSON = frozenset({"lost", "losing", "loses", "treated", "hospitalized", "hospitalised",
                          "seize", "seizes", "seized", "seizing"})
# Cues before a single person that count them ("kills guard"); "the death of a commander"
# is about one known person, not a tally.
SINGLE_BEFORE = re.compile(r"\b(?:kill|kills|killed|killing|drowned|drowns|shot dead|murdered"
                           r"|executed|wounded|injured|abducted|kidnapped|arrested|detained)"
                           r"\s+(?:(?:a|an)\s+)?(?:\w+\s+)?$")

# "claimed 17 lives", "60 lives were lost".
LIVES_BEFORE = re.compile(r"\b(?:claim|claims|claimed|claiming|take|takes|took|taken|taking|cost"
                          r"|costs|costing|lose|lost|losing)\s+(?:the\s+)?$")
LIVES_AFTER = re.compile(r"\s*(?:\w+\s+){0,3}?(?P<cue>lost|were lost|have been lost|perished)\b")
# An amount set against the figure before it: "2,500 died, compared with 1,855 last year".
COMPARED_BEFORE = re.compile(r"\b(?:compared (?:with|to)|up from|down from|against|versus|vs\.?"
                             r"|from a (?:previous|earlier) )\s*$", re.I)
# Between an amount and the next: the next one details the first.
PART_OF = re.compile(r"\s+of (?:them|whom)\b", re.I)
# A part of a whole named by its amount: "two-thirds of the 9,000 residents", "half of the
# 2,000 families", "a third of the town's 12,000 people", "40 percent of its 650 staff". What
# the sentence says happened to the part did not happen to the whole.
PART_OF_WHOLE = re.compile(
    r"\b(?:half|(?:a|one|two|three|four|five|seven|nine)[- ](?:half|third|quarter|fifth|sixth"
    r"|eighth|tenth)s?|\d+(?:\.\d+)?\s*(?:%|percent|per cent)|most|many|some|several|a few"
    r"|(?:a|the) (?:majority|minority|bulk|fraction|number|handful)|the rest)\s+of\s+"
    r"(?:the|its|their|his|her|our|(?:the\s+)?[\w'’.-]+['’]s?)\s+$", re.I)
# What stands between the counted noun of a whole and a cue that describes the whole itself
# ("half of the 30 people killed", "... people who were killed") rather than the part.
WHOLE_CUE_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:who|that)\s+(?:were|was|had been|have been"
                           r"|are|is)\s+)?(?:\w+ly\s+)?", re.I)
DETAIL_END = re.compile(r"[,(—–-]\s*(?:including|among them|of whom|among whom)\s*$")
# A detail set off inside the stretch after an amount: its cue is the detail's own
# ("126 people, including 33 wounded, were freed").
DETAIL_ASIDE = re.compile(r"[,(—–]\s*(?:including|among them|of whom|among whom)\b[^,()—–]*[,)—–]")
DETAIL = re.compile(r"^[\w\s-]{0,40}[,(—–-]\s*(?:including|among them|of whom|among whom)\s*$")

# The noun a cue attaches to: "civilians (were) fleeing" -> civilians.
CUE_OWNER = re.compile(r"\b(?P<noun>[\w-]+)\s+(?:(?:were|was|are|is|have|has|had|been|being|be"
                       r"|still|also|reportedly|later|all|now)\s+)*$")

NOMINAL_CUE = re.compile(r"(?<!among )\b(?:the|a|an|their|his|her|its|our)\s+$")
PRONOUNS = frozenset("it they we he she i you who which".split())
# Two amounts joined by "and" share the cue after the second: "27 soldiers and 9 civilians dead".
# An aside may stand between: "2,200 Palestinians, most of them civilians, and 73 Israelis".
COORDINATION = re.compile(r"^\s*(?:,\s*(?:most|many|all|some|half|several|\w+) of (?:them|whom)"
                          r"(?: [\w-]+){1,3}\s*)?,?\s*(?:and|or|as well as)\s*$", re.I)

# Words that close the stretch after an amount in which its cue is looked for.
STOP = re.compile(r"\b(?:who|which|whom|whose|where|when|while|because|although|though|but"
                  r"|whereas|after|before|since|until|unless|if)\b|[;(]"
                  r"|\b(?:and|or) (?:the|a|an|his|her|their|its)\b")

# Totals stated about a tally: "the death toll climbed to 73", "the number has surpassed 60
# million", "refugees ... topped 65 million". The anchor is the tally word, the link leads to
# the amount.
ANCHOR_WORD = re.compile(r"\b(?:death toll|toll|deaths|fatalities|casualties|refugees|displaced"
                         r"|number|total|tally|dead|injured|wounded|missing)\b")
# Anchors that are the category word itself hold only a short gap: "the injured at 200".
SHORT_ANCHORS = frozenset({"dead", "injured", "wounded", "missing"})
LINK_TAIL = re.compile(
    r"(?P<gap>[^.;?!\d]{0,200}?)"
    r"(?P<link>\bto|\bat|\bof|\breached|\breaching|\breach|\breaches|\bhit|\bhits|\bpassed"
    r"|\bexceeded|\bexceeds|\bexceed|\btopped|\btops|\btop|\bsurpassed|\bsurpasses|\bsurpass"
    r"|\bpass|\bpasses|\bcrossed|\bcrosses|\bcross|\bnear"
    r"|\bis|\bwas|\bare|\bwere|\bincluded|\bincludes|\binclude"
    r"|\bstands at|\bstood at|\bnow|\bnears|\bneared|[:—–])\s*,?\s*$")
# Links that only hold a few words from their anchor ("the toll of 41", "the total, of 3.2m").
SHORT_LINKS = frozenset({"of", "is", "was", "are", "were", "included", "includes", "include",
                         ":", "—", "–"})
ANCHOR_CATEGORY = {"death toll": "killed", "toll": "killed", "deaths": "killed",
                   "fatalities": "killed", "casualties": "killed", "refugees": "displaced",
                   "displaced": "displaced", "dead": "killed", "injured": "wounded",
                   "wounded": "wounded", "missing": "missing"}

# A tally named after its amount: "the deaths bring to 48 the number of people killed".
TALLY_AFTER = re.compile(r"\s*(?:,\s*)?the (?:total )?(?:number|total|tally|count) of "
                         r"(?:[\w-]+ ){0,3}?(?P<cue>killed|dead|deaths|wounded|injured"
                         r"|displaced|missing|detained|arrested)\b")
TO_BEFORE = re.compile(r"\bto\s+$")

# A single person: "a soldier was killed".
SINGLE_AFTER = {"killed": "killed", "died": "killed", "drowned": "killed", "shot dead": "killed",
                "wounded": "wounded", "injured": "wounded", "missing": "missing",
                "abducted": "detained", "kidnapped": "detained", "arrested": "detained",
                "detained": "detained", "captured": "detained"}
SINGLE_AFTER_CUE = re.compile(r"\s*(?:was |has been |had been |is )?(?:\w+ly )?(?P<c>"
                              + "|".join(SINGLE_AFTER) + r")\b")

# Words that end a noun group when parts of speech are unknown.
STOP_WORDS = frozenset("""
a an the and or but of in on at to from by with for as is are was were be been being have has
had do does did will would could may might shall should can must not no that this these those
who which whom whose where when while after before since until than then there their his her
its our your my they he she we you it them him us said says say told reported
""".split())

# "90 refugees for every 1,000 inhabitants", "one in every 40 people": ratios, not counts.
RATIO_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}(?:for every|per|out of every|in every)\b")
RATIO_BEFORE = re.compile(r"\b(?:one|1)\s+(?:in|out of)\s+(?:every\s+)?$", re.I)
# Freed people are no longer held: "released 26 prisoners" is not a count of detainees.
RELEASED_BEFORE = re.compile(r"\b(?:released|releasing|release|freed|freeing|free|swapped"
                             r"|exchanged|pardoned)\s+$")
NEGATED = re.compile(r"\b(?:no|none of(?: the| its| their)?|not one of(?: the)?)\s*$", re.I)
# "aged 22", "ages 5 and 12", "No. 4": not counts of people.
AGE_BEFORE = re.compile(r"\b(?:aged?|ages|no\.?|number|between the ages of)\s*"
                        r"(?:\d+\s*(?:and|or|to|-|–|,)\s*)?$", re.I)
MONEY_BEFORE = re.compile(r"[$€£¥]\s*$")
# The day of a date: "on Oct. 7 and 253 were taken", "on 7 October". Matched on the text as
# written ("May" the month is capitalised, "may" the modal is not).
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
           r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)")
MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s*$")
MONTH_AFTER = re.compile(rf"^\s*(?:of\s+)?{_MONTHS}\b")

# The people a category names, then who they were: "those killed included two journalists",
# "among the injured were 14 children".
MEMBERS_BEFORE = re.compile(
    r"\b(?:those|people|persons|all those|the)\s+(?P<c>killed|dead|wounded|injured|arrested"
    r"|detained|missing|displaced)\s+(?:(?:[\w-]+\s+){0,3}?)(?:included|include|includes"
    r"|were|are)\s+$")
MEMBERS_CATEGORY = {"killed": "killed", "dead": "killed", "wounded": "wounded",
                    "injured": "wounded", "arrested": "detained", "detained": "detained",
                    "missing": "missing", "displaced": "displaced"}

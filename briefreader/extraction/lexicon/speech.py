"""Speech: the verbs that report speech or a stated position and their inflections, and the
words around a statement (audiences, statements and their issuers, the writer's asides)."""

from __future__ import annotations

# Verbs that report speech or a stated position, by base form.
SPEECH_VERBS = frozenset("""
say tell report add state announce confirm note write tweet post warn claim deny insist explain
estimate stress reply acknowledge argue predict suggest admit allege assert emphasize emphasise
reveal conclude agree complain urge call describe condemn accuse demand ask pledge
promise vow threaten speak declare comment observe remark recall quote find caution concede
maintain charge respond testify brief disclose contend counter announce appeal blame
point mention reiterate repeat question propose hint recommend advise chant shout yell scream
boast brag
""".split())

# verbs of the voice whose quoted object is what was said: 'protesters chanted "..."'
UTTERANCE_VERBS = frozenset("chant shout yell scream".split())

# Speech verbs whose content may be their object rather than a clause ("urged X to ...").
OBJECT_CONTENT_VERBS = frozenset("""
urge call claim describe condemn warn confirm demand ask agree speak deny report pledge promise
accuse appeal estimate blame vow threaten
""".split())

_IRREGULAR = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
    "find": ("found",), "admit": ("admitted", "admitting"), "agree": ("agreed", "agreeing"),
    "commit": ("committed",), "refer": ("referred",), "brag": ("bragged", "bragging"),
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


# "call a halt", "called a meeting": acts, not statements
CALL_ACTS = frozenset("halt meeting meetings election elections vote strike session summit "
                      "referendum truce ceasefire cease-fire".split())

# who is spoken to: "told reporters", "briefed lawmakers"
AUDIENCES = frozenset("reporters journalists lawmakers parliament audience crowd supporters "
                      "residents people press media".split())

# "called itself", "described himself as": no statement
REFLEXIVE_PRONOUNS = frozenset("itself himself herself themselves ourselves myself".split())

# "..., as mediators struggled": a clause of circumstance, not what is said
CIRCUMSTANCE_WORDS = frozenset("as while after before when since amid".split())
# words that open a concession: "denies backing the rebels, despite a report that ..."
CONCESSIVE_PREPOSITIONS = frozenset("despite notwithstanding".split())
CONCESSIVE_MARKS = frozenset("although though".split())
# words for a part or an amount that head a statement's subject: "said about half of those ..."
QUANTITY_WORDS = frozenset("half third thirds quarter quarters fifth fifths tenth tenths most "
                           "many some several majority minority percent dozen dozens hundreds "
                           "thousands millions".split())

# speech verbs that take no person as their object: an object before the clause is its subject
NO_AUDIENCE_VERBS = frozenset("say add state claim report announce note insist confirm estimate "
                              "explain argue write stress acknowledge admit reveal".split())

# the preposition that introduces what such a verb reports: "called for", "warned of"
VERB_PREPOSITIONS = {"call": ("on", "for"), "speak": ("of",), "agree": ("to", "on"),
                     "appeal": ("for", "to"), "warn": ("of", "against", "about"),
                     "complain": ("about", "of"), "ask": ("for",), "describe": ("as",),
                     "condemn": ("as",), "urge": ("to",), "report": ("on",),
                     "accuse": ("of",)}

# participles a writer adds after a comma: commentary, not the speaker's words
COMMENTARY_PARTICIPLES = frozenset("raising echoing prompting sparking fuelling fueling "
                                   "underscoring highlighting marking deepening heightening "
                                   "renewing stoking citing".split())

# ", without providing evidence": the writer's note on a statement
UNSUPPORTED_PARTICIPLES = frozenset("providing giving offering presenting citing elaborating "
                                    "specifying".split())

# a writer's note set after a statement: ", a figure that could not be verified"
WRITERS_ASIDE_NOUNS = frozenset("figure figures claim claims number toll account accusation "
                                "allegation assertion charge decision move step".split())

# what a body issues: "a statement urging ...", "a report saying ..."
STATEMENT_NOUNS = frozenset("statement release message report post tweet communique letter "
                            "note declaration announcement".split())

# "put the death toll at 22": a tally stated by a source
TALLY_NOUNS = frozenset("toll tolls number figure count tally total estimate".split())

# heads whose possessor or modifier is the one speaking ("Ghana's presidency", "a U.S. statement")
OFFICE_NOUNS = frozenset("statement release report proposal presidency office government "
                         "ministry delegation mission embassy administration communique "
                         "announcement letter declaration decree message".split())

ANONYMOUS_SOURCES = frozenset("source sources official officials spokesman spokeswoman "
                              "spokesperson statement".split())

VOICE_NOUNS = frozenset("estimates estimate figures figure statement statements report reports "
                        "data sources source officials official spokesman spokeswoman "
                        "spokesperson commander commanders chief says said".split())

# people and things sent by a body: "a delegation from X", "fighters from X"
SENDER_NOUNS = frozenset("delegation delegations team teams representative representatives "
                         "envoy envoys letter message communique fighters members experts "
                         "investigators inspectors monitors observers staff".split())

# described sources a headline names without a title word: "Lawmaker urges ...", "Study says ..."
HEADLINE_SOURCES = frozenset("lawmaker lawmakers legislator legislators senator senators "
                             "expert experts study studies report survey poll probe audit "
                             "inquiry watchdog monitor".split())

# what someone delivers or gives: "according to a speech she delivered", "an interview he gave"
UTTERANCE_NOUNS = frozenset("speech speeches remarks interview interviews testimony statement "
                            "statements letter op-ed essay article column memo post tweet "
                            "address".split())

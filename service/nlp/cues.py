"""Finds the reporting cue of a quote: the verb group, preposition or dash that attributes it.

Layouts: « … », a déclaré X / a-t-il ajouté; X a déclaré : « … »; X a déclaré que « … »;
selon X, « … » (d'après X, pour X, aux yeux de X); « … » — X; and incises inside the marks
(« A, a-t-il dit, B »).
"""
import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

from service.nlp.document import Doc, Word
from service.nlp.entities import fold, is_title
from service.nlp.lexicon import (ATTRIBUTION_PREPOSITIONS, GENITIVE, GOING_ON_VERBS, IMPERSONAL_REPORTING_VERBS,
                                 INSTITUTION_NOUNS, INVERTED_OR_COLON_VERBS, ORGANISATION_NOUNS, PERSON_ENDINGS,
                                 POSSESSIVE_ATTRIBUTIONS, PRONOMINAL_REPORTING_VERBS, REFLEXIVE_CLITICS,
                                 REPORTING_LOCUTIONS, REPORTING_NOUNS, REPORTING_VERBS, ROLE_PREFIXES, SAYING_NOUNS,
                                 SPEAKING_NOUNS, SUBJECT_PRONOUNS)
from service.nlp.quote_marks import OPENING_MARKS

DASHES = ("—", "–", "-")
NEAR_AFTER = 4   # words between a closing mark and an inverted reporting verb
NOT_REPORTING_WHEN_PRONOMINAL = frozenset(["annoncer", "affirmer"])  # s'annonce « difficile », s'affirme
NEAR_VERB = 2  # words between a reporting verb and the quote it governs right away (juge la mesure « … »)
CLEFT_WORDS = 24  # words of « c'est en ces termes que X a … » up to its reporting verb
SAYING_PHRASE_WORDS = 7  # words of « Le cri d'alarme de X » up to the name
ANSWER_NOUNS = ("réponse", "réaction", "riposte", "réplique")  # « … » La réponse de X: X answers those words
# Adverbial phrases between a verb and its inverted subject, as the MWT step writes them (du tac au tac → de le
# tac à le tac).
ADVERBIAL_PHRASES = [phrase.split() for phrase in ("une nouvelle fois", "une fois de plus", "encore une fois",
                                                   "une fois encore", "de nouveau", "à nouveau", "à son tour",
                                                   "de le tac à le tac", "sans détour", "sans ambages", "à demi-mot",
                                                   "en substance", "en un mot", "à chaud", "sans sourciller")]
INSERTION_WORDS = 8  # words of a phrase set off by commas between an inverted verb and its subject
NEAR_BEFORE = 8  # words between a reporting verb and a short fragment it introduces
SHORT_QUOTE = 4  # words: fragments this short need a cue that is near or governs them
HEADLINE_SPEAKER_WORDS = 5  # words before the colon of « Macron : « … » »
MODAL_VERBS = ("pouvoir", "devoir", "vouloir")
# + infinitive: fait valoir, s'accorde à dire, n'a cessé de répéter
GOVERNING_VERBS = ("faire", "laisser", "tenir", "vouloir", "pouvoir", "devoir", "venir", "accorder", "cesser")
STRESSED_PRONOUNS = ("lui", "elle", "eux", "elles")
RELAYING_VERBS = ("citer", "interroger", "interviewer", "questionner", "rapporter", "relayer", "recueillir")
REFLEXIVE_WINDOW = 5  # words between a reflexive clitic and its verb (se sont de leur côté félicités)
PUNCT_END = {".", "!", "?", "…"}
TIME_NOUNS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "soir", "midi",
              "jour", "semaine", "mois", "année", "an", "nuit", "après-midi", "veille", "lendemain", "fois"}


@dataclass
class Cue:
    """A cue: the words of the reporting group and the word whose subject (or object) is the speaker."""
    words: List[int]
    anchor: int        # the verb, the preposition's object or the dash's name
    layout: str        # inverted_after, speaker_before, colon_before, selon, dash, incise


@dataclass
class Incise:
    cue: Cue
    first_end: int     # end offset of the part before the incise
    second_start: Optional[int]  # start offset of the part after it, None when the incise closes the quote


def clean(word: Word) -> str:
    """A clitic pronoun without its hyphen and euphonic t (-t-il → il), « on » without its euphonic article
    (l'on → on)."""
    text = word.lower.replace("’", "'")
    if text.startswith("-t-"):
        return text[3:]
    return "on" if text == "l'on" else text.lstrip("-")


def is_clitic(word: Word) -> bool:
    """An inverted subject pronoun: -t-il, -elle, -on (whatever its tag)."""
    return word.text.startswith("-") and clean(word) in SUBJECT_PRONOUNS


def _stem(verb: str) -> str:
    return verb[:-2] if verb.endswith(("er", "ir", "re")) else verb


REPORTING_STEMS = tuple(sorted({_stem(verb) for verb in REPORTING_VERBS if len(verb) > 5}))
# Accent-folded stems long enough to name one verb: regrettait, martèle, whatever lemma they were given.
DISTINCT_STEMS = tuple(sorted({fold(_stem(verb)) for verb in REPORTING_VERBS if len(_stem(verb)) >= 6}))
# By infinitive ending, most specific first: third-person present forms, imperfect stem and past participle
# (prévenir → prévient, prévenait, prévenu; craindre → craint, craignait, craint; sourire → souri).
CONJUGATIONS = [("venir", ("vient", "viennent"), "ven", "venu"), ("tenir", ("tient", "tiennent"), "ten", "tenu"),
                ("mettre", ("met", "mettent"), "mett", "mis"), ("prendre", ("prend", "prennent"), "pren", "pris"),
                ("aître", ("aît", "ait", "aissent"), "aiss", "u"), ("oire", ("oit", "oient"), "oy", "u"),
                ("uivre", ("uit", "uivent"), "uiv", "uivi"), ("indre", ("int", "ignent"), "ign", "int"),
                ("mentir", ("ment", "mentent"), "ment", "menti"), ("clure", ("clut", "cluent"), "clu", "clu"),
                ("crire", ("crit", "crivent"), "criv", "crit"), ("rire", ("rit", "rient"), "ri", "ri"),
                ("ire", ("it", "isent"), "is", "it"), ("dre", ("d", "dent"), "d", "du"), ("er", ("e", "ent"), "", "é"),
                ("ir", ("it", "issent"), "iss", "i")]


def _conjugation(verb: str):
    return next((conjugation for conjugation in CONJUGATIONS if verb.endswith(conjugation[0])), None)


def _present_forms(verb: str):
    """The third-person present forms of a verb: dénoncer → dénonce, dénoncent; prévenir → prévient; with the
    changed stem of répéter → répète, relever → relève, rappeler → rappelle, marteler → martèle."""
    found = _conjugation(verb)
    if not found:
        return []
    stems = [verb[:-len(found[0])]]
    changed = re.search(r"([ée])([bcdfgjlmnpqrstvz]|[bcdgptv]r)$", stems[0]) if found[0] == "er" else None
    if changed:
        letter, consonants = changed.groups()
        grave = stems[0][:changed.start()] + "è" + consonants
        # -eler and -eter verbs double the consonant (rappelle, jette) or take a grave accent (martèle, achète)
        stems = [stems[0] + consonants, grave] if letter == "e" and consonants in ("l", "t") else [grave]
    return [stem + form for stem in stems for form in found[1]]


def _imperfect_stem(verb: str) -> Optional[str]:
    """The stem of the imperfect and the present participle: scander → scand, lancer → lanç, reconnaître →
    reconnaiss."""
    found = _conjugation(verb)
    if not found:
        return None
    stem = verb[:-len(found[0])] + found[2]
    if found[0] == "er":
        stem = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    return stem


def _imperfect_forms(verb: str):
    """The third-person imperfect forms of a verb: scander → scandait, scandaient; lancer → lançait."""
    stem = _imperfect_stem(verb)
    return [stem + "ait", stem + "aient"] if stem else []


# « … », soupire X / prévient-elle / les manifestants scandaient « … »: a present or imperfect form of a
# reporting verb is that verb, whatever the tagger and lemmatizer made of it.
REPORTING_FINITE_FORMS = frozenset(form for verb in REPORTING_VERBS - {"faire"}
                                    for form in _present_forms(verb) + _imperfect_forms(verb))
# Present participles of reporting verbs, whatever their lemma when tagged as verbs (en criant « … »).
REPORTING_PRESENT_PARTICIPLES = frozenset(_imperfect_stem(verb) + "ant" for verb in REPORTING_VERBS
                                          if _imperfect_stem(verb))
PRONOMINAL_STEMS = tuple(sorted(_stem(verb) for verb in PRONOMINAL_REPORTING_VERBS))
PRONOMINAL_PRESENT_FORMS = frozenset(form for verb in PRONOMINAL_REPORTING_VERBS for form in _present_forms(verb))


def _past_participle(verb: str) -> Optional[str]:
    """The masculine singular past participle of a verb: imager → imagé, sourire → souri, reconnaître → reconnu."""
    found = _conjugation(verb)
    return verb[:-len(found[0])] + found[3] if found else None


# Past participles of reporting verbs, whatever their tag after an auxiliary (a-t-il imagé, a souri).
REPORTING_PARTICIPLES = frozenset(filter(None, map(_past_participle, REPORTING_VERBS)))
IMPERSONAL_FINITE_FORMS = frozenset(form for verb in IMPERSONAL_REPORTING_VERBS for form in _present_forms(verb))
GOING_ON_FORMS = frozenset(form for verb in GOING_ON_VERBS for form in _present_forms(verb))


def goes_on(word: Word) -> bool:
    """ajoute, poursuit, a ajouté: a verb of going on with one's words, also left unlemmatised (ajoute-t-il)."""
    return word.lemma.lower() in GOING_ON_VERBS or word.lower in GOING_ON_FORMS


def is_reporting_verb(word: Word, doc: Doc) -> bool:
    """A reporting verb by lemma, or by stem or present form when the lemmatizer left the verb unlemmatised
    (remémore, juge) or the stem names one verb (regrettait lemmatised « regrettre »); a pronominal one (se réjouir) by
    stem, with its reflexive clitic; whatever its tag, a word with a reporting verb's stem followed by an
    inverted clitic subject (observe-t-il, estime-t-elle)."""
    lemma = word.lemma.lower()
    if _that_said(doc, word):
        return False  # Cela dit, …: a linking phrase, nobody's words
    if word.upos in ("VERB", "AUX") and word.deprel != "aux":
        unlemmatised = lemma == word.lower or not lemma.endswith(("er", "ir", "re"))
        by_stem = (unlemmatised and word.lower.startswith(REPORTING_STEMS)) or word.lower in REPORTING_FINITE_FORMS \
            or fold(word.text).startswith(DISTINCT_STEMS) or word.lower in REPORTING_PRESENT_PARTICIPLES
        # craignent lemmatised « craigner », criant « crire »
        if lemma in NOT_REPORTING_WHEN_PRONOMINAL and _clitic_before(doc, word):
            return False  # l'enquête s'annonce « longue »: what it promises to be, not what it says
        if (lemma in REPORTING_VERBS and lemma != "faire") or by_stem:
            return True  # faire reports only inverted (« Non », fait-il), or in fait savoir
        if lemma in PRONOMINAL_REPORTING_VERBS or word.lower.startswith(PRONOMINAL_STEMS) \
                or word.lower in PRONOMINAL_PRESENT_FORMS:
            return _clitic_before(doc, word)
        if lemma in IMPERSONAL_REPORTING_VERBS:
            return any(is_clitic(w) and clean(w) == "on" for w in doc.words[max(word.index - 2, 0):word.index + 2])
    if lemma in ("savoir", "valoir") and word.index > 0 and doc.words[word.index - 1].lemma == "faire":
        return True  # a fait savoir, fait valoir
    before = doc.words[word.index - 1].lemma if word.index > 0 else ""
    if (lemma in ("croire", "entendre", "comprendre") and before in ("faire", "laisser")) \
            or (lemma == "tomber" and before == "laisser"):
        return True  # pour faire croire que, laisse entendre que, a fait comprendre que, a laissé tomber
    if _locution_words(doc, word):
        return True  # a mis en garde contre « … », a fait part de « … »
    if lemma == "voir" and _clitic_before(doc, word, ("y",)):
        return True  # les syndicats y voient « un recul »: what they read into it, in their words
    following = doc.words[word.index + 1] if word.index + 1 < len(doc.words) else None
    return following is not None and is_clitic(following) and (
        word.lower.startswith(REPORTING_STEMS) or word.lower in REPORTING_FINITE_FORMS or lemma == "faire"
        or (word.lower in IMPERSONAL_FINITE_FORMS and clean(following) == "on"))  # lit-on, « lit » read as a noun


def _that_said(doc: Doc, word: Word) -> bool:
    """« Cela dit, », « Ceci dit, »: the phrase that means « that being said »."""
    return word.lower == "dit" and 0 < word.index < len(doc.words) - 1 \
        and doc.words[word.index - 1].lower in ("cela", "ceci", "ça") and doc.words[word.index + 1].text == ","


def _locution_words(doc: Doc, verb: Word) -> List[int]:
    """The words that make a reporting phrase of the verb (mis | en garde, fait | part), else none."""
    for words in REPORTING_LOCUTIONS.get(verb.lemma.lower(), ()):
        following = doc.words[verb.index + 1:verb.index + 1 + len(words)]
        if [w.lower.replace("’", "'") for w in following] == list(words):
            return [w.index for w in following]
    return []


def is_misread_verb(doc: Doc, word: Word) -> bool:
    """A reporting verb's present or imperfect form tagged as a noun or adjective, without article:
    « Manfred Weber, juge au contraire qu'il faut … », right after the comma that closes its subject and
    introducing a « que » clause or quoted words (X, juge ces excuses « tardives »); « l'institution pointe
    « … » », « le groupe dément : « … » », right after a noun subject and right before the marks or a colon."""
    if word.upos not in ("NOUN", "ADJ", "ADV") or word.lower not in REPORTING_FINITE_FORMS or word.index == 0:
        return False
    if opens_comme_clause(doc, word):
        return True  # Comme le dit X, « … »: « le » read as the article of a noun « dit »
    if any(doc.words[c].deprel == "det" for c in word.children):
        return False
    following = doc.words[word.index + 1:word.index + 5]
    reach = following if doc.words[word.index - 1].text == "," else \
        doc.words[word.index + 1:word.index + 8] if _after_bracketed_name(doc, word) else []
    after_comma = word.upos == "NOUN" \
        and any(w.lower in ("que", "qu'", "qu’") or w.text in OPENING_MARKS for w in reach)
    if following and (following[0].lower in ("sur", "à", "de", "d'", "d’") or following[0].text == ":"):
        following = following[1:]  # l'institut table sur « … »
    before_marks = noun_before(doc, word) is not None and bool(following) and following[0].text in OPENING_MARKS
    return after_comma or before_marks


def _after_bracketed_name(doc: Doc, word: Word) -> bool:
    """Right after the brackets that close a subject (L'Agence européenne de sécurité des aliments (Efsa) | juge)."""
    if word.index < 3 or doc.words[word.index - 1].text != ")":
        return False
    opening = next((w for w in reversed(doc.words[max(word.index - 6, 0):word.index - 1]) if w.text == "("), None)
    return opening is not None and opening.index > 0 and doc.words[opening.index - 1].upos in ("NOUN", "PROPN", "ADJ")


def noun_before(doc: Doc, word: Word) -> Optional[int]:
    """The head of the noun phrase right before a word (l'institution | pointe, le constructeur aéronautique |
    table, les parents d'élèves | scandaient, l'Agence (Efsa) | juge), if any."""
    previous = doc.words[word.index - 1] if word.index > 0 else None
    if previous is not None and _after_bracketed_name(doc, word):
        previous = next(doc.words[w.index - 1] for w in reversed(doc.words[:word.index]) if w.text == "(")
    if previous is not None and previous.upos == "ADJ" and previous.head is not None and previous.head < previous.index:
        previous = doc.words[previous.head]
    while previous is not None and previous.deprel.startswith("nmod") and previous.head is not None \
            and previous.head < previous.index and doc.words[previous.head].upos in ("NOUN", "PROPN") \
            and not any(doc.words[c].lower in ("que", "qu'", "qu’") for c in previous.children):
        previous = doc.words[previous.head]  # les parents d'élèves | scandaient; not the noun before « que »
    return previous.index if previous is not None and previous.upos in ("NOUN", "PROPN") else None


def _governs_infinitive(doc: Doc, word: Word) -> bool:
    """fait valoir, a tenu à préciser, veut rassurer: a verb of this kind before an infinitive."""
    if word.lemma.lower() not in GOVERNING_VERBS or word.upos not in ("VERB", "AUX"):
        return False
    following = doc.words[word.index + 1:word.index + 3]
    if following and following[0].lower in ("à", "de", "d'", "d’"):
        following = following[1:]
    return bool(following) and following[0].feats.get("VerbForm") == "Inf"


def _is_modal(word: Word) -> bool:
    """peut-on lire, doit-il reconnaître: a modal verb belongs to the verb group it governs."""
    return word.lemma.lower() in MODAL_VERBS and word.upos in ("VERB", "AUX")


def _clitic_before(doc: Doc, verb: Word, clitics=REFLEXIVE_CLITICS, or_auxiliary: bool = False) -> bool:
    """s'inquiète, se sont de leur côté félicités, n'y voient: a clitic of `clitics`, reflexive by default (or, if
    asked, an auxiliary), shortly before the verb, in its clause."""
    for word in reversed(doc.words[max(verb.index - REFLEXIVE_WINDOW, 0):verb.index]):
        if word.upos == "PUNCT":
            return False
        auxiliary = word.upos == "AUX" or word.lemma in ("avoir", "être")  # « a pour sa part évoqué », « a » a VERB
        if word.lower in clitics or (or_auxiliary and auxiliary):
            return True
    return False


def cue_words(doc: Doc, verb: int) -> List[int]:
    """The verb group as written, by position: auxiliaries and clitic subjects before the verb
    (a-t-il déclaré), clitic subjects right after it (estime-t-elle), and from the reflexive pronoun of a
    pronominal verb (s'est félicité)."""
    words = [verb]
    sentence = doc.words[verb].sentence
    position = verb - 1
    while position >= 0 and doc.words[position].sentence == sentence:
        word = doc.words[position]
        linking = word.lower in ("à", "de", "d'", "d’") and position > 0 \
            and _governs_infinitive(doc, doc.words[position - 1])
        if word.upos == "AUX" or is_clitic(word) or _is_modal(word) or _governs_infinitive(doc, word) or linking:
            words.insert(0, position)
        elif not (word.upos == "ADV" and position > 0 and doc.words[position - 1].upos == "AUX"):
            break  # an adverb belongs to the group only between auxiliary and verb: a toutefois prévenu
        position -= 1
    words = list(range(words[0], verb + 1))
    following = verb + 1
    if following < len(doc.words) and is_clitic(doc.words[following]):
        words.append(following)
    words += _locution_words(doc, doc.words[verb])
    reflexive = _third_person_reflexive(doc, words[0], verb)
    return list(range(reflexive, words[0])) + words if reflexive is not None else words


def _third_person_reflexive(doc: Doc, first: int, verb: int) -> Optional[int]:
    """The se / s' of a pronominal verb group (s'est félicité, se sont de leur côté félicités), when
    it belongs to this verb (not s'est borné à expliquer)."""
    for word in reversed(doc.words[max(first - REFLEXIVE_WINDOW, 0):first]):
        if word.upos == "PUNCT" or word.sentence != doc.words[first].sentence:
            return None
        if word.lower in ("se", "s'", "s’"):
            return word.index if word.head is not None and first <= word.head <= verb else None  # s'accorde à dire
    return None


def _after(doc: Doc, sentence_words: List[Word], close: int) -> List[Word]:
    """The sentence's words after the closing mark, on the same line."""
    return [w for w in sentence_words if w.start > close and "\n" not in doc.text[close:w.start]]


def _before_mark(doc: Doc, sentence_words: List[Word], open_mark: int) -> List[Word]:
    """The sentence's words before the opening mark, on the same line unless a colon ends the line."""
    colon = doc.text[:open_mark].rstrip().endswith(":")
    return [w for w in sentence_words if w.end <= open_mark and (colon or "\n" not in doc.text[w.end:open_mark])]


def _inverted_after(doc: Doc, sentence_words: List[Word], close: int) -> Optional[Cue]:
    following = _without_adverbial_phrases(_after(doc, sentence_words, close))
    narrative = _narrative_infinitive(doc, following)
    if narrative is not None:
        return narrative
    seen, inverted = 0, False
    for word in following:
        if word.upos == "PUNCT":
            if word.text in PUNCT_END or seen:
                return None
            continue
        if _governs_infinitive(doc, word) or (word.lower in ("à", "de", "d'", "d’") and word.index > 0
                                              and _governs_infinitive(doc, doc.words[word.index - 1])):
            continue  # fait valoir, a tenu à préciser: the cue is the infinitive that follows
        if seen == 0 and word.lower in REPORTING_FINITE_FORMS and _opens_inverted_subject(doc, word):
            return Cue(cue_words(doc, word.index), word.index, "inverted_after")  # « … », écrit l'ONG: no participle
        if _bare_participle(doc, word):
            return None  # tant de « gratitude » exprimée envers X: the participle qualifies the quoted noun
        participle = word.upos == "VERB" and word.feats.get("VerbForm") == "Part"
        if _passive_of_quoted(doc, word, 0, following[0].index - 1):
            return None  # « une série d'actions » a été lancée par X: the words are what was done
        compound = seen == 1 and doc.words[word.index - 1].lemma == "avoir" and word.text.islower() \
            and word.upos in ("VERB", "NOUN", "ADJ") and word.index + 1 < len(doc.words) \
            and _starts_person(doc, doc.words[word.index + 1])  # a consenti X, whatever the tag of « consenti »
        if is_reporting_verb(word, doc) or word.lower in REPORTING_FINITE_FORMS \
                or (seen == 0 and _incise_verb(doc, word)) or compound \
                or (seen and word.lower in REPORTING_PARTICIPLES and _speaker_may_follow(doc, word)) \
                or (inverted and participle):  # a-t-il imagé, « imagé » an ADJ; a-t-elle motivé: any verb so inverted
            return Cue(cue_words(doc, word.index), word.index, "inverted_after")
        inverted = inverted or (is_clitic(word) and word.text.startswith("-"))
        if word.lower in ("il", "elle", "ils", "elles", "on"):
            return None  # « … » Elle ajoute que …: a new clause in subject order, not an inverted cue
        seen += 1
        if seen > NEAR_AFTER or not (word.upos in ("AUX", "PRON", "ADV") or word.lemma in ("avoir", "être")
                                     or is_clitic(word) or _is_modal(word)):
            return None
    return None


def _speaker_may_follow(doc: Doc, verb: Word) -> bool:
    """« … », a fait le ministre: after « fait », only a subject who may speak; not « les « gilets jaunes » ont
    fait leur retour »."""
    if verb.lemma.lower() != "faire":
        return True
    following = next((w for w in doc.words[verb.index + 1:verb.index + 4] if w.upos in ("NOUN", "PROPN", "PRON")),
                     None)
    return following is not None and may_speak(doc, following)


def _opens_inverted_subject(doc: Doc, verb: Word) -> bool:
    """Whether a determiner or a name follows the verb: the inverted subject of « écrit », « dit » (present
    forms that the tagger may read as participles)."""
    position = verb.index + 1
    while position < len(doc.words) and (doc.words[position].lower in TIME_NOUNS | {"hier", "aujourd'hui"}
                                         or doc.words[position].upos == "ADV"):
        position += 1  # écrit samedi le Straits Times
    following = doc.words[position] if position < len(doc.words) else None
    return following is not None and (following.upos == "PROPN" or (
        following.upos == "DET" and following.feats.get("PronType") in ("Art", "Dem")))


def _narrative_infinitive(doc: Doc, following: List[Word]) -> Optional[Cue]:
    """« … », de dire le premier ministre; « … », d'affirmer la ministre: Quebec's reporting infinitive."""
    words = [w for w in following if w.text != ","][:2]
    if len(words) == 2 and following[0].text == "," and words[0].lower in ("de", "d'", "d’") \
            and words[1].feats.get("VerbForm") == "Inf" and is_reporting_verb(words[1], doc):
        return Cue([words[0].index] + cue_words(doc, words[1].index), words[1].index, "inverted_after")
    return None


def _without_adverbial_phrases(words: List[Word]) -> List[Word]:
    """The words without the adverbial phrases among them (a une nouvelle fois répété, a de nouveau dit)."""
    kept, position = [], 0
    while position < len(words):
        length = next((len(phrase) for phrase in ADVERBIAL_PHRASES
                       if [w.lower for w in words[position:position + len(phrase)]] == phrase), 0)
        if not length:
            kept.append(words[position])
        position += max(length, 1)
    return kept


def _incise_verb(doc: Doc, word: Word) -> bool:
    """« … », enrage Pierre / peste-t-il: any finite verb right after the quote, with its subject inverted right
    after it (a clitic or a person's name), reports the words."""
    following = doc.words[word.index + 1] if word.index + 1 < len(doc.words) else None
    if word.upos != "VERB" or word.feats.get("VerbForm") != "Fin" or following is None or _is_modal(word) \
            or any(w.feats.get("VerbForm") == "Inf" for w in doc.words[word.index + 1:word.index + 3]):
        return False  # peut-on lire: the modal's infinitive is the cue
    return (is_clitic(following) and following.text.startswith("-")) or _starts_person(doc, following)


def _final_inverted(doc: Doc, sentence_words: List[Word], close: int) -> Optional[Cue]:
    """« … », c'est la réponse au malaise, plaide l'entourage: an inverted reporting clause that closes
    the sentence, after a comma, with its subject after it."""
    following = _after(doc, sentence_words, close)
    for position, word in enumerate(following):
        if not is_reporting_verb(word, doc) or _bare_participle(doc, word):
            continue  # not « …, accusé de … »: a participle qualifying a noun
        group = cue_words(doc, word.index)
        before = [w for w in following[:position] if w.index < group[0]]
        rest = [w for w in following if w.index > group[-1]]
        clause_end = next((n for n, w in enumerate(rest) if w.text in (":", ";")), len(rest))
        closes_sentence = all(w.upos != "VERB" for w in rest[:clause_end])  # a colon or semicolon ends it too
        if before and before[-1].text == "," and subject_after(doc, word) is not None and closes_sentence:
            return Cue(group, word.index, "inverted_after")
    return None


def _words_right_after(doc: Doc, sentence_words: List[Word], next_words: List[Word], close: int) -> List[Word]:
    """The words after the quote in its sentence, past a colon, or else those of the next sentence."""
    following = [w for w in _after(doc, sentence_words, close) if w.text != ":"]
    return following or _after(doc, next_words, close)


def _clause_after_colon(doc: Doc, sentence_words: List[Word], close: int) -> Optional[Cue]:
    """« Je suis innocent » : devant la cour, l'accusé a répété sa version: a colon after a quote opening its
    sentence, then a clause whose reporting verb, with its subject before it, attributes the quote; or whose
    subject is the saying, with its author as agent (« … » : la promesse a été faite par X)."""
    following = _after(doc, sentence_words, close)
    if len(following) < 3 or following[0].text != ":" or sentence_words[0].text not in OPENING_MARKS:
        return None
    for word in following[1:CLEFT_WORDS]:
        if word.text in OPENING_MARKS or word.text in PUNCT_END:
            return None
        if (is_reporting_verb(word, doc) and not _bare_participle(doc, word)) or _said_by_agent(doc, word):
            return Cue(cue_words(doc, word.index), word.index, "speaker_before")
    return None


def _said_by_agent(doc: Doc, verb: Word) -> bool:
    """A passive verb whose subject names a saying (l'engagement a été pris par X)."""
    subjects = [doc.words[c] for c in verb.children if doc.words[c].deprel.startswith("nsubj")]
    return verb.upos == "VERB" and any(s.lemma.lower() in SAYING_NOUNS for s in subjects) \
        and passive_agent(doc, verb) is not None


def _origin_after(following: List[Word]) -> Optional[Cue]:
    """« … » Le cri d'alarme vient des urgentistes; La formule est de X; Ce constat émane de X: a sentence right
    after the quote tracing the words to their author."""
    if len(following) < 5 or following[0].lower not in ("le", "la", "l'", "l’", "ce", "cette", "cet") \
            or following[1].lemma.lower() not in SAYING_NOUNS:
        return None
    author = _author_of_saying(following)
    if author is not None:
        return Cue([following[1].index], author.index, "selon")  # Le cri d'alarme de Laurence, infirmière, …
    for position, word in enumerate(following[2:6], start=2):
        rest = following[position + 1:position + 5]
        quality = len(rest) > 1 and (rest[1].lower in ("un", "une") or rest[1].upos == "ADJ")  # est d'une violence
        origin = word.lemma in ("venir", "émaner") or (word.lemma == "être" and position == 2 and not quality)
        if origin and rest and rest[0].lower in GENITIVE:
            source = next((w for w in rest[1:] if w.upos in ("NOUN", "PROPN")), None)
            return Cue([word.index], source.index, "selon") if source is not None else None
        if word.upos in ("VERB", "AUX"):
            return None
    return None


def _author_of_saying(following: List[Word]) -> Optional[Word]:
    """The name after « de » in « Le cri d'alarme de Laurence », « Ce constat du Giec », before any verb; not
    « La réponse de X », which answers the words before."""
    if following[1].lemma.lower() in ANSWER_NOUNS:
        return None
    for position, word in enumerate(following[2:SAYING_PHRASE_WORDS], start=2):
        if word.upos in ("VERB", "AUX") or word.text in (",", ".", ":"):
            return None
        after_de = following[position - 1].lower in GENITIVE or (
            following[position - 1].upos == "DET" and following[position - 2].lower in GENITIVE)
        if word.upos == "PROPN" and word.text[:1].isupper() and after_de:
            return word
    return None


def _cleft_after(following: List[Word], doc: Doc) -> Optional[Cue]:
    """« … » : c'est en ces termes que X a réagi; « … » C'est ce qu'a affirmé X; « … » : c'est la promesse
    faite par X; « … » Voilà ce qu'affirme X; « … » Tel est le constat de X: a cleft or resuming sentence right
    after the quote, in its sentence or the next one, whose reporting verb or noun of words attributes it."""
    if len(following) < 3 or not _resumes_the_quote(following[0], following[1]):
        return None
    if len(following) > 5 and following[2].upos == "DET" and following[3].lemma.lower() in SAYING_NOUNS:
        by = next((position for position, w in enumerate(following[4:8], start=4) if w.lower in ("par",) + GENITIVE
                   and following[position + 1:position + 2] and following[position + 1].lower != "ordre"),
                  None)  # la promesse faite par X, le message de X; not le mot d'ordre
        source = next((w for w in following[by + 1:by + 3] if w.upos in ("NOUN", "PROPN")), None) if by else None
        return Cue([following[3].index], source.index, "selon") if source is not None else None
    for word in following[2:CLEFT_WORDS]:
        if word.text in PUNCT_END:
            return None
        if is_reporting_verb(word, doc):
            return Cue(cue_words(doc, word.index), word.index, "inverted_after")
    return None


def _resumes_the_quote(first: Word, second: Word) -> bool:
    """C'est / Ce sont / Tel est / Voilà ce / Voici ce, opening what follows a quote."""
    if first.lower in ("voilà", "voici"):
        return second.lower == "ce"
    return (first.lower in ("c'", "c’", "ce") or first.lemma.lower() == "tel") and second.lemma == "être"


def _dash_after(doc: Doc, sentence_words: List[Word], close: int) -> Optional[Cue]:
    """« … » — X; « … » (X); « … », dixit X; and in a headline « … » : X durcit le ton, a name right after the
    colon."""
    following = _after(doc, sentence_words, close)
    if len(following) >= 2 and following[0].text in DASHES and following[1].upos in ("PROPN", "NOUN", "DET"):
        return Cue([following[0].index], following[1].index, "dash")
    if len(following) >= 3 and following[0].text == "(" and _starts_person(doc, following[1]):
        last = doc.mention_at(following[1].index).words[-1]
        if last + 1 < len(doc.words) and doc.words[last + 1].text in (")", ","):
            return Cue([following[0].index], following[1].index, "dash")  # « … » (Greta Thunberg[, climatologue])
    dixit = [w for w in following[:2] if w.lower == "dixit"]  # « … », dixit le ministre
    if dixit:
        named = next((w for w in following if w.index > dixit[0].index and w.upos in ("PROPN", "NOUN")), None)
        return Cue([dixit[0].index], named.index, "dash") if named is not None else None
    named = doc.mention_at(following[1].index) if len(following) >= 2 else None
    if following and following[0].text == ":" and named is not None and named.type in ("PER", "ORG") \
            and named.words[0] == following[1].index:
        return Cue([following[0].index], following[1].index, "dash")
    return None


def _governs(doc: Doc, verb: int, words: List[Word]) -> bool:
    for word in words:
        head = word.head
        while head is not None:
            if head == verb:
                return True
            head = doc.words[head].head
    return False


def opens_comme_clause(doc: Doc, verb: Word) -> bool:
    """Whether the verb opens a « comme (le/l') dit X », « comme l'a souligné X » or « ainsi que l'a rappelé X »
    clause, whose subject comes after it."""
    before = [w for w in doc.words[max(verb.index - 4, 0):verb.index] if w.sentence == verb.sentence]
    while before and (before[-1].upos == "AUX" or _is_modal(before[-1]) or before[-1].lower in ("l'", "l’", "le")):
        before.pop()  # comme l'a souligné X, comme devait le conclure X
    words = [w.lower for w in before]
    return bool(words) and (words[-1] == "comme" or words[-2:] == ["ainsi", "que"])


def _before(doc: Doc, sentence_words: List[Word], open_mark: int, quote: List[Word]) -> Optional[Cue]:
    preceding = _before_mark(doc, sentence_words, open_mark)
    if not preceding:
        return None
    short = len(quote) <= SHORT_QUOTE
    for distance, word in enumerate(reversed(preceding)):
        before_colon = distance == 1 and preceding[-1].text == ":" and word.upos not in ("NOUN", "PROPN") \
            and word.lower.startswith(REPORTING_STEMS)  # L'entreprise dément : « … », dément tagged ADV
        inverted = word.index + 1 < len(doc.words) and is_clitic(doc.words[word.index + 1])
        if word.lemma.lower() in INVERTED_OR_COLON_VERBS and preceding[-1].text != ":" and not inverted:
            continue  # but « A », poursuivait-il, « B »
        if (is_reporting_verb(word, doc) or before_colon or is_misread_verb(doc, word)) \
                and not _bare_participle(doc, word) \
                and not (quote and _passive_of_quoted(doc, word, quote[0].index, quote[-1].index)):
            if short and distance > NEAR_BEFORE and not _governs(doc, word.index, quote) \
                    and not opens_comme_clause(doc, word):  # Comme l'a souligné X, …: the whole sentence is X's
                return None
            layout = "colon_before" if preceding[-1].text == ":" else "speaker_before"
            word = _reporter_of_prediction(doc, word)
            return Cue(cue_words(doc, word.index), word.index, layout)
        if word.upos == "NOUN" and _reporting_noun(word) and not _object_of_reporting_verb(doc, word) \
                and (word.index >= preceding[-1].index - 2 or preceding[-1].text == ":") \
                and not (_demonstrative(doc, word) and preceding[-1].text != ":"):
            return Cue([word.index], word.index, "colon_before" if preceding[-1].text == ":" else "speaker_before")
    return None


def _passive_of_quoted(doc: Doc, verb: Word, first: int, last: int) -> bool:
    """« une série d'actions » a été lancée par X: a passive verb whose subject is a noun phrase among the words
    first..last (the quote, or all up to its end) reports nothing of them; they name the thing done."""
    return any(doc.words[c].deprel == "nsubj:pass" and first <= c <= last and doc.words[c].upos == "NOUN"
               and any(doc.words[d].deprel == "det" for d in doc.words[c].children)
               for c in verb.children)  # not « Plus jamais ça » a été scandé par X: words said


def _reporting_noun(word: Word) -> bool:
    """A noun for words said, by lemma or by its plural form (aux cris de « … », « cris » left unlemmatised)."""
    return word.lemma.lower() in REPORTING_NOUNS or (word.lower.endswith("s") and word.lower[:-1] in REPORTING_NOUNS)


def _reporter_of_prediction(doc: Doc, verb: Word) -> Word:
    """« Poutine a prévenu que Moscou répondrait « … » »: a reporting verb in the future or conditional inside
    the clause of another is a reported intention, not the act of speaking; the verb that reports it is."""
    head = doc.words[verb.head] if verb.head is not None and verb.deprel == "ccomp" else None
    predicted = verb.feats.get("Mood") == "Cnd" or verb.feats.get("Tense") == "Fut" \
        or verb.lower.endswith(("rait", "raient", "ront"))  # the tagger may read répondrait as an imperfect
    return head if predicted and head is not None and head.index < verb.index and is_reporting_verb(head, doc) \
        else verb


def _object_of_reporting_verb(doc: Doc, noun: Word) -> bool:
    """« a qualifié ces déclarations d'"ingérence" »: the noun names others' words; « a indiqué dans un
    communiqué qu'elle "…" »: the noun is where the verb's words were said; either way the verb is the cue."""
    return noun.deprel.split(":")[0] in ("obj", "obl") and noun.head is not None \
        and is_reporting_verb(doc.words[noun.head], doc)


def _demonstrative(doc: Doc, noun: Word) -> bool:
    """ces propos, cette déclaration: words said before, which the sentence qualifies; not a cue unless a
    colon follows (Il a eu cette phrase : « … »)."""
    return any(doc.words[c].deprel == "det" and doc.words[c].feats.get("PronType") == "Dem" for c in noun.children)


def _bare_participle(doc: Doc, word: Word) -> bool:
    """cité par le journal, interrogé sur BFMTV: a past participle without auxiliary or reflexive
    qualifies a noun; it introduces no quote."""
    if word.feats.get("VerbForm") != "Part" or word.feats.get("Tense") != "Past":
        return False  # a present participle (confirmant que « … ») does introduce quotes
    grouped = any(doc.words[c].deprel.startswith(("aux", "expl")) for c in word.children) \
        or _clitic_before(doc, word, or_auxiliary=True)  # a dit, s'est félicité, ont de leur côté dénoncé
    with_agent = passive_agent(doc, word) is not None  # qualifié de « … » par X: X's words
    return not grouped and not with_agent and word.deprel.split(":")[0] in ("acl", "amod", "advcl")


def passive_agent(doc: Doc, verb: Word) -> Optional[int]:
    """The agent « par X », after it, of a passive or bare participle (jugé « irréaliste » par les syndicats,
    a été décrite comme « … » par X); not of an active verb (Interrogé par France Info, X a jugé)."""
    auxiliaries = {doc.words[c].deprel for c in verb.children}
    if ("aux:tense" in auxiliaries and "aux:pass" not in auxiliaries) or verb.lemma.lower() in RELAYING_VERBS:
        return None  # cité par le Wall Street Journal: the paper relays the words of the one it cites
    for child in verb.children:
        word = doc.words[child]
        if word.deprel == "obl:agent" and child > verb.index and word.upos in ("NOUN", "PROPN", "PRON") \
                and any(doc.words[c].lower == "par" for c in word.children):
            return child
    return _agent_by_position(doc, verb) if verb.feats.get("Voice") == "Pass" else None


def _agent_by_position(doc: Doc, verb: Word) -> Optional[int]:
    """« une somme jugée « insuffisante » par la Fédération », the agent hung on the adjective: the first
    « par » after a passive participle, before any other verb or clause punctuation, and the noun it governs."""
    for word in doc.words[verb.index + 1:verb.index + 12]:
        if word.sentence != verb.sentence or word.upos in ("VERB", "AUX") or word.text in (",", ";", ":", "."):
            return None
        if word.lower == "par" and word.head is not None and word.head > word.index \
                and doc.words[word.head].upos in ("NOUN", "PROPN", "PRON"):
            return word.head
    return None


def _selon(doc: Doc, sentence_words: List[Word], open_mark: int, close: int, after: bool) -> Optional[Cue]:
    """Before the quote: selon X, d'après X, Pour X opening a sentence or following a colon; after it: selon X
    right after the marks."""
    allowed = _after_for_selon(doc, sentence_words, close) if after else _before_mark(doc, sentence_words, open_mark)
    for position, word in enumerate(sentence_words):
        phrase, length = _preposition_at(sentence_words, position)
        if not phrase or word not in allowed:
            continue
        if phrase == "pour" and not _introduces_source(doc, sentence_words, position, open_mark, after):
            continue
        phrase_words = sentence_words[position:position + length]
        target = _possessive_in(phrase_words) if phrase in POSSESSIVE_ATTRIBUTIONS \
            else _object_of(sentence_words[position + length:])
        if target is not None and not _the_newspaper_itself(doc, target):
            return Cue([w.index for w in phrase_words], target, "selon")
    return None


def _introduces_source(doc: Doc, words: List[Word], position: int, open_mark: int, after: bool) -> bool:
    """Whether « pour » names the source: opening the sentence before the quote (Pour la toxicologue, « … »;
    Pour X, cette violence « … »; not Pour que …, nor Pour les otages, il faudrait « … »), or after the marks of
    a verbless sentence (Une décision « disproportionnée » pour la LDH)."""
    if after:
        return _verdict_of(doc, words, position, open_mark)
    return _opens_clause(words, position) and _introduces_noun(words, position) \
        and (_opens_right_after(doc, words[position], open_mark) or _names_source_before_comma(doc, words))


def _verdict_of(doc: Doc, words: List[Word], position: int, open_mark: int) -> bool:
    """Une décision « disproportionnée » pour la LDH: in a verbless sentence (a relative clause aside), « pour »
    right after the marks names who judges so, when it names a person or an organisation."""
    before = [w for w in words if w.end <= open_mark]
    root = next((w for w in words if w.head is None), None)
    if any(w.upos in ("VERB", "AUX") for w in before) or not before or before[0].upos != "DET" \
            or root is None or root.upos != "NOUN":
        return False  # not Un hommage « émouvant » pour X s'est tenu …
    target = _object_of(words[position + 1:])
    mention = doc.mention_at(target) if target is not None else None
    return mention is not None and mention.type in ("PER", "ORG")


def _opens_clause(words: List[Word], position: int) -> bool:
    """Whether the word opens the sentence, the clause after a colon or semicolon or a list item, linking words
    aside (Pour X ; Rugby : pour X ; Mais pour X ; Or, pour X ; - pour X)."""
    for word in reversed(words[:position]):
        if word.text in (":", ";", "•") or word.text in DASHES:
            return True
        if word.upos not in ("CCONJ", "ADV") and word.text != ",":
            return False
    return True


def _after_for_selon(doc: Doc, sentence_words: List[Word], close: int) -> List[Word]:
    """Where « selon X » attributes a quote before it: right after the marks, or closing the sentence
    after a comma (« … » dans la ville, selon cette ONG.)."""
    following = _after(doc, sentence_words, close)
    allowed = following[:3]
    for position, word in enumerate(following[3:], start=3):
        rest = following[position + 1:]
        if following[position - 1].text == "," and not any(w.upos in ("VERB", "AUX") for w in rest):
            allowed.append(word)
    return allowed


def _opens_right_after(doc: Doc, preposition: Word, open_mark: int) -> bool:
    """Whether the quote opens right after the preposition's phrase and its comma, an adverbial
    aside allowed (Pour X, au contraire, « … »)."""
    between = doc.text[preposition.end:open_mark]
    return len(between) <= 60 and re.fullmatch(r"[^.;:!?«»\"“”]*,\s*", between) is not None


def _introduces_noun(words: List[Word], position: int) -> bool:
    """Pour la toxicologue, pour lui — not pour que, pour libérer."""
    return position + 1 < len(words) and words[position + 1].upos in ("DET", "PROPN", "NOUN", "PRON") \
        and words[position + 1].lower not in ("que", "qu'", "qu’")


def _names_source_before_comma(doc: Doc, sentence_words: List[Word]) -> bool:
    """Whether the sentence's opening phrase, up to its first comma, names a person, an organisation or an
    institution (Pour le sociologue X, ; Pour la CGT, ; Pour le gouvernement, ; Pour l'ex-candidate,), or a person
    stands apposed right after that comma (Pour la commissaire à la Concurrence, X,)."""
    for position, word in enumerate(sentence_words):
        if word.text == ",":
            following = sentence_words[position + 1:position + 2]
            apposed = doc.mention_at(following[0].index) if following else None
            return apposed is not None and apposed.type == "PER"
        mention = doc.mention_at(word.index)
        definite = any(doc.words[c].lower in ("le", "la", "l'", "l’") for c in word.children)
        institution = word.upos == "NOUN" and (word.lemma.lower() in INSTITUTION_NOUNS | ORGANISATION_NOUNS
                                               or (definite and may_speak(doc, word)))  # Pour l'ex-candidate,
        if (mention is not None and mention.type in ("PER", "ORG")) or institution \
                or (word.upos == "PRON" and word.lower in STRESSED_PRONOUNS):
            return True  # Pour le sociologue X, ; Pour la CGT, ; Pour le gouvernement, ; Pour lui,
    return False


# How the MWT step writes a contracted preposition: aux yeux de → à les yeux de.
EXPANDED_CONTRACTIONS = {"aux": "à les", "au": "à le", "du": "de le", "des": "de les"}


def _as_words(phrase: str) -> str:
    """The phrase as its words run together, contractions expanded (aux yeux de → àlesyeuxde)."""
    words = phrase.replace("’", "'").split()
    return "".join(EXPANDED_CONTRACTIONS.get(word, word).replace(" ", "") for word in words)


ATTRIBUTION_FORMS = [(phrase, written) for phrase in ATTRIBUTION_PREPOSITIONS + POSSESSIVE_ATTRIBUTIONS
                     for written in {phrase.replace("’", "'").replace(" ", ""), _as_words(phrase)}]


def _preposition_at(words: List[Word], position: int) -> Tuple[Optional[str], int]:
    """The attribution preposition starting at `position` and its length in tokens, however the
    tokenizer cut it (d’après may be one token or two)."""
    first = _plain(words[position])
    for phrase, wanted in ATTRIBUTION_FORMS:
        if not wanted.startswith(first):
            continue
        written, length = first, 1
        while written != wanted and wanted.startswith(written) and position + length < len(words):
            written += _plain(words[position + length])
            length += 1
        if written == wanted:
            return phrase, length
    return None, 0


def _plain(word: Word) -> str:
    return word.lower.replace("’", "'")


def _the_newspaper_itself(doc: Doc, noun: int) -> bool:
    """Selon nos informations, d'après notre enquête: the paper's own reporting, which quotes no one."""
    return any(doc.words[c].lower in ("nos", "notre") for c in doc.words[noun].children)


def _possessive_in(words: List[Word]) -> Optional[int]:
    """The possessive of à ses yeux, à son avis: it stands for the source."""
    return next((word.index for word in words if word.upos == "DET" and word.feats.get("Poss") == "Yes"), None)


def _object_of(words: List[Word]) -> Optional[int]:
    """The first noun or pronoun after the preposition, before any punctuation."""
    for word in words[:6]:
        if word.upos in ("PROPN", "NOUN", "PRON"):
            return word.index
        if word.upos == "PUNCT":
            return None
    return None


def find_cue(doc: Doc, open_mark: int, close: int) -> Optional[Cue]:
    """The cue of a quote whose marks stand at open_mark and close (close: end of the marked text)."""
    quote = doc.words_between(open_mark + 1, close)
    last_char = close - 1
    while last_char > open_mark and doc.text[last_char].isspace():
        last_char -= 1
    last = doc.sentence_at(last_char)
    first = doc.sentence_at(open_mark)
    after_words = [doc.words[i] for i in doc.sentences[last]]
    before_words = [doc.words[i] for i in doc.sentences[first]]
    if last + 1 < len(doc.sentences) and not [w for w in after_words if w.start > close] \
            and not _opens_new_sentence(doc, doc.sentences[last + 1], close):
        after_words = [doc.words[i] for i in doc.sentences[last + 1]]  # « … » | a-t-il dit. split apart
    if first > 0 and not [w for w in before_words if w.end <= open_mark] \
            and doc.words[doc.sentences[first - 1][-1]].text == ":":
        before_words = [doc.words[i] for i in doc.sentences[first - 1]]  # X a déclaré : ¶ « … »
    next_words = [doc.words[i] for i in doc.sentences[last + 1]] if last + 1 < len(doc.sentences) else []
    selon = _selon(doc, before_words, open_mark, close, after=False)
    verb_before = _before(doc, before_words, open_mark, quote)
    if selon is not None and verb_before is not None and _set_off_after(doc, selon, verb_before):
        selon = None  # X aurait ajouté, selon des participants, que « … »: the words are X's, relayed
    before = [cue for cue in (selon, verb_before)
              if cue is not None and doc.words[cue.words[-1]].end <= open_mark]
    nearest_before = max(before, key=lambda cue: cue.words[-1]) if before else None
    if selon in before and _frames_sentence(before_words, selon):
        nearest_before = selon  # Selon la magistrate, trois témoins ont confirmé « … »
    if nearest_before is not None and _introduces_by_que(doc, nearest_before, open_mark):
        return nearest_before  # X, qui a tenu à rappeler que « … », a annoncé …: the quote is the verb's clause
    right_after = _words_right_after(doc, after_words, next_words, close)
    selon_after = _selon(doc, after_words, open_mark, close, after=True)
    if selon_after is not None and _relays_verb_before(doc, selon_after, nearest_before, open_mark, close):
        selon_after = None
    return (_inverted_after(doc, after_words, close) or _cleft_after(right_after, doc) or _origin_after(right_after)
            or _clause_after_colon(doc, after_words, close)
            or _dash_after(doc, after_words, close)
            or selon_after or nearest_before
            or _final_inverted(doc, after_words, close) or _colon_only(doc, before_words, open_mark))


def _set_off_after(doc: Doc, selon: Cue, verb: Cue) -> bool:
    """Whether a « selon » phrase stands between commas right after a reporting verb group (a ajouté, selon X,)."""
    verb_end = doc.words[max(verb.words)].end
    selon_start = doc.words[selon.words[0]].start
    after_source = doc.text[doc.words[selon.anchor].end:].lstrip()[:1]
    return verb.layout == "speaker_before" and verb_end < selon_start \
        and doc.text[verb_end:selon_start].strip() == "," and after_source in (",", "")


def _introduces_by_que(doc: Doc, cue: Cue, open_mark: int) -> bool:
    """Whether a reporting verb is followed by « que » and the marks, nothing else (a rappelé que « … »)."""
    between = doc.words_between(doc.words[cue.words[-1]].end, open_mark)
    return cue.layout == "speaker_before" and len(between) == 1 and between[0].lower in ("que", "qu'", "qu’")


def _relays_verb_before(doc: Doc, selon: Cue, before: Optional[Cue], open_mark: int, close: int) -> bool:
    """« Moscou juge « … » le déploiement, selon un communiqué »: a « selon » closing the sentence, away from the
    marks, relays the words of the reporting verb right before the quote; so does one right after the marks when
    that verb governs the quoted words (a jugé l'idée « intéressante » mais « prématurée », selon son entourage):
    the verb's subject speaks."""
    if before is None or before.layout != "speaker_before" or not _subject_may_speak(doc, doc.words[before.anchor]):
        return False  # not Les marchés ont salué « la clarté » du message, selon un analyste: the analyst speaks
    away = not re.fullmatch(r"[\s»”\"',]*", doc.text[close:doc.words[selon.words[0]].start]) \
        and len(doc.words_between(doc.words[before.words[-1]].end, open_mark)) <= NEAR_VERB
    return away or _governs(doc, before.anchor, doc.words_between(open_mark + 1, close))


def _subject_may_speak(doc: Doc, verb: Word) -> bool:
    """Whether the verb's subject may say words (see `may_speak`); true when the parse gave it none."""
    subjects = [doc.words[c] for c in verb.children if doc.words[c].deprel.startswith("nsubj")]
    return not subjects or may_speak(doc, subjects[0])


def may_speak(doc: Doc, word: Word) -> bool:
    """A pronoun, a name, or a noun for a person or an organisation: not les marchés, le calendrier."""
    mention = doc.mention_at(word.index)
    lemma = word.lemma.lower()
    if lemma.startswith(ROLE_PREFIXES) and "-" in lemma:
        lemma = lemma.split("-", 1)[1]  # l'ex-candidate, la vice-présidente
    return word.upos in ("PRON", "PROPN") or (mention is not None and mention.type in ("PER", "ORG")) \
        or lemma in SPEAKING_NOUNS or lemma.endswith(PERSON_ENDINGS)


def _opens_new_sentence(doc: Doc, sentence: List[int], close: int) -> bool:
    """Whether the sentence after a quote starts anew with a capital (« … » Ces mots, …), rather than
    going on with a reporting clause (« … » a-t-il dit)."""
    words = [doc.words[i] for i in sentence if doc.words[i].start > close]
    if words and words[0].text in DASHES:
        return False  # « … » — X: the dash names the speaker
    words = [w for w in words if w.upos != "PUNCT"]
    return bool(words) and words[0].text[:1].isupper()


def _colon_only(doc: Doc, sentence_words: List[Word], open_mark: int) -> Optional[Cue]:
    """Le préfet reste prudent : « … »: a colon as the sole cue; the speaker is the subject of the
    clause before it (the predicate of a copula, or its last finite verb), the agent of a verbless
    clause's participle (Un avis partagé par X : « … »), the place words come from in a verbless clause
    (Même son de cloche chez X : « … »), or in a headline the name that stands alone before it."""
    preceding = _before_mark(doc, sentence_words, open_mark)
    if len(preceding) < 2 or preceding[-1].text != ":":
        return None
    finite = [w for w in preceding if w.feats.get("VerbForm") == "Fin" and w.upos in ("VERB", "AUX")]
    shared = [w for w in preceding if w.feats.get("VerbForm") == "Part"
              and any(doc.words[c].deprel == "obl:agent" for c in w.children)]
    if not finite and shared:
        return Cue([preceding[-1].index], shared[-1].index, "colon_before")  # Un avis partagé par X : « … »
    where = next((w for w in preceding if not finite and w.upos in ("NOUN", "PROPN") and _said_at(doc, w)), None)
    if where is not None:
        return Cue([preceding[-1].index], where.index, "selon")  # Même son de cloche chez X : « … »
    if not finite:
        names = [w for p, w in enumerate(preceding)
                 if w.upos == "PROPN" and not _in_phrase_after_preposition(doc, preceding, p)]
        headline = len(preceding) <= HEADLINE_SPEAKER_WORDS and names  # Macron : « Nous ne céderons pas »
        return Cue([preceding[-1].index], names[0].index, "colon_before") if headline else None
    verb = finite[-1]
    auxiliary = verb.deprel == "cop" or verb.deprel.startswith("aux")  # est prudent, s'est montré prudent
    anchor = verb.head if auxiliary and verb.head is not None else verb.index
    return Cue([preceding[-1].index], anchor, "colon_before")


def _said_at(doc: Doc, word: Word) -> bool:
    """X in « chez X » or « du côté de X »: where the words of a verbless sentence come from."""
    cases = [doc.words[c].lower for c in word.children if doc.words[c].deprel == "case"]
    beside = word.head is not None and doc.words[word.head].lower == "côté" and word.deprel.startswith("nmod")
    return "chez" in cases or beside


def _frames_sentence(sentence_words: List[Word], cue: Cue) -> bool:
    """Whether a « selon X » opens its sentence, before any verb, and so attributes all of it."""
    return not any(w.upos in ("VERB", "AUX") for w in sentence_words if w.index < cue.words[0])


def find_incise(doc: Doc, start: int, end: int) -> Optional[Incise]:
    """A reporting incise inside the content [start, end): « A, explique X. B »."""
    inside = doc.words_between(start, end)
    for position, word in enumerate(inside[1:], start=1):
        if not is_reporting_verb(word, doc):
            continue
        group = cue_words(doc, word.index)
        before = [w for w in inside[:position] if w.index < group[0]]
        if not before or before[-1].text != ",":
            continue
        if subject_after(doc, word) is None:
            continue
        incise_end = _incise_end(doc, inside, word)
        rest = [w for w in inside if w.start >= incise_end]
        while rest and rest[0].upos == "PUNCT":
            rest.pop(0)
        return Incise(Cue(group, word.index, "incise"), before[-1].start, rest[0].start if rest else None)
    return None


def subject_after(doc: Doc, verb: Word) -> Optional[int]:
    """The inverted subject of a verb: a clitic pronoun in its group (a-t-il dit), the first noun or name
    right after the group (explique X, a indiqué la Maison Blanche), else a subject the parse puts after it."""
    group = cue_words(doc, verb.index)
    clitics = [i for i in group if is_clitic(doc.words[i])]
    if clitics:
        return clitics[0]
    following = _without_adverbial_phrases(_past_insertions(
        [w for w in doc.words[max(group) + 1:max(group) + 9 + 2 * INSERTION_WORDS] if w.sentence == verb.sentence]))[:8]
    for position, word in enumerate(following):
        if word.text in PUNCT_END or (word.upos in ("VERB", "AUX") and not is_clitic(word)):
            break
        if is_title(word.text) and position + 1 < len(following) and following[position + 1].text[:1].isupper() \
                and following[position + 1].head != word.index:
            continue  # a martelé Me Frank Dupont: the name, not a title the parse left apart from it
        # a name the tagger missed, not the « Premier » of « le Premier ministre »
        capitalised = word.text[:1].isupper() and word.upos in ("ADJ", "X") \
            and not (word.deprel == "amod" and word.head == word.index + 1)
        adjectival = word.upos == "ADJ" and position > 0 and following[position - 1].upos == "DET" and \
            position + 1 < len(following) and following[position + 1].upos in ("ADP", "PUNCT")  # un proche de
        nominal = word.upos in ("PROPN", "NOUN", "PRON") or capitalised or adjectival
        if nominal and word.lower not in TIME_NOUNS and not _in_phrase_after_preposition(doc, following, position):
            return word.index
    for child in verb.children:
        if child > verb.index and doc.words[child].deprel.startswith("nsubj"):
            return child
    return None


def _past_insertions(words: List[Word]) -> List[Word]:
    """The words after a verb, without the phrases set off by commas among them (lance, bravache, le ministre;
    assurait en mars, devant la presse, le patron)."""
    kept, position = [], 0
    while position < len(words):
        word = words[position]
        closing = next((end for end, other in enumerate(words[position + 1:position + INSERTION_WORDS + 2],
                                                        start=position + 1) if other.text == ","), None) \
            if word.text == "," else None
        if closing is not None and not any(w.upos in ("VERB", "AUX") or w.text in PUNCT_END
                                           for w in words[position + 1:closing]):
            position = closing + 1
            continue
        kept.append(word)
        position += 1
    return kept


def _in_phrase_after_preposition(doc: Doc, words: List[Word], position: int) -> bool:
    """Whether the noun at `position` is the object of a preposition (de son côté, à l'AFP, sur France Inter)."""
    name = doc.mention_at(words[position].index)
    determined = False
    for word in reversed(words[:position]):
        if name is not None and doc.mention_at(word.index) is name:
            continue  # the rest of a name: France | Inter
        name = None
        if word.upos == "NUM" and determined:
            return False  # écrivait en 2019 | la Cour des comptes: the number ends the preposition's phrase
        determined = determined or word.upos == "DET"
        if word.upos in ("DET", "ADJ", "NUM") or word.text in ("'", "’") or is_title(word.text):
            continue
        return word.upos == "ADP"
    return False


def _incise_end(doc: Doc, inside: List[Word], verb: Word) -> int:
    """Where the incise stops: after its subject and the subject's appositions
    (explique X, toxicologue, ancien de l'Anses.), or right after a clitic subject (a-t-il dit,)."""
    subject = subject_after(doc, verb)
    if subject is None:
        return verb.end
    end = max(doc.words[subject].end, verb.end)  # a-t-il dit: the clitic stands before the participle
    if doc.words[subject].upos == "PRON" or is_clitic(doc.words[subject]):
        return _complements_end(inside, max(subject, verb.index), end)
    following = [w for w in inside if w.index > subject]
    position = 0
    while position < len(following) and following[position].text not in PUNCT_END | {","}:
        end = following[position].end  # the rest of the subject's name
        position += 1
    named_role = doc.words[subject].upos == "NOUN"  # prévient le maire de Nice, Christian Estrosi.
    while position + 1 < len(following) and following[position].text == "," and (
            _starts_apposition(following[position + 1])
            or (named_role and _starts_person(doc, following[position + 1]))):
        position += 1
        while position < len(following) and following[position].text not in PUNCT_END | {","}:
            end = following[position].end
            position += 1
    return end


def _complements_end(inside: List[Word], last: int, end: int) -> int:
    """a-t-il lancé aux députés.: the incise goes on over the verb's complements up to a comma or the
    end of the sentence, as long as no new clause starts."""
    for word in (w for w in inside if w.index > last):
        if word.text in PUNCT_END | {","} or word.upos in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
            return end
        end = word.end
    return end


def _starts_person(doc: Doc, word: Word) -> bool:
    """Whether a person's name begins at this word."""
    mention = doc.mention_at(word.index)
    return mention is not None and mention.type == "PER" and mention.words[0] == word.index


def _starts_apposition(word: Word) -> bool:
    """directeur de …, l'association qui …, installé à …: not the quote resuming (mais, nous, il …)."""
    if word.upos == "VERB":
        return word.feats.get("VerbForm") == "Part"
    return word.upos in ("NOUN", "DET", "ADJ", "NUM") and word.text[:1].islower()

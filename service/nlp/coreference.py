"""Resolves a speaker mention to who it is: a named entity, or a description as written.

Pronouns (il, elle, -t-il, lui…) go to the last named speaker or person subject that agrees in
gender and number; surnames and titles (Kirby, M. Macron) to the entity's most complete name;
role nouns (le ministre) to the person the article introduced with that role.
"""
import re
from collections import Counter
from dataclasses import dataclass
from typing import Dict, List, Optional

from service.nlp.cues import clean, cue_words, is_clitic, is_reporting_verb, subject_after
from service.nlp.document import Doc, EntityMention
from service.nlp.entities import (COMMON_ACRONYMS, FIRST_NAMES, QUANTITY_WORDS, find_person, fold,
                                  in_role_title, is_nationality, is_title, names_a_national, same_person)
from service.nlp.lexicon import (AGENT_ENDINGS, DOCUMENT_NOUNS, EPICENE_NOUNS, FEMININE_FIRST_NAMES,
                                 GENERIC_ROLE_NOUNS, GENITIVE, HEADED_BY_PERSON, INSTITUTION_NOUNS, LEGAL_PROFESSIONS,
                                 MASCULINE_FIRST_NAMES, MEDIA_NOUNS, OFFICE_NOUNS, ORGANISATION_NOUNS,
                                 PARTIES_TO_A_CASE, RELATIONAL_NOUNS, ROLE_FAMILIES, ROLE_NOUNS, ROLE_PERIPHRASES,
                                 ROLE_PREFIXES, STATUS_NOUNS, SUBJECT_PRONOUNS, TITLES)
from service.nlp.model import Entity, Span, Speaker
from service.nlp.speakers import agent_of, is_age, is_document, noun_phrase, possessor

DEMONSTRATIVE = ("ce", "cet", "cette")
DEFINITE = ("le", "la", "l'", "l’") + DEMONSTRATIVE
INDEFINITE = ("un", "une", "des", "d'", "d’")
INDEFINITE_SINGULAR = ("un", "une")
LATTER_WINDOW = 2  # sentences back in which celui-ci, celle-ci or ce dernier finds who it names
# Prepositions never followed by « de »: after them « des » is an indefinite article (selon des experts).
PREPOSITIONS_WITHOUT_DE = ("selon", "après", "pour", "par", "avec", "sans", "chez", "contre", "entre", "parmi", "sur",
                           "sous", "dans", "vers", "malgré", "envers")
PRONOUN_WINDOW = 8   # sentences back in which a pronoun's antecedent is looked for
ROLE_WINDOW = 2      # sentences back in which a role noun (le ministre) looks for the person it names
PERSON_NAME = re.compile(r"^[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:de|du|des|d'|d’|le|la|al|el|ben|ibn|van|von)\s+)?"
                         r"[A-ZÀ-Ý][\w'’.-]*)+$")  # a person's name as a speaker name (Nacer Zemmal)
# Indefinite pronouns that speak for a place named before them: À Bercy, chacun s'accorde à dire …
INDEFINITE_SOURCES = ("chacun", "chacune")
FAMILY_NOUNS = ("couple", "famille", "fratrie", "foyer", "ménage")  # one name for several people: « ils »
PLACE_OPENERS = ("a", "au", "aux", "dans", "chez")
PLACE_PHRASE_WORDS = 5
# Capitalised words right before a name's last word, within so many characters: Nacereddine | Zemmal.
NAME_RUN_BEFORE = re.compile(r"(?:[A-ZÀ-Ý][\w'’-]+\s)*$")
NAME_RUN_CHARS = 120
# ce dernier, le second → the person named last (0); le premier → the one named before (1)
ORDINAL_REFERENCES = {"dernier": 0, "derniere": 0, "second": 0, "seconde": 0, "deuxieme": 0,
                      "premier": 1, "premiere": 1}
NAMED_NEXT_SENTENCES = 2  # how far ahead a role introduced unnamed may get its name
ROLE_PHRASE_WORDS = 8  # words back from a name in which a role phrase (le président de la région,) opens
ROLE_RELATIONS = ("appos", "nmod", "flat", "flat:name")
# Organisations whose names carry their noun: « le ministère » stands only for a « ministère de … » named before.
NAMED_BY_THEIR_NOUN = ("ministère",)
POSSESSIVE_DETERMINERS = ("son", "sa", "ses", "leur", "leurs")
INFORMANT_NOUNS = ("source", "informateur", "informatrice")  # cette source: any person the article did not name
DOCUMENT_AUTHORS = ("auteur", "autrice", "rédacteur", "rédactrice", "signataire")  # ses auteurs: the document's
PRIVATE_DESCRIPTION_WORDS = 5  # words after a first name in which an age or a situation (, un habitant) comes


@dataclass
class Candidate:
    person: Speaker   # name and entity of a person who could be meant
    sentence: int
    offset: int
    speaker: bool     # said an earlier quote (preferred over a mere subject)


def _is_role_noun(word) -> bool:
    """le ministre, l'intéressé (whatever lemma the lemmatizer gave it), la vice-présidente, l'ex-ministre."""
    return any(form in ROLE_NOUNS or (form.startswith(ROLE_PREFIXES) and form.split("-", 1)[1] in ROLE_NOUNS)
               for form in (word.lemma.lower(), word.lower))


def names_a_person(word, doc) -> bool:
    """A role noun, a noun whose ending names someone who does something (l'astronaute, la romancière,
    l'octogénaire) or that names a person's situation (le retraité), or a person by age (le jeune homme)."""
    agent = any(form.endswith(AGENT_ENDINGS) or form in STATUS_NOUNS
                for form in (word.lower, word.lemma.lower()))  # by lemma too: les agriculteurs, les habitants
    return _is_role_noun(word) or (_nominal(word, doc) and agent) or names_a_national(word.text) \
        or _by_age_or_kind(word, doc)


def _by_age_or_kind(word, doc) -> bool:
    """le jeune homme, la vieille dame, and any man or woman so qualified (l'homme d'affaires, la femme
    politique): a person named by age or trade."""
    lemma = word.lemma.lower()
    aged = lemma in ("homme", "femme", "fille", "garçon", "dame") and any(
        doc.words[c].lemma.lower() in ("jeune", "vieux", "vieil") for c in word.children)
    qualified = lemma in ("homme", "femme") and any(doc.words[c].deprel in ("amod", "nmod") for c in word.children)
    return aged or qualified


def _nominal(word, doc) -> bool:
    """A noun, or an adjective used as one, with its determiner (l'octogénaire tagged ADJ)."""
    return word.upos == "NOUN" or (word.upos == "ADJ" and any(doc.words[c].deprel == "det" for c in word.children))


def _roles_compatible(one: str, other: str) -> bool:
    """Whether one person may be called by both role nouns (la procureure, la magistrate)."""
    return one == other or one in GENERIC_ROLE_NOUNS or other in GENERIC_ROLE_NOUNS or any(
        one in family and other in family for family in ROLE_FAMILIES)


def _role_word(word) -> str:
    """A role noun as the role lists spell it: its lemma, or its form when the lemmatizer took it for a verb
    (élue lemmatised « élire »)."""
    return word.lemma.lower() if word.lemma.lower() in ROLE_NOUNS else word.lower


def _lexical_gender(noun: str) -> Optional[str]:
    """The gender a role noun's form shows against its pair in the role list: élue, avocate (Fem); élu (Masc)."""
    if noun not in ROLE_NOUNS:
        return None
    if noun.endswith("e") and noun[:-1] in ROLE_NOUNS:
        return "Fem"
    return "Masc" if noun + "e" in ROLE_NOUNS else None


def _bare_role(phrase: str) -> str:
    """The role without the adjectives after its last role noun: premier ministre israélien → premier ministre."""
    words = phrase.split()
    last = max((n for n, word in enumerate(words) if word in ROLE_NOUNS), default=len(words) - 1)
    return " ".join(words[:last + 1])


def _same_role(held: str, asked: str) -> bool:
    """Whether a role phrase may name the holder of another: the same role, one of them without its
    adjective (le premier ministre ↔ le premier ministre israélien; not président français ↔ président américain)."""
    bare = _bare_role(held)
    return bare == _bare_role(asked) and (held == bare or asked == bare)


def _heads_a_body(phrase: str) -> bool:
    """président du Sénat, présidente de la région: a role over a body other than the State, whose holder no
    periphrasis for a head of state or government names."""
    return bool(re.match(r"(?:vice-)?présidente? (?:du|de|des|d')\b", phrase)) and "république" not in phrase


def _nationalities(role: str) -> set:
    """The adjectives of nationality after the role noun of a role phrase, or the phrase's own words when it has
    no role noun: président chinois → {chinois}; (l')espagnol → {espagnol}."""
    words = role.split()
    last = max((n for n, word in enumerate(words) if word in ROLE_NOUNS), default=-1)
    return {word for word in words[last + 1:] if is_nationality(word)}


def _agrees(gender: Optional[str], wanted: Optional[str]) -> bool:
    """Whether a person's gender, if known, fits the gender a mention asks for, if any."""
    return not wanted or gender in (None, wanted)


FEMININE_FOLDED = {fold(name) for name in FEMININE_FIRST_NAMES}
MASCULINE_FOLDED = {fold(name) for name in MASCULINE_FIRST_NAMES}


def _first_name_gender(name: str) -> Optional[str]:
    """The gender a first name tells, with or without its accents (Eric, Éric; Helene)."""
    feminine, masculine = fold(name) in FEMININE_FOLDED, fold(name) in MASCULINE_FOLDED
    if feminine != masculine:
        return "Fem" if feminine else "Masc"
    return None


class Resolver:
    """Resolves mentions in document order, remembering the speakers it has seen."""

    def __init__(self, doc: Doc, entities: List[Entity], mention_ids: Dict[int, str]):
        self.doc = doc
        self._longest_forms: Dict[str, str] = {}
        self.entities = {e.id: e for e in entities}
        self.entity_of = {id(doc.mentions[i]): eid for i, eid in mention_ids.items()}
        self.gender = self._genders()
        self.former_roles: set = set()  # (entity id, role phrase) for roles held once: l'ancien Premier ministre
        self.roles = self._roles()
        self.subjects = self._person_subjects()
        self.spoken: List[Candidate] = []
        self._role_holders: Dict[str, Speaker] = {}  # role phrase → the person it stood for
        self._other_than: Optional[str] = None  # during one resolve call: an entity the mention contrasts with

    # -- public -------------------------------------------------------------------------------
    def resolve(self, words: List[int], head: int, other_than: Optional[str] = None) -> Optional[Speaker]:
        """The speaker that the noun phrase `words`, headed by `head`, refers to; with `other_than`, a pronoun
        or role does not refer to that entity (« Le ministre a, de son côté, estimé … »)."""
        if not words:
            return None
        self._other_than = other_than
        try:
            speaker = self._referent(words, head)
        finally:
            self._other_than = None
        if speaker is not None:
            speaker.mention = Span.of(self.doc.text, self.doc.words[words[0]].start, self.doc.words[words[-1]].end)
        return speaker

    def _referent(self, words: List[int], head: int) -> Optional[Speaker]:
        if self._is_pronoun(words):
            speaker = self._pronoun(words)  # None when no antecedent fits: the caller falls back
        elif fold(self.doc.words[words[0]].text) in ("celui-ci", "celle-ci"):
            speaker = self._last_noun_named(self.doc.words[words[0]])
        elif self._ordinal_reference(words):
            speaker = self._ordinal(words)
        elif self._concerned_reference(words, head):  # l'intéressé, la principale intéressée: as il, elle
            speaker = self._singular_antecedent(self.doc.words[head], self._phrase_gender(words, self.doc.words[head]))
        elif self._demonym_reference(words, head):  # l'Argentin, l'ancien Barcelonais: a person just named
            speaker = self._role(words) or self._description(words)
        elif self.doc.words[words[0]].lower in DEMONSTRATIVE:  # cette ONG, ce témoin: look back first
            speaker = (self._organisation(words, head) or self._earlier_description(words, head)
                       or self._earlier_document(words, head) or self._named(words, head) or self._role(words)
                       or self._earlier_unnamed(words, head) or self._description(words))
        elif self._joint_subject(self.doc.words[head]):
            speaker = self._coordination(self.doc.words[head])  # Le PQ et Québec solidaire dénoncent « … »
        else:
            speaker = (self._named(words, head) or self._unrecognised_name(words, head)
                       or self._organisation(words, head) or self._earlier_description(words, head)
                       or self._earlier_document(words, head) or self._counterpart(words, head)
                       or self._pair_restated(words, head) or self._role(words) or self._earlier_unnamed(words, head)
                       or self._description(words))
        return speaker

    def remember(self, speaker: Optional[Speaker], offset: int) -> None:
        """Notes a quote's speaker, if a named person, as an antecedent for later pronouns."""
        if speaker is not None and self._is_person(speaker):
            person = Speaker(speaker.name, speaker.entity_id)
            self.spoken.append(Candidate(person, self.doc.sentence_at(offset), offset, True))

    def _is_person(self, speaker: Speaker) -> bool:
        entity = self.entities.get(speaker.entity_id)
        return entity.type == "PER" if entity else bool(PERSON_NAME.match(speaker.name))

    def nearest_person(self, offset: int) -> Optional[Speaker]:
        """The last person named before an offset: a fallback for quotes with no attribution."""
        candidates = self._candidates(offset, None, None)
        return self._copy(candidates[0].person) if candidates else None

    # -- kinds of mention ---------------------------------------------------------------------
    def _named(self, words: List[int], head: int) -> Optional[Speaker]:
        """The entity the phrase is headed by, or a person named in apposition (le porte-parole, John Kirby)."""
        chosen = self.doc.mention_at(head)
        if chosen is None or id(chosen) not in self.entity_of or chosen.type != "PER":
            chosen = self._apposed_person(words) or chosen  # la Défenseure des droits, Claire Hédon
        if chosen is not None and id(chosen) not in self.entity_of:
            chosen = None
        if chosen is None:
            return self._apposed_organisation(words, head)
        entity = self.entities[self.entity_of[id(chosen)]]
        if entity.type == "PER":
            return self._speaker_for(entity)
        return Speaker(self._as_written(words), entity.id)

    def _is_pronoun(self, words: List[int]) -> bool:
        word = self.doc.words[words[0]]
        return len(words) == 1 and clean(word) in SUBJECT_PRONOUNS and (
            word.upos == "PRON" or word.feats.get("Poss") == "Yes" or is_clitic(word))

    def _pronoun(self, words: List[int]) -> Optional[Speaker]:
        """il, elle, -t-il, lui, son…: the last named speaker or person subject that agrees."""
        word = self.doc.words[words[0]]
        if clean(word) == "on":
            return Speaker("on", None)  # an « on » that names no source stands for no one named
        possessive = word.feats.get("Poss") == "Yes"
        gender, number = SUBJECT_PRONOUNS[clean(word)]  # the written form decides: elle is feminine
        if not possessive:  # a possessive agrees with the thing possessed, not with its owner
            gender = gender or word.feats.get("Gender")
            number = number or word.feats.get("Number")
        if number == "Plur":
            noun = self._noun_antecedent(word, "Plur", None) or self._people_named_before(word)
            pair = self._named_pair(word)
            if pair is not None and (noun is None or pair[0] > noun.sentence):
                return pair[1]  # Emmanuel Macron et Olaf Scholz ont signé … « … », ont-ils déclaré
            if noun is not None and noun.feats.get("Number") != "Plur" and self._conjuncts(noun):
                return self._coordination(noun)  # Le maire et le préfet ont signé … « … », ont-ils déclaré
            return self._described(noun) if noun is not None else None
        return self._singular_antecedent(word, gender, possessive) or self._named_later_in_sentence(word, gender)

    def _named_later_in_sentence(self, pronoun, gender: Optional[str]) -> Optional[Speaker]:
        """« A », selon lui, « B », a ajouté le ministre X: a pronoun with no one named before it stands for the
        person named as a subject later in its sentence."""
        for mention in self.doc.mentions:
            if mention.type == "PER" and id(mention) in self.entity_of and mention.start > pronoun.start \
                    and self.doc.sentence_at(mention.start) == pronoun.sentence \
                    and (self._is_subject(mention) or self._names_inverted_subject(mention, pronoun)):
                person = self._candidate(mention).person
                if _agrees(self._gender_of(person), gender):
                    return person
        return None

    def _names_inverted_subject(self, mention: EntityMention, after) -> bool:
        """Whether a name belongs to the inverted subject of a reporting verb between a word and it (…, a ajouté
        le ministre X)."""
        for verb in self.doc.words[after.index + 1:mention.words[0]]:
            subject = subject_after(self.doc, verb) if is_reporting_verb(verb, self.doc) else None
            if subject is not None and mention.words[0] in noun_phrase(self.doc, subject):
                return True
        return False

    def _singular_antecedent(self, word, gender: Optional[str], possessive: bool = False) -> Optional[Speaker]:
        """For il, elle, son or l'intéressé(e): the last named speaker or person subject of that gender, else an
        unnamed source or role introduced as a subject."""
        candidates = self._candidates(word.start, gender, self.doc.sentence_at(word.start) - PRONOUN_WINDOW)
        source = self._noun_antecedent(word, "Sing", gender)
        if source is not None and (not candidates or candidates[0].sentence < source.sentence):
            return self._described(source)  # Une source diplomatique a confirmé. « … », a-t-elle indiqué
        if not candidates and not possessive:  # « … », soupire-t-elle. Ginette, 82 ans, vit seule …
            # or, with no subject of its gender, the role named last: Il a interviewé la ministre. … répond-elle
            return self._named_next(word.start, gender, word) or self._role_named_before(word, gender) \
                or self._role_named_next(word, gender) or self._unnamed_person(word, gender)
        return self._copy(candidates[0].person) if candidates else None

    def _unnamed_person(self, pronoun, gender: Optional[str]) -> Optional[Speaker]:
        """L'accusé est resté impassible. « … », a-t-il déclaré: with no one named, the person a definite noun
        of situation made the subject."""
        noun = self._noun_antecedent(pronoun, "Sing", gender, any_person=True)
        return self._described(noun) if noun is not None else None

    def _people_named_before(self, pronoun):
        """ils, eux → the last plural noun for people or organisations, whatever its role, when no plural subject
        comes before (Macron a reçu les syndicats. Eux dénoncent …)."""
        first = self.doc.sentence_at(pronoun.start) - PRONOUN_WINDOW
        for word in reversed(self.doc.words[:pronoun.index]):
            if word.sentence < first:
                return None
            people = names_a_person(word, self.doc) or word.lemma.lower() in ORGANISATION_NOUNS
            argument = not word.deprel.startswith("nmod")  # not « médecins » of « une centaine de médecins »
            if word.upos == "NOUN" and word.feats.get("Number") == "Plur" and people and argument \
                    and not self.doc.in_quote(word.start):
                return word
        return None

    def _noun_antecedent(self, pronoun, number: str, gender: Optional[str], any_person: bool = False):
        """ils, elles → the last plural noun subject before them (les syndicats, les deux diplomates);
        il, elle → the last unnamed source, role, organisation or document introduced as a subject (une source,
        le maire, la Cour de cassation, le rapport) that agrees in gender; with `any_person`, also a person named
        by situation (l'accusé, le retraité)."""
        first = self.doc.sentence_at(pronoun.start) - PRONOUN_WINDOW
        for word in reversed(self.doc.words[:pronoun.index]):
            if word.sentence < first:
                return None
            coordinated = number == "Plur" and bool(self._conjuncts(word))  # la directrice et le maire → ils
            collective = number == "Plur" and (word.lemma.lower() in FAMILY_NOUNS  # le couple Martin → ils
                                               or self._counts_people(word))  # une centaine de médecins → ils
            agrees = coordinated or collective or (word.feats.get("Number") == number
                                     and (not gender or word.feats.get("Gender") in (None, gender)))
            subject = word.upos in ("NOUN", "PROPN") and (word.deprel.startswith("nsubj") or self._of_incise(word)) \
                and not self.doc.in_quote(word.start) and not self._in_reported_clause(word)
            if subject and number == "Sing" and self._untagged_name(word):
                return word  # Seagal a fait les gros titres quand il a décrit …: a name the tagger missed
            if not (subject and agrees):
                continue
            determiner = self.doc.words[self._compact_phrase(word.index)[0]].lower
            if number == "Plur" or determiner in INDEFINITE_SINGULAR or (
                    determiner in DEFINITE and (_is_role_noun(word) or (any_person and names_a_person(word, self.doc))
                                                or (self._names_organisation_or_document(word) and (
                        word.sentence < pronoun.sentence or pronoun.feats.get("Poss") == "Yes"
                        or self._subject_of_its_clause(word, pronoun))))):
                return word  # an organisation from an earlier sentence, not « L'Elysée, dit-il, … »; or « son »
        return None

    def _counts_people(self, word) -> bool:
        """une centaine de médecins, la plupart des élus: a quantity of a plural noun."""
        return word.lower in QUANTITY_WORDS and any(
            self.doc.words[c].deprel.startswith("nmod") and self.doc.words[c].feats.get("Number") == "Plur"
            for c in word.children)

    def _subject_of_its_clause(self, noun, pronoun) -> bool:
        """La firme a annoncé qu'elle ferait appel: the pronoun is the subject of a clause that the verb of
        the noun's sentence governs."""
        clause = self.doc.words[pronoun.head] if pronoun.head is not None else None
        if clause is None or clause.deprel != "ccomp" or clause.head is None or not pronoun.deprel.startswith("nsubj"):
            return False
        governing = self.doc.words[clause.head]  # a annoncé, or a fait savoir
        return noun.head in (governing.index, governing.head if governing.deprel == "xcomp" else None)

    def _untagged_name(self, word) -> bool:
        """A capitalised proper noun standing alone, which the entity tagger did not mark."""
        return word.upos == "PROPN" and word.text[:1].isupper() and self.doc.mention_at(word.index) is None \
            and self._compact_phrase(word.index)[0] == word.index and word.feats.get("Number") != "Plur"

    def _of_incise(self, word) -> bool:
        """« …, a indiqué une source proche du dossier »: the inverted subject of a reporting verb after a comma,
        read by the parse as its object."""
        verb = self.doc.words[word.head] if word.head is not None and word.head < word.index else None
        if verb is None or not is_reporting_verb(verb, self.doc):
            return False
        group = cue_words(self.doc, verb.index)
        number = next((self.doc.words[i].feats.get("Number") for i in group
                       if self.doc.words[i].feats.get("VerbForm") == "Fin"), None)
        if any(self.doc.words[c].deprel.startswith("nsubj") and self.doc.words[c].feats.get("Number") == number
               for c in verb.children):
            return False  # a subject the verb agrees with: « Les enquêteurs, … » is not that of « a indiqué »
        first = min(group)
        return first > 0 and self.doc.words[first - 1].text == "," and subject_after(self.doc, verb) == word.index

    def _in_reported_clause(self, word) -> bool:
        """« Le ministre a assuré que le gouvernement … »: the subject of a clause that a reporting verb
        reports is no antecedent for the pronoun that goes on with the reporter."""
        verb = self.doc.words[word.head] if word.head is not None else None
        return verb is not None and verb.deprel == "ccomp" and verb.head is not None \
            and is_reporting_verb(self.doc.words[verb.head], self.doc)

    def _conjuncts(self, noun) -> List[int]:
        """The nouns coordinated with this one (le maire et le préfet), also where the parse hung them on its
        complement (la directrice de l'école et le maire) but they take no preposition of their own."""
        words = self.doc.words
        complements = [c for c in noun.children if words[c].deprel.startswith("nmod")]
        return [c for parent in [noun.index] + complements for c in words[parent].children
                if words[c].deprel == "conj" and words[c].upos in ("NOUN", "PROPN")
                and (parent == noun.index or not any(words[g].deprel == "case" for g in words[c].children))]

    def _joint_subject(self, noun) -> bool:
        """Nouns coordinated as the subject of a plural verb, also inverted and read as its object (« … », ont
        déclaré la CGT et FO): they speak together."""
        inverted = noun.deprel == "obj" and noun.head is not None and noun.head < noun.index
        conjuncts = self._conjuncts(noun)
        if not (noun.deprel in ("nsubj", "nsubj:pass") or inverted) or noun.head is None or not conjuncts \
                or not any(self.doc.words[c].deprel == "cc" for c in self.doc.words[conjuncts[-1]].children):
            return False  # not « La présidente, Carole Delga, juge … », a verb read as a coordinated noun
        verb = self.doc.words[noun.head]
        auxiliaries = [self.doc.words[c] for c in verb.children if self.doc.words[c].deprel.startswith("aux")]
        return any(w.feats.get("Number") == "Plur" and w.feats.get("VerbForm") == "Fin" for w in [verb] + auxiliaries)

    def _coordination(self, noun) -> Speaker:
        """The coordinated phrase as written, from the first noun's phrase to the last one's."""
        last = self._conjuncts(noun)[-1]
        words = noun_phrase(self.doc, noun.index) + noun_phrase(self.doc, last)
        return Speaker(self._as_written(list(range(min(words), max(words) + 1))), None)

    def _last_noun_named(self, pronoun, before: Optional[int] = None) -> Optional[Speaker]:
        """celui-ci, celle-ci, ce dernier → the last person or role named before it, of its gender (La
        sénatrice X a interpellé le ministre. Celui-ci a répondu …: the minister; … le témoin. Celui-ci …)."""
        gender = pronoun.feats.get("Gender")
        first = self.doc.sentence_at(pronoun.start) - LATTER_WINDOW
        for word in reversed(self.doc.words[:pronoun.index if before is None else before]):
            if word.sentence < first:
                break
            mention = self.doc.mention_at(word.index)
            if mention is not None and mention.type == "PER" and id(mention) in self.entity_of:
                person = self._candidate(mention).person
                if self._gender_of(person) in (None, gender) and person.entity_id != self._other_than:
                    return person
            elif word.upos == "NOUN" and (names_a_person(word, self.doc) or word.lemma.lower() in EPICENE_NOUNS) \
                    and word.feats.get("Gender") in (None, gender) and not self.doc.in_quote(word.start):
                described = self._described(word)
                if described.entity_id is None or described.entity_id != self._other_than:
                    return described  # « … », accuse l'élu. Ce dernier a répliqué: not the one it answers
        return None

    def _role_named_before(self, pronoun, gender: Optional[str]) -> Optional[Speaker]:
        """The last definite singular role noun of the pronoun's gender in the sentences before its own, whatever
        its function (Il a reçu la ministre. « … », lui demande-t-il. « … », répond-elle)."""
        sentence = self.doc.sentence_at(pronoun.start)
        for word in reversed(self.doc.words[:pronoun.index]):
            if word.sentence < sentence - ROLE_WINDOW:
                return None
            if word.sentence < sentence and self._definite_role(word, gender):
                return self._described(word)
        return None

    def _role_named_next(self, pronoun, gender: Optional[str]) -> Optional[Speaker]:
        """« … », a-t-il lancé. Le député a quitté la salle: with no one named, the definite role noun that is
        the subject of the next sentence."""
        following = [w for w in self.doc.words[pronoun.index:]
                     if 0 < w.sentence - pronoun.sentence <= NAMED_NEXT_SENTENCES and not self.doc.in_quote(w.start)]
        subject = next((w for w in following if w.deprel.startswith("nsubj")), None)
        return self._described(subject) if subject is not None and self._definite_role(subject, gender) else None

    def _definite_role(self, word, gender: Optional[str]) -> bool:
        """le député, la ministre, le prévenu, l'homme de 32 ans: a definite singular noun for a person by role,
        situation, kind or age, of that gender, outside quotes."""
        determiner = self.doc.words[self._compact_phrase(word.index)[0]].lower
        described = _is_role_noun(word) or word.lemma.lower() in STATUS_NOUNS or _by_age_or_kind(word, self.doc) \
            or any(is_age(self.doc, self.doc.words[c]) for c in word.children)  # le conducteur de 45 ans
        return word.upos == "NOUN" and described and determiner in DEFINITE \
            and word.feats.get("Number") == "Sing" and _agrees(word.feats.get("Gender"), gender) \
            and not self.doc.in_quote(word.start)

    def _ordinal_reference(self, words: List[int]) -> bool:
        return len(words) == 2 and self.doc.words[words[0]].lower in DEFINITE and \
            fold(self.doc.words[words[1]].lower) in ORDINAL_REFERENCES

    def _concerned_reference(self, words: List[int], head: int) -> bool:
        """l'intéressé, le principal intéressé, l'intéressée: the person the sentences before are about."""
        word = self.doc.words[head]
        return fold(word.lower).startswith("interesse") and self.doc.words[words[0]].lower in DEFINITE \
            and word.feats.get("Number") != "Plur" and all(
                self.doc.words[i].lower in ("principal", "principale") for i in words[1:] if i != head)

    def _demonym_reference(self, words: List[int], head: int) -> bool:
        """l'Argentin, l'ancien Barcelonais standing for a person named before; not l'Américain Joe Biden."""
        word = self.doc.words[head]
        return self.doc.words[words[0]].lower in DEFINITE and names_a_national(word.text) \
            and word.feats.get("Number") != "Plur" and self._apposed_person(words) in (None, self.doc.mention_at(head))

    def _ordinal(self, words: List[int]) -> Optional[Speaker]:
        """ce dernier, le second → the person named last; le premier → the one named before them."""
        start = self.doc.words[words[0]].start
        first = self._narrative_sentences_back(start, ROLE_WINDOW)
        named = []  # entity ids, most recent first
        for mention in reversed([m for m in self.doc.mentions if m.end <= start and m.type == "PER"]):
            if self.doc.sentence_at(mention.start) < first:
                break
            entity_id = self.entity_of.get(id(mention))
            if entity_id and entity_id not in named:
                named.append(entity_id)
        position = ORDINAL_REFERENCES[fold(self.doc.words[words[1]].lower)]
        if position == 0:  # ce dernier: the last person or role named (Le juge a rejeté la demande de l'avocat)
            last = self._last_noun_named(self.doc.words[words[1]], before=words[0])
            if last is not None:
                return last
        return self._speaker_for(self.entities[named[position]]) if len(named) > position else None

    def _named_pair(self, pronoun) -> Optional[tuple]:
        """The last subject that coordinates named persons (X et Y), as (sentence, speaker)."""
        first = self.doc.sentence_at(pronoun.start) - PRONOUN_WINDOW
        for mention in reversed([m for m in self.doc.mentions if m.end <= pronoun.start]):
            if self.doc.sentence_at(mention.start) < first:
                return None
            if mention.type != "PER" or id(mention) not in self.entity_of or not self._is_subject(mention):
                continue
            names = self._coordinated_names(mention)
            if len(names) > 1:
                return self.doc.sentence_at(mention.start), Speaker(" et ".join(names), None)
        return None

    def _pair_restated(self, words: List[int], head: int) -> Optional[Speaker]:
        """X et Y ont affiché leur unité. « … », ont déclaré les deux dirigeants: a definite plural for people,
        which no names follow, stands for the named persons last coordinated as a subject, as « ils » would."""
        noun = self.doc.words[head]
        counted = any(self.doc.words[c].lower == "deux" for c in noun.children)
        people = counted or _is_role_noun(noun) or noun.lemma.lower() in ("homme", "femme")
        if self.doc.words[words[0]].lower != "les" or noun.feats.get("Number") != "Plur" or not people \
                or self._apposed_people(noun):
            return None
        pair = self._named_pair(noun)
        return pair[1] if pair is not None else None

    def _coordinated_names(self, mention: EntityMention) -> List[str]:
        """The fullest names of a person mention and of the persons coordinated with it (X et Y)."""
        partners = [self.doc.mention_at(c) for w in mention.words for c in self.doc.words[w].children
                    if self.doc.words[c].deprel == "conj"]
        people = [m for m in [mention] + partners if m is not None and m.type == "PER" and id(m) in self.entity_of]
        return [self._speaker_for(self.entities[self.entity_of[id(m)]]).name for m in people]

    def _described(self, noun) -> Speaker:
        """The noun's phrase as written (une source diplomatique, les syndicats de la SNCF), or for a role
        noun (le maire) the person it stands for when the article says who."""
        words = noun_phrase(self.doc, noun.index)  # Le ministre … Alain Juppé
        if noun.lemma.lower() in FAMILY_NOUNS:
            return Speaker(self._as_written(words), None)  # le couple Martin, la famille Dupont: not one of them
        people = self._apposed_people(noun) if noun.feats.get("Number") == "Plur" else []
        if len(people) > 1:  # les deux ministres, X et Y → les deux ministres (X et Y), as the guidelines gloss
            return Speaker(f"{self._as_written(self._compact_phrase(noun.index))} ({' et '.join(people)})", None)
        named = self._named(words, noun.index) or self._unrecognised_name(words, noun.index)
        if named is not None and self._is_person(named):
            return named
        phrase = self._compact_phrase(noun.index)
        return (names_a_person(noun, self.doc) and self._role(phrase)) or self._organisation(phrase, noun.index) \
            or Speaker(self._as_written(words), None)

    def _apposed_people(self, noun) -> List[str]:
        """The names of the persons coordinated in apposition to a noun (les deux ministres, X et Y)."""
        for child in noun.children:
            mention = self.doc.mention_at(child)
            if self.doc.words[child].deprel == "appos" and mention is not None and mention.type == "PER":
                return self._coordinated_names(mention)
        return []

    def _earlier_description(self, words: List[int], head: int) -> Optional[Speaker]:
        """ce témoin, cette source → the phrase that introduced it (une source proche du dossier), short of a
        complement that holds a clause (un témoin oculaire | des instants qui ont suivi l'accident)."""
        word = self.doc.words[head]
        if word.upos != "NOUN" or self.doc.words[words[0]].lower not in DEFINITE:
            return None
        for earlier in reversed(self.doc.words[:words[0]]):
            if earlier.upos == "NOUN" and earlier.lemma == word.lemma and earlier.index != head:
                phrase = self._introducing_phrase(earlier.index)
                if self.doc.words[phrase[0]].lower in INDEFINITE:
                    return Speaker(self._as_written(phrase), None)
        return None

    def _introducing_phrase(self, noun: int) -> List[int]:
        """The phrase that introduced a source, short of a complement that holds a clause (un témoin oculaire | des
        instants qui ont suivi l'accident)."""
        phrase = noun_phrase(self.doc, noun)
        if any(self.doc.words[i].deprel.startswith("acl") for i in phrase):
            phrase = self._compact_phrase(noun)
        return phrase

    def _earlier_unnamed(self, words: List[int], head: int) -> Optional[Speaker]:
        """A person the article never names, described again in other words: « Une habitante … raconte cette mère
        de famille » (a demonstrative takes the last such person), « Le juge d'instruction … a estimé le
        magistrat » (a definite role noun takes one of its family): the description that introduced them, as
        the subject of one of the last sentences."""
        word = self.doc.words[head]
        demonstrative = self.doc.words[words[0]].lower in DEMONSTRATIVE
        informant = word.lemma.lower() in INFORMANT_NOUNS  # cette source: whoever the last source was
        if not _nominal(word, self.doc) or not (demonstrative or _is_role_noun(word)) \
                or not (informant or names_a_person(word, self.doc)) or word.feats.get("Number") == "Plur":
            return None
        gender = None if informant else self._phrase_gender(words, word)
        first = self._narrative_sentences_back(word.start, ROLE_WINDOW)
        for earlier in reversed(self.doc.words[:words[0]]):
            if earlier.sentence < first:
                return None
            if not _nominal(earlier, self.doc) or not earlier.deprel.startswith("nsubj") \
                    or self.doc.in_quote(earlier.start) \
                    or not (names_a_person(earlier, self.doc) or earlier.lemma.lower() in INFORMANT_NOUNS) \
                    or earlier.feats.get("Number") == "Plur" or self.doc.mention_at(earlier.index) is not None:
                continue
            phrase = self._introducing_phrase(earlier.index)
            related = demonstrative or (_is_role_noun(earlier) and _roles_compatible(
                _role_word(earlier), _role_word(word)))
            named = any((m := self.doc.mention_at(i)) is not None and m.type == "PER" for i in phrase)
            if related and not named and self.doc.words[phrase[0]].lower in INDEFINITE + DEFINITE \
                    and _agrees(self._phrase_gender(phrase, earlier) if gender else None, gender):
                return Speaker(self._as_written(phrase) + self._gloss(phrase), None)
        return None

    def _earlier_document(self, words: List[int], head: int) -> Optional[Speaker]:
        """le texte, ce rapport → the author of the document named before (X publie un rapport; une étude
        réalisée par X), or that document when it bears a name (la déclaration de Rio); « ses auteurs » of a
        document named before, likewise."""
        word = self.doc.words[head]
        determiner = self.doc.words[words[0]].lower
        authors = word.lemma.lower() in DOCUMENT_AUTHORS and determiner in POSSESSIVE_DETERMINERS
        if not authors and (not is_document(word) or determiner not in DEFINITE):
            return None
        if not authors and (possessor(self.doc, head) is not None or agent_of(self.doc, head) is not None):
            return None
        first = self.doc.sentence_at(word.start) - PRONOUN_WINDOW
        for earlier in reversed(self.doc.words[:words[0]]):
            if earlier.sentence < first:
                return None
            if is_document(earlier) and not self.doc.in_quote(earlier.start):
                return self._document_source(earlier)
        return None

    def _document_source(self, document) -> Optional[Speaker]:
        owner = possessor(self.doc, document.index)
        named = owner is not None and self.doc.words[owner].upos == "PROPN" and not self._is_author(owner)
        if named:
            return Speaker(self._as_written(list(range(self._compact_phrase(document.index)[0], owner + 1))), None)
        author = owner if owner is not None and self._is_author(owner) else agent_of(self.doc, document.index)
        if author is None and document.deprel == "obj" and document.head is not None:
            subjects = [c for c in self.doc.words[document.head].children if self.doc.words[c].deprel == "nsubj"]
            author = subjects[0] if subjects and self._is_author(subjects[0]) else None
        return self.resolve(noun_phrase(self.doc, author), author) if author is not None else None

    def _is_author(self, index: int) -> bool:
        """A person or an organisation: named as one, or an organisation noun (l'association)."""
        mention = self.doc.mention_at(index)
        word = self.doc.words[index]
        return (mention is not None and mention.type in ("PER", "ORG")) or word.lemma.lower() in ORGANISATION_NOUNS

    def _compact_phrase(self, noun: int) -> List[int]:
        """Determiner, noun and adjacent adjectives: « une source gouvernementale »."""
        words = [noun] + [c for c in self.doc.words[noun].children
                          if self.doc.words[c].deprel in ("det", "amod") and abs(c - noun) <= 2]
        return list(range(min(words), max(words) + 1))

    def _counterpart(self, words: List[int], head: int) -> Optional[Speaker]:
        """« X et Y se sont exprimés. … Son homologue américain » → Y: the person just named who is not the one
        the possessive stands for (the last subject or speaker)."""
        noun = self.doc.words[head]
        if noun.lemma.lower() not in RELATIONAL_NOUNS or self.doc.words[words[0]].feats.get("Poss") != "Yes":
            return None
        start = self.doc.words[words[0]].start
        first = self._narrative_sentences_back(start, ROLE_WINDOW)
        gender = self._phrase_gender(words, noun)
        candidates = self._candidates(start, None, first)
        mentioned = self._named_before(start, first)
        if not candidates:
            return None
        possessor = self._other_than or candidates[0].person.entity_id  # Son homologue, lui, …: the one set apart
        return next((c.person for c in candidates + mentioned if c.person.entity_id != possessor
                     and _agrees(self._gender_of(c.person), gender)), None)

    def _role(self, words: List[int], held_only: bool = False) -> Optional[Speaker]:
        """A definite role noun (le ministre, la procureure) → the person the article gave that role; else
        the person it stood for before (le premier ministre, again); else, for a bare role noun, the
        article's protagonist, the person it names most often; else the person named in the last
        sentences that agrees in gender (Gabriel Attal … le chef du gouvernement). With `held_only`, or after a
        possessive (sa sœur Léa … sa sœur), only the person the article gave the role."""
        nouns = [w for w in words if _nominal(self.doc.words[w], self.doc) or _is_role_noun(self.doc.words[w])
                 or names_a_national(self.doc.words[w].text)]
        possessive = self.doc.words[words[0]].lower in POSSESSIVE_DETERMINERS  # sa sœur, named before as such
        if not nouns or (self.doc.words[words[0]].lower not in DEFINITE and not possessive):
            return None
        held_only = held_only or possessive
        head = self.doc.words[nouns[0]].head
        if self.doc.words[nouns[0]].deprel == "amod" and head in nouns and _is_role_noun(self.doc.words[head]):
            nouns = nouns[1:]  # le premier ministre: the role is « ministre » with its adjective
        noun = self.doc.words[nouns[0]]
        if noun.feats.get("Number") == "Plur" or noun.lemma.lower() in INSTITUTION_NOUNS | ORGANISATION_NOUNS:
            return None  # l'ambassade, la mairie: an institution, not a person
        role = self._role_phrase(nouns[0])
        start = self.doc.words[words[0]].start
        last = max(words + noun_phrase(self.doc, noun.index))  # the compact phrase may stop short: le chef | du …
        written = fold(self.doc.text[noun.start:self.doc.words[last].end])
        periphrasis = next((title for phrase, title in ROLE_PERIPHRASES.items() if written.startswith(phrase)), None)
        if periphrasis:  # le chef de l'État ghanéen: the président ghanéen
            nationalities = [self.doc.words[w].lemma.lower() for w in words if w > noun.index
                             and self.doc.words[w].upos == "ADJ" and is_nationality(self.doc.words[w].lemma.lower())]
            periphrasis = " ".join([periphrasis] + nationalities)
        role = periphrasis or role
        gender = self._phrase_gender(words, noun)
        held = [(offset, eid, phrase) for eid, roles in self.roles.items() for phrase, offset in roles
                if offset < start and _agrees(self.gender.get(eid), gender)
                and not (periphrasis and _heads_a_body(phrase))]  # le chef de l'État is not the président du Sénat
        compatriots = self._compatriots(held, role)
        if len(compatriots) == 1:  # le chef de l'État tanzanien: the one named with that nationality
            return self._speaker_for(self.entities[compatriots.pop()])
        matches = [(offset, eid) for offset, eid, phrase in held if phrase == role] or [
            (offset, eid) for offset, eid, phrase in held if _same_role(phrase, role)]
        if matches:
            return self._speaker_for(self.entities[max(matches)[1]])
        if held_only:
            return None
        if role in self._role_holders:
            return self._copy(self._role_holders[role])
        person = self._role_holder(words, noun, start, role, periphrasis is not None)
        if person is not None:
            self._role_holders[role] = person
        return self._copy(person) if person else None

    @staticmethod
    def _compatriots(held: list, role: str) -> set:
        """The people given a role of the same kind, or a relation (son homologue tanzanien), with the nationality
        that a role phrase asks for (le président tanzanien)."""
        asked = _nationalities(role)
        if not asked:
            return set()
        asked_role = _bare_role(role).split()[-1]
        held_roles = ((eid, phrase, _bare_role(phrase).split()[-1]) for _, eid, phrase in held)
        return {eid for eid, phrase, held_role in held_roles if asked <= _nationalities(phrase)
                and (held_role not in ROLE_NOUNS or _roles_compatible(held_role, asked_role))}

    def _role_holder(self, words: List[int], noun, start: int, role: str, periphrasis: bool) -> Optional[Speaker]:
        """Who a role noun (or a periphrasis: le garde des Sceaux) the article never attached to a name stands
        for: the protagonist, else a person just named, not one given another role of that kind (le président
        turc is not « le maître du Kremlin », le président chinois not « le président français »)."""
        gender = self._phrase_gender(words, noun)
        for_a_person = periphrasis or names_a_person(noun, self.doc)
        bare = not any(self.doc.words[w].upos == "ADP" for w in words)  # le ministre, not l'entourage du ministre
        protagonist = self._protagonist() if bare else None
        beside_holder = self._named_beside_unnamed_holder(role, start)  # X a reçu le Premier ministre
        if protagonist is not None and (None not in (gender, self.gender.get(protagonist.id)) and
                                        self.gender.get(protagonist.id) != gender
                                        or not self._may_hold(protagonist.id, noun) or protagonist.id in beside_holder):
            protagonist = None
        candidate, passed_over = None, False
        if for_a_person:
            first = self._narrative_sentences_back(start, ROLE_WINDOW)
            named = [c for c in self._named_before(start, first) if _agrees(self._gender_of(c.person), gender)]
            pool = self._candidates(start, gender, first) + named  # subjects, then anyone
            fitting = [c for c in pool if self._may_hold(c.person.entity_id, noun)
                       and not self._holds_other(c.person.entity_id, role)
                       and not self._adjunct_of_same_clause(c.offset, noun)
                       and c.person.entity_id not in beside_holder]
            candidate = fitting[0] if fitting else self._office_of_last_subject(pool, start, role, gender)
            passed_over = candidate is not None and any(c.offset > candidate.offset for c in pool if c not in fitting
                                                        and c is not candidate)
        recent = candidate.person if candidate is not None else None
        if protagonist is not None and (recent is None or _is_role_noun(noun)):  # a title: the article's figure
            return self._speaker_for(protagonist)
        if for_a_person and (candidate is None or passed_over):
            # le ministre de la Justice. Gérald Darmanin veut …: the person named next, rather than one named
            # before someone the role cannot be
            return self._named_next(start, gender, noun) or recent
        return recent  # l'octogénaire israélienne: the person just named

    def _office_of_last_subject(self, pool: List[Candidate], start: int, role: str,
                                gender: Optional[str]) -> Optional[Candidate]:
        """Martine Aubry, première secrétaire du PS, … « … », a estimé la maire de Lille: an office with its place
        (« de » complement), as the inverted subject after a quote, names the subject of the sentence before, of
        that known gender, though the article gave her another role; not when it gave her the same office
        elsewhere (la maire de Paris), nor when the office opens a sentence (Le préfet de l'Isère a répondu)."""
        sentence_start = self.doc.words[self.doc.sentences[self.doc.sentence_at(start)][0]].start
        after_quote = any(self.doc.in_quote(word.start) for word in self.doc.words_between(sentence_start, start))
        if " de " not in role or gender is None or not after_quote:
            return None
        previous = self.doc.sentence_at(start) - 1
        for candidate in pool:
            held = self._role_phrases(candidate.person.entity_id)
            if not candidate.speaker and candidate.sentence == previous \
                    and self._gender_of(candidate.person) == gender \
                    and not any(_bare_role(phrase).split()[0] == role.split()[0] for phrase in held):
                return candidate
        return None

    def _named_beside_unnamed_holder(self, role: str, start: int) -> set:
        """The people named before `start` in a sentence that names the role with no name to it (Gérard Larcher
        a reçu le Premier ministre): the holder is someone else."""
        sentences = set()
        for word in self.doc.words_between(0, start):
            if word.upos != "NOUN" or not _is_role_noun(word) or self.doc.in_quote(word.start) \
                    or self.doc.words[self._compact_phrase(word.index)[0]].lower not in DEFINITE:
                continue
            phrase = self._role_phrase(word.index)
            named = any((m := self.doc.mention_at(i)) is not None and m.type == "PER"
                        for i in noun_phrase(self.doc, word.index))
            if not named and (phrase == role or _same_role(phrase, role)):
                sentences.add(word.sentence)
        return {self.entity_of[id(m)] for m in self.doc.mentions if m.type == "PER" and id(m) in self.entity_of
                and m.end <= start and self.doc.sentence_at(m.start) in sentences}

    def _holds_other(self, entity_id: Optional[str], role: str) -> bool:
        """Whether the article gave this person the same kind of role with another adjective (président turc,
        asked président russe); a « de » complement may say the same in other words (chef du Parti québécois,
        asked chef péquiste)."""
        other_kind = " de " not in role and any(_bare_role(held) == _bare_role(role) and not _same_role(held, role)
                                                and " de " not in held for held, _ in self.roles.get(entity_id, []))
        asked = _nationalities(role)
        return other_kind or bool(asked and any(_nationalities(held) - asked for held in self._role_phrases(entity_id)))

    def _adjunct_of_same_clause(self, offset: int, noun) -> bool:
        """« par la voix de sa fille Sharone, l'octogénaire décrit »: a person named in a prepositional phrase
        of the very clause whose subject is the role noun is someone else."""
        word = self.doc.word_starting_at(offset)
        if word is None or word.sentence != noun.sentence:
            return False
        path = self._path_to_verb(word)
        through_preposition = any(w.deprel.split(":")[0] in ("obl", "nmod") for w in path[:-1])
        return through_preposition and path[-1].index == self._path_to_verb(noun)[-1].index

    def _path_to_verb(self, word) -> list:
        """The word and its heads up to the verb of its clause (or the root)."""
        path = [word]
        while path[-1].upos not in ("VERB", "AUX") and path[-1].head is not None:
            path.append(self.doc.words[path[-1].head])
        return path

    def _named_next(self, start: int, gender: Optional[str], noun) -> Optional[Speaker]:
        """« … », affirme le ministre de la Justice. Gérald Darmanin veut …: a role the article names only later in
        its sentence or in one of the next two, as a subject (the role, a quote said by « elle », then her name;
        « … », a répété l'ancien ministre devant le tribunal, où X comparaît)."""
        sentence = self.doc.sentence_at(start)
        for mention in self.doc.mentions:
            if mention.type == "PER" and id(mention) in self.entity_of and mention.start > start \
                    and 0 <= self.doc.sentence_at(mention.start) - sentence <= NAMED_NEXT_SENTENCES \
                    and self._is_subject(mention) and not self._introduced_as_relation(mention):
                person = self._candidate(mention).person
                if _agrees(self._gender_of(person), gender) and self._may_hold(person.entity_id, noun):
                    return person
        return None

    def _introduced_as_relation(self, mention: EntityMention) -> bool:
        """« Son ancien patron, Pierre Lenoir, dément »: a person named as someone's relation (son patron, sa
        sœur) is not the one « son » stands for."""
        return any(self.doc.words[c].lower in POSSESSIVE_DETERMINERS for noun in self._role_nouns(mention)
                   for c in self.doc.words[noun].children if self.doc.words[c].deprel == "det")

    def _phrase_gender(self, words: List[int], noun) -> Optional[str]:
        """The gender of a role phrase: its article's, else the noun's; after an elided article, which hides it
        (l'astronaute, where the tagger guesses), the form's or an adjective's (l'octogénaire israélienne)."""
        first = self.doc.words[words[0]]
        if first.lower not in ("l'", "l’"):  # la maire, la ministre: the article tells what the noun's form hides
            return (first.feats.get("Gender") if first.upos == "DET" else None) or noun.feats.get("Gender")
        return _lexical_gender(noun.lower) or next(
            (self.doc.words[c].feats.get("Gender") for c in noun.children
             if self.doc.words[c].deprel == "amod" and self.doc.words[c].feats.get("Gender")), None)

    def _narrative_sentences_back(self, offset: int, count: int) -> int:
        """The first sentence of a window of `count` sentences before the offset's own, not counting the
        sentences of a quote (« … ¶ … », confie l'astronaute: the astronaut was named before the quote)."""
        sentence = self.doc.sentence_at(offset)
        while sentence > 0 and count > 0:
            sentence -= 1
            first_word = self.doc.words[self.doc.sentences[sentence][0]]
            if not self.doc.in_quote(first_word.start + 1):
                count -= 1
        return sentence

    def _may_hold(self, entity_id: Optional[str], noun) -> bool:
        """Whether a person may be meant by a role noun: not when the article gave them another role
        (l'avocat X is not « le procureur »). A mere description (l'octogénaire, le navigateur) fits anyone."""
        asked = _role_word(noun)
        if asked in PARTIES_TO_A_CASE:
            return not self._practises_law(entity_id)
        if asked not in ROLE_NOUNS:
            return True
        if asked in OFFICE_NOUNS and self._private_person(entity_id):
            return False
        held = [phrase for phrase in self._role_phrases(entity_id) if (entity_id, phrase) not in self.former_roles]
        # the head of each role (a premier ministre is a ministre); le dirigeant says nothing of the role
        known = {_bare_role(phrase).split()[-1] for phrase in held} & ROLE_NOUNS - GENERIC_ROLE_NOUNS
        return not known or any(_roles_compatible(asked, role) for role in known)

    def _former(self, noun: int) -> bool:
        """l'ancien Premier ministre, l'ex-ministre: a role held once, which leaves the person free to hold
        another now (le maire du Havre)."""
        word = self.doc.words[noun]
        return word.lower.startswith("ex-") or any(
            self.doc.words[c].lemma.lower() in ("ancien", "ex") for c in word.children)

    def _practises_law(self, entity_id: Optional[str]) -> bool:
        """Me X, l'avocat X, le procureur X: someone who cannot be « l'accusé » or « la plaignante »."""
        entity = self.entities.get(entity_id)
        titled = entity is not None and any(
            m.words and m.words[0] > 0 and fold(self.doc.words[m.words[0] - 1].text).rstrip(".") == "me"
            for m in self.doc.mentions if self.entity_of.get(id(m)) == entity_id)
        return titled or any(_bare_role(phrase).split()[-1] in LEGAL_PROFESSIONS
                             for phrase in self._role_phrases(entity_id) if phrase)

    def _role_phrases(self, entity_id: Optional[str]) -> List[str]:
        """The roles a person was given by the article or was found to hold (le dirigeant chinois)."""
        return [phrase for phrase, _ in self.roles.get(entity_id, [])] + [
            phrase for phrase, person in self._role_holders.items() if person.entity_id == entity_id]

    def _private_person(self, entity_id: Optional[str]) -> bool:
        """A person the article names by a first name alone, with their age or situation (Michel, un habitant;
        Léa, 15 ans): a private individual, who holds no public office."""
        entity = self.entities.get(entity_id)
        if entity is None or " " in entity.name or _first_name_gender(entity.name.lower()) is None:
            return False
        for mention in self.doc.mentions:
            if id(mention) in self.entity_of and self.entity_of[id(mention)] == entity_id:
                after = [w for w in self.doc.words[mention.words[-1] + 1:mention.words[-1] + PRIVATE_DESCRIPTION_WORDS]
                         if w.sentence == self.doc.words[mention.words[-1]].sentence]
                if any(w.lemma.lower() in STATUS_NOUNS or w.lower == "ans" for w in after):
                    return True
        return False

    def _role_phrase(self, noun: int) -> str:
        """The role noun with its adjacent adjectives and its « de » complement: « premier ministre »,
        « porte-parole », « ministre de santé »."""
        words = [noun] + [c for c in self.doc.words[noun].children
                          if self.doc.words[c].deprel == "amod" and abs(c - noun) == 1]
        phrase = " ".join(_role_word(self.doc.words[w]) if w == noun else self.doc.words[w].lemma.lower()
                          for w in sorted(words))
        complement = next((c for c in self.doc.words[noun].children if c > noun and self._of_complement(c)), None)
        return f"{phrase} de {self.doc.words[complement].lemma.lower()}" if complement is not None else phrase

    def _of_complement(self, index: int) -> bool:
        """A noun introduced by « de »: (ministre) de la Santé, not (porte-parole), John Kirby."""
        word = self.doc.words[index]
        return word.deprel.startswith("nmod") and word.upos in ("NOUN", "PROPN") and self._after_de(word)

    def _protagonist(self) -> Optional[Entity]:
        people = sorted((len(e.mentions), e.id) for e in self.entities.values() if e.type == "PER")
        if not people or people[-1][0] < 3 or (len(people) > 1 and people[-2][0] == people[-1][0]):
            return None
        return self.entities[people[-1][1]]

    def _unrecognised_name(self, words: List[int], head: int) -> Optional[Speaker]:
        """A proper name the entity tagger missed: the person named elsewhere that it fits (Zelensky →
        Volodymyr Zelenskyy), else its longest form in the text (Zemmal → Nacereddine Zemmal)."""
        names = self._name_run(words, head)
        if not names or all(_is_role_noun(self.doc.words[i]) or self.doc.words[i].lemma.lower() in ORGANISATION_NOUNS
                            for i in names):  # le PDG, l'ONG: a role or a kind of organisation, not a name
            return None
        if names[0] > 0 and self.doc.words[names[0] - 1].upos == "DET" and names[0] - 1 in words:
            return Speaker(self._as_written([names[0] - 1] + names), None)  # le PLQ: no person takes an article
        text = self.doc.text[self.doc.words[names[0]].start:self.doc.words[names[-1]].end]
        entity = find_person(list(self.entities.values()), text)
        if entity:
            return self._speaker_for(entity)
        return Speaker(self._longest_form(text), None)

    def _name_run(self, words: List[int], head: int) -> List[int]:
        """The proper nouns of the phrase: at its head, apposed after a comma (le ministre, Sergueï Lavrov),
        or a name of two or more words closing it (le ministre de l'Intérieur Gérald Darmanin)."""
        if self.doc.words[head].upos == "PROPN":
            return [i for i in words if self.doc.words[i].upos == "PROPN"]
        commas = [i for i in words if self.doc.words[i].text == ","]
        after = [i for i in words if commas and i > commas[-1]]
        if after and all(self.doc.words[i].upos == "PROPN" for i in after):
            return after
        closing = []
        for index in reversed(words):
            word = self.doc.words[index]
            if word.upos != "PROPN" or not word.text[:1].isupper() or in_role_title(self.doc, word):
                break
            closing.insert(0, index)
        first_names = [i for i in closing[1:] if fold(self.doc.words[i].text) in FIRST_NAMES]
        if first_names:
            closing = closing[closing.index(first_names[0]):]  # (des) Finances Christian Lindner
        before = closing[0] - 1 if closing else 0
        while before > 0 and self.doc.words[before].upos == "DET":
            before -= 1  # le joueur du (de le) Bayern Munich
        governed = closing and (self.doc.words[before].upos == "ADP"  # un proche de Pierre Moscovici
                                or self._named_by_complement(closing, words))
        return closing if len(closing) > 1 and not governed else []

    def _longest_form(self, name: str) -> str:
        if name not in self._longest_forms:
            self._longest_forms[name] = self._find_longest_form(name)
        return self._longest_forms[name]

    def _find_longest_form(self, name: str) -> str:
        """The longest run of capitalised proper nouns in the text that ends with this name
        (Zemmal → Nacereddine Zemmal), never starting with a word tagged other than a proper noun (unless a
        first name: Marine, tagged as the noun), a title or a word of another entity."""
        last = re.escape(name.split()[-1])
        forms = [name]
        text = self.doc.text
        for match in re.finditer(last + r"\b", text):
            start = NAME_RUN_BEFORE.search(text, max(match.start() - NAME_RUN_CHARS, 0), match.start()).start()
            words = self.doc.words_between(start, match.end())
            while words and ((words[0].upos != "PROPN" and fold(words[0].text) not in FIRST_NAMES)
                             or is_title(words[0].text) or words[0].text in COMMON_ACRONYMS
                             or in_role_title(self.doc, words[0]) or self._in_other_entity(words[0])):
                words = words[1:]
            form = text[words[0].start:match.end()] if words else ""
            if form and same_person(name, form):  # not Jean-Marie Le Pen for Marine Le Pen
                forms.append(form)
        return max(forms, key=len)

    def _in_other_entity(self, word) -> bool:
        """Whether a word belongs to a mention that is not a person (PSG in « PSG Kylian Mbappé »)."""
        mention = self.doc.mention_at(word.index)
        return mention is not None and mention.type != "PER"

    def _names_organisation_or_document(self, word) -> bool:
        """la Cour de cassation, le rapport: what « il » or « elle » may stand for besides a person."""
        return self._names_organisation(word) or (word.upos == "NOUN" and word.lemma.lower() in DOCUMENT_NOUNS)

    def _names_organisation(self, word) -> bool:
        """La Cour de cassation, le gouvernement: a noun that names an organisation, which « elle » may stand for."""
        mention = self.doc.mention_at(word.index)
        return (mention is not None and mention.type == "ORG") \
            or word.lemma.lower() in ORGANISATION_NOUNS | INSTITUTION_NOUNS

    def _organisation(self, words: List[int], head: int) -> Optional[Speaker]:
        """A definite organisation noun (l'agence, cette ONG) → the organisation last named before it."""
        word = self.doc.words[head]
        definite = self.doc.words[words[0]].lower in DEFINITE
        if not definite or word.upos not in ("NOUN", "PROPN") or word.lemma.lower() not in ORGANISATION_NOUNS \
                or word.feats.get("Number") == "Plur":
            return None
        first = self.doc.sentence_at(word.start) - PRONOUN_WINDOW
        earlier = [m for m in self.doc.mentions if m.type == "ORG" and m.end <= word.start and id(m) in self.entity_of
                   and self.doc.sentence_at(m.start) >= first]
        unnamed = self._untagged_subject(word.index, first)
        if unnamed is not None and (not earlier or earlier[-1].words[0] < unnamed[0]):
            return Speaker(self._as_written(self._with_determiner(unnamed)), None)
        if not earlier:
            return self._organisation_named_next(word)
        earlier = [m for m in earlier if not self._bracketed(m)] or earlier  # not the (OSDH) after its name
        noun = word.lemma.lower()
        titled = [m for m in earlier if fold(noun) in fold(self.doc.text[m.start:m.end]).split()]
        if not titled and noun in NAMED_BY_THEIR_NOUN:
            return None  # le ministère is no union named before; le ministère de la Santé is
        ungoverned = [m for m in earlier if not self._governed(m)]  # Apple a annoncé … de la Commission
        mention = (titled or ungoverned or earlier)[-1]  # le syndicat → the Syndicat de la magistrature
        return Speaker(self._as_written(self._with_determiner(mention.words)), self.entity_of[id(mention)])

    def _bracketed(self, mention: EntityMention) -> bool:
        first, last = mention.words[0], mention.words[-1]
        return first > 0 and self.doc.words[first - 1].text == "(" and last + 1 < len(self.doc.words) \
            and self.doc.words[last + 1].text == ")"

    def _organisation_named_next(self, noun) -> Optional[Speaker]:
        """« … », a fait savoir le groupe. Michelin emploie … / Le distributeur Carrefour compte …: the name
        that is, or is apposed to, the subject of the next sentence, when no organisation was named before;
        not a person's name (one word the tagger took for a person's may be the organisation's)."""
        following = [w for w in self.doc.words[noun.index + 1:] if w.sentence == noun.sentence + 1]
        subject = next((w for w in following if w.deprel.startswith("nsubj")), None)
        if subject is None:
            return None
        name = subject if subject.upos == "PROPN" else next(
            (self.doc.words[c] for c in subject.children if self.doc.words[c].upos == "PROPN"
             and self.doc.words[c].deprel in ("appos", "nmod", "flat:name")), None)
        mention = self.doc.mention_at(name.index) if name is not None else None
        if name is None or (mention is not None and (mention.type in ("LOC", "MISC") or (
                mention.type == "PER" and len(mention.words) > 1))):
            return None
        words = mention.words if mention is not None else [name.index] + [
            c for c in name.children if self.doc.words[c].deprel.startswith("flat")]
        entity = self.entity_of.get(id(mention)) if mention is not None else None
        return Speaker(self._as_written(words), entity)

    def _governed(self, mention: EntityMention) -> bool:
        """Whether a preposition governs the mention, over its article (de la Commission)."""
        position = mention.words[0] - 1
        while position >= 0 and self.doc.words[position].upos == "DET":
            position -= 1
        return position >= 0 and self.doc.words[position].upos == "ADP"

    def _untagged_subject(self, before: int, first_sentence: int) -> Optional[List[int]]:
        """The last proper-noun subject that the entity tagger left untagged (Météo-France a placé …)."""
        for word in reversed(self.doc.words[:before]):
            if word.sentence < first_sentence:
                return None
            if word.upos == "PROPN" and word.deprel == "nsubj" and self.doc.mention_at(word.index) is None \
                    and not self.doc.in_quote(word.start):
                return [word.index] + [c for c in word.children if self.doc.words[c].deprel.startswith("flat")]
        return None

    def _with_determiner(self, words: List[int]) -> List[int]:
        first = words[0]
        if first > 0 and self.doc.words[first - 1].upos == "DET":
            return [first - 1] + list(words)
        return list(words)

    def _description(self, words: List[int]) -> Optional[Speaker]:
        """The phrase as written, when it can name a source: a determined noun phrase (un responsable,
        la police), a name or an indefinite pronoun (chacun); not a bare noun, a preposition or « cela »."""
        first = self.doc.words[words[0]]
        if first.upos == "PRON" and (first.feats.get("PronType") in ("Dem", "Int") or first.lower == "qui"):
            return None  # cela, Qui a écrit … ?, a « qui » no antecedent fitted: no source
        if first.upos == "ADJ" and words[0] > 0 and self.doc.words[words[0] - 1].lower in GENITIVE:
            return Speaker(self._as_written([words[0] - 1] + list(words)), None)  # de nombreux experts
        if first.upos not in ("DET", "PROPN", "PRON", "NUM") and not first.text[:1].isupper() \
                and first.lemma.lower() != "source":  # (de) source proche du dossier
            return None
        return Speaker(self._as_written(words) + self._gloss(words), None)

    def _gloss(self, words: List[int]) -> str:
        """« un proche du ministre (Arnaud Montebourg) »: for a source described by its tie to a role the article
        gave a named person, that person's name in brackets; « chacun (à Bercy) »: for an indefinite pronoun, the
        place that opens its sentence."""
        if len(words) == 1 and fold(self.doc.words[words[0]].lower) in INDEFINITE_SOURCES:
            place = self._opening_place(self.doc.words[words[0]])
            return f" ({place})" if place else ""
        for index in words[1:]:
            word = self.doc.words[index]
            if word.deprel.startswith("nmod") and _is_role_noun(word) and word.feats.get("Number") != "Plur" \
                    and not any(self.doc.mention_at(i) is not None for i in words):
                person = self._role(self._compact_phrase(index), held_only=True)
                if person is not None:
                    return f" ({person.name})"
        return ""

    def _opening_place(self, word) -> Optional[str]:
        """« À Bercy, chacun … »: the short place phrase before the first comma of the word's sentence."""
        sentence = [self.doc.words[i] for i in self.doc.sentences[word.sentence]]
        comma = next((position for position, w in enumerate(sentence) if w.text == ","), None)
        if comma is None or not 2 <= comma <= PLACE_PHRASE_WORDS or sentence[comma].index > word.index \
                or fold(sentence[0].text.lower()) not in PLACE_OPENERS:
            return None
        text = self.doc.text[sentence[0].start:sentence[comma - 1].end]
        return text[0].lower() + text[1:]

    # -- helpers -------------------------------------------------------------------------------
    def _speaker_for(self, entity: Entity) -> Speaker:
        name = self._longest_form(entity.name) if entity.type == "PER" else entity.name
        return Speaker(name, entity.id)

    @staticmethod
    def _copy(person: Speaker) -> Speaker:
        return Speaker(person.name, person.entity_id)

    def _as_written(self, words: List[int]) -> str:
        """The phrase as the text writes it, with a lower-case article, and « le » for the « du », « au » or
        « des » a preposition fused into it (appris auprès du ministère → le ministère); an indefinite « des »
        stays."""
        text = self.doc.text[self.doc.words[words[0]].start:self.doc.words[words[-1]].end]
        first = self.doc.words[words[0]]
        if len(words) == 1 and first.text.startswith("-"):
            return clean(first)  # « … », avez-vous déclaré: « vous », not « -vous »
        if first.upos == "DET" and text[:1].isupper():
            text = text[0].lower() + text[1:]
        written = self.doc.text[first.start:first.end]
        position = words[0] - 1
        while position >= 0 and self.doc.words[position].start == first.start:
            position -= 1  # past the « de » of « des » read as « de les »
        before = self.doc.words[position].lower if position >= 0 else ""
        indefinite = written.lower() == "des" and before in PREPOSITIONS_WITHOUT_DE  # d'après des sources
        if first.upos == "DET" and written.lower() in ("du", "au", "aux", "des") and not indefinite:
            text = first.lower + text[len(written):]  # « du » written, « le » the word
        return " ".join(text.split())

    def _apposed_person(self, words: List[int]) -> Optional[EntityMention]:
        """A person named beside a role noun (le sociologue Lev Goudkov; le porte-parole, John Kirby),
        not one introduced by a preposition (un proche de Pierre Moscovici)."""
        for index in words:
            mention = self.doc.mention_at(index)
            if mention is None or mention.type != "PER" or id(mention) not in self.entity_of:
                continue
            if not self._after_preposition(mention) and not self._named_by_complement(mention.words, words):
                return mention
        return None

    def _named_by_complement(self, name: List[int], words: List[int]) -> bool:
        """« le bureau du premier ministre Stephen Harper », « l'avocat du joueur X »: a person named beside the
        role noun of a « de » complement is that complement's, not the phrase's."""
        word = next((self.doc.words[i] for i in name if self.doc.words[i].head not in name), None)
        if word is None:
            return False
        while word.head is not None and word.head in words:
            parent = self.doc.words[word.head]
            if parent.head in words and (_is_role_noun(parent) or parent.lemma.lower() in STATUS_NOUNS) and any(
                    self.doc.words[c].deprel == "case" for c in parent.children):
                return True
            word = parent
        return False

    def _apposed_organisation(self, words: List[int], head: int) -> Optional[Speaker]:
        """« le journal américain The Wall Street Journal » → le Wall Street Journal, « le syndicat X » as written:
        an organisation noun with the organisation's name beside it → that organisation (a newspaper by its
        title, with the phrase's article);
        « un sondage Ifop »: a document noun with its author's name beside it → the author."""
        noun = self.doc.words[head].lemma.lower()
        if noun not in ORGANISATION_NOUNS and noun not in DOCUMENT_NOUNS:
            return None
        for index in words:
            mention = self.doc.mention_at(index)
            if mention is not None and mention.type == "ORG" and id(mention) in self.entity_of \
                    and not self._after_preposition(mention):
                entity = self.entities[self.entity_of[id(mention)]]
                if noun in DOCUMENT_NOUNS:
                    return Speaker(entity.name, entity.id)
                article = self.doc.words[words[0]].lower
                if noun not in MEDIA_NOUNS or article in ("l'", "l’"):  # le syndicat X, l'association X: as written
                    return Speaker(self._as_written(words), entity.id)
                return Speaker(f"{article} {entity.name}" if article in ("le", "la", "les") else entity.name, entity.id)
        return None

    def _after_preposition(self, mention: EntityMention) -> bool:
        first = mention.words[0]
        return first > 0 and self.doc.words[first - 1].upos == "ADP"

    def _candidates(self, offset: int, gender: Optional[str], first_sentence: Optional[int]) -> List[Candidate]:
        pool = [c for c in self.spoken + self.subjects
                if c.offset < offset and (self._other_than is None or c.person.entity_id != self._other_than)]
        if first_sentence is not None:
            pool = [c for c in pool if c.sentence >= first_sentence]
        pool = [c for c in pool if _agrees(self._gender_of(c.person), gender)]
        if not pool:
            pool = [c for c in self._named_before(offset, 0) if _agrees(self._gender_of(c.person), gender)]
        return sorted(pool, key=lambda c: (c.sentence, c.speaker, c.offset), reverse=True)

    def _named_before(self, offset: int, first_sentence: int) -> List[Candidate]:
        """The people named before an offset from a sentence on, the nearest first, but the one the mention
        being resolved contrasts with."""
        return [self._candidate(m) for m in reversed(self.doc.mentions) if m.type == "PER" and m.end <= offset
                and id(m) in self.entity_of and self.doc.sentence_at(m.start) >= first_sentence
                and self.entity_of[id(m)] != self._other_than and not self._in_quote_it_closes(m, offset)]

    def _in_quote_it_closes(self, mention: EntityMention, offset: int) -> bool:
        """« Après le combat mené par Françoise Giroud, … », confie la députée: a person named inside the quote
        whose reporting clause holds the offset is talked about, not the one who talks."""
        return any(marked.open_mark < mention.start < marked.close_mark < offset
                   and not re.search(r"[.!?]", self.doc.text[marked.close_mark + 1:offset])
                   for marked in self.doc.marked_spans if marked.close_mark is not None)

    def gender_of_speaker(self, speaker: Speaker) -> Optional[str]:
        """A speaker's gender: a person's, else that of the head of the phrase it was named by (un conseiller)."""
        if speaker.entity_id is not None or speaker.mention is None:
            return self._gender_of(speaker)
        for word in self.doc.words_between(speaker.mention.start, speaker.mention.end):
            if word.upos == "PRON" and clean(word) in SUBJECT_PRONOUNS:
                return SUBJECT_PRONOUNS[clean(word)][0]
            if word.upos == "NOUN":
                return word.feats.get("Gender")
        return None

    def _gender_of(self, person: Speaker) -> Optional[str]:
        """A person's gender: from their entity, else from the first name of a name no entity carries."""
        if person.entity_id is not None:
            return self.gender.get(person.entity_id)
        return _first_name_gender(person.name.split()[0].lower()) if " " in person.name else None

    def _candidate(self, mention: EntityMention, speaker: bool = False) -> Candidate:
        entity = self.entities[self.entity_of[id(mention)]]
        return Candidate(self._speaker_for(entity), self.doc.sentence_at(mention.start), mention.start, speaker)

    def _person_subjects(self) -> List[Candidate]:
        """Persons named as subjects, outside quotes: one a speaker talks about is not who says the words."""
        return [self._candidate(m) for m in self.doc.mentions if m.type == "PER" and id(m) in self.entity_of
                and m.words and self._is_subject(m) and not self.doc.in_quote(m.start)]

    def _is_subject(self, mention: EntityMention) -> bool:
        """A subject by the parse, or apposed to one (Le Premier ministre, Keir Starmer, a reçu), or by
        position when the sentence's parse found none: before its first finite verb and not after a
        preposition (French puts the subject first)."""
        for index in mention.words:
            word = self.doc.words[index]
            unmarked = word.deprel.startswith("nmod") and not any(self.doc.words[c].deprel == "case"
                                                                  for c in word.children)  # le syndicaliste X
            apposed = (word.deprel == "appos" or unmarked) and word.head is not None
            if word.deprel.startswith("nsubj") or (apposed and self.doc.words[word.head].deprel.startswith("nsubj")) \
                    or self._run_on_role_complement(word, mention):
                return True
        first = mention.words[0]
        verb = self.doc.words[first].head
        if verb is not None and verb < first and is_reporting_verb(self.doc.words[verb], self.doc) \
                and subject_after(self.doc, self.doc.words[verb]) == first:
            return True  # « … », a martelé X: an inverted subject the parse took for an object
        sentence = self.doc.sentences[self.doc.words[first].sentence]
        if any(self.doc.words[i].deprel.startswith("nsubj") for i in sentence):
            return False
        finite = [i for i in sentence if self.doc.words[i].feats.get("VerbForm") == "Fin"]
        after_preposition = first > sentence[0] and self.doc.words[first - 1].upos == "ADP"
        return bool(finite) and first < finite[0] and not after_preposition

    def _run_on_role_complement(self, word, mention: EntityMention) -> bool:
        """L'entraîneur du PSG Luis Enrique a répondu: the parse hung the name, with no preposition, on the
        complement of a role noun that is the subject; the name is the subject's."""
        unmarked = word.deprel.startswith(("flat", "nmod", "appos")) and not any(
            self.doc.words[c].deprel == "case" for c in word.children)
        if not unmarked or word.head is None or word.head in mention.words:
            return False
        complement = self.doc.words[word.head]
        if not complement.deprel.startswith("nmod") or complement.head is None:
            return False
        role = self.doc.words[complement.head]
        return role.deprel.startswith("nsubj") and _is_role_noun(role)

    def _genders(self) -> Dict[str, str]:
        """Gender of person entities from titles (M., Mme), first names and gendered role nouns beside
        their names, weighed in that order of trust."""
        votes: Dict[str, Counter] = {}
        for mention in self.doc.mentions:
            if mention.type != "PER" or id(mention) not in self.entity_of or not mention.words:
                continue
            for gender, weight in self._gender_cues(mention):
                votes.setdefault(self.entity_of[id(mention)], Counter())[gender] += weight
        return {eid: v.most_common(1)[0][0] for eid, v in votes.items() if v}

    def _gender_cues(self, mention: EntityMention):
        """(gender, weight) pairs: a title weighs 3, a first name 2 (1 alone), a role noun 1."""
        first = mention.words[0]
        if first > 0:
            before = self.doc.words[first - 1].lower.rstrip(".") + "."
            title = TITLES.get(before, TITLES.get(before.rstrip(".")))
            if title:
                yield title, 3
        tokens = self.doc.text[mention.start:mention.end].split()
        gender = _first_name_gender(tokens[0].lower()) or _first_name_gender(tokens[0].lower().split("-")[0])
        if gender:
            yield gender, 2 if len(tokens) > 1 else 1  # a name alone may be a surname (Bernard, Martin)
        for noun in set(self._role_nouns(mention)):
            word = self.doc.words[noun]
            apposed = word.deprel == "appos" or any(
                self.doc.words[w].deprel == "appos" and self.doc.words[w].head == noun for w in mention.words)
            gender = self._agreement_gender(word) or word.feats.get("Gender")
            if gender and (apposed or noun == first - 1) and word.lemma.lower() not in EPICENE_NOUNS:
                yield gender, 1  # la maire Anne Hidalgo; X, directrice de …; l'ancienne ministre X

    def _agreement_gender(self, noun) -> Optional[str]:
        """The gender a noun takes from its article or an adjective, which the tagger may not give a noun of one
        form for both (la ministre, l'ancienne ministre)."""
        return next((self.doc.words[c].feats["Gender"] for c in noun.children
                     if self.doc.words[c].deprel in ("det", "amod") and "Gender" in self.doc.words[c].feats
                     and not self.doc.words[c].text.endswith(("'", "’"))), None)

    def _role_nouns(self, mention: EntityMention) -> List[int]:
        """Common nouns apposed to a person's name: le ministre X, X, porte-parole de …"""
        nouns = []
        for index in mention.words:
            word = self.doc.words[index]
            related = list(word.children) + ([word.head] if word.head is not None else [])
            for other in related:
                if other in mention.words:
                    continue
                candidate = self.doc.words[other]
                linked = word.deprel in ROLE_RELATIONS if other == word.head else candidate.deprel in ROLE_RELATIONS
                governed = self._after_de(candidate)  # not (ministre) de l'Économie
                complement = other == word.head and self._after_de(word)  # not la joie de X
                if candidate.upos == "NOUN" and linked and not governed and not complement:
                    nouns.extend(self._noun_and_heads(other))
        return nouns or self._role_before(mention)

    def _after_de(self, word) -> bool:
        """Whether a « de » governs the word (de l'Économie, de Léon Marchand)."""
        return any(self.doc.words[c].deprel == "case" and self.doc.words[c].lower in GENITIVE for c in word.children)

    def _role_before(self, mention: EntityMention) -> List[int]:
        """« L'avocat de la défense, Me X, a plaidé », « le maire de Grenoble X »: the role noun of the
        phrase right before the name, when the parse did not link them; not « l'avocat de X »."""
        position = mention.words[0] - 1
        if position >= 0 and is_title(self.doc.words[position].text):
            position -= 1
        if position < 0 or self.doc.words[position].upos == "ADP":
            return []
        if self.doc.words[position].text != ",":
            position += 1  # no comma: the phrase ends right before the name
        sentence = self.doc.words[mention.words[0]].sentence
        for word in reversed(self.doc.words[max(position - ROLE_PHRASE_WORDS, 0):position]):
            if word.sentence != sentence or word.upos in ("VERB", "AUX", "PUNCT", "PRON"):
                break
            if word.upos == "NOUN" and _is_role_noun(word):
                return [word.index]
        return []

    def _noun_and_heads(self, noun: int) -> List[int]:
        """A noun and the nouns it complements (affaires → conseiller in « le conseiller de l'Élysée pour
        les affaires stratégiques, X », where the parse hangs X on the last noun)."""
        chain = [noun]
        word = self.doc.words[noun]
        while word.deprel.startswith("nmod") and word.head is not None and self.doc.words[word.head].upos == "NOUN":
            chain.append(word.head)
            word = self.doc.words[word.head]
        return chain

    def _roles(self) -> Dict[str, List[tuple]]:
        roles: Dict[str, List[tuple]] = {}
        for mention in self.doc.mentions:
            if mention.type == "PER" and id(mention) in self.entity_of:
                held = roles.setdefault(self.entity_of[id(mention)], [])
                held.extend((self._role_phrase(noun), mention.start) for noun in self._role_nouns(mention))
                self.former_roles.update((self.entity_of[id(mention)], self._role_phrase(noun))
                                         for noun in self._role_nouns(mention) if self._former(noun))
                before = self.doc.words[mention.words[0] - 1].lower if mention.words[0] > 0 else ""
                if before in HEADED_BY_PERSON:
                    held.append((HEADED_BY_PERSON[before], mention.start))  # le gouvernement Charest
        return roles

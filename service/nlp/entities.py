"""Groups the named-entity mentions of one text into entities.

« Joe Biden » and « Biden » are one entity named by its most complete form; so are variant
spellings of one surname (Zelenskyy / Zelensky). Other types group by their normalised text.
"""
import re
import unicodedata
from functools import lru_cache
from collections import Counter
from typing import Dict, List, Optional, Tuple

from service.nlp.document import Doc, EntityMention
from service.nlp.lexicon import (ARTICLELESS_COUNTRIES, CITIES, ELIDED_PLACES, FEMININE_FIRST_NAMES, GENITIVE,
                                 HEADED_BY_PERSON, KIN_NOUNS, MASCULINE_FIRST_NAMES, NEWS_TITLES, ORGANISATION_HEADS,
                                 ORGANISATION_NOUNS, ORGANISATIONS_BY_NAME, PARTIES_AFTER_ARTICLE, PARTY_NAMES,
                                 RELATIONAL_NOUNS, REPORTING_VERBS, ROLE_NOUNS, STATUS_NOUNS, TITLES)
from service.nlp.model import Entity, Span


TITLE_WORDS = {title.rstrip(".") for title in TITLES}
DEMONYM = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ-]+(?:ais|aise|ain|aine|ien|ienne|ois|oise|an|ane|in|ine|ite|ote)s?$")
ACRONYM = re.compile(r"^[A-Z]{2,6}$")
REGNAL_NUMBER = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{1,3})$")
# Iranien, Française, Espagnol, Madrilène, Normand, Savoyarde, Américaine; not l'Irlande, la Finlande, la Lorraine
SINGULAR_DEMONYM = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:ien|ienne|ais|aise|ois|oise|ain|ol|ole|ène|éen|éenne|ard|arde"
                              r"|(?<!l)and|(?<!l)ande|(?<=[bc])aine)$")
SINGULAR_DETERMINERS = ("le", "la", "l'", "l’", "un", "une", "jeune")
ARABIC_PARTICLE = re.compile(r"^(?:al|el|ben|bin|ibn|abou|abu)-[A-ZÀ-Ý]")
ACRONYM_ARTICLES = ("le", "la", "l'", "l’", "du", "au")
COMPASS_POINTS = ("nord", "sud", "est", "ouest")
PREMIER = ("premier", "premiere")  # folded: « Premier » of « Premier ministre »
CLUB_SUFFIXES = {"City", "United", "FC", "Athletic", "Hotspur", "Rovers", "Wanderers", "Albion"}
TEAM_PLURAL = re.compile(r"^[A-Z][a-z]+(?:ers|ors|ics|ets)$")  # Lakers, Warriors, Celtics, Rockets
NOT_NATIONALITIES = frozenset("""républicain républicaine ancien ancienne prochain prochaine certain certaine
chrétien chrétienne quotidien quotidienne humain humaine grand grande""".split())
COMMON_ACRONYMS = set("""OGM ONG OPA PME TPE TVA PIB SMS HLM RER TGV SDF CDD CDI RSA SMIC QG PDG DRH OVNI IVG VIH
NDLR DG CEO IA ADN ARN PMA GPA IRM SUV RTT BTP CSG APL ZFE EHPAD OQTF LGBT PLU SNU PV CV QI PSE IPO""".split())
ROLE_ACRONYMS = {"PDG", "DRH", "DG", "CEO"}  # le PDG Sundar Pichai: a person's title, not an organisation's
COUNTRY_ACRONYMS = {"URSS", "USA", "RDC", "RFA", "RDA", "UK", "EAU", "RCA"}
NAME_PARTICLES = {"de", "du", "des", "d'", "d’", "le", "la", "les", "al", "el", "ben", "bin", "ibn", "van", "von",
                  "der", "den", "y", "da", "di", "dos"}  # « les » of « des » split in two: Laurence des Cars
PLACE_NOUNS = set("""rue avenue boulevard place quai pont gare aéroport lycée collège école université stade
hôpital centre musée salle institut fondation prix square parc allée impasse cours chemin route""".split())
TRAILING_PUNCTUATION = "….,;:!?"
MAX_AGE = 120  # « Marcel, 81 ans »: an age, not an anniversary (« le Louvre, 230 ans »)
# Trades whose « chez X » names an employer: analyste chez Oddo BHF.
EMPLOYEE_NOUNS = frozenset("""analyste économiste stratège ingénieur ingénieure salarié salariée employé employée
cadre directeur directrice consultant consultante chercheur chercheuse avocat avocate associé associée gérant
gérante responsable stagiaire ouvrier ouvrière technicien technicienne commercial commerciale""".split())
# Nouns for people, to which a first name may be apposed: sa collègue Julie, son épouse Florence.
PERSON_NOUNS = ROLE_NOUNS | STATUS_NOUNS | RELATIONAL_NOUNS | KIN_NOUNS
CONTEXT_VOTES = 3  # « le groupe Danone » outvotes two « Danone » the tagger took for a place
IRREGULAR_DEMONYMS = {"russe", "belge", "suisse", "turc", "turque", "grec", "grecque", "britannique", "kurde", "basque",
                      "tcheque", "slovaque", "arabe", "serbe", "croate", "bosniaque", "ouzbek", "tadjik", "kazakh",
                      "afghane", "libyen", "libyenne", "coreen", "coreenne", "europeen", "europeenne", "slave",
                      "afghan", "kenyan", "kenyane", "nigerian", "nigeriane", "argentin", "montenegrin",
                      "montenegrine", "uruguayen", "uruguayenne", "paraguayen", "paraguayenne", "bulgare", "chypriote",
                      "bielorusse", "qatari", "emirati", "burkinabe", "sud-africain", "sud-africaine", "roumaine",
                      "tibetaine"}
# Places whose name may look like a demonym or a people's plural (les Yvelines, les Philippines, l'Illinois).
PLURAL_PLACES = {"yvelines", "landes", "vosges", "ardennes", "pyrenees", "alpes", "antilles", "comores", "seychelles",
                 "philippines", "maldives", "baleares", "canaries", "cevennes", "flandres", "asturies", "ameriques",
                 "mascareignes", "marquises", "bahamas", "bermudes", "caraibes", "andes", "appalaches", "rocheuses",
                 "carpates", "balkans", "prealpes", "illinois"}
QUANTITY_WORDS = {"milliers", "centaines", "dizaines", "millions", "beaucoup", "peu", "nombre", "majorité", "moitié",
                  "plupart", "tiers", "quart", "minorité", "foule", "groupe", "millier", "centaine", "dizaine",
                  "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine"}
PEOPLES = {"premieres nations", "autochtones", "inuits", "inuit", "metis", "amerindiens"}  # groups, MISC
COMMON_CAPITALISED = {"etat", "bourse"}  # l'État, la Bourse: common nouns, not entities
# Words that open a question or an exclamation, capitalised at the head of a sentence: they name nothing.
QUESTION_WORDS = {"combien", "pourquoi", "comment", "quand", "quel", "quelle", "quels", "quelles", "lequel",
                  "laquelle", "voila", "voici"}
DISEASES = {"covid", "covid-19", "coronavirus", "sars-cov-2", "sida", "vih", "mpox", "ebola", "zika", "h5n1",
            "chikungunya", "alzheimer", "parkinson"}  # not annotated as entities
HOLIDAYS = {"noel", "paques", "toussaint", "ramadan", "aid", "aid el-fitr", "aid el-kebir", "hanoukka", "pentecote",
            "saint-sylvestre", "nouvel an", "yom kippour", "thanksgiving", "halloween", "saint-valentin"}  # nor these
COMPETITIONS = {"ligue des champions", "ligue europa", "ligue 1", "ligue 2", "tour de france", "top 14",
                "vendee globe", "six nations", "tournoi des six nations", "roland-garros", "wimbledon",
                "coupe davis", "route du rhum", "euro", "mondial", "jo"}  # events, whatever the tagger says
NATIONAL_INSTITUTIONS = {"senat", "parlement", "congres", "tresor", "gouvernement"}  # le Sénat américain
# Nouns before a name that make it an event or a thing (la tempête Ciaran, le télescope James-Webb).
EVENT_NOUNS = {"cyclone", "tempête", "ouragan", "typhon", "tornade", "opération", "télescope", "satellite", "sonde",
               "fusée", "lanceur", "navire", "porte-avions", "sous-marin", "frégate", "missile", "vaccin"}
AWARDS = {"oscar", "oscars", "goncourt", "nobel", "pulitzer", "emmy", "emmys", "grammy", "grammys", "renaudot",
          "femina"}  # MISC, whatever the tagger says
DATED_EVENTS = {"euro", "mondial", "jo", "coupe du monde", "jeux olympiques"}  # l'Euro 2024, le Mondial 2026
RULERS_GROUPS = {"régime", "clan"}  # organisation nouns before a person's name: le régime Assad
CLUB_PREFIXES = {"FC", "AS", "AC", "RC", "SC", "OGC", "US", "CA", "SM", "AJ", "CF", "SL", "SS", "SSC", "RB", "PSV",
                 "AZ", "RCD", "UD", "CD", "SV", "VfB", "VfL", "TSG", "BK", "IF", "AIK"}  # FC Barcelone is one name
VENUE_HEADS = {"stade", "gare", "aeroport", "pont", "place", "rue", "avenue", "boulevard", "quai", "port", "parc"}
# Nouns of places and landmarks whose name follows « de »: le palais des Papes, la baie de Somme, le col du Galibier.
LANDMARK_NOUNS = VENUE_HEADS | {"palais", "chateau", "cathedrale", "basilique", "eglise", "mont", "lac", "ile", "col",
                                "massif", "vallee", "gorges", "baie", "golfe", "cap", "canal", "plateau", "plaine"}
INSTITUTION_HEAD = re.compile(r"\b(?:(?:ministère|département|secrétariat|université|direction(?= \w+ale))"
                              r"\s+(?:[a-zà-ÿ]+\s+)?(?:de la|de l['’]|des|du|de|d['’])|institut)\s*$")
# A ministry named by its capitalised portfolio, which the tagger may miss: le ministère (russe) de la Santé.
OF = r"(?:de la|de l['’]|des|du|de|d['’])"
MINISTRY = re.compile(r"\bministère\s+(?:[a-zà-ÿ]+\s+)?" + OF + r"\s*(?=[A-ZÉÈÀÂÎÔ])")
DOCUMENT_HEAD = re.compile(r"\b(?:accords?|traité|protocole|convention|déclaration|pacte)\s+" + OF + r"\s*$")
HEAD_OF_STATE = re.compile(r"\b(?:présidente?|chef(?:fe)?)\s+de\s+(?:la|l['’])\s*$")  # président de la République
ROLE_TITLE_CHARS = 90  # how far back a role title may start
# ministre de l'Intérieur, ministre du Commerce et de l'Industrie, ministre du Travail, de l'Emploi et de la Santé
PORTFOLIO_AND = r"\s*[A-ZÀ-Ý][\w’'-]*(?:\s+[a-zà-ÿ]+)?\s*(?:,|et)\s+"  # « Commerce et », « Travail, »
ROLE_TITLE = re.compile(r"\b(?:ministres?(?:\s+[a-zà-ÿ]+)?\s+" + OF + r"(?:" + PORTFOLIO_AND + OF + r")*"
                        r"|procureure?s?\s+de la)\s*$")
# Seats of power, as written: they stand for the institution they house (l'Élysée dément).
SEAT_NAMES = ("Maison Blanche", "Maison-Blanche", "Élysée", "Elysée", "Elysee", "Kremlin", "Matignon", "Bercy",
              "Quai d'Orsay", "Pentagone", "Downing Street")
SEAT_NAME = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(name).replace("'", "['’]") for name in SEAT_NAMES)
                       + r")(?![\w-])")
# Capitalised heads of the names of plans, treaties, operations and events, which are MISC whatever the tagger said.
PLAN_AND_EVENT_HEADS = {"plan", "pacte", "programme", "operation", "traite", "accord", "accords", "loi", "sommet",
                        "coupe", "championnat", "jeux", "tournoi", "grenelle", "festival"}
PLACE_PREPOSITIONS = ("à", "au", "dans", "devant", "depuis", "vers")
DATE_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars",
              "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"}


@lru_cache(maxsize=65536)
def is_title(text: str) -> bool:
    """M., Mme, Me, Dr: an honorific before a name."""
    return fold(text).rstrip(".") in TITLE_WORDS


def fold(text: str) -> str:
    """Case- and accent-folded text, with typographic apostrophes made straight."""
    decomposed = unicodedata.normalize("NFD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


SEATS_OF_POWER = {fold(name) for name in SEAT_NAMES}
FIRST_NAMES = {fold(name) for name in FEMININE_FIRST_NAMES | MASCULINE_FIRST_NAMES}  # folded: stephane


@lru_cache(maxsize=65536)
def _tokens(text: str) -> Tuple[str, ...]:
    """The folded words of a name, without titles (M., Mme, Dr…)."""
    return tuple(t for t in fold(text).replace("-", " ").split() if not is_title(t))


def _near_spelling(a: str, b: str) -> bool:
    """One edit apart, for long enough words: Zelenskyy / Zelensky, Khakavand / Kakavand."""
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _short_form(a: str, b: str) -> bool:
    """Nacer / Nacereddine: one first name shortening the other."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short)


def same_person(short: str, full: str) -> bool:
    """Whether the person name `short` can refer to `full` (Biden → Joe Biden)."""
    small, big = _tokens(short), _tokens(full)
    if not small or not big or len(small) > len(big):
        return False
    if len(small) == len(big):
        same_last = small[-1] == big[-1] or _near_spelling(small[-1], big[-1])
        return same_last and all(a == b or _short_form(a, b) for a, b in zip(small[:-1], big[:-1]))
    return all(any(s == b or _near_spelling(s, b) for b in big) for s in small)


def _cut_at_comma(doc: Doc, mention: EntityMention) -> Optional[EntityMention]:
    """A name never spans a comma: « Éric Blanchet, directeur de l'Adapt » is « Éric Blanchet ».
    A proper name after the comma (« procureure de Pontoise, Marie Durand ») is returned as a person."""
    for position, index in enumerate(mention.words):
        if doc.words[index].text == "," and position > 0:
            rest = mention.words[position + 1:]
            mention.words = mention.words[:position]
            mention.end = doc.words[mention.words[-1]].end
            if rest and doc.words[rest[0]].upos == "PROPN" and doc.words[rest[0]].text[:1].isupper():
                return _person(doc, rest)
            return None
    return None


def _cut_at_verb(doc: Doc, mention: EntityMention) -> Optional[EntityMention]:
    """A name never spans or ends with a verb: « Greenpeace accuse TotalEnergies » is two names, the second
    returned with the same type when it is capitalised; « la Cour des comptes étrille » is one."""
    for position, index in enumerate(mention.words[1:], start=1):
        word = doc.words[index]
        if word.upos in ("VERB", "AUX") and word.text[:1].islower():
            rest = mention.words[position + 1:]
            mention.words = mention.words[:position]
            mention.end = doc.words[mention.words[-1]].end
            if rest and doc.words[rest[0]].text[:1].isupper():
                return EntityMention(doc.words[rest[0]].start, doc.words[rest[-1]].end, mention.type, rest)
            return None
    return None


def _cut_at_realm(doc: Doc, mention: EntityMention) -> Optional[EntityMention]:
    """« Abdallah II de Jordanie », « Charles III d'Angleterre »: after a regnal number, « de X » names the realm,
    returned as a place."""
    for position, index in enumerate(mention.words[1:-2], start=1):
        if mention.type == "PER" and REGNAL_NUMBER.match(doc.words[index].text) \
                and doc.words[index + 1].lower in ("de", "d'", "d’"):
            realm = mention.words[position + 2:]
            mention.words = mention.words[:position + 1]
            mention.end = doc.words[index].end
            return EntityMention(doc.words[realm[0]].start, doc.words[realm[-1]].end, "LOC", realm)
    return None


def _cut_at_owner(doc: Doc, mention: EntityMention) -> Optional[EntityMention]:
    """« (ministère de la) Santé du Hamas »: a name that ends with « de » and an organisation the text names on
    its own elsewhere is two names; the organisation is returned as a new mention."""
    for position, index in enumerate(mention.words[1:-1], start=1):
        if doc.words[index].lower not in ("de", "du", "des", "d'", "d’"):
            continue
        owner = mention.words[position + 1:]
        while len(owner) > 1 and doc.words[owner[0]].upos == "DET":
            owner = owner[1:]  # du → de | le Hamas
        organisation = EntityMention(doc.words[owner[0]].start, doc.words[owner[-1]].end, "ORG", owner)
        if _named_elsewhere(doc, _text(doc, organisation), kind="ORG"):
            mention.words = mention.words[:position]
            mention.end = doc.words[mention.words[-1]].end
            return organisation
    return None


def _person(doc: Doc, words: List[int]) -> EntityMention:
    return EntityMention(doc.words[words[0]].start, doc.words[words[-1]].end, "PER", words)


def _full_name(doc: Doc, mention: EntityMention) -> bool:
    """A first name and more (le lanceur Kyle Drabek is a player, the storm Ciaran or the rocket Ariane a thing)."""
    return mention.type == "PER" and len(mention.words) > 1 and fold(doc.words[mention.words[0]].text) in FIRST_NAMES


def _split_at_first_name(doc: Doc, mention: EntityMention) -> Optional[EntityMention]:
    """« PSG Kylian Mbappé » tagged as one organisation, « LFI François Ruffin », « (maire de) Nantes
    Johanna Rolland » or « (confie au) Parisien Sylvie » as one person: the part from a first name on is a person,
    returned as a new mention; the mention keeps what stands before it, as an organisation, or after « de » as a
    place."""
    first = mention.words[0]
    folded = fold(doc.words[first].text)
    place = first > 0 and doc.words[first - 1].lower in ("de", "d'", "d’") \
        and folded not in FIRST_NAMES  # la maire de Nantes Johanna Rolland, not de Juan Carlos Lorenzo
    newspaper = folded in NEWS_TITLES  # (confie au) Parisien Sylvie
    demonym = (bool(SINGULAR_DEMONYM.match(doc.words[first].text)) or folded in IRREGULAR_DEMONYMS) \
        and folded not in FIRST_NAMES  # le Québécois Félix Auger-Aliassime, not Julien
    # (président de la) République François Hollande, (chef de l')État Emmanuel Macron: a role title's last word
    titled = in_role_title(doc, doc.words[first]) and folded not in FIRST_NAMES
    if mention.type == "PER" and not ACRONYM.match(doc.words[first].text) \
            and not (place or newspaper or demonym or titled):
        return None
    party = mention.type == "PER" and ACRONYM.match(doc.words[first].text) and len(mention.words) >= 3
    club = _club_before_player(doc, mention)
    if club:
        person = mention.words[club:]  # le défenseur du PSG Marquinhos, l'attaquant du Real Madrid Vinicius Junior
        mention.words = mention.words[:club]
        mention.end = doc.words[mention.words[-1]].end
        return _person(doc, person)
    # le Slovène Tadej Pogacar, le jeune Italien Jannik Sinner: a capitalised demonym after an article (and an
    # adjective) is a person's, and the name follows
    article = first - 2 if first > 1 and doc.words[first - 1].upos == "ADJ" and doc.words[first - 1].text.islower() \
        else first - 1
    person_demonym = demonym and not newspaper and article >= 0 and doc.words[article].lower in ("le", "la", "l'", "l’") \
        and fold(doc.words[first].text) not in NOT_NATIONALITIES and len(mention.words) > 2
    for position, index in enumerate(mention.words[1:], start=1):
        named = fold(doc.words[index].text) in FIRST_NAMES or (party and position == 1)  # LFI Clémentine Autain
        surname = index < mention.words[-1] and doc.words[index + 1].text[:1].isupper()
        capitalised = doc.words[index].text[:1].isupper()
        if (named and (surname or (newspaper and position == 1))) \
                or ((person_demonym or titled) and position == 1 and capitalised):
            if mention.type == "PER" or demonym:
                mention.type = "LOC" if place else "MISC" if demonym else "ORG"
            person = mention.words[position:]
            mention.words = mention.words[:position]
            mention.end = doc.words[mention.words[-1]].end
            return _person(doc, person)
    return None


def _club_before_player(doc: Doc, mention: EntityMention) -> int:
    """How many words of an organisation mention after a role noun and « du » or « de » name a club before a
    player's name, 0 if none: an acronym before a capitalised name (le défenseur du PSG Marquinhos, le joueur du
    PSG Ousmane Dembélé), or a club up to its city before capitalised names (l'attaquant du Real Madrid Vinicius
    Junior)."""
    first = mention.words[0]
    if mention.type != "ORG" or len(mention.words) < 2 or first < 3:
        return 0
    preposition = first - 2 if doc.words[first - 1].lower in ("le", "la", "l'", "l’") else first - 1  # du → de le
    if doc.words[preposition].lower not in ("du", "de", "d'", "d’") \
            or doc.words[preposition - 1].lower not in ROLE_NOUNS:
        return 0
    rest = [doc.words[i].text for i in mention.words[1:]]
    if ACRONYM.match(doc.words[first].text) and doc.words[first].text not in CLUB_PREFIXES and len(rest) <= 3 \
            and all(text[:1].isupper() and not ACRONYM.match(text) for text in rest):
        return 1
    city = next((position for position, index in enumerate(mention.words[:-1])
                 if fold(doc.words[index].text) in CITIES), None)
    if city is not None and city > 0 and all(text[:1].isupper() for text in rest[city:]):
        return city + 1
    return 0


def _extend_over_surname(doc: Doc, mention: EntityMention) -> None:
    """« Marine Tondelier » when the tagger marked only the first name: capitalised proper nouns right
    after a person's name, in the same sentence, belong to it."""
    last = mention.words[-1]
    while last + 1 < len(doc.words) and doc.words[last + 1].upos == "PROPN" and doc.words[last + 1].text[:1].isupper() \
            and doc.mention_at(last + 1) is None and doc.words[last + 1].sentence == doc.words[last].sentence:
        last += 1
        mention.words.append(last)
        mention.end = doc.words[last].end


def _extend_over_particles(doc: Doc, mention: EntityMention) -> List[EntityMention]:
    """« Marie Durand de Villiers » when the tagger stopped before « de Villiers », or tagged it apart
    as a one-word place; returns the mentions it absorbed."""
    last, absorbed = mention.words[-1], []
    while last + 1 < len(doc.words) and ARABIC_PARTICLE.match(doc.words[last + 1].text) \
            and doc.mention_at(last + 1) is None:
        last += 1  # Bachar al-Assad
        mention.words.append(last)
        mention.end = doc.words[last].end
    while last + 2 < len(doc.words) and doc.words[last + 1].lower in ("de", "du", "d'", "d’", "von", "van") \
            and doc.words[last + 2].upos == "PROPN" and doc.words[last + 2].text[:1].isupper() \
            and doc.words[last + 2].sentence == doc.words[last].sentence \
            and not REGNAL_NUMBER.match(doc.words[last].text):  # Abdallah II | de Jordanie: the realm
        other = doc.mention_at(last + 2)
        if other is not None and (other.type == "PER" or len(other.words) > 1
                                  or _named_elsewhere(doc, _text(doc, other), besides=other)):
            break  # roi Abdallah II de Jordanie: a place named elsewhere in the text stays a place
        if other is not None:
            absorbed.append(other)
        mention.words.extend([last + 1, last + 2])
        last += 2
        mention.end = doc.words[last].end
    return absorbed


def _extend_over_purpose(doc: Doc, mention: EntityMention) -> List[EntityMention]:
    """« Fondation pour la Recherche », « IMS-Entreprendre pour la Cité »: an organisation's name goes on
    over « pour » and its capitalised object; returns the mentions it absorbed."""
    after = mention.words[-1] + 1
    if after >= len(doc.words) or doc.words[after].lower != "pour" or fold(_text(doc, mention)) in SEATS_OF_POWER:
        return []  # not « (le directeur du) Quai d'Orsay pour l'Afrique du Nord »
    noun = after + 1 + (after + 1 < len(doc.words) and doc.words[after + 1].lower in ("la", "le", "les", "l'", "l’"))
    if noun >= len(doc.words) or not doc.words[noun].text[:1].isupper() \
            or doc.words[noun].sentence != doc.words[after].sentence:
        return []
    other = doc.mention_at(noun)
    if other is not None and other.type == "PER":
        return []
    last = max(noun, other.words[-1]) if other is not None else noun
    mention.words.extend(range(after, last + 1))
    mention.end = doc.words[last].end
    return [other] if other is not None else []


def _named_elsewhere(doc: Doc, text: str, besides: Optional[EntityMention] = None, kind: Optional[str] = None) -> bool:
    """Whether a mention other than `besides` has this text (and this type, if given)."""
    name = fold(text)
    return any(m is not besides and kind in (None, m.type) and fold(_text(doc, m)) == name for m in doc.mentions)


def _is_misread_person(doc: Doc, mention: EntityMention) -> bool:
    """« Marie-Thérère » tagged as a place: a name starting with a common first name, not after a
    place noun (rue Jean-Jaurès), and followed by more of the name, or a first name alone set apart as
    the name of someone just described (Sa voisine, Nicole,; sa collègue Julie); « Dr Marc Amyot »: a name after an
    honorific."""
    first = doc.words[mention.words[0]]
    if is_title(first.text) and len(mention.words) > 1:
        return True
    if fold(first.text).split("-")[0] not in FIRST_NAMES or fold(doc.words[mention.words[-1]].text) in COMPASS_POINTS:
        return False  # la Caroline du Nord: a place
    if len(mention.words) == 1 and first.deprel == "appos" and first.head is not None \
            and doc.words[first.head].upos == "NOUN" and (doc.words[first.index - 1].text == "," or (
                first.head == first.index - 1 and doc.words[first.head].lemma.lower() in PERSON_NOUNS)):
        return True  # Sa voisine, Nicole, …; sa collègue Julie
    before = doc.words[first.index - 1].lower if first.index > 0 else ""
    following = doc.words[mention.words[-1] + 1: mention.words[-1] + 3]
    continues = len(mention.words) > 1 or (len(following) == 2 and following[0].lower in ("de", "du")
                                             and following[1].upos == "PROPN")
    return before not in PLACE_NOUNS and continues


def _speaks_after_quote(doc: Doc, mention: EntityMention) -> bool:
    """« … », a lâché Mbappé: a lone name tagged as a place, right after the reporting verb that follows a quote,
    is a person's (not a capital or a country that speaks for its government: a averti Moscou, Israël)."""
    first = mention.words[0]
    verb = doc.words[first - 1] if first > 0 else None
    if mention.type != "LOC" or len(mention.words) != 1 or verb is None or verb.upos != "VERB" \
            or verb.lemma.lower() not in REPORTING_VERBS or fold(_text(doc, mention)) in CITIES | ARTICLELESS_COUNTRIES:
        return False
    return bool(re.search(r"[»”\"]\s*,?\s*(?:\S+\s+){0,2}$", doc.text[max(verb.start - 25, 0):verb.start]))


def _followed_by_age(doc: Doc, mention: EntityMention) -> bool:
    """« Marcel, 81 ans, » tagged as a place: a name followed by an age between commas is a person's."""
    following = [w.lower for w in doc.words[mention.words[-1] + 1: mention.words[-1] + 5]]
    return len(following) == 4 and following[0] == "," and following[1].isdigit() \
        and int(following[1]) <= MAX_AGE and following[2] == "ans" and following[3] in (",", ".", ")", ";")


def _extend_over_first_names(doc: Doc, mention: EntityMention) -> None:
    """« Nacereddine Zemmal » when the tagger marked only « Zemmal »: proper nouns just before a person, in
    its sentence."""
    first = mention.words[0] if mention.words else None
    while first and doc.words[first - 1].upos == "PROPN" and doc.words[first - 1].text[:1].isupper() \
            and doc.words[first - 1].sentence == doc.words[first].sentence \
            and doc.mention_at(first - 1) is None and not is_title(doc.words[first - 1].text) \
            and doc.words[first - 1].text not in COMMON_ACRONYMS \
            and not DEMONYM.match(doc.words[first - 1].text) and not in_role_title(doc, doc.words[first - 1]):
        first -= 1
        mention.words.insert(0, first)
        mention.start = doc.words[first].start


def add_demonyms(doc: Doc) -> None:
    """Capitalised demonyms the entity tagger left out (les Iraniens, un Montréalais) become MISC:
    a capitalised common noun inside a sentence, or a plural proper noun, with a demonym ending."""
    for sentence in doc.sentences:
        for index in sentence[1:]:
            word = doc.words[index]
            likely = word.upos == "NOUN" or (word.upos == "PROPN" and word.feats.get("Number") == "Plur")
            singular = word.upos == "PROPN" and doc.words[index - 1].lower in SINGULAR_DETERMINERS \
                and SINGULAR_DEMONYM.match(word.text)  # Le Montréalais d'origine algérienne X
            plural = likely and (DEMONYM.match(word.text) or _irregular_demonym(word.text))
            if (singular or plural) and doc.mention_at(index) is None:
                doc.mentions.append(EntityMention(word.start, word.end, "MISC", [index]))
    doc.mentions.sort(key=lambda m: m.start)


def _irregular_demonym(text: str) -> bool:
    """Les Russes, les Belges, les Turcs: plural demonyms without a demonym's ending."""
    return text[:1].isupper() and text.endswith("s") and fold(text[:-1]) in IRREGULAR_DEMONYMS


def add_acronyms(doc: Doc) -> None:
    """Acronyms the entity tagger left out after a definite article (l'EPA, la BRH), an organisation noun (le
    constructeur chinois BYD, le patron de LVMH) or in brackets (la Société de transport de Montréal (STM)) become
    ORG, except acronyms of common nouns (les OGM, une ONG, l'OPA); so do proper nouns after « l' » that name no
    place (l'Insee, l'Ademe); a numbered one is a stock index, MISC."""
    for word in doc.words:
        before = doc.words[word.index - 1].lower if word.index > 0 else ""
        after = doc.words[word.index + 1].text if word.index + 1 < len(doc.words) else ""
        named = before in ACRONYM_ARTICLES or (before == "(" and after == ")") \
            or _named_as_organisation(doc, EntityMention(word.start, word.end, "ORG", [word.index]))
        acronym = ACRONYM.match(word.text) and word.text not in COMMON_ACRONYMS and named
        elided = word.upos == "PROPN" and _elided_organisation(doc, word)
        tagged = doc.mention_at(word.index)
        if ACRONYM.match(word.text) and _numbered(doc, word.index) and (tagged is None or tagged.words == [word.index]):
            doc.mentions = [m for m in doc.mentions if m is not tagged]  # a stock index: MISC, like a product
            doc.mentions.append(EntityMention(word.start, doc.words[word.index + 1].end, "MISC",
                                              [word.index, word.index + 1]))
        elif (acronym or elided) and tagged is None:
            doc.mentions.append(EntityMention(word.start, word.end, "ORG", [word.index]))
    doc.mentions.sort(key=lambda m: m.start)


def _numbered(doc: Doc, index: int) -> bool:
    """« le CAC 40 a reculé », « le SBF 120 »: a number of two or three digits belongs to the acronym before it,
    unless a noun or a score follows (l'ONU 75 ans après, le PSG 3 à 1)."""
    following = doc.words[index + 1:index + 3]
    return len(following) == 2 and following[0].upos == "NUM" and re.fullmatch(r"\d{2,3}", following[0].text) \
        is not None and following[1].upos not in ("NOUN", "ADP", "NUM") and following[1].text not in ("-", "–", "—")


ORGANISATION_NAME = re.compile(r"(?<![\w-])(?:" + "|".join(PARTY_NAMES + ORGANISATIONS_BY_NAME) + r")(?![\w-])")
CAPITALISED_ARTICLE = re.compile(r"(?<![\w-])(?:Le|La|Les|L['’])\s?(?=[A-ZÀ-Ý])")
TITLE_WORDS_AFTER_ARTICLE = 5  # Le Journal du dimanche: Journal de le dimanche once « du » is split


PLATFORM_X = re.compile(r"(?:(?<=\bsur )|(?<=\bcompte )|(?<=\bsocial )|(?<=\bsociaux ))X(?![\w-])")  # sur X


def add_known_organisations(doc: Doc) -> None:
    """Parties, organisations, platforms, seats of power and newspapers by name (La France insoumise, le Mercosur,
    Air France, TikTok, sur X, Matignon, Les Échos, Les Républicains), in place of what the entity tagger made of
    them (« France » as a place) or missed, unless it found a longer name around them; a newspaper or a party named
    with a capitalised article, without it."""
    spans = [(match.start(), match.end(), match.start()) for pattern in (ORGANISATION_NAME, SEAT_NAME, PLATFORM_X)
             for match in pattern.finditer(doc.text)]
    spans += [(match.end(), end, match.start()) for match in CAPITALISED_ARTICLE.finditer(doc.text)
              for end in [_title_end(doc, match.end())] if end is not None]
    for start, end, article in spans:  # the tagger may have taken the article in: « Le Canard enchaîné »
        words = doc.words_between(start, end)
        overlapping = [m for m in doc.mentions if m.start < end and article < m.end]
        if not words or words[0].start != start or words[-1].end != end \
                or any(m.start < article or m.end > end for m in overlapping):
            continue
        doc.mentions = [m for m in doc.mentions if not any(m is other for other in overlapping)]
        doc.mentions.append(EntityMention(start, end, "ORG", [w.index for w in words]))
    doc.mentions.sort(key=lambda m: m.start)


def add_ministries(doc: Doc) -> None:
    """« ministère de la Santé » the tagger missed: the portfolio, a capitalised word and the adjectives after it
    (ministère de l'Éducation nationale), becomes an organisation, which then takes its head (_institution_head)."""
    for match in MINISTRY.finditer(doc.text):
        first = doc.word_starting_at(match.end())
        if first is None or any(m.start < first.end and match.start() < m.end for m in doc.mentions):
            continue
        words = [first.index]
        while words[-1] + 1 < len(doc.words) and doc.words[words[-1] + 1].upos == "ADJ" \
                and doc.words[words[-1] + 1].sentence == first.sentence:
            words.append(words[-1] + 1)
        doc.mentions.append(EntityMention(first.start, doc.words[words[-1]].end, "ORG", words))
    doc.mentions.sort(key=lambda m: m.start)


def _known_name(doc: Doc, mention: EntityMention) -> bool:
    """A party's, organisation's or newspaper's name, which no cut applies to (le Journal du dimanche, le Canard
    enchaîné)."""
    text = _text(doc, mention)
    return fold(text) in NEWS_TITLES | PARTIES_AFTER_ARTICLE or ORGANISATION_NAME.fullmatch(text) is not None


def _title_end(doc: Doc, offset: int) -> Optional[int]:
    """Where the newspaper or party title (NEWS_TITLES, PARTIES_AFTER_ARTICLE) that starts at a word right after
    a capitalised article ends, longest first: Les | Échos, Le | Journal du dimanche."""
    first = doc.word_starting_at(offset)
    if first is None:
        return None
    words = [w for w in doc.words[first.index:first.index + TITLE_WORDS_AFTER_ARTICLE] if w.sentence == first.sentence]
    return next((w.end for w in reversed(words)
                 if fold(doc.text[offset:w.end]) in NEWS_TITLES | PARTIES_AFTER_ARTICLE), None)


def _elided_organisation(doc: Doc, word) -> bool:
    """« l'Anses », « l'Arcom »: one capitalised word after an elided article, which is no place that takes
    one (l'Italie, l'Ontario), no demonym (l'Iranien) and no part of a role title (ministre de l'Industrie)."""
    before = doc.words[word.index - 1].text if word.index > 0 else ""
    following = doc.words[word.index + 1] if word.index + 1 < len(doc.words) else None
    return before in ("l'", "l’", "L'", "L’") and word.text[:1].isupper() and word.text[1:].islower() \
        and fold(word.text) not in ELIDED_PLACES and not SINGULAR_DEMONYM.match(word.text) \
        and (following is None or not following.text[:1].isupper()) and not in_role_title(doc, word)


def add_conjoined_people(doc: Doc) -> None:
    """« Marie et Sophie »: a proper noun the entity tagger left out, coordinated with a person, is a person."""
    for mention in [m for m in doc.mentions if m.type == "PER"]:
        for index in mention.words:
            word = doc.words[index]
            related = [c for c in word.children if doc.words[c].deprel == "conj"]
            if word.deprel == "conj" and word.head is not None:
                related.append(word.head)
            for other in related:
                if doc.words[other].upos == "PROPN" and doc.mention_at(other) is None:
                    words = [other] + [c for c in doc.words[other].children if doc.words[c].deprel == "flat:name"]
                    words = list(range(min(words), max(words) + 1))
                    start, end = doc.words[words[0]].start, doc.words[words[-1]].end
                    doc.mentions.append(EntityMention(start, end, "PER", words))
    doc.mentions.sort(key=lambda m: m.start)


def add_aged_people(doc: Doc) -> None:
    """« Mohamed, 34 ans, vit … »: capitalised proper nouns the entity tagger left out, followed by an age
    between commas, name a person."""
    for word in doc.words:
        if word.upos != "PROPN" or not word.text[:1].isupper() or doc.mention_at(word.index) is not None:
            continue
        following = doc.words[word.index + 1] if word.index + 1 < len(doc.words) else None
        if following is not None and following.upos == "PROPN" and following.sentence == word.sentence:
            continue  # the run goes on: its last word decides
        first = word.index
        while first > 0 and doc.words[first - 1].upos == "PROPN" and doc.words[first - 1].text[:1].isupper() \
                and doc.words[first - 1].sentence == word.sentence and doc.mention_at(first - 1) is None \
                and not is_title(doc.words[first - 1].text):
            first -= 1
        candidate = EntityMention(doc.words[first].start, word.end, "PER", list(range(first, word.index + 1)))
        if not is_title(doc.words[first].text) and _followed_by_age(doc, candidate):
            doc.mentions.append(candidate)
    doc.mentions.sort(key=lambda m: m.start)


def add_repeated_names(doc: Doc) -> None:
    """A name the entity tagger found once and missed elsewhere (« Monsanto » at the start of a sentence), and
    the surname of a person named in full, also spelt another way (« Amrani affrontera … » after « Nacereddine
    Amrani », Zelensky after Volodymyr Zelenskyy): each untagged word with that text takes the type of the name."""
    full_names = [m for m in doc.mentions if m.type == "PER" and len(m.words) > 1  # not « OPA de Monsanto »
                  and not ACRONYM.match(doc.words[m.words[0]].text)
                  and all(doc.words[i].text[:1].isupper() or doc.words[i].lower in NAME_PARTICLES for i in m.words)]
    types: Dict[str, Counter] = {}
    for mention in doc.mentions:
        if len(mention.words) == 1:
            types.setdefault(_text(doc, mention), Counter())[mention.type] += 1
    surnames = {doc.words[i].text for m in full_names for i in m.words[1:]  # Lula of Luiz Inacio Lula da Silva
                if doc.words[i].text[:1].isupper() and not REGNAL_NUMBER.match(doc.words[i].text)} - set(types)
    for word in doc.words:
        if not word.text[:1].isupper() or doc.mention_at(word.index) is not None:
            continue
        if word.upos == "PROPN" and any(same_person(word.text, surname) for surname in surnames):
            kind = "PER"  # Zelensky after Volodymyr Zelenskyy
        elif word.text in types and word.upos in ("PROPN", "NOUN", "VERB", "ADJ", "X"):
            kind = types[word.text].most_common(1)[0][0]  # « Monsanto sera … » read as a noun
        else:
            continue
        doc.mentions.append(EntityMention(word.start, word.end, kind, [word.index]))
    doc.mentions.sort(key=lambda m: m.start)


def in_role_title(doc: Doc, word) -> bool:
    """Whether a capitalised word belongs to a role title: ministre de l'Intérieur, ministre des Affaires…,
    procureur de la République, président de la République, chef de l'État."""
    following = doc.words[word.index + 1] if word.index + 1 < len(doc.words) else None
    named_state = following is not None and following.upos == "ADJ" and following.text.islower()  # R. tchèque
    head_of_state = fold(word.text) in ("republique", "etat") and not named_state \
        and HEAD_OF_STATE.search(doc.text, max(word.start - ROLE_TITLE_CHARS, 0), word.start) is not None
    return head_of_state \
        or ROLE_TITLE.search(doc.text, max(word.start - ROLE_TITLE_CHARS, 0), word.start) is not None


def _cut_at_common_word(doc: Doc, mention: EntityMention) -> bool:
    """« X le chef de La France »: a person's name stops before a lower-case word that is no particle
    (de, le, al…); after a role title (Premier ministre belge Bart De Wever) it is the capitalised words that
    follow. False when nothing of the name is left."""
    for position, index in enumerate(mention.words[1:], start=1):
        word = doc.words[index]
        if word.text[:1].islower() and word.lower.split("-")[0] not in NAME_PARTICLES:  # al-Assad stays
            kept = mention.words[:position]
            if len(kept) == 1 and fold(doc.words[kept[0]].text) in PREMIER:
                kept = _name_after_role(doc, mention.words[position:])
            while kept and doc.words[kept[-1]].lower in NAME_PARTICLES:
                kept.pop()
            if not kept:
                return False
            mention.words, mention.start, mention.end = kept, doc.words[kept[0]].start, doc.words[kept[-1]].end
            break
    return True


def _name_after_role(doc: Doc, words: List[int]) -> List[int]:
    """The capitalised words (and particles) that end a role phrase: « ministre belge Bart De Wever »."""
    name: List[int] = []
    for index in reversed(words):
        word = doc.words[index]
        if not (word.text[:1].isupper() or word.lower in NAME_PARTICLES):
            break
        name.insert(0, index)
    while name and doc.words[name[0]].lower in NAME_PARTICLES and doc.words[name[0]].text[:1].islower():
        name.pop(0)
    return name


def _drop_titles_and_roles(doc: Doc, mention: EntityMention) -> None:
    """« M. Charest » → « Charest », « biologiste Séralini » → « Séralini », « (ministre de l')Intérieur
    Gérald Darmanin » → « Gérald Darmanin », « Affaire X » → « X »: names exclude honorifics, role titles
    and capitalised common nouns."""
    while len(mention.words) > 1:
        first = doc.words[mention.words[0]]
        common_noun = first.upos == "NOUN" and first.lemma.islower() and fold(first.text) not in FIRST_NAMES \
            and len(mention.words) > 2  # a full name stays: « Cole Caufield », an unknown first name read as a noun
        if not (first.text[:1].islower() or is_title(first.text) or in_role_title(doc, first)
                or common_noun):  # « Affaire Clotilde Reiss » in a headline
            return
        mention.words = mention.words[1:]
        mention.start = doc.words[mention.words[0]].start


def _role_before_name(doc: Doc, mention: EntityMention) -> bool:
    """A lower-case role noun (biologiste, ministre) or « gouvernement » opening a mention, then capitalised
    words only: the person who holds the role, or heads the government."""
    first, rest = doc.words[mention.words[0]], [doc.words[i] for i in mention.words[1:]]
    role = first.lower in ROLE_NOUNS | HEADED_BY_PERSON.keys() or first.lower.endswith(("iste", "logue"))
    return first.text[:1].islower() and role and bool(rest) and all(w.text[:1].isupper() for w in rest)


def _after_article(doc: Doc, mention: EntityMention) -> bool:
    """l'Elysée, le Hamas: a name after an article, unless an honorific opens it (le Dr Marc Amyot)."""
    first = mention.words[0] if mention.words else 0
    return first > 0 and doc.words[first - 1].lower in ("le", "la", "l'", "l’", "les") \
        and not is_title(doc.words[first].text)


def _named_as_organisation(doc: Doc, mention: EntityMention) -> bool:
    """« la compagnie UPS », « le groupe pétrolier Total », « directeur général de Tremplin », « analyste chez
    Oddo BHF »: a name (not a person's) right after an organisation noun, any name after « de » following a head
    of organisation, or after « chez » following a trade, names an organisation."""
    position = mention.words[0] - 1
    while position >= 0 and (doc.words[position].upos in ("DET", "ADJ") or doc.words[position].text in ("'", "’")):
        position -= 1
    if position < 0:
        return False
    word = doc.words[position]
    between = doc.words[position + 1:mention.words[0]]
    if word.upos == "NOUN" and word.lemma.lower() in ORGANISATION_NOUNS and all(w.upos == "ADJ" for w in between):
        return mention.type != "PER" or (word.lemma.lower() not in RULERS_GROUPS  # not « le régime Assad »
                                         and word.text.islower())  # nor « le Parti socialiste Harlem Désir »
    if word.lower == "chez" and position > 0 and doc.words[position - 1].upos == "NOUN" \
            and doc.words[position - 1].lemma.lower() in EMPLOYEE_NOUNS:
        return True  # analyste chez Oddo BHF, ingénieur chez Renault: the employer
    if word.lower not in GENITIVE:
        return False
    heads = [w for w in doc.words[max(position - 2, 0):position] if w.sentence == word.sentence]
    return any(w.lemma.lower() in ORGANISATION_HEADS for w in heads)


def _acronym_of_organisation(doc: Doc, mention: EntityMention) -> bool:
    """« l'Agence régionale de santé (ARS) », « l'Autorité européenne de sécurité des aliments (Efsa) »: an acronym
    or a one-word short name in brackets right after an organisation's name."""
    first = mention.words[0]
    closed = len(mention.words) == 1 and first + 1 < len(doc.words) and doc.words[first + 1].text == ")"
    if not (ACRONYM.match(_text(doc, mention)) or closed) or first < 2 or doc.words[first - 1].text != "(":
        return False
    before = doc.mention_at(first - 2)
    return before is not None and before.type == "ORG"


def _team(doc: Doc, mention: EntityMention) -> bool:
    """Les Lakers, aux Warriors, des Celtics: one capitalised English plural after a plural article, a club's name;
    Manchester City, Newcastle United: a « person » or « place » whose last word names clubs (not Kansas City)."""
    word = doc.words[mention.words[0]]
    before = doc.words[word.index - 1].lower if word.index > 0 else ""
    plural_name = len(mention.words) == 1 and before in ("les", "aux", "des") and bool(TEAM_PLURAL.search(word.text))
    last = doc.words[mention.words[-1]].text
    return plural_name or (last in CLUB_SUFFIXES and (mention.type == "PER" or (mention.type == "LOC" and last != "City")))


def _extend_over_adjective(doc: Doc, mention: EntityMention) -> None:
    """« l'agence Chine nouvelle »: a lower-case adjective that qualifies an organisation's name is part of it."""
    following = mention.words[-1] + 1
    if following < len(doc.words) and doc.words[following].upos == "ADJ" and doc.words[following].text.islower() \
            and doc.words[following].head == mention.words[-1] and not is_nationality(doc.words[following].text):
        mention.words.append(following)
        mention.end = doc.words[following].end


def _party_before_name(doc: Doc, mention: EntityMention) -> bool:
    """« le député LR Eric Ciotti », « la sénatrice PS X »: an acronym right before a person's full name is
    their party or organisation, not part of the name."""
    if len(mention.words) != 1 or not ACRONYM.match(_text(doc, mention)) or _text(doc, mention) in ROLE_ACRONYMS:
        return False
    following = doc.mention_at(mention.words[0] + 1)
    return following is not None and following.type == "PER" and len(following.words) > 1


def _party_of_unnamed(doc: Doc, mention: EntityMention) -> bool:
    """« un député Renaissance », « une élue LR », « trois militants CGT »: a single name after a person noun
    with an indefinite article or a number is the person's party or employer; a person's own name follows a
    definite one (le député Mattei)."""
    first = mention.words[0]
    if len(mention.words) != 1 or first < 2:
        return False
    noun, determiner = doc.words[first - 1], doc.words[first - 2]
    indefinite = determiner.feats.get("Definite") == "Ind" or determiner.upos == "NUM"
    return indefinite and noun.upos == "NOUN" and noun.lemma.lower() in ROLE_NOUNS | STATUS_NOUNS


def _is_demonym(doc: Doc, mention: EntityMention) -> bool:
    """Les Iraniens, les Russes, l'Iranien, la Française: a one-word group noun tagged as a person, place or
    organisation: plural, or singular after a determiner with a demonym's ending."""
    if len(mention.words) != 1:
        return False
    word = doc.words[mention.words[0]]
    before = doc.words[word.index - 1].lower if word.index > 0 else ""
    if "-" in word.text or (fold(word.text) in PARTIES_AFTER_ARTICLE and doc.words[word.index - 1].text == "Les"):
        return False  # Les Républicains: a party
    if fold(word.text) in PLURAL_PLACES:
        return False  # les Yvelines, les Landes
    if word.text.endswith("s") and (word.feats.get("Number") == "Plur" or before in ("les", "des")):
        return word.upos in ("NOUN", "ADJ") or bool(DEMONYM.match(word.text)) or before == "les"
    counted = word.index > 1 and doc.words[word.index - 2].lower in QUANTITY_WORDS
    if word.text.endswith("s") and before in ("de", "d'", "d’") and counted:
        return bool(DEMONYM.match(word.text))  # des milliers de Palestiniens, beaucoup d'Israéliens
    return before in SINGULAR_DETERMINERS and bool(SINGULAR_DEMONYM.match(word.text))


def _is_title_or_common_noun(doc: Doc, mention: EntityMention) -> bool:
    """« Premier » of « Premier ministre », « Affaires étrangères » of « le ministre des Affaires
    étrangères », « l'État », « Covid-19 », « Noël », a pronoun: capitalised words that name no entity (role
    titles, diseases and holidays are not entities); a lone lower-case word (« internationale »)."""
    text = fold(_text(doc, mention))
    after = doc.words[mention.words[-1] + 1].lower if mention.words[-1] + 1 < len(doc.words) else ""
    pronoun = len(mention.words) == 1 and doc.words[mention.words[0]].upos == "PRON"  # « Je » of « Je suis prêt »
    lower_case = len(mention.words) == 1 and doc.words[mention.words[0]].text.islower()  # l'ONG internationale
    holiday = text in HOLIDAYS and mention.type != "PER"  # les vacances de Noël, not Noël Le Graët
    common = text in COMMON_CAPITALISED and _institution_head_before(doc, mention) is None  # not département d'État
    return common or text in DISEASES | QUESTION_WORDS or holiday or in_role_title(doc, doc.words[mention.words[0]]) \
        or (text in PREMIER and after == "ministre") or pronoun or lower_case


def _institution_head(doc: Doc, mention: EntityMention) -> None:
    """« ministère de la Santé », « institut Pasteur »: an institution's name keeps its lower-case head noun, and
    is an ORG (not « ministère de Gérald Darmanin »)."""
    head = _institution_head_before(doc, mention)
    if head is None or (mention.type == "PER" and not head.group().startswith("institut")):
        return
    _take_head(doc, mention, head, "ORG")


def _take_head(doc: Doc, mention: EntityMention, head: re.Match, kind: str) -> None:
    """Extends a mention back over the lower-case head the pattern found before it, and types it."""
    first = next(w for w in doc.words_between(head.start(), mention.start))
    mention.words = list(range(first.index, mention.words[0])) + mention.words
    mention.start = first.start
    mention.type = kind


def _document_head(doc: Doc, mention: EntityMention) -> None:
    """l'accord de Paris, la déclaration de Rio, les accords d'Oslo: a treaty or a declaration named after a place
    is a named document (MISC) that keeps its lower-case head."""
    head = DOCUMENT_HEAD.search(doc.text, _sentence_start(doc, mention), mention.start)
    if head is not None and mention.type == "LOC" and len(mention.words) == 1:
        _take_head(doc, mention, head, "MISC")


def _institution_head_before(doc: Doc, mention: EntityMention) -> Optional[re.Match]:
    return INSTITUTION_HEAD.search(doc.text, _sentence_start(doc, mention), mention.start)


def _sentence_start(doc: Doc, mention: EntityMention) -> int:
    return doc.words[doc.sentences[doc.words[mention.words[0]].sentence][0]].start


def _trimmed(doc: Doc, mention: EntityMention) -> bool:
    """Cuts what a name does not include: a leading common-noun acronym (ONG Greenpeace, OPA de Monsanto) or
    role title (procureur de la | République de | Paris), a war before its place (guerre du | Vietnam),
    the lower-case words before a place's name (rue de la Roquette), the English article of a title (The Wall
    Street Journal), a complement with an indefinite article, dates and trailing punctuation, function words
    or clitics (la Ligue arabe | de suspendre, la Commission | l'a assuré). False when nothing is left."""
    words = list(mention.words)
    if doc.words[words[0]].lower in ("guerre", "guerres"):  # la guerre du Vietnam: the place, not the war
        if not any(doc.words[i].text[:1].isupper() for i in words):
            return False  # la guerre de 2014
        mention.type = "LOC"
    if len(words) > 2 and doc.words[words[0]].text in ROLE_ACRONYMS \
            and all(doc.words[i].text[:1].isupper() for i in words[1:]):
        mention.type = "PER"  # le PDG Sundar Pichai
    while words and (doc.words[words[0]].text in COMMON_ACRONYMS | {"The"} or _title_before_place(doc, words)
                     or (len(words) < len(mention.words) and doc.words[words[0]].lower in ("de", "du", "d'", "d’"))
                     or (len(words) > 1 and doc.words[words[0]].upos == "ADP"
                         and doc.words[words[0]].lower not in NAME_PARTICLES)  # Pour | Sylvie, Selon | Marc Dupont
                     or (mention.type == "LOC" and doc.words[words[0]].text[:1].islower()
                         and any(doc.words[i].text[:1].isupper() for i in words))):
        words.pop(0)  # a place starts at its first capitalised word: rue de la | Roquette, bande de | Gaza
    indefinite = next((position for position, index in enumerate(words[1:], start=1)
                       if doc.words[index].upos == "DET" and doc.words[index].feats.get("Definite") == "Ind"
                       and doc.words[words[position - 1]].lower in GENITIVE), None)
    if indefinite is not None:
        words = words[:indefinite - 1]  # « aux Iraniens d'une large somme »: no name goes on with « d'une »
    if len(words) >= 2 and is_nationality(doc.words[words[-1]].text) and (
            (len(words) == 2 and fold(doc.words[words[0]].text) in NATIONAL_INSTITUTIONS)
            or (mention.type == "LOC" and not fold(doc.words[words[-1]].text).startswith("francais")
                and fold(doc.words[words[0]].text) != "republique")):
        words = words[:-1]  # le Sénat américain, l'Extrême-Orient russe: the adjective says whose, it is no part
        #                     of the name (but la Polynésie française, la République dominicaine)
    while words and (doc.words[words[-1]].upos in ("PUNCT", "ADP", "CCONJ", "DET") or _date_word(doc, words[-1])
                     or (doc.words[words[-1]].upos == "PRON" and doc.words[words[-1]].text.islower())
                     or (len(words) > 1 and doc.words[words[-1]].upos == "NUM" and _date_word(doc, words[-2]))):
        words.pop()  # le Hamas mardi 24: a date is no part of a name (Abdallah II keeps his number)
    if not words:
        return False
    mention.words, mention.start = words, doc.words[words[0]].start
    mention.end = doc.words[words[-1]].end
    if not _is_initial(doc.words[words[-1]].text):  # Mohamed B. keeps the point of his initial
        while mention.end > mention.start + 1 and doc.text[mention.end - 1] in TRAILING_PUNCTUATION:
            mention.end -= 1
    return True


def _title_before_place(doc: Doc, words: List[int]) -> bool:
    """« République » of « procureur de la République de Paris »: a role title's word before « de » and a
    place."""
    return in_role_title(doc, doc.words[words[0]]) and any(doc.words[i].lower in GENITIVE for i in words[1:])


def names_a_national(text: str) -> bool:
    """l'Espagnol, le Serbe, la Kényane: a capitalised singular noun of nationality or origin."""
    return text[:1].isupper() and (bool(SINGULAR_DEMONYM.match(text)) or fold(text) in IRREGULAR_DEMONYMS)


def is_nationality(text: str) -> bool:
    """américain, britannique, russe: a lower-case adjective of nationality (not européen: le Parlement européen;
    not républicain or ancien, whose endings look alike)."""
    return text.islower() and not fold(text).startswith("europeen") and text not in NOT_NATIONALITIES \
        and (bool(SINGULAR_DEMONYM.match(text.capitalize())) or fold(text) in IRREGULAR_DEMONYMS)


def _is_initial(text: str) -> bool:
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def _date_word(doc: Doc, index: int) -> bool:
    return fold(doc.words[index].text) in DATE_WORDS


def _extend_over_year(doc: Doc, mention: EntityMention) -> bool:
    """« l'Euro 2024 », « le Mondial 2026 »: an event named with its year, which belongs to its name."""
    after = mention.words[-1] + 1
    if fold(_text(doc, mention)) not in DATED_EVENTS or after >= len(doc.words) \
            or not re.fullmatch(r"(?:19|20)\d\d", doc.words[after].text):
        return False
    mention.words.append(after)
    mention.end = doc.words[after].end
    return True


def _after_landmark_noun(doc: Doc, mention: EntityMention) -> bool:
    """« (le palais des) Papes », « (la baie de) Somme »: a name after a landmark noun and its « de »."""
    position = mention.words[0] - 1
    while position >= 0 and doc.words[position].upos == "DET":
        position -= 1  # de la | Somme, des → de les | Papes
    return position > 0 and doc.words[position].lower in GENITIVE \
        and fold(doc.words[position - 1].text) in LANDMARK_NOUNS


def _news_title(doc: Doc, mention: EntityMention) -> bool:
    """« Le Figaro », « The Guardian »: a newspaper is an ORG named without its article."""
    words = list(mention.words)
    if len(words) > 1 and doc.words[words[0]].text in ("Le", "La", "Les", "L'", "L’", "The"):
        words = words[1:]
    if fold(doc.text[doc.words[words[0]].start:doc.words[words[-1]].end]) not in NEWS_TITLES:
        return False
    mention.words, mention.start = words, doc.words[words[0]].start
    return True


def _seat_type(doc: Doc, mention: EntityMention) -> Optional[str]:
    """The Élysée, the White House…: LOC as the place where something happens (reçu à l'Élysée), ORG when
    they act or stand for the institution (l'Élysée dément, son prédécesseur à Matignon, À Bercy, on …)."""
    if fold(_text(doc, mention)) not in SEATS_OF_POWER:
        return None
    first, last = mention.words[0], mention.words[-1]
    before = [w.lower for w in doc.words[max(first - 2, 0):first]]
    head = doc.words[max(mention.words, key=lambda i: doc.words[i].head is None
                         or not first <= doc.words[i].head <= last)]
    opening = first - doc.sentences[doc.words[first].sentence][0] <= 2 and last + 1 < len(doc.words) \
        and doc.words[last + 1].text == ","  # À Bercy, chacun …
    place = any(word in PLACE_PREPOSITIONS for word in before) and head.deprel.startswith("obl") and not opening
    return "LOC" if place else "ORG"


def _republic(doc: Doc, mention: EntityMention) -> bool:
    """La République tchèque, la République démocratique du Congo: a country (not La République en marche)."""
    words = [doc.words[i] for i in mention.words]
    return len(words) > 1 and fold(words[0].text) == "republique" and words[1].upos == "ADJ" and words[1].text.islower()


def harmonise_types(doc: Doc) -> None:
    """One type per name in a text, except a seat of power, typed by its use: the majority type of identical
    mentions, and PER for a bare surname of a person named in full (« Kirby » tagged ORG next to « John Kirby »)."""
    split_off = [part for mention in doc.mentions if not _known_name(doc, mention)
                 for part in (_cut_at_comma(doc, mention), _cut_at_verb(doc, mention),
                              _split_at_first_name(doc, mention), _cut_at_realm(doc, mention),
                              _cut_at_owner(doc, mention)) if part is not None]
    doc.mentions = sorted((m for m in doc.mentions + split_off
                           if (_known_name(doc, m) or _trimmed(doc, m)) and not _is_title_or_common_noun(doc, m)
                           and (m.type != "PER" or _cut_at_common_word(doc, m))),
                          key=lambda m: m.start)
    absorbed: List[EntityMention] = []
    named_as_organisation = set()  # mentions whose context says they are organisations: they outvote the tagger
    for mention in doc.mentions:
        _institution_head(doc, mention)
        _document_head(doc, mention)
        if mention.type == "ORG":
            absorbed.extend(_extend_over_purpose(doc, mention))
        seat = _seat_type(doc, mention)
        if seat:
            mention.type = seat
        elif ORGANISATION_NAME.fullmatch(_text(doc, mention)):
            mention.type = "ORG"  # a party or organisation by name, whatever the verb after it
        elif _acronym_of_organisation(doc, mention):
            mention.type = "ORG"  # l'Agence (Anses): never a demonym, and outvotes the tagger elsewhere
            named_as_organisation.add(id(mention))
        elif fold(_text(doc, mention)) in CITIES or _republic(doc, mention):
            mention.type = "LOC"  # Damas a démenti, la République tchèque: places, also when they act
        elif _news_title(doc, mention):
            mention.type = "ORG"
        elif (len(mention.words) > 1 and fold(doc.words[mention.words[0]].text) in PLAN_AND_EVENT_HEADS) \
                or _extend_over_year(doc, mention) or fold(_text(doc, mention)) in COMPETITIONS | AWARDS \
                or (mention.words[0] > 0 and doc.words[mention.words[0] - 1].lower in EVENT_NOUNS
                    and not _full_name(doc, mention)):
            mention.type = "MISC"  # le Plan Nord, le Traité de Lisbonne, la Ligue 1, le cyclone Chido
        elif len(mention.words) == 2 and fold(doc.words[mention.words[0]].text) == "stade" \
                and doc.words[mention.words[1]].text.islower():
            mention.type = "ORG"  # le Stade rennais, le Stade toulousain: clubs
        elif (len(mention.words) > 1 and fold(doc.words[mention.words[0]].text) in VENUE_HEADS) \
                or (mention.type != "PER" and _after_landmark_noun(doc, mention)):
            mention.type = "LOC"  # le Stade de France, la Gare du Nord: venues are places; le palais des Papes
        elif _team(doc, mention):
            mention.type = "ORG"  # les Lakers, aux Warriors: a club, not a people
        elif _is_demonym(doc, mention) or fold(_text(doc, mention)) in PEOPLES:
            mention.type = "MISC"
        elif _named_as_organisation(doc, mention) \
                or (mention.type == "LOC" and len(mention.words) == 1
                    and _elided_organisation(doc, doc.words[mention.words[0]])):
            mention.type = "ORG"  # l'Efsa, l'Arcom tagged as places; le groupe Michelin outvotes a person « Michelin »
            _extend_over_adjective(doc, mention)  # l'agence Chine nouvelle: not the country
            named_as_organisation.add(id(mention))
        elif mention.type == "PER" and _after_article(doc, mention) and not _role_before_name(doc, mention):
            mention.type = "ORG"  # l'Elysée, la Maison Blanche, le Hamas: persons take no article
        elif _text(doc, mention) in COUNTRY_ACRONYMS:
            mention.type = "LOC"  # URSS, RDC
        elif mention.type in ("LOC", "MISC") and ACRONYM.match(_text(doc, mention)):
            mention.type = "ORG"  # IGPN, EPA, OCDE: acronyms name organisations far more often than places
        elif mention.type == "PER" and (_party_before_name(doc, mention) or _party_of_unnamed(doc, mention)):
            mention.type = "ORG"  # le député LR Eric Ciotti: the party of the person named next
        elif mention.type != "PER" and _role_before_name(doc, mention):
            mention.type = "PER"  # « biologiste Séralini », « gouvernement Landry » tagged as organisations
        elif mention.type != "PER" and (_is_misread_person(doc, mention) or _followed_by_age(doc, mention)
                                        or _speaks_after_quote(doc, mention)):
            mention.type = "PER"
        if mention.type == "PER":
            _drop_titles_and_roles(doc, mention)
            _extend_over_first_names(doc, mention)
            _extend_over_surname(doc, mention)
            absorbed.extend(_extend_over_particles(doc, mention))
    doc.mentions = [m for m in doc.mentions if not any(m is other for other in absorbed)]
    votes: Dict[str, Counter] = {}
    for mention in doc.mentions:
        votes.setdefault(fold(_text(doc, mention)), Counter())[mention.type] += \
            CONTEXT_VOTES if id(mention) in named_as_organisation else 1
    full_names = [_text(doc, m) for m in doc.mentions if m.type == "PER" and len(_tokens(_text(doc, m))) > 1]
    name_parts = {token for name in full_names for token in _tokens(name)[1:]}  # Lula of Luiz Inacio Lula da Silva
    for mention in doc.mentions:
        text = _text(doc, mention)
        if fold(text) not in SEATS_OF_POWER:  # the Élysée acts (ORG) in one sentence, is a place in another
            mention.type = votes[fold(text)].most_common(1)[0][0]
        if mention.type in ("ORG", "MISC") and len(_tokens(text)) == 1 \
                and any(same_person(text, name) for name in full_names):
            mention.type = "PER"
        elif mention.type == "LOC" and len(_tokens(text)) == 1 and _tokens(text)[0] in name_parts:
            mention.type = "PER"  # « Zemmal » tagged as a place in an article about Nacereddine Zemmal


def group(doc: Doc) -> (List[Entity], Dict[int, str]):
    """The entities of a document, and the entity id of each mention (by position in doc.mentions)."""
    add_demonyms(doc)
    add_acronyms(doc)
    add_known_organisations(doc)
    add_ministries(doc)
    add_conjoined_people(doc)
    add_aged_people(doc)
    add_repeated_names(doc)
    harmonise_types(doc)
    groups: List[List[EntityMention]] = []
    order = sorted(range(len(doc.mentions)), key=lambda i: -len(_tokens(_text(doc, doc.mentions[i]))))
    owner: Dict[int, int] = {}
    for index in order:
        mention = doc.mentions[index]
        for number, members in enumerate(groups):
            if _joins(doc, mention, members[0]):
                members.append(mention)
                owner[index] = number
                break
        else:
            groups.append([mention])
            owner[index] = len(groups) - 1
    ordered = sorted(range(len(groups)), key=lambda g: min(m.start for m in groups[g]))
    ids = {g: f"E{rank + 1}" for rank, g in enumerate(ordered)}
    entities = [_entity(doc, ids[g], groups[g]) for g in ordered]
    return entities, {index: ids[g] for index, g in owner.items()}


def _text(doc: Doc, mention: EntityMention) -> str:
    return doc.text[mention.start:mention.end]


def _joins(doc: Doc, mention: EntityMention, representative: EntityMention) -> bool:
    if mention.type != representative.type:
        return False
    text, name = _text(doc, mention), _text(doc, representative)
    if mention.type == "PER":
        return same_person(text, name)
    return fold(text) == fold(name)


def _without_title(name: str) -> str:
    words = name.split()
    while len(words) > 1 and is_title(words[0]):
        words = words[1:]
    return " ".join(words)


def find_person(entities: List[Entity], name: str) -> Optional[Entity]:
    """The person entity a bare name refers to (Mme Marois → Pauline Marois), if exactly one fits."""
    fits = [e for e in entities if e.type == "PER" and same_person(name, e.name)]
    return fits[0] if len(fits) == 1 else None


def _entity(doc: Doc, entity_id: str, members: List[EntityMention]) -> Entity:
    mentions = sorted(members, key=lambda m: m.start)
    name = _without_title(_text(doc, members[0]))  # the first member is the longest form
    return Entity(entity_id, name, members[0].type, [Span.of(doc.text, m.start, m.end) for m in mentions])

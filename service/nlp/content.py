"""Decides what kind of quote a marked span is: a direct quote, a partial quote, or no quote at all
(scare quotes around a term, a title or a name, where nobody is quoted)."""
import re

from service.nlp.entities import fold
from service.nlp.lexicon import NEWS_TITLES
from service.nlp.quote_marks import SPACES

EMBEDDING_WORDS = {"de", "d'", "d’", "du", "des", "le", "la", "les", "l'", "l’", "un", "une", "que", "qu'", "qu’",
                   "son", "sa", "ses", "leur", "leurs", "en", "à", "au", "aux", "comme", "par", "pour", "sur",
                   "est", "était", "être", "sont", "très", "plus", "si", "aussi"}
# An answer opening the quote: « oui, bien sûr », « non » — not « non homologuée ».
ANSWER = re.compile(r"(?:oui|non|si)\s*[,.!…»”\"]", re.IGNORECASE)
SENTENCE_OPENERS = ("", ":", ".", "!", "?", "…", "—", "–", "-", "(", ",", ";")
TITLE_FUNCTION_WORDS = {"of", "the", "and", "de", "du", "des", "la", "le", "les", "et", "à", "en", "for", "to"}
NAMING_WORDS = re.compile(r"\b(?:intitulée?s?|baptisée?s?|surnommée?s?|dénommée?s?|nommée?s?|titrée?s?"
                          r"|(?:le|du|au|sous le) (?:nom|titre) d(?:e|u|['’]))$", re.IGNORECASE)
# « dit » after a noun: so-called. After an auxiliary or a pronoun it is the verb: a dit, l'a dit, comme il le dit.
SO_CALLED = re.compile(r"(?:^|\s)([\w'’-]+)\s+dite?s?(?:\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’]))?$",
                       re.IGNORECASE)
WORDS_BEFORE_SAID = {"a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "aurait", "auraient", "eu",
                     "être", "été", "est", "sont", "le", "la", "les", "me", "te", "se", "lui", "leur", "nous", "vous",
                     "on", "il", "elle", "ils", "elles", "je", "tu", "qui", "ce", "ça", "cela", "tout", "déjà",
                     "toujours", "bien", "jamais", "pas", "aussi", "encore", "souvent", "y", "en", "que"}
# Nouns that name works, operations and schemes: le film « Intouchables », l'opération « Barkhane », le programme
# « Action cœur de ville », the name written with a capital, an adjective at most between noun and marks.
TITLED_THING = re.compile(r"\b(?:film|livre|roman|essai|ouvrage|recueil|album|chanson|titre|série|feuilleton|émission|"
                          r"documentaire|podcast|spectacle|pièce|exposition|festival|tournoi|opération|mission|"
                          r"programme|plan|dispositif|projet|label|journal|quotidien|hebdomadaire|magazine|revue|"
                          r"site|application|logiciel|jeu|mouvement|collectif|navire|bateau|hashtag|mot-dièse|"
                          r"campagne|slogan|chaîne|pétition|association|réseau|groupe|marque|produit|loi|réforme|"
                          r"texte|rapport|compte|offre|formule|forfait|abonnement)s?"
                          r"(?: [a-zàâçéèêëîïôûùüÿœ-]+)?$", re.IGNORECASE)
# enquête pour « … », mis en examen pour « … », condamné à deux ans de prison pour « … », des chefs de « … »:
# the wording of a charge, which nobody is quoted saying.
CHARGE_WORDS = re.compile(r"\b(?:(?:enquête|en examen|inculpée?s?|poursuivie?s?|condamnée?s?|garde à vue|plainte|"
                          r"déférée?s?|jugée?s?|procès|écrouée?s?|interpellée?s?|information judiciaire|"
                          r"mandat d['’]arrêt)(?: \S+){0,10} pour(?: des| de| d['’])?"
                          r"|chefs? d['’]|chefs? de|inculpée?s? d['’]|inculpée?s? de)$", re.IGNORECASE)
DATED_WORK = re.compile(r"\s*[»”\"›]\s*\(\d{4}\)")  # « Des saumons dans le désert » (2011): a work and its year
LISTED_QUOTES = re.compile(r"(?:\s*[«“\"][^«»“”\"]*[»”\"]\s*(?:,|et|ou))+$")  # « A », « B » et « C »
CONTEXT_CHARS = 200  # how far before a quote mark its context is read
MAX_SCARE_WORDS = 3
MAX_TITLE_WORDS = 6


def kind(text: str, start: int, open_mark: int, has_finite_verb: bool) -> str:
    """direct for quoted sentences and clauses, partial for words embedded in the journalist's sentence."""
    before = text[max(open_mark - CONTEXT_CHARS, 0):open_mark].rstrip(SPACES)
    previous_word = before.split()[-1].lower() if before.split() else ""
    embedded = previous_word in EMBEDDING_WORDS or previous_word.endswith(("'", "’"))
    opens_clause = _opens_clause(text, open_mark)
    if ANSWER.match(text[start:]) and opens_clause:
        return "direct"  # Elle a répondu : « oui, bien sûr »: an answer is said whole
    if text[start].islower():
        return "direct" if has_finite_verb and opens_clause and not embedded else "partial"
    return "partial" if embedded and not opens_clause else "direct"


def looks_like_title(text: str, start: int, end: int) -> bool:
    """A name or title in quote marks: « Plan Nord », “The Wall Street Journal”."""
    words = [w for w in text[start:end].split() if any(c.isalpha() for c in w)]
    if not 2 <= len(words) <= MAX_TITLE_WORDS or text[start:end].rstrip().endswith((".", "!", "?", "…")):
        return False
    return all(w[:1].isupper() or w.lower() in TITLE_FUNCTION_WORDS for w in words)


def names_a_newspaper(text: str, start: int, end: int) -> bool:
    """A newspaper's title in marks: il explique au « Monde »."""
    return text[start:start + 1].isupper() and fold(text[start:end].strip()) in NEWS_TITLES


def is_named_thing(text: str, open_mark: int) -> bool:
    """Words in marks right after « intitulé », « baptisé », « surnommé »…, or « dit » qualifying a noun (le
    dispositif dit du « bouclier tarifaire »; not « a dit »): a title or a name."""
    before = text[max(0, open_mark - 40):open_mark].rstrip(SPACES)
    so_called = SO_CALLED.search(before)
    word_before = re.split(r"['’]", so_called.group(1).lower())[-1] if so_called is not None else None
    return bool(NAMING_WORDS.search(before)) or (word_before is not None and word_before not in WORDS_BEFORE_SAID)


def names_a_titled_thing(text: str, start: int, open_mark: int) -> bool:
    """A capitalised name in marks right after the noun of what it names: le film « Intouchables »."""
    first = text[start:start + 1]
    return (first.isupper() or first == "#") and bool(TITLED_THING.search(text[max(0, open_mark - 40):open_mark]
                                                                         .rstrip(SPACES)))


def reads_as_a_title(text: str, start: int, end: int, open_mark: int) -> bool:
    """Capitalised words with no final stop, inside the journalist's sentence: a title or a name
    (il a joué dans « Sabrina », lauréat des « Nouveaux albums »), when no cue and no verb make them speech."""
    inside = text[start:end].rstrip()
    return inside[:1].isupper() and not inside.endswith((".", "!", "?", "…")) and not _opens_clause(text, open_mark)


def _opens_clause(text: str, open_mark: int) -> bool:
    """Whether the marks open a clause: at a line's start or after a stop, colon, dash or comma."""
    window = max(open_mark - CONTEXT_CHARS, 0)
    before = text[window:open_mark].rstrip(SPACES)
    return "\n" in text[window + len(before):open_mark] or before[-1:] in SENTENCE_OPENERS


def names_a_charge(text: str, open_mark: int, quote_kind: str) -> bool:
    """A fragment in marks that words a legal charge: enquête pour « harcèlement moral »."""
    before = LISTED_QUOTES.sub("", text[max(0, open_mark - CONTEXT_CHARS):open_mark].rstrip(SPACES))
    return quote_kind == "partial" and bool(CHARGE_WORDS.search(before))


def is_quote(text: str, start: int, end: int, open_mark: int, quote_kind: str, has_cue: bool,
             has_finite_verb: bool = False) -> bool:
    """False for scare quotes and titles: names and titles (one dated in brackets: « Sabrina » (1954)), the
    wording of charges, and short cue-less fragments without a finite verb (a quoted verb, Ayrault « assume »,
    reports what someone said)."""
    if looks_like_title(text, start, end) or is_named_thing(text, open_mark) or names_a_newspaper(text, start, end) \
            or DATED_WORK.match(text, end) \
            or (names_a_titled_thing(text, start, open_mark) and not (has_cue and has_finite_verb)) \
            or (reads_as_a_title(text, start, end, open_mark) and not (has_cue or has_finite_verb)) \
            or names_a_charge(text, open_mark, quote_kind):
        return False
    short = quote_kind == "partial" and len(text[start:end].split()) <= MAX_SCARE_WORDS
    return has_cue or has_finite_verb or not short

"""Attributes quotes that have no cue of their own, from the text around them.

- « … » Cette petite phrase de X, … / Ces mots, prononcés par X / Ces mots sont ceux de X: a speech noun
  right after the quote names its source; so do « … » : telle est l'ambition que X a présentée, and a sentence
  opening on the words (Le message de X est clair. / C'est avec ces mots que X a … / Ainsi s'est exprimé X.).
- A quote with no cue right after a sentence whose reporting verb has no words of its own (X a répliqué.; also
  for an unnamed person or a pronoun: Une habitante raconte la nuit.), or that states its named subject's stance
  (X reste sceptique.), or whose subject spoke earlier, is X's; otherwise it continues the previous quote's
  speaker when that quote is close.
- A headline or subheading that repeats words quoted later takes the later quote's speaker.
"""
import re
from typing import List, Optional, Tuple

from service.nlp.coreference import names_a_person
from service.nlp.cues import is_reporting_verb, subject_after
from service.nlp.document import Doc
from service.nlp.lexicon import REPORTING_NOUNS
from service.nlp.model import Quote, Speaker
from service.nlp.quote_marks import CLOSERS, OPENING_MARKS
from service.nlp.speakers import agent_of, noun_phrase, subject_of

QUOTE_MARKS = OPENING_MARKS | CLOSERS
CONTINUATION_SENTENCES = 3   # a cue-less quote continues the previous speaker's within this many sentences
LOOKAHEAD_CHARS = 120        # how far after a quote a speech noun (Cette phrase de X) is looked for
# Ces mots, prononcés par X; C'est le cri lancé par X (not cues before a quote: les mots « … »)
SPEECH_NOUNS = REPORTING_NOUNS | {"mot", "terme", "cri"}
# Nouns for what answers the words rather than the words themselves: « … » La réaction de X ne s'est pas fait attendre.
ANSWER_NOUNS = frozenset(["réaction", "réponse", "commentaire"])
RESUMING_WORDS = ("ainsi", "voilà", "voici", "c'", "c’", "ce")  # Ainsi s'est exprimé X, C'est ce qu'a déclaré X
RESUMING_VERB_WINDOW = 6     # words from the sentence opening to its reporting verb
SENTENCE_ENDS = (".", "!", "?", "…")
# Verbs that, with an adjective, state a stance before the words that show it: X reste sceptique, se montre prudent.
STANCE_VERBS = frozenset(["rester", "demeurer", "montrer", "sembler", "paraître", "afficher"])
HEADLINE_WORDS = 20          # a longer line without final punctuation is no headline
REPEAT_MIN_WORDS = 3         # a shorter cue-less quote must repeat a later one whole


def named_after(doc: Doc, close: int) -> Optional[int]:
    """The head of « X » in a sentence opening right after the quote with a demonstrative speech noun
    (Cette phrase de X, Ces propos du ministre, Ces mots sont ceux de X), else None."""
    following = [w for w in doc.words_between(close, close + LOOKAHEAD_CHARS) if w.upos != "PUNCT"][:4]
    if following and following[0].lemma.lower() == "tel" and doc.text[close:following[0].start].strip() == ":":
        return _resumed_by_tel(doc, following)
    if not following:
        return None
    opens_sentence = following[0].text[:1].isupper()
    if opens_sentence and following[0].lower in RESUMING_WORDS:
        return _cleft_source(doc, following[0]) or _resuming_verb_subject(doc, following[0])
    demonstrative = following[0].feats.get("PronType") == "Dem" and following[0].upos == "DET"
    definite = opens_sentence and following[0].feats.get("Definite") == "Def" and following[0].upos == "DET"
    if not (demonstrative or definite):
        return None
    nouns = SPEECH_NOUNS if demonstrative else SPEECH_NOUNS - ANSWER_NOUNS  # « Cette réponse de X » is the quote
    for word in following[1:]:
        if word.upos == "NOUN" and word.lemma.lower() in nouns:
            return _nominal_modifier(doc, word) or _owner_by_copula(doc, word) or agent_of(doc, word.index)
    return None


def _cleft_source(doc: Doc, opening) -> Optional[int]:
    """« … » C'est avec ces mots que X a réagi / C'est le cri lancé par X / Ce sont les mots de X: the
    sentence's root is a speech noun; its source is the subject of the clefted verb, else the agent of the
    participle qualifying the noun, else the noun's « de » complement."""
    root = next((w for w in doc.words if w.sentence == opening.sentence and w.head is None), None)
    if root is None or root.upos != "NOUN" or root.lemma.lower() not in SPEECH_NOUNS:
        return None
    clefted = next((c for c in root.children if doc.words[c].deprel == "advcl:cleft"), None)
    if clefted is not None:
        return subject_of(doc, clefted)
    return agent_of(doc, root.index) or _nominal_modifier(doc, root)  # C'est le cri lancé par X / les mots de X


def _resuming_verb_subject(doc: Doc, opening) -> Optional[int]:
    """« … » Ainsi s'est exprimé X / Voilà ce qu'a déclaré X / C'est ce qu'a affirmé X: the subject of the
    reporting verb that opens the sentence after the quote."""
    window = [w for w in doc.words[opening.index:opening.index + RESUMING_VERB_WINDOW]
              if w.sentence == opening.sentence]
    if len(window) < 2 or window[1].text == ",":
        return None  # « Ainsi, le ministre a affirmé » links two statements; it does not resume the quote
    verb = next((w for w in window if w.upos == "VERB" and is_reporting_verb(w, doc)), None)
    if verb is None:
        return None
    return subject_of(doc, verb.index) if any(doc.words[c].deprel.startswith("nsubj") for c in verb.children) \
        else subject_after(doc, verb)


def _resumed_by_tel(doc: Doc, following) -> Optional[int]:
    """« … » : telle est l'ambition que X a présentée / tel est le cri lancé par X / tel est le constat de X."""
    noun = next((w for w in following[1:] if w.upos == "NOUN"), None)
    if noun is None:
        return None
    for child in noun.children:
        if doc.words[child].deprel == "acl:relcl":
            subject = next((c for c in doc.words[child].children if doc.words[c].deprel.startswith("nsubj")
                            and doc.words[c].upos in ("PROPN", "NOUN")), None)
            if subject is not None:
                return subject
    return agent_of(doc, noun.index) or next(
        (c for c in noun.children if doc.words[c].deprel.startswith("nmod") and _determined_or_named(doc, c)), None)


def _determined_or_named(doc: Doc, index: int) -> bool:
    """des infirmières, de X — not d'alarme."""
    word = doc.words[index]
    return word.upos == "PROPN" or any(doc.words[c].deprel == "det" for c in word.children)


def _nominal_modifier(doc: Doc, noun) -> Optional[int]:
    """X in « Cette phrase de X »."""
    return next((c for c in noun.children if doc.words[c].deprel.startswith("nmod")
                 and doc.words[c].upos in ("PROPN", "NOUN")), None)


def _owner_by_copula(doc: Doc, noun) -> Optional[int]:
    """X in « Ces mots sont ceux de X »: the speech noun is the subject of « ceux de X »."""
    if not noun.deprel.startswith("nsubj") or noun.head is None:
        return None
    predicate = doc.words[noun.head]
    return _nominal_modifier(doc, predicate) if predicate.lemma.lower() == "celui" else None


def announced_by(doc: Doc, start: int) -> Tuple[Optional[int], bool]:
    """The named subject of the sentence right before a cue-less quote, when that sentence holds no quote, and
    whether it announces the words: its main verb is a reporting verb it leaves without words (« Pauline Marois
    a aussitôt répliqué. ¶ "…" ») or states a stance (X reste sceptique)."""
    sentence = doc.sentence_at(start)
    if sentence == 0 or doc.words[doc.sentences[sentence][0]].start > start:
        return None, False
    previous = [doc.words[i] for i in doc.sentences[sentence - 1]]
    if any(doc.in_quote(w.start) for w in previous) or any(w.text in QUOTE_MARKS for w in previous):
        return None, False
    root = next((w for w in previous if w.head is None), None)
    subject = subject_of(doc, root.index) if root is not None else None
    if subject is None:
        return None, False
    announces = is_reporting_verb(root, doc) or _states_a_stance(doc, root) or _reports_by_infinitive(doc, root)
    named = any(doc.mention_at(i) is not None for i in noun_phrase(doc, subject))
    if not (named or announces and _person_or_pronoun(doc, doc.words[subject])):
        return None, False
    return subject, announces


def _person_or_pronoun(doc: Doc, word) -> bool:
    """Une habitante raconte la nuit. « … » / Elle raconte …: an unnamed person or a pronoun as the subject."""
    return names_a_person(word, doc) or (word.upos == "PRON" and word.lower in ("il", "elle", "ils", "elles"))


def introduced_after(doc: Doc, marked) -> Optional[int]:
    """« Nous ne lâcherons rien. » Karim, 23 ans, conteste l'amende: for a whole sentence quoted at the head of
    its paragraph, the subject of the sentence right after it."""
    if marked.close_mark is None or doc.text[:marked.open_mark].rsplit("\n", 1)[-1].strip() \
            or not doc.text[:marked.close_mark].rstrip().endswith(SENTENCE_ENDS):
        return None
    following = [w for w in doc.words_between(marked.end, marked.end + LOOKAHEAD_CHARS) if w.upos != "PUNCT"]
    if not following or not following[0].text[:1].isupper() or "\n" in doc.text[marked.end:following[0].start]:
        return None
    root = next((doc.words[i] for i in doc.sentences[following[0].sentence] if doc.words[i].head is None), None)
    predicate = root is not None and (root.upos == "VERB" or any(doc.words[c].deprel == "cop" for c in root.children))
    subject = subject_of(doc, root.index) if predicate else None  # Karim conteste; les voisins sont sous le choc
    return subject if subject is not None and doc.words[subject].start > marked.end else None


def _reports_by_infinitive(doc: Doc, root) -> bool:
    """X n'a pas tardé à répondre, a tenu à réagir: a reporting verb in the infinitive the main verb governs."""
    return any(doc.words[c].deprel == "xcomp" and doc.words[c].feats.get("VerbForm") == "Inf"
               and is_reporting_verb(doc.words[c], doc) for c in root.children)


def _states_a_stance(doc: Doc, root) -> bool:
    """X reste sceptique, se montre prudent: a stance verb with an adjective complement."""
    return root.lemma.lower() in STANCE_VERBS and any(
        doc.words[c].deprel == "xcomp" and doc.words[c].upos == "ADJ" for c in root.children)


def continuation(doc: Doc, start: int, earlier: List[Quote]) -> Optional[Speaker]:
    """The previous quote's speaker, if that quote ends at most a few sentences before `start`."""
    attributed = [quote for quote in earlier if quote.speaker is not None]
    if not attributed:
        return None
    previous = attributed[-1]
    if doc.sentence_at(start) - doc.sentence_at(previous.span.end) > CONTINUATION_SENTENCES:
        return None
    return Speaker(previous.speaker.name, previous.speaker.entity_id, None)


def attribute_repeats(quotes: List[Quote]) -> None:
    """Gives a quote with no cue the speaker of a later, attributed quote that repeats its words
    (a subheading or headline quoting ahead of the body)."""
    texts = [normalised(quote.span.text) for quote in quotes]
    for position, quote in enumerate(quotes):
        words = texts[position]
        if quote.cue is not None:
            continue
        short = len(words.split()) < REPEAT_MIN_WORDS  # a word or two: only repeated as a whole quote
        for later, later_text in zip(quotes[position + 1:], texts[position + 1:]):
            if later.cue is not None and later.speaker is not None and (words == later_text if short
                                                                      else words in later_text):
                quote.speaker = Speaker(later.speaker.name, later.speaker.entity_id, None)
                break


def attribute_headlines(text: str, quotes: List[Quote]) -> None:
    """Gives a headline quote that nothing attributes the speaker of the next attributed quote: the article's
    first voice (« Inondations : « Nous avons tout perdu » » ¶ … « … », raconte Sylvie)."""
    for position, quote in enumerate(quotes):
        if quote.speaker is None and in_headline(text, quote.span.start):
            later = next((other for other in quotes[position + 1:] if other.speaker is not None), None)
            if later is not None:
                quote.speaker = Speaker(later.speaker.name, later.speaker.entity_id, None)


def in_headline(text: str, offset: int) -> bool:
    """Whether the offset lies in a headline: a short line with no final punctuation."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start:end if end >= 0 else len(text)].strip()
    return len(line.split()) <= HEADLINE_WORDS and not line.endswith((".", "!", "?", "…"))


def normalised(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))

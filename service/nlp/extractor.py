"""Runs the stages in order over one text: quote marks → incises → cues → kind → speakers → groups."""
from dataclasses import dataclass
import re
from typing import List, Optional

from service.nlp import content, context
from service.nlp.coreference import Resolver, names_a_person
from service.nlp.cues import Cue, clean, find_cue, find_incise, goes_on, is_clitic, is_reporting_verb, may_speak
from service.nlp.document import Doc
from service.nlp.entities import fold, group
from service.nlp.lexicon import SUBJECT_PRONOUNS
from service.nlp.model import Analysis, Quote, Span, Speaker, SpeakerGroup
from service.nlp.quote_marks import MarkedSpan, find_marked_spans
from service.nlp.speakers import mention_head, noun_phrase, reports_passively, subject_of

JOINING = re.compile(r"\s*[»”\"›]\s*(?:,|et|ou|,\s*puis)\s*")  # « A » et « B », écrivait X
# Ordinals that may stand for a source in a gapped clause (…, le second « … »).
ORDINAL_PEOPLE = frozenset(["premier", "première", "second", "seconde", "deuxième", "dernier", "dernière", "autre"])
GAPPED_SUBJECT_WORDS = 4  # « …, le second « … » »: the longest subject of a reporting verb left out
RESPONSE_VERBS = ("répondre", "répliquer", "rétorquer", "riposter")
ANSWERING_REFERENCES = ("dernier", "derniere", "celui-ci", "celle-ci")  # Ce dernier a répliqué: someone else
SET_APART_PRONOUNS = ("lui", "elle", "eux", "elles")  # Le Français, lui, reste prudent: a pronoun set apart
CONTRAST_MARKERS = ("de son cote", "pour sa part", "quant a lui", "quant a elle", "de leur cote", "pour leur part") \
    + tuple(f", {pronoun}," for pronoun in SET_APART_PRONOUNS)


@dataclass
class Part:
    """One quote span before speaker resolution."""
    start: int
    end: int
    marked: MarkedSpan
    cue: Optional[Cue]
    closing: Optional["Part"] = None  # for a quote reopened on the next paragraph: the part that closes it


def extract(doc: Doc, with_entities: bool = True) -> Analysis:
    entities, mention_ids = group(doc)
    doc.marked_spans = find_marked_spans(doc.text)
    resolver = Resolver(doc, entities, mention_ids)  # after the marks: it sets aside what quotes say
    parts = _cues_of_reopened(doc, [part for marked in doc.marked_spans for part in _parts(doc, marked)])
    quoted_with_cue = {context.normalised(doc.text[p.start:p.end]) for p in parts if p.cue is not None}
    quotes: List[Quote] = []
    for part in parts:
        finite = any(w.feats.get("VerbForm") == "Fin" for w in doc.words_between(part.start, part.end))
        quote_kind = content.kind(doc.text, part.start, part.marked.open_mark, finite)
        # a headline's « ouvert » quoted again in the body (Bayrou « ouvert » ¶ … s'est dit « ouvert »)
        repeated = context.normalised(doc.text[part.start:part.end]) in quoted_with_cue
        attributed = part.cue is not None or (repeated and context.in_headline(doc.text, part.start)) \
            or _right_after_person(doc, part.marked.open_mark)
        verbal = finite or _quoted_infinitive_clause(doc, part)  # Bayrou veut « éviter la censure »
        if not content.is_quote(doc.text, part.start, part.end, part.marked.open_mark, quote_kind, attributed, verbal) \
                or (not finite and _named_as_subject(doc, part)):
            continue
        quote = Quote(f"Q{len(quotes) + 1}", Span.of(doc.text, part.start, part.end), quote_kind)
        quote.cue = _cue_span(doc, part.cue)
        quote.speaker = _speaker(doc, resolver, part.closing or part, quotes)
        resolver.remember(quote.speaker, part.start)
        quotes.append(quote)
    context.attribute_repeats(quotes)
    context.attribute_headlines(doc.text, quotes)
    return Analysis(quotes, _groups(quotes), entities if with_entities else None)


def _named_as_subject(doc: Doc, part: Part) -> bool:
    """« L'heure des sorcières » commence …, « Geronimo » est la chanson …: capitalised words without a verb,
    the subject of a verb after them that reports nothing, name a work or a thing; nobody is quoted."""
    inside = doc.words_between(part.start, part.end)
    close = part.marked.close_mark
    if not doc.text[part.start:part.start + 1].isupper() or not inside or close is None \
            or not doc.text[close + 1:].lstrip()[:1].isalpha():
        return False  # not « Rebâtir la confiance » : telle est la priorité de X
    for word in inside:
        head = doc.words[word.head] if word.head is not None else None
        if word.deprel.startswith("nsubj") and head is not None and head.start >= part.end \
                and not is_reporting_verb(head, doc):
            return True
    return False


def _quoted_infinitive_clause(doc: Doc, part: Part) -> bool:
    """Whether the quoted words are an infinitive clause that complements a verb outside the marks (veut
    « éviter la censure », appelle à « ne rien lâcher »): a verb phrase someone said, not a name; not an
    infinitive of purpose (pour « négocier »)."""
    for word in doc.words_between(part.start, part.end):
        if word.upos == "VERB" and word.feats.get("VerbForm") == "Inf" and word.head is not None \
                and word.deprel in ("xcomp", "ccomp", "obj") and doc.words[word.head].upos == "VERB" \
                and not part.start <= doc.words[word.head].start < part.end:
            return True
    return False


def _right_after_person(doc: Doc, open_mark: int) -> bool:
    """Rachida Dati « prête » à …: words quoted right after a person's name are that person's."""
    mark = doc.word_starting_at(open_mark)
    if mark is None or mark.index == 0:
        return False
    mention = doc.mention_at(mark.index - 1)
    return mention is not None and mention.type == "PER" and mention.words[-1] == mark.index - 1


def _parts(doc: Doc, marked: MarkedSpan) -> List[Part]:
    incise = find_incise(doc, marked.start, marked.end)
    close = marked.close_mark if marked.close_mark is not None else marked.end
    if incise is None:
        return [Part(marked.start, marked.end, marked, find_cue(doc, marked.open_mark, close))]
    first = Part(marked.start, _trim_end(doc.text, marked.start, incise.first_end), marked, incise.cue)
    if incise.second_start is None:
        return [first]
    return [first, Part(incise.second_start, marked.end, marked, incise.cue)]


def _cues_of_reopened(doc: Doc, parts: List[Part]) -> List[Part]:
    """« A … ¶ « B … », a dit X: a quote left open at a paragraph's end and reopened on the next takes the
    cue, and so the speaker, of the part that closes it; so does « A » et « B », écrivait X: a quote joined to
    the next, whose cue follows it."""
    for part, following in reversed(list(zip(parts, parts[1:]))):
        between = doc.text[part.marked.end:following.marked.open_mark]
        reopened = part.marked.close_mark is None and not between.strip()
        joined = part.marked.close_mark is not None and JOINING.fullmatch(between) is not None \
            and following.cue is not None and following.cue.layout == "inverted_after"
        if part.cue is None and reopened:
            part.cue, part.closing = following.cue, following.closing or following
        elif part.cue is None and joined:
            part.cue = following.cue
    return parts


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return end


def _cue_span(doc: Doc, cue: Optional[Cue]) -> Optional[Span]:
    if cue is None:
        return None
    return Span.of(doc.text, doc.words[cue.words[0]].start, doc.words[cue.words[-1]].end)


def _speaker(doc: Doc, resolver: Resolver, part: Part, earlier: List[Quote]) -> Optional[Speaker]:
    mention = None
    gapped = _gapped_subject(doc, part)
    if gapped:
        speaker = resolver.resolve(gapped, gapped[-1])
        if speaker is not None:
            return speaker
    if part.cue is not None:
        head = mention_head(doc, part.cue, part.marked.start, part.marked.end)
        if head is not None and _in_other_quote(doc, head, part.marked):
            head = None  # the subject of a verb inside another quote speaks for no one here
        if head is not None:
            words = noun_phrase(doc, head)
            speaker = _same_source(doc, head, part, earlier) or _going_on(doc, resolver, head, part, earlier) \
                or resolver.resolve(words, head, other_than=_contrasted(doc, part.cue, head, earlier))
            if speaker is not None:
                return speaker
            mention = Span.of(doc.text, doc.words[words[0]].start, doc.words[words[-1]].end)
    speaker = _named_after(doc, resolver, part) or _governing_subject(doc, resolver, part, named_only=True) \
        or _announced(doc, resolver, part, earlier) or _introduced_after(doc, resolver, part) \
        or context.continuation(doc, part.start, earlier) \
        or _governing_subject(doc, resolver, part) or resolver.nearest_person(part.start)
    if speaker is not None and mention is not None:
        speaker.mention = mention  # a pronoun no antecedent fitted: the fallback speaker, said by it
    return speaker


def _gapped_subject(doc: Doc, part: Part) -> List[int]:
    """Le premier a promis « A », le second « B »: a short phrase with no verb between the comma after an
    earlier quote of the same reporting verb and this quote is the subject of the verb left out."""
    if part.cue is None or part.cue.layout != "speaker_before":
        return []
    cue_end = doc.words[part.cue.words[-1]].end
    previous = next((m for m in reversed(doc.marked_spans) if m.close_mark is not None
                     and cue_end <= m.open_mark and m.close_mark < part.marked.open_mark), None)
    if previous is None:
        return []
    between = doc.words_between(previous.close_mark + 1, part.marked.open_mark)
    if not between or between[0].lower not in (",", "et") or not 2 <= len(between) <= GAPPED_SUBJECT_WORDS + 1 \
            or any(w.upos in ("VERB", "AUX", "PUNCT", "ADP", "SCONJ", "CCONJ") for w in between[1:]):
        return []
    subject = [w.index for w in between[1:]]
    return subject if _may_be_a_source(doc, subject) else []  # not the object: a jugé l'idée « A » et le projet « B »


def _may_be_a_source(doc: Doc, words: List[int]) -> bool:
    """A name, a noun for a person or an organisation (les agriculteurs, not le calendrier), or an ordinal
    standing for a person (le second)."""
    head = doc.words[words[-1]]
    named = any((m := doc.mention_at(i)) is not None and m.type in ("PER", "ORG") for i in words)
    return named or head.lemma.lower() in ORDINAL_PEOPLE or may_speak(doc, head)


def _contrasted(doc: Doc, cue: Cue, head: int, earlier: List[Quote]) -> Optional[str]:
    """The previous quote's speaker, when the cue's clause sets its subject against it (de son côté, pour sa
    part, quant à lui, « X, lui, … ») or a role or « ce dernier » answers it (« … », a répliqué le garde des
    Sceaux): that subject is someone else."""
    sentence = doc.sentences[doc.words[cue.anchor].sentence]
    clause = fold(doc.text[doc.words[sentence[0]].start:doc.words[sentence[-1]].end])
    answerer = doc.words[head].upos == "NOUN" or fold(doc.words[head].text) in ANSWERING_REFERENCES
    answers = answerer and doc.words[cue.anchor].lemma.lower() in RESPONSE_VERBS
    if not earlier or earlier[-1].speaker is None or not (answers or any(m in clause for m in CONTRAST_MARKERS)):
        return None
    return earlier[-1].speaker.entity_id


def _same_source(doc: Doc, head: int, part: Part, earlier: List[Quote]) -> Optional[Speaker]:
    """« … », ajoute-t-on de même source: an impersonal « on » that names no source goes on with the
    previous quote's speaker."""
    word = doc.words[head]
    if clean(word) != "on" or not is_clitic(word):
        return None
    speaker = context.continuation(doc, part.start, earlier)
    if speaker is not None:
        speaker.mention = Span.of(doc.text, word.start, word.end)
    return speaker


def _going_on(doc: Doc, resolver: Resolver, head: int, part: Part, earlier: List[Quote]) -> Optional[Speaker]:
    """« … », ajoute-t-il / poursuit-elle: the clitic subject of a verb of going on is the previous quote's
    speaker, when that quote is close and its speaker of the pronoun's gender (un conseiller … ajoute-t-il)."""
    word = doc.words[head]
    if clean(word) not in ("il", "elle") or word.upos != "PRON" or not goes_on(doc.words[part.cue.anchor]):
        return None
    previous = next((quote.speaker for quote in reversed(earlier) if quote.speaker is not None), None)
    if previous is None or resolver.gender_of_speaker(previous) != SUBJECT_PRONOUNS[clean(word)][0]:
        return None
    speaker = context.continuation(doc, part.start, earlier)  # that speaker, if close enough
    if speaker is None:
        return None
    speaker.mention = Span.of(doc.text, word.start, word.end)
    return speaker


def _named_after(doc: Doc, resolver: Resolver, part: Part) -> Optional[Speaker]:
    """For a quote with no cue: the source a speech noun names right after it (Cette phrase de X)."""
    if part.cue is not None or part.marked.close_mark is None:
        return None
    return _resolved(doc, resolver, context.named_after(doc, part.marked.close_mark + 1))


def _announced(doc: Doc, resolver: Resolver, part: Part, earlier: List[Quote]) -> Optional[Speaker]:
    """For a quote with no cue: the named subject of a reporting verb in the sentence just before, or of any
    verb there when that subject spoke earlier in the article (M. X a balayé ces critiques. « … »)."""
    if part.cue is not None:
        return None
    subject, announces = context.announced_by(doc, part.marked.open_mark)
    speaker = _resolved(doc, resolver, subject)
    if speaker is None or announces:
        return speaker
    spoken = {quote.speaker.entity_id for quote in earlier if quote.speaker is not None}
    return speaker if speaker.entity_id in spoken - {None} else None


def _introduced_after(doc: Doc, resolver: Resolver, part: Part) -> Optional[Speaker]:
    """For a quote with no cue that opens its paragraph: the people the next sentence has as its subject
    (« … » Karim, 23 ans, conteste …; « … » Le porte-parole de X, Jean Dupont, salue …; « … » Reçus à Matignon,
    les représentants des agriculteurs sont ressortis déçus)."""
    subject = context.introduced_after(doc, part.marked) if part.cue is None else None
    people = subject is not None and (_phrase_names_a_person(doc, subject) or names_a_person(doc.words[subject], doc))
    return _resolved(doc, resolver, subject) if people else None


def _governing_subject(doc: Doc, resolver: Resolver, part: Part, named_only: bool = False) -> Optional[Speaker]:
    """For an embedded fragment: the subject of the verb outside the quote that governs it, or of the
    quoted verb itself (Ayrault « assume »). With `named_only`, only a person named as the subject of a verb
    outside the quote (Gérald Darmanin veut créer « des prisons »), or a subject set apart (Les syndicats, eux,
    attendent « … »), which beats the previous speaker."""
    inside = {w.index for w in doc.words_between(part.start, part.end)}
    for index in sorted(inside):
        top = index
        while doc.words[top].head is not None and doc.words[top].head in inside:
            top = doc.words[top].head
        head = doc.words[top].head
        verb = head if head is not None else top
        if head is not None and reports_passively(doc, doc.words[verb]):
            return None  # la réforme a été qualifiée d'« injuste »: what is judged does not speak
        if doc.words[verb].upos in ("VERB", "AUX") and not (named_only and head is None):
            subject = subject_of(doc, verb, outside=(part.marked.start, part.marked.end))
            if subject is not None and not _in_other_quote(doc, subject, part.marked):
                if named_only and not (_phrase_names_a_person(doc, subject) or _set_apart(doc, subject)):
                    return None
                return _resolved(doc, resolver, subject)
        if head is not None:
            break
    return None


def _resolved(doc: Doc, resolver: Resolver, head: Optional[int]) -> Optional[Speaker]:
    """The speaker the noun phrase headed by `head` refers to."""
    return resolver.resolve(noun_phrase(doc, head), head) if head is not None else None


def _phrase_names_a_person(doc: Doc, subject: int) -> bool:
    """Gérald Darmanin, « Sa secrétaire générale, Marylise Léon, »: a person named by the phrase or apposed to it."""
    named = [subject] + [c for c in doc.words[subject].children if doc.words[c].deprel == "appos"]
    return any((m := doc.mention_at(i)) is not None and m.type == "PER" for i in named)


def _set_apart(doc: Doc, subject: int) -> bool:
    """Les syndicats, eux, attendent « … »: a subject set against the previous speaker by an apposed pronoun."""
    return any(doc.words[c].lower in SET_APART_PRONOUNS and doc.words[c].deprel in ("appos", "dislocated")
               for c in doc.words[subject].children)


def _in_other_quote(doc: Doc, word: int, own: MarkedSpan) -> bool:
    """Whether a word lies inside the marks of another quote than `own` (an incise lies inside its own)."""
    return doc.in_quote(doc.words[word].start, except_span=own)


def _groups(quotes: List[Quote]) -> List[SpeakerGroup]:
    groups = {}
    for quote in quotes:
        if quote.speaker is None:
            continue
        key = quote.speaker.entity_id or quote.speaker.name.casefold()
        if key not in groups:
            groups[key] = SpeakerGroup(quote.speaker.name, quote.speaker.entity_id, [])
        groups[key].quote_ids.append(quote.id)
    return list(groups.values())

"""Finds the speaker mention of a cue: the subject of a reporting verb, the object of selon,
the name after a dash; and the noun phrase around it as written."""
from typing import List, Optional

from service.nlp.cues import (STRESSED_PRONOUNS, TIME_NOUNS, Cue, clean, is_clitic, is_misread_verb,
                              is_reporting_verb, noun_before, opens_comme_clause, passive_agent, subject_after)
from service.nlp.document import Doc
from service.nlp.entities import is_title
from service.nlp.lexicon import (AGENT_ENDINGS, DOCUMENT_NOUNS, GENERIC_ROLE_NOUNS, ORGANISATION_NOUNS,
                                 ROLE_NOUNS, SAYING_NOUNS, STATUS_NOUNS)
from service.nlp.quote_marks import CLOSERS, OPENING_MARKS

OUTSIDE_PHRASE_RELATIONS = ("acl", "acl:relcl", "advcl", "ccomp", "parataxis", "conj", "cc", "xcomp", "csubj",
                    "case", "mark", "advmod")
PREVERBAL_CLITICS = {"ne", "n'", "n’", "l'", "l’", "le", "la", "les", "lui", "leur", "se", "s'", "s’", "y", "en"}
SOURCE_PREPOSITIONS = ("dans", "chez", "auprès", "côté", "à")  # dans l'entourage de X, chez X, à Matignon
# What « en » says of a person rather than of the circumstances: les agriculteurs en colère, un diplomate en poste.
STATES_AFTER_EN = frozenset("colère grève deuil exercice retraite fonction fonctions poste activité détresse".split())
CIRCUMSTANCE_PREPOSITIONS = ("à", "sur", "dans", "lors", "devant", "pendant", "après", "avant", "en", "sous")
ROLE_COMPLEMENT_PREPOSITIONS = ("à", "au", "aux", "de", "du", "des", "d'", "d’", "en")  # en matière de
ROLE_COMPLEMENT_WORDS = 6  # « à la Concurrence »: the longest complement skipped, comma included
NAME_IN_MARKS_WORDS = 5  # le collectif « Nous Toutes »: the longest name in marks taken into a source's phrase
APPOSITION_WORDS = 15  # words between the two commas of an apposition before a verb
# Nouns whose complement with « à » belongs to the phrase: les opposants au texte, l'adjoint au maire.
NOUNS_TAKING_A = frozenset("""opposant opposante adjoint adjointe délégué déléguée candidat candidate
conseiller conseillère commissaire secrétaire hostile favorable""".split())
CLIMB_RELATIONS = ("conj", "advcl", "xcomp", "acl", "parataxis", "ccomp")
RESUMING_PRONOUNS = ("il", "elle", "ils", "elles", "lui", "eux")  # « La direction, elle, parle »
WORDING_NOUNS = frozenset(["terme", "expression", "formule"])  # selon les termes de X, selon l'expression de X
STATEMENT_NOUNS = ("communiqué", "déclaration", "message")  # what a source issues itself, unlike a report on it
RELATIVES_AFTER_PREPOSITION = ("lequel", "laquelle", "lesquels", "lesquelles", "qui")  # un témoin selon lequel


def subject_of(doc: Doc, verb: int, depth: int = 4, outside=(0, 0)) -> Optional[int]:
    """The subject of a verb; for a participle, infinitive or coordinated verb, the subject of the verb it
    depends on. Subjects inside the `outside` range (the quote itself) are skipped."""
    word = doc.words[verb]
    auxiliaries = [c for c in word.children if doc.words[c].deprel.startswith("aux")]
    governed = word.children + [g for a in auxiliaries for g in doc.words[a].children]  # subject hung on « a »
    subjects = [child for child in governed if not outside[0] <= doc.words[child].start < outside[1]
                and (doc.words[child].deprel in ("nsubj", "nsubj:pass") or doc.words[child].text.startswith("-"))
                and doc.words[child].upos != "PUNCT"]  # not a closing mark the parse made a subject
    nouns = [c for c in subjects if doc.words[c].upos in ("NOUN", "PROPN")]
    if len(subjects) > 1 and len(nouns) == 1 and doc.words[min(nouns[0] + 1, verb)].text == ",":
        subjects = nouns  # « La direction, elle, parle »: the pronoun resumes the noun
    if len(subjects) > 1:
        subjects = [c for c in subjects if not _opens_relative(doc, c)] or subjects  # La ministre, dont le nom …,
        # le collectif « Nous Toutes » dénonce: a subject in marks is part of a name
        subjects = [c for c in subjects if not doc.in_quote(doc.words[c].start)] or subjects
    if subjects:
        # of two subjects the parse gave one verb, the nearer before it
        # (« Un sentiment partagé par X : …, l'otage décrit »)
        child = max((c for c in subjects if c < verb), default=subjects[0])
        child = _resumed_noun(doc, child) or child
        child_word = doc.words[child]
        if child_word.feats.get("PronType") == "Rel" or child_word.lower == "qui":
            return _antecedent(doc, word, child_word) or child
        return child
    inverted = _inverted_after_relative_que(doc, word)
    if inverted is not None:
        return inverted
    if word.deprel == "acl" and word.feats.get("VerbForm") == "Fin" and word.head is not None and word.head < verb \
            and doc.words[word.head].upos in ("NOUN", "PROPN", "ADJ"):
        return word.head  # « l'octogénaire décrit » parsed as a noun and its clause: a finite verb's subject
    relation = word.deprel.split(":")[0]
    infinitive = word.feats.get("VerbForm") == "Inf" and relation in ("csubj", "obl", "obj")  # borné à expliquer
    if depth and word.head is not None and (relation in CLIMB_RELATIONS or infinitive):
        found = subject_of(doc, word.head, depth - 1, outside)
        if found is None and relation == "acl" and doc.words[word.head].upos == "NOUN":
            clause = _verb_above_noun(doc, word.head)  # des « fuites » organisées … pour faire croire: who organised
            return subject_of(doc, clause, depth - 1, outside) if clause is not None else None
        above = _clause_above(doc, word.head) if relation == "conj" and _disagrees(doc, word, found) else None
        if above is not None and _hung_on_subject(doc, above):
            return doc.words[above].head
        return subject_of(doc, above, depth - 1, outside) if above is not None else found
    return _subject_by_position(doc, verb, outside)


def _opens_relative(doc: Doc, noun: int) -> bool:
    """« dont le nom circule »: a noun phrase right after a relative pronoun, the subject of a relative clause."""
    position = noun - 1
    while position >= 0 and doc.words[position].upos in ("DET", "ADJ"):
        position -= 1
    return position >= 0 and (doc.words[position].lower in ("dont", "où")
                              or doc.words[position].feats.get("PronType") == "Rel")


def _inverted_after_relative_que(doc: Doc, verb) -> Optional[int]:
    """« un avis que récuse Bercy »: with « que » as its object, the noun after a relative verb, which the
    parse reads as a second object, is its inverted subject."""
    objects = [c for c in verb.children if doc.words[c].deprel == "obj"]
    if not any(c < verb.index and doc.words[c].lower in ("que", "qu'", "qu’") for c in objects):
        return None
    return next((c for c in objects if c > verb.index and doc.words[c].upos in ("NOUN", "PROPN")), None)


def _hung_on_subject(doc: Doc, index: int) -> bool:
    """« X, juge que … »: a reporting verb read as a noun, which the parse hung on its subject."""
    return doc.words[index].deprel in ("appos", "conj") and is_misread_verb(doc, doc.words[index])


def _disagrees(doc: Doc, verb, subject: Optional[int]) -> bool:
    """Whether a verb and a subject differ in number (reconnaît ↔ les pistes)."""
    if subject is None:
        return False
    numbers = (verb.feats.get("Number"), doc.words[subject].feats.get("Number"))
    return None not in numbers and numbers[0] != numbers[1]


def _verb_above_noun(doc: Doc, noun: int) -> Optional[int]:
    """The verb whose object or complement a noun (or the noun it is joined to or complements) is: publié in
    « X a publié un communiqué affirmant … », ménage in « l'Elysée ne ménage pas ses efforts, au moyen de
    communiqués et de fuites organisées … »."""
    word = doc.words[noun]
    while word.head is not None and word.upos in ("NOUN", "PROPN") \
            and word.deprel.split(":")[0] in ("obj", "obl", "nmod", "conj", "appos"):
        word = doc.words[word.head]
    return word.index if word.upos == "VERB" and word.index != noun else None


def _clause_above(doc: Doc, verb: int) -> Optional[int]:
    """The verb whose « que » clause this verb heads (X juge que … sont …, mais reconnaît: « juge »), also when
    the parse read that verb as a noun and made the clause the root."""
    marks = [c for c in doc.words[verb].children if doc.words[c].deprel == "mark"
             and doc.words[c].lower in ("que", "qu'", "qu’")]
    if not marks:
        return None
    if doc.words[verb].head is not None:
        return doc.words[verb].head
    before = doc.words[marks[0] - 1] if marks[0] > 0 else None
    return before.index if before is not None and is_misread_verb(doc, before) else None


def _resumed_noun(doc: Doc, pronoun: int) -> Optional[int]:
    """« Son opposante a, elle, dénoncé »: a pronoun set off by commas resumes the noun subject before it,
    wherever the parse hung that noun."""
    word = doc.words[pronoun]
    set_off = 0 < pronoun < len(doc.words) - 1 and doc.words[pronoun - 1].text == "," \
        and doc.words[pronoun + 1].text == ","
    if word.lower not in RESUMING_PRONOUNS or not set_off:
        return None  # not « des syndicalistes, qui dénoncent », nor « En signalant que X …, il a encouragé »
    for earlier in reversed(doc.words[:pronoun - 1]):
        if earlier.sentence != word.sentence:
            return None
        if earlier.upos in ("NOUN", "PROPN") and earlier.deprel.startswith("nsubj"):
            return earlier.index
    return None


def _subject_by_position(doc: Doc, verb: int, outside) -> Optional[int]:
    """When the parse gives a verb no subject: the noun right before its group (la direction explique),
    skipping auxiliaries, negation, adverbs and object clitics, unless a preposition governs that noun."""
    position = verb - 1
    while position >= 0 and (doc.words[position].upos in ("AUX", "ADV")
                             or doc.words[position].lower in PREVERBAL_CLITICS):
        if _stressed_subject(doc, position):
            return position  # « Lui promet … »: a stressed pronoun opening the sentence is its subject
        position -= 1
    position = _before_apposition(doc, position)
    if position < 0 or doc.words[position].sentence != doc.words[verb].sentence:
        return None
    noun = doc.words[position]
    if noun.upos not in ("NOUN", "PROPN") or outside[0] <= noun.start < outside[1]:
        return None
    start = position
    while start > 0 and (doc.words[start - 1].upos in ("DET", "ADJ", "PROPN", "NOUN", "NUM") or (
            doc.words[start - 1].lower in ("de", "du", "des", "d'", "d’") and start > 1
            and doc.words[start - 2].upos in ("NOUN", "PROPN"))):  # le ministre de l'Intérieur X
        start -= 1
    return None if start > 0 and doc.words[start - 1].upos == "ADP" else noun.index


def _stressed_subject(doc: Doc, position: int) -> bool:
    """Lui, Eux, Elle opening a sentence, right before its verb group."""
    word = doc.words[position]
    first = position == 0 or doc.words[position - 1].sentence != word.sentence
    return first and word.text[:1].isupper() and word.lower in STRESSED_PRONOUNS


def _before_apposition(doc: Doc, position: int) -> int:
    """« le CIRC, une des agences de l'OMS, l'ait classé »: from the comma closing an apposition, the word
    before the comma that opens it."""
    if position < 0 or doc.words[position].text != ",":
        return position
    sentence = doc.words[position].sentence
    for earlier in range(position - 1, max(position - APPOSITION_WORDS, -1), -1):
        word = doc.words[earlier]
        if word.sentence != sentence or word.upos in ("VERB", "AUX"):
            break
        if word.text == ",":
            return earlier - 1
    return position


def _antecedent(doc: Doc, verb, relative) -> Optional[int]:
    """What a relative pronoun (qui) stands for: the noun its clause modifies, unless the verb disagrees with it in
    number, else the noun phrase just before it (Une réforme que contestent les syndicats de Radio France, qui
    dénoncent: the unions)."""
    if verb.deprel == "acl:relcl" and verb.head is not None and not _disagrees(doc, verb, verb.head):
        return verb.head
    for word in reversed(doc.words[max(relative.index - 3, 0):relative.index]):
        if word.upos in ("NOUN", "PROPN"):
            while word.deprel.startswith(("nmod", "flat")) and word.head is not None and word.head < word.index \
                    and doc.words[word.head].upos in ("NOUN", "PROPN"):
                word = doc.words[word.head]  # les syndicats de Radio | France
            return word.index
        if word.upos not in ("PUNCT", "ADJ"):
            break
    return verb.head if verb.deprel == "acl:relcl" else None


def mention_head(doc: Doc, cue: Cue, quote_start: int, quote_end: int) -> Optional[int]:
    """The head word of the speaker mention for a cue of the quote [quote_start, quote_end)."""
    anchor = doc.words[cue.anchor]
    if cue.layout == "selon" and anchor.upos == "NOUN" and anchor.lemma.lower() in SAYING_NOUNS | WORDING_NOUNS:
        return possessor(doc, cue.anchor) or _issuer_of_statement(doc, anchor, quote_start, quote_end)  # de M. X
    if cue.layout == "selon" and is_document(anchor):  # selon des informations du Monde, selon son rapport
        author = _author_of_document(doc, cue.anchor)
        return _issuer_of_statement(doc, anchor, quote_start, quote_end) if author == cue.anchor else author
    if cue.layout == "selon" and anchor.lower in RELATIVES_AFTER_PREPOSITION:  # un employé selon lequel …
        return _antecedent(doc, doc.words[anchor.head] if anchor.head is not None else anchor,
                           doc.words[cue.words[0]]) or cue.anchor
    if cue.layout in ("selon", "dash") or anchor.upos in ("PROPN", "PRON"):
        return cue.anchor
    clitics = [i for i in cue.words if is_clitic(doc.words[i]) and (  # not the object of « a lui aussi salué »
        doc.words[i].text.startswith("-") or not doc.words[i].deprel.startswith(("obj", "iobj")))]
    if clitics and clean(doc.words[clitics[0]]) == "on":
        return _author_of_document(doc, _impersonal_source(doc, cue, clitics[0])) or clitics[0]
    if clitics:
        return clitics[0]  # dit-il, a-t-elle ajouté: the clitic is the subject wherever the group stands
    quoted = _cited(doc, anchor) or _relayed_source(doc, anchor)
    if quoted is not None:
        return quoted  # Il a cité Victor Hugo : « … »; rapporte Le Monde, citant X: the words are X's
    agent = passive_agent(doc, anchor) if anchor.upos == "VERB" else None
    if agent is not None:
        return agent  # qualifié de « … » par ses opposants
    if reports_passively(doc, anchor):
        return None  # la réforme a été qualifiée d'« injuste »: what is judged does not speak
    inverted = cue.layout in ("inverted_after", "incise")
    if _hung_on_subject(doc, anchor.index):
        return anchor.head  # Manfred Weber, juge …: the parse hung the verb on its subject
    subject = noun_before(doc, anchor) if is_misread_verb(doc, anchor) else None
    if subject is not None:
        return subject  # l'institution pointe « … »: the noun right before the verb
    if anchor.upos == "NOUN" and not inverted:  # after a quote, « juge » tagged as a noun is still the verb
        return possessor(doc, cue.anchor, outside=(quote_start, quote_end)) or agent_of(doc, cue.anchor) \
            or _holder_of_words(doc, anchor, quote_start, quote_end) \
            or _subject_of_predicate(doc, anchor, quote_start, quote_end)
    subject = _subject_between(doc, anchor, quote_end)  # « … » : c'est en ces termes que X a défendu
    if subject is None and (inverted or opens_comme_clause(doc, anchor)):
        # the inverted subject follows its verb (« … », a dit X; comme l'explique X): trust position first
        subject = subject_after(doc, anchor)
    if subject is None:
        subject = subject_of(doc, cue.anchor, outside=(quote_start, quote_end))
    if subject is not None and clean(doc.words[subject]) == "on":
        return _impersonal_source(doc, cue, subject) or subject  # Du côté de LFI, on dénonce « … »
    return _author_of_document(doc, subject)


def reports_passively(doc: Doc, verb) -> bool:
    """A reporting verb in the passive (a été qualifiée, est décrit), whose subject is what is judged; not a
    stance the parse reads as a passive (était remonté)."""
    return any(doc.words[c].deprel == "aux:pass" for c in verb.children) and is_reporting_verb(verb, doc)


def _holder_of_words(doc: Doc, noun, quote_start: int, quote_end: int) -> Optional[int]:
    """Il a eu cette phrase : « … »; X a balayé ces déclarations : « … »; X ont défilé aux cris de « … »: the
    subject of the verb whose object or oblique is the speech noun."""
    if noun.deprel.split(":")[0] not in ("obj", "obl") or noun.head is None:
        return None
    return subject_of(doc, noun.head, outside=(quote_start, quote_end))


def _subject_of_predicate(doc: Doc, noun, quote_start: int, quote_end: int) -> Optional[int]:
    """X n'est pas de cet avis : « … »: the subject of a noun predicate before the colon."""
    if not any(doc.words[c].deprel == "cop" for c in noun.children):
        return None
    return subject_of(doc, noun.index, outside=(quote_start, quote_end))


def _subject_between(doc: Doc, verb, quote_end: int) -> Optional[int]:
    """A subject the parse puts between the quote before it and the verb: the clause after the quote is
    in subject order, not inverted; for an infinitive, also the subject of the verb governing it (c'est par ces
    mots que X a tenté de rassurer)."""
    verbs = [verb]
    if verb.feats.get("VerbForm") == "Inf" and verb.deprel == "xcomp" and verb.head is not None:
        verbs.append(doc.words[verb.head])
    return next((child for governing in verbs for child in governing.children
                 if doc.words[child].deprel.startswith("nsubj") and quote_end <= doc.words[child].start < governing.start
                 and not is_clitic(doc.words[child]) and doc.words[child].upos != "PUNCT"
                 and not _object_pronoun(doc, doc.words[child], governing)), None)


def _object_pronoun(doc: Doc, pronoun, verb) -> bool:
    """« … », nous a rappelé X: a pronoun whose person the verb group does not agree with is its object."""
    finite = [doc.words[c] for c in verb.children if doc.words[c].deprel.startswith("aux")] + [verb]
    persons = {w.feats.get("Person") for w in finite if w.feats.get("VerbForm") == "Fin"} - {None}
    return pronoun.upos == "PRON" and pronoun.feats.get("Person") is not None and bool(persons) \
        and pronoun.feats["Person"] not in persons


def is_document(word) -> bool:
    """rapport, communiqué, texte…: a noun for a document, which speaks for its author."""
    return word.upos == "NOUN" and word.lemma.lower() in DOCUMENT_NOUNS


def _cited(doc: Doc, verb) -> Optional[int]:
    """The object of « citer » (a cité Victor Hugo, citant un rapport de l'ONU), or the author of that document."""
    if verb.lemma.lower() != "citer" or verb.upos != "VERB":
        return None
    cited = next((c for c in verb.children if doc.words[c].deprel == "obj"), None)
    if cited is not None and not _may_speak(doc, cited):  # cite volontiers Jean Monnet, « volontiers » the object
        cited = next((c for c in doc.words[cited].children if doc.words[c].upos == "PROPN" and _may_speak(doc, c)),
                     None)
    return _author_of_document(doc, cited) if cited is not None else None


def _may_speak(doc: Doc, index: int) -> bool:
    """A name, a document, or a noun for a person or an organisation: not « citant le relèvement des pensions »."""
    word = doc.words[index]
    mention = doc.mention_at(index)
    lemma = word.lemma.lower()
    return word.upos != "NOUN" or (mention is not None and mention.type in ("PER", "ORG")) or is_document(word) \
        or lemma in ROLE_NOUNS | STATUS_NOUNS | GENERIC_ROLE_NOUNS | ORGANISATION_NOUNS \
        or lemma.endswith(AGENT_ENDINGS)


def _relayed_source(doc: Doc, verb) -> Optional[int]:
    """« …, rapporte Le Monde, citant un conseiller »: the source a present participle of « citer » names."""
    citing = next((doc.words[c] for c in verb.children if doc.words[c].lemma.lower() == "citer"
                   and doc.words[c].feats.get("Tense") == "Pres" and c > verb.index), None)
    return _cited(doc, citing) if citing is not None else None


def _author_of_document(doc: Doc, subject: Optional[int]) -> Optional[int]:
    """indique le communiqué de l'Élysée: a document speaks for the author it names."""
    if subject is None or not is_document(doc.words[subject]):
        return subject
    return possessor(doc, subject) or agent_of(doc, subject) or subject


def _issuer_of_statement(doc: Doc, noun, quote_start: int, quote_end: int) -> int:
    """La Fédération « prend acte », selon un communiqué: a statement that names no author is the one the
    sentence's named subject issued; otherwise the statement itself."""
    indefinite = any(doc.words[c].lower in ("un", "une") for c in noun.children)
    root = next((w for w in doc.words if w.sentence == noun.sentence and w.head is None), None)
    if not indefinite or noun.lemma.lower() not in STATEMENT_NOUNS or root is None:
        return noun.index
    subject = subject_of(doc, root.index, outside=(quote_start, quote_end))
    named = subject is not None and any(doc.mention_at(i) is not None and doc.mention_at(i).type != "MISC"
                                        for i in noun_phrase(doc, subject))  # Airbus, le club de Lens
    return subject if named else noun.index


def agent_of(doc: Doc, noun: int) -> Optional[int]:
    """« une étude réalisée par l'association X »: the agent of the participle that qualifies a noun."""
    for child in doc.words[noun].children:
        if doc.words[child].deprel == "acl" and doc.words[child].feats.get("VerbForm") == "Part":
            agents = [c for c in doc.words[child].children if doc.words[c].deprel == "obl:agent"]
            if agents:
                return agents[0]
    return None


def _impersonal_source(doc: Doc, cue: Cue, pronoun: int) -> Optional[int]:
    """confie-t-on dans l'entourage du ministre, explique-t-on chez Renault, Du côté de LFI, on dénonce,
    à Matignon, où l'on assure: where « on » speaks from."""
    verb = doc.words[cue.anchor]
    if verb.deprel == "acl:relcl" and any(doc.words[c].lower == "où" for c in verb.children):
        return verb.head  # à Matignon, où l'on assure que …
    sentence = verb.sentence
    following = [w for w in doc.words[max(cue.words) + 1:max(cue.words) + 4] if w.sentence == sentence]
    opening = doc.words[doc.sentences[sentence][0]:pronoun]
    if not (opening and opening[-1].text == "," and sum(w.text == "," for w in opening) == 1):
        opening = []  # only an opening phrase set off by one comma right before « on »
    return _source_in(doc, following) or _source_in(doc, opening[:4])


def _source_in(doc: Doc, words) -> Optional[int]:
    """The noun after the first source preposition among `words` (chez Renault, à Matignon)."""
    for word in words:
        following = doc.words[word.index + 1] if word.index + 1 < len(doc.words) else None
        if word.lower in ("de", "d'", "d’") and following is not None and following.lemma.lower() == "source":
            return following.index  # appris de source proche du dossier
        if word.lower in SOURCE_PREPOSITIONS or word.lower == "sur":
            nouns = [w for w in doc.words[word.index + 1:word.index + 4] if w.upos in ("NOUN", "PROPN")
                     or (w.upos == "ADJ" and doc.words[w.index - 1].upos == "DET")]  # auprès d'un proche
            if word.lower == "sur" and not (nouns and is_document(nouns[0])):
                return None  # peut-on lire sur le site de X, not sur place
            return nouns[0].index if nouns else None
        if word.upos == "PUNCT":
            break
    return None


def possessor(doc: Doc, noun: int, outside=(0, 0)) -> Optional[int]:
    """Sa déclaration « … » / la déclaration de X: who the reporting noun belongs to; not a word of the quote
    (aux cris de « Total assassin »)."""
    for child in doc.words[noun].children:
        word = doc.words[child]
        if outside[0] <= word.start < outside[1]:
            continue
        if word.deprel.startswith("nmod") and word.upos in ("PROPN", "NOUN") and child > noun:
            return child  # (la déclaration) de X, never a phrase before the noun (une fois son discours …)
        if word.feats.get("Poss") == "Yes":
            return child
    return None


def noun_phrase(doc: Doc, head: int) -> List[int]:
    """The words of the noun phrase headed by `head`, without relative clauses, up to the first comma
    unless an apposed name follows it (le porte-parole, John Kirby)."""
    word = doc.words[head]
    if word.upos == "PRON" and word.lower in ("un", "une"):  # l'un d'eux, l'une des victimes
        return _contiguous(sorted(doc.subtree(head)), head)
    if word.upos == "PRON" or is_clitic(word):
        return [head]
    mention = doc.mention_at(head)
    kept = {head}
    for child in word.children:
        child_word = doc.words[child]
        complement_before = child < head and child_word.deprel.startswith(("nmod", "obl"))  # a misparse
        if child_word.deprel not in OUTSIDE_PHRASE_RELATIONS and not complement_before \
                and (child_word.lemma.lower() not in TIME_NOUNS or is_age(doc, child_word)):
            kept.update(doc.subtree(child))  # not « mardi soir » in « à Matignon mardi soir »
    kept -= _clauses_after_names(doc, kept)
    words = _before_marks(doc, _contiguous(sorted(kept), head), head)
    if mention is not None:
        words = sorted(set(words) | set(mention.words))
    last = doc.mention_at(words[-1])  # l'association IMS-Entreprendre | pour la Cité, hung elsewhere
    if last is not None and last.words[-1] > words[-1]:
        words = sorted(set(words) | set(last.words))
    words = _before_circumstance(doc, _trim(doc, words, head) or [head], head)
    if word.upos != "NOUN":
        return words
    before = _article_and_adjectives_before(doc, words)
    return before + (_with_name_in_marks(doc, words, head) or words + _apposed_name_after(doc, words, head))


def _with_name_in_marks(doc: Doc, words: List[int], head: int) -> List[int]:
    """le collectif « Nous Toutes », l'association « Droit au logement »: a name in marks right after the noun,
    capitalised and without final punctuation, belongs to the phrase, whatever the parse hung on the noun."""
    opening = next((i for i in words if i > head and doc.words[i].text in OPENING_MARKS), words[-1] + 1)
    close = next((i for i in range(opening + 2, min(opening + 2 + NAME_IN_MARKS_WORDS, len(doc.words)))
                  if doc.words[i].text in CLOSERS | {'"'}), None)
    if close is None or opening >= len(doc.words) or doc.words[opening].text not in OPENING_MARKS \
            or not doc.words[opening + 1].text[:1].isupper() \
            or any(doc.words[i].upos == "PUNCT" for i in range(opening + 1, close)):
        return []
    return [i for i in words if i < opening] + list(range(opening, close + 1))


def is_age(doc: Doc, word) -> bool:
    """« (le joueur) de 22 ans »: an age, which describes the person, not a time."""
    return word.lower == "ans" and any(doc.words[c].lower in ("de", "d'", "d’") for c in word.children) \
        and any(doc.words[c].upos == "NUM" for c in word.children)


def _clauses_after_names(doc: Doc, words: set) -> set:
    """« le rapport de la Cour des comptes | publié mercredi »: a clause the parse hung on a word of a name,
    after the name, belongs to the phrase around the name, not to the source."""
    cut = set()
    for index in words:
        mention = doc.mention_at(index)
        if mention is not None:
            for child in doc.words[index].children:
                if doc.words[child].deprel in ("acl", "acl:relcl") and child > mention.words[-1]:
                    cut.update(doc.subtree(child))
    return cut


def _before_marks(doc: Doc, words: List[int], head: int) -> List[int]:
    """A source's phrase never runs into quoted words or their misread verb (« l'institution pointe « des
    dérives » » parsed as one phrase); a title in marks may belong to it (le journal “The Wall Street Journal”)."""
    for position, index in enumerate(words):
        following = doc.words[index + 1] if index + 1 < len(doc.words) else None
        quoted = doc.words[index].text in OPENING_MARKS and following is not None \
            and not following.text[:1].isupper()
        if index > head and (quoted or is_misread_verb(doc, doc.words[index])):
            return words[:position]
    return words


def _before_circumstance(doc: Doc, words: List[int], head: int) -> List[int]:
    """Cuts a circumstance off the phrase: « l'astronaute au micro de France Inter », « un élu sur place »."""
    for position, index in enumerate(words):
        word = doc.words[index]
        takes_a = word.lower == "à" and doc.words[head].lemma.lower() in NOUNS_TAKING_A  # l'adjoint au maire
        following = doc.words[index + 1] if index + 1 < len(doc.words) else None
        state = word.lower == "en" and following is not None and following.lower in STATES_AFTER_EN  # en colère
        if index > head and word.upos == "ADP" and word.lower in CIRCUMSTANCE_PREPOSITIONS \
                and doc.mention_at(index) is None and not takes_a and not state:
            named_after = any((m := doc.mention_at(i)) is not None and m.type == "PER" and m.words[0] == i
                              and doc.words[i - 1].text == "," for i in words[position:])
            return words if named_after else words[:position]  # la commissaire à la Concurrence, X; not sur X
    return words


def _article_and_adjectives_before(doc: Doc, words: List[int]) -> List[int]:
    """« L'ancien Premier ministre » where the parse hung « ancien » elsewhere: the adjectives right
    before the phrase and the article that opens them."""
    position, sentence = words[0] - 1, doc.words[words[0]].sentence
    while position >= 0 and doc.words[position].upos == "ADJ" and doc.words[position].sentence == sentence:
        position -= 1
    if position < 0 or position == words[0] - 1 or doc.words[position].upos != "DET":
        return []
    return list(range(position, words[0]))


def _apposed_name_after(doc: Doc, words: List[int], head: int) -> List[int]:
    """« le secrétaire général de FO, Frédéric Souillot », « son adjoint chargé des transports, David
    Belliard »: a person named after the phrase (and the head's own modifiers) and a comma, which the parse
    attached elsewhere."""
    modifiers = set(doc.subtree(head))
    comma = words[-1] + 1
    while comma < len(doc.words) and comma in modifiers and doc.words[comma].text != ",":
        comma += 1
    comma = _after_role_complement(doc, comma, head)
    if comma + 1 >= len(doc.words) or doc.words[comma].text != ",":
        return []
    if any((m := doc.mention_at(i)) is not None and m.type == "PER" for i in words):
        return []
    first = comma + 1
    if first + 1 < len(doc.words) and is_title(doc.words[first].text):
        first += 1  # son avocat, Me Thierry Herzog
    elif first + 2 < len(doc.words) and doc.words[first].feats.get("Definite") == "Def" \
            and doc.words[first].feats.get("Poss") != "Yes" and doc.words[first + 1].upos == "NOUN" \
            and doc.words[first + 1].text.islower():
        first += 2  # le chef d'état-major, le général Thierry Burkhard
    apposed = doc.mention_at(first)
    if apposed is None or apposed.type != "PER" or apposed.words[0] != first:
        return []
    return list(range(comma, first)) + _mention_words(doc, first)


def _after_role_complement(doc: Doc, position: int, head: int) -> int:
    """« la commissaire | à la Concurrence, X », « la porte-parole du PQ | en matière d'éducation, X »: past the
    short complement of a role noun that the parse hung on the verb, to the comma after it; else `position`."""
    if doc.words[head].lemma.lower() not in ROLE_NOUNS or position >= len(doc.words) \
            or doc.words[position].lower not in ROLE_COMPLEMENT_PREPOSITIONS:
        return position
    for index in range(position + 1, min(position + ROLE_COMPLEMENT_WORDS, len(doc.words))):
        if doc.words[index].text == ",":
            return index
        if doc.words[index].upos in ("VERB", "AUX", "PUNCT", "PRON"):
            break
    return position


def _contiguous(words: List[int], head: int) -> List[int]:
    position = words.index(head)
    start = end = position
    while start > 0 and words[start - 1] == words[start] - 1:
        start -= 1
    while end + 1 < len(words) and words[end + 1] == words[end] + 1:
        end += 1
    return words[start:end + 1]


def _trim(doc: Doc, words: List[int], head: int) -> List[int]:
    """Cuts at the first comma after the head, unless the rest is an apposed named person."""
    for position, index in enumerate(words):
        if index > head and doc.words[index].text == "," and not _coordinates(doc, words[position + 1:]):
            rest = words[position + 1:]
            apposed = doc.mention_at(rest[0]) if rest else None
            if apposed is not None and apposed.type == "PER":
                return words[:position + 1] + _mention_words(doc, rest[0])
            names = _proper_noun_run(doc, rest)
            if names:
                return words[:position + 1] + names
            words = words[:position]
            break
    words = _without_closing_brackets(doc, words, head)
    while words and doc.words[words[-1]].upos == "PUNCT":
        words = words[:-1]
    while words and doc.words[words[0]].upos in ("PUNCT", "SCONJ", "CCONJ"):  # « que » of a parse gone astray
        words = words[1:]
    return words


def _without_closing_brackets(doc: Doc, words: List[int], head: int) -> List[int]:
    """« l'Union des producteurs agricoles (UPA) »: brackets that close the phrase (an acronym, a party) are
    not part of the source's description; brackets inside it stay (le maire (LR) de Nice)."""
    for position, index in enumerate(words):
        if index > head and doc.words[index].text == "(":
            closing = next((p for p in range(position + 1, len(words)) if doc.words[words[p]].text == ")"), None)
            if closing is None or closing == len(words) - 1:
                return words[:position]
    return words


def _coordinates(doc: Doc, rest: List[int]) -> bool:
    """Whether the comma separates listed items (du Japon, des États-Unis et de la Corée du Sud): an
    « et » or « ou » closes the list before any other comma."""
    for index in rest:
        if doc.words[index].text == ",":
            return False
        if doc.words[index].upos == "CCONJ" and doc.words[index].lower in ("et", "ou"):
            return True
    return False


def _proper_noun_run(doc: Doc, words: List[int]) -> List[int]:
    run = []
    for index in words:
        if doc.words[index].upos != "PROPN":
            break
        run.append(index)
    return run


def _mention_words(doc: Doc, first: int) -> List[int]:
    return list(range(first, doc.mention_at(first).words[-1] + 1))

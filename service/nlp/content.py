"""Decides what kind of quote a marked span is: a direct quote, a partial quote, or no quote at all
(scare quotes around a term, a title or a name, where nobody is quoted)."""
from service.nlp.quote_marks import SPACES

EMBEDDING_WORDS = {"de", "d'", "d’", "du", "des", "le", "la", "les", "l'", "l’", "un", "une", "que", "qu'", "qu’",
                   "son", "sa", "ses", "leur", "leurs", "en", "à", "au", "aux", "comme", "par", "pour", "sur"}
SENTENCE_OPENERS = ("", ":", ".", "!", "?", "…", "—", "–", "-", "(", ",", ";")
MAX_SCARE_WORDS = 3


def kind(text: str, start: int, open_mark: int) -> str:
    """direct for quoted sentences and clauses, partial for words embedded in the journalist's sentence."""
    first = text[start]
    if first.islower():
        return "partial"
    before = text[:open_mark].rstrip(SPACES)
    if "\n" in text[len(before):open_mark] or before[-1:] in SENTENCE_OPENERS:
        return "direct"
    previous_word = before.split()[-1].lower() if before.split() else ""
    if previous_word in EMBEDDING_WORDS or previous_word.endswith(("'", "’")):
        return "partial"
    return "direct"


def is_quote(text: str, start: int, end: int, quote_kind: str, has_cue: bool) -> bool:
    """False for scare quotes and titles: short, cue-less fragments, or capitalised names."""
    words = text[start:end].split()
    if has_cue:
        return True
    if quote_kind == "partial" and len(words) <= MAX_SCARE_WORDS:
        return False
    if len(words) <= 5 and all(w[:1].isupper() or not w[:1].isalpha() for w in words) \
            and not text[start:end].rstrip().endswith((".", "!", "?")):
        return False
    return True

"""Mends the sentence splits the tokenizer gets wrong, before the tagger and the parser run.

The tokenizer now and then ends a sentence after the first words of a paragraph (« Marine | Tondelier a
affirmé », « Le ministre Bruno | Le Maire a prévenu »). A sentence that stops without final punctuation and
runs on, on the same line, into the next one is joined to it, so that the parser sees one sentence.
It also misses the end of a sentence that closes on a lone capital letter or an acronym, taking it for an
initial or an abbreviation (« a-t-il écrit sur X. Le ministre … », « le plan B. Il … », « des députés RN. Gérald
Darmanin … »): after a lower-case word, it is neither, and the sentence is split there; and now and then the end of a quoted sentence before a capitalised word
(“Nous tiendrons.” Le ministre …), split there too, or splits it before the closing mark, which goes back.
"""
import re
from typing import List

from service.nlp.quote_marks import CLOSERS, STRAIGHT

CAPITALS_ENDING_A_SENTENCE = re.compile(r"^(?:[A-LN-Z]|(?!MM\.?$)[A-Z]{2,6})\.?$")  # not M., MM. (messieurs)

FINAL_PUNCTUATION = (".", "!", "?", "…", "»", "”", '"', ";", ":")
SENTENCE_ENDS = (".", "!", "?", "…")


def mend(document):
    """The Stanza document (tokenized, not yet tagged) with its broken sentences joined; itself if none."""
    from stanza.models.common.doc import Document  # stanza loads with the models, see pipeline.py

    original = document.to_dict()
    pieces = [piece for sentence in original for part in _split_after_capitals(sentence)
              for piece in _split_after_closed_quote(part)]
    sentences = _closing_marks_moved_back(pieces)
    joined: List[list] = []
    for sentence in sentences:
        if joined and _runs_on(document.text, joined[-1], sentence):
            joined[-1] = joined[-1] + _renumbered(sentence, _word_count(joined[-1]))
        else:
            joined.append(sentence)
    if joined == original:
        return document  # nothing split, joined or moved
    return Document(joined, text=document.text)


def _split_after_capitals(sentence: list) -> List[list]:
    """The sentence cut after « sur X. », « le plan B. » or « les élus RN. » when a capitalised word follows."""
    tokens = [entry for entry in sentence if "start_char" in entry]
    for position in range(1, len(tokens) - 1):
        token, before = tokens[position], tokens[position - 1]
        if not (CAPITALS_ENDING_A_SENTENCE.match(token["text"]) and before["text"][:1].islower()):
            continue
        end = position if token["text"].endswith(".") else position + 1  # « X. » or « B » « . »
        if end + 1 >= len(tokens) or not tokens[end]["text"].endswith(".") \
                or not tokens[end + 1]["text"][:1].isupper():
            continue
        if token["text"].endswith(".") and isinstance(token["id"], int):
            return _split_after_capitals(_stop_detached(sentence, token))
        cut = sentence.index(tokens[end + 1])
        head, tail = sentence[:cut], sentence[cut:]
        return [head] + _split_after_capitals(_renumbered(tail, -_word_count(head)))
    return [sentence]


def _stop_detached(sentence: list, token: dict) -> list:
    """The sentence with the token « RN. » split into the word « RN » and the full stop."""
    at = sentence.index(token)
    word = {**token, "text": token["text"][:-1], "end_char": token["end_char"] - 1, "misc": "SpaceAfter=No"}
    stop = {**token, "id": token["id"] + 1, "text": ".", "start_char": token["end_char"] - 1}
    return sentence[:at] + [word, stop] + _renumbered(sentence[at + 1:], 1)


def _split_after_closed_quote(sentence: list) -> List[list]:
    """The sentence cut after « … tiendrons. », “… tiendrons.” or a closing "…" when a capitalised word follows;
    a stop the tokenizer left on the word before the mark (“… définitif.” Même …) is detached first."""
    tokens = [entry for entry in sentence if "start_char" in entry]
    for position in range(1, len(tokens) - 1):
        before = tokens[position - 1]
        glued = len(before["text"]) > 1 and before["text"][-1] in SENTENCE_ENDS and before["text"][-2].isalpha()
        if glued and isinstance(before["id"], int) and tokens[position]["text"] in CLOSERS \
                and tokens[position + 1]["text"][:1].isupper():
            return _split_after_closed_quote(_stop_detached(sentence, before))  # « définitif. » read as one word
        straight_closing = tokens[position]["text"] == STRAIGHT \
            and sum(token["text"] == STRAIGHT for token in tokens[:position + 1]) % 2 == 0  # the second of a pair
        if (tokens[position]["text"] in CLOSERS or straight_closing) \
                and tokens[position - 1]["text"] in SENTENCE_ENDS and tokens[position + 1]["text"][:1].isupper():
            cut = sentence.index(tokens[position + 1])
            head, tail = sentence[:cut], sentence[cut:]
            return [head] + _split_after_closed_quote(_renumbered(tail, -_word_count(head)))
    return [sentence]


def _closing_marks_moved_back(sentences: List[list]) -> List[list]:
    """« … tiendrons. | » Le ministre …: a closing mark that opens a sentence after a final stop goes back to the
    sentence it closes."""
    moved: List[list] = []
    for sentence in sentences:
        first = sentence[0]
        if moved and first["text"] in CLOSERS and isinstance(first["id"], int) \
                and moved[-1][-1]["text"] in SENTENCE_ENDS:
            moved[-1] = moved[-1] + _renumbered([first], _word_count(moved[-1]) - first["id"] + 1)
            sentence = _renumbered(sentence[1:], -1)
            if not sentence:
                continue
        moved.append(sentence)
    return moved


def _runs_on(text: str, sentence: list, following: list) -> bool:
    tokens = [entry for entry in sentence if "start_char" in entry]
    first = next(entry for entry in following if "start_char" in entry)
    last = tokens[-1]
    return not last["text"].endswith(FINAL_PUNCTUATION) and "\n" not in text[last["end_char"]:first["start_char"]]


def _word_count(sentence: list) -> int:
    return sum(1 for entry in sentence if isinstance(entry["id"], int))


def _renumbered(sentence: list, offset: int) -> list:
    """The sentence's entries with word ids shifted by `offset` (multi-word tokens keep their range)."""
    shifted = []
    for entry in sentence:
        entry = dict(entry)
        ids = entry["id"]
        entry["id"] = ids + offset if isinstance(ids, int) else [i + offset for i in ids]
        shifted.append(entry)
    return shifted

"""A flat, offset-aware view of a Stanza Document that the extraction stages work on."""
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
import re
import unicodedata
from typing import Dict, List, Optional


INVERTED_SUBJECT = re.compile(r"^([^\W\d_]+)(-t-(?:il|elle|on)|-(?:il|elle|on|ils|elles))$", re.IGNORECASE)


@dataclass
class Word:
    index: int            # position in Doc.words
    sentence: int
    text: str
    lemma: str
    upos: str
    feats: Dict[str, str]
    head: Optional[int]   # index in Doc.words, None for the root
    deprel: str
    start: int            # offsets of the token this word belongs to (a contraction's words share them)
    end: int
    children: List[int] = field(default_factory=list)

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass
class EntityMention:
    start: int
    end: int
    type: str
    words: List[int]


@dataclass
class Doc:
    text: str
    words: List[Word]
    sentences: List[List[int]]   # word indices per sentence
    mentions: List[EntityMention]
    marked_spans: list = field(default_factory=list)  # quote-mark pairs, set by the extractor

    @cached_property
    def _word_starts(self) -> List[int]:
        return [w.start for w in self.words]

    @cached_property
    def _sentence_ends(self) -> List[int]:
        return [self.words[words[-1]].end for words in self.sentences]

    def words_between(self, start: int, end: int) -> List[Word]:
        """The words lying wholly within [start, end), in order (words are sorted by offset)."""
        first = bisect_left(self._word_starts, start)
        found = []
        for word in self.words[first:]:
            if word.start >= end:
                break
            if word.end <= end:
                found.append(word)
        return found

    def word_starting_at(self, offset: int) -> Optional[Word]:
        position = bisect_left(self._word_starts, offset)
        return self.words[position] if position < len(self.words) and self.words[position].start == offset else None

    def sentence_at(self, offset: int) -> int:
        """The sentence that holds an offset, or the next one after it (the last for offsets past the end)."""
        return min(bisect_right(self._sentence_ends, offset), len(self.sentences) - 1)

    def in_quote(self, offset: int, except_span=None) -> bool:
        """Whether an offset lies inside a pair of quote marks (other than `except_span`)."""
        return any(marked.open_mark < offset < (marked.close_mark or marked.end)
                   for marked in self.marked_spans if marked is not except_span)

    def subtree(self, root: int) -> List[int]:
        stack, found = [root], []
        while stack:
            node = stack.pop()
            found.append(node)
            stack.extend(self.words[node].children)
        return sorted(found)

    def mention_at(self, word: int) -> Optional[EntityMention]:
        for mention in self.mentions:
            if word in mention.words:
                return mention
        return None


def _feats(raw: Optional[str]) -> Dict[str, str]:
    if not raw:
        return {}
    return dict(item.split("=", 1) for item in raw.split("|") if "=" in item)


def _upos(text: str, upos: Optional[str]) -> str:
    """The tagger's part of speech, but PUNCT for any run of punctuation (a “ tagged as a foreign word)."""
    if all(unicodedata.category(char).startswith("P") for char in text):
        return "PUNCT"
    return upos or "X"


def from_stanza(text: str, document, offsets: Optional[List[int]] = None) -> Doc:
    """Flattens a Stanza Document; heads become global word indices. `offsets` maps positions in the
    text Stanza saw to positions in `text` (see spacing.py); None when Stanza saw `text` itself."""
    offsets = offsets if offsets is not None else list(range(len(text) + 1))
    words: List[Word] = []
    sentences = []
    for number, sentence in enumerate(document.sentences):
        offset = len(words)
        indices = []
        for token in sentence.tokens:
            for word in token.words:
                head = getattr(word, "head", None)
                start, end = _word_span(token, word)
                words.append(Word(
                    index=len(words), sentence=number, text=word.text, lemma=(word.lemma or word.text),
                    upos=_upos(word.text, word.upos), feats=_feats(word.feats),
                    head=(offset + head - 1) if head else None, deprel=word.deprel or "",
                    start=offsets[start], end=offsets[end - 1] + 1))
                indices.append(len(words) - 1)
        sentences.append(indices)
    words, sentences = _split_inverted_subjects(*_joined_euphonic_t(words, sentences))
    for word in words:
        if word.head is not None:
            words[word.head].children.append(word.index)
    mentions = [_mention(entity, words, offsets) for entity in document.entities]
    return Doc(text, words, sentences, mentions)


def _joined_euphonic_t(words: List[Word], sentences: List[List[int]]):
    """a -t -il → a -t-il: a euphonic t the tokenizer split off joins the pronoun after it, which keeps
    the pronoun's tag and place in the parse."""
    dropped = {w.index for w, after in zip(words, words[1:]) if after.sentence == w.sentence and (
        (w.lower == "-t" and after.text.startswith("-")) or (w.lower == "-t-" and after.text[:1].isalpha()))}
    if not dropped:
        return words, sentences
    for index in dropped:
        pronoun = words[index + 1]
        pronoun.text, pronoun.start = "-t-" + pronoun.text.lstrip("-"), words[index].start
    kept = [w for w in words if w.index not in dropped]
    new_index = {w.index: position for position, w in enumerate(kept)}
    for word in kept:
        head = word.head
        while head in dropped:
            head = words[head].head
        word.head = new_index[head] if head is not None else None
    for word in kept:
        word.index = new_index[word.index]
    return kept, [[new_index[i] for i in sentence if i not in dropped] for sentence in sentences]


def _split_inverted_subjects(words: List[Word], sentences: List[List[int]]):
    """lâche-t-il, left whole by the tokenizer → lâche + -t-il: the verb keeps the word's place in the parse
    and the pronoun becomes its subject, as the multi-word expander splits such words elsewhere."""
    if not any(INVERTED_SUBJECT.match(w.text) for w in words):
        return words, sentences
    result: List[Word] = []
    new_index: Dict[int, int] = {}
    for word in words:
        new_index[word.index] = len(result)
        result.append(word)
        match = INVERTED_SUBJECT.match(word.text)
        if match:
            verb, pronoun = match.group(1), match.group(2)
            word.text, word.lemma, word.upos, word.end = verb, verb.lower(), "VERB", word.start + len(verb)
            word.feats = {"Mood": "Ind", "VerbForm": "Fin"}
            result.append(Word(index=-1, sentence=word.sentence, text=pronoun, lemma=pronoun.lstrip("-t").lower(),
                               upos="PRON", feats={"Person": "3"}, head=word.index, deprel="nsubj",
                               start=word.end, end=word.end + len(pronoun)))
    split: List[List[int]] = [[] for _ in sentences]
    for position, word in enumerate(result):
        word.head = new_index[word.head] if word.head is not None else None
        word.index = position
        split[word.sentence].append(position)
    return result, split


def _word_span(token, word):
    """A word's own characters when it is written out inside its token (a-t-il → -t-il), else the token's."""
    if len(token.words) > 1 and token.text.count(word.text) == 1:
        start = token.start_char + token.text.index(word.text)
        return start, start + len(word.text)
    return token.start_char, token.end_char


def _mention(entity, words: List[Word], offsets: List[int]) -> EntityMention:
    start, end = offsets[entity.start_char], offsets[entity.end_char - 1] + 1
    covered = [w.index for w in words if w.start >= start and w.end <= end]
    return EntityMention(start, end, entity.type, covered)

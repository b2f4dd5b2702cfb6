"""Pairs quotation marks in raw text: the first stage, before any NLP.

Handles « », “ ”, ‹ › and straight double quotes, with or without (no-break) spaces inside;
nested quotes stay inside the outer pair; a quote left open at the end of a paragraph, or
reopened on the next line (the French convention for multi-paragraph quotes), is closed there.
Stray marks are tolerated. Apostrophes (' ’) are never quote marks.
"""
import re
from dataclasses import dataclass
from typing import List, Optional

OPENERS = {"«": "»", "“": "”", "‹": "›", "„": "“"}
CLOSERS = {"»", "”", "›"}
STRAIGHT = '"'
OPENING_MARKS = frozenset(OPENERS) | {STRAIGHT}  # the words that may open a quote, straight quotes included
SPACES = " \t\n\r\u00a0\u202f\u2009\u2007\u200a"
PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")


@dataclass(frozen=True)
class MarkedSpan:
    """The content of one pair of quote marks, without marks, surrounding spaces or attribution comma."""
    start: int
    end: int
    open_mark: int          # position of the opening mark
    close_mark: Optional[int]  # position of the closing mark; None when closed by a paragraph end


def find_marked_spans(text: str) -> List[MarkedSpan]:
    spans = []
    for para_start, para_end in _paragraphs(text):
        spans.extend(_pairs_in(text, para_start, para_end))
    return spans


def _paragraphs(text: str):
    start = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _pairs_in(text: str, start: int, end: int) -> List[MarkedSpan]:
    spans, stack = [], []  # stack of (mark, position)
    for pos in range(start, end):
        char = text[pos]
        if char == "\n" and stack and _reopens_next_line(text, pos, end, stack[0][0]):
            spans.append(_content(text, stack[0][1], pos, None))
            stack.clear()
        elif char == STRAIGHT:
            if stack and any(mark == STRAIGHT for mark, _ in stack):
                _close(text, stack, spans, STRAIGHT, pos)
            else:
                stack.append((STRAIGHT, pos))
        elif char in OPENERS and not (char == "“" and stack and stack[-1][0] == "„"):
            stack.append((char, pos))
        elif char in CLOSERS or char == "“":
            _close(text, stack, spans, char, pos)
    if stack:
        spans.append(_content(text, stack[0][1], end, None))
    return [span for span in spans if span.end > span.start]


def _matches(open_mark: str, close_mark: str) -> bool:
    return OPENERS.get(open_mark, STRAIGHT) == close_mark


def _close(text: str, stack: list, spans: list, mark: str, pos: int) -> None:
    """Pops to the opener that this closing mark matches; a stray closer is ignored."""
    for depth in range(len(stack) - 1, -1, -1):
        if _matches(stack[depth][0], mark):
            if depth == 0:
                spans.append(_content(text, stack[0][1], pos, pos))
            del stack[depth:]
            return


def _reopens_next_line(text: str, newline: int, end: int, open_mark: str) -> bool:
    rest = text[newline + 1:end].lstrip(SPACES)
    return rest[:1] == open_mark


def _content(text: str, open_mark: int, close: int, close_mark: Optional[int]) -> MarkedSpan:
    start, stop = open_mark + 1, close
    while start < stop and text[start] in SPACES:
        start += 1
    while stop > start and text[stop - 1] in SPACES:
        stop -= 1
    if close_mark is not None and stop > start and text[stop - 1] == ",":
        stop -= 1  # « …, » a-t-il dit: the comma belongs to the attribution
        while stop > start and text[stop - 1] in SPACES:
            stop -= 1
    return MarkedSpan(start, stop, open_mark, close_mark)

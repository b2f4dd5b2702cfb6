"""French typographic spacing for the tokenizer, with a map back to the caller's offsets.

The tokenizer learnt French typography, where « : ; ! ? » take a space before them and guillemets
a space inside. Texts that glue them (« a confié: », « dit:«Non» ») get those spaces added before
tokenizing. A single line break before a capital or an opening quote mark (headlines, texts with a
sentence or paragraph per line) is doubled, so that the tokenizer ends the sentence there. Every
offset is then mapped back to the text as sent.
"""
import re
from typing import List, Tuple

GLUED = re.compile(r"(?<=[^\W\d_])(?=[:;!?](?:\s|$|[«\"“]))"   # confié: « …  → confié : « …
                   r"|(?<=[:;])(?=[«\"“])"                      # dit:«Non»    → dit: «Non»
                   r"|(?<=«)(?=\S)"                              # «Non        → « Non
                   r"|(?<=[^\s«])(?=»)")                         # Non»        → Non »
LINE_BREAK = re.compile(r"(?<=[^\n])(?=\n[^\S\n]*[A-ZÀ-Ý«\"“—–])")  # pouvoir\nDamas → pouvoir\n\nDamas


def spaced(text: str) -> Tuple[str, List[int]]:
    """The text with typographic spaces and paragraph breaks added, and for each of its positions the
    original offset."""
    insertions = sorted([(m.start(), " ") for m in GLUED.finditer(text)]
                        + [(m.start(), "\n") for m in LINE_BREAK.finditer(text)])
    pieces, offsets, last = [], [], 0
    for position, added in insertions:
        pieces.append(text[last:position])
        offsets.extend(range(last, position))
        pieces.append(added)
        offsets.append(position)
        last = position
    pieces.append(text[last:])
    offsets.extend(range(last, len(text) + 1))
    return "".join(pieces), offsets

"""French typographic spacing for the tokenizer, with a map back to the caller's offsets.

The tokenizer learnt French typography, where « : ; ! ? » take a space before them and guillemets
a space inside. Texts that glue them (« a confié: », « dit:«Non» ») get those spaces added before
tokenizing; every offset is then mapped back to the text as sent.
"""
import re
from typing import List, Tuple

GLUED = re.compile(r"(?<=[^\W\d_])(?=[:;!?](?:\s|$|[«\"“]))"   # confié: « …  → confié : « …
                   r"|(?<=[:;])(?=[«\"“])"                      # dit:«Non»    → dit: «Non»
                   r"|(?<=«)(?=\S)"                              # «Non        → « Non
                   r"|(?<=[^\s«])(?=»)")                         # Non»        → Non »


def spaced(text: str) -> Tuple[str, List[int]]:
    """The text with typographic spaces added, and for each of its positions the original offset."""
    pieces, offsets, last = [], [], 0
    for match in GLUED.finditer(text):
        position = match.start()
        pieces.append(text[last:position])
        offsets.extend(range(last, position))
        pieces.append(" ")
        offsets.append(position)
        last = position
    pieces.append(text[last:])
    offsets.extend(range(last, len(text) + 1))
    return "".join(pieces), offsets

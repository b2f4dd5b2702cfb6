"""python -m bench [--repeat N]: throughput and memory of the analyser against a naive Stanza baseline.

Baseline: what a naive Stanza server does, the full French pipeline run on every document, whatever
was asked. Guillemet is timed on the same documents, in the same process, interleaved with the
baseline so that machine noise hits both: the full analysis (parse, quotes, speakers, entities) and
the entities-only path (?include=entities), which skips the dependency parse.
"""
import argparse
import json
import resource
import time
from pathlib import Path

from service.nlp.analyzer import Analyzer
from service.nlp.pipeline import FULL

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "quotes-dev"
SEED = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seed.json"


def _texts():
    paths = sorted(DEV.glob("*.json")) or [SEED]
    return [json.loads(p.read_text(encoding="utf-8"))["text"] for p in paths]


def _time(function, texts) -> float:
    started = time.perf_counter()
    for text in texts:
        function(text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    started = time.perf_counter()
    analyzer = Analyzer()
    load_seconds = time.perf_counter() - started
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stanza_pipeline = analyzer.pipeline._stanza
    texts = _texts()
    words = sum(len(t.split()) for t in texts)
    runs = {"baseline: full Stanza pipeline": 0.0, "guillemet /extract": 0.0,
            "guillemet /extract, one batch request": 0.0, "guillemet /extract?include=entities": 0.0}
    analyzer.analyse(texts[0])  # warm-up
    for _ in range(args.repeat):
        runs["baseline: full Stanza pipeline"] += _time(lambda t: stanza_pipeline.process(t, processors=list(FULL)), texts)
        runs["guillemet /extract"] += _time(analyzer.analyse, texts)
        runs["guillemet /extract, one batch request"] += _time(analyzer.analyse_many, [texts])
        runs["guillemet /extract?include=entities"] += _time(lambda t: analyzer.analyse(t, quotes=False), texts)
    baseline = runs["baseline: full Stanza pipeline"]
    print(f"{len(texts)} documents, {words} words, {args.repeat} passes; models loaded in {load_seconds:.1f} s")
    print(f"{'run':42} {'words/s':>9} {'speed vs baseline':>18}")
    for name, seconds in runs.items():
        print(f"{name:42} {words * args.repeat / seconds:9.0f} {baseline / seconds:17.2f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory: {rss_loaded:.0f} MiB after loading, {peak:.0f} MiB peak")


if __name__ == "__main__":
    main()

"""python -m eval [--dev DIR] [--url URL] [--errors]: scores quotes, speakers and entities on the dev set.

In process by default (the bundled models); with --url, through a running service's /extract.
"""
import argparse
import json
from pathlib import Path

from eval.scoring import Report, score_article

DEFAULT_DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "quotes-dev"


def _analyse_locally():
    from service.nlp.analyzer import Analyzer

    analyzer = Analyzer()
    return lambda text: analyzer.analyse(text).to_dict()


def _analyse_remotely(url: str):
    import requests

    def analyse(text: str) -> dict:
        response = requests.post(url.rstrip("/") + "/extract", json={"text": text}, timeout=300)
        response.raise_for_status()
        return response.json()
    return analyse


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m eval", description=__doc__)
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="directory of annotated articles")
    parser.add_argument("--url", help="score a running service instead of the in-process analyser")
    parser.add_argument("--errors", action="store_true", help="list the speaker errors")
    args = parser.parse_args()
    analyse = _analyse_remotely(args.url) if args.url else _analyse_locally()
    report = Report()
    articles = sorted(args.dev.glob("*.json"))
    for path in articles:
        article = json.loads(path.read_text(encoding="utf-8"))
        score_article(article, analyse(article["text"]), report)
    summary = {"articles": len(articles), **report.summary()}
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    if args.errors:
        for error in report.errors:
            print(json.dumps(error, ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Command line: python -m service.nlp [FILE] prints the analysis of a text file (or stdin) as JSON."""
import argparse
import json
import sys

from service.nlp.analyzer import Analyzer


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m service.nlp", description=__doc__)
    parser.add_argument("file", nargs="?", type=argparse.FileType("r", encoding="utf-8"), default=sys.stdin)
    parser.add_argument("--model-dir", help="Stanza model directory (default: the bundled models)")
    args = parser.parse_args()
    analysis = Analyzer(args.model_dir).analyse(args.file.read())
    json.dump(analysis.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

"""Command line: python -m training all | train STEP... | bundle | evaluate  [--force]."""
import argparse
import json

from training import bundle, evaluate, train


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m training", description=__doc__)
    parser.add_argument("command", choices=["all", "train", "bundle", "evaluate"])
    parser.add_argument("steps", nargs="*", help="with train: steps to run: " + ", ".join(train.STEPS))
    parser.add_argument("--force", action="store_true", help="retrain even if the model exists")
    args = parser.parse_args()
    if args.command in ("all", "train"):
        for step in (args.steps or list(train.STEPS)):
            train.run(step, force=args.force)
    if args.command in ("all", "bundle"):
        bundle.build()
    if args.command in ("all", "evaluate"):
        print(json.dumps(evaluate.run(), indent=2))


if __name__ == "__main__":
    main()

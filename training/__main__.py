"""Command line: python -m training [train STEP... | all] [--force]."""
import argparse

from training import train


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m training", description=__doc__)
    parser.add_argument("command", choices=["train"])
    parser.add_argument("steps", nargs="+", help="steps to run, or 'all': " + ", ".join(train.STEPS))
    parser.add_argument("--force", action="store_true", help="retrain even if the model exists")
    args = parser.parse_args()
    steps = list(train.STEPS) if args.steps == ["all"] else args.steps
    for step in steps:
        train.run(step, force=args.force)


if __name__ == "__main__":
    main()

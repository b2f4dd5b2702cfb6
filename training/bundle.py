"""Lays the trained models out as a Stanza model directory (models/) with its own resources.json."""
import hashlib
import json
import shutil

from training import paths
from training.train import model_path

PACKAGE = "guillemet"
VERSION = "2026.12.1"
PROCESSORS = {  # Stanza processor → training step whose model it ships
    "tokenize": "tokenizer", "mwt": "mwt_expander", "pos": "tagger",
    "lemma": "lemmatizer", "depparse": "parser_indomain", "ner": "nertagger_continued",
}
NEEDS_PRETRAIN = ("pos", "depparse", "ner")


def _md5(path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def _resources(models_dir) -> dict:
    french = {"lang_name": "French", "default_processors": {p: PACKAGE for p in PROCESSORS},
              "packages": {"default": {p: PACKAGE for p in PROCESSORS}}}
    for processor in list(PROCESSORS) + ["pretrain"]:
        entry = {"md5": _md5(models_dir / "fr" / processor / f"{PACKAGE}.pt")}
        if processor in NEEDS_PRETRAIN:
            entry["dependencies"] = [{"model": "pretrain", "package": PACKAGE}]
        french[processor] = {PACKAGE: entry}
    return {"fr": french}


def build(bundle=paths.BUNDLE) -> None:
    """Copies the trained models into `bundle` (default: models/) and writes its resources.json."""
    target = bundle / "fr"
    for processor, step in PROCESSORS.items():
        (target / processor).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(model_path(step), target / processor / f"{PACKAGE}.pt")
    (target / "pretrain").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(paths.PRETRAIN, target / "pretrain" / f"{PACKAGE}.pt")
    (bundle / "resources.json").write_text(json.dumps(_resources(bundle), indent=2) + "\n", encoding="utf-8")
    (bundle / "bundle.json").write_text(json.dumps(
        {"name": f"{PACKAGE}-fr", "version": VERSION, "stanza": "1.15.0"}, indent=2) + "\n", encoding="utf-8")
    print(f"bundle written to {bundle}")

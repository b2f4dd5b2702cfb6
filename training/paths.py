"""Where training reads its corpora and writes its intermediate and final files."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GUILLEMET_SHARED", ROOT.parent / "shared")).resolve()
DATA = SHARED / "data"
UD = DATA / "ud"
NER = DATA / "ner"
RAW_TEXT = DATA / "raw_text" / "commonvoice_fr"

WORK = Path(os.environ.get("GUILLEMET_WORK", ROOT / "training" / "work")).resolve()
CORPORA = WORK / "corpora"
SAVED = WORK / "saved"
BUNDLE = ROOT / "models"

SHORTHAND = "fr_guillemet"
TREEBANK = "UD_French-Guillemet"
TOKENIZE_TREEBANK = "UD_French-GuillemetWritten"
PRETRAIN = SAVED / "pretrain" / "fr_guillemet.pretrain.pt"


def ud_file(treebank: str, split: str) -> Path:
    """The CoNLL-U file of one split of a UD treebank in ../shared."""
    short = treebank.split("-", 1)[1].lower()
    return UD / f"UD_French-{treebank.split('-', 1)[1]}" / f"fr_{short}-ud-{split}.conllu"

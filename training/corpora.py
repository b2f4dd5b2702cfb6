"""Assembles the training, development and held-out corpora from ../shared/data.

UD: train = Sequoia train + ParisStories train + GSD dev (news/blog/wiki); dev = Sequoia dev;
held-out = Sequoia test and GSD test. ParTUT (non-commercial) and ALTS (16th-century French) are left out.
NER: train = WikiNEuRal val + WikiNEuRal test sentences 6000+ + NewsEye dev/dev2;
dev = WikiNEuRal test sentences 5000-5999; held-out = WikiNEuRal test sentences 0-4999 and NewsEye test.
"""
import json
import random
from pathlib import Path

from training import paths

UD_TRAIN = ["UD-Sequoia:train", "UD-ParisStories:train", "UD-GSD:dev"]
# The tokenizer learns sentence splitting from written text only: ParisStories is unpunctuated speech.
UD_TOKENIZE_TRAIN = ["UD-Sequoia:train", "UD-GSD:dev"]
UD_DEV = ["UD-Sequoia:dev"]
UD_HELDOUT = {"sequoia": "UD-Sequoia:test", "gsd": "UD-GSD:test"}

WIKINEURAL_HELDOUT = range(0, 5000)
WIKINEURAL_DEV = range(5000, 6000)
NEWSEYE_TRAIN = ["dev", "dev2"]
NER_TAG_MAP = {"HumanProd": "MISC"}
PARAGRAPH_MAX = 4   # sentences per paragraph in the tokenizer's training text
PARAGRAPH_SEED = 0


def _source(spec: str) -> Path:
    treebank, split = spec.split(":")
    return paths.ud_file(treebank, split)


def _concat(specs, out: Path, paragraphs: bool = False) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for spec in specs:
            text = _source(spec).read_text(encoding="utf-8").strip("\n")
            handle.write((_in_paragraphs(text) if paragraphs else text) + "\n\n")


def _in_paragraphs(conllu: str) -> str:
    """Marks paragraphs of one to PARAGRAPH_MAX sentences (# newpar), as in news text. Without them the
    tokenizer trains on one endless paragraph and learns nothing of how a paragraph starts: it then
    splits « Marine | Tondelier a affirmé » or « M. | Dupont » at the start of each paragraph."""
    lengths = random.Random(PARAGRAPH_SEED)
    sentences = conllu.split("\n\n")
    left = 0
    for position, sentence in enumerate(sentences):
        if left == 0:
            sentences[position] = "# newpar\n" + sentence
            left = lengths.randint(1, PARAGRAPH_MAX)
        left -= 1
    return "\n\n".join(sentences)


def ud_split_path(split: str, treebank: str = paths.TREEBANK) -> Path:
    """The assembled CoNLL-U file for train, dev or test, laid out like a UD treebank."""
    short = "fr_" + treebank.split("-", 1)[1].lower()
    return paths.CORPORA / "ud" / treebank / f"{short}-ud-{split}.conllu"


def ud_heldout_path(name: str) -> Path:
    return _source(UD_HELDOUT[name])


def build_ud() -> None:
    _concat(UD_TRAIN, ud_split_path("train"))
    _concat(UD_DEV, ud_split_path("dev"))
    _concat([UD_HELDOUT["sequoia"]], ud_split_path("test"))
    _concat(UD_TOKENIZE_TRAIN, ud_split_path("train", paths.TOKENIZE_TREEBANK), paragraphs=True)
    _concat(UD_DEV, ud_split_path("dev", paths.TOKENIZE_TREEBANK), paragraphs=True)
    _concat([UD_HELDOUT["sequoia"]], ud_split_path("test", paths.TOKENIZE_TREEBANK))


def read_bio(path: Path, token_col: int, tag_col: int):
    """Sentences of a tab-separated BIO file, each a list of (token, tag)."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        cols = line.split("\t")
        current.append((cols[token_col], _map_tag(cols[tag_col].strip())))
    if current:
        sentences.append(current)
    return sentences


def _map_tag(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    return f"{prefix}-{NER_TAG_MAP.get(label, label)}"


def wikineural(split: str):
    return read_bio(paths.NER / "wikineural_fr" / f"{split}.conllu", 1, 2)


def newseye(split: str):
    return read_bio(paths.NER / "newseye_fr" / f"fr_newseye.{split}.bio", 0, 1)


def ner_path(name: str) -> Path:
    return paths.CORPORA / "ner" / f"{name}.json"


def _write_ner(sentences, name: str) -> None:
    out = ner_path(name)
    out.parent.mkdir(parents=True, exist_ok=True)
    data = [[{"text": token, "ner": tag} for token, tag in sent] for sent in sentences]
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def build_ner() -> None:
    test = wikineural("test")
    train = wikineural("val") + test[WIKINEURAL_DEV.stop:]
    for split in NEWSEYE_TRAIN:
        train += newseye(split)
    _write_ner(train, "train")
    _write_ner(test[WIKINEURAL_DEV.start:WIKINEURAL_DEV.stop], "dev")
    _write_ner(test[WIKINEURAL_HELDOUT.start:WIKINEURAL_HELDOUT.stop], "heldout_wikineural")
    _write_ner(newseye("test"), "heldout_newseye")


def training_tokens():
    """Every token of the UD and NER training corpora, for ranking the word-vector vocabulary."""
    for spec in UD_TRAIN:
        for line in _source(spec).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                yield cols[1]
    for sent in wikineural("val") + newseye("dev") + newseye("dev2"):
        for token, _ in sent:
            yield token

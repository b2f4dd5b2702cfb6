"""Trains each bundled model with Stanza's own trainers, one step at a time.

Each step skips itself when its model file already exists, so a long rebuild can be
stopped and resumed (`python -m training train STEP`, or `--force` to redo it).
"""
import os
import subprocess
import sys
from pathlib import Path

from training import corpora, paths, vectors

TCMALLOC = Path("/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4")

# Step budgets sized for two CPU cores (see ../shared/docs/training-notes.md).
TOKENIZE_STEPS = 6_000
POS_STEPS = 2_000
POS_PATIENCE = 200  # steps without a better dev score before AMSGrad takes over from the best model, then stops
# The parser trains best over about 8,000 steps: 16 minutes on an H100 GPU, 5 hours or more on two CPU cores.
DEPPARSE_STEPS = 7_600
DEPPARSE_SECOND_STAGE = 6_000  # Adam at 2e-4 takes over from Adadelta, reloading the best model, at this step
# A second run from that parser on one CPU core (23 minutes), with the first half of Sequoia dev added to its data
DEPPARSE_INDOMAIN_STEPS = 1_000
INDOMAIN_WEIGHT = 0.08  # the share of batches drawn from that half: about twice its share of the sentences
NER_STEPS = 8_000
NER_CONTINUE_STEPS = 6_000  # a second run from the 8,000-step model, within one CPU session
LEMMA_EPOCHS = 6
MWT_EPOCHS = 30
# A small parser: the default size is four times slower to train and to run (training notes)
PARSER_SIZE = ("--hidden_dim", 200, "--char_hidden_dim", 200, "--deep_biaff_hidden_dim", 200, "--num_layers", 2,
               "--batch_size", 2000)


def model_path(step: str) -> Path:
    return paths.SAVED / step / f"{paths.SHORTHAND}_{step}.pt"


def _env() -> dict:
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1",
               UDBASE=str(paths.CORPORA / "ud"), DATA_ROOT=str(paths.WORK / "data"))
    if TCMALLOC.exists():  # the tagger and parser spend most CPU time in malloc without it
        env.update(LD_PRELOAD=str(TCMALLOC), TCMALLOC_RELEASE_RATE="0")
    return env


def _stanza(module: str, *args) -> None:
    command = [sys.executable, "-m", module, *map(str, args)]
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, env=_env())


def _ud(split: str) -> Path:
    return corpora.ud_split_path(split)


def _save_args(step: str):
    out = model_path(step)
    return ["--save_dir", out.parent, "--save_name", out.name]


def corpora_step() -> None:
    corpora.build_ud()
    corpora.build_ner()


def pretrain_step() -> None:
    vectors.build()


def tokenize_step() -> None:
    _stanza("stanza.utils.datasets.prepare_tokenizer_treebank", paths.TOKENIZE_TREEBANK)
    _stanza("stanza.utils.training.run_tokenizer", paths.TOKENIZE_TREEBANK, *_save_args("tokenizer"),
            "--no_charlm", "--steps", TOKENIZE_STEPS, "--force")


def mwt_step() -> None:
    _stanza("stanza.utils.datasets.prepare_mwt_treebank", paths.TREEBANK)
    _stanza("stanza.utils.training.run_mwt", paths.TREEBANK, *_save_args("mwt_expander"),
            "--num_epoch", MWT_EPOCHS, "--force")


def pos_step() -> None:
    _stanza("stanza.models.tagger", "--mode", "train", "--lang", "fr", "--shorthand", paths.SHORTHAND,
            "--train_file", _ud("train"), "--eval_file", _ud("dev"), "--output_file", paths.WORK / "pos.dev.pred.conllu",
            "--wordvec_pretrain_file", paths.PRETRAIN, "--batch_size", 100,
            "--max_steps", POS_STEPS, "--eval_interval", 100, "--max_steps_before_stop", POS_PATIENCE,
            "--second_optim_reload", "--second_lr", 1e-3, *_save_args("tagger"))


def retagged(split: str) -> Path:
    return paths.WORK / "retagged" / f"{split}.conllu"


def retag_step() -> None:
    """Replaces the gold tags of the parser's train and dev files by the tagger's, as the parser sees them in use;
    also writes the two halves of the retagged dev file."""
    tagger = model_path("tagger")
    for split in ("train", "dev"):
        retagged(split).parent.mkdir(parents=True, exist_ok=True)
        _stanza("stanza.models.tagger", "--mode", "predict", "--lang", "fr", "--shorthand", paths.SHORTHAND,
                "--eval_file", _ud(split), "--output_file", retagged(split),
                "--wordvec_pretrain_file", paths.PRETRAIN, "--save_dir", tagger.parent, "--save_name", tagger.name)
    sentences = retagged("dev").read_text(encoding="utf-8").strip("\n").split("\n\n")
    half = len(sentences) // 2
    for name, part in (("dev_first_half", sentences[:half]), ("dev_second_half", sentences[half:])):
        retagged(name).write_text("\n\n".join(part) + "\n\n", encoding="utf-8")


def depparse_step() -> None:
    out = model_path("parser")
    _stanza("stanza.models.parser", "--mode", "train", "--lang", "fr", "--shorthand", paths.SHORTHAND,
            "--train_file", retagged("train"), "--eval_file", retagged("dev"),
            "--output_file", paths.WORK / "depparse.dev.pred.conllu", "--wordvec_pretrain_file", paths.PRETRAIN,
            *PARSER_SIZE, "--max_steps", DEPPARSE_STEPS, "--eval_interval", 200, "--max_steps_before_stop", 1000,
            "--second_optim_start_step", DEPPARSE_SECOND_STAGE,
            "--checkpoint_save_name", out.with_suffix(".checkpoint.pt"), *_save_args("parser"))


def depparse_indomain_step() -> None:
    """Continues the parser with Adam at its second stage's rate, adding the first half of Sequoia dev to its
    training data and choosing the best model on the second half. The half goes in as Stanza's « silver » data,
    which keeps the vocabulary of the training file, as --continue_from needs."""
    _stanza("stanza.models.parser", "--mode", "train", "--lang", "fr", "--shorthand", paths.SHORTHAND,
            "--train_file", retagged("train"), "--silver_file", retagged("dev_first_half"),
            "--silver_weight", INDOMAIN_WEIGHT, "--eval_file", retagged("dev_second_half"),
            "--output_file", paths.WORK / "depparse_indomain.dev.pred.conllu", "--wordvec_pretrain_file", paths.PRETRAIN,
            *PARSER_SIZE, "--continue_from", model_path("parser"), "--max_steps", DEPPARSE_INDOMAIN_STEPS,
            "--eval_interval", 100, "--max_steps_before_stop", 500, "--optim", "adam", "--lr", 2e-4,
            "--no_second_optim", "--no_checkpoint", *_save_args("parser_indomain"))


def lemma_step() -> None:
    _stanza("stanza.models.lemmatizer", "--mode", "train", "--shorthand", paths.SHORTHAND,
            "--train_file", _ud("train"), "--eval_file", _ud("dev"),
            "--output_file", paths.WORK / "lemma.dev.pred.conllu",
            "--num_epoch", LEMMA_EPOCHS, *_save_args("lemmatizer"))


def _train_ner(max_steps: int, save_as: str, *extra) -> None:
    _stanza("stanza.models.ner_tagger", "--mode", "train", "--shorthand", paths.SHORTHAND,
            "--train_file", corpora.ner_path("train"), "--eval_file", corpora.ner_path("dev"),
            "--wordvec_pretrain_file", paths.PRETRAIN, "--max_steps", max_steps, "--eval_interval", 1000,
            *extra, *_save_args(save_as))


def ner_step() -> None:
    _train_ner(NER_STEPS, "nertagger")


def ner_continue_step() -> None:
    """Continues the NER model's training from its saved weights: one long run split across sessions."""
    _train_ner(NER_CONTINUE_STEPS, "nertagger_continued", "--finetune", "--finetune_load_name", model_path("nertagger"))


STEPS = {
    "corpora": (corpora_step, corpora.ner_path("train")),
    "pretrain": (pretrain_step, paths.PRETRAIN),
    "tokenize": (tokenize_step, model_path("tokenizer")),
    "mwt": (mwt_step, model_path("mwt_expander")),
    "pos": (pos_step, model_path("tagger")),
    "retag": (retag_step, retagged("dev_second_half")),
    "depparse": (depparse_step, model_path("parser")),
    "depparse_indomain": (depparse_indomain_step, model_path("parser_indomain")),
    "lemma": (lemma_step, model_path("lemmatizer")),
    "ner": (ner_step, model_path("nertagger")),
    "ner_continue": (ner_continue_step, model_path("nertagger_continued")),
}


def run(step: str, force: bool = False) -> None:
    action, output = STEPS[step]
    if output.exists() and not force:
        print(f"{step}: {output} exists, skipped (use --force to retrain)")
        return
    action()

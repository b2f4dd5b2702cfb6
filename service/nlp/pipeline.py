"""Loads the French Stanza pipeline from a model directory, offline.

The directory holds a Stanza `resources.json` and `fr/<processor>/<package>.pt` files:
the bundled `models/` directory, or one made by `stanza.download("fr")`.
"""
import os
import threading
from pathlib import Path
from typing import List

from service.nlp.document import Doc, from_stanza
from service.nlp.sentences import mend
from service.nlp.spacing import spaced

BUNDLED_MODELS = Path(__file__).resolve().parents[2] / "models"
FULL = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
ENTITIES_ONLY = ("tokenize", "mwt", "ner")
TOKENIZE = ["tokenize", "mwt"]  # run first: the sentences are mended before the rest (sentences.py)



class NlpPipeline:
    """One Stanza pipeline, guarded by a lock: Stanza pipelines are not thread-safe."""

    def __init__(self, model_dir=None, use_gpu: bool = False):
        import stanza  # imported here so that a forked worker starts torch only when it loads models

        self.model_dir = Path(model_dir or os.environ.get("GUILLEMET_MODEL_DIR") or BUNDLED_MODELS)
        if not (self.model_dir / "resources.json").exists():
            raise FileNotFoundError(f"no Stanza resources.json in model directory {self.model_dir}")
        from service.nlp.tree_decoding import fast_tree_decoding

        self._lock = threading.Lock()
        self._fast_tree_decoding = fast_tree_decoding
        self._stanza = stanza.Pipeline("fr", dir=str(self.model_dir), processors=",".join(FULL),
                                       download_method=None, use_gpu=use_gpu, logging_level="WARN")

    def annotate_many(self, texts, parse: bool = True) -> List[Doc]:
        """Annotated documents for several texts, processed together: larger batches run faster."""
        processors = list(FULL if parse else ENTITIES_ONLY)
        prepared = [spaced(text) for text in texts]
        with self._lock:
            documents = self._stanza.process_many([spaced_text for spaced_text, _ in prepared], processors=TOKENIZE)
            with self._fast_tree_decoding():  # the same parses, decoded faster
                documents = self._stanza.process_many([mend(document) for document in documents],
                                                      processors=[p for p in processors if p not in TOKENIZE])
        return [from_stanza(text, document, offsets)
                for text, document, (_, offsets) in zip(texts, documents, prepared)]

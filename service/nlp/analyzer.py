"""The NLP core's entry point: text in, Analysis out. Usable without any web framework."""
import json
from pathlib import Path

from service.nlp.document import from_stanza
from service.nlp.entities import group
from service.nlp.extractor import extract
from service.nlp.model import Analysis
from service.nlp.pipeline import NlpPipeline


class Analyzer:
    def __init__(self, model_dir=None, use_gpu: bool = False):
        self.pipeline = NlpPipeline(model_dir, use_gpu)
        self.model_info = read_model_info(self.pipeline.model_dir)

    def analyse(self, text: str, quotes: bool = True, entities: bool = True) -> Analysis:
        """Quotes with their speakers, and named entities, for one text.

        Without `quotes`, the dependency parse is skipped and only entities are returned."""
        if not text.strip():
            return Analysis([], [], [] if entities else None)
        doc = from_stanza(text, self.pipeline.annotate(text, parse=quotes))
        if not quotes:
            return Analysis([], [], group(doc)[0])
        return extract(doc, with_entities=entities)


def read_model_info(model_dir: Path) -> dict:
    """Name and version of a model directory: from bundle.json, else from Stanza's resources.json."""
    bundle = model_dir / "bundle.json"
    if bundle.exists():
        data = json.loads(bundle.read_text(encoding="utf-8"))
        return {"name": data["name"], "version": data["version"]}
    resources = json.loads((model_dir / "resources.json").read_text(encoding="utf-8"))
    return {"name": "stanza-fr", "version": str(resources.get("stanza_version", "unknown"))}

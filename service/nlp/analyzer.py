"""The NLP core's entry point: text in, Analysis out. Usable without any web framework."""
import json
from pathlib import Path
from typing import List

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
        return self.analyse_many([text], quotes, entities)[0]

    def analyse_many(self, texts: List[str], quotes: bool = True, entities: bool = True) -> List[Analysis]:
        """The analyses of several texts, whose NLP runs in one batch."""
        filled = [i for i, text in enumerate(texts) if text.strip()]
        annotated = self.pipeline.annotate_many([texts[i] for i in filled], parse=quotes) if filled else []
        results = [Analysis([], [], [] if entities else None) for _ in texts]
        for index, doc in zip(filled, annotated):
            results[index] = extract(doc, with_entities=entities) if quotes else Analysis([], [], group(doc)[0])
        return results


def read_model_info(model_dir: Path) -> dict:
    """Name and version of a model directory: from bundle.json, else from Stanza's resources.json."""
    bundle = model_dir / "bundle.json"
    if bundle.exists():
        data = json.loads(bundle.read_text(encoding="utf-8"))
        return {"name": data["name"], "version": data["version"]}
    resources = json.loads((model_dir / "resources.json").read_text(encoding="utf-8"))
    return {"name": "stanza-fr", "version": str(resources.get("stanza_version", "unknown"))}

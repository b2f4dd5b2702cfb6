"""The bundled Stanza models load offline and tag French news sensibly."""
import json
from pathlib import Path

import stanza

from service.nlp.pipeline import BUNDLED_MODELS

PARAGRAPH = ("Le porte-parole de la Maison Blanche, John Kirby, a déclaré vendredi à Washington que "
             "les troupes nord-coréennes étaient arrivées en Russie.")


def test_resources_cover_every_processor():
    resources = json.loads((BUNDLED_MODELS / "resources.json").read_text(encoding="utf-8"))["fr"]
    for processor in ("tokenize", "mwt", "pos", "lemma", "depparse", "ner", "pretrain"):
        for package in resources[processor]:
            assert (BUNDLED_MODELS / "fr" / processor / f"{package}.pt").exists()


def test_bundle_files_stay_under_the_size_limit():
    for path in Path(BUNDLED_MODELS).rglob("*.pt"):
        assert path.stat().st_size < 95 * 2**20, path


def test_pipeline_loads_offline_and_finds_people_and_places():
    nlp = stanza.Pipeline("fr", dir=str(BUNDLED_MODELS), download_method=None, logging_level="WARN",
                          processors="tokenize,mwt,pos,lemma,depparse,ner")
    doc = nlp(PARAGRAPH)
    entities = {(e.text, e.type) for e in doc.entities}
    assert ("John Kirby", "PER") in entities
    assert ("Washington", "LOC") in entities
    words = {w.text: w for s in doc.sentences for w in s.words}
    assert words["déclaré"].lemma == "déclarer"
    assert words["déclaré"].upos == "VERB"
    assert words["Kirby"].upos == "PROPN"
    assert sum(1 for w in doc.sentences[0].words if w.deprel == "root") == 1

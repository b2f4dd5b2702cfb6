"""openapi.yaml is generated from the marshmallow schemas; the two must agree."""
from pathlib import Path

import yaml

from service.openapi import OPENAPI_FILE, openapi_yaml


def test_openapi_file_matches_the_schemas():
    assert Path(OPENAPI_FILE).read_text(encoding="utf-8") == openapi_yaml(), \
        "openapi.yaml is stale: run `make openapi`"


def test_openapi_served_and_documents_every_route():
    document = yaml.safe_load(openapi_yaml())
    assert set(document["paths"]) == {"/extract", "/quotes", "/health", "/ready", "/metrics", "/openapi.yaml"}
    assert document["components"]["schemas"]["Quote"]["required"]

"""Builds openapi.yaml from the marshmallow schemas (apispec). `python -m service.openapi` rewrites the file."""
from functools import lru_cache
from pathlib import Path

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin

from service import __version__, schemas

OPENAPI_FILE = Path(__file__).resolve().parent.parent / "openapi.yaml"

ERRORS = {
    "400": "Malformed JSON (malformed_json).",
    "413": "Body over GUILLEMET_MAX_REQUEST_BYTES (payload_too_large), a text over GUILLEMET_MAX_CHARS "
           "(document_too_large) or a batch over GUILLEMET_MAX_DOCUMENTS (too_many_documents).",
    "415": "Body not sent as application/json (unsupported_media_type).",
    "422": "A missing or wrongly typed field (invalid_request); details name the field.",
    "503": "Models still loading (not_ready).",
}

INCLUDE_PARAMETER = {
    "name": "include", "in": "query", "required": False,
    "description": "Comma-separated parts to return: entities, quotes. `entities` alone skips the dependency parse.",
    "schema": {"type": "string", "default": "entities,quotes"},
}


def _analysis_operation(summary: str, result: str) -> dict:
    responses = {"200": {"description": "One result, or {results: [...]} for a batch, in request order.",
                         "content": {"application/json": {"schema": {"oneOf": [
                             {"$ref": f"#/components/schemas/{result}"},
                             {"$ref": "#/components/schemas/BatchResult"}]}}}}}
    responses.update({code: {"description": text, "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/Error"}}}} for code, text in ERRORS.items()})
    return {"summary": summary,
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/AnalyseRequest"}}}},
            "responses": responses}


def _status_operation(summary: str, codes: dict) -> dict:
    return {"get": {"summary": summary, "responses": {
        code: {"description": text, "content": {"application/json": {"schema": {"$ref": ref}}}}
        for code, (text, ref) in codes.items()}}}


@lru_cache(maxsize=1)
def build_spec() -> APISpec:
    spec = APISpec(title="Guillemet", version=__version__, openapi_version="3.0.3",
                   plugins=[MarshmallowPlugin()],
                   info={"description": "Named entities, direct quotes and their speakers in French news text. "
                                        "Every span carries code-point offsets into the text as sent."})
    for name in ("Document", "AnalyseRequest", "Mention", "Speaker", "Quote", "SpeakerGroup", "Entity",
                 "ModelInfo", "Meta", "QuotesResult", "ExtractResult", "ErrorDetail", "Error", "BatchItem",
                 "BatchResult", "Status"):
        spec.components.schema(name, schema=getattr(schemas, f"{name}Schema"))
    extract = _analysis_operation("Entities, quotes and speakers", "ExtractResult")
    extract["parameters"] = [INCLUDE_PARAMETER]
    spec.path("/extract", operations={"post": extract})
    spec.path("/quotes", operations={"post": _analysis_operation("Quotes and speakers", "QuotesResult")})
    status = "#/components/schemas/Status"
    error = "#/components/schemas/Error"
    spec.path("/health", operations=_status_operation("Liveness", {"200": ("Alive", status)}))
    spec.path("/ready", operations=_status_operation("Readiness: models loaded", {
        "200": ("Ready", status), "503": ("Loading, or loading failed", error)}))
    spec.path("/metrics", operations={"get": {"summary": "Prometheus metrics", "responses": {"200": {
        "description": "Prometheus text format", "content": {"text/plain": {"schema": {"type": "string"}}}}}}})
    spec.path("/openapi.yaml", operations={"get": {"summary": "This document", "responses": {"200": {
        "description": "OpenAPI 3 document", "content": {"application/yaml": {"schema": {"type": "string"}}}}}}})
    return spec


def openapi_yaml() -> str:
    return build_spec().to_yaml()


if __name__ == "__main__":
    OPENAPI_FILE.write_text(openapi_yaml(), encoding="utf-8")
    print(f"wrote {OPENAPI_FILE}")

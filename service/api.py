"""The API blueprint: /extract, /quotes, /health, /ready, /metrics, /openapi.yaml."""
import time

from flask import Blueprint, Response, current_app, g, jsonify, request

from service import __version__, metrics, schemas
from service.errors import ApiError, error_body
from service.openapi import openapi_yaml

api = Blueprint("api", __name__)


def _holder():
    return current_app.extensions["guillemet"]


def _settings():
    return current_app.config["GUILLEMET"]


def _payload() -> dict:
    if request.mimetype != "application/json":
        raise ApiError(415, "unsupported_media_type", "send the request body as application/json")
    data = request.get_json(silent=True)
    if data is None:
        raise ApiError(400, "malformed_json", "the request body is not valid JSON")
    return schemas.AnalyseRequestSchema().load(data)


def _include() -> set:
    raw = request.args.get("include", "entities,quotes")
    parts = {p.strip() for p in raw.split(",") if p.strip()}
    if not parts or not parts <= set(schemas.INCLUDES):
        raise ApiError(422, "invalid_request", "include takes a comma-separated list of: entities, quotes",
                       {"include": [raw]})
    return parts


def _analyse(text: str, quotes: bool, entities: bool) -> dict:
    if len(text) > _settings().max_chars:
        raise ApiError(413, "document_too_large",
                       f"a document holds at most {_settings().max_chars} characters", {"characters": len(text)})
    started = time.perf_counter()
    analysis = _holder().analyzer.analyse(text, quotes=quotes, entities=entities)
    result = analysis.to_dict()
    result["meta"] = {"model": _holder().analyzer.model_info, "service_version": __version__,
                      "processing_ms": round((time.perf_counter() - started) * 1000, 1), "characters": len(text)}
    metrics.DOCUMENTS.inc()
    metrics.CHARACTERS.inc(len(text))
    g.documents = g.get("documents", 0) + 1
    g.characters = g.get("characters", 0) + len(text)
    return result


def _batch_item(document: dict, quotes: bool, entities: bool) -> dict:
    if "invalid" in document:
        metrics.ERRORS.labels("invalid_document").inc()
        return {"id": document["id"], **error_body("invalid_document", "the document does not match the schema",
                                                   document["invalid"])}
    try:
        result = _analyse(document["text"], quotes, entities)
    except ApiError as error:
        metrics.ERRORS.labels(error.code).inc()
        return {"id": document.get("id"), **error_body(error.code, error.message, error.details)}
    if "id" in document:
        result["id"] = document["id"]
    return result


def _respond(quotes: bool, entities: bool, schema):
    data = _payload()
    if not _holder().ready:
        raise ApiError(503, "not_ready", "the models are still loading", {"error": _holder().error})
    if "text" in data:
        return jsonify(schema.dump(_analyse(data["text"], quotes, entities)))
    documents = data["documents"]
    if len(documents) > _settings().max_documents:
        raise ApiError(413, "too_many_documents",
                       f"a batch holds at most {_settings().max_documents} documents", {"documents": len(documents)})
    results = [_batch_item(document, quotes, entities) for document in documents]
    return jsonify(schemas.BatchResultSchema().dump({"results": results}))


@api.post("/extract")
def extract():
    """Named entities, quotes and speakers. ?include=entities skips the parse."""
    include = _include()
    if include == {"entities"}:
        return _respond(False, True, schemas.ExtractResultSchema(exclude=("quotes", "speakers")))
    return _respond(True, "entities" in include, schemas.ExtractResultSchema())


@api.post("/quotes")
def quotes():
    """Quotes and speakers."""
    return _respond(True, False, schemas.QuotesResultSchema())


@api.get("/health")
def health():
    return jsonify({"status": "ok"})


@api.get("/ready")
def ready():
    holder = _holder()
    if holder.ready:
        return jsonify({"status": "ready", "model": holder.analyzer.model_info})
    if holder.error:
        raise ApiError(503, "model_load_failed", "the models failed to load", {"error": holder.error})
    raise ApiError(503, "not_ready", "the models are still loading")


@api.get("/metrics")
def prometheus_metrics():
    body, content_type = metrics.render()
    return Response(body, content_type=content_type)


@api.get("/openapi.yaml")
def openapi():
    return Response(openapi_yaml(), content_type="application/yaml")

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


def _check_length(text: str) -> None:
    if len(text) > _settings().max_chars:
        raise ApiError(413, "document_too_large",
                       f"a document holds at most {_settings().max_chars} characters", {"characters": len(text)})


def _analyse(texts, quotes: bool, entities: bool) -> list:
    """Results with meta for texts analysed together; processing time is shared among them."""
    started = time.perf_counter()
    analyses = _holder().analyzer.analyse_many(texts, quotes=quotes, entities=entities)
    share = (time.perf_counter() - started) * 1000 / max(len(texts), 1)
    results = []
    for text, analysis in zip(texts, analyses):
        result = analysis.to_dict()
        if not quotes:
            del result["quotes"], result["speakers"]
        result["meta"] = {"model": _holder().analyzer.model_info, "service_version": __version__,
                          "processing_ms": round(share, 1), "characters": len(text)}
        results.append(result)
    metrics.DOCUMENTS.inc(len(texts))
    metrics.CHARACTERS.inc(sum(map(len, texts)))
    g.documents = g.get("documents", 0) + len(texts)
    g.characters = g.get("characters", 0) + sum(map(len, texts))
    return results


def _item_error(document: dict, code: str, message: str, details) -> dict:
    metrics.ERRORS.labels(code).inc()
    return {"id": document.get("id"), **error_body(code, message, details)}


def _batch(documents: list, quotes: bool, entities: bool) -> list:
    """Each document's result or error, in order; the valid documents are analysed in one batch."""
    results, valid = [], []
    for position, document in enumerate(documents):
        if "invalid" in document:
            results.append(_item_error(document, "invalid_document", "the document does not match the schema",
                                       document["invalid"]))
            continue
        try:
            _check_length(document["text"])
        except ApiError as error:
            results.append(_item_error(document, error.code, error.message, error.details))
            continue
        results.append(None)
        valid.append(position)
    analysed = _analyse([documents[p]["text"] for p in valid], quotes, entities) if valid else []
    for position, result in zip(valid, analysed):
        if "id" in documents[position]:
            result["id"] = documents[position]["id"]
        results[position] = result
    return results


def _respond(quotes: bool, entities: bool, schema):
    data = _payload()
    if not _holder().ready:
        raise ApiError(503, "not_ready", "the models are still loading", {"error": _holder().error})
    if "text" in data:
        _check_length(data["text"])
        return jsonify(schema.dump(_analyse([data["text"]], quotes, entities)[0]))
    documents = data["documents"]
    if len(documents) > _settings().max_documents:
        raise ApiError(413, "too_many_documents",
                       f"a batch holds at most {_settings().max_documents} documents", {"documents": len(documents)})
    return jsonify(schemas.BatchResultSchema().dump({"results": _batch(documents, quotes, entities)}))


@api.post("/extract")
def extract():
    """Named entities, quotes and speakers. ?include=entities skips the parse."""
    include = _include()
    if include == {"entities"}:
        return _respond(False, True, schemas.ExtractResultSchema())
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

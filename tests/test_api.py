"""The HTTP API, through the real app and models."""
from service.nlp.entities import fold


def _post(client, path, payload, **kwargs):
    return client.post(path, json=payload, **kwargs)


def test_seed_article_quotes_and_kirby(client, seed):
    response = _post(client, "/quotes", {"text": seed["text"]})
    assert response.status_code == 200
    body = response.get_json()
    texts = [q["text"] for q in body["quotes"]]
    for gold in seed["quotes"]:
        assert gold["text"] in texts, gold["text"]
    kirby = next(q for q in body["quotes"] if q["text"].startswith("Il est possible que plus de 3 000"))
    assert kirby["speaker"]["name"] == "John Kirby"
    assert kirby["kind"] == "direct"
    assert kirby["cue"]["text"] == "a-t-il déclaré"
    assert "entities" not in body
    assert body["meta"]["model"]["name"]


def test_offsets_slice_back_to_the_returned_text(client, seed):
    text = "Préambule 🇫🇷 avec émoji.\n\n" + seed["text"]
    body = _post(client, "/extract", {"text": text}).get_json()
    spans = []
    for quote in body["quotes"]:
        spans.append(quote)
        spans += [s for s in (quote["cue"], (quote["speaker"] or {}).get("mention")) if s]
    for entity in body["entities"]:
        spans += entity["mentions"]
    assert spans
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]


def test_extract_groups_entity_mentions(client, seed):
    body = _post(client, "/extract", {"text": seed["text"]}).get_json()
    people = {e["name"]: e for e in body["entities"] if e["type"] == "PER"}
    assert "John Kirby" in people
    assert {"John Kirby", "Kirby"} <= {m["text"] for m in people["John Kirby"]["mentions"]}
    kirby = next(q for q in body["quotes"] if q["text"].startswith("Il est possible"))
    assert kirby["speaker"]["entity_id"] == people["John Kirby"]["id"]
    assert any(fold(s["name"]) == fold("John Kirby") for s in body["speakers"])


def test_entities_only_skips_quotes(client, seed):
    body = _post(client, "/extract?include=entities", {"text": seed["text"]}).get_json()
    assert "quotes" not in body and body["entities"]


def test_batch_answers_in_order_and_isolates_bad_items(client):
    documents = [{"id": "a", "text": "« Nous partons », a déclaré Marie Dupont."},
                 {"id": "b"},
                 {"id": "c", "text": 12},
                 {"id": "d", "text": "x" * 20_001}]
    body = _post(client, "/quotes", {"documents": documents}).get_json()
    results = body["results"]
    assert [r.get("id") for r in results] == ["a", "b", "c", "d"]
    assert results[0]["quotes"][0]["text"] == "Nous partons"
    assert results[1]["error"]["code"] == "invalid_document" and "text" in results[1]["error"]["details"]
    assert results[2]["error"]["code"] == "invalid_document"
    assert results[3]["error"]["code"] == "document_too_large"


def test_error_responses_are_json_with_codes(client):
    cases = [
        (client.post("/quotes", data="{not json", content_type="application/json"), 400, "malformed_json"),
        (client.post("/quotes", data="text", content_type="text/plain"), 415, "unsupported_media_type"),
        (client.post("/quotes", json={"text": 3}), 422, "invalid_request"),
        (client.post("/quotes", json={}), 422, "invalid_request"),
        (client.post("/quotes", json=["text"]), 422, "invalid_request"),
        (client.post("/quotes", json={"text": "a", "documents": []}), 422, "invalid_request"),
        (client.post("/quotes", json={"text": "x" * 20_001}), 413, "document_too_large"),
        (client.post("/quotes", json={"documents": [{"text": "a"}] * 5}), 413, "too_many_documents"),
        (client.post("/quotes", data="x" * 300_000, content_type="application/json"), 413, "payload_too_large"),
        (client.post("/extract?include=nothing", json={"text": "a"}), 422, "invalid_request"),
        (client.get("/nowhere"), 404, "not_found"),
        (client.get("/quotes"), 405, "method_not_allowed"),
    ]
    for response, status, code in cases:
        assert response.status_code == status, (code, response.get_data(as_text=True))
        assert response.is_json
        assert response.get_json()["error"]["code"] == code
    assert "text" in client.post("/quotes", json={"text": 3}).get_json()["error"]["details"]


def test_empty_and_quote_free_texts(client):
    for text in ["", "   ", "Aucune citation ici.", "« jamais fermé", "»«"]:
        response = _post(client, "/extract", {"text": text})
        assert response.status_code == 200, text
        body = response.get_json()
        for quote in body["quotes"]:
            assert text[quote["start"]:quote["end"]] == quote["text"]


def test_health_ready_metrics(client):
    assert client.get("/health").get_json() == {"status": "ok"}
    ready = client.get("/ready")
    assert ready.status_code == 200 and ready.get_json()["status"] == "ready"
    _post(client, "/quotes", {"text": "« Oui », dit-il."})
    metrics = client.get("/metrics").get_data(as_text=True)
    assert "guillemet_requests_total" in metrics and "guillemet_documents_total" in metrics
    assert "X-Request-ID" in client.get("/health").headers


def test_ready_is_503_before_models_load():
    from service.app import create_app
    from service.config import Settings

    app = create_app(Settings(load_models=False))
    client = app.test_client()
    assert client.get("/health").status_code == 200
    response = client.get("/ready")
    assert response.status_code == 503 and response.get_json()["error"]["code"] == "not_ready"
    assert client.post("/quotes", json={"text": "a"}).status_code == 503

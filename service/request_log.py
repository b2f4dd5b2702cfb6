"""One JSON log line per request: request id, route, status, duration. Never the article text."""
import json
import logging
import sys
import time
import uuid

from flask import Flask, g, request

from service import metrics

logger = logging.getLogger("guillemet.access")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"), "level": record.levelname,
                 "logger": record.name, "message": record.getMessage()}
        entry.update(getattr(record, "fields", {}))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)


def register(app: Flask) -> None:
    @app.before_request
    def start_timer():
        g.started = time.perf_counter()
        g.request_id = request.headers.get("X-Request-ID") or uuid.uuid4().hex

    @app.after_request
    def log_request(response):
        duration = time.perf_counter() - g.get("started", time.perf_counter())
        route = request.url_rule.rule if request.url_rule else "unmatched"
        metrics.REQUESTS.labels(route, request.method, str(response.status_code)).inc()
        metrics.LATENCY.labels(route).observe(duration)
        if response.status_code >= 400 and response.is_json:
            metrics.ERRORS.labels((response.get_json(silent=True) or {}).get("error", {}).get("code", "unknown")).inc()
        response.headers["X-Request-ID"] = g.get("request_id", "")
        logger.info("request", extra={"fields": {
            "request_id": g.get("request_id"), "method": request.method, "route": route,
            "status": response.status_code, "duration_ms": round(duration * 1000, 1),
            "documents": g.get("documents", 0), "characters": g.get("characters", 0)}})
        return response

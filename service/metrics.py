"""Prometheus metrics. Under gunicorn with PROMETHEUS_MULTIPROC_DIR set, workers' values are aggregated."""
import os

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client import multiprocess

REQUESTS = Counter("guillemet_requests_total", "HTTP requests", ["route", "method", "status"])
LATENCY = Histogram("guillemet_request_duration_seconds", "HTTP request latency", ["route"],
                    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60))
ERRORS = Counter("guillemet_errors_total", "Error responses and failed batch items", ["code"])
DOCUMENTS = Counter("guillemet_documents_total", "Documents analysed")
CHARACTERS = Counter("guillemet_characters_total", "Characters analysed")


def render() -> tuple:
    """The metrics in Prometheus text format, and its content type."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(), CONTENT_TYPE_LATEST

"""Holds the worker's Analyzer, loaded once in a background thread so that /health answers at once
and /ready turns 200 when the models are in memory."""
import logging
import threading
from typing import Optional

from service.config import Settings

logger = logging.getLogger(__name__)


class AnalyzerHolder:
    def __init__(self):
        self.analyzer = None
        self.error: Optional[str] = None
        self._thread: Optional[threading.Thread] = None

    @property
    def ready(self) -> bool:
        return self.analyzer is not None

    def start(self, settings: Settings) -> None:
        self._thread = threading.Thread(target=self._load, args=(settings,), name="model-loader", daemon=True)
        self._thread.start()

    def wait(self, timeout: Optional[float] = None) -> bool:
        if self._thread is not None:
            self._thread.join(timeout)
        return self.ready

    def _load(self, settings: Settings) -> None:
        from service.nlp.analyzer import Analyzer

        try:
            self.analyzer = Analyzer(settings.model_dir, settings.use_gpu)
            logger.info("models loaded", extra={"fields": {"model": self.analyzer.model_info}})
        except Exception as error:  # reported by /ready, never raised into a request
            self.error = f"{type(error).__name__}: {error}"
            logger.exception("model loading failed")

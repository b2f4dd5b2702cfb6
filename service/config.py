"""Service settings, read from environment variables (documented in README.md)."""
import os
from dataclasses import dataclass
from typing import Optional


def _int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


@dataclass(frozen=True)
class Settings:
    model_dir: Optional[str] = None         # GUILLEMET_MODEL_DIR; None: the bundled models/
    max_chars: int = 100_000                # GUILLEMET_MAX_CHARS: characters per document
    max_documents: int = 64                 # GUILLEMET_MAX_DOCUMENTS: documents per batch
    max_request_bytes: int = 8_000_000      # GUILLEMET_MAX_REQUEST_BYTES: request body size
    load_models: bool = True                # load the NLP pipeline when the app is created
    use_gpu: bool = False                   # GUILLEMET_USE_GPU=1

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            model_dir=os.environ.get("GUILLEMET_MODEL_DIR") or None,
            max_chars=_int("GUILLEMET_MAX_CHARS", cls.max_chars),
            max_documents=_int("GUILLEMET_MAX_DOCUMENTS", cls.max_documents),
            max_request_bytes=_int("GUILLEMET_MAX_REQUEST_BYTES", cls.max_request_bytes),
            use_gpu=os.environ.get("GUILLEMET_USE_GPU", "") in ("1", "true", "yes"),
        )

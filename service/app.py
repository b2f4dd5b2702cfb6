"""Application factory."""
from typing import Optional

from flask import Flask

from service import errors, request_log
from service.api import api
from service.config import Settings
from service.runtime import AnalyzerHolder


def create_app(settings: Optional[Settings] = None) -> Flask:
    settings = settings or Settings.from_env()
    app = Flask(__name__)
    app.config["GUILLEMET"] = settings
    app.config["MAX_CONTENT_LENGTH"] = settings.max_request_bytes
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    holder = AnalyzerHolder()
    app.extensions["guillemet"] = holder
    errors.register(app)
    request_log.register(app)
    app.register_blueprint(api)
    if settings.load_models:
        holder.start(settings)
    return app

"""Shared fixtures: the real app with the real bundled models, loaded once per test session."""
import json
from pathlib import Path

import pytest

from service.app import create_app
from service.config import Settings

FIXTURES = Path(__file__).parent / "fixtures"
LOAD_TIMEOUT = 300


@pytest.fixture(scope="session")
def app():
    application = create_app(Settings(max_chars=20_000, max_documents=4, max_request_bytes=200_000))
    assert application.extensions["guillemet"].wait(LOAD_TIMEOUT), application.extensions["guillemet"].error
    return application


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def analyzer(app):
    return app.extensions["guillemet"].analyzer


@pytest.fixture(scope="session")
def seed():
    return json.loads((FIXTURES / "seed.json").read_text(encoding="utf-8"))

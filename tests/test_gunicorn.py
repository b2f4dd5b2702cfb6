"""End to end: gunicorn itself, started as in production, called over HTTP on loopback."""
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent
READY_TIMEOUT = 300


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = _free_port()
    env = dict(os.environ, PORT=str(port), GUNICORN_WORKERS="1", GUNICORN_THREADS="2")
    gunicorn = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen([str(gunicorn), "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            assert process.poll() is None, process.stdout.read()
            try:
                if requests.get(base + "/ready", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            time.sleep(1)
        else:
            pytest.fail("gunicorn never became ready")
        yield base, process
    finally:
        process.terminate()
        process.wait(timeout=60)


def test_seed_quotes_over_http(server, seed):
    base, _ = server
    response = requests.post(base + "/quotes", json={"text": seed["text"]}, timeout=120)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/json")
    names = {q["speaker"]["name"] for q in response.json()["quotes"] if q["speaker"]}
    assert "John Kirby" in names


def test_errors_over_http_are_json(server):
    base, _ = server
    response = requests.post(base + "/quotes", data="{oops", headers={"Content-Type": "application/json"}, timeout=10)
    assert response.status_code == 400 and response.json()["error"]["code"] == "malformed_json"
    assert requests.get(base + "/metrics", timeout=10).text.count("guillemet_requests_total") >= 1


def test_logs_are_json_lines_without_article_text(server, seed):
    base, process = server
    requests.post(base + "/quotes", json={"text": "« Texte secret », a dit Paul Durand."}, timeout=60)
    process.terminate()
    output, _ = process.communicate(timeout=60)
    lines = [line for line in output.splitlines() if '"route"' in line]
    assert lines, output
    assert all(line.startswith("{") for line in lines)
    assert "Texte secret" not in output

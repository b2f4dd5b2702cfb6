"""WSGI entry point for gunicorn: one app, and one model load, per worker."""
from service.app import create_app

app = create_app()

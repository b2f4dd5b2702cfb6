"""Turns every error into one JSON shape: {"error": {"code", "message", "details"}}."""
import logging

from flask import Flask, jsonify
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException

logger = logging.getLogger(__name__)

HTTP_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "payload_too_large",
              415: "unsupported_media_type", 422: "invalid_request", 503: "not_ready"}


class ApiError(Exception):
    """An error the API reports to its caller."""

    def __init__(self, status: int, code: str, message: str, details=None):
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details


def error_body(code: str, message: str, details=None) -> dict:
    return {"error": {"code": code, "message": message, "details": details}}


def _respond(status: int, code: str, message: str, details=None):
    response = jsonify(error_body(code, message, details))
    response.status_code = status
    return response


def register(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def api_error(error: ApiError):
        return _respond(error.status, error.code, error.message, error.details)

    @app.errorhandler(ValidationError)
    def validation_error(error: ValidationError):
        return _respond(422, "invalid_request", "the request does not match the schema", error.messages)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        status = error.code or 500
        response = _respond(status, HTTP_CODES.get(status, "http_error"), error.description or error.name)
        if status == 405 and error.valid_methods:
            response.headers["Allow"] = ", ".join(error.valid_methods)
        return response

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        logger.exception("unhandled error")
        return _respond(500, "internal_error", "the service failed to process the request")

"""The NLP core: no web framework here, usable from Python, a CLI or a test."""

"""Guillemet: named entities, direct quotes and their speakers in French news text."""

__version__ = "0.1.0"

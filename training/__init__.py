"""Rebuilds Guillemet's bundled French Stanza models from ../shared/data."""

"""Turning a VIBE report's text export into a Report (and its YAML)."""

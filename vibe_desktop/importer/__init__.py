"""Turning a VIBE report's text export into a Report (and its YAML)."""

from vibe_desktop.importer.errors import ImportFailure
from vibe_desktop.importer.pipeline import import_bytes, import_text

__all__ = ["ImportFailure", "import_bytes", "import_text"]

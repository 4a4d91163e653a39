"""Turning a VIBE report's text export into a Report (and its YAML)."""

from vibe_desktop.importer.errors import ImportCancelledError, ImportFailureError
from vibe_desktop.importer.pipeline import Cancelled, Progress, import_bytes, import_text

__all__ = ["Cancelled", "ImportCancelledError", "ImportFailureError", "Progress", "import_bytes",
           "import_text"]

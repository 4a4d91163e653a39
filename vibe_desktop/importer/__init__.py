"""Turning a VIBE report's text export into a Report (and its YAML)."""

from vibe_desktop.importer.errors import ImportCancelled, ImportFailureError
from vibe_desktop.importer.pipeline import Cancelled, Progress, import_bytes, import_text

__all__ = ["Cancelled", "ImportCancelled", "ImportFailureError", "Progress", "import_bytes",
           "import_text"]

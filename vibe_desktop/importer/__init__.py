"""Turning a VIBE report's text export into a Report (and its YAML)."""

from vibe_desktop.importer.errors import ImportCancelled, ImportFailure
from vibe_desktop.importer.pipeline import Cancelled, Progress, import_bytes, import_text

__all__ = ["Cancelled", "ImportCancelled", "ImportFailure", "Progress", "import_bytes",
           "import_text"]

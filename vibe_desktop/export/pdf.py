"""The one atomic PDF writer: a QPdfWriter on a temporary file beside the target, then replace.

A failed export (a full disk, an error while painting) leaves the previous file untouched
and no temporary file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtGui import QPageLayout, QPdfWriter

from vibe_desktop.core.model import Report

T = TypeVar("T")


def write_pdf(path: str | os.PathLike[str], report: Report, layout: QPageLayout,
              resolution: int, paint: Callable[[QPdfWriter], T]) -> T:
    """Create ``path`` as a PDF titled after ``report``, with ``paint(writer)`` drawing its
    pages; returns what ``paint`` returns."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".pdf", dir=target.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setTitle(f"{report.title} — {report.country} {report.edition}")
        writer.setCreator("VIBE Desktop")
        writer.setResolution(resolution)
        writer.setPageLayout(layout)
        result = paint(writer)
        del writer  # closes the file
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return result

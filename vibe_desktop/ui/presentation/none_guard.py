"""Work around shiboken6 6.12 on Python 3.11: every void Qt call drops one reference to None.

On Python < 3.12 None is not immortal, so after a few thousand such calls (one pagination
of a deck makes ~2000) the interpreter aborts with "deallocating None". If the bug is
detected, None's reference count is raised once by a large margin, which is what Python
3.12+ does for every immortal object. Process-wide; harmless to call more than once.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)
_MARGIN = 1 << 40
_done = False


def leaks_none() -> bool:
    """Whether calling a void PySide6 method loses a reference to None."""
    from PySide6.QtCore import QRectF

    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(16):
        rect.setWidth(1.0)
    return sys.getrefcount(None) <= before - 8


def protect_none() -> bool:
    """Make None effectively immortal if this PySide6 leaks it; True if it did so."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not leaks_none():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _MARGIN
    _done = True
    log.info("shiboken6 drops references to None on void calls; None protected")
    return True

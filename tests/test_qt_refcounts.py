"""The installed PySide6 must not drop references to None or True (PySide6 6.12.0 did).

On Python 3.11 None, True and False are ordinary objects; PySide6-Essentials 6.12.0 took
one reference away from None on every void Qt call and from True/False on every emitted
bool, so after a few thousand calls the interpreter aborted ("deallocating None"). The
dependency is pinned below 6.12; this test fails clearly if a leaking build comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QRectF, Signal


class _Emitter(QObject):
    flag = Signal(bool)


def test_void_calls_keep_references_to_none() -> None:
    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(200):
        rect.setWidth(1.0)
    assert sys.getrefcount(None) >= before - 20, "this PySide6 leaks references to None"


def test_emitting_bools_keeps_references_to_true_and_false() -> None:
    emitter = _Emitter()
    seen: list[bool] = []
    emitter.flag.connect(seen.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(200):
        emitter.flag.emit(i % 2 == 0)
    seen.clear()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after[0] >= before[0] - 20 and after[1] >= before[1] - 20, (
        "this PySide6 leaks references to True/False"
    )

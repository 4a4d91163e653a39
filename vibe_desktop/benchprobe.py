"""Benchmark probe: print a timestamp on the window's first paint, then quit (start-up time)."""

from __future__ import annotations

import os
import time

BENCH_ENV = "VIBE_DESKTOP_BENCH_EXIT_AFTER_PAINT"
FIRST_PAINT_TAG = "VIBE_FIRST_PAINT"


def arm_first_paint_probe(widget: object) -> bool:
    """If VIBE_DESKTOP_BENCH_EXIT_AFTER_PAINT=1: print a timestamp on widget's first paint, quit.

    The line printed is ``VIBE_FIRST_PAINT <time.monotonic()>`` (a clock shared by every
    process on the machine, so the benchmark compares it with its own start time). The app
    quits two event-loop turns later, so work queued for "right after the first paint"
    (features) has run when the benchmark reads the peak memory. Does nothing otherwise.
    """
    if os.environ.get(BENCH_ENV) != "1":
        return False
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

    assert isinstance(widget, QWidget)
    target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
    if target.property("vibe_first_paint_probe"):
        return True
    target.setProperty("vibe_first_paint_probe", True)

    class _Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.property("done"):
                self.setProperty("done", True)
                print(f"{FIRST_PAINT_TAG} {time.monotonic():.6f}", flush=True)
                QTimer.singleShot(0, lambda: QTimer.singleShot(0, QApplication.quit))
            return False

    probe = _Probe(target)
    target.installEventFilter(probe)
    return True


def arm_when_the_loop_starts() -> None:
    """Benchmark mode only: arm the probe on the main window's detail pane as exec() starts.

    This keeps the measurement independent of app.py; app.py may also call
    arm_first_paint_probe(window.detail) itself (arming twice is harmless).
    """
    from PySide6.QtWidgets import QApplication

    original = QApplication.exec

    def exec_with_probe(*_self: object) -> int:
        QApplication.exec = original  # type: ignore[method-assign]
        for widget in QApplication.topLevelWidgets():
            detail = getattr(widget, "detail", None)
            if detail is not None:
                arm_first_paint_probe(detail)
                break
        return int(original())

    QApplication.exec = exec_with_probe  # type: ignore[method-assign]

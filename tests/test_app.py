"""Application start-up helpers: the window icon, set once the first page is painted."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from vibe_desktop import app


def test_set_window_icon_gives_the_application_the_bundled_icon(qapp: QApplication) -> None:
    before = QApplication.windowIcon()
    QApplication.setWindowIcon(QIcon())
    try:
        assert app.set_window_icon(qapp)
        icon = QApplication.windowIcon()
        assert not icon.isNull()
        assert not icon.pixmap(32, 32).isNull()  # the SVG really draws
    finally:
        QApplication.setWindowIcon(before)

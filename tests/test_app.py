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


def test_mentions_pyside_answers_as_pyside_own_check(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import importlib
    import json
    import sys

    feature = sys.modules["shibokensupport.feature"]
    original = feature._mod_uses_pyside
    names = ["vibe_desktop.ui.main_window", "vibe_desktop.core.model", "vibe_desktop.app",
             "json", "sys", "PySide6.QtCore", "typing", "tests.factories"]
    modules = [importlib.import_module(name) for name in names] + [json.decoder]
    answers = [app.mentions_pyside(module) for module in modules]
    assert answers == [original(module) for module in modules]
    assert answers[:3] == [True, False, True]  # each side is really exercised
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)  # restored after the test
    assert app.speed_up_pyside_import_hook()
    assert feature._mod_uses_pyside is app.mentions_pyside

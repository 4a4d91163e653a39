"""The saved layout: geometry, window state and splitter survive a save and a restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter

from vibe_desktop.ui.shell.window_state import restore_layout, save_layout
from vibe_desktop.userdata.settings import Settings


def _window(qtbot) -> tuple[QMainWindow, QSplitter]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    splitter.addWidget(QLabel("tree"))
    splitter.addWidget(QLabel("text"))
    window.setCentralWidget(splitter)
    qtbot.addWidget(window)
    window.resize(800, 500)
    window.show()
    return window, splitter


def test_layout_round_trips_through_settings(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, splitter = _window(qtbot)
    splitter.setSizes([200, 600])
    settings = Settings(str(tmp_path / "settings.ini"))
    save_layout(window, splitter, settings)
    settings.sync()
    again, again_splitter = _window(qtbot)
    restore_layout(again, again_splitter, Settings(str(tmp_path / "settings.ini")))
    assert again_splitter.sizes()[0] == splitter.sizes()[0]


def test_nothing_saved_changes_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, splitter = _window(qtbot)
    before = window.size(), splitter.sizes()
    restore_layout(window, splitter, Settings(str(tmp_path / "empty.ini")))
    assert (window.size(), splitter.sizes()) == before

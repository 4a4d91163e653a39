"""F6 / Shift+F6 move between the panes; the focused pane has a frame."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDockWidget, QLineEdit, QVBoxLayout, QWidget

from tests.ui.reader_helpers import make_window
from vibe_desktop.ui.shell.focus import first_focusable


def test_f6_cycles_tree_text_and_docks(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path)
    panel = QWidget()
    field = QLineEdit(panel)
    QVBoxLayout(panel).addWidget(field)
    dock = window.add_panel(panel, "Extra")
    dock.show()
    qtbot.waitUntil(dock.isVisible)
    cycler = window.actions_.panes
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    assert cycler.cycle(1) is window.detail
    qtbot.waitUntil(window.detail.hasFocus)
    assert cycler.frame.isVisible() and cycler.frame.target is window.detail
    assert cycler.frame.geometry().size() == window.detail.size()
    assert cycler.cycle(1) is field
    qtbot.waitUntil(field.hasFocus)
    assert cycler.frame.target is panel
    assert cycler.cycle(1) is window.tree
    assert cycler.cycle(-1) is field
    assert isinstance(dock, QDockWidget)


def test_first_focusable_skips_containers(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = QWidget()
    field = QLineEdit(panel)
    QVBoxLayout(panel).addWidget(field)
    qtbot.addWidget(panel)
    panel.show()
    assert first_focusable(panel) is field

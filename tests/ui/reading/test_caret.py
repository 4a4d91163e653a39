"""Caret browsing (F7): keys move a visible caret and select real text in the reading pane."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from tests.ui.reader_helpers import make_window
from vibe_desktop.ui.reading.accessible import interface_of

RID = "testland-2030"


def test_f7_toggles_a_caret_that_selects_by_keyboard(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path)
    window.open_anchor(f"{RID}/i6")
    pane = window.detail
    action = window.findChild(QAction, "caret-browsing")
    assert action is not None and "F7" in [k.toString() for k in action.shortcuts()]
    action.trigger()
    assert pane.caret.enabled and action.isChecked()
    assert pane.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    qtbot.waitUntil(pane.hasFocus)
    qtbot.keyClick(pane, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert pane.textCursor().position() == 0
    for _ in range(3):
        qtbot.keyClick(pane, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier
                       | Qt.KeyboardModifier.ControlModifier)
    cursor = pane.textCursor()
    assert cursor.hasSelection() and cursor.selectionStart() == 0
    iface = interface_of(pane)
    assert iface is not None
    assert iface.cursorPosition() == iface.spoken().to_spoken(cursor.position())
    qtbot.keyClick(pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert pane.textCursor().position() == pane.document().characterCount() - 1
    action.trigger()
    assert not pane.caret.enabled
    assert not pane.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_anchor_at_caret_names_the_paragraph(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path)
    window.open_anchor(f"{RID}/i6/p2")
    assert window.detail.anchor_at_caret() == f"{RID}/i6/p2"


@pytest.mark.qt_log_ignore("This plugin does not support raise",
                           "This plugin does not support grabbing")
def test_shift_f10_opens_the_context_menu_with_its_first_item_active(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path)
    window.open_anchor(f"{RID}/i6")
    pane = window.detail
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    qtbot.keyClick(pane, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = pane._context_menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    assert menu.activeAction() is not None and menu.activeAction().isEnabled()
    menu.close()

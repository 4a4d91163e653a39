"""The menu bar's named sections: actions land in their section, in section order, wherever
they are added from."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from vibe_desktop.ui.shell.actions import MENU_SECTIONS, MenuBar, make_action, shortcuts_text


def _names(bar: MenuBar, menu: str) -> list[str]:
    return [a.objectName() for a in bar.menus[menu].actions() if not a.isSeparator()]


def test_actions_go_to_their_section_whatever_the_order_of_adding(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = MenuBar(window)
    assert list(bar.menus) == list(MENU_SECTIONS)
    bar.add("file", "quit", [make_action(window, "Quit", lambda: None, name="quit")])
    bar.add("file", "export", [make_action(window, "Export", lambda: None, name="export")])
    bar.add("file", "library", [make_action(window, "Add", lambda: None, name="add")])
    bar.add("file", "export", [make_action(window, "Export 2", lambda: None, name="export2")])
    assert _names(bar, "file") == ["add", "export", "export2", "quit"]
    with pytest.raises(KeyError):
        bar.add("file", "nowhere", [QAction("x", window)])


def test_make_action_keeps_each_key_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    action = make_action(window, "&Zoom In", lambda: None, ["Ctrl++", "Ctrl+=", "Ctrl++"], "zoom")
    assert [k.toString() for k in action.shortcuts()] == ["Ctrl++", "Ctrl+="]
    bar = MenuBar(window)
    bar.add("view", "zoom", [action])
    assert "Zoom In: Ctrl++, Ctrl+=" in shortcuts_text(bar.menus.values())

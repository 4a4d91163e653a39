"""The panel rules: one toggle per panel with its shortcut, tabs on small windows, room for the
text, Esc back to the text, the contents toggle, open panels reopened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTreeView

from tests.ui.reader_helpers import make_window
from vibe_desktop.ui.shell.docks import MIN_PANEL, MIN_TREE, make_room, tabbed


def test_make_room_narrows_the_panel_first_then_the_tree() -> None:
    assert make_room(1920, 320, 440, 420) == (320, 440)   # room for all
    assert make_room(1024, 320, 440, 420) == (320, 284)   # the panel gives way
    tree, panel = make_room(800, 320, 440, 420)
    assert panel == MIN_PANEL and tree == max(MIN_TREE, 800 - MIN_PANEL - 420)
    assert make_room(1024, 0, 440, 420) == (0, 440)  # no tree: room enough


def test_small_windows_tab_their_panels() -> None:
    assert tabbed(1024, 600) and tabbed(1366, 768) and tabbed(960, 540)
    assert not tabbed(1920, 1050)


def _titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text() for a in window.menu("view").actions() if not a.isSeparator()]


def test_one_toggle_per_panel_with_its_shortcut(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path)
    opened = []

    def opener() -> None:
        if not opened:
            opened.append(window.add_panel(QTreeView(), "Notes and Bookmarks"))
        opened[0].show()

    toggle = window.add_panel_opener("Notes and Bookmarks", opener, "Ctrl+Shift+B")
    assert toggle.shortcut().toString() == "Ctrl+Shift+B"
    toggle.trigger()
    assert opened[0].isVisible() and toggle.isChecked()
    assert _titles(window).count("Notes and Bookmarks") == 1
    toggle.trigger()  # the same key hides it again
    assert not opened[0].isVisible() and not toggle.isChecked()


def test_small_windows_tab_panels_and_keep_the_text_readable(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path)
    window.resize(1024, 560)
    first = window.add_panel(QTreeView(), "Search")
    second = window.add_panel(QTreeView(), "Notes")
    qtbot.waitUntil(lambda: second.isVisible())
    assert second in window.tabifiedDockWidgets(first)
    qtbot.waitUntil(lambda: window.detail.width() >= window.panels.text_width())


def test_esc_returns_to_the_text_and_closes_transient_panels(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path)
    field = QLineEdit()
    search = window.add_panel(field, "Search", transient=True)
    notes_view = QTreeView()
    notes = window.add_panel(notes_view, "Notes")
    notes.raise_()
    qtbot.waitUntil(notes.isVisible)
    notes_view.setFocus()
    qtbot.keyClick(notes_view, Qt.Key.Key_Escape)
    assert notes.isVisible() and window.detail.hasFocus()
    search.show()
    search.raise_()
    qtbot.waitUntil(search.isVisible)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not search.isVisible() and window.detail.hasFocus()


def test_view_contents_toggles_the_tree_and_is_remembered(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path)
    assert "Contents" in [t.replace("&", "") for t in _titles(window)]
    window.contents_action.trigger()
    assert window.tree.isHidden()
    window.close()
    again = make_window(qtbot, tmp_path, resize=False)
    assert again.tree.isHidden() and not again.contents_action.isChecked()
    again.focus_tree()  # F6 brings it back
    assert not again.tree.isHidden()


def test_open_panels_reopen_at_the_next_start(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def install(window):  # type: ignore[no-untyped-def]
        docks = []

        def opener() -> None:
            if not docks:
                docks.append(window.add_panel(QTreeView(), "Notes"))
            docks[0].show()

        window.add_panel_opener("Notes", opener)
        return docks

    first = make_window(qtbot, tmp_path)
    install(first)
    first.panels.toggles["dock-notes"].trigger()
    first.close()
    second = make_window(qtbot, tmp_path, resize=False)
    docks = install(second)
    second.ensure_features()  # no features here: only reopens the panels
    assert docks and docks[0].isVisible()


def test_a_wide_panel_on_a_small_window_hides_the_tree_till_closed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    window = make_window(qtbot, tmp_path)
    window.resize(800, 560)
    wide = QLabel("x" * 120)  # a panel that cannot be narrower than ~800 px
    dock = window.add_panel(wide, "Wide")
    qtbot.waitUntil(window.tree.isHidden)
    assert not window.contents_action.isChecked()
    assert "F9" in window.statusBar().currentMessage()
    dock.hide()
    qtbot.waitUntil(lambda: not window.tree.isHidden())


def test_a_panel_keeps_its_name_in_every_language(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path)
    opened = []

    def opener() -> None:
        if not opened:
            opened.append(window.add_panel(QTreeView(), "Заметки и закладки", name="dock-notes"))
        opened[0].show()

    toggle = window.add_panel_opener("Заметки и закладки", opener, name="dock-notes")
    toggle.trigger()
    assert opened[0].objectName() == "dock-notes" and toggle.objectName() == "toggle-dock-notes"
    assert window.add_panel(QTreeView(), "Поиск").objectName() == "dock-поиск"  # no name: title

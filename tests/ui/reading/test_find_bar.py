"""Find in page: Ctrl+F opens the bar, every match painted, next/previous, count, Esc closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.ui.reader_helpers import show_window
from vibe_desktop import paths
from vibe_desktop.core.library import Library
from vibe_desktop.ui.reading import find_bar
from vibe_desktop.ui.shell.main_window import MainWindow
from vibe_desktop.userdata.settings import Settings

ID = "kazakhstan-2022"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    library = Library.discover(paths.bundled_report_files(), tmp_path / "reports")
    settings = Settings(str(tmp_path / "settings.ini"))
    return show_window(qtbot, library, f"{ID}/i6", install=find_bar.install, settings=settings)


def _painted(win: MainWindow) -> list[str]:
    return [s.cursor.selectedText() for s in win.detail.extraSelections()]


def test_ctrl_f_finds_every_match_ignoring_case(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.detail, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar: find_bar.FindBar = window.feature("find")  # type: ignore[assignment]
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "MEDIA")
    page = window.detail.document().toPlainText()
    expected = page.lower().count("media")
    assert expected > 3
    assert len(bar.spans) == expected
    assert all(text.lower() == "media" for text in _painted(window))
    assert bar.count_label.text() == f"{bar.current + 1} of {expected}"


def test_enter_shift_enter_and_f3_step_through_matches(window: MainWindow, qtbot: QtBot) -> None:
    bar = _open(window, qtbot, "journalist")
    first = bar.current
    total = len(bar.spans)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.current == (first + 1) % total
    assert bar.count_label.text() == f"{bar.current + 1} of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == first
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.current == (first + 1) % total
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == (first - 1) % total
    # the current match is the selected cursor position and painted differently
    start, _end = bar.spans[bar.current]
    assert window.detail.textCursor().position() == start
    colors = {s.format.background().color().name() for s in window.detail.extraSelections()}
    assert colors == {find_bar.MATCH_COLOR.name(), find_bar.CURRENT_COLOR.name()}


def test_diacritics_are_ignored(window: MainWindow, qtbot: QtBot) -> None:
    window.open_anchor(f"{ID}/i5")
    _open(window, qtbot, "Mauletbai")
    assert _painted(window) and all("Mauletba" in t for t in _painted(window))
    assert "Mauletbaï" in _painted(window)


def test_no_match_says_so(window: MainWindow, qtbot: QtBot) -> None:
    bar = _open(window, qtbot, "zzzqqq")
    assert bar.spans == [] and _painted(window) == []
    assert bar.count_label.text() == "No matches"
    assert not bar.next_button.isEnabled()


def test_escape_closes_and_clears(window: MainWindow, qtbot: QtBot) -> None:
    bar = _open(window, qtbot, "media")
    assert _painted(window)
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert _painted(window) == []
    assert window.detail.hasFocus()


def test_new_page_is_searched_again(window: MainWindow, qtbot: QtBot) -> None:
    bar = _open(window, qtbot, "election")
    window.open_anchor(f"{ID}/i20")
    page = window.detail.document().toPlainText().lower()
    assert len(bar.spans) == page.count("election") > 0


def test_bar_sits_below_the_text(window: MainWindow, qtbot: QtBot) -> None:
    bar = _open(window, qtbot, "media")
    assert bar.geometry().bottom() <= window.detail.height()
    assert window.detail.viewport().geometry().bottom() < bar.geometry().top() + 1
    assert bar.field.accessibleName() and bar.next_button.accessibleName()
    assert QColor(find_bar.MATCH_COLOR).isValid()


def _open(window: MainWindow, qtbot: QtBot, text: str) -> find_bar.FindBar:
    window.findChild(type(window.menu("edit").actions()[0]), "find").trigger()
    bar: find_bar.FindBar = window.feature("find")  # type: ignore[assignment]
    bar.field.clear()
    qtbot.keyClicks(bar.field, text)
    return bar


def test_escape_from_any_control_and_tab_leaves_the_bar(window: MainWindow, qtbot: QtBot) -> None:
    bar = _open(window, qtbot, "media")
    qtbot.keyClick(bar.field, Qt.Key.Key_Tab)
    assert bar.previous_button.hasFocus()
    qtbot.keyClick(bar.previous_button, Qt.Key.Key_Tab)
    qtbot.keyClick(bar.next_button, Qt.Key.Key_Tab)
    assert bar.close_button.hasFocus()
    qtbot.keyClick(bar.close_button, Qt.Key.Key_Tab)  # out of the bar, into the text
    assert window.detail.hasFocus() and bar.isVisible()
    bar.next_button.setFocus()
    qtbot.keyClick(bar.next_button, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.detail.hasFocus()


def test_the_count_is_announced(window: MainWindow, qtbot: QtBot,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(find_bar, "announce", lambda _w, text, **_k: said.append(text))
    bar = _open(window, qtbot, "media")
    bar.find_next()
    assert said and said[-1] == bar.count_label.text()
    assert " of " in said[-1]

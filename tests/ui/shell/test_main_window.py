"""The reader window: navigation, history, keyboard, tree, chart, contract hooks, accessibility."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QTextEdit

from tests.factories import make_report
from tests.ui.reader_helpers import make_window
from vibe_desktop.core import navigation
from vibe_desktop.render import pages
from vibe_desktop.ui.reading.score_widget import ScoreOverview
from vibe_desktop.ui.roles import AnchorRole
from vibe_desktop.ui.shell import dialogs
from vibe_desktop.ui.shell.main_window import MainWindow

RID = "testland-2030"


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    for kind in ("info", "warning", "error"):
        monkeypatch.setattr(dialogs, kind, lambda p, t, x, k=kind: seen.append((k, x)))
    return seen


@pytest.fixture
def window(qtbot, tmp_path: Path, messages) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(qtbot, tmp_path)


def test_starts_on_the_overview_with_the_chart(window: MainWindow) -> None:
    assert window.current_anchor() == f"{RID}/summary"
    assert window.current_report().id == RID
    assert window.windowTitle() == "Overview — Testland 2030 — VIBE Desktop"
    assert "Testland summary paragraph one." in window.detail.toPlainText()
    chart = window.detail.findChild(ScoreOverview)
    assert chart is not None and chart.isVisible()
    assert chart.geometry().width() > 300


def test_open_every_page_anchor(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for anchor in navigation.all_page_anchors(window.current_report()):
        with qtbot.waitSignal(window.location_changed) as blocker:
            assert window.open_anchor(anchor)
        assert blocker.args == [anchor]
        assert window.current_anchor() == anchor
        assert window.tree.currentIndex().data(AnchorRole) == anchor


def test_paragraph_anchor_scrolls_and_highlights(window: MainWindow) -> None:
    assert window.open_anchor(f"{RID}/i6/p3", highlight="third paragraph")
    assert window.current_anchor() == f"{RID}/i6"
    span = window.detail.paragraph_range(f"{RID}/i6/p3")
    assert span is not None
    assert window.detail.anchor_at(span[0] + 3) == f"{RID}/i6/p3"
    assert window.detail.textCursor().position() == span[0]
    selections = window.detail.extraSelections()
    assert len(selections) == 1
    assert selections[0].cursor.selectedText().lower() == "third paragraph"


def test_footnote_anchor_opens_the_citing_page(window: MainWindow) -> None:
    assert window.open_anchor(f"{RID}/fn7")
    assert window.current_anchor() == f"{RID}/i7"
    assert window.detail.paragraph_range(f"{RID}/fn7") is not None


def test_bad_anchors_are_refused_with_a_message(window: MainWindow, messages) -> None:  # type: ignore[no-untyped-def]
    assert not window.open_anchor("nonsense")
    assert not window.open_anchor(f"{RID}/i42")
    assert not window.open_anchor("nowhere-1999/summary")
    assert window.current_anchor() == f"{RID}/summary"
    assert len(messages) == 3
    assert "nowhere-1999" in messages[2][1] and RID in messages[2][1]


def test_history_back_and_forward_by_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_anchor(f"{RID}/pr2")
    window.open_anchor(f"{RID}/i8")
    window.detail.setFocus()
    qtbot.keyClick(window.detail, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_anchor() == f"{RID}/pr2"
    qtbot.keyClick(window.detail, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_anchor() == f"{RID}/summary"
    assert not window.back_action.isEnabled()
    qtbot.keyClick(window.detail, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_anchor() == f"{RID}/pr2"
    window.open_anchor(f"{RID}/panel")  # visiting drops the forward entries
    assert not window.forward_action.isEnabled()


def test_mouse_back_and_forward_buttons(window: MainWindow) -> None:
    window.open_anchor(f"{RID}/i3")
    viewport = window.detail.viewport()
    for button, expected in ((Qt.MouseButton.BackButton, f"{RID}/summary"),
                             (Qt.MouseButton.ForwardButton, f"{RID}/i3")):
        pos = QPointF(20, 20)
        event = QMouseEvent(QEvent.Type.MouseButtonPress, pos, viewport.mapToGlobal(pos),
                            button, button, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)
        assert window.current_anchor() == expected


def test_previous_and_next_indicator(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_anchor(f"{RID}/i5")
    qtbot.keyClick(window.detail, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_anchor() == f"{RID}/i6"
    qtbot.keyClick(window.detail, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.detail, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_anchor() == f"{RID}/i4"
    window.open_anchor(f"{RID}/i20")
    assert not window.next_action.isEnabled()
    window.open_anchor(f"{RID}/pr3")
    window.step_indicator(1)
    assert window.current_anchor() == f"{RID}/i11"


def test_tree_keyboard_navigation_opens_pages(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.current_anchor() == f"{RID}/pr1"
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.current_anchor() == f"{RID}/i1"


def test_chart_row_opens_its_principle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    chart = window.detail.findChild(ScoreOverview)
    rect = chart.row_rect(3)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.current_anchor() == f"{RID}/pr3"


def test_internal_links_in_the_page_navigate(window: MainWindow) -> None:
    window.open_anchor(f"{RID}/pr2")
    window.detail.anchorClicked.emit(QUrl(f"vibe:{RID}/i9"))
    assert window.current_anchor() == f"{RID}/i9"


def test_contract_menus_panels_and_selection_owners(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for key in ("file", "edit", "view", "go", "tools", "help"):
        assert isinstance(window.menu(key), QMenu)
    label = QLabel("panel")
    dock = window.add_panel(label, "Notes")
    assert dock.widget() is label
    assert dock.toggleViewAction() in window.menu("view").actions()
    window.open_anchor(f"{RID}/i2")
    span = window.detail.paragraph_range(f"{RID}/i2/p2")
    assert span is not None
    selection = QTextEdit.ExtraSelection()
    cursor = window.detail.textCursor()
    cursor.setPosition(span[0])
    cursor.setPosition(span[0] + 5, cursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    window.detail.set_extra_selections("notes", [selection])
    window.detail.highlight_text("paragraph")
    assert len(window.detail.extraSelections()) > 1
    window.detail.set_extra_selections("notes", [])
    assert all(s.cursor.selectedText().lower() == "paragraph"
               for s in window.detail.extraSelections())


def test_accessible_names(window: MainWindow) -> None:
    assert window.tree.accessibleName() == "Report contents"
    assert window.detail.accessibleName() == "Report text"
    chart = window.detail.findChild(ScoreOverview)
    assert chart.accessibleName() == "Score overview"
    assert "not given in this report" in chart.toolTip()  # the scores: rows for AT (issue 11)
    for action in window.findChildren(QAction):
        if action.menu() is None and not action.isSeparator():
            assert action.text(), action.objectName()


def test_about_shows_version_and_acknowledgment(window: MainWindow, messages) -> None:  # type: ignore[no-untyped-def]
    from vibe_desktop import ACKNOWLEDGMENT, __version__

    window.findChild(QAction, "about").trigger()
    kind, text = messages[-1]
    assert kind == "info" and __version__ in text and ACKNOWLEDGMENT in text


def test_reports_menu_lists_the_library(qtbot, tmp_path: Path, messages) -> None:  # type: ignore[no-untyped-def]
    other = make_report("otherland-2031", "Otherland", 2031, scores=True)
    window = make_window(qtbot, tmp_path, make_report(scores=False), other)
    window._fill_reports_menu()
    actions = {a.objectName(): a for a in window.reports_menu.actions()}
    assert set(actions) == {f"report-{RID}", "report-otherland-2031"}
    with qtbot.waitSignal(window.report_opened) as blocker:
        actions["report-otherland-2031"].trigger()
    assert blocker.args == ["otherland-2031"]
    assert window.current_anchor() == "otherland-2031/summary"
    assert window.tree_model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole).endswith(
        "14 of 40, Slightly Vibrant")


def test_context_menu_hooks_get_the_paragraph_and_selection(window: MainWindow) -> None:
    window.open_anchor(f"{RID}/i2")
    seen: list[tuple[str | None, str]] = []

    def hook(menu: QMenu, anchor: str | None, text: str) -> None:
        seen.append((anchor, text))
        menu.addAction("Add note")

    window.detail.context_menu_hooks.append(hook)
    span = window.detail.paragraph_range(f"{RID}/i2/p2")
    assert span is not None
    cursor = window.detail.textCursor()
    cursor.setPosition(span[0])
    cursor.setPosition(span[0] + 8, cursor.MoveMode.KeepAnchor)
    window.detail.setTextCursor(cursor)
    point = window.detail.cursorRect(cursor).center()
    menu = window.detail.build_context_menu(point)
    assert seen == [(f"{RID}/i2/p2", "A second")]
    assert "Add note" in [a.text() for a in menu.actions()]
    menu.deleteLater()


def test_tab_reaches_the_chart_from_the_text(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    chart = window.detail.findChild(ScoreOverview)
    window.detail.setFocus()
    for _ in range(40):
        if chart.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert chart.hasFocus()


def test_broken_report_is_reported_with_what_and_where(qtbot, tmp_path: Path, messages) -> None:  # type: ignore[no-untyped-def]
    from vibe_desktop.core.library import Library
    from vibe_desktop.core.loader import ReportError
    from vibe_desktop.core.validation import Problem

    bad = tmp_path / "broken-2020.yaml"
    bad.write_text("country: Broken\n", "utf-8")

    def loader(path):  # type: ignore[no-untyped-def]
        raise ReportError([Problem(str(path), 3, "overall_score", "55 is outside 0-40")])

    window = MainWindow(Library.discover([bad], tmp_path, loader=loader), install_features=False)
    qtbot.addWidget(window)
    assert not window.open_anchor("broken-2020/summary")
    kind, text = messages[-1]
    assert kind == "error" and "broken-2020.yaml" in text and "overall_score" in text
    window.show_empty()
    assert "No report to show" in window.detail.toPlainText()


def test_problems_go_to_stderr_when_not_interactive(window: MainWindow, messages, capsys) -> None:  # type: ignore[no-untyped-def]
    window.interactive = False
    assert not window.open_anchor(f"{RID}/i99")
    assert messages == []
    assert "i99" in capsys.readouterr().err


def test_keyboard_shortcuts_are_listed_from_the_menus(window: MainWindow, messages) -> None:  # type: ignore[no-untyped-def]
    extra = QAction("Find in &Page…", window)
    extra.setShortcut("Ctrl+F")
    window.menu("edit").addAction(extra)  # a feature's action is listed too
    window.findChild(QAction, "shortcuts").trigger()
    kind, text = messages[-1]
    assert kind == "info"
    lines = text.splitlines()
    assert "Back: Alt+Left" in lines
    assert "Next Indicator: Ctrl+PgDown" in lines
    assert "Find in Page…: Ctrl+F" in lines
    assert "Panel & Rights" not in text  # it has no shortcut


def test_a_page_is_rendered_once_per_report_and_language(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    rendered: list[str] = []
    real = pages.render_page

    def counting(report, page, **kw):  # type: ignore[no-untyped-def]
        rendered.append(page)
        return real(report, page, **kw)

    monkeypatch.setattr(pages, "render_page", counting)
    for anchor in (f"{RID}/i6", f"{RID}/i7", f"{RID}/i6", f"{RID}/i7/p2", f"{RID}/i6"):
        assert window.open_anchor(anchor)
    assert rendered == [f"{RID}/i6", f"{RID}/i7"]
    assert "Principle 2" in window.detail.toPlainText()  # the cached page is really shown
    window.set_theme("dark")  # colours live in the style sheet: no new HTML
    assert rendered == [f"{RID}/i6", f"{RID}/i7"]
    QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert window.open_anchor(f"{RID}/i7")
    assert rendered == [f"{RID}/i6", f"{RID}/i7", f"{RID}/i7"]

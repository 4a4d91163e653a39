"""Footnote popups and the link policy in the detail pane."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from tests.ui.reader_helpers import make_window
from vibe_desktop.ui.reading.accessible import interface_of
from vibe_desktop.ui.reading.link_popup import LinkPopup
from vibe_desktop.ui.shell import dialogs
from vibe_desktop.ui.shell.main_window import MainWindow

RID = "testland-2030"
# The offscreen platform cannot raise or grab for popup windows; it says so as a warning.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    seen: dict[str, list] = {"opened": [], "warning": [], "ask": []}
    monkeypatch.setattr(dialogs.QDesktopServices, "openUrl",
                        lambda url: seen["opened"].append(url.toString()) or True)
    monkeypatch.setattr(dialogs, "warning", lambda p, t, x: seen["warning"].append(x))
    monkeypatch.setattr(dialogs, "ask", lambda p, t, x: seen["ask"].append(x) or True)
    return seen


@pytest.fixture
def window(qtbot, tmp_path: Path, calls) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path)
    window.open_anchor(f"{RID}/i6")
    return window


def _popup(qtbot, window: MainWindow) -> LinkPopup:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(window.detail.popup(), LinkPopup)
                    and window.detail.popup().isVisible())
    popup = window.detail.popup()
    assert isinstance(popup, LinkPopup)
    return popup


def test_footnote_reference_is_a_superscript_link(window: MainWindow) -> None:
    html = window.detail.toHtml()
    assert 'href="footnote:6"' in html
    assert "vertical-align:super" in html


def test_clicking_a_footnote_shows_its_text_urls_copy_and_open(qtbot, window, calls) -> None:  # type: ignore[no-untyped-def]
    window.detail.anchorClicked.emit(QUrl("footnote:6"))
    popup = _popup(qtbot, window)
    assert popup.interactive
    assert popup.body is not None and "Source 6:" in popup.body.toPlainText()
    assert popup.findChild(QLabel, None) is not None  # the title
    addresses = [e.toPlainText() for e in popup.addresses]
    assert addresses == ["https://example.org/6"]
    popup.copy_buttons[0].click()
    assert QGuiApplication.clipboard().text() == "https://example.org/6"
    popup.open_buttons[0].click()
    assert calls["opened"] == ["https://example.org/6"]
    qtbot.waitUntil(lambda: window.detail.popup() is None)


def test_escape_closes_the_popup_without_opening(qtbot, window, calls) -> None:  # type: ignore[no-untyped-def]
    window.detail.show_footnote(6, QPoint(100, 100))
    popup = _popup(qtbot, window)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.detail.popup() is None)
    assert calls["opened"] == []


def test_keyboard_footnote_popup_focuses_its_text_and_goes_back(qtbot, window, calls) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAccessible, QTextCursor

    pane = window.detail
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    link = next(e for e in interface_of(pane).spoken().links() if e.href == "footnote:6")
    cursor = QTextCursor(pane.document())
    cursor.setPosition(link.start)
    cursor.setPosition(link.end, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    popup = _popup(qtbot, window)
    assert popup.body is not None
    qtbot.waitUntil(popup.body.hasFocus)
    iface = QAccessible.queryAccessibleInterface(popup.body)
    assert iface.role() == QAccessible.Role.Document
    assert iface.text(QAccessible.Text.Name) == "Footnote 6"
    assert "Source 6:" in iface.textInterface().text(0, iface.textInterface().characterCount())
    assert popup.go_button is not None and popup.go_button.text() == "Go to footnote"
    assert popup.focus_frame.target is popup.body
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.detail.popup() is None)
    assert (pane.textCursor().selectionStart(), pane.textCursor().selectionEnd()) == (
        link.start, link.end)


def test_go_to_footnote_opens_the_note(qtbot, window, calls) -> None:  # type: ignore[no-untyped-def]
    window.detail.show_footnote(6, QPoint(100, 100))
    popup = _popup(qtbot, window)
    assert popup.go_button is not None
    popup.go_button.setFocus()
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # Enter presses the focused button
    qtbot.waitUntil(lambda: window.detail.popup() is None)
    start = window.detail.textCursor().position()
    assert window.detail.anchor_at(start) == f"{RID}/fn6"


def test_hovering_a_footnote_shows_a_passive_preview(qtbot, window, calls) -> None:  # type: ignore[no-untyped-def]
    window.detail.open_link("footnote:6", QPoint(50, 50), interactive=False)
    popup = _popup(qtbot, window)
    assert not popup.interactive
    assert popup.windowFlags() & Qt.WindowType.ToolTip == Qt.WindowType.ToolTip
    assert calls["opened"] == []


def test_hover_signal_starts_the_preview_timer(window: MainWindow) -> None:
    window.detail.highlighted.emit(QUrl("footnote:6"))
    assert window.detail.links._timer.isActive()
    window.detail.highlighted.emit(QUrl(""))
    assert not window.detail.links._timer.isActive()


def test_text_link_shows_full_address_first(qtbot, window, calls) -> None:  # type: ignore[no-untyped-def]
    window.detail.anchorClicked.emit(QUrl("https://example.org/i6"))
    popup = _popup(qtbot, window)
    assert [e.toPlainText() for e in popup.addresses] == ["https://example.org/i6"]
    assert calls["opened"] == []
    popup.open_buttons[0].click()
    assert calls["opened"] == ["https://example.org/i6"]


@pytest.mark.parametrize("href", ["javascript:alert(1)", "file:///etc/passwd", "ftp://x.org/"])
def test_unsafe_links_are_refused_with_a_message(qtbot, window, calls, href: str) -> None:  # type: ignore[no-untyped-def]
    window.detail.anchorClicked.emit(QUrl(href))
    assert calls["opened"] == []
    assert len(calls["warning"]) == 1 and "http, https and mailto" in calls["warning"][0]
    assert window.detail.popup() is None


def test_popup_disables_open_for_unsafe_urls(qtbot) -> None:  # type: ignore[no-untyped-def]
    popup = LinkPopup("Footnote 1", "x", ["https://ok.org", "file:///etc/passwd"])
    qtbot.addWidget(popup)
    assert [b.isEnabled() for b in popup.open_buttons] == [True, False]


def test_dead_links_render_as_plain_text(qtbot, tmp_path: Path, calls) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from tests.factories import make_report

    report = make_report()
    principle = dataclasses.replace(report.principles[0], intro=("See [the dead link](#) here.",))
    report = dataclasses.replace(report, principles=(principle,) + report.principles[1:])
    window = make_window(qtbot, tmp_path, report)
    window.open_anchor(f"{RID}/pr1")
    assert "See the dead link here." in window.detail.toPlainText()
    assert 'href="#"' not in window.detail.toHtml()


def test_long_addresses_are_shown_in_full(qtbot) -> None:  # type: ignore[no-untyped-def]
    url = "https://example.org/" + "/".join(f"segment-{n}-казахстан" for n in range(12))
    popup = LinkPopup("Footnote 9", "", [url])
    qtbot.addWidget(popup)
    popup.show_at(QPoint(10, 10))
    qtbot.waitExposed(popup)
    address = popup.addresses[0]
    assert address.toPlainText() == url
    assert address.accessibleName() == "Full address"
    assert address.verticalScrollBar().maximum() == 0  # nothing hidden behind a scroll bar
    assert popup.open_buttons[0].accessibleName() == f"Open {url} in the browser"


def test_mouse_click_on_a_footnote_opens_the_popup_by_the_mouse(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint as Point

    detail = window.detail
    detail.scroll_to_paragraph(f"{RID}/i6/p2")
    start = detail.toPlainText().find("citing a source.") + len("citing a source.")
    cursor = detail.textCursor()
    cursor.setPosition(start)
    left = detail.cursorRect(cursor)
    cursor.setPosition(start + 1)
    right = detail.cursorRect(cursor)
    point = Point((left.x() + right.x()) // 2, left.center().y())
    assert detail.anchorAt(point) == "footnote:6"
    qtbot.mouseClick(detail.viewport(), Qt.MouseButton.LeftButton, pos=point)
    popup = _popup(qtbot, window)
    assert popup.interactive
    below = detail.viewport().mapToGlobal(point)
    assert abs(popup.y() - (below.y() + 16)) <= 2


def test_hover_preview_closes_when_the_mouse_leaves_the_link(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.detail.open_link("footnote:6", QPoint(50, 50), interactive=False)
    _popup(qtbot, window)
    window.detail.highlighted.emit(QUrl(""))  # the mouse left the link
    qtbot.waitUntil(lambda: window.detail.popup() is None, timeout=3000)


def test_hover_preview_stays_while_pointed_at(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from vibe_desktop.ui.reading import link_popup

    window.detail.open_link("footnote:6", QPoint(50, 50), interactive=False)
    popup = _popup(qtbot, window)
    inside = popup.frameGeometry().center()
    monkeypatch.setattr(link_popup.QCursor, "pos", staticmethod(lambda: inside))
    popup.schedule_close()
    qtbot.waitUntil(lambda: not popup._leave_timer.isActive(), timeout=3000)
    assert window.detail.popup() is popup and popup.isVisible()

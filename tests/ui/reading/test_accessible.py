"""The reading pane as assistive technology sees it: a document with links, headings, quotes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QTextCursor

from tests.ui.reader_helpers import make_window
from vibe_desktop.ui.reading import accessible
from vibe_desktop.ui.reading.accessible import DocumentAccessible, interface_of
from vibe_desktop.ui.shell.main_window import MainWindow

RID = "testland-2030"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path)
    window.open_anchor(f"{RID}/i6")
    return window


def _iface(window: MainWindow) -> DocumentAccessible:
    iface = interface_of(window.detail)
    assert iface is not None
    return iface


def _children(iface: DocumentAccessible) -> list:  # type: ignore[type-arg]
    return [iface.child(i) for i in range(iface.childCount())]


def test_the_pane_is_a_named_document_with_text(window: MainWindow) -> None:
    iface = _iface(window)
    assert iface.role() == QAccessible.Role.Document
    assert iface.text(QAccessible.Text.Name) == window.detail.accessibleName()
    assert iface.textInterface() is not None
    assert iface.state().readOnly and iface.state().focusable
    text = iface.text(0, iface.characterCount())
    assert "\ufdd0" not in text and "\ufdd1" not in text and "\u2029" not in text


def test_links_are_children_with_names_and_targets(window: MainWindow) -> None:
    iface = _iface(window)
    links = [c for c in _children(iface) if c.role() == QAccessible.Role.Link]
    document = window.detail.document()
    hrefs = set()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() and fmt.anchorHref():
                hrefs.add(fmt.anchorHref())
            it += 1
        block = block.next()
    assert {c.text(QAccessible.Text.Value) for c in links} == hrefs
    names = [c.text(QAccessible.Text.Name) for c in links]
    assert all(names)
    assert any(n.startswith("footnote ") for n in names)
    external = [c for c in links if c.text(QAccessible.Text.Value).startswith("http")]
    for link in external:
        assert link.text(QAccessible.Text.Name).startswith("link: ")
        assert link.text(QAccessible.Text.Description) == link.text(QAccessible.Text.Value)
    assert all(iface.indexOfChild(c) == i for i, c in enumerate(_children(iface)))


def test_footnote_numbers_are_spoken_not_glued(window: MainWindow) -> None:
    iface = _iface(window)
    text = iface.text(0, iface.characterCount())
    assert "(footnote " in text
    spoken = iface.spoken()
    for link in spoken.links():
        assert spoken.to_document(spoken.to_spoken(link.start)) == link.start
    # Offsets map both ways outside the references.
    assert spoken.to_document(spoken.to_spoken(3)) == 3


def test_headings_have_levels_and_quotes_their_speaker(window: MainWindow) -> None:
    iface = _iface(window)
    children = _children(iface)
    headings = [c for c in children if c.role() == QAccessible.Role.Heading]
    assert headings
    first = headings[0]
    assert first.attributesInterface() is not None
    assert first.attributeValue(QAccessible.Attribute.Level) == 1
    quotes = [c for c in children if c.role() == QAccessible.Role.BlockQuote]
    for quote in quotes:
        assert quote.text(QAccessible.Text.Name)
        assert "\ufdd0" not in quote.text(QAccessible.Text.Name)


def test_caret_position_and_selection_set_through_the_interface(window: MainWindow) -> None:
    iface = _iface(window)
    iface.setCursorPosition(5)
    assert iface.cursorPosition() == 5
    assert window.detail.textCursor().position() == iface.spoken().to_document(5)
    iface.setSelection(0, 0, 9)
    assert window.detail.textCursor().selectedText() == iface.text(0, 9).replace("\n", "\u2029")


def test_tab_onto_a_link_sends_a_focus_event_for_that_link(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    sent: list[tuple[QAccessible.Event, str]] = []

    def record(event: QAccessibleEvent) -> None:
        target = event.accessibleInterface()
        sent.append((event.type(), target.text(QAccessible.Text.Name) if target else ""))

    monkeypatch.setattr(accessible, "send", record)
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    pane = window.detail
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    iface = _iface(window)
    link = next(c for c in _children(iface) if c.role() == QAccessible.Role.Link)
    element = link.element()
    cursor = QTextCursor(pane.document())
    cursor.setPosition(element.start)
    cursor.setPosition(element.end, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    assert (QAccessible.Event.Focus, element.name) in sent
    assert link.state().focused
    assert iface.focusChild() is link
    before = pane.textCursor().selectionStart()
    qtbot.keyClick(pane, Qt.Key.Key_Tab)  # the next link
    assert pane.textCursor().selectionStart() > before
    assert len([e for e in sent if e[0] == QAccessible.Event.Focus]) >= 2


def test_the_window_name_follows_the_page(window: MainWindow) -> None:
    assert window.accessibleName().startswith("Indicator 6")
    window.open_anchor(f"{RID}/i7")
    assert window.accessibleName().startswith("Indicator 7")

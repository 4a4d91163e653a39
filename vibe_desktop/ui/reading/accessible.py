"""The reading pane for assistive technology: a document with text, links, headings and quotes.

Qt 6.11 exposes a read-only QTextBrowser as a label with plain text: no links, no headings,
Qt's frame markers in the text. ``install()`` adds an accessibility factory that gives every
``ReadingPane`` (and any QTextEdit with the ``vibeDocument`` property) a ``DocumentAccessible``:
role Document, the Text interface over ``spoken.SpokenText`` (footnote references spoken,
no markers), and one child per link (role Link, Action "press"), heading (role Heading with
its level) and pull quote (role BlockQuote, its speaker as description). The same
QAccessibleInterface serves AT-SPI and Windows UI Automation. Limit (PySide6): the Text
interface cannot report a selection (``selection()`` is not bindable), so selection changes
are also announced.
"""

from __future__ import annotations

import typing
from typing import cast

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAttributesInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleTextInterface,
    QTextCursor,
)
from PySide6.QtWidgets import QAccessibleWidget, QTextEdit, QWidget

from vibe_desktop.ui.reading.spoken import Element, SpokenText

DOCUMENT_PROPERTY = "vibeDocument"  # set True on a QTextEdit to expose it as a document
_ROLES = {"link": QAccessible.Role.Link, "heading": QAccessible.Role.Heading,
          "quote": QAccessible.Role.BlockQuote}
_installed = False
_NULL = shiboken6.VoidPtr(0)


def _cast(iface: shiboken6.Object, base: int) -> shiboken6.VoidPtr:
    """The C++ address of ``iface``'s ``base``-th wrapped base class (interface_cast's answer)."""
    return shiboken6.VoidPtr(shiboken6.getCppPointer(iface)[base])


def send(event: QAccessibleEvent) -> None:
    """The one place events leave for assistive technology (tests patch it)."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(event)


class DocumentAccessible(QAccessibleWidget, QAccessibleTextInterface):
    """A QTextEdit as a document: speakable Text interface, structure as children."""

    def __init__(self, widget: QTextEdit) -> None:
        QAccessibleWidget.__init__(self, widget, QAccessible.Role.Document)
        QAccessibleTextInterface.__init__(self)
        self._key: tuple[int, int] | None = None
        self._spoken: SpokenText | None = None
        self._pool: list[ElementAccessible] = []  # reused by index: never freed under Qt
        self.announced_link: tuple[int, int] | None = None  # (revision, index) last focused

    def edit(self) -> QTextEdit:
        return cast(QTextEdit, self.widget())

    def spoken(self) -> SpokenText:
        """The speakable text of the document on show (rebuilt when it changes)."""
        document = self.edit().document()
        key = (document.revision(), document.characterCount())
        if self._spoken is None or key != self._key:
            self._spoken, self._key = SpokenText(document), key
        return self._spoken

    def elements(self) -> list[Element]:
        return self.spoken().elements

    def element_interface(self, index: int) -> ElementAccessible:
        while len(self._pool) <= index:
            self._pool.append(ElementAccessible(self, len(self._pool)))
        return self._pool[index]

    def focused_link(self) -> int | None:
        """The index of the link the pane's cursor has selected (Tab moves so), if any."""
        cursor = self.edit().textCursor()
        if not cursor.hasSelection():
            return None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        for i, element in enumerate(self.elements()):
            if element.role == "link" and element.start == start and element.end == end:
                return i
        return None

    # -- QAccessibleInterface ---------------------------------------------------------
    def interface_cast(self, kind: QAccessible.InterfaceType) -> object:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.TextInterface:
            return _cast(self, 1)
        found = QAccessibleWidget.interface_cast(self, kind)
        return _NULL if found is None else found

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Document

    def state(self) -> QAccessible.State:
        state = QAccessibleWidget.state(self)
        state.readOnly = True
        state.multiLine = True
        state.selectableText = True
        state.focusable = True
        return state

    def childCount(self) -> int:
        return len(self.elements()) + QAccessibleWidget.childCount(self)

    def child(self, index: int) -> QAccessibleInterface:
        count = len(self.elements())
        if 0 <= index < count:
            return self.element_interface(index)
        return QAccessibleWidget.child(self, index - count)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, ElementAccessible) and child.document is self:
            return child.index
        found = QAccessibleWidget.indexOfChild(self, child)
        return found + len(self.elements()) if found >= 0 else -1

    def focusChild(self) -> QAccessibleInterface:
        link = self.focused_link() if self.edit().hasFocus() else None
        return self.element_interface(link) if link is not None else None  # type: ignore[return-value]

    def text(self, *args: object) -> str:
        if len(args) == 2:  # QAccessibleTextInterface.text(start, end)
            start, end = cast(int, args[0]), cast(int, args[1])
            text = self.spoken().text
            return text[max(0, start):len(text) if end < 0 else end]
        return QAccessibleWidget.text(self, cast(QAccessible.Text, args[0]))

    # -- QAccessibleTextInterface ---------------------------------------------------
    def characterCount(self) -> int:
        return len(self.spoken().text)

    def cursorPosition(self) -> int:
        return self.spoken().to_spoken(self.edit().textCursor().position())

    def setCursorPosition(self, position: int) -> None:
        cursor = self.edit().textCursor()
        cursor.setPosition(self.spoken().to_document(position))
        self.edit().setTextCursor(cursor)

    def selectionCount(self) -> int:
        return 0  # PySide6 cannot bind selection(); see the module docstring

    def addSelection(self, start: int, end: int) -> None:
        self.setSelection(0, start, end)

    def removeSelection(self, _index: int) -> None:
        cursor = self.edit().textCursor()
        cursor.clearSelection()
        self.edit().setTextCursor(cursor)

    def setSelection(self, _index: int, start: int, end: int) -> None:
        spoken = self.spoken()
        cursor = self.edit().textCursor()
        cursor.setPosition(spoken.to_document(start))
        cursor.setPosition(spoken.to_document(end), QTextCursor.MoveMode.KeepAnchor)
        self.edit().setTextCursor(cursor)

    def characterRect(self, offset: int) -> QRect:
        return self.document_rect(self.spoken().to_document(offset), 1)

    def document_rect(self, position: int, length: int) -> QRect:
        """Screen rectangle of ``length`` characters from document ``position``."""
        edit = self.edit()
        cursor = QTextCursor(edit.document())
        cursor.setPosition(position)
        rect = edit.cursorRect(cursor)
        end = QTextCursor(edit.document())
        end.setPosition(min(position + length, edit.document().characterCount() - 1))
        rect = rect.united(edit.cursorRect(end))
        viewport = edit.viewport()
        return QRect(viewport.mapToGlobal(rect.topLeft()), rect.size())

    def offsetAtPoint(self, point: QPoint) -> int:
        edit = self.edit()
        local = edit.viewport().mapFromGlobal(point)
        if not edit.viewport().rect().contains(local):
            return -1
        return self.spoken().to_spoken(edit.cursorForPosition(local).position())

    def scrollToSubstring(self, start: int, _end: int) -> None:
        self.setCursorPosition(start)
        self.edit().ensureCursorVisible()


class ElementAccessible(QAccessibleInterface, QAccessibleActionInterface,
                        QAccessibleAttributesInterface):
    """One link, heading or pull quote of a document (looked up by index on every call)."""

    def __init__(self, document: DocumentAccessible, index: int) -> None:
        QAccessibleInterface.__init__(self)
        QAccessibleActionInterface.__init__(self)
        QAccessibleAttributesInterface.__init__(self)
        self.document = document
        self.index = index

    def element(self) -> Element | None:
        if not self.document.isValid():
            return None
        elements = self.document.elements()
        return elements[self.index] if self.index < len(elements) else None

    def interface_cast(self, kind: QAccessible.InterfaceType) -> object:  # type: ignore[override]
        element = self.element()
        if element is not None and element.role == "link" and \
                kind == QAccessible.InterfaceType.ActionInterface:
            return _cast(self, 1)
        if element is not None and element.role == "heading" and \
                kind == QAccessible.InterfaceType.AttributesInterface:
            return _cast(self, 2)
        return _NULL

    def isValid(self) -> bool:
        return self.element() is not None

    def object(self) -> QObject:
        return None  # type: ignore[return-value]  # a part of the document, not an object

    def window(self) -> typing.Any:
        return self.document.window()

    def parent(self) -> QAccessibleInterface:
        return self.document

    def child(self, _index: int) -> QAccessibleInterface:
        return None  # type: ignore[return-value]

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface:
        return None  # type: ignore[return-value]

    def role(self) -> QAccessible.Role:
        element = self.element()
        return _ROLES[element.role] if element is not None else QAccessible.Role.NoRole

    def text(self, kind: QAccessible.Text) -> str:
        element = self.element()
        if element is None:
            return ""
        if kind == QAccessible.Text.Name:
            return element.name
        if kind == QAccessible.Text.Description:
            return element.description
        if kind == QAccessible.Text.Value:
            return element.href
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        return None

    def rect(self) -> QRect:
        element = self.element()
        if element is None:
            return QRect()
        return self.document.document_rect(element.start, element.end - element.start)

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        element = self.element()
        if element is None:
            state.invalid = True
            return state
        edit = self.document.edit()
        viewport = edit.viewport()
        visible = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
        if not visible.intersects(self.rect()):
            state.offscreen = True
        if element.role == "link":
            state.focusable = True
            state.linked = True
            state.focused = edit.hasFocus() and self.document.focused_link() == self.index
        state.readOnly = True
        return state

    def relations(self, _match: typing.Any = None) -> list[typing.Any]:
        return []

    # -- Action (links) ------------------------------------------------------------
    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction()]

    def doAction(self, name: str) -> None:
        element = self.element()
        if element is None or name != QAccessibleActionInterface.pressAction():
            return
        edit = self.document.edit()
        cursor = QTextCursor(edit.document())
        cursor.setPosition(element.start)
        cursor.setPosition(element.end, QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.setFocus()
        opener = getattr(edit, "open_link", None)
        if callable(opener):
            opener(element.href, edit.cursor_global_pos())  # type: ignore[attr-defined]

    def keyBindingsForAction(self, _name: str) -> list[str]:
        return ["Return"]

    # -- Attributes (headings) -----------------------------------------------------------
    def attributeKeys(self) -> list[QAccessible.Attribute]:
        return [QAccessible.Attribute.Level]

    def attributeValue(self, key: QAccessible.Attribute) -> typing.Any:
        element = self.element()
        if key == QAccessible.Attribute.Level and element is not None:
            return element.level
        return None


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QWidget) and getattr(type(obj), "accessible_chart", False):
        from vibe_desktop.ui.reading.chart_accessible import ChartAccessible

        return ChartAccessible(obj)
    if isinstance(obj, QTextEdit) and (getattr(type(obj), "accessible_document", False)
                                       or obj.property(DOCUMENT_PROPERTY) is True):
        return DocumentAccessible(obj)
    return None


def install() -> None:
    """Install the factory once (cheap: a function call; interfaces are made on demand)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def interface_of(widget: QWidget) -> DocumentAccessible | None:
    """The widget's document interface, if it has one."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface if isinstance(iface, DocumentAccessible) else None


def link_focused(widget: QTextEdit, *, again: bool = False) -> None:
    """Tell assistive technology that the link the cursor now selects has the focus
    (``again``: even if it was the last one told, as when the focus comes back)."""
    if not QAccessible.isActive() or not widget.hasFocus():
        return
    iface = interface_of(widget)
    if iface is None:
        return
    link = iface.focused_link()
    key = None if link is None else (widget.document().revision(), link)
    if key != iface.announced_link or again:
        iface.announced_link = key
        if link is not None:
            send(QAccessibleEvent(iface.element_interface(link), QAccessible.Event.Focus))

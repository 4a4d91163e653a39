"""The score chart embedded in the page: sized to the column and kept over its placeholder image."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QTextEdit, QWidget

from vibe_desktop.render.pages import CHART_IMAGE

CHART_MIN_WIDTH = 640  # the score chart's width when the text column is narrower


def chart_cursor(document: QTextDocument) -> QTextCursor | None:
    """A cursor selecting the page's chart placeholder image, if the page has one."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name() == CHART_IMAGE:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + 1, QTextCursor.MoveMode.KeepAnchor)
                return cursor
            it += 1
        block = block.next()
    return None


def size_embedded(pane: QTextEdit, widget: QWidget) -> None:
    """Give the chart (and its placeholder) the column's width and the height it needs."""
    cursor = chart_cursor(pane.document())
    if cursor is None:
        widget.hide()
        return
    fmt = pane.document().rootFrame().frameFormat()
    column = pane.viewport().width() - fmt.leftMargin() - fmt.rightMargin() - 8
    # A figure may be wider than the text column: it runs on into the right margin,
    # so the scores keep their bands in words.
    room = pane.viewport().width() - fmt.leftMargin() - 16
    width = int(max(200, min(room, max(column, CHART_MIN_WIDTH))))
    height = widget.heightForWidth(width)
    if height < 0:
        height = widget.sizeHint().height()
    image = cursor.charFormat().toImageFormat()
    if int(image.width()) != width or int(image.height()) != height:
        new = QTextImageFormat(image)
        new.setWidth(width)
        new.setHeight(height)
        cursor.setCharFormat(new)
    widget.resize(QSize(width, height))
    place_embedded(pane, widget)


def place_embedded(pane: QTextEdit, widget: QWidget) -> None:
    """Keep the chart over its placeholder (scrolling included); Tab reaches it only while
    it is on screen."""
    cursor = chart_cursor(pane.document())
    if cursor is None:
        return
    at = QTextCursor(cursor)
    at.setPosition(cursor.selectionStart())
    rect = pane.cursorRect(at)  # viewport coordinates, scrolling included
    top_left = QPoint(rect.left(), rect.bottom() + 1 - widget.height())
    widget.setGeometry(QRect(top_left, widget.size()))
    on_screen = pane.viewport().rect().intersects(widget.geometry())
    wanted = Qt.FocusPolicy.StrongFocus if on_screen else Qt.FocusPolicy.NoFocus
    if widget.focusPolicy() != wanted:
        widget.setFocusPolicy(wanted)

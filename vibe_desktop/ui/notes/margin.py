"""Marks in the reading pane's left margin: bookmarked paragraphs and highlights with a note."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QTextCursor
from PySide6.QtWidgets import QToolTip, QWidget

from vibe_desktop.core.markup import escape
from vibe_desktop.i18n import translate
from vibe_desktop.userdata.annotations import Bookmark, Highlight

if TYPE_CHECKING:
    from vibe_desktop.ui.shell.host import ReaderHost
    from vibe_desktop.userdata.annotations import AnnotationStore

WIDTH = 12
BOOKMARK_COLOR = QColor("#1565c0")
NOTE_COLOR = QColor("#2e7d32")


class MarginKeeper(Protocol):
    """What the margin asks of Keep's controller (``keeper.Keeper``)."""

    host: ReaderHost
    store: AnnotationStore

    def located(self, highlight: Highlight) -> tuple[int, int] | None: ...
    def edit_item(self, item_id: str) -> None: ...


@dataclass(frozen=True)
class Mark:
    """One mark: where (viewport y range), what (item id) and what it says (plain text)."""

    top: int
    bottom: int
    item_id: str
    kind: str  # "bookmark" or "note"
    text: str


def mark_text(item: Bookmark | Highlight) -> str:
    """The plain text a mark shows as its tooltip: the note, or the bookmark's label."""
    if isinstance(item, Highlight):
        return item.note
    return item.label or translate("Notes", "Bookmarked paragraph")


class Margin(QWidget):
    """A strip over the left edge of the reading pane's viewport that draws the marks;
    hover shows the note (as plain text), a click opens it in the note editor."""

    def __init__(self, keeper: MarginKeeper) -> None:
        detail = keeper.host.detail
        super().__init__(detail.viewport())
        self.setObjectName("notes-margin")
        self.setAccessibleName(self.tr("Bookmarks and notes in the margin"))
        self.keeper = keeper
        self.detail = detail
        self.marks: list[Mark] = []
        self.setMouseTracking(True)
        # after the pane has laid its page out again (its margins follow its width)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refresh)
        detail.page_rendered.connect(self._later.start)
        detail.verticalScrollBar().valueChanged.connect(self.refresh)
        detail.viewport().installEventFilter(self)
        keeper.store.listeners.append(lambda _change: self.refresh())
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._later.start()
        return super().eventFilter(watched, event)

    def _span(self, start: int, end: int) -> tuple[int, int]:
        cursor = QTextCursor(self.detail.document())
        cursor.setPosition(start)
        top = self.detail.cursorRect(cursor).top()
        cursor.setPosition(end)
        return top, self.detail.cursorRect(cursor).bottom()

    def _text_left(self, anchors: list[str]) -> int:
        """Where the text column starts in the viewport (left of the first paragraph)."""
        for anchor in anchors:
            span = self.detail.paragraph_range(anchor)
            if span is not None:
                cursor = QTextCursor(self.detail.document())
                cursor.setPosition(span[0])
                cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
                return self.detail.cursorRect(cursor).left()
        return WIDTH + 4

    @Slot()
    def refresh(self) -> None:
        """Recompute where the marks go (after a page, a scroll, a resize or a change)."""
        detail, store = self.detail, self.keeper.store
        marks: list[Mark] = []
        anchors = detail.paragraph_anchors()
        for anchor in anchors:
            bookmark = store.bookmark_for(anchor)
            span = detail.paragraph_range(anchor)
            if bookmark is not None and span is not None:
                marks.append(Mark(*self._span(*span), bookmark.id, "bookmark",
                                  mark_text(bookmark)))
        for highlight in store.highlights_in(anchors):
            located = self.keeper.located(highlight)
            if highlight.note and located is not None:
                marks.append(Mark(*self._span(*located), highlight.id, "note",
                                  mark_text(highlight)))
        self.marks = marks
        viewport = detail.viewport()
        left = self._text_left(anchors) if marks else 0
        self.setGeometry(max(0, left - WIDTH - 6), 0, WIDTH, viewport.height())
        self.setVisible(bool(marks))
        self.raise_()
        self.update()

    def mark_at(self, point: QPoint) -> Mark | None:
        return next((m for m in self.marks if m.top - 2 <= point.y() <= m.bottom + 2), None)

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for mark in self.marks:
                if mark.bottom < 0 or mark.top > self.height():
                    continue
                colour = BOOKMARK_COLOR if mark.kind == "bookmark" else NOTE_COLOR
                painter.fillRect(QRect(3, mark.top, 4, max(8, mark.bottom - mark.top)), colour)
                painter.setBrush(colour)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(QRect(1, mark.top, 9, 9))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            mark = self.mark_at(event.pos())
            if mark is None:
                QToolTip.hideText()
            else:  # the note is the person's own text: shown escaped, never as markup
                html = escape(mark.text).replace("\n", "<br/>")
                QToolTip.showText(event.globalPos(), f"<p>{html}</p>", self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.mark_at(event.position().toPoint()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        mark = self.mark_at(event.position().toPoint())
        if mark is not None and event.button() == Qt.MouseButton.LeftButton:
            self.keeper.edit_item(mark.item_id)
            return
        super().mousePressEvent(event)

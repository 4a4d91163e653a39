"""The reading pane: a QTextBrowser showing one page, with paragraph anchors, links and popups.

Every paragraph is its own block carrying ``<a name="ANCHOR">``; the pane indexes them so
features can find (``paragraph_range``), identify (``anchor_at``) and paint
(``set_extra_selections``) paragraphs. The text column is capped at a readable width,
centred, with margins computed from the font.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetricsF,
    QImage,
    QKeySequence,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QApplication, QMenu, QTextBrowser, QTextEdit, QWidget

from vibe_desktop.core.model import Anchor, Report
from vibe_desktop.render.pages import (
    CHART_IMAGE,
    Page,
    PageCache,
    page_css,
)
from vibe_desktop.ui.reading import accessible
from vibe_desktop.ui.reading.caret import CaretBrowsing
from vibe_desktop.ui.reading.embedded import place_embedded, size_embedded
from vibe_desktop.ui.reading.links import LinkFollower
from vibe_desktop.userdata.settings import ZOOM_MAX, ZOOM_MIN

ContextHook = Callable[[QMenu, "str | None", str], None]
LINE_CHARACTERS = 76  # the text column's width, in average characters
QUERY_COLOR = QColor("#ffd54f")  # a literal query's matches (open_anchor(..., highlight=))



def marked(document: QTextDocument, start: int, end: int,
           background: QColor) -> QTextEdit.ExtraSelection:
    """The one builder of a painted span (find, search hits, highlights): ``start``-``end``
    of ``document`` on ``background``, in black text so it reads in every theme."""
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    fmt = QTextCharFormat()
    fmt.setBackground(background)
    fmt.setForeground(QColor("#000000"))
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format = fmt
    return selection


class ReadingPane(QTextBrowser):
    """Shows one page of a report; emits ``anchor_requested`` for internal links."""

    page_rendered = Signal(str)
    anchor_requested = Signal(str)
    zoom_requested = Signal(int)  # +1 / -1 from Ctrl+wheel and Ctrl+keys: the window zooms
    accessible_document = True  # exposed to assistive technology by ui.reading.accessible

    def __init__(self, parent: QWidget | None = None) -> None:
        accessible.install()  # before the widget exists, so no plain interface is cached
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # Text wraps to the column; only the chart may run into the right margin, and that
        # must not bring a horizontal scroll bar.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Report text"))
        self.setAccessibleDescription(self.tr(
            "The page being read. Tab moves between links; Enter opens a link or footnote."))
        self.context_menu_hooks: list[ContextHook] = []
        self.report: Report | None = None
        self.page_anchor = ""
        self._selections: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._starts: list[int] = []
        self._ranges: list[tuple[int, int, str]] = []
        self._by_anchor: dict[str, tuple[int, int]] = {}
        self._embedded: QWidget | None = None
        self._chart: QWidget | None = None
        self.zoom_level = 0
        self._pages = PageCache()
        self._click_pos: QPoint | None = None
        self._pending_anchor: str | None = None  # kept in view across re-layouts until scrolled
        self._context_menu: QMenu | None = None  # the one opened by keyboard
        self.links = LinkFollower(self, lambda: self.report, self.anchor_requested.emit)
        self.caret = CaretBrowsing(self)  # F7
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.highlighted.connect(self.links.hovered)
        self.verticalScrollBar().valueChanged.connect(self._place_embedded)
        self.verticalScrollBar().actionTriggered.connect(self._forget_pending)
        self.horizontalScrollBar().valueChanged.connect(self._place_embedded)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self.selectionChanged.connect(self._on_cursor_moved)  # Tab to a link emits only this
        self.apply_palette()

    # -- content ------------------------------------------------------------------
    def apply_palette(self) -> None:
        """Re-derive the page style sheet from the application palette (after a theme change)."""
        from vibe_desktop.ui.shell.themes import page_colors

        self.document().setDefaultStyleSheet(page_css(page_colors(QApplication.palette())))

    def show_report_page(self, report: Report, page: str) -> Page:
        """Render ``page`` of ``report`` (once per report and language) and show it; the
        overview embeds the score chart, whose rows open their principle."""
        embedded = self._score_chart(report) if page.endswith("/summary") else None
        built = self._pages.get(report, page)
        self.show_page(report, built, embedded)
        return built

    def _score_chart(self, report: Report) -> QWidget:
        from vibe_desktop.render.scores import ScoreData
        from vibe_desktop.ui.reading.score_widget import ScoreOverview

        if not isinstance(self._chart, ScoreOverview):
            self._chart = ScoreOverview()
            self._chart.principle_activated.connect(self._open_principle)
        self._chart.set_data(ScoreData.from_report(report))
        return self._chart

    @Slot(int)
    def _open_principle(self, number: int) -> None:
        if self.report is not None:
            had_focus = self._chart is not None and self._chart.hasFocus()
            self.anchor_requested.emit(str(Anchor.principle_page(self.report.id, number)))
            if had_focus:  # the chart leaves with the overview: the focus comes to the text
                self.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # page texts are translated when built
            self._pages.clear()
        super().changeEvent(event)

    def show_page(self, report: Report, page: Page, embedded: QWidget | None = None) -> None:
        """Render ``page`` of ``report``; ``embedded`` is placed over the page's chart image."""
        self.links.close_popup()
        self.report = report
        self.page_anchor = page.anchor
        if self._embedded is not None and self._embedded is not embedded:
            self._embedded.hide()
        self._embedded = embedded
        if embedded is not None:
            embedded.setParent(self.viewport())
        self._selections.clear()
        self.setExtraSelections([])
        self.setHtml(page.html)
        self._update_margins()
        self._index_paragraphs()
        if embedded is not None:
            embedded.show()
            self._size_embedded()
        self._pending_anchor = None
        self.verticalScrollBar().setValue(0)
        self.page_rendered.emit(page.anchor)

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        if (url.toString() if isinstance(url, QUrl) else url) == CHART_IMAGE:
            image = QImage(1, 1, QImage.Format.Format_ARGB32)
            image.fill(Qt.GlobalColor.transparent)
            return image
        return None

    def _index_paragraphs(self) -> None:
        ranges: list[tuple[int, int, str]] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                names = it.fragment().charFormat().anchorNames()
                if names:
                    start = block.position()
                    ranges.append((start, start + block.length() - 1, names[0]))
                    break
                it += 1
            block = block.next()
        self._ranges = ranges
        self._starts = [r[0] for r in ranges]
        self._by_anchor = {name: (a, b) for a, b, name in ranges}

    def paragraph_anchors(self) -> list[str]:
        """The anchors of the paragraphs on this page, in order."""
        return [name for _, _, name in self._ranges]

    def paragraph_range(self, anchor: str) -> tuple[int, int] | None:
        """Document positions (start, end) of the paragraph with this anchor, if on this page."""
        return self._by_anchor.get(anchor)

    def anchor_at(self, position: int) -> str | None:
        """The paragraph anchor at a document position (None outside paragraphs)."""
        index = bisect.bisect_right(self._starts, position) - 1
        if index >= 0:
            start, end, name = self._ranges[index]
            if start <= position <= end:
                return name
        return None

    def anchor_at_caret(self) -> str | None:
        """The paragraph anchor where the caret (or the selection's start) is."""
        return self.anchor_at(self.textCursor().selectionStart())

    def scroll_to_paragraph(self, anchor: str) -> bool:
        """Bring a paragraph to the top of the view; False if it is not on this page."""
        span = self.paragraph_range(anchor)
        if span is None:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[0])
        self.setTextCursor(cursor)
        self._pending_anchor = anchor
        self._apply_pending()
        return True

    def _apply_pending(self) -> None:
        span = self.paragraph_range(self._pending_anchor) if self._pending_anchor else None
        if span is None:
            return
        block = self.document().findBlock(span[0])
        rect = self.document().documentLayout().blockBoundingRect(block)
        self.verticalScrollBar().setValue(max(0, int(rect.top()) - 8))

    def _block_top(self, top: int) -> int:
        """Where to scroll to show a block starting at ``top``: near the page's head, the
        head itself (its heading whole), else the block just below the top edge."""
        return 0 if top < self.viewport().height() // 2 else max(0, top - 8)

    def show_position(self, position: int) -> None:
        """Scroll so document ``position`` is in view, whole blocks at the top edge (a heading
        is never cut in half); nothing moves if it is already in view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        rect = self.cursorRect(cursor)
        if self.viewport().rect().contains(rect):
            return
        block = self.document().findBlock(position)
        box = self.document().documentLayout().blockBoundingRect(block)
        scroll = self.verticalScrollBar()
        line_y = rect.top() + scroll.value()
        top = self._block_top(int(box.top()))
        if line_y - top > self.viewport().height() * 2 // 3:  # a long paragraph: the line
            top = max(0, line_y - self.viewport().height() // 3)
        scroll.setValue(top)

    @Slot()
    def _forget_pending(self) -> None:
        self._pending_anchor = None

    def wheelEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        self._pending_anchor = None
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        shift_f10 = (event.key() == Qt.Key.Key_F10
                     and event.modifiers() == Qt.KeyboardModifier.ShiftModifier)
        if shift_f10 or event.key() == Qt.Key.Key_Menu:
            self.open_context_menu()
            return
        if event.matches(QKeySequence.StandardKey.ZoomIn):
            self.zoom_requested.emit(1)
            return
        if event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_requested.emit(-1)
            return
        self._pending_anchor = None
        super().keyPressEvent(event)

    # -- painting owners -------------------------------------------------------------
    def set_extra_selections(self, owner: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Set one feature's painted ranges; every owner's selections are shown together."""
        if selections:
            self._selections[owner] = list(selections)
        else:
            self._selections.pop(owner, None)
        merged: list[QTextEdit.ExtraSelection] = []
        for items in self._selections.values():
            merged.extend(items)
        self.setExtraSelections(merged)

    def highlight_text(self, query: str, owner: str = "highlight") -> int:
        """Paint every case-insensitive occurrence of ``query``; returns how many."""
        selections: list[QTextEdit.ExtraSelection] = []
        if query.strip():
            cursor = self.document().find(query, 0)
            while not cursor.isNull():
                selections.append(marked(self.document(), cursor.selectionStart(),
                                         cursor.selectionEnd(), QUERY_COLOR))
                cursor = self.document().find(query, cursor)
        self.set_extra_selections(owner, selections)
        return len(selections)

    # -- readable line length and the embedded chart ------------------------------------
    def text_column_width(self) -> int:
        fm = QFontMetricsF(self.document().defaultFont())
        return int(fm.averageCharWidth() * LINE_CHARACTERS)

    def _update_margins(self) -> None:
        width = self.viewport().width()
        column = self.text_column_width()
        side = max(16.0, (width - column) / 2)
        root = self.document().rootFrame()
        fmt: QTextFrameFormat = root.frameFormat()
        if abs(fmt.leftMargin() - side) < 0.5 and fmt.topMargin() == 16:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(16)
        fmt.setBottomMargin(32)
        root.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()
        self._size_embedded()
        self._apply_pending()

    def set_zoom(self, level: int) -> None:
        """Text size ``level`` steps from the default (clamped to the settings' range)."""
        level = min(ZOOM_MAX, max(ZOOM_MIN, level))
        if level != self.zoom_level:
            self.zoomIn(level - self.zoom_level)
            self.zoom_level = level
            self.zoom_changed()

    def zoom_changed(self) -> None:
        """Call after zooming: recompute margins and the chart's size."""
        self._update_margins()
        self._size_embedded()
        self._apply_pending()

    def _size_embedded(self) -> None:
        if self._embedded is not None:
            size_embedded(self, self._embedded)

    @Slot()
    def _place_embedded(self) -> None:
        if self._embedded is not None:
            place_embedded(self, self._embedded)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().paintEvent(event)
        if self._embedded is not None:
            self._place_embedded()

    # -- links, footnotes and popups -------------------------------------------------------
    @Slot()
    def _on_cursor_moved(self) -> None:
        accessible.link_focused(self)  # onto a link: a screen reader hears "footnote 9"

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusInEvent(event)
        # Back from a popup on a link: "footnote 10" again, after Qt's focus on the pane.
        QTimer.singleShot(0, lambda: accessible.link_focused(self, again=True))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        moved = super().focusNextPrevChild(next)  # Tab between links moves no signal
        accessible.link_focused(self)
        return moved

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        # A click shows the popup by the mouse; Enter on a focused link, by the link.
        where = self._click_pos if self._click_pos is not None else self.cursor_global_pos()
        self.open_link(url.toString(), where)

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._click_pos = event.globalPosition().toPoint()
        try:
            super().mouseReleaseEvent(event)  # emits anchorClicked for a link
        finally:
            self._click_pos = None

    def cursor_global_pos(self) -> QPoint:
        rect = self.cursorRect()
        return self.viewport().mapToGlobal(rect.bottomLeft())

    def open_link(self, href: str, global_pos: QPoint, *, interactive: bool = True) -> None:
        """Follow a link from the page: internal, footnote, or external (after showing it)."""
        self.links.open_link(href, global_pos, interactive=interactive)

    def show_footnote(self, number: int, global_pos: QPoint, *, interactive: bool = True) -> None:
        """Show footnote ``number`` in a popup with its URLs, Copy and Open in browser."""
        self.links.show_footnote(number, global_pos, interactive=interactive)

    def show_link_popup(self, url: str, global_pos: QPoint, *, interactive: bool = True) -> None:
        """Show a link's full address with Copy and Open in browser."""
        self.links.show_link_popup(url, global_pos, interactive=interactive)

    def popup(self) -> QWidget | None:
        """The footnote or link popup on show, if any."""
        return self.links.popup

    # -- context menu ---------------------------------------------------------------------
    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The context menu for viewport position ``pos``, with every feature's hooks applied."""
        menu = self.createStandardContextMenu(pos)
        position = self.cursorForPosition(pos).position()
        anchor = self.anchor_at(position)
        selected = self.textCursor().selectedText().replace("\u2029", "\n")
        for hook in list(self.context_menu_hooks):
            hook(menu, anchor, selected)
        menu.setAccessibleName(self.tr("Text menu"))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.open_context_menu()
            return
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def open_context_menu(self) -> QMenu:
        """The context menu at the caret, its first item active (Shift+F10, the Menu key)."""
        rect = self.cursorRect()
        if not self.viewport().rect().contains(rect.center()):
            rect = QRect(self.viewport().rect().center(), QSize(1, 1))
        menu = self.build_context_menu(rect.center())
        first = next((a for a in menu.actions() if a.isEnabled() and not a.isSeparator()
                      and a.isVisible()), None)
        menu.popup(self.viewport().mapToGlobal(rect.bottomLeft()))
        if first is not None:
            menu.setActiveAction(first)
        menu.aboutToHide.connect(menu.deleteLater)
        self._context_menu = menu
        return menu

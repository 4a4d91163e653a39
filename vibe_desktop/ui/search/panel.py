"""Search everything (Ctrl+Shift+F): a dock with a query field, filters and a list of hits.

Typing is debounced; queries run on indexes built once per report off the GUI thread
(ui.search.index.IndexStore, shared through the host). Activating a hit opens its paragraph
with the matches painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QKeyEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from vibe_desktop.core.query import parse_query
from vibe_desktop.core.search import Hit, match_spans, search_all_counted
from vibe_desktop.core.textnorm import find_spans
from vibe_desktop.render.hits import HIT_COLOR
from vibe_desktop.ui.announce import announce
from vibe_desktop.ui.reading.reading_pane import marked
from vibe_desktop.ui.roles import HitRole
from vibe_desktop.ui.search.delegate import HitDelegate
from vibe_desktop.ui.search.model import SearchResultsModel, principle_label

if TYPE_CHECKING:
    from vibe_desktop.ui.shell.host import ReaderHost

DEBOUNCE_MS = 120
MAX_RESULTS = 500
OWNER = "search"


class SearchPanel(QWidget):
    """The search dock's contents."""

    results_updated = Signal()

    def __init__(self, host: ReaderHost) -> None:
        super().__init__(host.widget())
        self.host = host
        self.setObjectName("search-panel")
        self.setAccessibleName(self.tr("Search all reports"))
        self.store = host.search_index()

        self.field = QLineEdit(self)
        self.field.setObjectName("search-field")
        self.field.setPlaceholderText(self.tr('Search: words, "a phrase"'))
        self.field.setAccessibleName(self.tr("Search all reports"))
        self.field.setClearButtonEnabled(True)
        self.report_filter = QComboBox(self)
        self.report_filter.setObjectName("search-report-filter")
        self.report_filter.setAccessibleName(self.tr("Search in report"))
        self.principle_filter = QComboBox(self)
        self.principle_filter.setObjectName("search-principle-filter")
        self.principle_filter.setAccessibleName(self.tr("Search in principle"))
        self.principle_filter.addItem(self.tr("All principles"), 0)
        for number in range(1, 5):
            self.principle_filter.addItem(principle_label(number), number)
        self.status = QLabel(self)
        self.status.setObjectName("search-status")
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.setWordWrap(True)
        self.model = SearchResultsModel(self)
        self.view = QListView(self)
        self.view.setObjectName("search-results")
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)

        # Visible labels with buddies: screen readers get a "labelled by" relation.
        report_label = QLabel(self.tr("&Report:"), self)
        report_label.setBuddy(self.report_filter)
        principle_label_ = QLabel(self.tr("&Principle:"), self)
        principle_label_.setBuddy(self.principle_filter)
        self.status.setAccessibleDescription(self.tr("The number of results"))
        filters = QHBoxLayout()
        filters.addWidget(report_label)
        filters.addWidget(self.report_filter, 1)
        filters.addWidget(principle_label_)
        filters.addWidget(self.principle_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_query)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.installEventFilter(self)
        self.report_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.principle_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.view.activated.connect(self._on_activated)
        self.store.index_ready.connect(self._on_index_ready)
        self.store.index_failed.connect(self._on_index_failed)
        host.report_opened.connect(self._on_report_opened)
        self.fill_report_filter()

    # -- filters ------------------------------------------------------------------------
    def fill_report_filter(self) -> None:
        """List the library's reports (keeping the current choice)."""
        current = self.report_filter.currentData()
        self.report_filter.blockSignals(True)
        self.report_filter.clear()
        self.report_filter.addItem(self.tr("All reports"), "")
        for entry in self.host.library.entries:
            if entry.error is None:
                self.report_filter.addItem(entry.title, entry.id)
        found = self.report_filter.findData(current) if current else 0
        self.report_filter.setCurrentIndex(max(0, found))
        self.report_filter.blockSignals(False)

    def report_ids(self) -> list[str]:
        chosen = self.report_filter.currentData()
        return [chosen] if chosen else list(self.host.library.ids)

    @Slot(str)
    def _on_report_opened(self, _report_id: str) -> None:
        self.fill_report_filter()

    @Slot(int)
    def _on_filter_changed(self, _index: int) -> None:
        self.run_query()

    # -- querying -----------------------------------------------------------------------
    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self.timer.start()

    @Slot(str)
    def _on_index_ready(self, report_id: str) -> None:
        if report_id in self.report_ids() and not parse_query(self.field.text()).empty:
            self.run_query()

    @Slot(str, str)
    def _on_index_failed(self, report_id: str, _message: str) -> None:
        self._on_index_ready(report_id)

    @Slot()
    def run_query(self) -> None:
        """Search the chosen reports for the field's text now (indexes permitting)."""
        self.timer.stop()
        text = self.field.text()
        if parse_query(text).empty:
            self.model.set_hits([], {})
            self.status.setText("")
            self.results_updated.emit()
            return
        ids = self.report_ids()
        ready = self.store.request(ids)
        indexes = [self.store.indexes[i] for i in ids if i in self.store.indexes]
        principle = self.principle_filter.currentData() or None
        hits, total = search_all_counted(indexes, text, principle=principle, limit=MAX_RESULTS)
        self.model.set_hits(hits, {ix.report_id: ix.title for ix in indexes}, total)
        status = self._status_text(total, ready, ids)
        if status != self.status.text():
            announce(self, status)  # a screen reader hears "12 results" as it happens
        self.status.setText(status)
        if hits and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.results_updated.emit()

    def _status_text(self, total: int, ready: bool, ids: list[str]) -> str:
        if total == 0:
            text = self.tr("No results") if ready else self.tr("Indexing…")
        else:
            text = self.tr("%n result(s)", "", total)
        if total > MAX_RESULTS:
            text += " " + self.tr("(showing the best %n)", "", MAX_RESULTS)
        if not ready and total:
            text += " " + self.tr("so far; indexing…")
        chosen = self.report_filter.currentData()
        broken = [i for i in self.store.errors if not chosen or i == chosen]
        if broken:
            text += " " + self.tr("Could not search: %1").replace("%1", ", ".join(broken))
        return text

    # -- opening a hit ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.view.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(self.model.index(0, 0))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self.run_query()
                current = self.view.currentIndex()
                if current.isValid():
                    self._on_activated(current)
                return True
        return super().eventFilter(watched, event)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if isinstance(hit, Hit):
            self.open_hit(hit)

    def open_hit(self, hit: Hit) -> bool:
        """Open the hit's paragraph, paint the query's matches on the page, show the first."""
        query = self.field.text()
        host = self.host
        if not host.open_anchor(hit.target, highlight=query):
            return False
        detail = host.detail
        page_text = detail.document().toPlainText()
        index = self.store.indexes.get(hit.report_id)
        spans = index.spans(page_text, query) if index else match_spans(page_text, query)
        detail.set_extra_selections(OWNER, [marked(detail.document(), s, e, HIT_COLOR)
                                                for s, e in spans])
        first = self._first_position(hit, page_text, spans)
        if first is not None:
            cursor = QTextCursor(detail.document())
            cursor.setPosition(first)
            detail.setTextCursor(cursor)
            detail.show_position(first)  # block-aligned: no heading cut in half
        return True

    def _first_position(self, hit: Hit, page: str, spans: list[tuple[int, int]]) -> int | None:
        paragraph = self.host.detail.paragraph_range(hit.anchor)
        if paragraph is not None:
            inside = [s for s, e in spans if paragraph[0] <= s <= paragraph[1]]
            return inside[0] if inside else paragraph[0]
        own = hit.text.split(" — ")[0] if hit.kind == "quote" else hit.text
        places = find_spans(page, own[:50])
        if not places:
            return spans[0][0] if spans else None
        where = places[-1][0] if hit.kind == "quote" else places[0][0]  # a quote repeats its text
        after = [s for s, _e in spans if s >= where]
        return after[0] if after else where

    def focus_first(self) -> None:
        """F6 into the dock: the query field."""
        self.focus_field()

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()



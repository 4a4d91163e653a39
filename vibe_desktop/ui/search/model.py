"""Search data for the UI: search indexes built off the GUI thread, and the results list model."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)

from vibe_desktop.core.library import Library
from vibe_desktop.core.model import PRINCIPLE_TITLES
from vibe_desktop.core.search import Doc, Hit, SearchIndex
from vibe_desktop.render.hits import snippet_html
from vibe_desktop.ui.roles import AnchorRole, HitRole, PlaceRole, SnippetHtmlRole

_CONTEXT = "Search"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def place_label(hit: Hit | Doc, report_title: str) -> str:
    """Where a hit is, translated: "Kazakhstan 2022 › Principle 2 › Indicator 6"."""
    parts = [report_title]
    if hit.kind == "summary":
        parts.append(_tr("Overview"))
    elif hit.kind == "panel":
        parts.append(_tr("Panel"))
    elif hit.kind == "footnote":
        parts.append(_tr("Footnote %1").replace("%1", str(hit.footnote)))
    else:
        if hit.principle is not None:
            parts.append(_tr("Principle %1").replace("%1", str(hit.principle)))
        if hit.indicator is not None:
            parts.append(_tr("Indicator %1").replace("%1", str(hit.indicator)))
        if hit.kind == "quote":
            parts.append(_tr("pull quote"))
    return " › ".join(parts)


def principle_label(number: int) -> str:
    """ "Principle 2: Multiple Channels: How Information Flows" for the filter."""
    return _tr("Principle %1: %2").replace("%1", str(number)).replace(
        "%2", PRINCIPLE_TITLES.get(number, ""))


class _Relay(QObject):
    """Carries a worker's result back to the GUI thread."""

    built = Signal(str, object)
    failed = Signal(str, str)


class _BuildJob(QRunnable):
    def __init__(self, library: Library, report_id: str, relay: _Relay) -> None:
        super().__init__()
        self.library = library
        self.report_id = report_id
        self.relay = relay

    def run(self) -> None:
        try:
            index = SearchIndex.build(self.library.get(self.report_id))
        except Exception as exc:  # noqa: BLE001 - a broken report is reported, not fatal
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            self.relay.failed.emit(self.report_id, message)
            return
        self.relay.built.emit(self.report_id, index)


class IndexStore(QObject):
    """One search index per report, each built once, in a worker thread, on first need."""

    index_ready = Signal(str)
    index_failed = Signal(str, str)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.indexes: dict[str, SearchIndex] = {}
        self.errors: dict[str, str] = {}
        self._pending: set[str] = set()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.built.connect(self._on_built)
        self._relay.failed.connect(self._on_failed)

    def get(self, report_id: str) -> SearchIndex | None:
        """The index if built; otherwise start building it and return None."""
        index = self.indexes.get(report_id)
        if index is None:
            self.request([report_id])
        return index

    def request(self, report_ids: list[str]) -> bool:
        """Start building any missing index; True when all are ready (or failed) already."""
        ready = True
        for report_id in report_ids:
            if report_id in self.indexes or report_id in self.errors:
                continue
            ready = False
            if report_id not in self._pending:
                self._pending.add(report_id)
                self.pool.start(_BuildJob(self.library, report_id, self._relay))
        return ready

    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self) -> None:
        """Block until the worker is idle (for shutdown)."""
        self.pool.waitForDone()

    @Slot(str, object)
    def _on_built(self, report_id: str, index: object) -> None:
        self._pending.discard(report_id)
        assert isinstance(index, SearchIndex)
        self.indexes[report_id] = index
        self.index_ready.emit(report_id)

    @Slot(str, str)
    def _on_failed(self, report_id: str, message: str) -> None:
        self._pending.discard(report_id)
        self.errors[report_id] = message
        self.index_failed.emit(report_id, message)


class SearchResultsModel(QAbstractListModel):
    """The hits of the last query, best first; a flat list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.titles: dict[str, str] = {}
        self.total = 0

    def set_hits(self, hits: list[Hit], titles: dict[str, str], total: int | None = None) -> None:
        """Replace the results (``total`` counts hits beyond those shown, if limited)."""
        self.beginResetModel()
        self.hits = list(hits)
        self.titles = dict(titles)
        self.total = len(hits) if total is None else total
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.hits)

    def hit(self, row: int) -> Hit:
        return self.hits[row]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        place = place_label(hit, self.titles.get(hit.report_id, hit.report_id))
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.snippet
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{place}: {hit.snippet}"
        if role == PlaceRole:
            return place
        if role == AnchorRole:
            return hit.anchor
        if role == SnippetHtmlRole:
            return snippet_html(hit.snippet, hit.spans)
        if role == HitRole:
            return hit
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren


def store_for(window: QObject, library: Library) -> IndexStore:
    """The window's one IndexStore (search panel and people view share it), made on first use."""
    store = window.findChild(IndexStore, "search-index-store")
    if store is None:
        store = IndexStore(library, window)
        store.setObjectName("search-index-store")
    return store

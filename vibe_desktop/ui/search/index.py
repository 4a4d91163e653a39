"""The search index store: one index per report, built once in one worker thread, on first need.

Only the GUI thread touches the library: it loads the Report (immutable) and hands it to the
worker, which builds the index and sends it back through a queued signal. The composition
root (app.py, or the window when built alone) makes the one store that search and People share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from vibe_desktop.core.library import Library
    from vibe_desktop.core.model import Report
    from vibe_desktop.core.search import SearchIndex


class _Relay(QObject):
    """Carries a worker's result back to the GUI thread."""

    built = Signal(str, object)
    failed = Signal(str, str)


class _BuildJob(QRunnable):
    """Builds one report's index in the worker: it reads only the (immutable) Report."""

    def __init__(self, report: Report, relay: _Relay) -> None:
        super().__init__()
        self.report = report
        self.relay = relay

    def run(self) -> None:
        from vibe_desktop.core.search import SearchIndex

        try:
            index = SearchIndex.build(self.report)
        except Exception as exc:  # noqa: BLE001 - a broken report is reported, not fatal
            self.relay.failed.emit(self.report.id, _first_line(exc))
            return
        self.relay.built.emit(self.report.id, index)


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


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
                try:  # the library is read on the GUI thread only; the worker gets the Report
                    report = self.library.get(report_id)
                except Exception as exc:  # noqa: BLE001 - ReportError and friends
                    self.errors[report_id] = _first_line(exc)
                    self.index_failed.emit(report_id, self.errors[report_id])
                    continue
                self._pending.add(report_id)
                self.pool.start(_BuildJob(report, self._relay))
        return ready

    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self) -> None:
        """Block until the worker is idle (for shutdown)."""
        self.pool.waitForDone()

    @Slot(str, object)
    def _on_built(self, report_id: str, index: object) -> None:
        from vibe_desktop.core.search import SearchIndex

        self._pending.discard(report_id)
        assert isinstance(index, SearchIndex)
        self.indexes[report_id] = index
        self.index_ready.emit(report_id)

    @Slot(str, str)
    def _on_failed(self, report_id: str, message: str) -> None:
        self._pending.discard(report_id)
        self.errors[report_id] = message
        self.index_failed.emit(report_id, message)

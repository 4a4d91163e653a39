"""Adding report files off the GUI thread: read and import in a worker, commit on the GUI thread.

A long text export (hundreds of KiB) imports for seconds; the window keeps working meanwhile,
the status bar shows the progress with a Cancel button, and a cancelled or failed import
leaves nothing behind. Files are added one after another, in the order given.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from vibe_desktop.i18n import translate

if TYPE_CHECKING:
    from vibe_desktop.core.library import Library, LibraryEntry
    from vibe_desktop.userdata.reports import PreparedReport


class _Relay(QObject):
    """Carries the worker's news to the GUI thread (queued signals)."""

    progress = Signal(str, float, str)  # file, fraction, step
    prepared = Signal(object)  # PreparedReport
    failed = Signal(str, str)  # file, message
    cancelled = Signal(str)  # file


class _Prepare(QRunnable):
    """Reads (or imports) one file in the worker; touches nothing the GUI thread owns."""

    def __init__(self, library: Library, path: Path, relay: _Relay,
                 stop: threading.Event) -> None:
        super().__init__()
        self.library, self.path, self.relay, self.stop = library, path, relay, stop

    def run(self) -> None:
        from vibe_desktop.core.library import LibraryError
        from vibe_desktop.core.loader import ReportError
        from vibe_desktop.importer import ImportCancelledError
        from vibe_desktop.userdata.reports import prepare_report_file

        name = str(self.path)
        try:
            prepared = prepare_report_file(
                self.library, self.path, cancelled=self.stop.is_set,
                progress=lambda fraction, step: self.relay.progress.emit(name, fraction, step))
        except ImportCancelledError:
            self.relay.cancelled.emit(name)
        except (LibraryError, ReportError) as exc:
            self.relay.failed.emit(name, str(exc))
        except OSError as exc:
            self.relay.failed.emit(name, f"{self.path}: {exc.strerror or exc}")
        except Exception as exc:  # noqa: BLE001 - a stranger's file must never end the app
            self.relay.failed.emit(name, f"{self.path}: {type(exc).__name__}: {exc}")
        else:
            self.relay.prepared.emit(prepared)


class ReportAdder(QObject):
    """Adds files to ``library`` one by one; ``finished(added, problems)`` at the end."""

    finished = Signal(list, list)  # [LibraryEntry], [str]
    progress = Signal(str)  # a line for the status bar ("" when done)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.prepared.connect(self._on_prepared)
        self._relay.failed.connect(self._on_failed)
        self._relay.cancelled.connect(self._on_cancelled)
        self._queue: list[Path] = []
        self._added: list[LibraryEntry] = []
        self._problems: list[str] = []
        self._stop = threading.Event()
        self._busy = False

    def busy(self) -> bool:
        return self._busy

    def add(self, files: list[Path]) -> None:
        """Queue ``files``; starts at once if nothing is being added."""
        self._queue.extend(files)
        if not self._busy:
            self._busy = True
            self._added, self._problems = [], []
            self._stop.clear()
            self._next()

    @Slot()
    def cancel(self) -> None:
        """Stop the import under way and drop the files still waiting."""
        self._queue.clear()
        self._stop.set()

    def wait(self) -> None:
        """Block until the worker is idle (for shutdown and tests)."""
        self.pool.waitForDone()

    def _next(self) -> None:
        if not self._queue:
            self._busy = False
            self.progress.emit("")
            self.finished.emit(self._added, self._problems)
            return
        path = self._queue.pop(0)
        self.progress.emit(translate("Library", "Adding {name}…").format(name=path.name))
        self.pool.start(_Prepare(self.library, path, self._relay, self._stop))

    @Slot(str, float, str)
    def _on_progress(self, name: str, fraction: float, _step: str) -> None:
        self.progress.emit(translate("Library", "Importing {name}: {percent}%").format(
            name=Path(name).name, percent=round(fraction * 100)))

    @Slot(object)
    def _on_prepared(self, prepared: PreparedReport) -> None:
        from vibe_desktop.core.library import LibraryError
        from vibe_desktop.userdata.reports import commit_report_file

        try:  # the quick half, on the thread that owns the library
            self._added.append(commit_report_file(self.library, prepared))
        except LibraryError as exc:
            self._problems.append(str(exc))
        except OSError as exc:
            self._problems.append(f"{prepared.source}: {exc.strerror or exc}")
        self._next()

    @Slot(str, str)
    def _on_failed(self, _name: str, message: str) -> None:
        self._problems.append(message)
        self._next()

    @Slot(str)
    def _on_cancelled(self, name: str) -> None:
        self._problems.append(translate("Library", "{name}: not added (cancelled)").format(
            name=Path(name).name))
        self._next()



"""Library in the host: File → Add Report…, drag and drop of report files, the library panel."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget

from vibe_desktop.core.library import LibraryEntry, LibraryError
from vibe_desktop.core.model import Anchor
from vibe_desktop.ui.library.adding import ReportAdder
from vibe_desktop.ui.shell import dialogs
from vibe_desktop.userdata.reports import remove_user_report

if TYPE_CHECKING:
    from vibe_desktop.ui.library.view import LibraryPanel
    from vibe_desktop.ui.shell.host import ReaderHost

ACCEPTED_SUFFIXES = (".yaml", ".yml", ".vibe", ".txt")


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local report files (.yaml, .yml, .txt) a drag carries."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [f for f in files if f.suffix.lower() in ACCEPTED_SUFFIXES]


class LibraryActions(QObject):
    """Adds reports to the host's library from a file chooser or a drop, and lists them."""

    added = Signal(list)  # [LibraryEntry] once a batch of files is added (maybe empty)

    def __init__(self, host: ReaderHost) -> None:
        super().__init__(host.widget())
        self.setObjectName("library-actions")
        self.host = host
        self.panel: LibraryPanel | None = None
        self.dock: QDockWidget | None = None
        self._checker: _Checker | None = None
        self.adder = ReportAdder(host.library, self)
        self.adder.finished.connect(self._on_added)
        self.adder.progress.connect(self._on_progress)
        self.cancel = QAction(self.tr("&Cancel Adding Reports"), self)
        self.cancel.setObjectName("library-cancel")
        self.cancel.triggered.connect(self.adder.cancel)
        add = QAction(self.tr("&Add Report…"), self)
        add.setObjectName("library-add")
        add.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        add.setStatusTip(self.tr("Add a report YAML file or a VIBE text export to the library"))
        add.triggered.connect(self.choose_and_add)
        show = QAction(self.tr("&Library"), self)
        show.setObjectName("library-show")
        show.setShortcut(QKeySequence("Ctrl+Shift+L"))
        show.triggered.connect(self.show_panel)
        host.add_actions("file", "library", [add, show, self.cancel])
        host.add_panel_opener(self.tr("Library"), self.show_panel,  # View toggle, reopened
                              name="dock-library")
        self.actions = {"add": add, "show": show, "cancel": self.cancel}
        self.cancel.setEnabled(False)
        self.adder.progress.connect(lambda text: self.cancel.setEnabled(bool(text)))
        host.widget().setAcceptDrops(True)
        host.widget().installEventFilter(self)

    # -- adding -------------------------------------------------------------------
    @Slot()
    def choose_and_add(self) -> None:
        chosen = dialogs.open_file(
            self.host.widget(), self.tr("Add a report"),
            self.tr("VIBE reports (*.yaml *.yml *.vibe *.txt);;Report YAML (*.yaml *.yml *.vibe);;"
                    "VIBE text export (*.txt)"))
        if chosen:
            self.add_files([Path(chosen)])

    def add_files(self, files: list[Path]) -> None:
        """Add each file, read and imported off the GUI thread (progress and Cancel in the
        status bar); ``added`` is emitted when all are done, errors are shown (what and where)
        and nothing of a failed file stays."""
        self.adder.add(files)

    @Slot(list, list)
    def _on_added(self, added: list[LibraryEntry], problems: list[str]) -> None:
        if self.panel is not None:
            self.panel.model.refresh()
            if added:
                self.panel.select(added[-1].id)
        if problems:
            lead = self.tr("%n file(s) could not be added to the library:", "", len(problems))
            dialogs.error(self.host.widget(), self.tr("Report not added"),
                          "\n\n".join([lead, *problems]))
        if added:
            self.host.open_anchor(str(Anchor.summary_page(added[-1].id)))
        self.added.emit(added)

    @Slot(str)
    def _on_progress(self, text: str) -> None:
        if text:
            self.host.show_status(text, 0)
        else:
            self.host.show_status("", 1)

    @Slot(str)
    def remove(self, report_id: str) -> None:
        entry = self.host.library.entry(report_id)
        if not dialogs.ask(self.host.widget(), self.tr("Remove report"), self.tr(
                "Remove “{title}” from the library? Its file {path} will be deleted; your "
                "notes on it are kept.").format(title=entry.title, path=entry.path)):
            return
        try:
            remove_user_report(self.host.library, report_id)
        except (LibraryError, OSError) as exc:
            dialogs.error(self.host.widget(), self.tr("Report not removed"),
                          self.tr("The report could not be removed:") + "\n\n" + str(exc))
        if self.panel is not None:
            self.panel.model.refresh()

    # -- drag and drop --------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host.widget():
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
                    event, (QDragEnterEvent, QDropEvent)):
                if dropped_files(event):
                    event.acceptProposedAction()
                    return True
            elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
                files = dropped_files(event)
                if files:
                    event.acceptProposedAction()
                    self.add_files(files)
                    return True
        return super().eventFilter(watched, event)

    # -- the panel ------------------------------------------------------------------
    def check_later(self) -> None:
        """Try to open every report not opened yet, in the background of the event loop."""
        if self._checker is None:
            self._checker = _Checker(self)
        self._checker.start()

    def checking(self) -> bool:
        return self._checker is not None and bool(self._checker.pending)

    @Slot()
    def show_panel(self) -> LibraryPanel:
        from vibe_desktop.ui.library.view import LibraryPanel

        if self.panel is None:
            self.panel = LibraryPanel(self.host.library)
            self.panel.open_requested.connect(
                lambda report_id: self.host.open_anchor(str(Anchor.summary_page(report_id))))
            self.panel.add_requested.connect(self.choose_and_add)
            self.panel.remove_requested.connect(self.remove)
            self.dock = self.host.add_panel(self.panel, self.tr("Library"),
                                            name="dock-library")
        self.panel.model.refresh()
        self.check_later()
        assert self.dock is not None
        self.dock.show()
        self.dock.raise_()
        self.panel.view.setFocus()
        return self.panel


class _Checker(QObject):
    """Loads the library's reports one per event-loop turn so broken ones show their error."""

    def __init__(self, actions: LibraryActions) -> None:
        super().__init__(actions)
        self.actions = actions
        self.pending: list[str] = []
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.step)

    def start(self) -> None:
        library = self.actions.host.library
        self.pending = [e.id for e in library.entries
                        if e.error is None and not library.is_loaded(e.id)]
        if self.pending:
            self.timer.start()

    @Slot()
    def step(self) -> None:
        if not self.pending:
            self.timer.stop()
            return
        report_id = self.pending.pop(0)
        library = self.actions.host.library
        if report_id in library:
            # A failure is recorded on the entry and shown in the list.
            with contextlib.suppress(Exception):
                library.get(report_id)
            if self.actions.panel is not None:
                self.actions.panel.model.entry_changed(report_id)


def install(host: ReaderHost) -> None:
    """Add the library (Add Report…, drag and drop, the Library panel) to ``host``."""
    host.register_feature("library", LibraryActions(host))

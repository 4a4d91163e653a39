"""The library panel: every bundled and added report, broken ones listed with their error."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from vibe_desktop.core.library import Library, LibraryEntry
from vibe_desktop.i18n import translate
from vibe_desktop.ui.roles import ErrorRole, ReportIdRole
from vibe_desktop.ui.tips import plain_tip

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def short_error(entry: LibraryEntry) -> str:
    """The entry's error with its folder left out (the tooltip and the list keep it)."""
    text = entry.error or ""
    folder = str(entry.path)[: -len(entry.path.name)] if entry.path.name else ""
    return text.replace(folder, "") if folder else text


class LibraryModel(QAbstractListModel):
    """One row per library entry: its title, where it comes from, and its error if any."""

    def __init__(self, library: Library, parent: Any = None) -> None:
        super().__init__(parent)
        self.library = library
        self._entries: list[LibraryEntry] = list(library.entries)

    def refresh(self) -> None:
        """Re-read the library's entries (after adding, removing or checking)."""
        self.beginResetModel()
        self._entries = list(self.library.entries)
        self.endResetModel()

    def entry_changed(self, report_id: str) -> None:
        """Re-read one entry (after it was loaded or failed to load)."""
        row = self.row_of(report_id)
        if row >= 0 and report_id in self.library:
            self._entries[row] = self.library.entry(report_id)
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def entry(self, index: Index) -> LibraryEntry | None:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        return self._entries[index.row()]

    def row_of(self, report_id: str) -> int:
        return next((n for n, e in enumerate(self._entries) if e.id == report_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index)
        if entry is None:
            return None
        origin = (translate("Library", "bundled") if entry.bundled
                  else translate("Library", "added by you"))
        if role == Qt.ItemDataRole.DisplayRole:
            if entry.error:
                return translate("Library", "{title} — cannot be opened").format(title=entry.title)
            return f"{entry.title}  ({origin})"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [entry.id, str(entry.path)]
            if entry.error:
                lines.append(entry.error)
            return plain_tip("\n".join(lines))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            error = (translate("Library", ", cannot be opened: {error}").format(error=entry.error)
                     if entry.error else "")
            return f"{entry.title}, {origin}{error}"
        if role == Qt.ItemDataRole.DecorationRole and entry.error:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == ReportIdRole:
            return entry.id
        if role == ErrorRole:
            return entry.error
        return None


class LibraryPanel(QWidget):
    """The list of reports with Open, Add report…, Remove and the selected one's error."""

    open_requested = Signal(str)
    add_requested = Signal()
    remove_requested = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Library of reports"))
        self.model = LibraryModel(library, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Reports"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._current_changed)
        self.model.dataChanged.connect(self._current_changed)
        self.error = QPlainTextEdit(self)
        self.error.setReadOnly(True)
        self.error.setMaximumHeight(self.error.fontMetrics().lineSpacing() * 6 + 12)
        self.error.setAccessibleName(self.tr("Problem with the selected report"))
        self.error.hide()
        self.open_button = self._button(self.tr("&Open"), self._open_current)
        self.add_button = self._button(self.tr("&Add Report…"), self.add_requested.emit)
        self.remove_button = self._button(self.tr("&Remove"), self._remove_current)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        if library.folder_error:  # the user's reports folder cannot be listed
            folder = QLabel(self.tr("Your added reports cannot be listed: {error}").format(
                error=library.folder_error), self)
            folder.setTextFormat(Qt.TextFormat.PlainText)
            folder.setWordWrap(True)
            folder.setObjectName("library-folder-error")
            layout.addWidget(folder)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._current_changed()

    def sizeHint(self) -> QSize:
        return QSize(380, 300)

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def current_entry(self) -> LibraryEntry | None:
        return self.model.entry(self.view.currentIndex())

    def select(self, report_id: str) -> None:
        row = self.model.row_of(report_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    @Slot()
    def _current_changed(self, *_: object) -> None:
        entry = self.current_entry()
        self.open_button.setEnabled(entry is not None and entry.error is None)
        self.remove_button.setEnabled(entry is not None and not entry.bundled)
        self.error.setVisible(bool(entry and entry.error))
        self.error.setPlainText(short_error(entry) if entry and entry.error else "")
        self.error.setToolTip(plain_tip(entry.error) if entry and entry.error else "")

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index)
        if entry is not None:
            self.open_requested.emit(entry.id)

    @Slot()
    def _open_current(self) -> None:
        self._activated(self.view.currentIndex())

    @Slot()
    def _remove_current(self) -> None:
        entry = self.current_entry()
        if entry is not None and not entry.bundled:
            self.remove_requested.emit(entry.id)

"""The notes panel: bookmarks and highlights by report, with Open, Edit note, Delete and Export."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QModelIndex, QSize, Qt, Slot
from PySide6.QtGui import (
    QAction,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from vibe_desktop.ui.notes.model import COLUMN_NOTE, NotesModel
from vibe_desktop.ui.roles import AnchorRole
from vibe_desktop.userdata.annotations import AnnotationStore, Change, Highlight

if TYPE_CHECKING:
    from vibe_desktop.userdata.annotations import AnnotationStore, Change


class NotesController(Protocol):
    """What the panel asks of Keep's controller (``keeper.Keeper``)."""

    store: AnnotationStore

    def report_title(self, report_id: str) -> str: ...
    def edit_note(self, item_id: str, text: str) -> None: ...
    def edit_item(self, item_id: str) -> None: ...
    def opening_words(self, anchor: str, words: int = 12) -> str: ...
    def export(self) -> None: ...
    def jump(self, anchor: str, highlight: Highlight | None = None) -> None: ...
    def push(self, change: Change) -> bool: ...

class NotesPanel(QWidget):
    """The list of bookmarks and highlights, with Open, Edit note, Delete and Export."""

    def __init__(self, keeper: NotesController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.setAccessibleName(self.tr("Notes and bookmarks"))
        self.model = NotesModel(keeper.store, keeper.report_title, self,
                                opening=keeper.opening_words)
        self.model.edit_requested.connect(keeper.edit_note)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Bookmarks and highlights by report"))
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        # notes are written in the note editor (F2, Edit Note, Enter on the note), which
        # shows the whole note, not in a one-line cell
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        edit = QAction(self.tr("Edit Note"), self.view)
        edit.setShortcut(QKeySequence("F2"))
        edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.triggered.connect(self.edit_current)
        self.view.addAction(edit)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.activated.connect(self.open_index)  # Enter (and double-click)
        self.view.clicked.connect(self._clicked)
        self.view.expandAll()
        self.view.header().resizeSection(0, 150)
        self.view.header().resizeSection(1, 190)
        self.model.rowsInserted.connect(lambda parent, *_: self.view.expand(parent)
                                        if parent.isValid() else self.view.expandAll())
        self.model.modelReset.connect(self.view.expandAll)
        self.edit_button = self._button(self.tr("&Edit Note"), self.edit_current)
        self.delete_button = self._button(self.tr("&Delete"), self.delete_current)
        self.export_button = self._button(self.tr("E&xport…"), keeper.export)
        delete = QAction(self.tr("Delete"), self.view)
        delete.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete)])
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.view.addAction(delete)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.delete_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def _button(self, text: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def sizeHint(self) -> QSize:
        return QSize(440, 400)

    def current_item_index(self) -> QModelIndex:
        index = self.view.currentIndex()
        return index if self.model.item(index) is not None else QModelIndex()

    @Slot(QModelIndex)
    def open_index(self, index: QModelIndex) -> None:
        item = self.model.item(index)
        if item is not None and index.column() == COLUMN_NOTE:
            self.keeper.edit_item(item.id)  # Enter or double-click on the note: write it
            return
        anchor = index.data(AnchorRole)
        if anchor:
            self.keeper.jump(anchor, item if isinstance(item, Highlight) else None)

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        if index.column() != COLUMN_NOTE or self.model.item(index) is None:
            self.open_index(index)  # a click on the note only selects it

    @Slot()
    def edit_current(self) -> None:
        item = self.model.item(self.current_item_index())
        if item is not None:
            self.keeper.edit_item(item.id)

    @Slot()
    def delete_current(self) -> None:
        item = self.model.item(self.view.currentIndex())
        if item is not None:
            self.keeper.push(self.keeper.store.removing(item.id))

    def select_item(self, item_id: str, *, edit: bool = False) -> None:
        index = self.model.index_of(item_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            if edit:
                self.edit_current()

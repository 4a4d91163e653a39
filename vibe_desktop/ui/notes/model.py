"""The notes panel's item model: bookmarks and highlights grouped by report, in reading order."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from vibe_desktop.core.citation import reading_order, section_place
from vibe_desktop.core.model import Anchor
from vibe_desktop.i18n import translate
from vibe_desktop.ui.roles import AnchorRole, ItemIdRole
from vibe_desktop.ui.tips import plain_tip
from vibe_desktop.userdata.annotations import AnnotationStore, Bookmark, Change, Highlight, Item

Index = QModelIndex | QPersistentModelIndex
COLUMN_PLACE, COLUMN_TEXT, COLUMN_NOTE = range(3)
_ROOT = QModelIndex()
_keys = itertools.count(1)


@dataclass
class _Group:
    report_id: str
    key: int = field(default_factory=lambda: next(_keys))
    items: list[Item] = field(default_factory=list)


def short_place(anchor: str) -> str:
    """A compact place inside a report for the panel: ``Indicator 6 ¶ 3``."""
    parsed = Anchor.parse(anchor)
    if parsed.indicator is not None:
        text = translate("Notes", "Indicator {n}").format(n=parsed.indicator)
    elif parsed.principle is not None:
        text = translate("Notes", "Principle {n}").format(n=parsed.principle)
    elif parsed.footnote is not None:
        text = translate("Notes", "Footnote {n}").format(n=parsed.footnote)
    elif parsed.section == "summary":
        text = translate("Notes", "Overview")
    elif parsed.section == "panel":
        text = translate("Notes", "Panel")
    else:
        text = parsed.section
    return text if parsed.paragraph is None else f"{text} ¶ {parsed.paragraph}"


def _sort_key(item: Item) -> tuple[Any, ...]:
    return (reading_order(item.anchor), isinstance(item, Highlight),
            getattr(item, "start", 0), item.created)


class NotesModel(QAbstractItemModel):
    """Two levels: a row per report, under it a row per bookmark or highlight.

    Columns: place, text (quote or bookmark label), note. The note (a highlight's note or a
    bookmark's label) is editable; an edit is not applied here but asked for through
    ``edit_requested(item_id, text)`` so the panel can make it undoable.
    """

    edit_requested = Signal(str, str)

    def __init__(self, store: AnnotationStore, title: Callable[[str], str] | None = None,
                 parent: Any = None, *, opening: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._title = title or (lambda report_id: report_id)
        self._opening = opening or (lambda anchor: "")
        self._groups: list[_Group] = []
        self._rebuild()
        store.listeners.append(self.on_change)

    def detach(self) -> None:
        """Stop following the store (when the panel goes away)."""
        if self.on_change in self.store.listeners:
            self.store.listeners.remove(self.on_change)

    def _rebuild(self) -> None:
        groups: dict[str, _Group] = {}
        for item in self.store.items():
            groups.setdefault(item.report_id, _Group(item.report_id)).items.append(item)
        for group in groups.values():
            group.items.sort(key=_sort_key)
        self._groups = sorted(groups.values(), key=lambda g: g.report_id)

    # -- following the store ---------------------------------------------------------
    def reset(self) -> None:
        """Re-read everything (after the store was reloaded)."""
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def on_change(self, change: Change) -> None:
        before, after = change.before, change.after
        if before is not None and after is not None and before.anchor == after.anchor:
            index = self.index_of(before.id)
            if index.isValid():
                group = self._groups[index.parent().row()]
                group.items[index.row()] = after
                self.dataChanged.emit(index.siblingAtColumn(0),
                                      index.siblingAtColumn(self.columnCount() - 1))
                return
        if before is not None:
            self._remove(before.id)
        if after is not None:
            self._insert(after)

    def _remove(self, item_id: str) -> None:
        index = self.index_of(item_id)
        if not index.isValid():
            return
        g = index.parent().row()
        group = self._groups[g]
        if len(group.items) == 1:
            self.beginRemoveRows(QModelIndex(), g, g)
            del self._groups[g]
        else:
            self.beginRemoveRows(index.parent(), index.row(), index.row())
            del group.items[index.row()]
        self.endRemoveRows()

    def _insert(self, item: Item) -> None:
        ids = [g.report_id for g in self._groups]
        if item.report_id not in ids:
            g = sum(1 for report_id in ids if report_id < item.report_id)
            self.beginInsertRows(QModelIndex(), g, g)
            self._groups.insert(g, _Group(item.report_id, items=[item]))
            self.endInsertRows()
            return
        g = ids.index(item.report_id)
        group = self._groups[g]
        key = _sort_key(item)
        row = sum(1 for other in group.items if _sort_key(other) <= key)
        self.beginInsertRows(self.index(g, 0), row, row)
        group.items.insert(row, item)
        self.endInsertRows()

    # -- look-ups -----------------------------------------------------------------------
    def index_of(self, item_id: str) -> QModelIndex:
        """The index (column 0) of the item with this id, or an invalid index."""
        for group in self._groups:
            for row, item in enumerate(group.items):
                if item.id == item_id:
                    return self.createIndex(row, 0, group.key)
        return QModelIndex()

    def group_index(self, report_id: str) -> QModelIndex:
        for g, group in enumerate(self._groups):
            if group.report_id == report_id:
                return self.createIndex(g, 0, 0)
        return QModelIndex()

    def item(self, index: Index) -> Item | None:
        """The bookmark or highlight at ``index`` (None for a report row)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        group = self._group_by_key(index.internalId())
        if group is None or not 0 <= index.row() < len(group.items):
            return None
        return group.items[index.row()]

    def _group_by_key(self, key: int) -> _Group | None:
        return next((g for g in self._groups if g.key == key), None)

    # -- QAbstractItemModel ---------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, self._groups[parent.row()].key)

    def parent(self, index: Index | None = None) -> Any:
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        for g, group in enumerate(self._groups):
            if group.key == index.internalId():
                return self.createIndex(g, 0, 0)
        return QModelIndex()

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._groups[parent.row()].items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("Notes", "Place"), translate("Notes", "Text"),
                    translate("Notes", "Note"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COLUMN_NOTE and self.item(index) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index)
        if item is None:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.ToolTipRole:
                shown = self.data(index, Qt.ItemDataRole.DisplayRole)
                return plain_tip(str(shown)) if shown else None
            if role == Qt.ItemDataRole.DisplayRole:
                if index.column() == COLUMN_PLACE:
                    return self._title(group.report_id)
                if index.column() == COLUMN_TEXT:
                    return self.tr("%n item(s)", "", len(group.items))
                return None
            if role == AnchorRole:
                return str(Anchor.summary_page(group.report_id))
            return None
        return self._item_data(item, index.column(), role)

    def _item_data(self, item: Item, column: int, role: int) -> Any:
        if role == AnchorRole:
            return item.anchor
        if role == ItemIdRole:
            return item.id
        note = item.note if isinstance(item, Highlight) else item.label
        if role == Qt.ItemDataRole.ToolTipRole:  # the words are the person's and the report's
            shown = self._item_data(item, column, Qt.ItemDataRole.DisplayRole)
            if column == COLUMN_PLACE:
                shown = section_place(item.anchor)
            elif column == COLUMN_TEXT:
                shown = (item.quote if isinstance(item, Highlight)
                         else self._opening(item.anchor) or "")
            return plain_tip(str(shown or ""))
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_PLACE:
                return short_place(item.anchor)
            if column == COLUMN_TEXT:
                text = (item.quote if isinstance(item, Highlight)
                        else self._opening(item.anchor) or translate("Notes", "(bookmark)"))
                if len(text) > 120:
                    return text[:119] + "…"
                return text
            return note
        if role == Qt.ItemDataRole.EditRole and column == COLUMN_NOTE:
            return note
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(item, column, note)
        return None

    def _spoken(self, item: Item, column: int, note: str) -> str:
        """Each of the three cells says what it is: the place, the words, the note."""
        bookmark = isinstance(item, Bookmark)
        if column == COLUMN_PLACE:
            text = (translate("Notes", "Bookmark, {place}") if bookmark
                    else translate("Notes", "Highlight, {place}"))
            return text.format(place=section_place(item.anchor))
        if column == COLUMN_TEXT:
            if isinstance(item, Highlight):
                return translate("Notes", "Highlighted text: {text}").format(text=item.quote)
            return translate("Notes", "Opening words: {text}").format(
                text=self._opening(item.anchor))
        if not note:
            return (translate("Notes", "No label") if bookmark
                    else translate("Notes", "No note"))
        return (translate("Notes", "Label: {text}") if bookmark
                else translate("Notes", "Note: {text}")).format(text=note)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index)
        if item is None or index.column() != COLUMN_NOTE or role != Qt.ItemDataRole.EditRole:
            return False
        current = item.note if isinstance(item, Highlight) else item.label
        if str(value) != current:
            self.edit_requested.emit(item.id, str(value))
        return True

"""The item delegate that paints search hits (place and marked snippet) in lists and trees."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from vibe_desktop.core.markup import escape
from vibe_desktop.render.hits import hit_document, paint_hit
from vibe_desktop.ui.roles import PlaceRole, SnippetHtmlRole


class HitDelegate(QStyledItemDelegate):
    """Paints a hit as its place and a snippet with the matches emphasised.

    Rows without ``SnippetHtmlRole`` are painted as usual, so trees can mix both.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        snippet = index.data(SnippetHtmlRole)
        if snippet is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        paint_hit(painter, option.rect, option.palette, escape(index.data(PlaceRole) or ""),
                  snippet, selected)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        snippet = index.data(SnippetHtmlRole)
        if snippet is None:
            return super().sizeHint(option, index)
        width = _row_width(option.widget, index)
        doc = hit_document(escape(index.data(PlaceRole) or ""), snippet, option.palette, width)
        return QSize(width, int(doc.size().height()) + 2)


def _row_width(view: QWidget | None, index: QModelIndex | QPersistentModelIndex) -> int:
    if isinstance(view, QTreeView):
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
        return max(120, view.viewport().width() - indent)
    if isinstance(view, QAbstractItemView):
        return max(120, view.viewport().width())
    return 300

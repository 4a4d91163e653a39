"""The report tree: a QAbstractItemModel over a Report, its score-chip delegate and the view.

Rows: Overview, the four principles (each holding its five indicators), Panel & rights.
Each node shows its number and title; a score chip in its band colour is painted wherever
a score exists.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from vibe_desktop.core.bands import band_for
from vibe_desktop.core.model import Anchor, Report
from vibe_desktop.i18n import translate
from vibe_desktop.render.scores import band_fill, band_text, format_score, score_phrase
from vibe_desktop.ui.roles import AnchorRole, KindRole, NumberRole, ScoreRole
from vibe_desktop.ui.tips import plain_tip

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


class Node:
    """One row: what it is, its anchor, label parts and score; children in order.

    A plain class (compared by identity): a dataclass costs ~0.5 ms to create at start."""

    __slots__ = ("anchor", "children", "kind", "number", "parent", "score", "title")

    def __init__(self, kind: str, anchor: str, number: int | None, title: str,
                 score: float | None, parent: Node | None = None) -> None:
        self.kind = kind  # "overview" | "principle" | "indicator" | "panel"
        self.anchor = anchor
        self.number = number
        self.title = title
        self.score = score
        self.parent = parent
        self.children: list[Node] = []

    def row(self) -> int:
        siblings = self.parent.children if self.parent else []
        return siblings.index(self) if self.parent else 0

    def label(self) -> str:
        if self.kind == "principle":
            return translate("Contents", "{n}. {title}").format(n=self.number, title=self.title)
        if self.kind == "indicator":
            return translate("Contents", "{n}. {title}").format(n=self.number, title=self.title)
        return self.title


def build_nodes(report: Report) -> Node:
    """The tree of a report under an invisible root node."""
    rid = report.id
    root = Node("root", rid, None, "", None)
    overview = Node("overview", str(Anchor.summary_page(rid)), None,
                    translate("Contents", "Overview"), report.overall_score, root)
    root.children.append(overview)
    for principle in report.principles:
        pnode = Node("principle", str(Anchor.principle_page(rid, principle.number)),
                     principle.number, principle.title, principle.score, root)
        root.children.append(pnode)
        for indicator in principle.indicators:
            page = str(Anchor.indicator_page(rid, indicator.number))
            pnode.children.append(Node("indicator", page, indicator.number, indicator.title,
                                       indicator.score, pnode))
    root.children.append(Node("panel", str(Anchor.panel_page(rid)), None,
                              translate("Contents", "Panel & rights"), None, root))
    return root


class ReportTreeModel(QAbstractItemModel):
    """Read-only tree model over one Report; ``AnchorRole`` gives each node's page anchor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._root = Node("root", "", None, "", None)
        self._by_anchor: dict[str, Node] = {}

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self._root = build_nodes(report) if report else Node("root", "", None, "", None)
        self._by_anchor = {}
        stack = list(self._root.children)
        while stack:
            node = stack.pop()
            self._by_anchor[node.anchor] = node
            stack.extend(node.children)
        self.endResetModel()

    def _node(self, index: Index) -> Node:
        if index.isValid():
            node = index.internalPointer()
            if isinstance(node, Node):
                return node
        return self._root

    # -- structure ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _NO_PARENT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: Index = _NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._node(index)
        up = node.parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row(), 0, up)

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = _NO_PARENT) -> int:
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._node(index).children:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if section == 0 and orientation == Qt.Orientation.Horizontal and \
                role == Qt.ItemDataRole.DisplayRole:
            return translate("Contents", "Contents")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label()
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self._spoken(node))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(node)
        if role == AnchorRole:
            return node.anchor
        if role == ScoreRole:
            return node.score
        if role == NumberRole:
            return node.number
        if role == KindRole:
            return node.kind
        return None

    def _spoken(self, node: Node) -> str:
        if node.kind == "principle":
            head = translate("Contents", "Principle {n}: {title}").format(n=node.number,
                                                                          title=node.title)
        elif node.kind == "indicator":
            head = translate("Contents", "Indicator {n}: {title}").format(n=node.number,
                                                                          title=node.title)
        elif node.kind == "overview":
            head = translate("Contents", "Overview. Overall score")
        else:
            return node.title
        return translate("Contents", "{head}. Score: {score}").format(
            head=head.rstrip(". "), score=score_phrase(node.score))  # no "information.."

    def index_for_anchor(self, anchor: str) -> QModelIndex:
        """The index of the page ``anchor`` (invalid if the tree has no such page)."""
        node = self._by_anchor.get(anchor)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)


class ScoreChipDelegate(QStyledItemDelegate):
    """Draws the row as usual, plus a score chip in the band colour at the right."""

    def _chip_text(self, index: Index) -> str | None:
        score = index.data(ScoreRole)
        return None if score is None else format_score(score)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = self._chip_text(index)
        if text is None:
            super().paint(painter, option, index)
            return
        fm = QFontMetricsF(option.font)
        chip_w = fm.horizontalAdvance(text) + fm.height() * 0.9
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect = opt.rect
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # The row (selection and focus included) spans the full width; its text is elided
        # short of the chip so the two never overlap.
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        room = max(0.0, min(text_rect.width(), rect.right() - chip_w - 8 - text_rect.left()))
        opt.text = fm.elidedText(opt.text, Qt.TextElideMode.ElideRight, room)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        band = band_for(index.data(ScoreRole))
        if band is None:
            return
        h = fm.height() * 1.1
        chip = QRectF(rect.right() - chip_w - 2, rect.center().y() - h / 2 + 0.5, chip_w, h)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(band_text(band.key), 0.8))
        painter.setBrush(band_fill(band.key))
        painter.drawRoundedRect(chip, h / 2, h / 2)
        painter.setFont(option.font)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        text = self._chip_text(index)
        if text is not None:
            fm = QFontMetricsF(option.font)
            size.setWidth(size.width() + int(fm.horizontalAdvance(text) + fm.height()) + 8)
        return size


class ReportTree(QTreeView):
    """The contents tree beside the text: keyboard and screen-reader friendly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setItemDelegate(ScoreChipDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Report contents"))
        self.setAllColumnsShowFocus(True)
        self.setAccessibleDescription(self.tr(
            "Overview, principles, indicators and panel. Arrow keys move, Enter opens."))

    def expandAll(self) -> None:
        """Expand the rows that have children only: a leaf must not report "expanded"."""
        model = self.model()
        if model is None:
            return
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if model.hasChildren(index):
                self.expand(index)

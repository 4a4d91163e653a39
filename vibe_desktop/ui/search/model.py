"""The search results list model and the translated place labels of hits."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from vibe_desktop.core.model import PRINCIPLE_TITLES
from vibe_desktop.core.search import Hit
from vibe_desktop.core.search_docs import Doc
from vibe_desktop.i18n import translate
from vibe_desktop.render.hits import snippet_html
from vibe_desktop.ui.roles import AnchorRole, HitRole, PlaceRole, SnippetHtmlRole
from vibe_desktop.ui.tips import plain_tip


def place_label(hit: Hit | Doc, report_title: str) -> str:
    """Where a hit is, translated: "Kazakhstan 2022 › Principle 2 › Indicator 6"."""
    parts = [report_title]
    if hit.kind == "summary":
        parts.append(translate("Search", "Overview"))
    elif hit.kind == "panel":
        parts.append(translate("Search", "Panel"))
    elif hit.kind == "footnote":
        parts.append(translate("Search", "Footnote %1").replace("%1", str(hit.footnote)))
    else:
        if hit.principle is not None:
            parts.append(translate("Search", "Principle %1").replace("%1", str(hit.principle)))
        if hit.indicator is not None:
            parts.append(translate("Search", "Indicator %1").replace("%1", str(hit.indicator)))
        if hit.kind == "quote":
            parts.append(translate("Search", "pull quote"))
    return " › ".join(parts)


def principle_label(number: int) -> str:
    """ "Principle 2: Multiple Channels: How Information Flows" for the filter."""
    return translate("Search", "Principle %1: %2").replace("%1", str(number)).replace(
        "%2", PRINCIPLE_TITLES.get(number, ""))


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
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(f"{place}: {hit.snippet}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
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

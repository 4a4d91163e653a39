"""People (Tools menu): panelists and moderator, their pull quotes and the paragraphs naming them.

The matching of names across spellings is core.people's; the data comes from the report's
search index (built off the GUI thread), so opening the view never blocks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QTreeView, QVBoxLayout, QWidget

from vibe_desktop.core import navigation
from vibe_desktop.core.markup import escape
from vibe_desktop.core.people import Mention, PersonEntry
from vibe_desktop.core.search import SearchIndex
from vibe_desktop.core.textnorm import make_snippet
from vibe_desktop.i18n import translate
from vibe_desktop.render.hits import snippet_html
from vibe_desktop.ui.announce import announce
from vibe_desktop.ui.roles import AnchorRole, HighlightRole, PlaceRole, SnippetHtmlRole
from vibe_desktop.ui.search.delegate import HitDelegate
from vibe_desktop.ui.search.model import place_label
from vibe_desktop.ui.tips import plain_tip

if TYPE_CHECKING:
    from vibe_desktop.ui.shell.host import ReaderHost



def _item(text: str, target: str, highlight: str, tip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(target, AnchorRole)
    item.setData(highlight, HighlightRole)
    item.setToolTip(plain_tip(tip or text))
    item.setData(tip or text, Qt.ItemDataRole.AccessibleTextRole)
    return item


def _mention_item(
    index: SearchIndex, mention: Mention, target: str, highlight: str
) -> QStandardItem:
    """A quote or paragraph row: its place, and a snippet with the name emphasised."""
    doc = index.by_anchor.get(mention.anchor)
    place = place_label(doc, index.title) if doc is not None else mention.anchor
    short_place = place.split(" › ", 1)[-1]  # the header already names the report
    snippet, spans = make_snippet(mention.text, list(mention.spans))
    item = _item(f"{short_place}: {snippet}", target, highlight, f"{place}\n{mention.text}")
    item.setData(short_place, PlaceRole)
    item.setData(snippet_html(snippet, spans), SnippetHtmlRole)
    return item


def build_model(index: SearchIndex, model: QStandardItemModel) -> None:
    """Fill ``model`` with one row per person, their quotes and the paragraphs naming them."""
    model.clear()
    model.setHorizontalHeaderLabels(
        [translate("People", "People in %1").replace("%1", index.title)])
    for entry in index.people:
        model.appendRow(_person_row(index, entry))


def _person_row(index: SearchIndex, entry: PersonEntry) -> QStandardItem:
    person = entry.person
    role = (translate("People", "moderator") if entry.role == "moderator"
            else translate("People", "panelist"))
    tip = (
        f"{person.name}, {person.details} ({role})" if person.details else f"{person.name} ({role})"
    )
    row = _item(person.name, navigation.target_page(entry.anchor), person.name, tip)
    lines = [person.details] if person.details else []
    others = [s for s in entry.spellings[1:] if len(s.split()) > 1]
    if others:
        lines.append(translate("People", "Also written: %1").replace("%1", "; ".join(others)))
    for line in lines:  # wrapped, not cut off, in a narrow dock
        item = _item(line, navigation.target_page(entry.anchor), person.name)
        item.setData(escape(line), SnippetHtmlRole)
        row.appendRow(item)
    for label, mentions, kind in (
        (translate("People", "Pull quotes (%1)"), entry.quotes, "quote"),
        (translate("People", "Named in (%1)"), entry.paragraphs, "paragraph"),
    ):
        if not mentions:
            continue
        group = _item(label.replace("%1", str(len(mentions))), "", "")
        group.setSelectable(True)
        for mention in mentions:
            first = mention.spans[0] if mention.spans else None
            spelling = mention.text[first[0] : first[1]] if first else entry.surname
            target = navigation.target_page(mention.anchor) if kind == "quote" else mention.anchor
            group.appendRow(_mention_item(index, mention, target, spelling))
        row.appendRow(group)
    return row


class PeopleView(QWidget):
    """The People dock's contents: a tree of people; activating a row opens that place."""

    filled = Signal(str)

    def __init__(self, host: ReaderHost) -> None:
        super().__init__(host.widget())
        self.host = host
        self.setObjectName("people-view")
        self.setAccessibleName(self.tr("People"))
        self.store = host.search_index()
        self.status = QLabel(self)
        self.status.setObjectName("people-status")
        self.status.setAccessibleName(self.tr("People status"))
        self.status.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("people-tree")
        self.tree.setAccessibleName(self.tr("Panelists, their quotes and mentions"))
        self.status.setBuddy(self.tree)
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(HitDelegate(self.tree))
        self.tree.setVerticalScrollMode(QTreeView.ScrollMode.ScrollPerPixel)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().sectionResized.connect(self._relayout)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setHeaderHidden(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        self.report_id = ""
        self.tree.activated.connect(self._on_activated)
        self.store.index_ready.connect(self._on_index_ready)
        self.store.index_failed.connect(self._on_index_failed)
        host.report_opened.connect(self.show_report)
        try:
            self.show_report(host.current_report().id)
        except RuntimeError:
            self.status.setText(self.tr("Open a report to see its panel."))

    @Slot(str)
    def show_report(self, report_id: str) -> None:
        """List the people of ``report_id`` (now, or when its index is ready)."""
        self.report_id = report_id
        index = self.store.get(report_id)
        if index is None:
            self.model.clear()
            self._set_status(self.tr("Reading the report…"))
            return
        build_model(index, self.model)
        self.tree.expandToDepth(0)
        if not self.tree.currentIndex().isValid() and self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
        self._set_status(
            self.tr("%n person(s); names are matched across the report's spellings.", "",
                    len(index.people))
        )
        self.filled.emit(report_id)

    def _set_status(self, text: str) -> None:
        if text != self.status.text() and self.isVisible():
            announce(self, text)  # the status is read out, not only shown
        self.status.setText(text)

    def focus_first(self) -> None:
        """Opening the dock, or F6 into it: the list of people (not the container)."""
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _relayout(self) -> None:
        self.tree.doItemsLayout()  # rows wrap to the new width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    @Slot(str)
    def _on_index_ready(self, report_id: str) -> None:
        if report_id == self.report_id:
            self.show_report(report_id)

    @Slot(str, str)
    def _on_index_failed(self, report_id: str, message: str) -> None:
        if report_id == self.report_id:
            self._set_status(self.tr("Cannot list people: %1").replace("%1", message))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        target = index.data(AnchorRole)
        if target:
            self.host.open_anchor(target, highlight=index.data(HighlightRole) or None)

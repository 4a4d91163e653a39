"""Keep: bookmarks, highlights with notes, copy with citation, the notes panel and its undo stack."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QCursor,
    QGuiApplication,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from vibe_desktop.core import markup
from vibe_desktop.core.citation import cite, cite_paragraph
from vibe_desktop.core.model import Anchor, Quote
from vibe_desktop.ui.notes.model import COLUMN_NOTE, NotesModel
from vibe_desktop.ui.roles import AnchorRole
from vibe_desktop.ui.shell import dialogs
from vibe_desktop.userdata.annotations import AnnotationStore, Bookmark, Change, Highlight
from vibe_desktop.userdata.store import StoreError

if TYPE_CHECKING:
    from vibe_desktop.ui.shell.main_window import MainWindow

HIGHLIGHT_COLOR = QColor("#b9f6ca")
OWNER = "highlights"


class ChangeCommand(QUndoCommand):
    """One annotation change on the undo stack; the first redo is the change already made."""

    def __init__(self, keeper: Keeper, change: Change) -> None:
        super().__init__(change.text)
        self.keeper = keeper
        self.change = change
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.keeper.apply(self.change, undoable=False)

    def undo(self) -> None:
        if not self.keeper.apply(self.change.inverted(), undoable=False):
            self.setObsolete(True)


class NotesPanel(QWidget):
    """The list of bookmarks and highlights, with Open, Edit note, Delete and Export."""

    def __init__(self, keeper: Keeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.setAccessibleName(self.tr("Notes and bookmarks"))
        self.model = NotesModel(keeper.store, keeper.report_title, self)
        self.model.edit_requested.connect(keeper.edit_note)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Bookmarks and highlights by report"))
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
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
        anchor = index.data(AnchorRole)
        if anchor:
            self.keeper.jump(anchor, item if isinstance(item, Highlight) else None)

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        if index.column() != COLUMN_NOTE or self.model.item(index) is None:
            self.open_index(index)  # a click on the note starts editing it instead

    @Slot()
    def edit_current(self) -> None:
        index = self.current_item_index()
        if index.isValid():
            note = index.siblingAtColumn(COLUMN_NOTE)
            self.view.setFocus()
            self.view.setCurrentIndex(note)
            self.view.edit(note)

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


class Keeper(QObject):
    """Everything "Keep" adds to one window: store, undo stack, actions, painting, the panel."""

    def __init__(self, window: MainWindow, store: AnnotationStore | None = None) -> None:
        super().__init__(window)
        self.setObjectName("keeper")
        self.window = window
        self.store = store or AnnotationStore()
        self.notices = self.store.load()
        self.undo_stack = QUndoStack(self)
        self.panel: NotesPanel | None = None
        self.dock: QDockWidget | None = None
        self.store.listeners.append(lambda _change: self.paint())
        window.detail.page_rendered.connect(self.paint)
        window.detail.context_menu_hooks.append(self.context_menu)
        self._add_actions()
        if self.notices:
            QTimer.singleShot(0, self.show_notices)

    def _add_actions(self) -> None:
        edit = self.window.menu("edit")
        edit.addSeparator()
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo)])
        for action in (undo, redo):
            edit.addAction(action)
        self.actions: dict[str, QAction] = {"undo": undo, "redo": redo}
        edit.addSeparator()
        for key, text, shortcut, slot in (
            ("bookmark", self.tr("&Bookmark This Page"), "Ctrl+D", self.toggle_bookmark),
            ("highlight", self.tr("&Highlight Selection"), "Ctrl+H",
             lambda: self.highlight_selection()),
            ("highlight-note", self.tr("Highlight with &Note…"), "Ctrl+Shift+H",
             lambda: self.highlight_selection(with_note=True)),
            ("cite", self.tr("Copy with &Citation"), "Ctrl+Shift+C", self.copy_with_citation),
        ):
            action = QAction(text, self)
            action.setObjectName(f"keep-{key}")
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            edit.addAction(action)
            self.actions[key] = action
        show = QAction(self.tr("&Notes and Bookmarks"), self)
        show.setObjectName("keep-show-panel")
        show.setShortcut(QKeySequence("Ctrl+Shift+B"))
        show.triggered.connect(self.show_panel)
        self.window.menu("view").addAction(show)
        export = QAction(self.tr("Export &Notes…"), self)
        export.setObjectName("keep-export")
        export.triggered.connect(self.export)
        file_menu = self.window.menu("file")
        existing = file_menu.actions()
        quit_at = next((n for n, a in enumerate(existing) if a.objectName() == "quit"), None)
        if quit_at is None:
            file_menu.addAction(export)
        else:  # above the separator that sets Quit apart
            before = quit_at - 1 if quit_at and existing[quit_at - 1].isSeparator() else quit_at
            file_menu.insertAction(existing[before], export)
        self.actions.update({"show": show, "export": export})

    # -- helpers ------------------------------------------------------------------------
    def report_title(self, report_id: str) -> str:
        try:
            return self.window.library.entry(report_id).title
        except KeyError:
            return report_id

    @Slot()
    def show_notices(self) -> None:
        for notice in self.notices:
            dialogs.warning(self.window, self.tr("Your notes"), notice.text)
        self.notices = []

    def ensure_panel(self) -> NotesPanel:
        if self.panel is None:
            self.panel = NotesPanel(self)
            self.dock = self.window.add_panel(self.panel, self.tr("Notes and Bookmarks"))
        return self.panel

    @Slot()
    def show_panel(self) -> NotesPanel:
        panel = self.ensure_panel()
        assert self.dock is not None
        self.dock.show()
        self.dock.raise_()
        panel.view.setFocus()
        return panel

    def apply(self, change: Change, *, undoable: bool = True) -> bool:
        """Make a change (saved at once); False, after telling the person, if it cannot be saved."""
        try:
            self.store.apply(change)
        except StoreError as exc:
            dialogs.error(self.window, self.tr("Notes not saved"), str(exc))
            return False
        if undoable:
            self.undo_stack.push(ChangeCommand(self, change))
        return True

    def push(self, change: Change) -> bool:
        return self.apply(change, undoable=True)

    def jump(self, anchor: str, highlight: Highlight | None = None) -> None:
        if not self.window.open_anchor(anchor) or highlight is None:
            return
        span = self._located(highlight)
        if span is not None:
            cursor = QTextCursor(self.window.detail.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            self.window.detail.setTextCursor(cursor)

    def _paragraph_text(self, start: int, end: int) -> str:
        cursor = QTextCursor(self.window.detail.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def _located(self, highlight: Highlight) -> tuple[int, int] | None:
        span = self.window.detail.paragraph_range(highlight.anchor)
        if span is None:
            return None
        found = highlight.locate(self._paragraph_text(*span))
        return None if found is None else (span[0] + found[0], span[0] + found[1])

    # -- painting -----------------------------------------------------------------------
    @Slot()
    def paint(self) -> None:
        detail = self.window.detail
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT_COLOR)
        fmt.setForeground(QColor("#000000"))
        selections = []
        for highlight in self.store.highlights_in(detail.paragraph_anchors()):
            span = self._located(highlight)
            if span is None:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(detail.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[misc]
            selection.format = fmt  # type: ignore[misc]
            selections.append(selection)
        detail.set_extra_selections(OWNER, selections)

    # -- actions ------------------------------------------------------------------------
    @Slot()
    def toggle_bookmark(self) -> None:
        page = self.window.current_anchor()
        if not page:
            return
        existing = self.store.bookmark_for(page)
        if existing is not None:
            self.push(self.store.removing(existing.id))
        else:
            self.push(self.store.adding(Bookmark(page)))

    def bookmark(self, anchor: str) -> None:
        if self.store.bookmark_for(anchor) is None:
            self.push(self.store.adding(Bookmark(anchor)))

    def highlight_selection(self, *, with_note: bool = False) -> list[Highlight]:
        """Highlight the selected text, one highlight per paragraph it covers."""
        detail = self.window.detail
        cursor = detail.textCursor()
        first, last = cursor.selectionStart(), cursor.selectionEnd()
        made: list[Highlight] = []
        for anchor in detail.paragraph_anchors():
            span = detail.paragraph_range(anchor)
            assert span is not None
            start, end = max(first, span[0]), min(last, span[1])
            if end > start:
                quote = self._paragraph_text(start, end)
                if quote.strip():
                    made.append(Highlight(anchor, start - span[0], end - span[0], quote))
        if not made:
            dialogs.info(self.window, self.tr("Highlight"), self.tr(
                "Select some text of the report's paragraphs first, then choose Highlight."))
            return []
        if len(made) > 1:
            self.undo_stack.beginMacro(self.tr("highlight"))
        try:
            done = [h for h in made if self.push(self.store.adding(h))]
        finally:
            if len(made) > 1:
                self.undo_stack.endMacro()
        if with_note and done:
            self.show_panel().select_item(done[0].id, edit=True)
        return done

    @Slot(str, str)
    def edit_note(self, item_id: str, text: str) -> None:
        item = self.store.get(item_id)
        field = "note" if isinstance(item, Highlight) else "label"
        self.push(self.store.editing(item_id, **{field: text}))

    def _quote_for(self, text: str) -> Quote | None:
        """The pull quote on this page that holds ``text`` (a selection or a whole block)."""
        report, page = self.window.current_report(), Anchor.parse(self.window.current_anchor())
        if page.indicator is None or not text.strip():
            return None
        wanted = " ".join(text.split())
        for quote in report.indicator(page.indicator).quotes:
            if wanted in " ".join(markup.to_plain(quote.text).split()):
                return quote
        return None

    def citation(self, anchor: str | None, selected: str) -> str | None:
        """The text "Copy with citation" puts on the clipboard, or None if nothing fits."""
        try:
            report = self.window.current_report()
        except RuntimeError:
            return None
        if selected.strip():
            quote = None if anchor else self._quote_for(selected)
            if quote is not None:
                return cite(report, self.window.current_anchor(), selected, quote.speaker)
            return cite(report, anchor or self.window.current_anchor(), selected)
        if anchor:
            return cite_paragraph(report, anchor)
        return None

    @Slot()
    def copy_with_citation(self) -> None:
        detail = self.window.detail
        cursor = detail.textCursor()
        selected = cursor.selectedText().replace("\u2029", "\n")
        anchor = detail.anchor_at(cursor.selectionStart())
        text = self.citation(anchor, selected)
        if text is None:
            dialogs.info(self.window, self.tr("Copy with citation"), self.tr(
                "Select some text, or right-click a paragraph, to copy it with its citation."))
            return
        QGuiApplication.clipboard().setText(text)

    def context_menu(self, menu: QMenu, anchor: str | None, selected: str) -> None:
        """Adds Copy with Citation, Highlight and Bookmark to the text's context menu."""
        menu.addSeparator()
        text = self.citation(anchor, selected)
        if text is None and not selected.strip():
            detail = self.window.detail
            spot = detail.cursorForPosition(detail.viewport().mapFromGlobal(QCursor.pos()))
            block = spot.block().text()
            quote = self._quote_for(block) if block.strip() else None
            if quote is not None:
                quote_text = markup.to_plain(quote.text)
                text = cite(self.window.current_report(), self.window.current_anchor(),
                            quote_text, quote.speaker)
        if text is not None:
            copy = menu.addAction(self.tr("Copy with Citation"))
            copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(text))
        if selected.strip():
            mark_text = menu.addAction(self.tr("Highlight"))
            mark_text.triggered.connect(lambda: self.highlight_selection())
        if anchor:
            mark = menu.addAction(self.tr("Bookmark This Paragraph"))
            mark.triggered.connect(lambda: self.bookmark(anchor))

    @Slot()
    def export(self) -> None:
        from vibe_desktop.export.notes import library_resolver, to_csv, to_markdown
        from vibe_desktop.userdata.atomic import atomic_write

        chosen = dialogs.save_file(self.window, self.tr("Export notes"),
                                   self.tr("Markdown (*.md);;CSV (*.csv)"))
        if not chosen:
            return
        resolve = library_resolver(self.window.library.get)
        items = self.store.items()
        text = to_csv(items, resolve) if chosen.lower().endswith(".csv") else (
            to_markdown(items, resolve))
        try:
            atomic_write(Path(chosen), text.encode("utf-8"))
        except OSError as exc:
            dialogs.error(self.window, self.tr("Export notes"),
                          self.tr("Could not write {path}: {error}").format(
                              path=chosen, error=exc.strerror or exc))


def install(window: MainWindow) -> None:
    """Add Keep (bookmarks, highlights, notes, copy with citation) to ``window``."""
    Keeper(window)

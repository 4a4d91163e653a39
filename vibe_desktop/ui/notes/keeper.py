"""Keep's controller: the annotation store, undo stack, actions, painting, citation and export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QObject, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QCursor,
    QGuiApplication,
    QKeySequence,
    QTextCursor,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QMenu,
)

from vibe_desktop.core import markup
from vibe_desktop.core.citation import citation_for, cite, quote_holding, section_place
from vibe_desktop.core.model import Anchor
from vibe_desktop.i18n import translate
from vibe_desktop.ui.announce import announce
from vibe_desktop.ui.notes.panel import NotesPanel
from vibe_desktop.ui.reading.reading_pane import marked
from vibe_desktop.ui.shell import dialogs
from vibe_desktop.ui.shell.actions import make_action
from vibe_desktop.userdata.annotations import AnnotationStore, Bookmark, Change, Highlight
from vibe_desktop.userdata.store import StoreError, StoreNotice

if TYPE_CHECKING:
    from vibe_desktop.ui.shell.host import ReaderHost

HIGHLIGHT_COLOR = QColor("#b9f6ca")
OWNER = "highlights"
# The notes panel's dock, by a name that is the same in every language (the saved layout).
NOTES_DOCK = "dock-notes-and-bookmarks"


def change_text(change: Change) -> str:
    """The undo text of ``change`` (Edit → Undo …) in the UI language."""
    bookmark = change.kind == "bookmark"
    if change.action == "add":
        return (translate("Keeper", "Add Bookmark") if bookmark
                else translate("Keeper", "Add Highlight"))
    if change.action == "delete":
        return (translate("Keeper", "Remove Bookmark") if bookmark
                else translate("Keeper", "Remove Highlight"))
    if change.action == "edit":
        return (translate("Keeper", "Edit Bookmark Label") if bookmark
                else translate("Keeper", "Edit Note"))
    if change.action == "external":
        return translate("Keeper", "Change Made in Another Window")
    return ""


class ChangeCommand(QUndoCommand):
    """One annotation change on the undo stack; the first redo is the change already made."""

    def __init__(self, keeper: Keeper, change: Change) -> None:
        super().__init__(change_text(change))
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


class Keeper(QObject):
    """Everything "Keep" adds to one host: store, undo stack, actions, painting, the panel."""

    def __init__(self, host: ReaderHost, store: AnnotationStore | None = None) -> None:
        super().__init__(host.widget())
        self.setObjectName("keeper")
        self.host = host
        self.store = store or AnnotationStore()
        self.notices = self.store.load()
        self.undo_stack = QUndoStack(self)
        self.panel: NotesPanel | None = None
        self.dock: QDockWidget | None = None
        self.store.listeners.append(lambda _change: self.paint())
        self.store.listeners.append(self.tell)
        host.detail.page_rendered.connect(self.paint)
        host.detail.context_menu_hooks.append(self.context_menu)
        self._add_actions()
        host.location_changed.connect(self.update_bookmark_action)
        host.detail.cursorPositionChanged.connect(self.update_bookmark_action)  # caret moves
        self.update_bookmark_action()
        from vibe_desktop.ui.notes.margin import Margin

        self.margin = Margin(self)
        self.paint()  # the page on show was rendered before Keep was installed
        if self.notices:
            QTimer.singleShot(0, self.show_notices)

    def _add_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo)])
        self.host.add_actions("edit", "undo", [undo, redo])
        self.actions: dict[str, QAction] = {"undo": undo, "redo": redo}
        for key, text, shortcut, slot in (
            ("bookmark", self.tr("&Bookmark This Page"), "Ctrl+D", self.toggle_bookmark),
            ("highlight", self.tr("&Highlight Selection"), "Ctrl+H",
             lambda: self.highlight_selection()),
            ("highlight-note", self.tr("Highlight &with Note…"), "Ctrl+Shift+H",
             lambda: self.highlight_selection(with_note=True)),
            ("cite", self.tr("Copy with C&itation"), "Ctrl+Shift+C", self.copy_with_citation),
        ):
            self.actions[key] = make_action(self, text, slot, [shortcut], f"keep-{key}")
        self.host.add_actions("edit", "keep", [self.actions[k] for k in
                                               ("bookmark", "highlight", "highlight-note", "cite")])
        # the panel's one View toggle (Ctrl+Shift+B shows and hides it); the dock comes later
        self.actions["show"] = self.host.add_panel_opener(self.tr("Notes and Bookmarks"),
                                                          self.show_panel, "Ctrl+Shift+B",
                                                          NOTES_DOCK)
        self.actions["export"] = make_action(self, self.tr("Export &Notes…"), self.export, [],
                                             "keep-export")
        self.host.add_actions("file", "export", [self.actions["export"]])

    # -- feedback -----------------------------------------------------------------------
    def bookmark_target(self) -> str:
        """What Ctrl+D bookmarks: with caret browsing on, the paragraph at the caret; else the
        page ("" before any page)."""
        detail = self.host.detail
        if detail.caret.enabled:
            anchor = detail.anchor_at_caret()
            if anchor:
                return anchor
        return self.host.current_anchor()

    @Slot()
    def update_bookmark_action(self, *_: object) -> None:
        """Edit → "Bookmark This Page" (with caret browsing: "This Paragraph") or, where there
        is one already, "Remove Bookmark"."""
        target = self.bookmark_target()
        marked = bool(target) and self.store.bookmark_for(target) is not None
        if marked:
            text = self.tr("Remove &Bookmark")
        elif target != self.host.current_anchor():
            text = self.tr("&Bookmark This Paragraph")
        else:
            text = self.tr("&Bookmark This Page")
        self.actions["bookmark"].setText(text)

    def tell(self, change: Change) -> None:
        """Say what a change did, in the status bar and to a screen reader."""
        before, after = change.before, change.after
        item = after or before
        if item is None:
            return
        where = section_place(item.anchor)
        bookmark = isinstance(item, Bookmark)
        if before is None:
            text = (self.tr("Bookmark added: {place}") if bookmark
                    else self.tr("Highlight added: {place}"))
        elif after is None:
            text = (self.tr("Bookmark removed: {place}") if bookmark
                    else self.tr("Highlight removed: {place}"))
        else:
            text = (self.tr("Bookmark label saved: {place}") if bookmark
                    else self.tr("Note saved: {place}"))
        text = text.format(place=where)
        self.host.show_status(text)
        announce(self.host.detail, text)
        self.update_bookmark_action()

    def opening_words(self, anchor: str, words: int = 12) -> str:
        """The first words of the paragraph at ``anchor`` (of a page: its first paragraph)."""
        try:
            report = self.host.library.get(Anchor.parse(anchor).report_id)
        except Exception:  # a report that no longer opens: the place alone is shown
            return ""
        for candidate, text in report.paragraphs():
            if candidate == anchor or candidate.startswith(anchor + "/"):
                split = markup.to_plain(text).split()
                return " ".join(split[:words]) + ("…" if len(split) > words else "")
        return ""

    def edit_item(self, item_id: str) -> None:
        """Write a highlight's note (or a bookmark's label) in the note editor."""
        try:
            item = self.store.get(item_id)
        except KeyError:
            return
        if isinstance(item, Highlight):
            title, label, current, about = (self.tr("Note"), self.tr("&Note:"), item.note,
                                            item.quote)
        else:
            title, label, current = self.tr("Bookmark"), self.tr("&Label:"), item.label
            about = self.opening_words(item.anchor)
        place = section_place(item.anchor)  # "принцип 2, …": a line of its own starts upper case
        text = dialogs.edit_text(self.host.widget(), title, label, current,
                                 f"{place[:1].upper()}{place[1:]}\n\n{about}")
        if text is not None and text != current:
            self.edit_note(item_id, text)

    # -- helpers ------------------------------------------------------------------------
    def report_title(self, report_id: str) -> str:
        try:
            return self.host.library.entry(report_id).title
        except KeyError:
            return report_id

    def notice_text(self, notice: StoreNotice) -> str:
        """A store notice in the UI language (the technical reason as the store wrote it)."""
        path = str(notice.path) if notice.path is not None else ""
        name = notice.path.name if notice.path is not None else ""
        words = {
            "read-only": self.tr("Changes to your notes and bookmarks cannot be saved: "
                                   "the folder {path} cannot be written. What is saved there is "
                                   "shown."),
            "stuck": self.tr("Your notes file {path} cannot be read and could not be "
                               "set aside. Changes are not saved until it is fixed or removed."),
            "recovered": self.tr("Your notes file {name} could not be read. Your notes "
                                   "were recovered from the backup saved {saved}."),
            "no-backup": self.tr("Your notes file {name} could not be read and there is "
                                   "no backup. Starting with no notes."),
            "backup-unreadable": self.tr("Your notes file {name} and its backup could "
                                           "not be read. Starting with no notes; nothing was "
                                           "deleted."),
            "unavailable": self.tr("Notes and bookmarks cannot be saved."),
            "skipped": self.tr("%n saved entries in {path} could not be read and are "
                                 "not shown; they are kept in the file unchanged.", "",
                                 notice.count),
        }
        text = words.get(notice.code)
        if text is None:
            return notice.text
        saved = ""
        if notice.saved is not None:
            when = QDateTime.fromSecsSinceEpoch(int(notice.saved.timestamp()))
            saved = QLocale().toString(when, QLocale.FormatType.ShortFormat)
        text = text.format(path=path, name=name, saved=saved)
        if notice.damaged:
            text += "\n\n" + self.tr("The damaged files are kept as: {files}").format(
                files=", ".join(str(p) for p in notice.damaged))
        if notice.reason:
            text += "\n\n" + self.tr("Details: {reason}").format(reason=notice.reason)
        return text

    @Slot()
    def show_notices(self) -> None:
        for notice in self.notices:
            dialogs.warning(self.host.widget(), self.tr("Your notes"), self.notice_text(notice))
        self.notices = []

    def ensure_panel(self) -> NotesPanel:
        if self.panel is None:
            self.panel = NotesPanel(self)
            self.dock = self.host.add_panel(self.panel, self.tr("Notes and Bookmarks"),
                                            name=NOTES_DOCK)
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
            dialogs.error(self.host.widget(), self.tr("Notes not saved"),
                          self.tr("Your change could not be saved.") + "\n\n" + str(exc))
            return False
        if undoable:
            self.undo_stack.push(ChangeCommand(self, change))
        return True

    def push(self, change: Change) -> bool:
        return self.apply(change, undoable=True)

    def jump(self, anchor: str, highlight: Highlight | None = None) -> None:
        if not self.host.open_anchor(anchor) or highlight is None:
            return
        span = self.located(highlight)
        if span is not None:
            cursor = QTextCursor(self.host.detail.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            self.host.detail.setTextCursor(cursor)

    def _paragraph_text(self, start: int, end: int) -> str:
        cursor = QTextCursor(self.host.detail.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def located(self, highlight: Highlight) -> tuple[int, int] | None:
        span = self.host.detail.paragraph_range(highlight.anchor)
        if span is None:
            return None
        found = highlight.locate(self._paragraph_text(*span))
        return None if found is None else (span[0] + found[0], span[0] + found[1])

    # -- painting -----------------------------------------------------------------------
    @Slot()
    def paint(self) -> None:
        detail = self.host.detail
        selections = []
        for highlight in self.store.highlights_in(detail.paragraph_anchors()):
            span = self.located(highlight)
            if span is not None:
                selections.append(marked(detail.document(), *span, HIGHLIGHT_COLOR))
        detail.set_extra_selections(OWNER, selections)

    # -- actions ------------------------------------------------------------------------
    @Slot()
    def toggle_bookmark(self) -> None:
        target = self.bookmark_target()
        if not target:
            return
        existing = self.store.bookmark_for(target)
        if existing is not None:
            self.push(self.store.removing(existing.id))
        else:
            self.push(self.store.adding(Bookmark(target)))

    def bookmark(self, anchor: str) -> None:
        if self.store.bookmark_for(anchor) is None:
            self.push(self.store.adding(Bookmark(anchor)))

    def highlight_selection(self, *, with_note: bool = False) -> list[Highlight]:
        """Highlight the selected text, one highlight per paragraph it covers."""
        detail = self.host.detail
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
            dialogs.info(self.host.widget(), self.tr("Highlight"), self.tr(
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
            self.edit_item(done[0].id)
        return done

    @Slot(str, str)
    def edit_note(self, item_id: str, text: str) -> None:
        item = self.store.get(item_id)
        field = "note" if isinstance(item, Highlight) else "label"
        self.push(self.store.editing(item_id, **{field: text}))

    def citation(self, anchor: str | None, selected: str) -> str | None:
        """The text "Copy with citation" puts on the clipboard, or None if nothing fits."""
        try:
            report = self.host.current_report()
        except RuntimeError:
            return None
        return citation_for(report, self.host.current_anchor(), anchor, selected)

    @Slot()
    def copy_with_citation(self) -> None:
        detail = self.host.detail
        cursor = detail.textCursor()
        selected = cursor.selectedText().replace("\u2029", "\n")
        anchor = detail.anchor_at(cursor.selectionStart())
        text = self.citation(anchor, selected)
        if text is None:
            dialogs.info(self.host.widget(), self.tr("Copy with citation"), self.tr(
                "Select some text, or right-click a paragraph, to copy it with its citation."))
            return
        QGuiApplication.clipboard().setText(text)

    def context_menu(self, menu: QMenu, anchor: str | None, selected: str) -> None:
        """Adds Copy with Citation, Highlight and Bookmark to the text's context menu."""
        menu.addSeparator()
        text = self.citation(anchor, selected)
        if text is None and not selected.strip():
            detail = self.host.detail
            spot = detail.cursorForPosition(detail.viewport().mapFromGlobal(QCursor.pos()))
            block = spot.block().text()
            report, page = self.host.current_report(), self.host.current_anchor()
            quote = quote_holding(report, page, block) if block.strip() else None
            if quote is not None:
                text = cite(report, page, markup.to_plain(quote.text), quote.speaker)
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
        """File → Export Notes…: suggested name in Documents, the chosen filter's format."""
        from vibe_desktop.ui.notes.export import export_notes

        export_notes(self.host, self.store)

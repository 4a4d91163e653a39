"""Keep in the window: bookmarks, highlights painted and listed, notes, undo, citation, export."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMenu

from tests.fixtures.reports import write_report
from tests.ui.reader_helpers import show_window
from vibe_desktop import ACKNOWLEDGMENT
from vibe_desktop.core.library import Library
from vibe_desktop.ui.notes.feature import install
from vibe_desktop.ui.notes.keeper import HIGHLIGHT_COLOR, Keeper
from vibe_desktop.ui.notes.model import COLUMN_NOTE
from vibe_desktop.ui.shell import dialogs
from vibe_desktop.ui.shell.main_window import MainWindow
from vibe_desktop.userdata.annotations import Highlight

PAGE = "testland-2030/i6"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    bundled = tmp_path / "bundled"
    write_report(bundled, report_id="testland-2030")
    write_report(bundled, report_id="otherland-2031", country="Otherland", edition=2031,
                 scores=False)
    library = Library.discover(sorted(bundled.iterdir()), tmp_path / "user")
    return show_window(qtbot, library, PAGE)


@pytest.fixture
def keeper(window: MainWindow) -> Keeper:
    install(window)
    found = window.findChild(Keeper, "keeper")
    assert isinstance(found, Keeper)
    return found


def select(window: MainWindow, anchor: str, start: int, end: int) -> str:
    span = window.detail.paragraph_range(anchor)
    assert span is not None
    cursor = QTextCursor(window.detail.document())
    cursor.setPosition(span[0] + start)
    cursor.setPosition(span[0] + end, QTextCursor.MoveMode.KeepAnchor)
    window.detail.setTextCursor(cursor)
    return cursor.selectedText()


def painted(window: MainWindow) -> list[str]:
    return [s.cursor.selectedText() for s in window.detail.extraSelections()
            if s.format.background().color() == HIGHLIGHT_COLOR]


def test_bookmark_page_with_undo_and_redo(window: MainWindow, keeper: Keeper) -> None:
    assert keeper.actions["bookmark"].shortcut().toString() == "Ctrl+D"
    keeper.actions["bookmark"].trigger()
    assert [b.anchor for b in keeper.store.bookmarks()] == [PAGE]
    keeper.actions["undo"].trigger()
    assert keeper.store.bookmarks() == []
    keeper.actions["redo"].trigger()
    assert [b.anchor for b in keeper.store.bookmarks()] == [PAGE]
    keeper.actions["bookmark"].trigger()  # again: un-bookmark
    assert keeper.store.bookmarks() == []


def test_highlight_is_saved_painted_and_survives_rerender(
    window: MainWindow, keeper: Keeper
) -> None:
    quoted = select(window, f"{PAGE}/p2", 2, 8)
    assert quoted == "second"
    (made,) = keeper.highlight_selection()
    assert (made.anchor, made.start, made.end, made.quote) == (f"{PAGE}/p2", 2, 8, "second")
    assert painted(window) == ["second"]
    assert window.open_anchor("testland-2030/i7") and painted(window) == []
    assert window.open_anchor(PAGE) and painted(window) == ["second"]
    reloaded = Keeper(window)  # a new session reads the same file
    assert [h.quote for h in reloaded.store.highlights()] == ["second"]


def test_selection_over_two_paragraphs_is_one_undo_step(window: MainWindow, keeper: Keeper) -> None:
    first = window.detail.paragraph_range(f"{PAGE}/p1")
    second = window.detail.paragraph_range(f"{PAGE}/p2")
    assert first is not None and second is not None
    cursor = QTextCursor(window.detail.document())
    cursor.setPosition(first[1] - 9)
    cursor.setPosition(second[0] + 8, QTextCursor.MoveMode.KeepAnchor)
    window.detail.setTextCursor(cursor)
    made = keeper.highlight_selection()
    assert [(h.anchor, h.quote) for h in made] == [
        (f"{PAGE}/p1", "sentence."), (f"{PAGE}/p2", "A second")]
    keeper.undo_stack.undo()
    assert keeper.store.highlights() == [] and painted(window) == []


def test_nothing_selected_tells_the_person(
    window: MainWindow, keeper: Keeper, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(dialogs, "info", lambda parent, title, text: told.append(text))
    assert keeper.highlight_selection() == []
    assert told and "Select some text" in told[0] and len(keeper.store) == 0


def test_panel_lists_jumps_edits_and_deletes_with_undo(
    qtmodeltester, qtbot, window: MainWindow, keeper: Keeper  # type: ignore[no-untyped-def]
) -> None:
    select(window, f"{PAGE}/p3", 2, 7)
    (highlight,) = keeper.highlight_selection()
    keeper.actions["bookmark"].trigger()
    assert window.open_anchor("otherland-2031/pr3")
    keeper.actions["bookmark"].trigger()
    panel = keeper.show_panel()
    assert keeper.dock is not None and keeper.dock.isVisible()
    qtmodeltester.check(panel.model)
    groups = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert groups == ["Otherland 2031", "Testland 2030"]
    index = panel.model.index_of(highlight.id)
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_anchor() == PAGE
    assert window.detail.textCursor().selectedText() == "third"
    assert panel.model.setData(index.siblingAtColumn(COLUMN_NOTE), "important")
    stored = keeper.store.get(highlight.id)
    assert isinstance(stored, Highlight) and stored.note == "important"
    panel.view.setCurrentIndex(index)
    panel.delete_current()
    assert highlight.id not in {i.id for i in keeper.store.items()}
    keeper.undo_stack.undo()
    keeper.undo_stack.undo()
    stored = keeper.store.get(highlight.id)
    assert isinstance(stored, Highlight) and stored.note == ""
    assert panel.model.index_of(highlight.id).isValid()


def test_highlight_with_note_opens_the_note_editor(
    window: MainWindow, keeper: Keeper, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str, str]] = []

    def edit_text(parent, title, label, text, context=""):  # type: ignore[no-untyped-def]
        asked.append((label, text, context))
        return "first line\nsecond line"

    monkeypatch.setattr(dialogs, "edit_text", edit_text)
    select(window, f"{PAGE}/p1", 0, 9)
    (made,) = keeper.highlight_selection(with_note=True)
    assert asked and asked[0][0] == "&Note:" and made.quote in asked[0][2]
    stored = keeper.store.get(made.id)
    assert isinstance(stored, Highlight) and stored.note == "first line\nsecond line"
    assert "Note saved" in window.statusBar().currentMessage()
    panel = keeper.show_panel()  # F2 / Edit Note open the same editor, never a one-line cell
    panel.select_item(made.id)
    panel.edit_button.click()
    assert len(asked) == 2 and asked[1][1] == "first line\nsecond line"
    assert panel.view.state() != panel.view.State.EditingState


def test_bookmark_menu_label_status_and_opening_words(
    window: MainWindow, keeper: Keeper
) -> None:
    action = keeper.actions["bookmark"]
    assert action.text() == "&Bookmark This Page"
    action.trigger()
    assert action.text() == "Remove &Bookmark"
    assert window.statusBar().currentMessage().startswith("Bookmark added: ")
    panel = keeper.show_panel()
    (bookmark,) = keeper.store.bookmarks()
    index = panel.model.index_of(bookmark.id)
    words = index.siblingAtColumn(1).data()
    assert words and words != "(bookmark)" and words.split()[0] in window.detail.toPlainText()
    spoken = [index.siblingAtColumn(c).data(Qt.ItemDataRole.AccessibleTextRole)
              for c in range(3)]
    assert spoken[0].startswith("Bookmark, ") and spoken[1].startswith("Opening words: ")
    assert spoken[2] == "No label"
    action.trigger()
    assert action.text() == "&Bookmark This Page"
    assert window.statusBar().currentMessage().startswith("Bookmark removed: ")
    group = panel.model.index(0, 1)
    assert not group.isValid() or "item" in str(group.data())


def test_margin_marks_bookmarked_paragraphs_and_notes(
    qtbot, window: MainWindow, keeper: Keeper, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    margin = keeper.margin
    assert margin.marks == [] and margin.isHidden()
    keeper.bookmark(f"{PAGE}/p2")
    select(window, f"{PAGE}/p3", 0, 5)
    (made,) = keeper.highlight_selection()
    kinds = [m.kind for m in margin.marks]
    assert kinds == ["bookmark"]  # a highlight without a note has no mark
    keeper.edit_note(made.id, "<b>not bold</b>")
    assert [m.kind for m in margin.marks] == ["bookmark", "note"]
    note = margin.marks[1]
    assert note.text == "<b>not bold</b>" and not margin.isHidden()
    span = window.detail.paragraph_range(f"{PAGE}/p3")
    assert span is not None
    cursor = QTextCursor(window.detail.document())
    cursor.setPosition(span[0])
    assert margin.geometry().right() < window.detail.cursorRect(cursor).left()  # beside the text
    edited: list[str] = []
    monkeypatch.setattr(keeper, "edit_item", edited.append)
    qtbot.mouseClick(margin, Qt.MouseButton.LeftButton,
                     pos=margin.rect().topLeft() + QPoint(5, note.top + 2))
    assert edited == [made.id]


def test_copy_selection_and_paragraph_with_citation(window: MainWindow, keeper: Keeper) -> None:
    select(window, f"{PAGE}/p1", 0, 11)
    keeper.actions["cite"].trigger()
    text = QGuiApplication.clipboard().text()
    assert text == (
        "Indicator 6\n\nVIBE 2030 Testland, Principle 2, Indicator 6, paragraph 1 "
        f"(testland-2030/i6/p1)\n{ACKNOWLEDGMENT}\n"
    )
    menu = QMenu()
    keeper.context_menu(menu, f"{PAGE}/p2", "")
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert set(actions) == {"Copy with Citation", "Bookmark This Paragraph"}
    actions["Copy with Citation"].trigger()
    assert QGuiApplication.clipboard().text().startswith("A second paragraph of indicator 6")
    actions["Bookmark This Paragraph"].trigger()
    assert [b.anchor for b in keeper.store.bookmarks()] == [f"{PAGE}/p2"]


def test_pull_quote_cites_its_speaker(window: MainWindow, keeper: Keeper) -> None:
    assert window.open_anchor("testland-2030/i7")
    quote = window.current_report().indicator(7).quotes[0]
    text = keeper.citation(None, "stable for indicator 7")
    assert text is not None and text.startswith("“stable for indicator 7”\n— Panelist\n")
    assert "(testland-2030/i7)" in text and quote.speaker == "Panelist"


def test_export_markdown_and_csv(
    window: MainWindow, keeper: Keeper, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    select(window, f"{PAGE}/p2", 2, 8)
    keeper.highlight_selection()
    for name, chosen in (("notes.md", "Markdown (*.md)"), ("notes", "CSV spreadsheet (*.csv)")):
        monkeypatch.setattr(dialogs, "save_file_as",
                            lambda *a, n=name, f=chosen: (str(tmp_path / n), f))
        keeper.actions["export"].trigger()
    markdown = (tmp_path / "notes.md").read_text(encoding="utf-8")
    assert "> second" in markdown and "- Footnote 6: <https://example.org/6>" in markdown
    data = (tmp_path / "notes.csv").read_text(encoding="utf-8-sig")  # CSV chosen: .csv added
    rows = list(csv.DictReader(io.StringIO(data)))
    assert rows[0]["place"] == "VIBE 2030 Testland, Principle 2, Indicator 6, paragraph 2"


def test_failed_save_is_reported_and_not_on_the_undo_stack(
    window: MainWindow, keeper: Keeper, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text: errors.append(text))
    keeper.store.store.read_only_reason = "written by a newer version of VIBE Desktop"
    keeper.actions["bookmark"].trigger()
    assert errors and "newer version" in errors[0]
    assert keeper.store.bookmarks() == [] and keeper.undo_stack.count() == 0


def test_damaged_store_is_recovered_and_the_person_told(
    qtbot, window: MainWindow, user_home: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    first = Keeper(window)
    first.bookmark(f"{PAGE}/p1")
    first.bookmark(f"{PAGE}/p2")
    store_file = user_home / "data" / "annotations.json"
    store_file.write_bytes(b'{"schema_version": 1, "da')
    told: list[str] = []
    monkeypatch.setattr(dialogs, "warning", lambda parent, title, text: told.append(text))
    second = Keeper(window)
    qtbot.waitUntil(lambda: bool(told))
    assert "recovered from the backup" in told[0]
    assert [b.anchor for b in second.store.bookmarks()] == [f"{PAGE}/p1"]
    assert any(".damaged-" in name for name in os.listdir(store_file.parent))
    assert ".damaged-" in told[0] and "Details: is not valid JSON" in told[0]


def test_store_notices_are_worded_by_the_ui_with_the_date_in_its_locale(keeper: Keeper) -> None:
    from datetime import datetime

    from PySide6.QtCore import QDateTime, QLocale

    from vibe_desktop.userdata.store import StoreNotice

    saved = datetime(2026, 3, 14, 9, 26)
    text = keeper.notice_text(StoreNotice("English", code="recovered", saved=saved,
                                          path=Path("/x/annotations.json")))
    shown = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(saved.timestamp())),
                               QLocale.FormatType.ShortFormat)
    assert text == ("Your notes file annotations.json could not be read. Your notes were "
                    f"recovered from the backup saved {shown}.")
    one = keeper.notice_text(StoreNotice("English", code="skipped", count=1, path=Path("/f")))
    assert one.startswith("1 saved entry in /f could not be read and is not shown")
    assert keeper.notice_text(StoreNotice("As the store wrote it")) == "As the store wrote it"


def test_undo_texts_say_what_is_undone(window: MainWindow, keeper: Keeper) -> None:
    keeper.actions["bookmark"].trigger()
    assert keeper.undo_stack.undoText() == "Add Bookmark"
    select(window, f"{PAGE}/p1", 0, 30)
    (made,) = keeper.highlight_selection()
    assert keeper.undo_stack.undoText() == "Add Highlight"
    keeper.push(keeper.store.editing(made.id, note="n"))
    assert keeper.undo_stack.undoText() == "Edit Note"
    keeper.push(keeper.store.removing(made.id))
    assert keeper.undo_stack.undoText() == "Remove Highlight"


def test_screenshot_of_the_notes_panel(window: MainWindow, keeper: Keeper, tmp_path: Path) -> None:
    select(window, f"{PAGE}/p1", 0, 30)
    (made,) = keeper.highlight_selection()
    keeper.push(keeper.store.editing(made.id, note="Compare with 2021"))
    select(window, f"{PAGE}/p3", 2, 17)
    keeper.highlight_selection()
    keeper.actions["bookmark"].trigger()
    keeper.show_panel()
    window.resize(1300, 800)
    out = Path(os.environ.get("VIBE_SCREENSHOTS", tmp_path)) / "notes_panel.png"
    assert window.grab().save(str(out))
    assert out.stat().st_size > 10_000


def test_keyboard_shortcuts_bookmark_and_undo(qtbot, window: MainWindow, keeper: Keeper) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.detail.setFocus()
    qtbot.keyClick(window.detail, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [b.anchor for b in keeper.store.bookmarks()] == [PAGE]
    qtbot.keyClick(window.detail, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert keeper.store.bookmarks() == []
    select(window, f"{PAGE}/p1", 0, 9)
    qtbot.keyClick(window.detail, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert [h.quote for h in keeper.store.highlights()] == ["Indicator"]


def test_real_report_highlight_and_pull_quote(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import BUNDLED_YAML
    from vibe_desktop.core.markup import to_plain

    win = MainWindow(library=Library.discover([BUNDLED_YAML], tmp_path / "user"),
                     install_features=False)
    win.persist = False
    qtbot.addWidget(win)
    win.show()
    assert win.open_anchor("kazakhstan-2022/i6/p4")
    install(win)
    keeper = win.findChild(Keeper, "keeper")
    assert isinstance(keeper, Keeper)
    quoted = select(win, "kazakhstan-2022/i6/p4", 4, 30)
    (made,) = keeper.highlight_selection()
    assert made.quote == quoted == "blocking of the Hola news "
    assert painted(win) == [quoted]
    quote = win.current_report().indicator(6).quotes[0]
    middle = " ".join(to_plain(quote.text).split()[2:8])
    assert middle in win.detail.toPlainText()  # the pull quote is on the page
    text = keeper.citation(None, middle)
    assert text == (f"“{middle}”\n— Maricheva\n\nVIBE 2022 Kazakhstan, Principle 2, "
                    f"Indicator 6 (kazakhstan-2022/i6)\n{ACKNOWLEDGMENT}\n")


def test_ctrl_d_with_caret_browsing_bookmarks_the_paragraph_at_the_caret(
        window: MainWindow, keeper: Keeper) -> None:
    window.open_anchor("testland-2030/i6")
    detail = window.detail
    detail.caret.set_enabled(True)
    start, _end = detail.paragraph_range("testland-2030/i6/p2") or (0, 0)
    cursor = detail.textCursor()
    cursor.setPosition(start + 1)
    detail.setTextCursor(cursor)
    assert keeper.actions["bookmark"].text() == "&Bookmark This Paragraph"
    keeper.actions["bookmark"].trigger()
    assert keeper.store.bookmark_for("testland-2030/i6/p2") is not None
    assert keeper.store.bookmark_for("testland-2030/i6") is None
    assert keeper.actions["bookmark"].text() == "Remove &Bookmark"
    detail.caret.set_enabled(False)
    keeper.update_bookmark_action()
    assert keeper.actions["bookmark"].text() == "&Bookmark This Page"

"""The library in the window: Add Report…, drag and drop, the panel with broken entries, remove."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from tests.conftest import SOURCE_TXT
from tests.fixtures.reports import write_report
from tests.ui.reader_helpers import show_window
from vibe_desktop.core.library import Library, LibraryEntry
from vibe_desktop.ui.library.feature import LibraryActions, install
from vibe_desktop.ui.roles import ErrorRole, ReportIdRole
from vibe_desktop.ui.shell import dialogs
from vibe_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write_report(bundled, report_id="testland-2030")
    user.mkdir()
    (user / "broken-2020.yaml").write_text("id: broken-2020\ncountry: Broken\nsummary: [\n")
    library = Library.discover(sorted(bundled.iterdir()), user)
    return show_window(qtbot, library, "testland-2030/summary")


@pytest.fixture
def actions(window: MainWindow) -> LibraryActions:
    install(window)
    found = window.findChild(LibraryActions, "library-actions")
    assert isinstance(found, LibraryActions)
    return found


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text: shown.append(text))
    return shown


def rows(actions: LibraryActions) -> list[tuple[str, str | None]]:
    assert actions.panel is not None
    model = actions.panel.model
    return [(model.index(r).data(ReportIdRole), model.index(r).data(ErrorRole))
            for r in range(model.rowCount())]


def test_panel_lists_reports_and_broken_one_with_its_error(
    qtmodeltester, qtbot, window: MainWindow, actions: LibraryActions  # type: ignore[no-untyped-def]
) -> None:
    panel = actions.show_panel()
    qtmodeltester.check(panel.model)
    assert rows(actions)[1] == ("broken-2020", None)  # not tried yet: listed at once
    qtbot.waitUntil(lambda: not actions.checking())
    (good, broken) = rows(actions)
    assert good == ("testland-2030", None)
    assert broken[0] == "broken-2020" and broken[1] and "broken-2020.yaml:" in broken[1]
    assert panel.model.index(1).data().endswith("cannot be opened")
    panel.select("broken-2020")
    assert panel.error.isVisible() and "broken-2020.yaml" in panel.error.toPlainText()
    assert not panel.open_button.isEnabled() and panel.remove_button.isEnabled()
    panel.select("testland-2030")
    assert not panel.error.isVisible() and not panel.remove_button.isEnabled()


def test_add_text_export_from_file_menu_opens_it(
    qtbot, window: MainWindow, actions: LibraryActions, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
    errors: list[str],
) -> None:
    assert actions.actions["add"] in window.menu("file").actions()
    monkeypatch.setattr(dialogs, "open_file", lambda *args: str(SOURCE_TXT))
    with qtbot.waitSignal(actions.added, timeout=60000):  # imported in the worker thread
        actions.actions["add"].trigger()
    assert errors == []
    assert window.current_anchor() == "kazakhstan-2022/summary"
    assert window.current_report().overall_score == 15
    assert (Path(window.library.user_dir) / "kazakhstan-2022.yaml").exists()


def _add(qtbot, actions: LibraryActions, files: list[Path]) -> list[LibraryEntry]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(actions.added, timeout=60000) as blocker:
        actions.add_files(files)
    added: list[LibraryEntry] = blocker.args[0]
    return added


def test_bad_file_shows_what_and_where_and_adds_nothing(
    qtbot, window: MainWindow, actions: LibraryActions, tmp_path: Path, errors: list[str]  # type: ignore[no-untyped-def]
) -> None:
    bad = tmp_path / "half.yaml"
    bad.write_text("id: half-2020\ncountry: Half\nedition: 2020\n", encoding="utf-8")
    before = sorted(os.listdir(window.library.user_dir))
    assert _add(qtbot, actions, [bad]) == []
    assert len(errors) == 1 and "half.yaml:" in errors[0]
    assert sorted(os.listdir(window.library.user_dir)) == before
    assert "half-2020" not in window.library
    assert window.current_anchor() == "testland-2030/summary"


def test_duplicate_of_bundled_report_is_refused(
    qtbot, window: MainWindow, actions: LibraryActions, tmp_path: Path, errors: list[str]  # type: ignore[no-untyped-def]
) -> None:
    copy = write_report(tmp_path / "elsewhere", report_id="testland-2030")
    assert _add(qtbot, actions, [copy]) == []
    assert "bundled with the app" in errors[0]


_KEEP_ALIVE: list[QMimeData] = []  # the events only point at their mime data


def drop_event(kind: type, files: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    _KEEP_ALIVE.append(mime)
    where = QPoint(50, 50) if kind is QDragEnterEvent else QPointF(50, 50)  # as PySide6 wants
    return kind(where, Qt.DropAction.CopyAction, mime,
                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


def test_drag_and_drop_adds_reports(
    qtbot, window: MainWindow, actions: LibraryActions, tmp_path: Path, errors: list[str]  # type: ignore[no-untyped-def]
) -> None:
    yaml_file = write_report(tmp_path / "drop", report_id="dropland-2031", country="Dropland",
                             edition=2031)
    other = tmp_path / "drop" / "picture.png"
    other.write_bytes(b"\x89PNG")
    enter = drop_event(QDragEnterEvent, [yaml_file])
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    refused = drop_event(QDragEnterEvent, [other])
    refused.ignore()
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()
    drop = drop_event(QDropEvent, [yaml_file, other])
    with qtbot.waitSignal(actions.added, timeout=60000):
        QApplication.sendEvent(window, drop)
    assert drop.isAccepted() and errors == []
    assert window.current_anchor() == "dropland-2031/summary"
    assert window.library.entry("dropland-2031").bundled is False


def test_remove_added_report_after_asking(
    qtbot, window: MainWindow, actions: LibraryActions, tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    added = _add(qtbot, actions, [write_report(tmp_path / "in", report_id="gone-2031")])
    assert [e.id for e in added] == ["gone-2031"]
    actions.show_panel()
    monkeypatch.setattr(dialogs, "ask", lambda *args: False)
    actions.remove("gone-2031")
    assert "gone-2031" in window.library
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    actions.remove("gone-2031")
    assert "gone-2031" not in window.library
    assert "gone-2031" not in [r[0] for r in rows(actions)]
    assert not (Path(window.library.user_dir) / "gone-2031.yaml").exists()


def test_screenshot_of_the_library_panel(
    qtbot, window: MainWindow, actions: LibraryActions, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    panel = actions.show_panel()
    qtbot.waitUntil(lambda: not actions.checking())
    panel.select("broken-2020")
    out = Path(os.environ.get("VIBE_SCREENSHOTS", tmp_path)) / "library_panel.png"
    assert window.grab().save(str(out))
    assert out.stat().st_size > 10_000


def test_a_long_import_runs_off_the_gui_thread_and_can_be_cancelled(
    qtbot, window: MainWindow, actions: LibraryActions, errors: list[str],  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from vibe_desktop.importer import ImportCancelledError
    from vibe_desktop.userdata import reports

    started = threading.Event()

    def slow_import(library, path, *, progress, cancelled):  # type: ignore[no-untyped-def]
        progress(0.1, "reading")
        started.set()
        for _ in range(1000):  # the real importer checks between its steps
            if cancelled():
                raise ImportCancelledError()
            threading.Event().wait(0.01)
        raise AssertionError("never cancelled")

    monkeypatch.setattr(reports, "prepare_report_file", slow_import)
    seen: list[str] = []
    actions.adder.progress.connect(seen.append)
    with qtbot.waitSignal(actions.added, timeout=60000) as blocker:
        actions.add_files([SOURCE_TXT])
        assert actions.adder.busy() and actions.cancel.isEnabled()  # returned at once
        qtbot.waitUntil(started.is_set)
        qtbot.waitUntil(lambda: any("10%" in s for s in seen))  # progress reached the bar
        actions.cancel.trigger()
    assert blocker.args[0] == [] and "cancelled" in errors[0]
    assert "kazakhstan-2022" not in window.library
    assert seen[0].startswith("Adding") and seen[-1] == "" and not actions.cancel.isEnabled()


def test_a_vibe_file_is_a_report_yaml(
    qtbot, window: MainWindow, actions: LibraryActions, tmp_path: Path, errors: list[str]  # type: ignore[no-untyped-def]
) -> None:
    yaml_file = write_report(tmp_path / "assoc", report_id="assoc-2032", country="Assoc",
                             edition=2032)
    vibe = yaml_file.rename(yaml_file.with_suffix(".vibe"))
    assert [e.id for e in _add(qtbot, actions, [vibe])] == ["assoc-2032"] and errors == []


def test_an_unlistable_reports_folder_is_named_in_the_panel(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bundled = tmp_path / "bundled"
    write_report(bundled, report_id="testland-2030")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the reports folder should be")
    library = Library.discover(sorted(bundled.iterdir()), blocker)
    window = show_window(qtbot, library, "testland-2030/summary")
    install(window)
    found = window.findChild(LibraryActions, "library-actions")
    assert isinstance(found, LibraryActions)
    panel = found.show_panel()
    label = panel.findChild(QLabel, "library-folder-error")
    assert label is not None and "not-a-folder" in label.text()
    assert label.textFormat() == Qt.TextFormat.PlainText

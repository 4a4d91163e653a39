"""Notes export: suggested name in Documents, the filter decides format and extension, a BOM
for spreadsheets, normal permissions, a status message with Open Folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from tests.fixtures.reports import write_report
from tests.ui.reader_helpers import show_window
from vibe_desktop.core.library import Library
from vibe_desktop.export.files import user_mode
from vibe_desktop.ui.notes import export
from vibe_desktop.ui.notes.export import CSV, MARKDOWN, export_choice, suggested_path
from vibe_desktop.ui.notes.feature import install
from vibe_desktop.ui.notes.keeper import Keeper
from vibe_desktop.ui.shell import dialogs
from vibe_desktop.ui.shell.status import BUTTON_NAME

MD, CSVF = "Markdown (*.md)", "CSV spreadsheet (*.csv)"


def test_suggested_name_in_documents(tmp_path: Path) -> None:
    assert suggested_path("kazakhstan-2022", tmp_path) == tmp_path / "kazakhstan-2022-notes.md"
    assert suggested_path(None, tmp_path).name == "vibe-notes.md"
    assert export.documents_folder().is_absolute()


@pytest.mark.parametrize(("typed", "chosen", "expected"), [
    ("/d/notes", CSVF, ("/d/notes.csv", CSV)),
    ("/d/notes", MD, ("/d/notes.md", MARKDOWN)),
    ("/d/notes.csv", MD, ("/d/notes.csv", CSV)),      # a typed extension decides
    ("/d/notes.MD", CSVF, ("/d/notes.MD", MARKDOWN)),
    ("/d/kz.2022", CSVF, ("/d/kz.2022.csv", CSV)),    # not an export extension
])
def test_the_filter_decides_format_and_extension(typed: str, chosen: str,
                                                 expected: tuple[str, str]) -> None:
    assert export_choice(typed, chosen) == expected


def test_export_writes_csv_with_bom_and_normal_permissions(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    bundled = tmp_path / "bundled"
    write_report(bundled, report_id="testland-2030")
    window = show_window(qtbot, Library.discover(sorted(bundled.iterdir()), tmp_path / "user"),
                         "testland-2030/i6")
    install(window)
    keeper = window.findChild(Keeper, "keeper")
    assert keeper is not None
    keeper.bookmark("testland-2030/i6/p1")
    offered: list[str] = []

    def save_file_as(parent, title, suggested, filters):  # type: ignore[no-untyped-def]
        offered.append(suggested)
        return str(tmp_path / "out" / "mine"), filters[1]

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(dialogs, "save_file_as", save_file_as)
    opened: list[Path] = []
    monkeypatch.setattr(export, "open_folder", opened.append)
    keeper.actions["export"].trigger()
    assert offered and offered[0].endswith("testland-2030-notes.md")
    written = tmp_path / "out" / "mine.csv"
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and not data.startswith(b"\xef\xbb\xbf" * 2)
    assert stat.S_IMODE(os.stat(written).st_mode) == user_mode()
    assert "mine.csv" in window.statusBar().currentMessage()
    button = window.statusBar().findChild(QPushButton, BUTTON_NAME)
    assert button is not None and button.text() == "Open &Folder"
    button.click()
    assert opened == [written]


def test_user_mode_follows_the_umask() -> None:
    old = os.umask(0o022)
    try:
        assert user_mode() == 0o644
    finally:
        os.umask(old)

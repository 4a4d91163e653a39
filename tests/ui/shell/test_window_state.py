"""Window geometry fitted to the screen: first start, restored geometry, dialogs (no widgets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter

from vibe_desktop.ui.shell.dialogs import (
    extension_of,
    fitted_size,
    renamed_for_filter,
    with_extension,
)
from vibe_desktop.ui.shell.window_state import (
    PREFERRED,
    first_start,
    fit_rect,
    restore_layout,
    save_layout,
)
from vibe_desktop.userdata.settings import Settings


@pytest.mark.parametrize(("available", "maximise"), [
    (QRect(0, 0, 1024, 600 - 32), True),
    (QRect(0, 0, 1366, 768 - 32), True),
    (QRect(0, 0, 960, 540 - 16), True),   # 1920×1080 at scale 2
    (QRect(0, 27, 1920, 1080 - 27), False),
])
def test_first_start_fits_and_maximises_small_screens(available: QRect, maximise: bool) -> None:
    rect, maximised = first_start(available)
    assert maximised is maximise
    assert available.contains(rect)
    assert rect.size() == PREFERRED.boundedTo(available.size())


def test_a_large_saved_geometry_is_fitted_to_a_small_screen() -> None:
    available = QRect(0, 0, 1024, 568)
    fitted = fit_rect(QRect(1500, 100, 1800, 1000), available)  # from the projector
    assert fitted == QRect(0, 0, 1024, 568)


def test_a_fitting_geometry_is_kept_and_one_off_screen_moved_back() -> None:
    available = QRect(0, 0, 1366, 736)
    assert fit_rect(QRect(40, 30, 1000, 600), available) == QRect(40, 30, 1000, 600)
    assert fit_rect(QRect(1200, 600, 1000, 600), available) == QRect(366, 136, 1000, 600)
    assert fit_rect(QRect(-300, -50, 800, 500), QRect(1366, 0, 1024, 768)) == QRect(
        1366, 0, 800, 500)


def test_dialogs_are_never_larger_than_the_screen() -> None:
    small = QRect(0, 0, 1024, 568)
    size = fitted_size(QSize(1100, 720), small)
    assert size.width() <= small.width() and size.height() <= small.height()
    assert fitted_size(QSize(400, 300), small) == QSize(400, 300)


def test_filter_extension() -> None:
    assert extension_of("CSV (*.csv)") == ".csv"
    assert extension_of("Markdown (*.md *.markdown)") == ".md"
    assert with_extension("/tmp/notes", "CSV (*.csv)") == "/tmp/notes.csv"
    assert with_extension("/tmp/notes.CSV", "CSV (*.csv)") == "/tmp/notes.CSV"


def test_small_first_start_is_maximised_when_shown_unless_resized(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from vibe_desktop.ui.shell.window_state import maximise_if_unchanged

    untouched, resized = QWidget(), QWidget()
    for widget in (untouched, resized):
        qtbot.addWidget(widget)
        widget.setGeometry(QRect(10, 10, 300, 200))
    resized.resize(500, 300)  # --size 500x300
    maximise_if_unchanged(untouched, QRect(10, 10, 300, 200))
    maximise_if_unchanged(resized, QRect(10, 10, 300, 200))
    assert untouched.windowState() & Qt.WindowState.WindowMaximized
    assert not resized.windowState() & Qt.WindowState.WindowMaximized


def test_the_suggested_name_follows_the_chosen_type() -> None:
    filters = ["Markdown (*.md)", "CSV spreadsheet (*.csv)"]
    assert renamed_for_filter("kazakhstan-2022-notes.md", filters, filters[1]) == (
        "kazakhstan-2022-notes.csv")
    assert renamed_for_filter("notes.csv", filters, filters[0]) == "notes.md"
    assert renamed_for_filter("notes", filters, filters[1]) == "notes"
    assert renamed_for_filter("kz.2022", filters, filters[1]) == "kz.2022"


def test_qt_file_dialog_name_follows_the_filter(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    from vibe_desktop.ui.shell.dialogs import follow_filter

    filters = ["Markdown (*.md)", "CSV spreadsheet (*.csv)"]
    dialog = QFileDialog(None, "Export notes", "", ";;".join(filters))
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.selectFile("kazakhstan-2022-notes.md")
    follow_filter(dialog, filters, filters[1])
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None and edit.text() == "kazakhstan-2022-notes.csv"


def _window(qtbot) -> tuple[QMainWindow, QSplitter]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    splitter.addWidget(QLabel("tree"))
    splitter.addWidget(QLabel("text"))
    window.setCentralWidget(splitter)
    qtbot.addWidget(window)
    window.resize(800, 500)
    window.show()
    return window, splitter


def test_layout_round_trips_through_settings(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, splitter = _window(qtbot)
    splitter.setSizes([200, 600])
    settings = Settings(str(tmp_path / "settings.ini"))
    save_layout(window, splitter, settings)
    settings.sync()
    again, again_splitter = _window(qtbot)
    restore_layout(again, again_splitter, Settings(str(tmp_path / "settings.ini")))
    assert again_splitter.sizes()[0] == splitter.sizes()[0]

"""Settings and position survive a restart; history and settings logic without widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from tests.ui.reader_helpers import make_window
from vibe_desktop import paths
from vibe_desktop.userdata.settings import ZOOM_MAX, Settings

RID = "testland-2030"


def test_settings_file_is_ini_under_the_user_config(qapp, user_home: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    settings.zoom = 3
    settings.sync()
    assert paths.settings_file().is_file()
    assert "zoom=3" in paths.settings_file().read_text("utf-8")


def test_bad_values_fall_back(qapp) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    settings.qsettings.setValue("reader/zoom", "lots")
    settings.qsettings.setValue("view/theme", "purple")
    settings.qsettings.setValue("window/geometry", "not bytes")
    assert settings.zoom == 0
    assert settings.theme == "system"
    assert settings.geometry is None
    settings.qsettings.setValue("reader/zoom", 99)
    assert settings.zoom == ZOOM_MAX
    with pytest.raises(ValueError):
        settings.theme = "purple"


def test_position_zoom_theme_and_geometry_restored(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = make_window(qtbot, tmp_path)
    first.resize(720, 520)
    first.open_anchor(f"{RID}/i7")
    first.set_zoom(2)
    first.set_theme("dark")
    first.splitter.setSizes([250, 470])
    first.close()
    assert Settings().last_anchor == f"{RID}/i7"

    second = make_window(qtbot, tmp_path, resize=False)
    assert second.current_anchor() == f"{RID}/i7"
    assert second.zoom_level() == 2
    assert second.theme() == "dark"
    assert second.theme_actions["dark"].isChecked()
    assert second.size().width() == 720 and second.size().height() == 520
    assert second.splitter.sizes()[0] == 250
    second.set_theme("system")


def test_scrolled_position_is_restored_to_the_paragraph(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = make_window(qtbot, tmp_path)
    first.resize(700, 400)
    first.open_anchor(f"{RID}/i9/p3")
    position = first.reading_position()
    assert position.startswith(f"{RID}/i9/p")
    first.close()
    second = make_window(qtbot, tmp_path, resize=False)
    assert second.current_anchor() == f"{RID}/i9"
    assert second.reading_position() == position
    assert second.detail.verticalScrollBar().value() > 0


def test_zoom_keys_change_the_text_size(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    window = make_window(qtbot, tmp_path)
    size = window.detail.font().pointSizeF()
    qtbot.keyClick(window.detail, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom_level() == 1 and window.detail.font().pointSizeF() > size
    qtbot.keyClick(window.detail, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom_level() == 0 and window.detail.font().pointSizeF() == size
    qtbot.keyClick(window.detail, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom_level() == -1


def test_line_length_is_capped_and_centred(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path)
    window.resize(1800, 800)
    qtbot.waitUntil(lambda: window.detail.viewport().width() > 1200)
    frame = window.detail.document().rootFrame().frameFormat()
    column = window.detail.viewport().width() - frame.leftMargin() - frame.rightMargin()
    assert column == pytest.approx(window.detail.text_column_width(), abs=2)
    assert frame.leftMargin() == pytest.approx(frame.rightMargin())


def test_screenshot_window_does_not_save(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path, persist=False)
    window.open_anchor(f"{RID}/i4")
    window.close()
    assert Settings().last_anchor is None


def test_geometry_bytes_are_kept(qapp) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    settings.geometry = QByteArray(b"\x01\x02")
    assert Settings().geometry == QByteArray(b"\x01\x02")


def test_system_theme_follows_a_desktop_colour_scheme_change(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    window = make_window(qtbot, tmp_path)
    window.set_theme("system")
    calls = []
    window.set_theme = lambda name: calls.append(name)  # type: ignore[method-assign]
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert calls == ["system"]


def test_panels_added_after_start_get_their_saved_place_back(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    first = make_window(qtbot, tmp_path)
    dock = first.add_panel(QLabel("notes"), "Notes", Qt.DockWidgetArea.RightDockWidgetArea)
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    first.close()
    second = make_window(qtbot, tmp_path, resize=False)
    again = second.add_panel(QLabel("notes"), "Notes", Qt.DockWidgetArea.RightDockWidgetArea)
    assert second.dockWidgetArea(again) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_theme_from_the_command_line_is_for_that_run_only(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = make_window(qtbot, tmp_path)
    first.set_theme("high-contrast")  # as run_app does for --theme high-contrast
    first.theme_from_command_line = True
    first.close()
    assert Settings().theme == "system"
    second = make_window(qtbot, tmp_path)
    second.set_theme("high-contrast")
    second.theme_from_command_line = True
    second.theme_actions["dark"].trigger()  # then chosen in the View menu: remembered
    assert not second.theme_from_command_line
    second.close()
    assert Settings().theme == "dark"
    make_window(qtbot, tmp_path).set_theme("system")

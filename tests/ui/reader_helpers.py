"""Helpers for the reader-window tests: a library of synthetic reports and a shown window."""

from __future__ import annotations

from pathlib import Path

from tests.factories import make_report
from vibe_desktop.core.library import Library
from vibe_desktop.core.model import Report


def make_library(folder: Path, *reports: Report) -> Library:
    """A real Library over stub files whose loader hands back the given reports."""
    reports = reports or (make_report(scores=False, overall=15),)
    by_name = {}
    bundled = []
    folder.mkdir(parents=True, exist_ok=True)
    for report in reports:
        path = folder / f"{report.id}.yaml"
        path.write_text(f"country: {report.country}\nedition: {report.edition}\n", "utf-8")
        by_name[path.name] = report
        bundled.append(path)
    user = folder / "user"
    user.mkdir(exist_ok=True)
    return Library.discover(bundled, user, loader=lambda p: by_name[p.name])


def make_window(qtbot, folder: Path, *reports: Report, show: bool = True, settings=None,  # type: ignore[no-untyped-def]
                resize: bool = True, persist: bool = True):
    """A MainWindow over ``reports`` (features not installed), opened at its start anchor."""
    from vibe_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(make_library(folder, *reports), settings, install_features=False)
    window.persist = persist
    qtbot.addWidget(window)
    if resize:
        window.resize(1100, 760)
    start = window.start_anchor()
    assert start is not None
    assert window.open_anchor(start)
    if show:
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # window shortcuts need the active window
        qtbot.waitUntil(window.isActiveWindow)
    return window


def show_window(qtbot, library: Library, anchor: str, *, install=None, settings=None):  # type: ignore[no-untyped-def]
    """A shown MainWindow over a real ``library`` (nothing persisted), one feature's
    ``install`` applied, opened at ``anchor``."""
    from vibe_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(library, settings, install_features=False)
    window.persist = False
    qtbot.addWidget(window)
    if install is not None:
        install(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_anchor(anchor)
    return window

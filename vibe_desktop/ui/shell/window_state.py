"""The window's layout across runs: geometry, docks and toolbars, and the splitter, in settings."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSplitter

from vibe_desktop.userdata.settings import Settings


def restore_layout(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Put the window, its docks and the splitter back as they were last time (if known)."""
    if settings.geometry is not None:
        window.restoreGeometry(settings.geometry)
    if settings.window_state is not None:
        window.restoreState(settings.window_state)
    if settings.splitter is not None:
        splitter.restoreState(settings.splitter)


def save_layout(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Remember the window, its docks and the splitter for the next start."""
    settings.geometry = window.saveGeometry()
    settings.window_state = window.saveState()
    settings.splitter = splitter.saveState()

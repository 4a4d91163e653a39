"""The window's layout across runs (geometry fitted to the screen, docks, splitter, open panels)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from vibe_desktop.userdata.settings import Settings

#: The first window's size where the screen has room for it (logical pixels).
PREFERRED = QSize(1200, 800)
#: Below this (either way) the first window opens maximised: 1024×600, 1366×768 …
SMALL_SCREEN = QSize(1400, 860)
OPEN_PANELS_KEY = "window/open_panels"
CONTENTS_KEY = "window/contents_visible"


def first_start(available: QRect, preferred: QSize = PREFERRED) -> tuple[QRect, bool]:
    """Where the first window goes on a screen with ``available`` geometry, and whether to
    maximise it: small screens get the whole screen, others ``preferred`` centred."""
    small = (available.width() < SMALL_SCREEN.width()
             or available.height() < SMALL_SCREEN.height())
    size = preferred.boundedTo(available.size())
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return rect, small


def fit_rect(saved: QRect, available: QRect) -> QRect:
    """``saved`` made to fit inside ``available``: no larger than it, moved back on screen."""
    width = min(saved.width(), available.width())
    height = min(saved.height(), available.height())
    x = min(max(saved.x(), available.left()), available.left() + available.width() - width)
    y = min(max(saved.y(), available.top()), available.top() + available.height() - height)
    return QRect(x, y, width, height)


def available_geometry(widget: QWidget) -> QRect:
    """The available geometry of the screen ``widget`` is on (or the primary screen)."""
    from PySide6.QtGui import QGuiApplication

    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def restore_layout(window: QMainWindow, splitter: QSplitter, settings: Settings) -> QRect | None:
    """Put the window, its docks and the splitter back as they were last time (if known),
    fitted to the screen it is on now; a first start fits the screen too. Returns the
    geometry given on a small screen's first start, to be maximised when shown unless
    someone resized the window meanwhile (``--size``); else None."""
    available = available_geometry(window)
    restored = settings.geometry is not None and window.restoreGeometry(settings.geometry)
    maximise_from: QRect | None = None
    if restored:
        if not window.isMaximized() and not window.isFullScreen():
            fitted = fit_rect(window.geometry(), available)
            if fitted != window.geometry():
                window.setGeometry(fitted)
    else:
        rect, maximise = first_start(available)
        window.setGeometry(rect)
        maximise_from = rect if maximise else None
    if settings.window_state is not None:
        window.restoreState(settings.window_state)
    if settings.splitter is not None:
        splitter.restoreState(settings.splitter)
    return maximise_from


def maximise_if_unchanged(window: QWidget, rect: QRect | None) -> None:
    """At the first show: maximise a small screen's first window (if still at ``rect``)."""
    if rect is not None and window.geometry() == rect:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def save_layout(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Remember the window, its docks and the splitter for the next start."""
    settings.geometry = window.saveGeometry()
    settings.window_state = window.saveState()
    settings.splitter = splitter.saveState()


def open_panels(settings: Settings) -> list[str]:
    """The object names of the panels open when the window last closed."""
    value = settings.qsettings.value(OPEN_PANELS_KEY, [])
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value] if isinstance(value, list) else []


def save_open_panels(settings: Settings, names: list[str]) -> None:
    settings.qsettings.setValue(OPEN_PANELS_KEY, names)


def contents_visible(settings: Settings) -> bool:
    value = settings.qsettings.value(CONTENTS_KEY, True)
    return value not in (False, "false", "0", 0)


def save_contents_visible(settings: Settings, visible: bool) -> None:
    settings.qsettings.setValue(CONTENTS_KEY, bool(visible))

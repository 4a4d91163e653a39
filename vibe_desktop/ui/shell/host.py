"""The ReaderHost protocol: the small contract features use to plug into the reader window.

A feature (search, notes, library, People, compare, presentation, find in page) gets a
``ReaderHost`` in its ``install(host)`` and uses only what is here: named menu sections,
panels, navigation by anchor, the open report and place, status messages, the library, the
shared search index and the reading pane. It never imports the concrete main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtCore import Qt, SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

    from vibe_desktop.core.library import Library
    from vibe_desktop.core.model import Report
    from vibe_desktop.ui.reading.reading_pane import ReadingPane
    from vibe_desktop.ui.search.index import IndexStore

class ReaderHost(Protocol):
    """What the reader window offers its features (MainWindow implements it)."""

    library: Library
    detail: ReadingPane

    @property
    def location_changed(self) -> SignalInstance:
        """Emitted with the page anchor after every move."""

    @property
    def report_opened(self) -> SignalInstance:
        """Emitted with the report id when another report comes on show."""

    def widget(self) -> QWidget:
        """The window, as the parent of a feature's dialogs and actions."""

    def search_index(self) -> IndexStore:
        """The one search index store (built once, shared by search and People)."""

    def menu(self, key: str) -> QMenu:
        """One of the window's menus: "file", "edit", "view", "go", "tools", "help"."""

    def add_actions(self, menu: str, section: str, actions: Sequence[QAction]) -> None:
        """Add ``actions`` at the end of one of ``actions.MENU_SECTIONS[menu]``."""

    def add_panel(
        self, widget: QWidget, title: str, area: Qt.DockWidgetArea | None = None, *,
        shortcut: str = "", transient: bool = False, name: str = "",
    ) -> QDockWidget:
        """Dock ``widget`` with one View-menu toggle (``shortcut`` on it); Esc in the dock
        returns to the text and also closes it when ``transient`` (search); on small windows
        panels share a side as tabs so the text keeps ~45 characters a line. ``name`` (the
        same in every language, e.g. "dock-search") keeps the panel's place in the saved
        layout when the language changes; without it the name is made from ``title``."""

    def add_panel_opener(self, title: str, opener: Callable[[], object],
                         shortcut: str = "", name: str = "") -> QAction:
        """The View toggle for a panel made on first use: ``opener`` makes and shows it (then
        calls ``add_panel`` with the same title and ``name``). Panels open at the last close
        reopen."""

    def open_anchor(self, anchor: str, highlight: str | None = None, *,
                    record: bool = True) -> bool:
        """Go to a page or paragraph (False, with a message, if it names nothing)."""

    def current_report(self) -> Report:
        """The report on show (RuntimeError before any is open)."""

    def current_anchor(self) -> str:
        """The page on show (``id/i6``), or "" before any."""

    def report_problem(self, title: str, text: str, *, error: bool = False) -> None:
        """Tell the person what went wrong (a message box, or stderr when not interactive)."""

    def show_status(self, text: str, msecs: int = 5000,
                    action: tuple[str, Callable[[], object]] | None = None) -> None:
        """A passing message in the status bar, with a button for ``action`` (label, slot)."""

    def register_feature(self, name: str, feature: object) -> None:
        """Make a feature's main object findable by name (tests, the self-test, --present)."""

    def feature(self, name: str) -> object | None:
        """A feature's main object by name, or None if it is not installed."""

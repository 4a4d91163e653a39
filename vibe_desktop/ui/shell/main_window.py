"""The reader window: contents tree beside the reading pane, menus, navigation, zoom, themes.

Navigation is by anchor (``id/summary``, ``id/pr2``, ``id/i6``, ``id/panel``, ``id/fn10``,
``id/i6/p3``); ``open_anchor`` is the one way to move. The window implements
``host.ReaderHost`` for the features, which ``features.install_all`` installs after the first
paint; it keeps no knowledge of any feature.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QSplitter, QWidget

from vibe_desktop import APP_NAME
from vibe_desktop.core import navigation
from vibe_desktop.core.markup import escape
from vibe_desktop.core.model import Report
from vibe_desktop.ui.reading.contents import ReportTree, ReportTreeModel
from vibe_desktop.ui.reading.reading_pane import ReadingPane
from vibe_desktop.ui.roles import AnchorRole
from vibe_desktop.ui.shell.actions import MenuBar, ReaderActions
from vibe_desktop.ui.shell.commands import WindowCommands
from vibe_desktop.ui.shell.docks import Panels
from vibe_desktop.ui.shell.navigator import Navigator
from vibe_desktop.ui.shell.window_state import (
    contents_visible,
    maximise_if_unchanged,
    open_panels,
    restore_layout,
    save_contents_visible,
    save_layout,
    save_open_panels,
)
from vibe_desktop.userdata.settings import Settings

if TYPE_CHECKING:
    from vibe_desktop.core.library import Library
    from vibe_desktop.ui.search.index import IndexStore



def default_library() -> Library:
    """The bundled reports plus the user's, discovered without parsing any."""
    from vibe_desktop import paths
    from vibe_desktop.core.library import Library
    from vibe_desktop.userdata.report_cache import default_cache

    return Library.discover(paths.bundled_report_files(), paths.user_reports_dir(),
                            cache=default_cache())


class MainWindow(WindowCommands, QMainWindow):
    """The reader window; see the module docstring and DESIGN.md for the contract."""

    location_changed = Signal(str)
    report_opened = Signal(str)
    first_painted = Signal()

    def __init__(
        self,
        library: Library | None = None,
        settings: Settings | None = None,
        *,
        search_index: IndexStore | None = None,
        install_features: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.library = library if library is not None else default_library()
        self.settings = settings or Settings()
        self.navigator = Navigator(self.library, self._show, self._problem, self)
        self.history = self.navigator.history
        self._search_index = search_index
        self._theme = "system"
        self._painted = False
        self._install_features = install_features
        self._features_done = False
        self._features: dict[str, object] = {}
        self.feature_failures: list[tuple[str, BaseException]] = []
        self._syncing_tree = False
        self.persist = True
        self.interactive = True  # False (screenshots, scripts): problems go to stderr
        self.theme_from_command_line = False
        self.first_paint_time: float | None = None  # time.monotonic() of the first paint
        self._maximise_from: QRect | None = None  # a small screen's first start: maximise

        self.tree = ReportTree(self)
        self.tree_model = ReportTreeModel(self.tree)
        self.tree.setModel(self.tree_model)
        self.detail = ReadingPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 880])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.setAccessibleName(self.tr("VIBE Desktop reader"))

        self.menus = MenuBar(self)
        self.actions_ = ReaderActions(self, self.menus, self)
        self.reports_menu = self.actions_.reports_menu
        self.reports_menu.aboutToShow.connect(self._fill_reports_menu)
        self.theme_actions = self.actions_.theme_actions
        self.back_action, self.forward_action = self.actions_.back, self.actions_.forward
        self.prev_action, self.next_action = self.actions_.previous, self.actions_.next
        self._update_actions()
        self.navigator.location_changed.connect(self._update_actions)
        self.navigator.report_opened.connect(self.report_opened)
        self.navigator.location_changed.connect(self.location_changed)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.tree.activated.connect(self._on_tree_activated)
        self.detail.anchor_requested.connect(self._on_anchor_requested)
        self.detail.zoom_requested.connect(lambda step: self.set_zoom(self.zoom_level() + step))
        for watched in (self.detail.viewport(), self.tree.viewport()):
            watched.installEventFilter(self)
        self.panels = Panels(self, self.splitter, self.detail,
                             lambda action: self.menus.add("view", "panels", [action]))
        self.contents_action = QAction(self.tr("&Contents"), self, checkable=True)
        self.contents_action.setObjectName("toggle-contents")
        self.contents_action.setShortcut(QKeySequence("F9"))
        self.contents_action.setChecked(True)
        self.contents_action.toggled.connect(self.show_contents)
        self.menus.add("view", "panels", [self.contents_action])
        self.panels.show_tree = self._tree_for_panels
        self.contents_action.triggered.connect(self._contents_chosen)
        self.actions_.toolbar.toggleViewAction().setText(self.tr("Navigation Tool&bar"))
        self._restore_settings()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    # -- ReaderHost ---------------------------------------------------------------------
    def widget(self) -> QWidget:
        return self

    def search_index(self) -> IndexStore:
        """The one search index store: given by the composition root, else made here once."""
        if self._search_index is None:
            from vibe_desktop.ui.search.index import IndexStore

            self._search_index = IndexStore(self.library, self)
        return self._search_index

    def menu(self, key: str) -> QMenu:
        """One of the window's menus: "file", "edit", "view", "go", "tools", "help"."""
        return self.menus.menus[key]

    def add_actions(self, menu: str, section: str, actions: Sequence[QAction]) -> None:
        """Add ``actions`` at the end of the named section of ``menu`` (actions.MENU_SECTIONS)."""
        self.menus.add(menu, section, actions)

    def add_panel(
        self, widget: QWidget, title: str, area: Qt.DockWidgetArea | None = None, *,
        shortcut: str = "", transient: bool = False, name: str = "",
    ) -> QDockWidget:
        """Dock ``widget`` with one View-menu toggle (``shortcut`` on it); Esc in it returns to
        the text, and closes it if ``transient``; returns the dock. ``name``, the same in
        every language, keeps its place in the saved layout (default: made from ``title``)."""
        return self.panels.add(widget, title, area, shortcut=shortcut, transient=transient,
                               name=name)

    def add_panel_opener(self, title: str, opener: Callable[[], object],
                         shortcut: str = "", name: str = "") -> QAction:
        """The View toggle of a panel made on first use (``opener`` makes and shows it); a
        panel open at the last close is opened again at start."""
        return self.panels.add_opener(title, opener, shortcut, name)

    def current_report(self) -> Report:
        """The report on show (RuntimeError before any is open)."""
        if self.navigator.report is None:
            raise RuntimeError("no report is open")
        return self.navigator.report

    def current_anchor(self) -> str:
        """The page on show (``id/i6``), or "" before any."""
        return self.navigator.page

    def show_status(self, text: str, msecs: int = 5000,
                    action: tuple[str, Callable[[], object]] | None = None) -> None:
        """A passing message in the status bar, with a button for ``action`` (label, slot)."""
        from vibe_desktop.ui.shell.status import show_status

        show_status(self.statusBar(), text, msecs, action)

    def showEvent(self, event: QShowEvent) -> None:
        if self._maximise_from is not None:  # once: a small screen's first start
            maximise_if_unchanged(self, self._maximise_from)
            self._maximise_from = None
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.panels.docks:
            QTimer.singleShot(0, self.panels.keep_text_room)

    def register_feature(self, name: str, feature: object) -> None:
        self._features[name] = feature

    def feature(self, name: str) -> object | None:
        return self._features.get(name)

    def report_problem(self, title: str, text: str, *, error: bool = False) -> None:
        """Tell the person what went wrong: a message box, or stderr when not interactive."""
        if not self.interactive:
            print(f"vibe-desktop: {title}: {text}", file=sys.stderr)
            return
        from vibe_desktop.ui.shell import dialogs  # on first use: not needed to start

        (dialogs.error if error else dialogs.warning)(self, title, text)

    # -- moving --------------------------------------------------------------------------
    def reading_position(self) -> str:
        """The paragraph at the top of the view (the page itself when scrolled to its top)."""
        page = self.navigator.page
        if not page or self.detail.verticalScrollBar().value() == 0:
            return page
        viewport = self.detail.viewport()
        for y in (8, 40, 90, 160):
            position = self.detail.cursorForPosition(QPoint(viewport.width() // 2, y)).position()
            anchor = self.detail.anchor_at(position)
            if anchor:
                return anchor
        return page

    def open_anchor(self, anchor: str, highlight: str | None = None, *,
                    record: bool = True) -> bool:
        """Go to a page or paragraph; highlight ``highlight``'s hits; False (with a message) if
        the anchor names nothing that exists."""
        return self.navigator.open(anchor, highlight, record=record)

    def _show(self, report: Report, page: str, paragraph: str | None, highlight: str,
              new_report: bool, new_page: bool) -> None:
        if new_report:
            self.tree_model.set_report(report)
            self.tree.expandAll()
        if new_page:
            self._render(report, page)
        if paragraph is not None:
            self.detail.scroll_to_paragraph(paragraph)
        self.detail.highlight_text(highlight)
        if self.persist:  # remembered at once: a crash or power cut keeps the place too
            self.settings.last_anchor = paragraph or page
        self._sync_tree(page)

    def _problem(self, title: str, text: str, error: bool) -> None:
        self.report_problem(title, text, error=error)

    def show_empty(self) -> None:
        """The pane's text when there is no report to show."""
        self.detail.setHtml("<h1>{}</h1><p>{}</p>".format(
            escape(self.tr("No report to show")),
            escape(self.tr("No VIBE report is installed or none could be opened. Reports "
                           "added to the library appear under File → Reports."))))
        self.setWindowTitle(APP_NAME)

    @Slot()
    def go_back(self) -> None:
        self.navigator.back(self.reading_position())

    @Slot()
    def go_forward(self) -> None:
        self.navigator.forward()

    def go_page(self, section: str) -> None:
        self.navigator.go_page(section)

    def step_indicator(self, step: int) -> None:
        """Open the previous (-1) or next (+1) indicator; from other pages, the nearest one."""
        self.navigator.step(step)

    def _render(self, report: Report, page: str) -> None:
        built = self.detail.show_report_page(report, page)
        self.setWindowTitle(self.tr("{page} — {report} — {app}").format(
            page=built.title, report=f"{report.country} {report.edition}", app=APP_NAME))
        self.setAccessibleName(self.windowTitle())  # issue 11: the window's name follows the page

    def _sync_tree(self, page: str) -> None:
        index = self.tree_model.index_for_anchor(page)
        if index.isValid() and index != self.tree.currentIndex():
            self._syncing_tree = True
            try:
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
            finally:
                self._syncing_tree = False

    @Slot(QModelIndex, QModelIndex)
    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing_tree or not current.isValid():
            return
        anchor = current.data(AnchorRole)
        if anchor and anchor != self.navigator.page:
            self.open_anchor(anchor)

    @Slot(QModelIndex)
    def _on_tree_activated(self, index: QModelIndex) -> None:
        anchor = index.data(AnchorRole)
        if anchor:
            if anchor != self.navigator.page:
                self.open_anchor(anchor)
            self.detail.setFocus()

    @Slot(str)
    def _on_anchor_requested(self, anchor: str) -> None:
        self.open_anchor(anchor)

    @Slot()
    def _update_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())
        self.prev_action.setEnabled(self.navigator.can_step(-1))
        self.next_action.setEnabled(self.navigator.can_step(1))

    def _fill_reports_menu(self) -> None:
        report = self.navigator.report
        self.actions_.fill_reports_menu(self.library.entries, report.id if report else None,
                                        self.open_anchor)

    # -- features, first paint, mouse buttons, persistence -------------------------------
    def ensure_features(self) -> None:
        """Install the listed features now (normally done right after the first paint)."""
        if self._features_done:
            return
        self._features_done = True
        from vibe_desktop.ui.shell.features import install_all

        self.feature_failures = install_all(self)
        if self.persist:
            self.panels.reopen(open_panels(self.settings))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and not self._painted and watched is self.detail.viewport():
            self._painted = True
            self.first_paint_time = time.monotonic()
            QTimer.singleShot(0, self._after_first_paint)
        elif (kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent)
              and self._mouse_navigation(event)):
            return True
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        if self._install_features:
            self.ensure_features()

    def _mouse_navigation(self, event: QMouseEvent) -> bool:
        if event.button() == Qt.MouseButton.BackButton:
            self.go_back()
            return True
        if event.button() == Qt.MouseButton.ForwardButton:
            self.go_forward()
            return True
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._mouse_navigation(event):
            super().mousePressEvent(event)

    def _restore_settings(self) -> None:
        s = self.settings
        self._maximise_from = restore_layout(self, self.splitter, s)
        if not contents_visible(s):
            self.show_contents(False)
        self.set_zoom(s.zoom)
        self._theme = s.theme
        self.theme_actions[self._theme].setChecked(True)

    def save_settings(self) -> None:
        s = self.settings
        save_layout(self, self.splitter, s)
        save_open_panels(s, self.panels.open_names())
        save_contents_visible(s, not self.tree.isHidden() or self.panels.tree_given_up)
        s.zoom = self.detail.zoom_level
        if not self.theme_from_command_line:  # --theme is for this run only
            s.theme = self._theme
        if self.navigator.page:
            s.last_anchor = self.reading_position()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist:
            self.save_settings()
        super().closeEvent(event)

    def start_anchor(self) -> str | None:
        """Where to open at start: the last position if its report still exists, else the
        first report's overview; None if the library is empty."""
        return navigation.start_anchor(self.settings.last_anchor, self.library.ids)

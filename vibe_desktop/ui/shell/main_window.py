"""The reader window: contents tree and detail pane, menus, history, zoom, themes, persistence.

Navigation is by anchor (``id/summary``, ``id/pr2``, ``id/i6``, ``id/panel``, ``id/fn10``,
``id/i6/p3``); ``open_anchor`` is the one way to move. Features add themselves through
``ui/features.py`` after the first paint, using ``menu(key)`` and ``add_panel``.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QSplitter,
    QWidget,
)

from vibe_desktop import APP_NAME
from vibe_desktop.core import navigation
from vibe_desktop.core.history import History
from vibe_desktop.core.markup import escape
from vibe_desktop.core.model import Anchor, Report
from vibe_desktop.render import pages
from vibe_desktop.ui.reading.contents import ReportTree, ReportTreeModel
from vibe_desktop.ui.reading.reading_pane import DetailPane
from vibe_desktop.ui.roles import AnchorRole
from vibe_desktop.ui.shell.actions import WindowMenus
from vibe_desktop.userdata.settings import Settings

if TYPE_CHECKING:
    from vibe_desktop.core.library import Library


def _dialogs():  # type: ignore[no-untyped-def]
    """The dialog seam, imported on first use (message boxes are not needed to start)."""
    from vibe_desktop.ui.shell import dialogs

    return dialogs


def default_library() -> Library:
    """The bundled reports plus the user's, discovered without parsing any."""
    from vibe_desktop import paths
    from vibe_desktop.core.library import Library
    from vibe_desktop.userdata.report_cache import default_cache

    return Library.discover(paths.bundled_report_files(), paths.user_reports_dir(),
                            cache=default_cache())


class MainWindow(WindowMenus, QMainWindow):
    """The reader window; see the module docstring and DESIGN.md for the contract."""

    location_changed = Signal(str)
    report_opened = Signal(str)
    first_painted = Signal()

    tree: ReportTree
    detail: DetailPane
    _page: str
    _zoom: int

    def __init__(
        self,
        library: Library | None = None,
        settings: Settings | None = None,
        *,
        install_features: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.library = library if library is not None else default_library()
        self.settings = settings or Settings()
        self.history = History()
        self._report: Report | None = None
        self._page = ""
        self._chart: QWidget | None = None
        self._page_cache: dict[str, pages.Page] = {}
        self._page_cache_report: Report | None = None
        self._zoom = 0
        self._theme = "system"
        self._painted = False
        self._install_features = install_features
        self._features_done = False
        self.feature_failures: list[tuple[str, BaseException]] = []
        self._syncing_tree = False
        self.persist = True
        self.interactive = True  # False (screenshots, scripts): problems go to stderr
        self.theme_from_command_line = False
        self.first_paint_time: float | None = None  # time.monotonic() of the first paint

        self.tree = ReportTree(self)
        self.tree_model = ReportTreeModel(self.tree)
        self.tree.setModel(self.tree_model)
        self.detail = DetailPane(self)
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

        self._menus: dict[str, QMenu] = {}
        self._build_menus()
        self._build_toolbar()
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.tree.activated.connect(self._on_tree_activated)
        self.detail.anchor_requested.connect(self._on_anchor_requested)
        self.detail.zoom_requested.connect(lambda step: self.set_zoom(self._zoom + step))
        for watched in (self.detail.viewport(), self.tree.viewport()):
            watched.installEventFilter(self)
        self.resize(1200, 800)
        self._restore_settings()
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_color_scheme_changed)

    # -- contract -------------------------------------------------------------------
    def menu(self, key: str) -> QMenu:
        """One of the window's menus: "file", "edit", "view", "go", "tools", "help"."""
        return self._menus[key]

    def add_panel(
        self,
        widget: QWidget,
        title: str,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
    ) -> QDockWidget:
        """Dock ``widget`` with a View-menu toggle; returns the dock."""
        dock = QDockWidget(title, self)
        dock.setObjectName("dock-" + "".join(c if c.isalnum() else "-" for c in title.lower()))
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        if not self.restoreDockWidget(dock):  # its place and visibility from last time, if any
            self.addDockWidget(area, dock)
        self._menus["view"].addAction(dock.toggleViewAction())
        return dock

    def current_report(self) -> Report:
        """The report on show (RuntimeError before any is open)."""
        if self._report is None:
            raise RuntimeError("no report is open")
        return self._report

    def current_anchor(self) -> str:
        """The page on show (``id/i6``), or "" before any."""
        return self._page

    def reading_position(self) -> str:
        """The paragraph at the top of the view (the page itself when scrolled to its top)."""
        if not self._page or self.detail.verticalScrollBar().value() == 0:
            return self._page
        viewport = self.detail.viewport()
        for y in (8, 40, 90, 160):
            position = self.detail.cursorForPosition(QPoint(viewport.width() // 2, y)).position()
            anchor = self.detail.anchor_at(position)
            if anchor:
                return anchor
        return self._page

    def open_anchor(self, anchor: str, highlight: str | None = None, *,
                    record: bool = True) -> bool:
        """Go to a page or paragraph; highlight ``highlight``'s hits; False (with a message) if
        the anchor names nothing that exists."""
        try:
            parsed = Anchor.parse(anchor)
        except ValueError as exc:
            self.report_problem(self.tr("Cannot open location"), str(exc))
            return False
        report = self._load(parsed.report_id)
        if report is None:
            return False
        try:
            page, paragraph = navigation.resolve(report, anchor)
        except ValueError as exc:
            self.report_problem(self.tr("Cannot open location"), str(exc))
            return False
        opened_report = report is not self._report
        if opened_report:
            self._report = report
            self._page = ""
            self.tree_model.set_report(report)
            self.tree.expandAll()
        if page != self._page:
            self._render(report, page)
        if paragraph is not None:
            self.detail.scroll_to_paragraph(paragraph)
        self.detail.highlight_text(highlight or "")
        if record:
            self.history.visit(paragraph or page)
        if self.persist:  # remembered at once: a crash or power cut keeps the place too
            self.settings.last_anchor = paragraph or page
        self._sync_tree(page)
        self._update_actions()
        if opened_report:
            self.report_opened.emit(report.id)
        self.location_changed.emit(page)
        return True

    def report_problem(self, title: str, text: str, *, error: bool = False) -> None:
        """Tell the person what went wrong: a message box, or stderr when not interactive."""
        if not self.interactive:
            print(f"vibe-desktop: {title}: {text}", file=sys.stderr)
        elif error:
            _dialogs().error(self, title, text)
        else:
            _dialogs().warning(self, title, text)

    def show_empty(self) -> None:
        """The pane's text when there is no report to show."""
        self.detail.setHtml("<h1>{}</h1><p>{}</p>".format(
            escape(self.tr("No report to show")),
            escape(self.tr("No VIBE report is installed or none could be opened. Reports "
                           "added to the library appear under File → Reports."))))
        self.setWindowTitle(APP_NAME)

    # -- internals -----------------------------------------------------------------
    def _load(self, report_id: str) -> Report | None:
        if self._report is not None and self._report.id == report_id:
            return self._report
        try:
            return self.library.get(report_id)
        except KeyError:
            known = ", ".join(self.library.ids) or self.tr("(none)")
            self.report_problem(self.tr("Report not found"),
                            self.tr("There is no report {id!r}. Reports: {known}").format(
                                id=report_id, known=known))
        except Exception as exc:  # noqa: BLE001 - ReportError and friends: say what and where
            self.report_problem(self.tr("Cannot open report"), str(exc), error=True)
        return None

    def _render(self, report: Report, page: str) -> None:
        embedded = None
        if page.endswith("/summary"):
            embedded = self._score_chart(report)
        built = self._rendered_page(report, page)
        self._page = page
        self.detail.show_page(report, built, embedded)
        self.setWindowTitle(self.tr("{page} — {report} — {app}").format(
            page=built.title, report=f"{report.country} {report.edition}", app=APP_NAME))

    def _rendered_page(self, report: Report, page: str) -> pages.Page:
        """The page's HTML, rendered once per report object and language (not per theme or
        zoom: colours come from the pane's style sheet, sizes from its font)."""
        if self._page_cache_report is not report:
            self._page_cache_report = report
            self._page_cache.clear()
        built = self._page_cache.get(page)
        if built is None:
            built = self._page_cache[page] = pages.render_page(report, page)
        return built

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # page texts are translated when built
            self._page_cache.clear()
        super().changeEvent(event)

    def _score_chart(self, report: Report) -> QWidget:
        from vibe_desktop.render.scores import ScoreData
        from vibe_desktop.ui.reading.score_widget import ScoreOverview

        if self._chart is None:
            chart = ScoreOverview()
            chart.principle_activated.connect(
                lambda n: self.open_anchor(f"{self.current_report().id}/pr{n}"))
            self._chart = chart
        self._chart.set_data(ScoreData.from_report(report))  # type: ignore[attr-defined]
        return self._chart

    def _sync_tree(self, page: str) -> None:
        index = self.tree_model.index_for_anchor(page)
        if index.isValid() and index != self.tree.currentIndex():
            self._syncing_tree = True
            try:
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
            finally:
                self._syncing_tree = False

    @Slot()
    def _on_tree_current(self, current, previous) -> None:  # type: ignore[no-untyped-def]
        if self._syncing_tree or not current.isValid():
            return
        anchor = current.data(AnchorRole)
        if anchor and anchor != self._page:
            self.open_anchor(anchor)

    @Slot()
    def _on_tree_activated(self, index) -> None:  # type: ignore[no-untyped-def]
        anchor = index.data(AnchorRole)
        if anchor:
            if anchor != self._page:
                self.open_anchor(anchor)
            self.detail.setFocus()

    @Slot(str)
    def _on_anchor_requested(self, anchor: str) -> None:
        self.open_anchor(anchor)

    def _go_page(self, section: str) -> None:
        if self._report is not None:
            self.open_anchor(f"{self._report.id}/{section}")

    def _update_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())
        anchor = Anchor.parse(self._page) if self._page else None
        number = anchor.indicator if anchor else None
        count = sum(1 for _ in self._report.indicators()) if self._report else 0
        self.prev_action.setEnabled(bool(self._report) and (number is None or number > 1))
        self.next_action.setEnabled(bool(self._report) and (number is None or number < count))

    @Slot()
    def go_back(self) -> None:
        if self._page:
            self.history.replace(self.reading_position())
        target = self.history.back()
        if target:
            self.open_anchor(target, record=False)

    @Slot()
    def go_forward(self) -> None:
        target = self.history.forward()
        if target:
            self.open_anchor(target, record=False)

    def step_indicator(self, step: int) -> None:
        """Open the previous (-1) or next (+1) indicator; from other pages, the nearest one."""
        if self._report is None:
            return
        numbers = [i.number for i in self._report.indicators()]
        if not numbers:
            return
        parsed = Anchor.parse(self._page)
        if parsed.indicator is not None:
            position = numbers.index(parsed.indicator) + step
        elif parsed.principle is not None:
            first = [n for n in numbers if (n - 1) // 5 + 1 == parsed.principle]
            position = numbers.index(first[0]) + (0 if step > 0 else -1) if first else 0
        else:
            position = 0 if step > 0 else len(numbers) - 1
        if 0 <= position < len(numbers):
            self.open_anchor(f"{self._report.id}/i{numbers[position]}")

    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._theme == "system":  # follow the desktop's light/dark switch live
            self.set_theme("system")

    # -- features, first paint, mouse buttons, persistence -------------------------------
    def ensure_features(self) -> None:
        """Install the registered features now (normally done right after the first paint)."""
        if self._features_done:
            return
        self._features_done = True
        from vibe_desktop.ui.shell.features import install_all

        self.feature_failures = install_all(self)

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
        if s.geometry is not None:
            self.restoreGeometry(s.geometry)
        if s.window_state is not None:
            self.restoreState(s.window_state)
        if s.splitter is not None:
            self.splitter.restoreState(s.splitter)
        self.set_zoom(s.zoom)
        self._theme = s.theme
        self.theme_actions[self._theme].setChecked(True)

    def save_settings(self) -> None:
        s = self.settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.splitter = self.splitter.saveState()
        s.zoom = self._zoom
        if not self.theme_from_command_line:  # --theme is for this run only
            s.theme = self._theme
        if self._page:
            s.last_anchor = self.reading_position()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist:
            self.save_settings()
        super().closeEvent(event)

    def start_anchor(self) -> str | None:
        """Where to open at start: the last position if its report still exists, else the
        first report's overview; None if the library is empty."""
        last = self.settings.last_anchor
        if last:
            try:
                if Anchor.parse(last).report_id in self.library.ids:
                    return last
            except ValueError:
                pass
        ids = self.library.ids
        return f"{ids[0]}/summary" if ids else None

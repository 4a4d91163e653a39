"""The reader window's menus, toolbar and their View/Help handlers (a mixin of MainWindow)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QToolBar

from vibe_desktop import ACKNOWLEDGMENT, APP_NAME, __version__
from vibe_desktop.userdata.settings import THEMES, ZOOM_MAX, ZOOM_MIN

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from vibe_desktop.ui.shell.main_window import MainWindow

def dialogs():  # type: ignore[no-untyped-def]
    """The dialog seam, imported on first use."""
    from vibe_desktop.ui.shell import dialogs as seam

    return seam


MENU_KEYS = ("file", "edit", "view", "go", "tools", "help")


class WindowMenus:
    """Builds the File, Edit, View, Go, Tools and Help menus and the toolbar of MainWindow."""

    _menus: dict[str, QMenu]

    def _action(self: MainWindow, menu: str, text: str, slot, shortcuts=(), name: str = "") -> QAction:  # type: ignore[misc, no-untyped-def]
        action = QAction(text, self)
        action.setObjectName(name or text)
        keys: list[QKeySequence] = []
        for shortcut in shortcuts:  # a standard key may expand to what is also listed
            for key in QKeySequence.keyBindings(shortcut) if isinstance(
                    shortcut, QKeySequence.StandardKey) else [QKeySequence(shortcut)]:
                if key.toString() not in {k.toString() for k in keys}:
                    keys.append(key)
        if keys:
            action.setShortcuts(keys)
        action.triggered.connect(slot)
        self._menus[menu].addAction(action)
        return action

    def _build_menus(self: MainWindow) -> None:  # type: ignore[misc]  # a mixin of MainWindow
        bar = self.menuBar()
        titles = {
            "file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View"),
            "go": self.tr("&Go"), "tools": self.tr("&Tools"), "help": self.tr("&Help"),
        }
        for key in MENU_KEYS:
            menu = bar.addMenu(titles[key])
            menu.setObjectName(f"menu-{key}")
            self._menus[key] = menu
        self.reports_menu = self._menus["file"].addMenu(self.tr("&Reports"))
        self.reports_menu.setObjectName("menu-reports")
        self.reports_menu.aboutToShow.connect(self._fill_reports_menu)
        self._menus["file"].addSeparator()
        self._action("file", self.tr("&Quit"), self.close, [QKeySequence.StandardKey.Quit, "Ctrl+Q"],
                     "quit")

        self._action("edit", self.tr("&Copy"), self.detail.copy, [QKeySequence.StandardKey.Copy],
                     "copy")
        self._action("edit", self.tr("Select &All"), self.detail.selectAll,
                     [QKeySequence.StandardKey.SelectAll], "select-all")

        self._action("view", self.tr("Zoom &In"), self.zoom_in,
                     [QKeySequence.StandardKey.ZoomIn, "Ctrl+="], "zoom-in")
        self._action("view", self.tr("Zoom &Out"), self.zoom_out,
                     [QKeySequence.StandardKey.ZoomOut], "zoom-out")
        self._action("view", self.tr("&Reset Zoom"), self.reset_zoom, ["Ctrl+0"], "zoom-reset")
        self._menus["view"].addSeparator()
        theme_menu = self._menus["view"].addMenu(self.tr("&Theme"))
        self.theme_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        labels = {"system": self.tr("Follow &System"), "light": self.tr("&Light"),
                  "dark": self.tr("&Dark"), "high-contrast": self.tr("&High Contrast")}
        for key in THEMES:
            action = QAction(labels[key], self, checkable=True)
            action.setObjectName(f"theme-{key}")
            action.triggered.connect(lambda _=False, k=key: self.choose_theme(k))
            group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[key] = action
        self._menus["view"].addSeparator()
        self._action("view", self.tr("Go to &Contents"), self.tree.setFocus, ["F6"], "focus-tree")
        self._action("view", self.tr("Go to &Text"), self.detail.setFocus, ["Shift+F6"],
                     "focus-text")
        self._menus["view"].addSeparator()

        self.back_action = self._action("go", self.tr("&Back"), self.go_back,
                                        [QKeySequence.StandardKey.Back, "Alt+Left"], "back")
        self.forward_action = self._action("go", self.tr("&Forward"), self.go_forward,
                                           [QKeySequence.StandardKey.Forward, "Alt+Right"],
                                           "forward")
        self._menus["go"].addSeparator()
        self._action("go", self.tr("&Overview"), lambda: self._go_page("summary"), ["Alt+Home"],
                     "overview")
        self.prev_action = self._action("go", self.tr("&Previous Indicator"),
                                        lambda: self.step_indicator(-1), ["Ctrl+PgUp"], "prev")
        self.next_action = self._action("go", self.tr("&Next Indicator"),
                                        lambda: self.step_indicator(1), ["Ctrl+PgDown"], "next")
        self._action("go", self.tr("Panel && &Rights"), lambda: self._go_page("panel"), [],
                     "panel")
        self._action("help", self.tr("&Keyboard Shortcuts"), self.show_shortcuts,
                     [QKeySequence.StandardKey.HelpContents], "shortcuts")
        self._action("help", self.tr("&About VIBE Desktop"), self.show_about, [], "about")
        self._update_actions()

    def _fill_reports_menu(self: MainWindow) -> None:  # type: ignore[misc]  # a mixin of MainWindow
        self.reports_menu.clear()
        for entry in self.library.entries:
            action = self.reports_menu.addAction(entry.title)
            action.setObjectName(f"report-{entry.id}")
            action.setCheckable(True)
            action.setChecked(self._report is not None and self._report.id == entry.id)
            if entry.error:
                action.setEnabled(False)
                action.setToolTip(entry.error)
            action.triggered.connect(lambda _=False, rid=entry.id: self.open_anchor(f"{rid}/summary"))
        if not self.library.entries:
            self.reports_menu.addAction(self.tr("(no reports found)")).setEnabled(False)

    def _build_toolbar(self: MainWindow) -> None:  # type: ignore[misc]  # a mixin of MainWindow
        toolbar = QToolBar(self.tr("Navigation"), self)
        toolbar.setObjectName("toolbar-navigation")
        toolbar.setAccessibleName(self.tr("Navigation"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.back_action, self.forward_action, self.prev_action,
                       self.next_action):
            toolbar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self._menus["view"].addAction(toolbar.toggleViewAction())
        self.refresh_icons()

    def refresh_icons(self: MainWindow) -> None:  # type: ignore[misc]  # a mixin of MainWindow
        """Draw the toolbar's arrows in the current theme's text colour."""
        colour = QApplication.palette().color(QPalette.ColorRole.ButtonText)
        for action, angle in ((self.back_action, 180), (self.forward_action, 0),
                              (self.prev_action, 270), (self.next_action, 90)):
            action.setIcon(arrow_icon(angle, colour))

    # -- View and Help handlers: zoom, theme, about ----------------------------------
    def zoom_level(self: MainWindow) -> int:  # type: ignore[misc]
        return self._zoom

    def set_zoom(self: MainWindow, level: int) -> None:  # type: ignore[misc]
        level = min(ZOOM_MAX, max(ZOOM_MIN, level))
        if level != self._zoom:
            self.detail.zoomIn(level - self._zoom)
            self._zoom = level
            self.detail.zoom_changed()

    @Slot()
    def zoom_in(self: MainWindow) -> None:  # type: ignore[misc]
        self.set_zoom(self._zoom + 1)

    @Slot()
    def zoom_out(self: MainWindow) -> None:  # type: ignore[misc]
        self.set_zoom(self._zoom - 1)

    @Slot()
    def reset_zoom(self: MainWindow) -> None:  # type: ignore[misc]
        self.set_zoom(0)

    def theme(self: MainWindow) -> str:  # type: ignore[misc]
        return self._theme

    def choose_theme(self: MainWindow, name: str) -> None:  # type: ignore[misc]
        """The person picked a theme in the View menu: use it and remember it."""
        self.theme_from_command_line = False
        self.set_theme(name)

    def set_theme(self: MainWindow, name: str) -> None:  # type: ignore[misc]
        """Switch theme ("system", "light", "dark", "high-contrast") and redraw the page."""
        from vibe_desktop.ui.shell.themes import apply_theme

        if name not in THEMES:
            raise ValueError(f"unknown theme {name!r}")
        self._theme = name
        self.theme_actions[name].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, name)
        self.detail.apply_palette()
        self.refresh_icons()
        if self._report is not None and self._page:
            position = self.reading_position()
            page, self._page = self._page, ""
            self._render(self._report, page)
            if position != page:
                self.detail.scroll_to_paragraph(position)

    @Slot()
    def show_about(self: MainWindow) -> None:  # type: ignore[misc]
        dialogs().info(self, self.tr("About VIBE Desktop"), self.tr(
            "{app} {version}\nAn offline reader for IREX's Vibrant Information Barometer "
            "reports.\n\n{ack}").format(app=APP_NAME, version=__version__, ack=ACKNOWLEDGMENT))

    @Slot()
    def show_shortcuts(self: MainWindow) -> None:  # type: ignore[misc]
        """Every menu action that has a shortcut, as the menus name it (features' included)."""
        lines = []
        for menu in self._menus.values():
            for action in _menu_actions(menu):
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                 for k in action.shortcuts() if _typable(k))
                if keys:
                    lines.append(f"{_plain_label(action.text())}: {keys}")
        dialogs().info(self, self.tr("Keyboard Shortcuts"), "\n".join(lines))


def _typable(key: QKeySequence) -> bool:
    """Leave out special keys few keyboards have ("Copy", "Zoom In", "Back")."""
    text = key.toString(QKeySequence.SequenceFormat.PortableText)
    return "+" in text or (text[:1] == "F" and text[1:].isdigit()) or len(text) == 1


def _plain_label(text: str) -> str:
    """A menu text without its mnemonic marks ("&Back" -> "Back", "A && B" -> "A & B")."""
    return "&".join(part.replace("&", "") for part in text.split("&&"))


def _menu_actions(menu: QMenu) -> list[QAction]:
    out: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if sub is not None:
            out.extend(_menu_actions(sub))  # type: ignore[arg-type]
        elif not action.isSeparator():
            out.append(action)
    return out


def arrow_icon(angle: int, colour: QColor, size: int = 32) -> QIcon:
    """A plain arrow (0 = right, 90 = down ...) in ``colour``, for any theme."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    with QPainter(pixmap) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(size / 2, size / 2)
        painter.rotate(angle)
        pen = QPen(colour, size * 0.11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        half = size * 0.3
        painter.drawLine(QPointF(-half, 0), QPointF(half, 0))
        painter.drawLine(QPointF(half * 0.15, -half * 0.8), QPointF(half, 0))
        painter.drawLine(QPointF(half * 0.15, half * 0.8), QPointF(half, 0))
    return QIcon(pixmap)



"""The reader window's menus in named sections, its own actions and toolbar, and the Help texts.

``MenuBar`` makes the six menus with the sections of ``MENU_SECTIONS``; features add to a
section by name, so nobody searches a menu for "Quit". ``build_reader_actions`` makes the
window's own actions against the ``ReaderCommands`` it is given (the main window).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, Qt
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
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QToolBar, QWidget

from vibe_desktop import ACKNOWLEDGMENT, APP_NAME, __version__
from vibe_desktop.core.model import Anchor
from vibe_desktop.i18n import translate
from vibe_desktop.ui.tips import plain_tip
from vibe_desktop.userdata.settings import THEMES

if TYPE_CHECKING:  # types only: nothing here is loaded before the first paint
    from typing import Protocol

    from vibe_desktop.core.library import LibraryEntry

    class ReaderCommands(Protocol):
        """What the window's own actions call (the main window provides them)."""

        def close(self) -> bool: ...
        def copy_text(self) -> None: ...
        def select_all_text(self) -> None: ...
        def zoom_in(self) -> None: ...
        def zoom_out(self) -> None: ...
        def reset_zoom(self) -> None: ...
        def choose_theme(self, name: str) -> None: ...
        def focus_tree(self) -> None: ...
        def focus_text(self) -> None: ...
        def go_back(self) -> None: ...
        def go_forward(self) -> None: ...
        def go_page(self, section: str) -> None: ...
        def step_indicator(self, step: int) -> None: ...
        def show_shortcuts(self) -> None: ...
        def show_about(self) -> None: ...

Shortcut = QKeySequence | QKeySequence.StandardKey | str

#: Every menu's named sections, in order; a feature adds its actions to one of them.
MENU_SECTIONS: dict[str, tuple[str, ...]] = {
    "file": ("library", "reports", "export", "print", "quit"),
    "edit": ("undo", "clipboard", "find", "keep"),
    "view": ("zoom", "theme", "language", "focus", "panels", "present"),
    "go": ("history", "pages"),
    "tools": ("tools",),
    "help": ("help",),
}


def make_action(parent: QObject, text: str, slot: Callable[[], object],
                shortcuts: Iterable[Shortcut] = (), name: str = "") -> QAction:
    """An action with its shortcuts (a standard key's bindings first, no key twice)."""
    action = QAction(text, parent)
    action.setObjectName(name or text)
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            bindings = QKeySequence.keyBindings(shortcut)
        else:
            bindings = [QKeySequence(shortcut)]
        for key in bindings:
            if key.toString() not in {k.toString() for k in keys}:
                keys.append(key)
    if keys:
        action.setShortcuts(keys)
    action.triggered.connect(slot)
    return action


class MenuBar:
    """The window's menus, each divided into named sections (separators between them)."""

    def __init__(self, window: QMainWindow) -> None:
        titles = {
            "file": translate("Menus", "&File"), "edit": translate("Menus", "&Edit"),
            "view": translate("Menus", "&View"), "go": translate("Menus", "&Go"),
            "tools": translate("Menus", "&Tools"), "help": translate("Menus", "&Help"),
        }
        self.menus: dict[str, QMenu] = {}
        self._starts: dict[tuple[str, str], QAction] = {}
        for key, sections in MENU_SECTIONS.items():
            menu = window.menuBar().addMenu(titles[key])
            menu.setObjectName(f"menu-{key}")
            self.menus[key] = menu
            for section in sections:  # a separator starts each section; Qt hides extra ones
                self._starts[key, section] = menu.addSeparator()

    def add(self, menu: str, section: str, items: Sequence[QAction | QMenu]) -> None:
        """Append ``items`` (actions or submenus) at the end of ``section`` of ``menu``."""
        if (menu, section) not in self._starts:
            raise KeyError(f"no section {section!r} in menu {menu!r}")
        sections = MENU_SECTIONS[menu]
        following = sections[sections.index(section) + 1:]
        before = self._starts[menu, following[0]] if following else None
        target = self.menus[menu]
        for item in items:
            action = item.menuAction() if isinstance(item, QMenu) else item
            if before is None:
                target.addAction(action)
            else:
                target.insertAction(before, action)


class ReaderActions:
    """The window's own actions: quit, clipboard, zoom, themes, focus, history, pages, help."""

    def __init__(self, window: QMainWindow, bar: MenuBar, commands: ReaderCommands) -> None:
        c = commands
        std = QKeySequence.StandardKey

        def act(text: str, slot: Callable[[], object], keys: Iterable[Shortcut] = (),
                name: str = "") -> QAction:
            return make_action(window, text, slot, keys, name)

        self.reports_menu = QMenu(translate("Menus", "&Reports"), window)
        self.reports_menu.setObjectName("menu-reports")
        bar.add("file", "reports", [self.reports_menu])
        bar.add("file", "quit", [act(translate("Menus", "&Quit"), c.close, [std.Quit, "Ctrl+Q"],
                                     "quit")])
        bar.add("edit", "clipboard", [
            act(translate("Menus", "&Copy"), c.copy_text, [std.Copy], "copy"),
            act(translate("Menus", "Select &All"), c.select_all_text, [std.SelectAll],
                "select-all"),
        ])
        bar.add("view", "zoom", [
            act(translate("Menus", "Zoom &In"), c.zoom_in, [std.ZoomIn, "Ctrl+="], "zoom-in"),
            act(translate("Menus", "Zoom &Out"), c.zoom_out, [std.ZoomOut], "zoom-out"),
            act(translate("Menus", "&Reset Zoom"), c.reset_zoom, ["Ctrl+0"], "zoom-reset"),
        ])
        theme_menu = QMenu(translate("Menus", "&Theme"), window)
        labels = {"system": translate("Menus", "Follow &System"),
                  "light": translate("Menus", "&Light"), "dark": translate("Menus", "&Dark"),
                  "high-contrast": translate("Menus", "&High Contrast")}
        self.theme_actions: dict[str, QAction] = {}
        group = QActionGroup(window)
        for key in THEMES:
            action = QAction(labels[key], window, checkable=True)
            action.setObjectName(f"theme-{key}")
            action.triggered.connect(lambda _=False, k=key: c.choose_theme(k))
            group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[key] = action
        bar.add("view", "theme", [theme_menu])
        from vibe_desktop.ui.shell.focus import PaneCycler

        self.panes = PaneCycler(window)
        self.caret = act(translate("Menus", "C&aret Browsing"), lambda: self._toggle_caret(window),
                         ["F7"], "caret-browsing")
        self.caret.setCheckable(True)
        bar.add("view", "focus", [
            act(translate("Menus", "Ne&xt Pane"), lambda: self.panes.cycle(1), ["F6"],
                "next-pane"),
            act(translate("Menus", "Pre&vious Pane"), lambda: self.panes.cycle(-1),
                ["Shift+F6"], "previous-pane"),
            act(translate("Menus", "Go to Co&ntents"), c.focus_tree, ["Ctrl+Shift+T"],
                "focus-tree"),
            act(translate("Menus", "Go to T&ext"), c.focus_text, ["Ctrl+Shift+R"], "focus-text"),
            self.caret,
        ])
        self.back = act(translate("Menus", "&Back"), c.go_back, [std.Back, "Alt+Left"], "back")
        self.forward = act(translate("Menus", "&Forward"), c.go_forward,
                           [std.Forward, "Alt+Right"], "forward")
        bar.add("go", "history", [self.back, self.forward])
        self.previous = act(translate("Menus", "&Previous Indicator"),
                            lambda: c.step_indicator(-1), ["Ctrl+PgUp"], "prev")
        self.next = act(translate("Menus", "&Next Indicator"), lambda: c.step_indicator(1),
                        ["Ctrl+PgDown"], "next")
        bar.add("go", "pages", [
            act(translate("Menus", "&Overview"), lambda: c.go_page("summary"), ["Alt+Home"],
                "overview"),
            self.previous, self.next,
            act(translate("Menus", "Panel && &Rights"), lambda: c.go_page("panel"), [], "panel"),
        ])
        bar.add("help", "help", [
            act(translate("Menus", "&Keyboard Shortcuts"), c.show_shortcuts, [std.HelpContents],
                "shortcuts"),
            act(translate("Menus", "&About VIBE Desktop"), c.show_about, [], "about"),
        ])
        self.toolbar = QToolBar(translate("Menus", "Navigation"), window)
        self.toolbar.setObjectName("toolbar-navigation")
        self.toolbar.setAccessibleName(translate("Menus", "Navigation"))
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.back, self.forward, self.previous, self.next])
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        bar.add("view", "panels", [self.toolbar.toggleViewAction()])
        self.refresh_icons()

    def _toggle_caret(self, window: QMainWindow) -> None:
        pane = getattr(window, "detail", None)
        caret = getattr(pane, "caret", None)
        if pane is None or caret is None:
            return
        self.caret.setChecked(caret.toggle())
        pane.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def fill_reports_menu(self, entries: Sequence[LibraryEntry], current: str | None,
                          open_anchor: Callable[[str], object]) -> None:
        """File → Reports: every report of the library, the open one checked, broken ones
        disabled with their error as tooltip."""
        menu = self.reports_menu
        menu.clear()
        for entry in entries:
            action = menu.addAction(entry.title)
            action.setObjectName(f"report-{entry.id}")
            action.setCheckable(True)
            action.setChecked(entry.id == current)
            if entry.error:
                action.setEnabled(False)
                action.setToolTip(plain_tip(entry.error))
            action.triggered.connect(
                lambda _=False, rid=entry.id: open_anchor(str(Anchor.summary_page(rid))))
        if not entries:
            menu.addAction(translate("Menus", "(no reports found)")).setEnabled(False)

    def refresh_icons(self) -> None:
        """Draw the toolbar's arrows in the current theme's text colour."""
        colour = QApplication.palette().color(QPalette.ColorRole.ButtonText)
        for action, angle in ((self.back, 180), (self.forward, 0), (self.previous, 270),
                              (self.next, 90)):
            action.setIcon(arrow_icon(angle, colour))


def about_text() -> str:
    """Help → About: name, version, what it is, and IREX's acknowledgment."""
    return translate(
        "Help", "{app} {version}\nAn offline reader for IREX's Vibrant Information Barometer "
        "reports.\n\n{ack}").format(app=APP_NAME, version=__version__, ack=ACKNOWLEDGMENT)


def shortcuts_text(menus: Iterable[QMenu]) -> str:
    """Every menu action that has a shortcut, as the menus name it (features' included), then
    the keys that work without a menu: in the text, in the footnote popup, in a presentation."""
    lines = []
    for menu in menus:
        for action in _menu_actions(menu):
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in action.shortcuts() if _typable(k))
            if keys:
                lines.append(f"{_plain_label(action.text())}: {keys}")
    for title, more in _other_keys():
        lines.append("")
        lines.append(title)
        lines.extend(more)
    return "\n".join(lines)


def _other_keys() -> list[tuple[str, list[str]]]:
    """The keys that are not menu shortcuts, by where they work."""
    return [
        (translate("Help", "In the text"), [
            translate("Help", "Tab, Shift+Tab: next or previous link or footnote"),
            translate("Help", "Enter: open the link or footnote"),
            translate("Help", "With caret browsing (F7): arrows move the caret; Shift+arrows "
                              "and Ctrl+Shift+arrows select; Home, End, Ctrl+Home, Ctrl+End"),
            translate("Help", "Shift+F10 or the Menu key: the text's context menu"),
            translate("Help", "Ctrl+Wheel, Ctrl++, Ctrl+-: zoom"),
        ]),
        (translate("Help", "In a footnote or link popup"), [
            translate("Help", "Tab: next control; Enter: press it; Esc: back to the text"),
        ]),
        (translate("Help", "In the find bar"), [
            translate("Help", "Enter, F3: next match; Shift+Enter, Shift+F3: previous match; "
                              "Esc: close"),
        ]),
        (translate("Help", "In a presentation"), [
            translate("Help", "Right, Down, Space, Page Down, Enter: next slide"),
            translate("Help", "Left, Up, Page Up, Backspace: previous slide"),
            translate("Help", "Home, End: first or last slide"),
            translate("Help", "G, then a number and Enter: go to that slide; G, I, a number "
                              "and Enter: go to that indicator"),
            translate("Help", "B or .: black screen; W or ,: white screen; any key: back"),
            translate("Help", "Esc: end the presentation"),
        ]),
    ]


def _typable(key: QKeySequence) -> bool:
    """Leave out special keys few keyboards have ("Copy", "Zoom In", "Back")."""
    text = key.toString(QKeySequence.SequenceFormat.PortableText)
    return "+" in text or (text[:1] == "F" and text[1:].isdigit()) or len(text) == 1


def _plain_label(text: str) -> str:
    """A menu text without its mnemonic marks ("&Back" -> "Back", "A && B" -> "A & B")."""
    return "&".join(part.replace("&", "") for part in text.split("&&"))


def _menu_actions(menu: QMenu | QWidget) -> list[QAction]:
    out: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            out.extend(_menu_actions(sub))
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

"""The window's panels: one View toggle each (with its shortcut), room kept for the text, Esc."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

#: The reading column never gets narrower than this many characters while room can be made.
MIN_TEXT_CHARS = 45
MIN_PANEL = 220
MIN_TREE = 150
#: Windows smaller than this (either way) show their panels as tabs, one at a time.
ROOMY_WIDTH, ROOMY_HEIGHT = 1500, 900


def dock_name(title: str) -> str:
    """The object name a panel titled ``title`` gets ("Notes and Bookmarks" -> "dock-notes-…")."""
    return "dock-" + "".join(c if c.isalnum() else "-" for c in title.lower())


def make_room(window: int, tree: int, panel: int, text: int) -> tuple[int, int]:
    """(tree, panel) widths leaving the text ``text`` pixels of a ``window`` pixels wide
    window: the panel gives way first (down to MIN_PANEL), then the tree (down to MIN_TREE)."""
    tree = max(0, tree)
    panel = max(MIN_PANEL, min(panel, window - tree - text))
    if tree:
        tree = max(MIN_TREE, min(tree, window - panel - text))
    return tree, panel


def tabbed(width: int, height: int) -> bool:
    """Whether panels sharing a side are shown as tabs (small windows) rather than stacked."""
    return width < ROOMY_WIDTH or height < ROOMY_HEIGHT


class Panels(QObject):
    """The docks of one main window, their toggles, and the rules that keep the text readable."""

    def __init__(self, window: QMainWindow, splitter: QSplitter, text: QWidget,
                 add_toggle: Callable[[QAction], None]) -> None:
        super().__init__(window)
        self.window = window
        self.splitter = splitter
        self.text = text
        self._add_toggle = add_toggle
        self.docks: dict[str, QDockWidget] = {}
        self.transient: set[str] = set()
        self.openers: dict[str, Callable[[], object]] = {}
        self.toggles: dict[str, QAction] = {}
        #: Shows or hides the contents tree (the window's View → Contents).
        self.show_tree: Callable[[bool], None] = lambda visible: None
        self.tree_given_up = False  # hidden by keep_text_room, shown again with no panels
        self.may_hide_tree = True  # False once the person chose to see the tree anyway

    # -- adding --------------------------------------------------------------------------
    def add_opener(self, title: str, opener: Callable[[], object], shortcut: str = "",
                   name: str = "") -> QAction:
        """A View toggle for a panel made on first use: ``opener`` makes and shows it."""
        name = name or dock_name(title)
        action = QAction(title, self.window)
        action.setObjectName(f"toggle-{name}")
        action.setCheckable(True)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda checked, n=name: self._toggle(n, checked))
        self.openers[name] = opener
        self.toggles[name] = action
        self._add_toggle(action)
        return action

    def add(self, widget: QWidget, title: str, area: Qt.DockWidgetArea | None = None, *,
            shortcut: str = "", transient: bool = False, name: str = "") -> QDockWidget:
        """Dock ``widget``: its place and visibility from last time, one View toggle."""
        name = name or dock_name(title)
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        dock.installEventFilter(self)
        self.docks[name] = dock
        if transient:
            self.transient.add(name)
        dock.visibilityChanged.connect(lambda visible, d=dock: self._visibility(d, visible))
        if not self.window.restoreDockWidget(dock):  # place and visibility from last time
            self.window.addDockWidget(area or Qt.DockWidgetArea.RightDockWidgetArea, dock)
        toggle = self.toggles.get(name)
        if toggle is None:
            toggle = dock.toggleViewAction()
            if shortcut:
                toggle.setShortcut(QKeySequence(shortcut))
            self.toggles[name] = toggle
            self._add_toggle(toggle)
        toggle.setChecked(dock.isVisible())
        return dock

    # -- showing and hiding --------------------------------------------------------------
    def _toggle(self, name: str, checked: bool) -> None:
        dock = self.docks.get(name)
        if not checked and dock is not None:
            self.close(dock)
        elif checked:
            self.openers[name]()

    def close(self, dock: QDockWidget) -> None:
        """Hide ``dock``, the focus going back to the text if it was in the dock."""
        focus = self._focus()
        had_focus = focus is not None and dock.isAncestorOf(focus)
        dock.hide()
        if had_focus or self._focus() is None:
            self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @staticmethod
    def _focus() -> QWidget | None:
        from PySide6.QtWidgets import QApplication

        return QApplication.focusWidget()

    def _visibility(self, dock: QDockWidget, visible: bool) -> None:
        toggle = self.toggles.get(dock.objectName())
        try:
            if toggle is not None and toggle.isChecked() != visible:
                toggle.setChecked(visible)
        except RuntimeError:  # the window is going away
            return
        if visible and not dock.isFloating():
            self.place(dock)
        elif not visible and self.tree_given_up and not any(
                d.isVisible() for d in self.docks.values()):
            self.tree_given_up = False
            self.show_tree(True)  # the panels that needed its room are gone

    def place(self, dock: QDockWidget) -> None:
        """A panel coming on show: tabbed with its neighbours on small windows, and the text
        left at least MIN_TEXT_CHARS wide."""
        window = self.window
        area = window.dockWidgetArea(dock)
        neighbours = [d for d in self.docks.values() if d is not dock and d.isVisible()
                      and not d.isFloating() and window.dockWidgetArea(d) == area]
        if neighbours and tabbed(window.width(), window.height()):
            if dock not in window.tabifiedDockWidgets(neighbours[0]):
                window.tabifyDockWidget(neighbours[0], dock)
            dock.raise_()
        QTimer.singleShot(0, self.keep_text_room)  # once the docks are laid out

    def text_width(self) -> int:
        """The narrowest comfortable reading column in pixels (MIN_TEXT_CHARS of its font)."""
        metrics = QFontMetrics(self.text.font())
        # the page margins (16 px a side at least), the scroll bar and the frames
        return metrics.averageCharWidth() * MIN_TEXT_CHARS + 72

    @Slot()
    def keep_text_room(self) -> None:
        """Narrow the panels (then the contents tree) when the text would be too narrow."""
        window = self.window
        visible = [d for d in self.docks.values() if d.isVisible() and not d.isFloating()
                   and window.dockWidgetArea(d) in (Qt.DockWidgetArea.LeftDockWidgetArea,
                                                    Qt.DockWidgetArea.RightDockWidgetArea)]
        if not visible:
            return
        need = self.text_width()
        if self.text.width() >= need:
            return
        tree_widget = self.splitter.widget(0)
        tree = tree_widget.width() if tree_widget is not None and tree_widget.isVisible() else 0
        areas: dict[Qt.DockWidgetArea, QDockWidget] = {}
        for d in visible:
            areas.setdefault(window.dockWidgetArea(d), d)
        docks = list(areas.values())
        panels = sum(d.width() for d in docks)
        floor = sum(max(MIN_PANEL, d.minimumSizeHint().width()) for d in docks)
        new_tree, new_panels = make_room(window.width(), tree, panels, need)
        new_panels = max(new_panels, floor)
        if new_panels < panels:
            share = new_panels // len(docks)
            window.resizeDocks(docks, [share] * len(docks), Qt.Orientation.Horizontal)
        if tree:  # what the panels could not give, the tree gives (down to MIN_TREE)
            left = window.width() - new_panels - need
            if left < MIN_TREE and self.may_hide_tree:  # the tree makes way (F9: back)
                self.tree_given_up = True
                self.show_tree(False)
                return
            new_tree = min(new_tree, left)
            if new_tree < tree:
                sizes = self.splitter.sizes()
                self.splitter.setSizes([new_tree, sum(sizes) - new_tree])

    # -- Esc and remembering ---------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and isinstance(watched, QDockWidget)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            if watched.objectName() in self.transient or watched.isFloating():
                self.close(watched)
            else:
                self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)

    def open_names(self) -> list[str]:
        """The panels on show now (object names), to open again at the next start."""
        return [name for name, dock in self.docks.items() if dock.isVisible()]

    def reopen(self, names: list[str]) -> None:
        """Open the panels that were open last time (those with an opener), focus unmoved."""
        focus = self._focus()
        for name in names:
            opener = self.openers.get(name)
            if opener is not None and name not in self.docks:
                opener()
        if focus is not None:
            focus.setFocus()

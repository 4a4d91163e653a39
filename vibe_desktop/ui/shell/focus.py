"""Moving between the window's panes by keyboard (F6, Shift+F6); a frame round the focused one.

The panes are the contents tree, the reading pane and every open dock, in that order. The
pane holding the focus gets a frame in the theme's highlight colour, drawn by one overlay
over the window, so it shows in every theme and on every widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

FRAME_WIDTH = 3


def first_focusable(container: QWidget) -> QWidget | None:
    """The first widget inside ``container`` that Tab would reach (the container itself if
    it takes focus)."""
    if container.focusPolicy() & Qt.FocusPolicy.TabFocus and container.isEnabled():
        return container
    widget = container.nextInFocusChain()
    seen = 0
    while widget is not None and widget is not container and seen < 500:
        seen += 1
        if (container.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return None


class PaneCycler(QObject):
    """F6 / Shift+F6 between the window's panes, and the focus frame round the current one."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.frame = FocusFrame(window)
        self._watched: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def panes(self) -> list[QWidget]:
        """The panes in F6 order: tree, reading pane, then each open dock's contents."""
        out: list[QWidget] = []
        for name in ("tree", "detail"):
            widget = getattr(self.window, name, None)
            if isinstance(widget, QWidget) and widget.isVisible():
                out.append(widget)
        for dock in self.window.findChildren(QDockWidget):
            inner = dock.widget()
            if dock.isVisible() and not dock.isFloating() and inner is not None:
                out.append(inner)
        return out

    def current(self) -> QWidget | None:
        focus = QApplication.focusWidget()
        if focus is None:
            return None
        for pane in self.panes():
            if pane is focus or pane.isAncestorOf(focus):
                return pane
        return None

    def cycle(self, step: int) -> QWidget | None:
        """Focus the next (+1) or previous (-1) pane; returns the widget that got the focus."""
        panes = self.panes()
        if not panes:
            return None
        current = self.current()
        index = panes.index(current) if current in panes else (-1 if step > 0 else 0)
        for offset in range(1, len(panes) + 1):
            pane = panes[(index + step * offset) % len(panes)]
            target = first_focusable(pane)
            if target is not None:
                focus_first = getattr(pane, "focus_first", None)
                if callable(focus_first):
                    focus_first()
                else:
                    target.setFocus(Qt.FocusReason.TabFocusReason)
                return target
        return None

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        pane = self.current()
        if self._watched is not pane:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            self._watched = pane
            if pane is not None:
                pane.installEventFilter(self)
        self.frame.follow(pane)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() in (
                QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide):
            self.frame.follow(self._watched)
        return super().eventFilter(watched, event)


class FocusFrame(QWidget):
    """A frame drawn over the window round the focused pane (transparent to the mouse)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focus-frame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.hide()

    def follow(self, pane: QWidget | None) -> None:
        """Frame ``pane`` (None: hide)."""
        self.target = pane
        parent = self.parentWidget()
        if pane is None or parent is None or not pane.isVisible():
            self.hide()
            return
        top_left = pane.mapTo(parent, pane.rect().topLeft())
        self.setGeometry(QRect(top_left, pane.size()))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            colour = QApplication.palette().color(QPalette.ColorRole.Highlight)
            pen = QPen(colour, FRAME_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            half = FRAME_WIDTH // 2
            painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))

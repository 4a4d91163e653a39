"""Caret browsing (F7): a visible text caret in the reading pane, moved and extended by keys.

With the caret on, arrows move it, Shift+arrows and Ctrl+Shift+arrows select, Home/End and
Ctrl+Home/End jump: the pane's own QTextCursor does the work, so Highlight, Note and Copy
with Citation see a real selection. A screen reader hears the caret through the pane's Text
interface, and each keyboard selection is announced (PySide6 cannot report it otherwise).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QTextBrowser

from vibe_desktop.i18n import translate
from vibe_desktop.ui.announce import announce

CARET_WIDTH = 2
ANNOUNCE_DELAY_MS = 350  # wait for the keys to stop before reading the selection out
ANNOUNCE_CHARS = 200

_BROWSING = Qt.TextInteractionFlag.TextBrowserInteraction
_CARET = _BROWSING | Qt.TextInteractionFlag.TextSelectableByKeyboard


class CaretBrowsing(QObject):
    """Turns a QTextBrowser's caret on and off, and reads keyboard selections out."""

    def __init__(self, pane: QTextBrowser) -> None:
        super().__init__(pane)
        self.pane = pane
        self.enabled = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ANNOUNCE_DELAY_MS)
        self._timer.timeout.connect(self._announce_selection)
        pane.selectionChanged.connect(self._on_selection_changed)

    def set_enabled(self, on: bool) -> None:
        """Show (True) or hide the caret; the caret stays where the cursor is."""
        self.enabled = on
        self.pane.setTextInteractionFlags(_CARET if on else _BROWSING)
        self.pane.setCursorWidth(CARET_WIDTH if on else 1)
        if on and not self.pane.textCursor().hasSelection():
            self._caret_into_view()
        self.pane.viewport().update()
        announce(self.pane, translate("Reading", "Caret browsing on") if on
                 else translate("Reading", "Caret browsing off"))

    def toggle(self) -> bool:
        self.set_enabled(not self.enabled)
        return self.enabled

    def _caret_into_view(self) -> None:
        """A caret scrolled out of sight starts at the top of what is on screen."""
        pane = self.pane
        cursor = pane.textCursor()
        visible = pane.viewport().rect()
        if not visible.contains(pane.cursorRect(cursor).center()):
            top = pane.cursorForPosition(visible.topLeft())
            pane.setTextCursor(top)

    @Slot()
    def _on_selection_changed(self) -> None:
        if self.enabled and self.pane.hasFocus():
            self._timer.start()

    @Slot()
    def _announce_selection(self) -> None:
        selected = self.pane.textCursor().selectedText().replace("\u2029", " ").strip()
        if selected:
            if len(selected) > ANNOUNCE_CHARS:
                selected = selected[:ANNOUNCE_CHARS] + "…"
            announce(self.pane, translate("Reading", "Selected: %1").replace("%1", selected))

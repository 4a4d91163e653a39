"""Find in page (Ctrl+F): a bar along the bottom of the detail pane that paints every match.

Matching ignores case and diacritics (core.textnorm.find_spans). Enter / F3 go to the next
match, Shift+Enter / Shift+F3 to the previous one, Esc closes the bar and clears the paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from vibe_desktop.core.textnorm import find_spans
from vibe_desktop.i18n import translate
from vibe_desktop.ui.announce import announce
from vibe_desktop.ui.reading.reading_pane import marked
from vibe_desktop.ui.shell.actions import make_action

if TYPE_CHECKING:
    from vibe_desktop.ui.reading.reading_pane import ReadingPane
    from vibe_desktop.ui.shell.host import ReaderHost

OWNER = "find"
MATCH_COLOR = QColor("#fff176")
CURRENT_COLOR = QColor("#ff9800")


class FindBar(QWidget):
    """The find-in-page bar; lives inside the detail pane, below its text."""

    def __init__(self, detail: ReadingPane) -> None:
        super().__init__(detail)
        self.detail = detail
        self.setObjectName("find-bar")
        self.setAccessibleName(self.tr("Find in page"))
        self.setAutoFillBackground(True)
        self.spans: list[tuple[int, int]] = []
        self.current = -1

        self.field = QLineEdit(self)
        self.field.setObjectName("find-field")
        self.field.setPlaceholderText(self.tr("Find in page"))
        self.field.setAccessibleName(self.tr("Text to find in this page"))
        self.field.setClearButtonEnabled(True)
        self.previous_button = self._button("find-previous", "◀", self.tr("Previous match"),
                                            self.tr("Previous match (Shift+Enter, Shift+F3)"))
        self.next_button = self._button("find-next", "▶", self.tr("Next match"),
                                        self.tr("Next match (Enter, F3)"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("find-count")
        self.count_label.setAccessibleName(self.tr("Matches"))
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 of 0000") + 8)
        self.close_button = self._button("find-close", "✕", self.tr("Close find bar"),
                                         self.tr("Close (Esc)"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.field, 1)
        for widget in (self.previous_button, self.next_button, self.count_label,
                       self.close_button):
            layout.addWidget(widget)

        self.field.textChanged.connect(self._on_text_changed)
        for control in self.controls():
            control.installEventFilter(self)  # Esc closes and Tab moves from any of them
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        detail.page_rendered.connect(self._on_page_rendered)
        detail.installEventFilter(self)
        self.hide()
        self._update_count()

    def controls(self) -> list[QWidget]:
        """The bar's focusable controls in Tab order."""
        return [self.field, self.previous_button, self.next_button, self.close_button]

    def _tab(self, watched: QWidget, forward: bool) -> None:
        """Tab through the bar's enabled controls; past either end, back to the text."""
        usable = [c for c in self.controls() if c.isEnabled() and c.isVisible()]
        index = usable.index(watched) if watched in usable else 0
        index += 1 if forward else -1
        if 0 <= index < len(usable):
            usable[index].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.detail.setFocus(Qt.FocusReason.TabFocusReason)

    def _button(self, name: str, text: str, accessible: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAccessibleName(accessible)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    # -- showing and placing ------------------------------------------------------------
    def open_bar(self) -> None:
        """Show the bar (with the pane's selected text, if any) and focus its field."""
        selected = self.detail.textCursor().selectedText().strip()
        if selected and "\u2029" not in selected and len(selected) < 100:
            self.field.setText(selected)
        self.show()
        self._place()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.refresh()

    @Slot()
    def close_bar(self) -> None:
        """Hide the bar, clear the painted matches, give focus back to the text."""
        self.hide()
        self.detail.setViewportMargins(0, 0, 0, 0)
        self.spans = []
        self.current = -1
        self.detail.set_extra_selections(OWNER, [])
        self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place(self) -> None:
        if not self.isVisible():
            return
        height = self.sizeHint().height()
        frame = self.detail.frameWidth()
        scrollbar = self.detail.verticalScrollBar()
        beside = scrollbar.width() if scrollbar.isVisible() else 0  # keep the scrollbar usable
        self.setGeometry(frame, self.detail.height() - height - frame,
                         self.detail.width() - 2 * frame - beside, height)
        self.detail.setViewportMargins(0, 0, 0, height)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.detail and event.type() == QEvent.Type.Resize:
            self._place()
        elif event.type() == QEvent.Type.KeyPress and watched in self.controls():
            assert isinstance(event, QKeyEvent) and isinstance(watched, QWidget)
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                backwards = key == Qt.Key.Key_Backtab or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self._tab(watched, not backwards)
                return True
            if watched is self.field and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
        return super().eventFilter(watched, event)

    # -- matching -----------------------------------------------------------------------
    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self.refresh()

    @Slot(str)
    def _on_page_rendered(self, _anchor: str) -> None:
        if self.isVisible():
            self._place()
            self.refresh()

    def refresh(self) -> None:
        """Find every match of the field's text in the page and go to the first one."""
        text = self.detail.document().toPlainText()
        self.spans = find_spans(text, self.field.text())
        self.current = -1
        if self.spans:
            top = self.detail.cursorForPosition(self.detail.viewport().rect().topLeft()).position()
            self.current = next((i for i, (s, _e) in enumerate(self.spans) if s >= top), 0)
        self._paint()

    @Slot()
    def find_next(self) -> None:
        """Go to the next match (wrapping round)."""
        self._step(1)

    @Slot()
    def find_previous(self) -> None:
        """Go to the previous match (wrapping round)."""
        self._step(-1)

    def _step(self, step: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if not self.spans:
            return
        self.current = (self.current + step) % len(self.spans)
        self._paint()

    def _paint(self) -> None:
        document = self.detail.document()
        self.detail.set_extra_selections(OWNER, [
            marked(document, start, end, CURRENT_COLOR if i == self.current else MATCH_COLOR)
            for i, (start, end) in enumerate(self.spans)])
        if 0 <= self.current < len(self.spans):
            start, end = self.spans[self.current]
            cursor = QTextCursor(self.detail.document())
            cursor.setPosition(end)
            self.detail.setTextCursor(cursor)
            self.detail.ensureCursorVisible()
            cursor.setPosition(start)
            self.detail.setTextCursor(cursor)
            self.detail.ensureCursorVisible()
        self._update_count()

    def _update_count(self) -> None:
        has_query = bool(self.field.text().strip())
        if not self.spans:
            text = self.tr("No matches") if has_query else ""
        else:
            text = self.tr("%1 of %2").replace("%1", str(self.current + 1)).replace(
                "%2", str(len(self.spans)))
        if text and text != self.count_label.text() and self.isVisible():
            announce(self, text)  # "3 of 12" / "No matches", said without moving the focus
        self.count_label.setText(text)
        self.count_label.setAccessibleDescription(text)
        self.previous_button.setEnabled(len(self.spans) > 1)
        self.next_button.setEnabled(len(self.spans) > 1)
        invalid = has_query and not self.spans
        self.field.setProperty("notFound", invalid)
        self.field.setStyleSheet("QLineEdit { background: #ffcdd2; color: #000; }" if invalid
                                 else "")


def install(host: ReaderHost) -> None:
    """Edit menu: Find in Page (Ctrl+F), Find Next (F3), Find Previous (Shift+F3)."""
    bars: list[FindBar] = []

    def bar() -> FindBar:  # created on first use
        if not bars:
            bars.append(FindBar(host.detail))
            host.register_feature("find", bars[0])
        return bars[0]

    specs = (
        ("find", translate("Find", "&Find in Page…"), [QKeySequence(QKeySequence.StandardKey.Find)],
         lambda: bar().open_bar()),
        ("find-next", translate("Find", "Find &Next"), [QKeySequence("F3")],
         lambda: bar().find_next()),
        ("find-previous", translate("Find", "Find Pre&vious"), [QKeySequence("Shift+F3")],
         lambda: bar().find_previous()),
    )
    host.add_actions("edit", "find", [make_action(host.widget(), text, slot, keys, name)
                                      for name, text, keys, slot in specs])

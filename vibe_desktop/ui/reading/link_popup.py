"""The popup for a footnote or a link: its text, every URL in full, Copy and Open in browser.

Hovering shows it as a passive preview (it closes when the mouse leaves); clicking or
pressing Enter on a link shows it as a real popup the keyboard can use (Esc closes it).
Only http, https and mailto can be opened, and only through the dialog seam.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCursor, QFontMetricsF, QGuiApplication, QKeyEvent, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vibe_desktop.core.links import describe
from vibe_desktop.core.markup import escape, is_safe_url
from vibe_desktop.ui.reading import accessible
from vibe_desktop.ui.reading.link_warnings import warning_texts
from vibe_desktop.ui.shell import dialogs
from vibe_desktop.ui.shell.focus import FocusFrame

ADDRESS_WIDTH = 480  # pixels for the address before it wraps
MAX_ADDRESS_LINES = 8  # longer addresses scroll
MAX_BODY_HEIGHT = 240  # a longer footnote text scrolls


class LinkPopup(QFrame):
    """A small window showing a footnote's text or a link, with Copy and Open buttons per URL."""

    closed = Signal()

    def __init__(
        self,
        title: str,
        body_html: str,
        urls: list[str],
        parent: QWidget | None = None,
        *,
        interactive: bool = True,
        plain_text: str = "",
        go_to: Callable[[], None] | None = None,
    ) -> None:
        flags = Qt.WindowType.Popup if interactive else Qt.WindowType.ToolTip
        super().__init__(parent, flags)
        self.interactive = interactive
        self.urls = list(urls)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setAccessibleName(title)
        self.setMaximumWidth(ADDRESS_WIDTH + 60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)

        heading = QLabel(f"<b>{escape(title)}</b>", self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setAccessibleName(title)
        layout.addWidget(heading)

        self.body: QTextBrowser | None = None
        if body_html:
            # Read-only text a screen reader reads as a document (ui.reading.accessible),
            # focused when the popup opens, its links followable by keyboard.
            accessible.install()
            body = QTextBrowser(self)
            body.setProperty(accessible.DOCUMENT_PROPERTY, True)
            body.setHtml(body_html)  # built by core.markup (escaped)
            body.setOpenLinks(False)
            body.setOpenExternalLinks(False)
            body.setFrameShape(QFrame.Shape.NoFrame)
            body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            body.setTabChangesFocus(True)
            body.anchorClicked.connect(lambda url: self._body_link(url.toString()))
            body.setAccessibleName(title)
            body.setFixedWidth(ADDRESS_WIDTH)
            body.document().setTextWidth(ADDRESS_WIDTH - 8)
            height = body.document().size().height() + 2 * body.frameWidth() + 4
            body.setFixedHeight(int(min(height, MAX_BODY_HEIGHT)))
            self.body = body
            layout.addWidget(body)

        self.addresses: list[QPlainTextEdit] = []
        self.copy_buttons: list[QPushButton] = []
        self.open_buttons: list[QPushButton] = []
        self.warnings: list[QLabel] = []
        for url in self.urls:
            layout.addLayout(self._url_row(url))

        self.go_button: QPushButton | None = None
        if plain_text or go_to is not None:
            row = QHBoxLayout()
            row.addStretch(1)
            if go_to is not None:
                self.go_button = QPushButton(self.tr("Go to footnote"), self)
                self.go_button.setObjectName("go-to-footnote")
                self.go_button.clicked.connect(lambda: self._go(go_to))
                row.addWidget(self.go_button)
            if plain_text:
                copy_text = QPushButton(self.tr("Copy text"), self)
                copy_text.setAccessibleName(self.tr("Copy the text"))
                copy_text.clicked.connect(lambda: self._copy(plain_text))
                row.addWidget(copy_text)
            layout.addLayout(row)
        self.navigated = False  # closed by going somewhere (not by Esc)
        self.focus_frame = FocusFrame(self)  # a clear ring round the focused control
        app = QApplication.instance()
        self._watching_focus = interactive and isinstance(app, QApplication)
        if self._watching_focus and isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self._leave_timer = QTimer(self)
        self._leave_timer.setSingleShot(True)
        self._leave_timer.setInterval(400)
        self._leave_timer.timeout.connect(self._close_unless_pointed_at)

    def _url_row(self, url: str) -> QVBoxLayout:
        """The full address as it really is (wrapped, never cut off; the real host, nothing
        invisible), what is odd about it, then its Copy and Open buttons."""
        info = describe(url)
        url = info.display
        block = QVBoxLayout()
        address = QPlainTextEdit(url, self)
        address.setReadOnly(True)
        address.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        address.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        address.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        address.setTabChangesFocus(True)
        address.setAccessibleName(self.tr("Full address"))
        address.setAccessibleDescription(url)
        fm = QFontMetricsF(address.font())
        usable = ADDRESS_WIDTH - 48  # frame, margins and a possible scroll bar
        lines = min(MAX_ADDRESS_LINES, max(1, math.ceil(fm.horizontalAdvance(url) / usable)))
        margins = address.contentsMargins()
        address.setFixedHeight(round(lines * fm.lineSpacing() + 2 * address.document()
                                     .documentMargin() + margins.top() + margins.bottom() + 2))
        address.setFixedWidth(ADDRESS_WIDTH)  # a known width, so the wrapped lines are known
        self.addresses.append(address)
        copy = QPushButton(self.tr("Copy"), self)
        copy.setAccessibleName(self.tr("Copy address {url}").format(url=url))
        copy.clicked.connect(lambda: self._copy(url))
        opener = QPushButton(self.tr("Open in browser"), self)
        opener.setAccessibleName(self.tr("Open {url} in the browser").format(url=url))
        target = info.open_url
        if target is not None and is_safe_url(target):
            opener.clicked.connect(lambda: self._open(target))
        else:
            opener.setEnabled(False)
            opener.setToolTip(self.tr("Only http, https and mailto links can be opened."))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(copy)
        buttons.addWidget(opener)
        block.addWidget(address)
        warnings = warning_texts(info)
        if warnings:
            note = QLabel("\n".join(warnings), self)
            note.setTextFormat(Qt.TextFormat.PlainText)  # the values come from the file
            note.setWordWrap(True)
            note.setFixedWidth(ADDRESS_WIDTH)
            note.setObjectName("link-warning")
            note.setAccessibleName(self.tr("About this address"))
            block.addWidget(note)
            self.warnings.append(note)
        block.addLayout(buttons)
        self.copy_buttons.append(copy)
        self.open_buttons.append(opener)
        return block

    # -- actions ------------------------------------------------------------------
    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def _go(self, go_to: Callable[[], None]) -> None:
        self.navigated = True
        self.close()
        go_to()

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        inside = new is not None and new is not self and self.isAncestorOf(new)
        self.focus_frame.follow(new if inside else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                isinstance(focused, QPushButton) and focused.isEnabled():
            focused.click()  # Enter presses the focused button, as in a dialog
            return
        super().keyPressEvent(event)

    def _open(self, url: str) -> None:
        # The full address is on show in this popup: that is the confirmation.
        self.navigated = True
        self.close()
        if not dialogs.open_url(url):
            dialogs.warning(self.parentWidget(), self.tr("Link not opened"),
                            self.tr("The system could not open:\n{url}").format(url=url))

    @Slot(str)
    def _body_link(self, url: str) -> None:
        parent = self.parentWidget()
        self.navigated = True
        self.close()
        dialogs.show_link(parent, url)

    # -- placement and lifetime -------------------------------------------------------
    def _fit_addresses(self) -> None:
        """Once laid out, give each address exactly the lines it wraps to (up to the cap)."""
        for address in self.addresses:
            lines = min(MAX_ADDRESS_LINES, max(1, address.document().lineCount()))
            fm = QFontMetricsF(address.font())
            extra = address.height() - address.viewport().height()
            wanted = round(lines * fm.lineSpacing() + 2 * address.document().documentMargin()
                           + extra + 1)
            if wanted != address.height():
                address.setFixedHeight(wanted)

    def show_at(self, global_pos: QPoint) -> None:
        """Show near ``global_pos``, kept on the screen."""
        self.adjustSize()
        self.show()
        layout = self.layout()
        for _ in range(2):  # lay out at the final width, then fit the wrapped lines
            if layout is not None:
                layout.activate()
            self._fit_addresses()
        self.adjustSize()
        screen = QGuiApplication.screenAt(global_pos) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        x = min(max(area.left(), global_pos.x()), area.right() - self.width())
        y = global_pos.y() + 16
        if y + self.height() > area.bottom():
            y = max(area.top(), global_pos.y() - self.height() - 8)
        self.move(x, y)
        self.show()
        if self.interactive:
            first = next((b for b in self.open_buttons if b.isEnabled()), None)
            target = self.body or (self.addresses[0] if self.addresses else None) or first
            (target or (self.copy_buttons[0] if self.copy_buttons else self)).setFocus(
                Qt.FocusReason.PopupFocusReason)

    def leaveEvent(self, event: QEvent) -> None:
        if not self.interactive:
            self._leave_timer.start()
        super().leaveEvent(event)

    def schedule_close(self) -> None:
        """For hover previews: close soon unless the mouse comes in."""
        if not self.interactive:
            self._leave_timer.start()

    @Slot()
    def _close_unless_pointed_at(self) -> None:
        # The pointer's real position decides (enter/leave events can be stale).
        if not self.frameGeometry().contains(QCursor.pos()):
            self.close()

    def closeEvent(self, event: QEvent) -> None:
        app = QApplication.instance()
        if self._watching_focus and isinstance(app, QApplication):
            self._watching_focus = False
            app.focusChanged.disconnect(self._on_focus_changed)
        self.closed.emit()
        super().closeEvent(event)  # type: ignore[arg-type]

"""The popup for a footnote or a link: its text, every URL in full, Copy and Open in browser.

Hovering shows it as a passive preview (it closes when the mouse leaves); clicking or
pressing Enter on a link shows it as a real popup the keyboard can use (Esc closes it).
Only http, https and mailto can be opened, and only through the dialog seam.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCursor, QFontMetricsF, QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vibe_desktop.core.markup import escape, is_safe_url
from vibe_desktop.ui.shell import dialogs

ADDRESS_WIDTH = 480  # pixels for the address before it wraps
MAX_ADDRESS_LINES = 8  # longer addresses scroll


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

        if body_html:
            self.body = QLabel(body_html, self)  # built by core.markup (escaped)
            self.body.setTextFormat(Qt.TextFormat.RichText)
            self.body.setWordWrap(True)
            self.body.setOpenExternalLinks(False)
            self.body.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextBrowserInteraction
            )
            self.body.linkActivated.connect(self._body_link)
            self.body.setAccessibleName(self.tr("Text"))
            self.body.setMinimumWidth(360)
            layout.addWidget(self.body)

        self.addresses: list[QPlainTextEdit] = []
        self.copy_buttons: list[QPushButton] = []
        self.open_buttons: list[QPushButton] = []
        for url in self.urls:
            layout.addLayout(self._url_row(url))

        if plain_text:
            copy_text = QPushButton(self.tr("Copy text"), self)
            copy_text.setAccessibleName(self.tr("Copy the text"))
            copy_text.clicked.connect(lambda: self._copy(plain_text))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(copy_text)
            layout.addLayout(row)
        self._leave_timer = QTimer(self)
        self._leave_timer.setSingleShot(True)
        self._leave_timer.setInterval(400)
        self._leave_timer.timeout.connect(self._close_unless_pointed_at)

    def _url_row(self, url: str) -> QVBoxLayout:
        """The full address (wrapped, never cut off), then its Copy and Open buttons."""
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
        if is_safe_url(url):
            opener.clicked.connect(lambda: self._open(url))
        else:
            opener.setEnabled(False)
            opener.setToolTip(self.tr("Only http, https and mailto links can be opened."))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(copy)
        buttons.addWidget(opener)
        block.addWidget(address)
        block.addLayout(buttons)
        self.copy_buttons.append(copy)
        self.open_buttons.append(opener)
        return block

    # -- actions ------------------------------------------------------------------
    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def _open(self, url: str) -> None:
        # The full address is on show in this popup: that is the confirmation.
        self.close()
        if not dialogs.open_url(url):
            dialogs.warning(self.parentWidget(), self.tr("Link not opened"),
                            self.tr("The system could not open:\n{url}").format(url=url))

    @Slot(str)
    def _body_link(self, url: str) -> None:
        parent = self.parentWidget()
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
            (first or (self.copy_buttons[0] if self.copy_buttons else self)).setFocus()

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
        self.closed.emit()
        super().closeEvent(event)  # type: ignore[arg-type]

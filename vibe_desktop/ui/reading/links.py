"""Following links from the reading pane: internal anchors, footnote popups, external links.

External addresses are never opened from a click: the popup shows the full address first,
and only http, https and mailto may open (the dialog seam refuses anything else). Hovering
a link shows a passing popup after a short delay.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from vibe_desktop.core.markup import is_safe_url, to_plain
from vibe_desktop.core.model import Anchor, Report
from vibe_desktop.render.pages import FOOTNOTE_SCHEME, INTERNAL_SCHEME, footnote_html

HOVER_DELAY_MS = 450



class LinkFollower(QObject):
    """The reading pane's link handling and its one popup (a footnote or a link) at a time."""

    def __init__(self, pane: QWidget, report: Callable[[], Report | None],
                 go: Callable[[str], None]) -> None:
        super().__init__(pane)
        self.pane = pane  # the popups' parent
        self._report = report  # the report on show
        self._go = go  # opens an internal anchor
        self.popup: QWidget | None = None
        self._url = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOVER_DELAY_MS)
        self._timer.timeout.connect(self._show_hover_popup)

    def open_link(self, href: str, global_pos: QPoint, *, interactive: bool = True) -> None:
        """Follow a link from the page: internal, footnote, or external (after showing it)."""
        if href.startswith(f"{INTERNAL_SCHEME}:"):
            self.close_popup()
            self._go(href[len(INTERNAL_SCHEME) + 1:])
            return
        if href.startswith(f"{FOOTNOTE_SCHEME}:"):
            number = href[len(FOOTNOTE_SCHEME) + 1:]
            if number.isdigit():
                self.show_footnote(int(number), global_pos, interactive=interactive)
            return
        if not is_safe_url(href):
            if interactive:
                from vibe_desktop.ui.shell import dialogs  # on first use: not needed to start
                dialogs.show_link(self.pane, href)  # refuses with a message
            return
        self.show_link_popup(href, global_pos, interactive=interactive)

    def show_footnote(self, number: int, global_pos: QPoint, *, interactive: bool = True) -> None:
        """Show footnote ``number`` in a popup with its URLs, Copy and Open in browser."""
        from vibe_desktop.core.markup import links
        from vibe_desktop.ui.reading.link_popup import LinkPopup

        report = self._report()
        if report is None:
            return
        try:
            body = footnote_html(report, number)
            text = report.footnote(number).text
        except (ValueError, KeyError):
            from vibe_desktop.ui.shell import dialogs  # on first use: not needed to start
            dialogs.warning(self.pane, self.tr("Footnote not found"),
                            self.tr("This report has no footnote {n}.").format(n=number))
            return
        note = str(Anchor.footnote_note(report.id, number))
        popup = LinkPopup(self.tr("Footnote {n}").format(n=number), body, links(text), self.pane,
                          interactive=interactive, plain_text=to_plain(text),
                          go_to=lambda: self._go(note))
        self._set_popup(popup, global_pos)

    def show_link_popup(self, url: str, global_pos: QPoint, *, interactive: bool = True) -> None:
        """Show a link's full address with Copy and Open in browser."""
        from vibe_desktop.ui.reading.link_popup import LinkPopup

        popup = LinkPopup(self.tr("Link"), "", [url], self.pane, interactive=interactive)
        self._set_popup(popup, global_pos)

    def _set_popup(self, popup: QWidget, global_pos: QPoint) -> None:
        self.close_popup()
        self.popup = popup
        pane = self.pane
        back = (QTextCursor(pane.textCursor()), pane.document().revision()) \
            if isinstance(pane, QTextEdit) and getattr(popup, "interactive", False) else None
        popup.closed.connect(lambda: self._forget_popup(popup, back))  # type: ignore[attr-defined]
        popup.show_at(global_pos)  # type: ignore[attr-defined]

    def _forget_popup(self, popup: QWidget, back: tuple[QTextCursor, int] | None) -> None:
        if self.popup is popup:
            self.popup = None
        pane = self.pane
        navigated = getattr(popup, "navigated", True)
        if back is not None and isinstance(pane, QTextEdit) and not navigated:
            cursor, revision = back
            if pane.document().revision() == revision:  # same page: back to the reference
                pane.setTextCursor(cursor)
            pane.setFocus(Qt.FocusReason.PopupFocusReason)

    def close_popup(self) -> None:
        popup, self.popup = self.popup, None
        if popup is not None:
            popup.close()

    @Slot(QUrl)
    def hovered(self, url: QUrl) -> None:
        """The mouse is over ``url`` (empty: over no link): a passing popup after a delay."""
        href = url.toString()
        self._url = href
        if href and (href.startswith(f"{FOOTNOTE_SCHEME}:") or is_safe_url(href)):
            self._timer.start()
        else:
            self._timer.stop()
            popup = self.popup
            if popup is not None and not getattr(popup, "interactive", True):
                popup.schedule_close()  # type: ignore[attr-defined]

    @Slot()
    def _show_hover_popup(self) -> None:
        if not self._url or not self.pane.underMouse():
            return
        from PySide6.QtGui import QCursor

        self.open_link(self._url, QCursor.pos(), interactive=False)

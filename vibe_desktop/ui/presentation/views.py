"""Slide widgets: a scaled SlideView (presenter thumbnails) and the full-screen AudienceView."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from vibe_desktop.core import deck
from vibe_desktop.render.slides.scaled import paint_scaled
from vibe_desktop.ui.presentation.controller import BLACK, WHITE, PresentationController


class SlideView(QWidget):
    """One slide (the current or the next) drawn small, laid out at the audience size."""

    def __init__(self, controller: PresentationController, offset: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.offset = offset
        self.setMinimumSize(160, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        controller.changed.connect(self.update)

    def slide(self) -> deck.Slide | None:
        i = self.controller.index + self.offset
        pages = self.controller.pages
        return pages[i] if 0 <= i < len(pages) else None

    def paintEvent(self, event: QPaintEvent) -> None:
        c = self.controller
        with QPainter(self) as painter:
            i = c.index + self.offset
            paint_scaled(painter, QRectF(self.rect()), self.slide(), c.size, c.theme,
                         footer=c.footer(), page=c.page_label(i) if self.slide() else "")


class AudienceView(QWidget):
    """The audience screen: only the slide, full screen; keys and clicks go to the controller."""

    def __init__(self, controller: PresentationController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.setAccessibleName(self.tr("Presentation"))
        self.setWindowTitle(self.tr("VIBE presentation"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        controller.changed.connect(self._changed)
        # re-paginate once the size settles (a window being dragged), scaled meanwhile
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(self._apply_size)

    @Slot()
    def _apply_size(self) -> None:
        self.controller.set_size(QSizeF(self.size()))

    def _changed(self) -> None:
        text = self.controller.announcement()
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)
            if self.isVisible() and self.isActiveWindow():
                from vibe_desktop.ui.announce import announce

                announce(self, text)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resize_timer.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        c = self.controller
        with QPainter(self) as painter:
            rect = QRectF(self.rect())
            if c.mode == BLACK:
                painter.fillRect(rect, QColor("#000000"))
            elif c.mode == WHITE:
                painter.fillRect(rect, QColor("#ffffff"))
            else:
                paint_scaled(painter, rect, c.current(), c.size, c.theme,
                             footer=c.footer(), page=c.page_label())
                prompt = c.jump_prompt() if c.prompt_on_audience else ""
                if prompt:
                    font = c.theme.font(rect.height() / 20, bold=True)
                    painter.setFont(font)
                    box = QRectF(rect.width() * 0.2, rect.height() * 0.42, rect.width() * 0.6,
                                 rect.height() * 0.16)
                    painter.fillRect(box, c.theme.color("accent"))
                    painter.setPen(c.theme.color("background"))
                    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, prompt)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.controller.handle_key(event.key(), event.text()):
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.controller.handle_key(Qt.Key.Key_PageDown)  # also ends a black/white screen
        elif event.button() == Qt.MouseButton.RightButton:
            self.controller.previous()
        else:
            super().mousePressEvent(event)

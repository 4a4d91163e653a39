"""The score overview widget: the chart drawn by render.score_chart, with keys, hover and click.

Up/Down choose a principle row, Enter or a click opens it; the accessible description reads
the scores.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from vibe_desktop.render.score_chart import (
    CHART_UNITS,
    ChartLayout,
    layout_score_overview,
    paint_score_overview,
)
from vibe_desktop.render.scores import ScoreData
from vibe_desktop.ui.reading import accessible
from vibe_desktop.ui.reading.chart_accessible import current_row_focused
from vibe_desktop.ui.tips import plain_tip


class ScoreOverview(QWidget):
    """The chart as a focusable widget: Up/Down choose a principle row, Enter or a click opens
    it."""

    principle_activated = Signal(int)
    accessible_chart = True  # a list of rows for assistive technology (chart_accessible)

    def __init__(self, parent: QWidget | None = None) -> None:
        accessible.install()
        super().__init__(parent)
        self._data = ScoreData(None, ())
        self._current: int | None = None
        self._hovered: int | None = None
        self._layout: ChartLayout | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(320, 190)
        self.setAccessibleName(self.tr("Score overview"))
        self._update_description()

    # -- data -----------------------------------------------------------------
    def set_data(self, data: ScoreData) -> None:
        self._data = data
        numbers = [row.number for row in data.principles]
        if self._current not in numbers:
            self._current = numbers[0] if numbers else None
        self._update_description()
        self.update()

    def data(self) -> ScoreData:
        return self._data

    def current_principle(self) -> int | None:
        return self._current

    def _update_description(self) -> None:
        # The scores are the accessible rows (chart_accessible); the description only says
        # how to use the chart, so nothing long is re-read on every arrow.
        text = self._data.describe() if self._data.principles else ""
        self.setAccessibleDescription(
            self.tr("Use the Up and Down keys to choose a principle and Enter to open it."))
        self.setToolTip(plain_tip(text))

    # -- geometry ---------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(620, self.heightForWidth(620))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Tall enough that the row labels match the widget's font, within sane proportions.
        from_font = QFontMetricsF(self.font()).height() / 0.55 * CHART_UNITS
        return round(max(190.0, min(from_font, width * 0.8)))

    def chart_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(2, 2, -2, -2)

    def row_rect(self, number: int) -> QRectF | None:
        lay = layout_score_overview(self.chart_rect(), self._data)
        return dict(lay.rows).get(number)

    # -- painting and input -------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            painter.setFont(self.font())
            self._layout = paint_score_overview(
                painter, self.chart_rect(), self.palette(), self._data,
                current=self._current, hovered=self._hovered, focus=self.hasFocus())

    def _row_at(self, pos: QPointF) -> int | None:
        return layout_score_overview(self.chart_rect(), self._data).row_at(pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hovered = self._row_at(event.position())
        if hovered != self._hovered:
            self._hovered = hovered
            cursor = Qt.CursorShape.PointingHandCursor if hovered else Qt.CursorShape.ArrowCursor
            self.setCursor(cursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._hovered = None
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            number = self._row_at(event.position())
            if number is not None:
                self._current = number
                self.update()
                self.principle_activated.emit(number)
                return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        numbers = [row.number for row in self._data.principles]
        key = event.key()
        if numbers and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End):
            index = numbers.index(self._current) if self._current in numbers else 0
            if key == Qt.Key.Key_Up:
                index = max(0, index - 1)
            elif key == Qt.Key.Key_Down:
                index = min(len(numbers) - 1, index + 1)
            elif key == Qt.Key.Key_Home:
                index = 0
            else:
                index = len(numbers) - 1
            self._current = numbers[index]
            self._update_description()
            self.update()
            current_row_focused(self)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._current:
            self.activate(self._current)
            return
        super().keyPressEvent(event)

    @Slot(int)
    def activate(self, number: int) -> None:
        """Open principle ``number`` (as a click on its row does)."""
        self._current = number
        self._update_description()
        self.update()
        self.principle_activated.emit(number)

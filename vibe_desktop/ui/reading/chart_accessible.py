"""The score chart for assistive technology: a list with one item per score (name and value)."""

from __future__ import annotations

import typing
from typing import cast

from PySide6.QtCore import QObject, QRect, QRectF
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from vibe_desktop.i18n import translate
from vibe_desktop.render.scores import ScoreData, score_phrase


class Chart(typing.Protocol):
    """What the interface reads from the chart widget (score_widget.ScoreOverview)."""

    def data(self) -> ScoreData: ...
    def current_principle(self) -> int | None: ...
    def row_rect(self, number: int) -> QRectF | None: ...
    def hasFocus(self) -> bool: ...
    def mapToGlobal(self, point: typing.Any) -> typing.Any: ...


def send(event: QAccessibleEvent) -> None:
    """Events leave for assistive technology here (tests patch it)."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(event)


class ChartAccessible(QAccessibleWidget):
    """The chart as a List: the overall score, then one item per principle."""

    def __init__(self, widget: QWidget) -> None:
        QAccessibleWidget.__init__(self, widget, QAccessible.Role.List)
        self._pool: list[RowAccessible] = []

    def chart(self) -> Chart:
        return cast(Chart, self.widget())

    def rows(self) -> list[tuple[str, str, int | None]]:
        """(name, value, principle number or None) per item."""
        data = self.chart().data()
        out: list[tuple[str, str, int | None]] = [
            (translate("Scores", "Overall score"), score_phrase(data.overall), None)]
        for row in data.principles:
            name = translate("Scores", "Principle {n}: {title}").format(n=row.number,
                                                                        title=row.title)
            out.append((name, score_phrase(row.score), row.number))
        return out

    def row_interface(self, index: int) -> RowAccessible:
        while len(self._pool) <= index:
            self._pool.append(RowAccessible(self, len(self._pool)))
        return self._pool[index]

    def current_index(self) -> int | None:
        current = self.chart().current_principle()
        for i, (_n, _v, number) in enumerate(self.rows()):
            if number is not None and number == current:
                return i
        return None

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.List

    def childCount(self) -> int:
        return len(self.rows())

    def child(self, index: int) -> QAccessibleInterface:
        if 0 <= index < len(self.rows()):
            return self.row_interface(index)
        return None  # type: ignore[return-value]

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return child.index if isinstance(child, RowAccessible) and child.chart is self else -1

    def focusChild(self) -> QAccessibleInterface:
        index = self.current_index() if self.chart().hasFocus() else None
        return self.row_interface(index) if index is not None else None  # type: ignore[return-value]


class RowAccessible(QAccessibleInterface):
    """One score of the chart: its name ("Principle 2: …") and its value in words."""

    def __init__(self, chart: ChartAccessible, index: int) -> None:
        QAccessibleInterface.__init__(self)
        self.chart = chart
        self.index = index

    def _row(self) -> tuple[str, str, int | None] | None:
        if not self.chart.isValid():
            return None
        rows = self.chart.rows()
        return rows[self.index] if self.index < len(rows) else None

    def isValid(self) -> bool:
        return self._row() is not None

    def object(self) -> QObject:
        return None  # type: ignore[return-value]

    def parent(self) -> QAccessibleInterface:
        return self.chart

    def child(self, _index: int) -> QAccessibleInterface:
        return None  # type: ignore[return-value]

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface:
        return None  # type: ignore[return-value]

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def text(self, kind: QAccessible.Text) -> str:
        row = self._row()
        if row is None:
            return ""
        if kind == QAccessible.Text.Name:
            return row[0]
        if kind in (QAccessible.Text.Value, QAccessible.Text.Description):
            return row[1]
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        return None

    def rect(self) -> QRect:
        row = self._row()
        chart = self.chart.chart()
        if row is None or row[2] is None:
            return self.chart.rect() if row is not None else QRect()
        local = chart.row_rect(row[2])
        if local is None:
            return QRect()
        box = local.toAlignedRect()
        return QRect(chart.mapToGlobal(box.topLeft()), box.size())

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        row = self._row()
        if row is None:
            state.invalid = True
            return state
        state.readOnly = True
        if row[2] is not None:
            state.selectable = True
            state.focusable = True
            current = self.chart.current_index() == self.index
            state.selected = current
            state.focused = current and self.chart.chart().hasFocus()
        return state

    def relations(self, _match: typing.Any = None) -> list[typing.Any]:
        return []


def current_row_focused(chart: QWidget) -> None:
    """An arrow moved the chart's choice: the screen reader hears that one row."""
    if not QAccessible.isActive() or not chart.hasFocus():
        return
    iface = QAccessible.queryAccessibleInterface(chart)
    if isinstance(iface, ChartAccessible):
        index = iface.current_index()
        if index is not None:
            send(QAccessibleEvent(iface.row_interface(index), QAccessible.Event.Focus))

"""The score overview widget: accessible, focusable, keys and clicks open a principle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible

from tests.factories import make_report
from vibe_desktop.render.scores import ScoreData
from vibe_desktop.ui.reading.score_widget import ScoreOverview


@pytest.fixture
def chart(qtbot) -> ScoreOverview:  # type: ignore[no-untyped-def]
    widget = ScoreOverview()
    widget.set_data(ScoreData.from_report(make_report(scores=False, overall=15)))
    widget.resize(640, 280)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _rows(chart: ScoreOverview) -> list[tuple[str, str]]:
    iface = QAccessible.queryAccessibleInterface(chart)
    children = [iface.child(i) for i in range(iface.childCount())]
    return [(c.text(QAccessible.Text.Name), c.text(QAccessible.Text.Value)) for c in children]


def test_chart_is_a_list_of_named_rows_and_focusable(chart: ScoreOverview) -> None:
    assert chart.accessibleName() == "Score overview"
    iface = QAccessible.queryAccessibleInterface(chart)
    assert iface.role() == QAccessible.Role.List
    rows = _rows(chart)
    assert len(rows) == 5
    assert "15 of 40" in rows[0][1]
    assert rows[1] == ("Principle 1: Information Quality", "not given in this report")
    assert all(iface.child(i).role() == QAccessible.Role.ListItem for i in range(5))
    assert len(chart.accessibleDescription()) < 120  # no long text re-read on every arrow
    assert chart.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_keyboard_chooses_and_opens_a_principle(qtbot, chart: ScoreOverview) -> None:  # type: ignore[no-untyped-def]
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.current_principle() == 3
    iface = QAccessible.queryAccessibleInterface(chart)
    assert iface.focusChild().text(QAccessible.Text.Name).startswith("Principle 3: ")
    assert iface.child(3).state().selected
    with qtbot.waitSignal(chart.principle_activated) as blocker:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert blocker.args == [3]
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.current_principle() == 1


def test_clicking_a_row_opens_its_principle(qtbot, chart: ScoreOverview) -> None:  # type: ignore[no-untyped-def]
    rect = chart.row_rect(4)
    assert rect is not None
    with qtbot.waitSignal(chart.principle_activated) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert blocker.args == [4]


def test_click_outside_rows_opens_nothing(qtbot, chart: ScoreOverview) -> None:  # type: ignore[no-untyped-def]
    with qtbot.assertNotEmitted(chart.principle_activated):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))

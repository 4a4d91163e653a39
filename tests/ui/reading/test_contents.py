"""The report tree model: structure, labels, anchors, scores (checked with qtmodeltester)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from tests.factories import make_report
from vibe_desktop.ui.reading.contents import ReportTreeModel
from vibe_desktop.ui.roles import AnchorRole, KindRole, ScoreRole
from vibe_desktop.ui.tips import plain_tip


def test_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ReportTreeModel()
    model.set_report(make_report(scores=True))
    qtmodeltester.check(model)
    model.set_report(make_report(scores=False))
    qtmodeltester.check(model)


def test_empty_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ReportTreeModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_structure_and_labels() -> None:
    report = make_report(scores=False, overall=15)
    model = ReportTreeModel()
    model.set_report(report)
    top = [model.index(r, 0) for r in range(model.rowCount())]
    assert [i.data(KindRole) for i in top] == ["overview"] + ["principle"] * 4 + ["panel"]
    assert top[0].data() == "Overview"
    assert top[2].data() == "2. Multiple Channels: How Information Flows"
    assert [model.rowCount(i) for i in top] == [0, 5, 5, 5, 5, 0]
    six = model.index(0, 0, top[2])
    assert six.data() == "6. Indicator title number 6."
    assert six.data(AnchorRole) == "testland-2030/i6"
    assert six.parent() == top[2]
    assert top[5].data(AnchorRole) == "testland-2030/panel"
    assert model.index(9, 0) == QModelIndex()


def test_scores_and_spoken_text() -> None:
    model = ReportTreeModel()
    model.set_report(make_report(scores=False, overall=15))
    overview = model.index(0, 0)
    assert overview.data(ScoreRole) == 15
    assert "15 of 40, Slightly Vibrant" in overview.data(Qt.ItemDataRole.AccessibleTextRole)
    principle = model.index(1, 0)
    assert principle.data(ScoreRole) is None
    assert principle.data(Qt.ItemDataRole.ToolTipRole) == plain_tip(
        "Principle 1: Information Quality. Score: not given in this report"
    )
    model.set_report(make_report(scores=True))
    assert model.index(1, 0).data(ScoreRole) == 14.0
    assert "14 of 40, Slightly Vibrant" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_index_for_anchor_round_trips() -> None:
    model = ReportTreeModel()
    model.set_report(make_report())
    for anchor in ("testland-2030/summary", "testland-2030/pr3", "testland-2030/i17",
                   "testland-2030/panel"):
        assert model.index_for_anchor(anchor).data(AnchorRole) == anchor
    assert not model.index_for_anchor("testland-2030/i99").isValid()


def test_score_chips_are_painted_in_band_colour_only_where_a_score_exists(qtbot) -> None:  # type: ignore[no-untyped-def]
    from vibe_desktop.core.bands import band_for
    from vibe_desktop.render.scores import BAND_FILL
    from vibe_desktop.ui.reading.contents import ReportTree

    report = make_report(scores=True, overall=23)
    tree = ReportTree()
    model = ReportTreeModel(tree)
    tree.setModel(model)
    model.set_report(report)
    tree.expandAll()
    tree.resize(360, 600)
    qtbot.addWidget(tree)
    tree.show()
    qtbot.waitExposed(tree)
    image = tree.viewport().grab().toImage()

    def colours_near_right(index) -> set[str]:  # type: ignore[no-untyped-def]
        rect = tree.visualRect(index)
        y = rect.center().y()
        return {image.pixelColor(x, y).name() for x in range(rect.right() - 30, rect.right() - 2)}

    principle = model.index(1, 0)
    band = band_for(report.principles[0].score)
    assert band is not None and BAND_FILL[band.key] in colours_near_right(principle)
    panel = model.index(5, 0)
    assert not set(BAND_FILL.values()) & colours_near_right(panel)


def test_spoken_names_have_no_double_full_stop_and_leaves_are_not_expanded(
        qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from tests.ui.reader_helpers import make_window

    window = make_window(qtbot, tmp_path)
    model, tree = window.tree_model, window.tree
    seen = 0
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        name = index.data(Qt.ItemDataRole.AccessibleTextRole)
        assert ".." not in name and ". ." not in name
        if model.rowCount(index):
            assert tree.isExpanded(index)
            stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
        else:
            seen += 1
            assert not tree.isExpanded(index)
            assert model.flags(index) & Qt.ItemFlag.ItemNeverHasChildren
    assert seen

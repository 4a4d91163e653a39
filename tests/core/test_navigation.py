"""Navigation: pages in reading order, anchor resolution, pull-quote places, entry pages (no Qt)."""

from __future__ import annotations

import pytest

from tests.factories import make_report
from vibe_desktop.core import navigation
from vibe_desktop.core.model import Indicator, Quote


def test_all_page_anchors_in_reading_order() -> None:
    anchors = navigation.all_page_anchors(make_report())
    assert anchors[0] == "testland-2030/summary"
    assert anchors[1:8] == ["testland-2030/pr1"] + [f"testland-2030/i{n}" for n in range(1, 6)] + [
        "testland-2030/pr2"]
    assert anchors[-1] == "testland-2030/panel"
    assert len(anchors) == 1 + 4 + 20 + 1


def test_quotes_sit_beside_the_paragraph_holding_their_words() -> None:
    indicator = Indicator(
        1, "T", None,
        ("First paragraph about roads.",
         "According to Ana, “The media is free to report on anything,” she said.",
         "Third paragraph."),
        (Quote("“The media is free to report on anything,” said Ana.", "Ana"),
         Quote("Words that appear nowhere at all.", None)),
    )
    placed = navigation.quote_positions(indicator)
    assert [q.speaker for q in placed[1]] == ["Ana"]
    assert sum(len(v) for v in placed.values()) == 2


def test_resolve_rejects_what_does_not_exist() -> None:
    report = make_report()
    assert navigation.resolve(report, "testland-2030/i6/p2") == ("testland-2030/i6",
                                                               "testland-2030/i6/p2")
    for bad in ("testland-2030/i21", "testland-2030/fn999", "other-2020/summary", "testland-2030/x",
                "testland-2030/i6/p4", "testland-2030/i6/p0", "testland-2030/panel/p1",
                "testland-2030/summary/p3"):
        with pytest.raises(ValueError):
            navigation.resolve(report, bad)


def test_start_anchor_is_the_last_place_if_its_report_is_still_there() -> None:
    ids = ("a-2020", "b-2021")
    assert navigation.start_anchor("b-2021/i6/p3", ids) == "b-2021/i6/p3"
    assert navigation.start_anchor("gone-2019/i6", ids) == "a-2020/summary"
    assert navigation.start_anchor("not an anchor", ids) == "a-2020/summary"
    assert navigation.start_anchor(None, ()) is None


def test_step_target_from_the_overview_and_the_panel_page() -> None:
    report = make_report()
    rid = report.id
    assert navigation.step_target(report, f"{rid}/summary", 1) == f"{rid}/i1"
    assert navigation.step_target(report, f"{rid}/summary", -1) is None  # not indicator 20
    assert navigation.step_target(report, f"{rid}/panel", -1) == f"{rid}/i20"
    assert navigation.step_target(report, f"{rid}/panel", 1) is None
    assert navigation.step_target(report, f"{rid}/i6", -1) == f"{rid}/i5"
    assert navigation.step_target(report, f"{rid}/pr2", -1) == f"{rid}/i5"
    assert navigation.step_target(report, f"{rid}/pr2", 1) == f"{rid}/i6"

"""The navigator: resolving anchors, what it asks the window to show, history, previous/next."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import make_report
from tests.ui.reader_helpers import make_library
from vibe_desktop.ui.shell.navigator import Navigator

ID = "testland-2030"


@pytest.fixture
def shown() -> list[tuple[str, str | None, str, bool, bool]]:
    return []


@pytest.fixture
def problems() -> list[tuple[str, str, bool]]:
    return []


@pytest.fixture
def nav(qapp, tmp_path: Path, shown, problems) -> Navigator:  # type: ignore[no-untyped-def]
    library = make_library(tmp_path, make_report())
    return Navigator(
        library,
        lambda report, page, paragraph, highlight, new_report, new_page: shown.append(
            (page, paragraph, highlight, new_report, new_page)),
        lambda title, text, error: problems.append((title, text, error)))


def test_open_tells_the_window_what_is_new(nav: Navigator, shown: list, qtbot) -> None:  # type: ignore[no-untyped-def, type-arg]
    with qtbot.waitSignals([nav.report_opened, nav.location_changed]):
        assert nav.open(f"{ID}/i6/p2", "media")
    assert shown[-1] == (f"{ID}/i6", f"{ID}/i6/p2", "media", True, True)
    assert nav.open(f"{ID}/i6/p3")
    assert shown[-1] == (f"{ID}/i6", f"{ID}/i6/p3", "", False, False)
    assert (nav.report is not None and nav.report.id, nav.page) == (ID, f"{ID}/i6")


def test_footnotes_open_on_the_page_that_cites_them(nav: Navigator, shown: list) -> None:  # type: ignore[type-arg]
    assert nav.open(f"{ID}/fn6")
    assert shown[-1][:2] == (f"{ID}/i6", f"{ID}/fn6")


@pytest.mark.parametrize("bad", ["nonsense", f"{ID}/i99", "other-2020/summary"])
def test_what_does_not_exist_is_reported_not_shown(nav: Navigator, shown: list, problems: list,  # type: ignore[type-arg]
                                                   bad: str) -> None:
    assert not nav.open(bad)
    assert shown == [] and len(problems) == 1


def test_history_back_and_forward(nav: Navigator) -> None:
    for anchor in (f"{ID}/summary", f"{ID}/i1", f"{ID}/i2"):
        nav.open(anchor)
    nav.back(f"{ID}/i2/p2")  # the paragraph being read replaces the current entry
    assert nav.page == f"{ID}/i1"
    nav.forward()
    assert nav.page == f"{ID}/i2"
    assert nav.history.current == f"{ID}/i2/p2"


def test_step_and_can_step(nav: Navigator) -> None:
    nav.open(f"{ID}/i1")
    assert not nav.can_step(-1) and nav.can_step(1)
    nav.step(1)
    assert nav.page == f"{ID}/i2"
    nav.open(f"{ID}/i20")
    assert nav.can_step(-1) and not nav.can_step(1)
    nav.go_page("panel")
    assert nav.page == f"{ID}/panel"

"""The People view: panelists and moderator of the real report, quotes, mentions, navigation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItemModel
from pytestqt.qtbot import QtBot

from tests.ui.reader_helpers import show_window
from vibe_desktop import paths
from vibe_desktop.core.library import Library
from vibe_desktop.core.navigation import target_page as page_of
from vibe_desktop.ui.people import feature as people_feature
from vibe_desktop.ui.people import view as people_view
from vibe_desktop.ui.roles import AnchorRole, HighlightRole, PlaceRole, SnippetHtmlRole
from vibe_desktop.ui.shell.main_window import MainWindow
from vibe_desktop.userdata.settings import Settings

ID = "kazakhstan-2022"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    library = Library.discover(paths.bundled_report_files(), tmp_path / "reports")
    settings = Settings(str(tmp_path / "settings.ini"))
    return show_window(qtbot, library, f"{ID}/summary", install=people_feature.install,
                       settings=settings)


@pytest.fixture
def view(window: MainWindow, qtbot: QtBot) -> people_view.PeopleView:
    action = next(a for a in window.menu("tools").actions() if a.objectName() == "people")
    action.trigger()
    view: people_view.PeopleView = window.feature("people")  # type: ignore[assignment]
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    return view


def _person(model: QStandardItemModel, name: str) -> QModelIndex:
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() == name:
            return index
    raise AssertionError(f"{name} not listed")


def _children(index: QModelIndex) -> dict[str, QModelIndex]:
    model = index.model()
    return {
        model.index(r, 0, index).data(): model.index(r, 0, index)
        for r in range(model.rowCount(index))
    }


def test_lists_every_panelist_and_the_moderator(
    view: people_view.PeopleView, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    report = view.host.current_report()
    names = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert names == [p.name for p in report.panel] + [report.moderator.name]
    assert "16 people" in view.status.text()
    qtmodeltester.check(view.model)


def test_maricheva_quotes_and_paragraphs_across_spellings(view: people_view.PeopleView) -> None:
    person = _person(view.model, "Djamilya Maricheva")
    children = _children(person)
    assert "Also written: Jamilya Maricheva" in children
    quotes = next(i for t, i in children.items() if t.startswith("Pull quotes (2)"))
    quote_rows = list(_children(quotes).values())
    assert [i.data(AnchorRole) for i in quote_rows] == [f"{ID}/i1", f"{ID}/i6"]
    assert all("pull quote" in i.data() for i in quote_rows)
    named = next(i for t, i in children.items() if t.startswith("Named in ("))
    rows = list(_children(named).values())
    assert len(rows) >= 5
    first = rows[0]
    assert first.data(AnchorRole) == f"{ID}/i1/p2"
    assert first.data(HighlightRole) == "Jamilya Maricheva"


def test_boreiko_is_found_as_boreyko(view: people_view.PeopleView) -> None:
    children = _children(_person(view.model, "Vadim Boreiko"))
    assert "Also written: Vadim Boreyko" in children
    named = next(i for t, i in children.items() if t.startswith("Named in (1)"))
    row = next(iter(_children(named).values()))
    assert row.data(AnchorRole) == f"{ID}/i20/p7"
    assert "Boreyko" in row.data()
    assert row.data().startswith("Principle 4 › Indicator 20: ")
    assert row.data(PlaceRole) == "Principle 4 › Indicator 20"
    assert ">Vadim Boreyko</b>" in row.data(SnippetHtmlRole)


def test_activating_opens_the_place_and_highlights_the_name(
    window: MainWindow, view: people_view.PeopleView, qtbot: QtBot
) -> None:
    children = _children(_person(view.model, "Vadim Boreiko"))
    named = next(i for t, i in children.items() if t.startswith("Named in"))
    row = next(iter(_children(named).values()))
    view.tree.setCurrentIndex(row)
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert window.current_anchor() == f"{ID}/i20"
    painted = [s.cursor.selectedText() for s in window.detail.extraSelections()]
    assert "Vadim Boreyko" in painted
    person = _person(view.model, "Vadim Boreiko")
    view.tree.setCurrentIndex(person)
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert window.current_anchor() == f"{ID}/panel"


def test_page_of() -> None:
    assert page_of(f"{ID}/panel/p5") == f"{ID}/panel"
    assert page_of(f"{ID}/i6/q1") == f"{ID}/i6"
    assert page_of(f"{ID}/i6/p1") == f"{ID}/i6/p1"
    assert page_of(f"{ID}/fn10") == f"{ID}/fn10"


def test_view_is_named_and_keyboard_reachable(view: people_view.PeopleView) -> None:
    assert view.tree.accessibleName() and view.status.accessibleName()
    assert view.tree.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_follows_the_open_report(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.factories import make_report
    from vibe_desktop.core.model import Report

    reports = {
        "alpha-2030": make_report("alpha-2030", "Alpha"),
        "beta-2031": make_report("beta-2031", "Beta", 2031),
    }
    files = []
    for report_id in reports:
        path = tmp_path / f"{report_id}.yaml"
        path.write_text("country: X\n", encoding="utf-8")
        files.append(path)

    def load(path: Path) -> Report:
        return reports[path.stem]

    library = Library.discover(files, tmp_path / "user", loader=load)
    win = MainWindow(library, Settings(str(tmp_path / "settings.ini")), install_features=False)
    win.persist = False
    qtbot.addWidget(win)
    people_feature.install(win)
    next(a for a in win.menu("tools").actions() if a.objectName() == "people").trigger()
    view: people_view.PeopleView = win.feature("people")  # type: ignore[assignment]
    assert view.model.rowCount() == 0
    assert view.status.text() == "Open a report to see its panel."
    with qtbot.waitSignal(view.filled, timeout=10000) as blocker:
        win.open_anchor("beta-2031/summary")
    assert blocker.args == ["beta-2031"]
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "People in Beta 2031"
    ana = _children(_person(view.model, "Ana Panelist"))
    quotes = next(i for t, i in ana.items() if t.startswith("Pull quotes (10)"))
    assert all(i.data(AnchorRole).startswith("beta-2031/i") for i in _children(quotes).values())
    with qtbot.waitSignal(view.filled, timeout=10000):
        win.open_anchor("alpha-2030/i3")
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "People in Alpha 2030"


def test_opening_the_dock_focuses_the_list(view: people_view.PeopleView, qtbot: QtBot) -> None:
    qtbot.waitUntil(view.tree.hasFocus)
    assert view.tree.currentIndex().isValid()

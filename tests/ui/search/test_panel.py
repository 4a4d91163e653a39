"""Search everything: the dock, debounced queries on lazily built indexes, filters, opening hits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from tests.factories import make_report
from tests.ui.reader_helpers import show_window
from vibe_desktop import paths
from vibe_desktop.core.library import Library
from vibe_desktop.core.model import Report
from vibe_desktop.core.search import SearchIndex
from vibe_desktop.render.hits import HIT_COLOR, snippet_html
from vibe_desktop.ui.roles import HitRole, PlaceRole, SnippetHtmlRole
from vibe_desktop.ui.search import feature as search_feature
from vibe_desktop.ui.search import panel as search_panel
from vibe_desktop.ui.search.model import SearchResultsModel
from vibe_desktop.ui.shell.main_window import MainWindow
from vibe_desktop.userdata.settings import Settings

ID = "kazakhstan-2022"


def _window(qtbot: QtBot, tmp_path: Path, library: Library, start: str) -> MainWindow:
    settings = Settings(str(tmp_path / "settings.ini"))
    return show_window(qtbot, library, start, install=search_feature.install, settings=settings)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    library = Library.discover(paths.bundled_report_files(), tmp_path / "reports")
    return _window(qtbot, tmp_path, library, f"{ID}/summary")


def _panel(window: MainWindow, qtbot: QtBot) -> search_panel.SearchPanel:
    action = next(a for a in window.menu("edit").actions() if a.objectName() == "search-all")
    assert action.shortcut() == QKeySequence("Ctrl+Shift+F")
    action.trigger()
    panel: search_panel.SearchPanel = window.feature("search")  # type: ignore[assignment]
    qtbot.waitUntil(panel.field.hasFocus)
    return panel


def _search(panel: search_panel.SearchPanel, qtbot: QtBot, text: str) -> None:
    panel.field.clear()
    with qtbot.waitSignal(panel.results_updated):
        panel.field.setText(text)
    qtbot.waitUntil(lambda: not panel.store.busy() and not panel.timer.isActive())


def _places(panel: search_panel.SearchPanel) -> list[str]:
    model = panel.model
    return [model.index(r, 0).data(PlaceRole) for r in range(model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SearchResultsModel()
    index = SearchIndex.build(make_report())
    model.set_hits(index.search("stable"), {index.report_id: index.title})
    qtmodeltester.check(model)
    assert model.rowCount() == 30
    first = model.index(0, 0)
    assert first.data(HitRole).snippet == first.data(Qt.ItemDataRole.DisplayRole)
    assert first.data(HitRole).anchor == "testland-2030/i1/p2"
    assert first.data(PlaceRole).startswith("Testland 2030 › Principle 1 › Indicator 1")
    assert model.rowCount(first) == 0 and model.data(QModelIndex()) is None


def test_snippet_html_escapes_data_and_marks_matches() -> None:
    html = snippet_html("<b>a & b</b> media", ((13, 18),))
    assert html.startswith("&lt;b&gt;a &amp; b&lt;/b&gt; ")
    assert html.endswith(">media</b>") and html.count("<b ") == 1


def test_index_is_built_lazily_and_results_update_as_you_type(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = _panel(window, qtbot)
    assert panel.store.indexes == {}  # nothing indexed before the first search
    updates: list[int] = []
    panel.results_updated.connect(lambda: updates.append(panel.model.rowCount()))
    qtbot.keyClicks(panel.field, "Borei")  # five keystrokes, debounced
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10000)
    assert len(updates) <= 3  # one debounced query, then again when the index arrived
    assert set(panel.store.indexes) == {ID}
    assert _places(panel) == [
        "Kazakhstan 2022 › Principle 4 › Indicator 20",
        "Kazakhstan 2022 › Panel",
    ]
    assert panel.status.text() == "2 results"
    html = panel.model.index(0, 0).data(SnippetHtmlRole)
    assert ">Boreyko</b>" in html  # the text's spelling, found by the panel's spelling prefix


def test_activating_a_hit_opens_the_paragraph_with_matches_painted(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = _panel(window, qtbot)
    _search(panel, qtbot, '"freedom of speech"')
    assert panel.model.rowCount() >= 2
    row = next(
        r for r in range(panel.model.rowCount()) if panel.model.hit(r).anchor == f"{ID}/i6/p1"
    )
    panel.view.setCurrentIndex(panel.model.index(row, 0))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert window.current_anchor() == f"{ID}/i6"
    painted = [
        s.cursor.selectedText()
        for s in window.detail.extraSelections()
        if s.format.background().color() == HIT_COLOR
    ]
    assert painted and {p.lower() for p in painted} == {"freedom of speech"}
    start, end = window.detail.paragraph_range(f"{ID}/i6/p1")
    assert start <= window.detail.textCursor().position() <= end


def test_quote_hit_opens_its_indicator_at_the_quote(window: MainWindow, qtbot: QtBot) -> None:
    panel = _panel(window, qtbot)
    _search(panel, qtbot, '"Djamilya Maricheva"')
    hits = [panel.model.hit(r) for r in range(panel.model.rowCount())]
    quote = next(h for h in hits if h.anchor == f"{ID}/i6/q1")
    assert panel.open_hit(quote)
    assert window.current_anchor() == f"{ID}/i6"


def test_principle_filter_and_cyrillic(window: MainWindow, qtbot: QtBot) -> None:
    panel = _panel(window, qtbot)
    _search(panel, qtbot, "journalists")
    everywhere = panel.model.total
    panel.principle_filter.setCurrentIndex(panel.principle_filter.findData(2))
    qtbot.waitUntil(lambda: panel.model.total < everywhere)
    assert {panel.model.hit(r).principle for r in range(panel.model.rowCount())} == {2}
    panel.principle_filter.setCurrentIndex(0)
    _search(panel, qtbot, "казахстанское")
    assert _places(panel) == ["Kazakhstan 2022 › Footnote 10"]


def test_no_results_and_empty_query(window: MainWindow, qtbot: QtBot) -> None:
    panel = _panel(window, qtbot)
    _search(panel, qtbot, "zebraqq ")
    assert panel.model.rowCount() == 0 and panel.status.text() == "No results"
    _search(panel, qtbot, '  ""  ')
    assert panel.model.rowCount() == 0 and panel.status.text() == ""


def test_report_filter_and_a_broken_report(qtbot: QtBot, tmp_path: Path) -> None:
    reports = {
        "alpha-2030": make_report("alpha-2030", "Alpha"),
        "beta-2031": make_report("beta-2031", "Beta", 2031),
    }
    files = []
    for report_id in [*reports, "broken-2020"]:
        path = tmp_path / f"{report_id}.yaml"
        path.write_text(
            f"country: {report_id[:-5].title()}\nedition: {report_id[-4:]}\n", encoding="utf-8"
        )
        files.append(path)

    def load(path: Path) -> Report:
        if path.stem not in reports:
            raise ValueError("principles: expected a list")
        return reports[path.stem]

    library = Library.discover(files, tmp_path / "user", loader=load)
    window = _window(qtbot, tmp_path, library, "alpha-2030/summary")
    panel = _panel(window, qtbot)
    _search(panel, qtbot, "summary paragraph one")
    qtbot.waitUntil(lambda: "broken-2020" in panel.store.errors)
    _search(panel, qtbot, "summary paragraph one")
    assert _places(panel) == ["Alpha 2030 › Overview", "Beta 2031 › Overview"]
    assert "Could not search: broken-2020" in panel.status.text()
    panel.report_filter.setCurrentIndex(panel.report_filter.findData("beta-2031"))
    qtbot.waitUntil(lambda: _places(panel) == ["Beta 2031 › Overview"])
    assert panel.open_hit(panel.model.hit(0))
    assert window.current_report().id == "beta-2031"


def test_widgets_are_named_and_reachable(window: MainWindow, qtbot: QtBot) -> None:
    panel = _panel(window, qtbot)
    for widget in (panel.field, panel.report_filter, panel.principle_filter, panel.view):
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    _search(panel, qtbot, "media")
    panel.field.setFocus()
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    assert panel.view.hasFocus() and panel.view.currentIndex().row() == 0


def test_result_count_is_announced_and_filters_are_labelled(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QLabel

    said: list[str] = []
    monkeypatch.setattr(search_panel, "announce", lambda _w, text, **_k: said.append(text))
    panel = _panel(window, qtbot)
    _search(panel, qtbot, "censorship")
    assert said and said[-1] == panel.status.text() and "result" in said[-1]
    buddies = {label.buddy() for label in panel.findChildren(QLabel)}
    assert panel.report_filter in buddies and panel.principle_filter in buddies
    iface = QAccessible.queryAccessibleInterface(panel.report_filter)
    labels = iface.relations(QAccessible.RelationFlag.Label)
    assert labels and labels[0][0].text(QAccessible.Text.Name) == "Report:"


def test_opening_a_hit_keeps_whole_blocks_at_the_top(window: MainWindow, qtbot: QtBot) -> None:
    panel = _panel(window, qtbot)
    _search(panel, qtbot, "censorship")
    hit = panel.model.hit(0)
    assert panel.open_hit(hit)
    pane = window.detail
    top = pane.verticalScrollBar().value()
    block = pane.document().begin()
    layout = pane.document().documentLayout()
    while block.isValid():  # no block starts above the view and ends inside its top line
        rect = layout.blockBoundingRect(block)
        assert not (rect.top() < top < rect.top() + 4 and rect.height() > 8)
        block = block.next()
    cursor_rect = pane.cursorRect()
    assert pane.viewport().rect().contains(cursor_rect.center())


def test_esc_closes_the_search_panel_and_returns_to_the_text(window: MainWindow,
                                                              qtbot: QtBot) -> None:
    panel = _panel(window, qtbot)
    dock = panel.parentWidget()
    assert dock is not None and dock.isVisible()
    qtbot.keyClick(panel.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dock.isVisible())
    qtbot.waitUntil(window.detail.hasFocus)
    toggle = next(a for a in window.menu("view").actions() if a.text() == "Search")
    assert not toggle.isChecked()
    toggle.trigger()
    qtbot.waitUntil(dock.isVisible)

"""Compare: one indicator across the library's reports, scores where given, text beside text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from tests.conftest import BUNDLED_YAML
from tests.fixtures.reports import write_report
from tests.ui.reader_helpers import show_window
from vibe_desktop.core.library import Library
from vibe_desktop.core.markup import to_plain
from vibe_desktop.ui.compare.feature import install
from vibe_desktop.ui.compare.view import Comparer, compare_html
from vibe_desktop.ui.shell import dialogs
from vibe_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write_report(bundled, report_id="testland-2030")
    write_report(user, report_id="otherland-2031", country="Otherland", edition=2031,
                 scores=False)
    (user / "broken-2020.yaml").write_text("id: broken-2020\nsummary: [\n", encoding="utf-8")
    files = [BUNDLED_YAML, *sorted(bundled.iterdir())]
    return show_window(qtbot, Library.discover(files, user), "testland-2030/i6")


@pytest.fixture
def comparer(window: MainWindow) -> Comparer:
    install(window)
    found = window.findChild(Comparer, "comparer")
    assert isinstance(found, Comparer)
    assert found.action in window.menu("tools").actions()
    return found


def test_columns_scores_and_text(qtbot, window: MainWindow, comparer: Comparer) -> None:  # type: ignore[no-untyped-def]
    comparer.action.trigger()
    view = comparer.view
    assert view is not None and view.isVisible()
    qtbot.addWidget(view)
    assert view.indicator() == 6  # the page on show
    assert [r.id for r in view.reports] == ["kazakhstan-2022", "testland-2030", "otherland-2031"]
    text = view.browser.toPlainText()
    assert "19 of 40, Slightly Vibrant" in text  # testland gives scores
    assert text.count("not given in this report") == 2  # Kazakhstan and otherland do not
    kazakhstan = view.reports[0].indicator(6)
    for paragraph in kazakhstan.paragraphs:
        before_first_ref = to_plain(paragraph.split("[^")[0])
        assert " ".join(before_first_ref.split())[:150] in " ".join(text.split())
    assert "broken-2020" in text and "cannot be opened" in text
    table = view.browser.document().rootFrame().childFrames()[0]
    assert table.columns() == 3  # type: ignore[attr-defined]


def test_picker_changes_indicator_and_links_open_the_reader(
    window: MainWindow, comparer: Comparer, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = comparer.show()
    view.picker.setCurrentIndex(6)
    assert view.indicator() == 7
    assert "stable for indicator 7" in view.browser.toPlainText()  # the pull quote
    assert "Panelist" in view.browser.toPlainText()
    with_links = view.browser.toHtml()
    assert 'href="vibe:otherland-2031/i7"' in with_links
    view._link(QUrl("vibe:otherland-2031/i7"))
    assert window.current_anchor() == "otherland-2031/i7"
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_link", lambda parent, url: shown.append(url) or False)
    view._link(QUrl("https://example.org/i7"))
    assert shown == ["https://example.org/i7"]


def test_no_reports_and_escaping() -> None:
    assert "No report in the library" in compare_html([], 1, [])
    from dataclasses import replace

    from tests.factories import make_report

    report = make_report()
    evil = replace(report.principles[0].indicators[0], title="<b>bold</b> & co")
    principle = replace(report.principles[0],
                        indicators=(evil, *report.principles[0].indicators[1:]))
    page = compare_html([replace(report, principles=(principle, *report.principles[1:]))], 1, [])
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in page and "<b>bold</b>" not in page


def test_screenshot_of_the_compare_view(comparer: Comparer, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = comparer.show()
    qtbot.addWidget(view)
    view.resize(1200, 760)
    out = Path(os.environ.get("VIBE_SCREENSHOTS", tmp_path)) / "compare_view.png"
    assert view.grab().save(str(out))
    assert out.stat().st_size > 10_000


def test_compare_is_a_dialog_closed_by_esc_ctrl_w_and_close(
    qtbot, window: MainWindow, comparer: Comparer  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    view = comparer.show()
    qtbot.waitExposed(view)
    assert isinstance(view, QDialog)
    screen = view.screen().availableGeometry()
    assert view.width() <= screen.width() and view.height() <= screen.height()
    assert "Score:" in view.browser.toPlainText()  # the score row says what it is
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    view = comparer.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not view.isVisible()
    view = comparer.show()
    view.close_button.click()
    assert not view.isVisible()


def test_links_act_where_the_person_is_looking(window: MainWindow, comparer: Comparer) -> None:
    view = comparer.show()
    report = view.reports[0]
    number = report.footnotes[0].number
    view._link(QUrl(f"vibe:{report.id}/fn{number}"))
    assert view.isVisible() and not view.footnote.isHidden()  # the footnote, in the dialog
    assert f"footnote {number}" in view.footnote.toPlainText()
    view._link(QUrl("vibe:otherland-2031/i7"))
    assert window.current_anchor() == "otherland-2031/i7" and not view.isVisible()

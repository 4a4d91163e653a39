"""The presenter view: current and next slide, notes, time, screen choice, keys."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import QSizeF, Qt

from tests.factories import make_report
from vibe_desktop.core import deck
from vibe_desktop.core.markup import to_plain
from vibe_desktop.ui.presentation.controller import PresentationController
from vibe_desktop.ui.presentation.presenter import PresenterView, format_elapsed


@pytest.fixture
def presenter(qtbot):  # type: ignore[no-untyped-def]
    controller = PresentationController(make_report(), QSizeF(1024, 768))
    view = PresenterView(controller)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_shows_current_and_next_slide_and_notes(qtbot, presenter) -> None:  # type: ignore[no-untyped-def]
    c = presenter.controller
    report = c.report
    c.go(deck.indicator_slide(c.pages, 6) or 0)
    assert presenter.current_view.slide() is c.current()
    assert presenter.next_view.slide() is c.pages[c.index + 1]
    assert presenter.next_view.slide().number == 7
    notes = presenter.notes.toPlainText()
    for paragraph in report.indicator(6).paragraphs:  # footnote numbers stay, as superscripts
        assert re.sub(r"\[(\d+)\]", r"\1", to_plain(paragraph, footnote_refs=True)) in notes
    assert presenter.position.text() == f"Slide {c.index + 1} / {len(c.pages)}"
    # thumbnails draw the slide (not the empty black of "no slide")
    image = presenter.current_view.grab().toImage()
    colours = {image.pixelColor(x, y).name()
               for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
    assert len(colours) > 3


def test_last_slide_has_no_next_and_title_notes_are_the_summary(qtbot, presenter) -> None:  # type: ignore[no-untyped-def]
    c = presenter.controller
    assert to_plain(c.report.summary[0]) in presenter.notes.toPlainText()
    c.go(len(c.pages) - 1)
    assert presenter.next_view.slide() is None
    assert presenter.notes.toPlainText() == "No notes for this slide."


def test_notes_scroll(qtbot) -> None:  # type: ignore[no-untyped-def]
    report = make_report()
    pr = report.principles[0]
    ind = pr.indicators[2]
    long = replace(ind, paragraphs=tuple(f"Narrative paragraph {n} of a long indicator."
                                         for n in range(60)))
    pr = replace(pr, indicators=(*pr.indicators[:2], long, *pr.indicators[3:]))
    c = PresentationController(replace(report, principles=(pr, *report.principles[1:])),
                               QSizeF(1024, 768))
    presenter = PresenterView(c)
    qtbot.addWidget(presenter)
    presenter.resize(800, 600)
    presenter.show()
    qtbot.waitExposed(presenter)
    c.go(deck.indicator_slide(c.pages, 3) or 0)
    assert "Narrative paragraph 59" in presenter.notes.toPlainText()
    bar = presenter.notes.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    presenter.notes.setFocus()
    qtbot.keyClick(presenter.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()


def test_clock_and_elapsed(qtbot, presenter) -> None:  # type: ignore[no-untyped-def]
    assert re.fullmatch(r"\d\d:\d\d", presenter.elapsed.text())
    assert presenter.clock.text()
    assert format_elapsed(0) == "00:00"
    assert format_elapsed(65_400) == "01:05"
    assert format_elapsed(3_725_000) == "1:02:05"


def test_keys_in_presenter_drive_the_slides(qtbot, presenter) -> None:  # type: ignore[no-untyped-def]
    presenter.setFocus()
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert presenter.controller.index == 2
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    assert presenter.controller.index == 1
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert presenter.controller.mode == "black"


def test_screen_chooser_and_accessible_names(qtbot, presenter) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    assert presenter.screens.count() == len(QGuiApplication.screens())
    with qtbot.waitSignal(presenter.screen_chosen) as blocker:
        presenter.screens.activated.emit(0)
    assert blocker.args == [0]
    for widget in (presenter, presenter.current_view, presenter.next_view, presenter.notes,
                   presenter.elapsed, presenter.clock, presenter.screens, presenter.end_button):
        assert widget.accessibleName()


def test_end_button_ends(qtbot, presenter) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(presenter.controller.finished):
        qtbot.mouseClick(presenter.end_button, Qt.MouseButton.LeftButton)


def test_clicker_keys_work_while_the_notes_have_focus(qtbot, presenter) -> None:  # type: ignore[no-untyped-def]
    presenter.notes.setFocus()
    qtbot.keyClick(presenter.notes, Qt.Key.Key_PageDown)
    assert presenter.controller.index == 1
    qtbot.keyClick(presenter.notes, Qt.Key.Key_Down)  # arrows scroll the notes instead
    assert presenter.controller.index == 1
    qtbot.keyClick(presenter.notes, Qt.Key.Key_Period)
    assert presenter.controller.mode == "black"
    qtbot.keyClick(presenter.notes, Qt.Key.Key_A)  # any key returns
    assert presenter.controller.mode == "slide"
    qtbot.keyClick(presenter.screens, Qt.Key.Key_PageUp)
    assert presenter.controller.index == 0


def test_the_g_prompt_shows_in_the_presenter_view_not_on_the_audience(qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.factories import make_report
    from vibe_desktop.ui.presentation.controller import PresentationController
    from vibe_desktop.ui.presentation.presenter import PresenterView

    controller = PresentationController(make_report())
    view = PresenterView(controller)
    qtbot.addWidget(view)
    assert controller.prompt_on_audience is False
    controller.handle_key(Qt.Key.Key_G)
    assert "Go to slide" in view.prompt.text() and not view.prompt.isHidden()
    for key in (Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_Return):
        controller.handle_key(key)
    assert view.prompt.text().startswith("There is no slide 99")
    assert view.position.accessibleDescription().startswith("Slide 1 of ")

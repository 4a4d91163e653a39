"""Keys, clicks, black/white screens and G-jumps on the audience screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSizeF, Qt
from PySide6.QtGui import QColor

from tests.factories import make_report
from vibe_desktop.core import deck
from vibe_desktop.ui.presentation.controller import BLACK, SLIDE, WHITE, PresentationController
from vibe_desktop.ui.presentation.views import AudienceView

K = Qt.Key


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    controller = PresentationController(make_report(), QSizeF(1024, 768))
    view = AudienceView(controller)
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    qtbot.waitExposed(view)
    return view


def _centre_colour(view: AudienceView) -> QColor:
    return view.grab().toImage().pixelColor(view.width() // 2, view.height() // 2)


@pytest.mark.parametrize("key", [K.Key_Right, K.Key_Down, K.Key_Space, K.Key_PageDown,
                                 K.Key_Return, K.Key_Enter])
def test_next_keys(qtbot, view, key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(view, key)
    assert view.controller.index == 1
    assert view.controller.current().kind == deck.CHART


@pytest.mark.parametrize("key", [K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace])
def test_previous_keys(qtbot, view, key) -> None:  # type: ignore[no-untyped-def]
    view.controller.go(5)
    qtbot.keyClick(view, key)
    assert view.controller.index == 4


def test_home_end_and_bounds(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    c = view.controller
    qtbot.keyClick(view, K.Key_End)
    assert c.index == len(c.pages) - 1 and c.current().kind == deck.CLOSING
    qtbot.keyClick(view, K.Key_PageDown)  # past the end: stays
    assert c.index == len(c.pages) - 1
    qtbot.keyClick(view, K.Key_Home)
    assert c.index == 0 and c.current().kind == deck.TITLE
    qtbot.keyClick(view, K.Key_PageUp)
    assert c.index == 0


def test_left_click_advances_right_click_goes_back(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    assert view.controller.index == 2
    qtbot.mouseClick(view, Qt.MouseButton.RightButton, pos=QPoint(100, 100))
    assert view.controller.index == 1


@pytest.mark.parametrize("key, text, mode, colour", [
    (K.Key_B, "b", BLACK, "#000000"), (K.Key_Period, ".", BLACK, "#000000"),
    (K.Key_W, "w", WHITE, "#ffffff"), (K.Key_Comma, ",", WHITE, "#ffffff"),
])
def test_black_and_white_screens_any_key_returns(qtbot, view, key, text, mode, colour) -> None:  # type: ignore[no-untyped-def]
    view.controller.go(3)
    slide_colour = view.grab().toImage().pixelColor(60, 30)  # accent label on a slide
    qtbot.keyClick(view, key)
    assert view.controller.mode == mode
    image = view.grab().toImage()
    assert {image.pixelColor(x, y).name()
            for x in range(0, 1024, 64) for y in range(0, 768, 64)} == {colour}
    qtbot.keyClick(view, K.Key_Right)  # any key: back to the same slide, not the next
    assert view.controller.mode == SLIDE and view.controller.index == 3
    assert view.grab().toImage().pixelColor(60, 30) == slide_colour


def test_click_ends_black_screen(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(view, K.Key_B)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert view.controller.mode == SLIDE and view.controller.index == 0


def test_g_jumps_to_slide_number(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(view, K.Key_G)
    assert "Go to slide" in view.controller.jump_prompt()
    qtbot.keyClick(view, K.Key_1)
    qtbot.keyClick(view, K.Key_2)
    assert view.controller.index == 0  # nothing moves before Enter
    qtbot.keyClick(view, K.Key_Return)
    assert view.controller.index == 11
    assert view.controller.jump is None and view.controller.jump_prompt() == ""


def test_g_i_jumps_to_indicator(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    for key in (K.Key_G, K.Key_I, K.Key_1, K.Key_7, K.Key_Enter):
        qtbot.keyClick(view, key)
    slide = view.controller.current()
    assert (slide.kind, slide.number) == (deck.INDICATOR, 17)


def test_g_jump_cancel_and_out_of_range(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.controller.go(4)
    for key in (K.Key_G, K.Key_9, K.Key_Escape):
        qtbot.keyClick(view, key)
    assert view.controller.index == 4 and view.controller.jump is None
    for key in (K.Key_G, K.Key_9, K.Key_9, K.Key_Return):
        qtbot.keyClick(view, key)
    assert view.controller.index == 4
    total = len(view.controller.pages)
    assert view.controller.jump_prompt() == (
        f"There is no slide 99: this presentation has {total} slides.")
    qtbot.keyClick(view, K.Key_Right)  # any key clears the notice (and still acts)
    assert view.controller.jump_prompt() == "" and view.controller.index == 5
    view.controller.go(4)
    for key in (K.Key_G, K.Key_3, K.Key_4, K.Key_Backspace, K.Key_Return):
        qtbot.keyClick(view, key)
    assert view.controller.index == 2


def test_escape_ends_with_the_slides_place(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    c = view.controller
    c.go(deck.indicator_slide(c.pages, 6) or 0)
    with qtbot.waitSignal(c.finished) as blocker:
        qtbot.keyClick(view, K.Key_Escape)
    assert blocker.args == [c.current().anchor]
    assert blocker.args[0].startswith("testland-2030/i6")


def test_start_at_anchor_and_resize_keeps_content(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    c = view.controller
    c.start_at("testland-2030/i9/p2")
    assert (c.current().kind, c.current().number) == (deck.INDICATOR, 9)
    view.resize(1600, 900)
    qtbot.waitUntil(lambda: c.size == QSizeF(1600, 900))
    assert (c.current().kind, c.current().number) == (deck.INDICATOR, 9)
    c.start_at(None)
    assert c.index == 0
    c.start_at("testland-2030/fn8")  # footnote 8 is cited in indicator 8
    assert (c.current().kind, c.current().number) == (deck.INDICATOR, 8)
    c.start_at("testland-2030/panel")
    assert c.current().kind == deck.CLOSING
    c.start_at("testland-2030/pr3")
    assert (c.current().kind, c.current().number) == (deck.PRINCIPLE, 3)


def test_unrelated_key_is_not_taken(view) -> None:  # type: ignore[no-untyped-def]
    assert view.controller.handle_key(K.Key_F1) is False


def test_slide_changes_are_announced_with_number_and_title(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    c = view.controller
    c.go(deck.indicator_slide(c.pages, 3) or 0)
    text = view.accessibleDescription()
    assert text.startswith(f"Slide {c.index + 1} of {len(c.pages)}: ")
    assert c.current().title in text

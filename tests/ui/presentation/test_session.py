"""A whole presentation from the reader window: F5 / Shift+F5, Esc returns, presenter, sleep."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from tests.ui.reader_helpers import make_window
from vibe_desktop.core import deck
from vibe_desktop.ui.presentation import feature as presentation
from vibe_desktop.ui.presentation import inhibit
from vibe_desktop.ui.presentation.session import default_audience_screen


class FakeBackend:
    name = "fake"

    def __init__(self) -> None:
        self.active = False

    def inhibit(self) -> bool:
        self.active = True
        return True

    def release(self) -> None:
        self.active = False


@pytest.fixture
def backend(monkeypatch: pytest.MonkeyPatch) -> FakeBackend:
    fake = FakeBackend()
    monkeypatch.setattr(inhibit, "backends_for", lambda platform: [fake])
    return fake


@pytest.fixture
def window(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path)
    presentation.install(window)
    return window


def _action(window, shortcut: str) -> QAction:  # type: ignore[no-untyped-def]
    for action in window.actions():
        if action.shortcut() == QKeySequence(shortcut):
            return action
    raise AssertionError(f"no action for {shortcut}")


def test_menus_have_the_actions(window) -> None:  # type: ignore[no-untyped-def]
    view = [a.text() for a in window.menu("view").actions()]
    file = [a.text() for a in window.menu("file").actions()]
    assert "&Present" in view and "Present from &start" in view
    assert "Export &slides as PDF…" in file and "Export &handout as PDF…" in file
    assert "Print slides…" in file and "Print handout…" in file


def test_f5_presents_from_here_and_esc_returns_to_the_slides_place(qtbot, window, backend) -> None:  # type: ignore[no-untyped-def]
    rid = window.current_report().id
    assert window.open_anchor(f"{rid}/i7/p2")
    _action(window, "F5").trigger()
    session = window.feature("presentation")
    audience = session.audience
    qtbot.waitExposed(audience)
    assert audience.isFullScreen() and audience.isVisible()
    assert session.presenter is None  # one screen: no presenter view unless asked
    slide = session.controller.current()
    assert (slide.kind, slide.number) == (deck.INDICATOR, 7)
    assert backend.active and session.inhibited_with == "fake"
    qtbot.keyClick(audience, Qt.Key.Key_PageDown)
    qtbot.keyClick(audience, Qt.Key.Key_PageDown)  # indicator 9
    with qtbot.waitSignal(session.ended):
        qtbot.keyClick(audience, Qt.Key.Key_Escape)
    assert not backend.active and not session.running
    assert window.current_anchor().startswith(f"{rid}/i9")


def test_shift_f5_presents_from_the_start(qtbot, window, backend) -> None:  # type: ignore[no-untyped-def]
    rid = window.current_report().id
    window.open_anchor(f"{rid}/i12")
    _action(window, "Shift+F5").trigger()
    session = window.feature("presentation")
    qtbot.waitExposed(session.audience)
    assert session.controller.index == 0 and session.controller.current().kind == deck.TITLE
    with qtbot.waitSignal(session.ended):
        qtbot.keyClick(session.audience, Qt.Key.Key_Escape)
    assert window.current_anchor() == f"{rid}/summary"


@pytest.fixture
def choice(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What the one-screen question is answered (first item), and the questions asked."""
    from vibe_desktop.ui.shell import dialogs

    answers: list[object] = [1]
    monkeypatch.setattr(dialogs, "choose",
                        lambda parent, title, text, options, default=0:
                        (answers.append(options), answers[0])[1])
    return answers


def test_ctrl_f5_with_one_screen_asks_and_rehearses(qtbot, window, backend, choice) -> None:  # type: ignore[no-untyped-def]
    _action(window, "Ctrl+F5").trigger()
    assert len(choice) == 2  # asked, with two options (and Cancel)
    session = window.feature("presentation")
    assert session.presenter is not None and session.rehearsal
    qtbot.waitExposed(session.presenter)
    assert not session.audience.isVisible()  # the notes never reach an audience unasked
    screen = session.presenter.screen().availableGeometry()
    assert screen.contains(session.presenter.frameGeometry()) or (
        session.presenter.width() <= screen.width())
    qtbot.keyClick(session.presenter, Qt.Key.Key_PageDown)
    assert session.controller.index == 1
    assert session.presenter.next_view.slide() is session.controller.pages[2]
    with qtbot.waitSignal(session.ended):
        qtbot.keyClick(session.presenter, Qt.Key.Key_Escape)
    assert not session.audience.isVisible()


def test_ctrl_f5_with_one_screen_full_screen_without_notes(qtbot, window, backend, choice) -> None:  # type: ignore[no-untyped-def]
    choice[0] = 0
    _action(window, "Ctrl+F5").trigger()
    session = window.feature("presentation")
    qtbot.waitExposed(session.audience)
    assert session.presenter is None and session.audience.isFullScreen()
    with qtbot.waitSignal(session.ended):
        qtbot.keyClick(session.audience, Qt.Key.Key_Escape)


def test_ctrl_f5_with_one_screen_cancelled_presents_nothing(window, backend, choice) -> None:  # type: ignore[no-untyped-def]
    choice[0] = None
    _action(window, "Ctrl+F5").trigger()
    assert window.feature("presentation") is None and not backend.active


def test_default_audience_screen() -> None:
    a, b, c = object(), object(), object()
    assert default_audience_screen([a], a) == 0  # type: ignore[arg-type, list-item]
    assert default_audience_screen([a, b, c], a) == 1  # type: ignore[arg-type, list-item]
    assert default_audience_screen([a, b], b) == 0  # type: ignore[arg-type, list-item]


def test_nothing_to_present_says_so(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from vibe_desktop.core.library import Library
    from vibe_desktop.ui.shell import dialogs
    from vibe_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(Library.discover([], tmp_path), install_features=False)
    qtbot.addWidget(window)
    told: list[str] = []
    monkeypatch.setattr(dialogs, "info", lambda parent, title, text: told.append(text))
    assert presentation.start_presentation(window) is None
    assert told and "Open a report first" in told[0]

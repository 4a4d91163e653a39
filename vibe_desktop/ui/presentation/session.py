"""One presentation from start to end: audience screen, presenter view, screen choice, sleep
inhibit."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, QSizeF, Signal, Slot
from PySide6.QtGui import QGuiApplication, QScreen

from vibe_desktop.core.model import Report
from vibe_desktop.render.slides.theme import PROJECTOR, SlideTheme
from vibe_desktop.ui.presentation.controller import PresentationController
from vibe_desktop.ui.presentation.inhibit import SleepInhibitor
from vibe_desktop.ui.presentation.presenter import PresenterView
from vibe_desktop.ui.presentation.views import AudienceView

WINDOWED = QSize(1024, 768)
PRESENTER = QSize(1100, 760)
#: What Ctrl+F5 does with one screen (or a mirrored projector): the person chooses.
AUDIENCE_ONLY, REHEARSAL = "audience", "rehearsal"


def distinct_screens(screens: list[QScreen]) -> int:
    """How many different pictures the screens show (mirrored screens share a geometry)."""
    return len({(s.geometry().x(), s.geometry().y(), s.geometry().width(),
                 s.geometry().height()) for s in screens})


def default_audience_screen(screens: list[QScreen], primary: QScreen | None) -> int:
    """With several screens the audience gets the first one that is not the primary."""
    for i, screen in enumerate(screens):
        if screen is not primary:
            return i
    return 0


class Presentation(QObject):
    """Runs a presentation of ``report``; emits ``ended(anchor)`` with the place to return to."""

    ended = Signal(str)

    def __init__(
        self,
        report: Report,
        *,
        start_anchor: str | None = None,
        presenter: bool | None = None,
        windowed: bool | None = None,
        rehearsal: bool | None = None,
        theme: SlideTheme = PROJECTOR,
        inhibitor: SleepInhibitor | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        screens = QGuiApplication.screens()
        self.several_screens = distinct_screens(screens) > 1
        self.audience_screen = default_audience_screen(screens, QGuiApplication.primaryScreen())
        self.show_presenter = self.several_screens if presenter is None else presenter
        # One screen and the presenter view asked for: the presenter view alone (rehearsal),
        # so the audience never sees the speaker's notes unasked.
        self.rehearsal = ((self.show_presenter and not self.several_screens)
                          if rehearsal is None else rehearsal)
        self.windowed = bool(windowed)
        size = (QSizeF(WINDOWED) if self.windowed or self.rehearsal
                else QSizeF(screens[self.audience_screen].size()))
        self.controller = PresentationController(report, size, theme, self)
        self.controller.start_at(start_anchor)
        self.controller.finished.connect(self._finish)
        self.audience = AudienceView(self.controller)
        self.presenter: PresenterView | None = None
        self.inhibitor = inhibitor if inhibitor is not None else SleepInhibitor()
        self.inhibited_with: str | None = None
        self.running = False

    def start(self) -> None:
        self.running = True
        if self.show_presenter:
            self.presenter = PresenterView(self.controller)
            self.presenter.refresh_screens(self.audience_screen)
            self.presenter.set_rehearsal(self.rehearsal)
            self.presenter.screen_chosen.connect(self.move_audience)
        if not self.rehearsal:
            self._place_audience()
        self._place_presenter()
        self.inhibited_with = self.inhibitor.inhibit()

    def _place_audience(self) -> None:
        screens = QGuiApplication.screens()
        screen = screens[min(self.audience_screen, len(screens) - 1)]
        if self.windowed:
            from vibe_desktop.ui.shell.dialogs import fit_to_screen

            fit_to_screen(self.audience, WINDOWED)
            self.audience.show()
        else:
            self.controller.set_size(QSizeF(screen.size()))  # paginate for it right away
            self.audience.setScreen(screen)
            self.audience.setGeometry(screen.geometry())
            self.audience.showFullScreen()
        if self.presenter is None:
            self.audience.activateWindow()
            self.audience.setFocus()

    def _place_presenter(self) -> None:
        """The presenter view on a screen the audience does not see (or in a window)."""
        if self.presenter is None:
            return
        from vibe_desktop.ui.shell.dialogs import fit_to_screen

        others = [s for i, s in enumerate(QGuiApplication.screens()) if i != self.audience_screen]
        if others and self.several_screens and not self.windowed and not self.rehearsal:
            self.presenter.setScreen(others[0])
            self.presenter.setGeometry(others[0].geometry())
            self.presenter.showFullScreen()
        else:
            fit_to_screen(self.presenter, PRESENTER)
            self.presenter.show()
        self.presenter.activateWindow()
        self.presenter.setFocus()

    @Slot(int)
    def move_audience(self, index: int) -> None:
        """Show the slides on another screen (the presenter view takes the rest)."""
        if not 0 <= index < len(QGuiApplication.screens()) or index == self.audience_screen:
            return
        self.audience_screen = index
        self.audience.hide()
        if self.rehearsal:
            return
        self._place_audience()
        self._place_presenter()

    @Slot(str)
    def _finish(self, anchor: str) -> None:
        self.inhibitor.release()
        self.running = False
        self.audience.close()
        self.audience.deleteLater()
        if self.presenter is not None:
            self.presenter.close()
            self.presenter.deleteLater()
        self.ended.emit(anchor)

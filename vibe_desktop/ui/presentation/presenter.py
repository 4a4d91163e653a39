"""The presenter view: current and next slide, the speaker's notes, elapsed time, clock, screen
choice."""

from __future__ import annotations

from PySide6.QtCore import (
    QDateTime,
    QElapsedTimer,
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vibe_desktop.core.markup import escape, to_html
from vibe_desktop.ui.presentation.controller import PresentationController
from vibe_desktop.ui.presentation.views import SlideView

#: Keys a clicker sends: they drive the slides even while the notes or the screen list
#: have the keyboard focus (arrow keys there scroll the notes / pick a screen).
CLICKER_KEYS = {
    Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_B, Qt.Key.Key_Period,
    Qt.Key.Key_W, Qt.Key.Key_Comma, Qt.Key.Key_Escape,
}


def notes_html(paragraphs: tuple[str, ...]) -> str:
    """The speaker's notes (the narrative) as escaped rich text, one paragraph a block."""
    return "".join(f"<p>{to_html(p)}</p>" for p in paragraphs)


def format_elapsed(ms: int) -> str:
    seconds = max(0, ms // 1000)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class PresenterView(QWidget):
    """What the presenter sees on their own screen (or in a window with one screen)."""

    screen_chosen = Signal(int)  # index into QGuiApplication.screens() for the audience

    def __init__(self, controller: PresentationController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.setWindowTitle(self.tr("Presenter view"))
        self.setAccessibleName(self.tr("Presenter view"))
        self.current_view = SlideView(controller, 0, self)
        self.current_view.setAccessibleName(self.tr("Current slide"))
        self.next_view = SlideView(controller, 1, self)
        self.next_view.setAccessibleName(self.tr("Next slide"))
        self.notes = QTextBrowser(self)
        self.notes.setAccessibleName(self.tr("Speaker's notes"))
        self.notes.setOpenLinks(False)
        notes_font = self.notes.font()
        notes_font.setPointSizeF(notes_font.pointSizeF() * 1.3)  # read at a glance, standing
        self.notes.setFont(notes_font)
        self.notes.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.position = QLabel(self)
        self.position.setAccessibleName(self.tr("Slide number"))
        self.elapsed = QLabel(self)
        self.elapsed.setAccessibleName(self.tr("Elapsed time"))
        self.clock = QLabel(self)
        self.clock.setAccessibleName(self.tr("Clock"))
        for label in (self.position, self.elapsed, self.clock):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.8)
            font.setBold(True)
            label.setFont(font)
        self.screens = QComboBox(self)
        self.screens.setAccessibleName(self.tr("Audience screen"))
        self.screens.setToolTip(self.tr("The screen the audience sees"))
        self.screens.activated.connect(self.screen_chosen)
        self.end_button = QPushButton(self.tr("End presentation"), self)
        self.end_button.setAccessibleName(self.tr("End presentation"))
        self.end_button.clicked.connect(controller.end)
        # the G prompt (and "no slide 99") shows here, not on the audience's screen
        controller.prompt_on_audience = False
        self.prompt = QLabel(self)
        self.prompt.setAccessibleName(self.tr("Go to slide"))
        self.prompt.setStyleSheet("font-weight: bold; padding: 4px;")
        self.prompt.hide()
        self.rehearsal_note = QLabel(self.tr("Rehearsal: the slides are not shown to an "
                                             "audience."), self)
        self.rehearsal_note.hide()

        top = QHBoxLayout()
        top.addWidget(self.position)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Elapsed"), self))
        top.addWidget(self.elapsed)
        top.addSpacing(24)
        top.addWidget(QLabel(self.tr("Clock"), self))
        top.addWidget(self.clock)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Current slide"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Next slide"), self), 0, 1)
        grid.addWidget(self.current_view, 1, 0)
        grid.addWidget(self.next_view, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        bottom = QHBoxLayout()
        label = QLabel(self.tr("&Audience screen:"), self)
        label.setBuddy(self.screens)
        bottom.addWidget(label)
        bottom.addWidget(self.screens, 1)
        bottom.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rehearsal_note)
        layout.addWidget(self.prompt)
        layout.addLayout(grid, 3)
        layout.addWidget(QLabel(self.tr("Speaker's notes"), self))
        layout.addWidget(self.notes, 2)
        layout.addLayout(bottom)

        self._timer = QElapsedTimer()
        self._timer.start()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.update_clock)
        self._tick.start()
        self._notes_for: object = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for child in (self.notes, self.screens, self.end_button):
            child.installEventFilter(self)
        controller.changed.connect(self.update_slide)
        self.refresh_screens()
        self.update_slide()
        self.update_clock()

    def refresh_screens(self, audience: int = 0) -> None:
        self.screens.clear()
        for i, screen in enumerate(QGuiApplication.screens()):
            geo = screen.geometry()
            self.screens.addItem(
                self.tr("Screen {n}: {name} ({w}×{h})").format(
                    n=i + 1, name=screen.name() or screen.model(), w=geo.width(), h=geo.height()
                )
            )
        self.screens.setCurrentIndex(audience)

    def set_rehearsal(self, rehearsal: bool) -> None:
        """Rehearsing alone: say so, and keep the audience-screen choice out of the way."""
        self.rehearsal_note.setVisible(rehearsal)
        self.screens.setEnabled(not rehearsal)

    @Slot()
    def update_slide(self) -> None:
        c = self.controller
        prompt = c.jump_prompt()
        self.prompt.setText(prompt)
        self.prompt.setVisible(bool(prompt))
        if prompt:
            self.prompt.setAccessibleDescription(prompt)
        self.position.setText(self.tr("Slide {label}").format(label=c.page_label()))
        spoken = c.announcement()
        if spoken != self.position.accessibleDescription():
            self.position.setAccessibleDescription(spoken)
            if self.isVisible() and self.isActiveWindow():
                from vibe_desktop.ui.announce import announce

                announce(self, spoken)
        slide = c.current()
        key = (slide.anchor, slide.kind, slide.number)
        if key != self._notes_for:  # keep the scroll position within one slide's parts
            self._notes_for = key
            if slide.notes:
                self.notes.setHtml(notes_html(slide.notes))
            else:
                none = self.tr("No notes for this slide.")
                self.notes.setHtml(f"<p><i>{escape(none)}</i></p>")

    @Slot()
    def update_clock(self) -> None:
        self.elapsed.setText(format_elapsed(self._timer.elapsed()))
        self.elapsed.setAccessibleDescription(self.elapsed.text())
        self.clock.setText(QLocale().toString(QDateTime.currentDateTime().time(),
                                              QLocale.FormatType.ShortFormat))
        self.clock.setAccessibleDescription(self.clock.text())

    def restart_timer(self) -> None:
        self._timer.restart()
        self.update_clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and (event.key() in CLICKER_KEYS or self.controller.mode != "slide")
        ):
            return self.controller.handle_key(event.key(), event.text())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.controller.handle_key(event.key(), event.text()):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        self.controller.end()
        super().closeEvent(event)

"""The running presentation's state and keys: which slide, black/white screens, G-jumps.

The audience screen and the presenter view both forward their keys here, so clickers
(PageUp/PageDown, B/.) work whichever window has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSizeF, Qt, Signal, Slot

from vibe_desktop.core import deck
from vibe_desktop.core.markup import footnote_refs
from vibe_desktop.core.model import Anchor, Report
from vibe_desktop.render.slides.pagination import paginate
from vibe_desktop.render.slides.theme import PROJECTOR, SlideTheme

K = Qt.Key
NEXT_KEYS = {K.Key_Right, K.Key_Down, K.Key_Space, K.Key_PageDown, K.Key_Return, K.Key_Enter}
PREVIOUS_KEYS = {K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace}
BLACK_KEYS = {K.Key_B, K.Key_Period}
WHITE_KEYS = {K.Key_W, K.Key_Comma}
DIGITS = {getattr(K, f"Key_{d}"): str(d) for d in range(10)}

SLIDE, BLACK, WHITE = "slide", "black", "white"


class PresentationController(QObject):
    """The deck paginated for the audience screen, the current slide and the screen mode."""

    changed = Signal()
    finished = Signal(str)  # the report anchor of the slide shown last

    def __init__(
        self,
        report: Report,
        size: QSizeF | None = None,
        theme: SlideTheme = PROJECTOR,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.theme = theme
        self.logical = deck.build_deck(report)
        self.size = QSizeF(size) if size is not None else QSizeF(1920, 1080)
        self.pages: list[deck.Slide] = paginate(self.logical, self.size, theme)
        self.index = 0
        self.mode = SLIDE
        self.jump: str | None = None  # digits typed after G (None: not jumping)
        self.notice = ""  # why the last G-jump went nowhere ("" once any key is pressed)
        self.prompt_on_audience = True  # False while a presenter view shows the G prompt
        self._ended = False

    # -- state ---------------------------------------------------------------
    def current(self) -> deck.Slide:
        return self.pages[self.index]

    def following(self) -> deck.Slide | None:
        return self.pages[self.index + 1] if self.index + 1 < len(self.pages) else None

    def page_label(self, index: int | None = None) -> str:
        i = self.index if index is None else index
        return f"{i + 1} / {len(self.pages)}"

    def footer(self) -> str:
        return f"{self.report.country} {self.report.edition}"

    def set_size(self, size: QSizeF) -> None:
        """Re-paginate for a new audience size, staying on the same content."""
        if size.isEmpty() or (size.width() == self.size.width()
                              and size.height() == self.size.height()):
            return
        slide = self.current()
        self.size = QSizeF(size) if size is not None else QSizeF(1920, 1080)
        self.pages = paginate(self.logical, self.size, self.theme)
        self.index = self._find(slide)
        self.changed.emit()

    def _find(self, slide: deck.Slide) -> int:
        same = [i for i, s in enumerate(self.pages)
                if (s.kind, s.anchor, s.number) == (slide.kind, slide.anchor, slide.number)]
        if not same:
            return 0
        return same[min(slide.part, len(same)) - 1]

    def start_at(self, anchor: str | None) -> None:
        """Start on the slide for a report place (None: the first slide).

        A footnote starts on the slide of the first paragraph that cites it.
        """
        if anchor:
            anchor = self._citing(anchor)
        self.index = deck.slide_index_for(self.pages, anchor) if anchor else 0
        self.changed.emit()

    def _citing(self, anchor: str) -> str:
        try:
            number = Anchor.parse(anchor).footnote
        except ValueError:
            return anchor
        if number is None:
            return anchor
        for place, text in self.report.paragraphs():
            if number in footnote_refs(text):
                return place
        return anchor

    # -- moves ---------------------------------------------------------------
    def go(self, index: int) -> bool:
        if not 0 <= index < len(self.pages):
            return False
        self.index = index
        self.mode = SLIDE
        self.changed.emit()
        return True

    @Slot()
    def next(self) -> bool:
        return self.go(self.index + 1)

    @Slot()
    def previous(self) -> bool:
        return self.go(self.index - 1)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.changed.emit()

    @Slot()
    def end(self) -> None:
        if not self._ended:
            self._ended = True
            self.finished.emit(self.current().anchor)

    # -- keys ----------------------------------------------------------------
    def handle_key(self, key: int, text: str = "") -> bool:
        """Act on one key press; True if the key meant something to the presentation."""
        if self.mode != SLIDE:  # any key brings the slide back
            self.set_mode(SLIDE)
            return True
        if self.notice:
            self.notice = ""
            self.changed.emit()
        if self.jump is not None:
            return self._jump_key(key, text)
        if key == K.Key_Escape:
            self.end()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == K.Key_Home:
            self.go(0)
        elif key == K.Key_End:
            self.go(len(self.pages) - 1)
        elif key in BLACK_KEYS or text == ".":
            self.set_mode(BLACK)
        elif key in WHITE_KEYS or text == ",":
            self.set_mode(WHITE)
        elif key == K.Key_G:
            self.jump = ""
            self.changed.emit()
        else:
            return False
        return True

    def _jump_key(self, key: int, text: str) -> bool:
        assert self.jump is not None
        if key in DIGITS:
            self.jump += DIGITS[key]
        elif key == K.Key_I and not self.jump:
            self.jump = "i"
        elif key == K.Key_Backspace:
            self.jump = self.jump[:-1]
        elif key in (K.Key_Return, K.Key_Enter):
            target, self.jump = self.jump, None
            if target and not self._jump_to(target):
                self.notice = self._missing(target)
        else:  # Esc or anything else cancels the jump
            self.jump = None
        self.changed.emit()
        return True

    def _jump_to(self, target: str) -> bool:
        """'12' jumps to slide 12; 'i6' to indicator 6's first slide."""
        if target.startswith("i") and target[1:].isdigit():
            found = deck.indicator_slide(self.pages, int(target[1:]))
            return found is not None and self.go(found)
        if target.isdigit():
            return self.go(int(target) - 1)
        return False

    def _missing(self, target: str) -> str:
        if target.startswith("i"):
            return self.tr("There is no slide for indicator {n}.").format(n=target[1:])
        return self.tr("There is no slide {n}: this presentation has %n slide(s).", "",
                       len(self.pages)).format(n=target)

    def announcement(self) -> str:
        """What a screen reader says on a slide change: "Slide 6 of 28: Indicator 3 …"."""
        slide = self.current()
        return self.tr("Slide {n} of {total}: {title}").format(
            n=self.index + 1, total=len(self.pages), title=slide.title)

    def jump_prompt(self) -> str:
        """What the jump box shows while G is active, or why the jump went nowhere ('' when
        neither)."""
        if self.jump is None:
            return self.notice
        if self.jump.startswith("i"):
            return self.tr("Go to indicator: {n}").format(n=self.jump[1:])
        return self.tr("Go to slide (or I for indicator): {n}").format(n=self.jump)

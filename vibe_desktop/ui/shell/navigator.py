"""Where the reader is and how it moves: the open report and page, history, previous/next.

The navigator resolves an anchor against the library (``core.navigation``), keeps the
back/forward history and tells the window what to show through one callback; the window
draws. Every move goes through ``open``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from vibe_desktop.core import navigation
from vibe_desktop.core.history import History
from vibe_desktop.core.model import Anchor, Report
from vibe_desktop.i18n import translate

if TYPE_CHECKING:
    from vibe_desktop.core.library import Library

#: show(report, page, paragraph or None, highlight, new_report, new_page)
Show = Callable[[Report, str, "str | None", str, bool, bool], None]
#: problem(title, text, error)
Problem = Callable[[str, str, bool], None]


class Navigator(QObject):
    """The reader's place; ``location_changed`` after every move, ``report_opened`` on a new
    report."""

    location_changed = Signal(str)
    report_opened = Signal(str)

    def __init__(self, library: Library, show: Show, problem: Problem,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.history = History()
        self.report: Report | None = None
        self.page = ""
        self._show = show
        self._problem = problem

    def open(self, anchor: str, highlight: str | None = None, *, record: bool = True) -> bool:
        """Go to a page or paragraph; False (after telling the person) if it names nothing."""
        cannot = translate("Navigator", "Cannot open location")
        nowhere = translate("Navigator", "This place is not in the report:")
        try:
            parsed = Anchor.parse(anchor)
        except ValueError as exc:
            self._problem(cannot, f"{nowhere}\n\n{exc}", False)
            return False
        report = self._load(parsed.report_id)
        if report is None:
            return False
        try:
            page, paragraph = navigation.resolve(report, anchor)
        except ValueError as exc:
            self._problem(cannot, f"{nowhere}\n\n{exc}", False)
            return False
        new_report = report is not self.report
        new_page = new_report or page != self.page
        self.report, self.page = report, page
        self._show(report, page, paragraph, highlight or "", new_report, new_page)
        if record:
            self.history.visit(paragraph or page)
        if new_report:
            self.report_opened.emit(report.id)
        self.location_changed.emit(page)
        return True

    def back(self, position: str) -> None:
        """Back in history; ``position`` (the paragraph being read) replaces the current entry."""
        if self.page:
            self.history.replace(position)
        target = self.history.back()
        if target:
            self.open(target, record=False)

    def forward(self) -> None:
        target = self.history.forward()
        if target:
            self.open(target, record=False)

    def go_page(self, section: str) -> None:
        """The open report's page ``section`` ("summary", "panel", "i6" ...)."""
        if self.report is not None:
            self.open(f"{self.report.id}/{section}")

    def step(self, step: int) -> None:
        """The previous (-1) or next (+1) indicator; from other pages, the nearest one."""
        if self.report is not None:
            target = navigation.step_target(self.report, self.page, step)
            if target is not None:
                self.open(target)

    def can_step(self, step: int) -> bool:
        """Whether ``step`` would go anywhere (for enabling Previous/Next Indicator)."""
        if self.report is None:
            return False
        number = Anchor.parse(self.page).indicator if self.page else None
        count = sum(1 for _ in self.report.indicators())
        return number is None or (number > 1 if step < 0 else number < count)

    def _load(self, report_id: str) -> Report | None:
        if self.report is not None and self.report.id == report_id:
            return self.report
        try:
            return self.library.get(report_id)
        except KeyError:
            known = ", ".join(self.library.ids) or translate("Navigator", "(none)")
            self._problem(translate("Navigator", "Report not found"),
                          translate("Navigator", "There is no report {id!r}. Reports: {known}")
                          .format(id=report_id, known=known), False)
        except Exception as exc:  # noqa: BLE001 - ReportError and friends: say what and where
            self._problem(translate("Navigator", "Cannot open report"),
                          translate("Navigator", "The report could not be read:") + f"\n\n{exc}",
                          True)
        return None

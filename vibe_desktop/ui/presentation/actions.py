"""File-menu handlers: export slides / handout to PDF and print them, through the dialog seam."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vibe_desktop.core.model import Anchor
from vibe_desktop.ui.shell import dialogs

if TYPE_CHECKING:
    from vibe_desktop.ui.shell.main_window import MainWindow

PDF_FILTER = "PDF (*.pdf)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("presentation", text)


def current_principle(window: MainWindow) -> int | None:
    """The principle the reader is in (a principle or indicator page), if any."""
    try:
        place = Anchor.parse(window.current_anchor())
    except ValueError:
        return None
    if place.principle is not None:
        return place.principle
    if place.indicator is not None:
        return (place.indicator - 1) // 5 + 1
    return None


def choose_scope(window: MainWindow, what: str) -> int | None:
    """The principle to export, or None for the whole report: asks only inside a principle."""
    number = current_principle(window)
    if number is None:
        return None
    title = window.current_report().principle(number).title
    only = dialogs.ask(
        window,
        what,
        _tr("Only Principle {n}, {title}?\n\nYes: only this principle. No: the whole report.").format(
            n=number, title=title
        ),
    )
    return number if only else None


def _pdf_path(window: MainWindow, title: str) -> str | None:
    path = dialogs.save_file(window, title, PDF_FILTER)
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def _export(window: MainWindow, title: str, write: Callable[[str, int | None], str]) -> str | None:
    """Ask for the scope and where, then ``write(path, principle)``, which returns the
    status message; the path written, or None."""
    principle = choose_scope(window, title)
    path = _pdf_path(window, title)
    if not path:
        return None
    try:
        done = write(path, principle)
    except OSError as exc:
        dialogs.error(window, title, _tr("Could not write {path}:\n{error}").format(path=path, error=exc))
        return None
    window.statusBar().showMessage(done, 8000)
    return path


def export_slides(window: MainWindow) -> str | None:
    """Ask where, then write the slides PDF; the path written, or None."""

    def write(path: str, principle: int | None) -> str:
        from vibe_desktop.export.slides import write_slides_pdf

        pages = write_slides_pdf(path, window.current_report(), principle)
        return _tr("Wrote {n} slides to {path}").format(n=pages, path=path)

    return _export(window, _tr("Export slides as PDF"), write)


def export_handout(window: MainWindow) -> str | None:
    """Ask where, then write the handout PDF; the path written, or None."""

    def write(path: str, principle: int | None) -> str:
        from vibe_desktop.export.handout import write_handout_pdf

        write_handout_pdf(path, window.current_report(), principle)
        return _tr("Wrote the handout to {path}").format(path=path)

    return _export(window, _tr("Export handout as PDF"), write)


def print_slides(window: MainWindow) -> bool:
    """Print the slides through the system print dialog, one slide a page."""
    title = _tr("Print slides")
    principle = choose_scope(window, title)
    printer = dialogs.choose_printer(window, title)
    if printer is None:
        return False
    from PySide6.QtGui import QPageLayout

    from vibe_desktop.export.slides import render_slides, slide_pages
    from vibe_desktop.render.slides.theme import PAPER

    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    report = window.current_report()
    try:
        render_slides(printer, report, slide_pages(report, principle, theme=PAPER), theme=PAPER)
    except OSError as exc:
        dialogs.error(window, title, str(exc))
        return False
    return True


def print_handout(window: MainWindow) -> bool:
    """Print the handout through the system print dialog."""
    title = _tr("Print handout")
    principle = choose_scope(window, title)
    printer = dialogs.choose_printer(window, title)
    if printer is None:
        return False
    from vibe_desktop.export.handout import print_handout as do_print

    do_print(printer, window.current_report(), principle)
    return True

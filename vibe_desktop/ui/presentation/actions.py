"""File-menu handlers: export slides / handout to PDF and print them, through the dialog seam."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from vibe_desktop.core.model import Anchor
from vibe_desktop.i18n import translate
from vibe_desktop.ui.shell import dialogs

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from vibe_desktop.core.model import Report
    from vibe_desktop.ui.shell.host import ReaderHost

PDF_FILTER = "PDF (*.pdf)"


class PresentationWords(QObject):
    """Words that hold a count: lupdate finds Qt's plural forms only in a class's
    ``self.tr(text, "", n)``, not in ``translate(context, text, None, n)``."""

    def wrote(self, slides: int, path: str) -> str:
        """"Wrote 12 slides to …" in the UI language's plural form."""
        return self.tr("Wrote %n slide(s) to {path}", "", slides).format(path=path)


def current_principle(host: ReaderHost) -> int | None:
    """The principle the reader is in (a principle or indicator page), if any."""
    try:
        place = Anchor.parse(host.current_anchor())
    except ValueError:
        return None
    if place.principle is not None:
        return place.principle
    if place.indicator is not None:
        return host.current_report().indicator(place.indicator).principle_number
    return None


WHOLE = 0  # choose_scope's answer for the whole report


def choose_scope(host: ReaderHost, what: str) -> int | None:
    """The principle to export, WHOLE for the whole report, or None if cancelled (Esc);
    asks only inside a principle."""
    number = current_principle(host)
    if number is None:
        return WHOLE
    title = host.current_report().principle(number).title
    picked = dialogs.choose(
        host.widget(), what,
        translate("Presentation", "You are reading Principle {n}, {title}. What should "
                  "this include?").format(n=number, title=title),
        [translate("Presentation", "&Whole Report"),
         translate("Presentation", "Only &Principle {n}").format(n=number)])
    if picked is None:
        return None
    return number if picked == 1 else WHOLE


def _pdf_path(host: ReaderHost, title: str) -> str | None:
    path = dialogs.save_file(host.widget(), title, PDF_FILTER)
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def _export(host: ReaderHost, title: str, write: Callable[[str, int | None], str]) -> str | None:
    """Ask for the scope and where, then ``write(path, principle)``, which returns the
    status message; the path written, or None."""
    scope = choose_scope(host, title)
    if scope is None:
        return None
    principle = scope or None
    path = _pdf_path(host, title)
    if not path:
        return None
    try:
        done = write(path, principle)
    except OSError as exc:
        dialogs.error(host.widget(), title,
                      translate("Presentation", "Could not write {path}:\n{error}").format(
                          path=path, error=exc))
        return None
    host.show_status(done, 8000)
    return path


def export_slides(host: ReaderHost) -> str | None:
    """Ask where, then write the slides PDF; the path written, or None."""

    def write(path: str, principle: int | None) -> str:
        from vibe_desktop.export.slides import write_slides_pdf

        pages = write_slides_pdf(path, host.current_report(), principle)
        return PresentationWords().wrote(pages, path)

    return _export(host, translate("Presentation", "Export slides as PDF"), write)


def export_handout(host: ReaderHost) -> str | None:
    """Ask where, then write the handout PDF; the path written, or None."""

    def write(path: str, principle: int | None) -> str:
        from vibe_desktop.export.handout import write_handout_pdf

        write_handout_pdf(path, host.current_report(), principle)
        return translate("Presentation", "Wrote the handout to {path}").format(path=path)

    return _export(host, translate("Presentation", "Export handout as PDF"), write)


def _print(host: ReaderHost, title: str, paint: Callable[[QPrinter, Report, int | None], object],
           *, landscape: bool = False) -> bool:
    """Ask the scope and a printer, then ``paint(printer, report, principle)``; False if
    cancelled or failed (the person is told why)."""
    scope = choose_scope(host, title)
    if scope is None:
        return False
    principle = scope or None
    printer = dialogs.choose_printer(host.widget(), title)
    if printer is None:
        return False
    if landscape:
        from PySide6.QtGui import QPageLayout

        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    try:
        paint(printer, host.current_report(), principle)
    except OSError as exc:
        dialogs.error(host.widget(), title,
                      translate("Presentation", "Could not print:") + f"\n\n{exc}")
        return False
    return True


def print_slides(host: ReaderHost) -> bool:
    """Print the slides through the system print dialog, one slide a page."""
    from vibe_desktop.export.slides import render_slides, slide_pages
    from vibe_desktop.render.slides.theme import PAPER

    def paint(printer: QPrinter, report: Report, principle: int | None) -> object:
        return render_slides(printer, report, slide_pages(report, principle, theme=PAPER),
                             theme=PAPER)

    return _print(host, translate("Presentation", "Print slides"), paint, landscape=True)


def print_handout(host: ReaderHost) -> bool:
    """Print the handout through the system print dialog."""
    from vibe_desktop.export.handout import print_handout as paint

    return _print(host, translate("Presentation", "Print handout"), paint)

"""Slides to PDF (or any printer): one slide a page, drawn by the same code as the screen."""

from __future__ import annotations

import os

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter

from vibe_desktop.core import deck
from vibe_desktop.core.model import Report
from vibe_desktop.export.pdf import write_pdf
from vibe_desktop.render.slides.pagination import paginate
from vibe_desktop.render.slides.scaled import paint_scaled
from vibe_desktop.render.slides.theme import PROJECTOR, SlideTheme

#: Slides are laid out at 1920x1080 (16:9) and drawn on a 20 x 11.25 inch page at 96 dpi.
SLIDE_SIZE = QSizeF(1920, 1080)
_DPI = 96


def slide_pages(report: Report, principle: int | None = None, *, size: QSizeF = SLIDE_SIZE,
                theme: SlideTheme = PROJECTOR) -> list[deck.Slide]:
    """The deck as it is printed: paginated for ``size``."""
    return paginate(deck.build_deck(report, principle), size, theme)


def render_slides(device: QPagedPaintDevice, report: Report, pages: list[deck.Slide], *,
                  size: QSizeF = SLIDE_SIZE, theme: SlideTheme = PROJECTOR) -> int:
    """Paint ``pages`` one a page onto ``device`` (a QPdfWriter or QPrinter); the page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the output device")
    try:
        target = QRectF(0, 0, device.width(), device.height())
        footer = f"{report.country} {report.edition}"
        for i, slide in enumerate(pages):
            if i:
                device.newPage()
            paint_scaled(painter, target, slide, size, theme, footer=footer,
                         page=f"{i + 1} / {len(pages)}")
    finally:
        painter.end()
    return len(pages)


def write_slides_pdf(path: str | os.PathLike[str], report: Report, principle: int | None = None,
                     *, theme: SlideTheme = PROJECTOR) -> int:
    """Write the slides to a PDF file (atomically); returns the number of pages."""
    pages = slide_pages(report, principle, theme=theme)
    page_size = QPageSize(QSizeF(SLIDE_SIZE.width() / _DPI, SLIDE_SIZE.height() / _DPI),
                          QPageSize.Unit.Inch, "Slide 16:9", QPageSize.SizeMatchPolicy.ExactMatch)
    layout = QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    count = write_pdf(path, report, layout, _DPI,
                      lambda writer: render_slides(writer, report, pages, theme=theme))
    return count

"""Split a deck's slides that do not fit at the target size into "(continued)" slides.

Whole blocks (a quote, a person) move to the next slide first; only a block that does not
fit on a slide of its own is cut, and only between sentences. Pagination runs at the
target size (the audience screen, the PDF page), so the aspect ratio is the real one.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, QSizeF

from vibe_desktop.core import deck
from vibe_desktop.render.slides.painter import fits_readably
from vibe_desktop.render.slides.theme import SlideTheme


def _fits(rect: QRectF, slide: deck.Slide, blocks: list[deck.Block], theme: SlideTheme,
          part: int) -> bool:
    probe = replace(slide, blocks=tuple(deck.join_blocks(blocks)), part=part)
    return fits_readably(rect, probe, theme)


def paginate_slide(slide: deck.Slide, size: QSizeF, theme: SlideTheme) -> list[deck.Slide]:
    """One logical slide as one or more slides that each fit ``size``."""
    rect = QRectF(0, 0, size.width(), size.height())
    if not slide.blocks or fits_readably(rect, slide, theme):
        return [slide]
    pages: list[list[deck.Block]] = []
    page: list[deck.Block] = []
    queue = list(slide.blocks)
    while queue:
        block = queue.pop(0)
        part = len(pages) + 1
        if _fits(rect, slide, [*page, block], theme, part):
            page.append(block)
            continue
        if page:
            pages.append(page)
            page = []
            queue.insert(0, block)
            continue
        pieces = deck.split_block(block)
        if len(pieces) > 1:
            queue[:0] = pieces
            continue
        page = [block]  # one sentence alone: painted at the floor size
        pages.append(page)
        page = []
    if page:
        pages.append(page)
    total = len(pages)
    return [
        replace(slide, blocks=tuple(deck.join_blocks(blocks)), part=i, parts=total)
        for i, blocks in enumerate(pages, 1)
    ]


def paginate(slides: list[deck.Slide], size: QSizeF, theme: SlideTheme) -> list[deck.Slide]:
    """The whole deck paginated for ``size``."""
    out: list[deck.Slide] = []
    for slide in slides:
        out.extend(paginate_slide(slide, size, theme))
    return out

"""A slide laid out at its real size and painted scaled into any rectangle (thumbnails,
PDF pages)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QColor, QPainter

from vibe_desktop.core import deck
from vibe_desktop.render.slides.painter import paint_slide
from vibe_desktop.render.slides.theme import SlideTheme


def paint_scaled(
    painter: QPainter,
    target: QRectF,
    slide: deck.Slide | None,
    size: QSizeF,
    theme: SlideTheme,
    *,
    footer: str = "",
    page: str = "",
) -> None:
    """Paint a slide laid out at ``size`` scaled to fit ``target`` (letterboxed)."""
    painter.fillRect(target, QColor("#000000"))
    if slide is None or size.isEmpty():
        return
    scale = min(target.width() / size.width(), target.height() / size.height())
    w, h = size.width() * scale, size.height() * scale
    painter.save()
    painter.translate(target.left() + (target.width() - w) / 2,
                      target.top() + (target.height() - h) / 2)
    painter.scale(scale, scale)
    paint_slide(painter, QRectF(0, 0, size.width(), size.height()), slide, theme, footer=footer,
                page=page)
    painter.restore()

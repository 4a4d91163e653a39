"""The score overview chart's layout and its one paint function, for the screen, slides and PDFs.

``paint_score_overview(painter, rect, palette, data)`` draws the 0-40 scale with the four
bands labelled in colour *and* text, the overall score marked, and one row per principle
with its score or plainly "not given in this report". Every size is derived from ``rect``
(fonts included), so the same drawing works on a widget, a 1080p slide or a 1200 dpi PDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)

from vibe_desktop.core.bands import BANDS, SCORE_MAX, SCORE_MIN, Band, band_for
from vibe_desktop.i18n import translate
from vibe_desktop.render.scores import (
    PrincipleScore,
    ScoreData,
    band_fill,
    band_name,
    band_text,
    format_score,
    not_given,
    overall_line,
)


@dataclass(frozen=True, slots=True)
class ChartLayout:
    """Where things were drawn: the principle rows (for clicks and focus) and the scale."""

    rows: tuple[tuple[int, QRectF], ...]
    scale: QRectF

    def row_at(self, point: QPointF) -> int | None:
        for number, rect in self.rows:
            if rect.contains(point):
                return number
        return None


CHART_UNITS = 12.8  # the chart's height in layout units


def layout_score_overview(rect: QRectF, data: ScoreData) -> ChartLayout:
    """Compute the chart's geometry for ``rect`` without painting."""
    u = rect.height() / CHART_UNITS
    pad = u * 0.4
    label_w = rect.width() * 0.38
    scale_left = rect.left() + label_w + pad
    scale_w = max(1.0, rect.right() - pad - u * 0.6 - scale_left)
    top = rect.top() + u * 3.3
    scale = QRectF(scale_left, top, scale_w, u * 1.6)
    rows = []
    y = top + u * 2.9
    for row in data.principles:
        rows.append((row.number, QRectF(rect.left(), y, rect.width(), u * 1.6)))
        y += u * 1.6
    return ChartLayout(tuple(rows), scale)


def _font(base: QFont, pixels: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    font.setItalic(italic)
    return font


def paint_score_overview(
    painter: QPainter,
    rect: QRectF,
    palette: QPalette,
    data: ScoreData,
    *,
    current: int | None = None,
    hovered: int | None = None,
    focus: bool = False,
) -> ChartLayout:
    """Draw the score overview into ``rect``; returns where the rows went.

    ``current`` / ``hovered`` are principle numbers to mark (a widget's keyboard row and
    mouse row); ``focus`` draws the keyboard focus frame around ``current``.
    """
    lay = layout_score_overview(rect, data)
    u = rect.height() / CHART_UNITS
    pad = u * 0.4
    text_col = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    muted = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
    base = painter.font()
    scale = lay.scale

    def x_of(score: float) -> float:
        span = SCORE_MAX - SCORE_MIN
        return scale.left() + scale.width() * (score - SCORE_MIN) / span

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)

    # Heading: the overall score in words.
    painter.setPen(text_col)
    heading = QRectF(rect.left() + pad, rect.top(), rect.width() - 2 * pad, u * 1.5)
    head_font = _font(base, u * 0.8, bold=True)
    head_flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    head_text = overall_line(data.overall)
    _draw_sized(painter, heading, head_text, head_font,
                _fitted_size(heading, head_text, head_font, head_flags), head_flags)

    # Band strip with names inside, tick numbers under it.
    label_font = _font(base, u * 0.5)
    painter.setFont(_font(base, u * 0.55, bold=True))
    painter.drawText(QRectF(rect.left() + pad, scale.top(), scale.left() - rect.left() - 2 * pad,
                            scale.height()),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     translate("Scores", "Bands"))
    outline = QPen(text_col, max(1.0, u * 0.04))
    segments = []
    for band in BANDS:
        low = SCORE_MIN if band.low == SCORE_MIN else band.low - 0.5
        high = SCORE_MAX if band.high == SCORE_MAX else band.high + 0.5
        segments.append((band, QRectF(x_of(low), scale.top(), x_of(high) - x_of(low),
                                      scale.height())))
    band_flags = int(Qt.AlignmentFlag.AlignCenter | _WRAP)
    band_px = min(_fitted_size(seg.adjusted(u * 0.1, 0, -u * 0.1, 0), band_name(band),
                               label_font, band_flags) for band, seg in segments)
    for band, seg in segments:
        painter.setPen(outline)
        painter.setBrush(band_fill(band.key))
        painter.drawRect(seg)
        painter.setPen(band_text(band.key))
        _draw_sized(painter, seg.adjusted(u * 0.1, 0, -u * 0.1, 0), band_name(band), label_font,
                    band_px, band_flags)
    painter.setPen(text_col)
    painter.setFont(label_font)
    for tick in range(SCORE_MIN, SCORE_MAX + 1, 10):
        x = x_of(tick)
        painter.drawLine(QPointF(x, scale.bottom()), QPointF(x, scale.bottom() + u * 0.25))
        painter.drawText(QRectF(x - u * 2, scale.bottom() + u * 0.25, u * 4, u * 0.8),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(tick))

    # The overall marker: a triangle and a line through the strip, with its value above.
    if data.overall is not None:
        x = x_of(data.overall)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), max(1.0, u * 0.05)))
        painter.setBrush(text_col)
        tri = QPainterPath()
        tri.moveTo(x - u * 0.45, scale.top() - u * 0.7)
        tri.lineTo(x + u * 0.45, scale.top() - u * 0.7)
        tri.lineTo(x, scale.top() + u * 0.05)
        tri.closeSubpath()
        painter.drawPath(tri)
        painter.setPen(text_col)
        painter.setFont(_font(base, u * 0.55, bold=True))
        label = translate("Scores", "Overall {score}").format(score=format_score(data.overall))
        width = QFontMetricsF(painter.font()).horizontalAdvance(label) + u
        left = min(max(x - width / 2, scale.left()), scale.right() - width)
        painter.drawText(QRectF(left, scale.top() - u * 1.6, width, u * 0.9),
                         Qt.AlignmentFlag.AlignCenter, label)

    # One row per principle.
    highlight = palette.color(QPalette.ColorRole.Highlight)
    row_font = _font(base, u * 0.55)
    row_flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | _WRAP)

    def label_rect_of(row_rect: QRectF) -> QRectF:
        inner = row_rect.adjusted(pad / 2, u * 0.12, -pad / 2, -u * 0.12)
        return QRectF(inner.left() + pad, inner.top(), scale.left() - inner.left() - 2 * pad,
                      inner.height())

    row_px = min((_fitted_size(label_rect_of(r), f"{row.number}  {row.title}", row_font,
                               row_flags)
                  for (_, r), row in zip(lay.rows, data.principles, strict=True)), default=1)
    # "not given in this report": one line in the track if it fits legibly, else the track
    # grows to the row's height and the phrase wraps onto two lines (never cut with "…").
    missing_font = _font(base, u * 0.55, italic=True)
    one_line = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    track_h = u * 0.9
    inset = u * 0.3
    missing_flags = one_line
    missing_px = _fitted_size(QRectF(0, 0, scale.width() - 2 * inset, track_h), not_given(),
                              missing_font, one_line)
    if missing_px < u * 0.45:
        track_h = u * 1.36
        missing_flags = one_line | _WRAP
        missing_px = _fitted_size(QRectF(0, 0, scale.width() - 2 * inset, track_h - u * 0.1),
                                  not_given(), missing_font, missing_flags)
    scored: list[tuple[PrincipleScore, Band, QRectF, QRectF]] = []
    for (number, row_rect), row in zip(lay.rows, data.principles, strict=True):
        inner = row_rect.adjusted(pad / 2, u * 0.12, -pad / 2, -u * 0.12)
        if number in (hovered, current):
            fill = QColor(highlight)
            fill.setAlphaF(0.18 if number == current else 0.1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(inner, u * 0.2, u * 0.2)
        if focus and number == current:
            painter.setPen(QPen(highlight, max(1.0, u * 0.08)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(inner, u * 0.2, u * 0.2)
        painter.setPen(text_col)
        _draw_sized(painter, label_rect_of(row_rect), f"{row.number}  {row.title}", row_font,
                    row_px, row_flags)
        track = QRectF(scale.left(), inner.center().y() - u * 0.45, scale.width(), u * 0.9)
        row_band = band_for(row.score)
        if row.score is None or row_band is None:
            painter.setPen(QPen(muted, max(1.0, u * 0.04), Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            box = QRectF(track.left(), inner.center().y() - track_h / 2, track.width(), track_h)
            painter.drawRect(box)
            painter.setPen(text_col)
            _draw_sized(painter, box.adjusted(inset, 0, -inset, 0), not_given(), missing_font,
                        missing_px, missing_flags)
            continue
        bar = QRectF(track.left(), track.top(), max(u * 0.1, x_of(row.score) - track.left()),
                     track.height())
        painter.setPen(QPen(text_col, max(1.0, u * 0.04)))
        painter.setBrush(band_fill(row_band.key))
        painter.drawRect(bar)
        scored.append((row, row_band, bar, track))
    _paint_values(painter, rect, u, pad, text_col, base, scored)
    painter.restore()
    return lay



def _paint_values(
    painter: QPainter,
    rect: QRectF,
    u: float,
    pad: float,
    text_col: QColor,
    base: QFont,
    scored: list[tuple[PrincipleScore, Band, QRectF, QRectF]],
) -> None:
    """Each bar's value with its band in words, after the bar or inside it, one size for all
    rows; the numbers alone only when the words cannot fit legibly (the bars' colours and
    the labelled scale above still say the band)."""
    font = _font(base, u * 0.55, bold=True)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    rows = []
    for row, band, bar, track in scored:
        after = QRectF(bar.right() + u * 0.3, track.top(),
                       max(0.0, rect.right() - pad / 2 - bar.right() - u * 0.3), track.height())
        inside = bar.adjusted(u * 0.3, 0, -u * 0.3, 0)
        places = ((after, text_col), (inside, band_text(band.key)))
        score = row.score if row.score is not None else 0.0
        rows.append((places, f"{format_score(score)} · {band_name(band)}", format_score(score)))

    def best(places: tuple[tuple[QRectF, QColor], ...], text: str) -> int:
        return max((_fitted_size(p, text, font, flags) for p, _ in places if p.width() > 0),
                   default=1)

    words = min((best(places, full) for places, full, _ in rows), default=0) >= u * 0.38
    for places, full, short in rows:
        text = full if words else short
        size = best(places, text)
        if words:
            size = min(size, min(best(p, f) for p, f, _ in rows))
        for place, colour in places:
            if place.width() > 0 and _fitted_size(place, text, font, flags) >= size:
                painter.setPen(colour)
                _draw_sized(painter, place, text, font, size, flags)
                break

_WRAP = Qt.TextFlag.TextWordWrap


def _fitted_size(rect: QRectF, text: str, font: QFont, flags: int) -> int:
    """The largest pixel size (up to the font's) at which ``text`` fits ``rect``."""
    size = font.pixelSize()
    trial = QFont(font)
    while size > 1:
        trial.setPixelSize(size)
        bound = QFontMetricsF(trial).boundingRect(rect, flags, text)
        if bound.width() <= rect.width() + 0.5 and bound.height() <= rect.height() + 0.5:
            break
        size -= 1
    return max(1, size)


def _draw_sized(painter: QPainter, rect: QRectF, text: str, font: QFont, size: int,
                flags: int) -> None:
    sized = QFont(font)
    sized.setPixelSize(size)
    painter.setFont(sized)
    painter.drawText(rect, flags, text)

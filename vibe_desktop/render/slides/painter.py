"""Draw one slide: ``paint_slide(painter, rect, slide, theme)`` for screen, presenter,
thumbnails and PDF.

Every size derives from the slide's height, so a slide looks the same at 1024x768, at
1920x1080 and on a PDF page. Text is measured with QTextDocument at the target size: the
body shrinks from 1/14 of the height down to 1/22 (the smallest size readable from the
back of a room) to fit; what still does not fit is split into continued slides by
``pagination.paginate``. All rich text is built with core.markup (escaped).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QTextDocument, QTextOption

from vibe_desktop.core import deck
from vibe_desktop.core.bands import SCORE_MAX, band_for
from vibe_desktop.core.markup import escape, to_html
from vibe_desktop.core.model import principle_of
from vibe_desktop.i18n import translate
from vibe_desktop.render.scores import score_phrase
from vibe_desktop.render.slides.theme import SlideTheme

#: Body text size as a fraction of the slide height: the largest, the smallest readable,
#: and the floor used only for a single sentence that cannot be split further.
BODY_MAX = 1 / 14
BODY_MIN = 1 / 22
BODY_FLOOR = 1 / 27
SEPARATOR = " · "  # between a score and its band on slides and handouts


def slide_label(slide: deck.Slide) -> str:
    """The small line above a slide's title ('Principle 2 · Indicator 7 (continued)')."""
    if slide.kind == deck.PRINCIPLE:
        label = translate("Slides", "Principle {n}").format(n=slide.number)
    elif slide.kind == deck.INDICATOR:
        n = slide.number or 0
        label = translate("Slides", "Principle {p} · Indicator {n}").format(p=principle_of(n), n=n)
    elif slide.kind == deck.CHART:
        label = translate("Slides", "Score overview")
    elif slide.kind == deck.CLOSING:
        label = translate("Slides", "The panel and acknowledgment")
    else:
        label = ""
    if slide.continued:
        label = translate("Slides", "{label} (continued)").format(label=label)
    return label


@dataclass
class SlideLayout:
    """Where a slide's parts go at one size, and whether everything fits."""

    rect: QRectF
    body_px: int
    header: QTextDocument
    header_pos: QPointF
    body: QTextDocument | None
    body_pos: QPointF
    content: QRectF
    chart: QRectF | None
    fits: bool

    @property
    def used_height(self) -> float:
        """Height from the top of the content area to the end of the last text."""
        bottom = self.header_pos.y() + self.header.size().height()
        if self.body is not None:
            bottom = self.body_pos.y() + self.body.size().height()
        return bottom - self.content.top()

    def text(self) -> str:
        """Everything the slide shows as plain text (for tests and accessibility)."""
        parts = [self.header.toPlainText()]
        if self.body is not None:
            parts.append(self.body.toPlainText())
        return "\n".join(p for p in parts if p)


def _document(html: str, width: float, px: int, theme: SlideTheme,
              center: bool = False) -> QTextDocument:
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(theme.font(px))
    doc.setDefaultStyleSheet(
        f"a {{ color: {theme.foreground}; text-decoration: none; }}"
        f" p {{ color: {theme.foreground}; }}"
    )
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    if center:
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    doc.setDefaultTextOption(option)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def _p(text_html: str, px: float, theme: SlideTheme, *, color: str | None = None,
       bold: bool = False, italic: bool = False, top: float = 0, left: float = 0,
       align: str = "") -> str:
    style = [f"font-size:{round(px)}px", f"margin-top:{round(top)}px",
             f"margin-left:{round(left)}px", "margin-bottom:0px",
             f"color:{color or theme.foreground}"]
    if bold:
        style.append("font-weight:bold")
    if italic:
        style.append("font-style:italic")
    al = f' align="{align}"' if align else ""
    return f'<p{al} style="{";".join(style)}">{text_html}</p>'


def _no_fn(_n: int) -> str:
    return "#"


def header_html(slide: deck.Slide, s: int, theme: SlideTheme) -> str:
    """The label, title and score lines of a slide, at body size ``s``."""
    if slide.kind == deck.TITLE:
        out = [
            _p(escape(slide.subtitle), 0.95 * s, theme, color=theme.accent, bold=True),
            _p(escape(slide.title), 2.1 * s, theme, bold=True, top=0.4 * s),
        ]
        if slide.number is not None:
            out.append(_p(escape(str(slide.number)), 1.3 * s, theme, top=0.1 * s))
        out.append(_p(escape(translate("Slides", "Overall score")), 0.9 * s, theme,
                      color=theme.muted, top=1.0 * s))
        band = band_for(slide.score)
        if slide.score is None or band is None:
            out.append(_p(escape(score_phrase(None, separator=SEPARATOR)), 1.1 * s, theme,
                          bold=True, top=0.15 * s))
        else:  # the score and its band on lines of their own: no awkward wrap at 4:3
            from vibe_desktop.render.scores import band_name, format_score

            score = translate("Slides", "{score} of {max}").format(score=format_score(slide.score),
                                                                   max=SCORE_MAX)
            out.append(_p(escape(score), 1.5 * s, theme, bold=True, top=0.15 * s))
            out.append(_p(escape(band_name(band)), 1.1 * s, theme, color=theme.accent, bold=True))
        return "".join(out)
    out = [_p(escape(slide_label(slide)), 0.8 * s, theme, color=theme.accent, bold=True)]
    if slide.title and (slide.kind != deck.CLOSING or not slide.continued):
        out.append(_p(escape(slide.title), 1.3 * s, theme, bold=True, top=0.2 * s))
    if slide.kind in (deck.PRINCIPLE, deck.INDICATOR):
        line = translate("Slides", "Score: {phrase}").format(
            phrase=score_phrase(slide.score, separator=SEPARATOR))
        out.append(_p(escape(line), 0.85 * s, theme, color=theme.muted, top=0.2 * s))
    return "".join(out)


def body_html(slide: deck.Slide, s: int, theme: SlideTheme) -> str:
    """The slide's blocks, at body size ``s``."""
    out: list[str] = []
    for i, block in enumerate(slide.blocks):
        gap = 0.6 * s if i else 0
        text = escape(block.text) if block.plain else to_html(block.text, footnote_href=_no_fn)
        if block.kind == deck.QUOTE:
            out.append(_p(text, s, theme, italic=True, top=gap, left=0.8 * s))
            if block.speaker:
                who = escape(translate("Slides", "— {speaker}").format(speaker=block.speaker))
                out.append(_p(who, 0.85 * s, theme, color=theme.accent, top=0.15 * s,
                              align="right"))
        elif block.kind == deck.ITEM:
            num = (f'<span style="color:{theme.accent};font-weight:bold">'
                   f'{escape(block.speaker or "")}</span>')
            out.append(_p(f"{num}&#160;&#160;{text}", 0.85 * s, theme, top=0.35 * s if i else 0))
        elif block.kind in (deck.PERSON, deck.MODERATOR):
            name = f"<b>{text}</b>"
            if block.kind == deck.MODERATOR:
                name = escape(translate("Slides", "Moderator:")) + " " + name
            details = ""
            if block.speaker:
                details = f', <span style="color:{theme.muted}">{escape(block.speaker)}</span>'
            out.append(_p(name + details, 0.85 * s, theme, top=0.2 * s if i else 0))
        elif block.kind == deck.RIGHTS:
            out.append(_p(text, 0.8 * s, theme, color=theme.muted, top=0.5 * s if i else 0))
        else:
            out.append(_p(text, s, theme, top=gap))
    return "".join(out)


def _geometry(rect: QRectF) -> tuple[QRectF, QRectF]:
    """The content area and the footer strip of a slide."""
    h, w = rect.height(), rect.width()
    mx, my = 0.055 * w, 0.05 * h
    footer_h = h / 28
    footer = QRectF(rect.left() + mx, rect.bottom() - my * 0.6 - footer_h, w - 2 * mx, footer_h)
    content = QRectF(rect.left() + mx, rect.top() + my, w - 2 * mx,
                     footer.top() - rect.top() - my * 1.6)
    return content, footer


def _layout_at(rect: QRectF, slide: deck.Slide, theme: SlideTheme, s: int) -> SlideLayout:
    content, _ = _geometry(rect)
    center = slide.kind == deck.TITLE
    header = _document(header_html(slide, s, theme), content.width(), s, theme, center)
    hh = header.size().height()
    if center:
        top = content.top() + max(0.0, (content.height() - hh) / 2)
        return SlideLayout(rect, s, header, QPointF(content.left(), top), None, QPointF(),
                           content, None, hh <= content.height())
    gap = 0.8 * s
    body_top = content.top() + hh + gap
    if slide.kind == deck.CHART:
        chart = QRectF(content.left(), body_top, content.width(), content.bottom() - body_top)
        if chart.width() > chart.height() * 2.4:  # keep the chart's proportions
            w = chart.height() * 2.4
            chart = QRectF(content.center().x() - w / 2, chart.top(), w, chart.height())
        return SlideLayout(rect, s, header, content.topLeft(), None, QPointF(), content, chart,
                           chart.height() >= content.height() * 0.45)
    body = None
    used = hh
    if slide.blocks:
        body = _document(body_html(slide, s, theme), content.width(), s, theme)
        used = hh + gap + body.size().height()
    return SlideLayout(rect, s, header, content.topLeft(), body,
                       QPointF(content.left(), body_top), content, None,
                       used <= content.height() + 0.5)


def layout_slide(
    rect: QRectF, slide: deck.Slide, theme: SlideTheme, *, min_ratio: float = BODY_MIN
) -> SlideLayout:
    """The layout at the largest body size (≤ BODY_MAX, ≥ ``min_ratio``) at which it fits."""
    h = rect.height()
    lo, hi = max(1, math.ceil(min_ratio * h)), max(1, math.floor(BODY_MAX * h))
    best = _layout_at(rect, slide, theme, hi)
    if best.fits:
        return best
    smallest = _layout_at(rect, slide, theme, lo)
    if not smallest.fits:
        return smallest
    best = smallest
    while hi - lo > 1:  # binary search: lo fits, hi does not
        mid = (lo + hi) // 2
        lay = _layout_at(rect, slide, theme, mid)
        if lay.fits:
            lo, best = mid, lay
        else:
            hi = mid
    return best


def fits_readably(rect: QRectF, slide: deck.Slide, theme: SlideTheme) -> bool:
    """Whether the slide fits ``rect`` at the smallest readable body size (one layout)."""
    return _layout_at(rect, slide, theme, max(1, math.ceil(BODY_MIN * rect.height()))).fits


@lru_cache(maxsize=256)
def _fitted_px(slide: deck.Slide, width: float, height: float, theme: SlideTheme) -> int:
    rect = QRectF(0, 0, width, height)
    lay = layout_slide(rect, slide, theme)
    if not lay.fits:
        lay = layout_slide(rect, slide, theme, min_ratio=BODY_FLOOR)
    return lay.body_px


def fit_slide(rect: QRectF, slide: deck.Slide, theme: SlideTheme) -> SlideLayout:
    """The layout to paint: within the readable minimum, or the floor for one long sentence.

    The size found is remembered per slide and size, so repainting lays out only once.
    """
    return _layout_at(rect, slide, theme, _fitted_px(slide, rect.width(), rect.height(), theme))


def _draw_doc(painter: QPainter, doc: QTextDocument, pos: QPointF, clip: QRectF) -> None:
    painter.save()
    painter.translate(pos)
    doc.drawContents(painter, QRectF(0, 0, clip.width(), clip.bottom() - pos.y()))
    painter.restore()


def paint_slide(
    painter: QPainter,
    rect: QRectF,
    slide: deck.Slide,
    theme: SlideTheme,
    *,
    footer: str = "",
    page: str = "",
) -> SlideLayout:
    """Paint ``slide`` filling ``rect``; returns the layout used. Nothing is drawn outside."""
    rect = QRectF(rect)
    lay = fit_slide(rect, slide, theme)
    painter.save()
    painter.setClipRect(rect)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(rect, theme.color("background"))
    _draw_doc(painter, lay.header, lay.header_pos, lay.content)
    if lay.body is not None:
        _draw_doc(painter, lay.body, lay.body_pos, lay.content)
    if lay.chart is not None and slide.report is not None:
        from vibe_desktop.render.score_chart import paint_score_overview
        from vibe_desktop.render.scores import ScoreData

        painter.save()
        painter.setFont(theme.font(lay.body_px))
        paint_score_overview(painter, lay.chart, theme.palette(),
                             ScoreData.from_report(slide.report))
        painter.restore()
    _, foot = _geometry(rect)
    painter.setFont(theme.font(foot.height() * 0.8))
    painter.setPen(theme.color("muted"))
    align = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(foot, align | Qt.AlignmentFlag.AlignLeft, footer)
    painter.drawText(foot, align | Qt.AlignmentFlag.AlignRight, page)
    painter.restore()
    return lay

"""A search hit drawn as rich text: its place line, then the snippet with the matches marked.

Shared by the search results, the People view and anything else listing hits.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument

from vibe_desktop.core.markup import escape

HIT_COLOR = QColor("#ffe082")


MARK_STYLE = 'style="background-color:%s; color:#000000;"'


def snippet_html(snippet: str, spans: tuple[tuple[int, int], ...], mark: str = "#ffe082") -> str:
    """The snippet as escaped HTML with each match in bold on a marker colour."""
    out: list[str] = []
    last = 0
    style = MARK_STYLE % mark
    for start, end in spans:
        out.append(escape(snippet[last:start]))
        out.append(f"<b {style}>{escape(snippet[start:end])}</b>")
        last = end
    out.append(escape(snippet[last:]))
    return "".join(out)


def paint_hit(painter: QPainter, rect: QRect, palette: QPalette, place: str, snippet: str,
              selected: bool = False) -> QTextDocument:
    """Draw a hit (place line, then the snippet HTML with its matches marked) into ``rect``."""
    doc = hit_document(place, snippet, palette, rect.width(), selected)
    painter.save()
    painter.translate(rect.topLeft())
    painter.setClipRect(QRect(0, 0, rect.width(), rect.height()))
    context = QAbstractTextDocumentLayout.PaintContext()
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    context.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
    doc.documentLayout().draw(painter, context)
    painter.restore()
    return doc


def hit_document(place: str, snippet: str, palette: QPalette, width: int,
                 selected: bool = False) -> QTextDocument:
    """The rich text of one hit, laid out to ``width`` (place and snippet arrive escaped)."""
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
    muted = palette.color(role).name()
    if selected:  # in the selected row a match is the row's colours reversed (>= 4.5:1)
        back = palette.color(QPalette.ColorRole.HighlightedText).name()
        fore = palette.color(QPalette.ColorRole.Highlight).name()
        reversed_style = f'style="background-color:{back}; color:{fore};"'
        snippet = re.sub(r'style="background-color:#[0-9a-fA-F]{6}; color:#000000;"',
                         reversed_style, snippet)
    doc = QTextDocument()
    doc.setDocumentMargin(4)
    head = f'<p style="margin:0; color:{muted};"><small>{place}</small></p>' if place else ""
    doc.setHtml(f'{head}<p style="margin:0;">{snippet}</p>')
    doc.setTextWidth(max(50, width))
    return doc

"""The handout: a principle or the whole report as a printable document with endnotes.

Built as escaped HTML (core.markup only) in a QTextDocument and printed to a QPdfWriter or
a QPrinter. Footnotes become endnotes with their URLs written out; the panel, the notice of
rights and the funding statement close it.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QTextDocument,
)

from vibe_desktop.core import markup
from vibe_desktop.core.model import Indicator, Report
from vibe_desktop.export.pdf import write_pdf
from vibe_desktop.i18n import translate
from vibe_desktop.render.slides.theme import without_ligatures


def _score(score: float | None, overall: bool = False) -> str:
    from vibe_desktop.render.scores import score_phrase
    from vibe_desktop.render.slides.painter import SEPARATOR

    label = (translate("Handout", "Overall score: {phrase}") if overall
             else translate("Handout", "Score: {phrase}"))
    return markup.escape(label.format(phrase=score_phrase(score, separator=SEPARATOR)))


def _fn_href(number: int) -> str:
    return f"#fn{number}"


_P = "margin-top:0px; margin-bottom:9px"


def _para(text: str) -> str:
    return f'<p style="{_P}">{markup.to_html(text, footnote_href=_fn_href)}</p>'


def _indicator_html(ind: Indicator) -> list[str]:
    title = translate("Handout", "Indicator {n}: {title}").format(n=ind.number, title=ind.title)
    out = [f'<h3><a name="i{ind.number}"></a>{markup.escape(title)}</h3>',
           f'<p class="score">{_score(ind.score)}</p>']
    out.extend(_para(p) for p in ind.paragraphs)
    for quote in ind.quotes:
        out.append(f'<blockquote><i>{markup.to_html(quote.text, footnote_href=_fn_href)}</i>'
                   '</blockquote>')
        if quote.speaker:
            who = translate("Handout", "— {speaker}").format(speaker=quote.speaker)
            out.append(f'<p class="speaker">{markup.escape(who)}</p>')
    return out


def endnote_html(number: int, text: str) -> str:
    """One endnote: its text, then every URL it links to that the text does not show."""
    shown = markup.to_plain(text)
    hidden = [url for url in markup.links(text) if url not in shown]
    urls = "".join(f"<br/>{markup.escape(url)}" for url in hidden)
    body = markup.to_html(text, footnote_href=_fn_href)
    return (f'<p class="note" style="{_P}"><a name="fn{number}"></a><b>{number}.</b> '
            f'{body}{urls}</p>')


def handout_html(report: Report, principle: int | None = None) -> str:
    """The handout as one escaped HTML document."""
    e = markup.escape
    heading = f"{report.title} — {report.country} {report.edition}"
    out = [f"<h1>{e(heading)}</h1>",
           f"<p class='score'>{_score(report.overall_score, overall=True)}</p>"]
    texts: list[str] = []
    if principle is None:
        out.extend(_para(p) for p in report.summary)
        texts.extend(report.summary)
    for pr in report.principles:
        if principle is not None and pr.number != principle:
            continue
        title = translate("Handout", "Principle {n}: {title}").format(n=pr.number, title=pr.title)
        out.append(f'<h2><a name="pr{pr.number}"></a>{e(title)}</h2>')
        out.append(f'<p class="score">{_score(pr.score)}</p>')
        out.extend(_para(p) for p in pr.intro)
        texts.extend(pr.intro)
        for ind in pr.indicators:
            out.extend(_indicator_html(ind))
            texts.extend(ind.paragraphs)
            texts.extend(q.text for q in ind.quotes)
    cited = sorted({n for t in texts for n in markup.footnote_refs(t)})
    notes = [fn for fn in report.footnotes if fn.number in cited]
    if notes:
        out.append("<h2>{}</h2>".format(e(translate("Handout", "Notes"))))
        out.extend(endnote_html(fn.number, fn.text) for fn in notes)
    out.append("<h2>{}</h2>".format(e(translate("Handout", "The panel"))))
    for person in report.panel:
        details = f", {e(person.details)}" if person.details else ""
        out.append(f"<p><b>{e(person.name)}</b>{details}</p>")
    if report.moderator is not None:
        m = report.moderator
        details = f", {e(m.details)}" if m.details else ""
        moderator = translate("Handout", "Moderator:")
        out.append(f"<p>{e(moderator)} <b>{e(m.name)}</b>{details}</p>")
    out.append("<h2>{}</h2>".format(e(translate("Handout", "Rights and acknowledgment"))))
    for text in (report.rights.copyright, report.rights.notice, report.rights.funding):
        if text:
            out.append(f"<p class='rights'>{e(text)}</p>")
    return "".join(out)


_CSS = """
h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 14pt; }
h3 { font-size: 12pt; margin-top: 10pt; }
p.score { color: #333333; font-style: italic; }
p.speaker { margin-left: 24pt; color: #333333; }
p.note { font-size: 9pt; } p.rights { font-size: 9pt; }
blockquote { margin-left: 24pt; margin-right: 24pt; }
a { color: #0b3a6e; text-decoration: none; }
"""


def handout_document(report: Report, principle: int | None = None) -> QTextDocument:
    """The handout as a QTextDocument, ready for ``print_``."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    font = QFont("DejaVu Serif")
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(10.5)
    doc.setDefaultFont(without_ligatures(font))
    doc.setDefaultStyleSheet(_CSS)
    doc.setHtml(handout_html(report, principle))
    return doc


def print_handout(device: QPagedPaintDevice, report: Report, principle: int | None = None) -> None:
    """Print the handout on a QPrinter or QPdfWriter (Qt paginates and numbers the pages)."""
    handout_document(report, principle).print_(device)


def write_handout_pdf(path: str | os.PathLike[str], report: Report,
                      principle: int | None = None) -> None:
    """Write the handout to an A4 PDF file, atomically."""
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                         QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    write_pdf(path, report, layout, 300, lambda writer: print_handout(writer, report, principle))

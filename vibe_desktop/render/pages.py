"""Page HTML for the detail pane, composed only from core.markup.to_html and escape.

Each page (overview, principle, indicator, panel & rights) is one HTML string. Every
paragraph of report text is its own block carrying ``<a name="ANCHOR">`` so the pane can
find, scroll to and paint it. Internal links use ``vibe:ANCHOR``; footnote references
``footnote:N``; report links keep their real URL (the pane decides what may open).
"""

from __future__ import annotations

from dataclasses import dataclass

from vibe_desktop import ACKNOWLEDGMENT
from vibe_desktop.core.bands import band_for
from vibe_desktop.core.markup import escape, to_html
from vibe_desktop.core.model import Anchor, Person, Quote, Report
from vibe_desktop.core.navigation import all_page_anchors, footnote_homes, quote_positions
from vibe_desktop.i18n import translate
from vibe_desktop.render.scores import band_fill, band_text, score_phrase

INTERNAL_SCHEME = "vibe"
FOOTNOTE_SCHEME = "footnote"
CHART_IMAGE = "vibe-chart:overview"


@dataclass(frozen=True, slots=True)
class Page:
    """A rendered page: its anchor, a title for the window and history, and its HTML."""

    anchor: str
    title: str
    html: str


# -- pieces ---------------------------------------------------------------------

def score_html(score: float | None) -> str:
    """A score as a coloured chip with its band in words, or the plain 'not given' phrase."""
    band = band_for(score)
    if band is None:
        return f'<span class="notgiven">{escape(score_phrase(None))}</span>'
    fill, text = band_fill(band.key).name(), band_text(band.key).name()
    return (f'<span style="background-color:{fill}; color:{text};">'
            f"&nbsp;{escape(score_phrase(score))}&nbsp;</span>")


def _h3(text: str, cls: str = "") -> str:
    attribute = f' class="{cls}"' if cls else ""
    return f"<h3{attribute}>{escape(text)}</h3>"


def _score_line(label: str, score: float | None) -> str:
    return f'<p class="score">{escape(label)} {score_html(score)}</p>'


def _para(anchor: str, text: str, cls: str = "text") -> str:
    return f'<p class="{cls}"><a name="{escape(anchor)}"></a>{to_html(text)}</p>'


def _link(anchor: str, label: str) -> str:
    return f'<a href="{INTERNAL_SCHEME}:{escape(anchor)}">{escape(label)}</a>'


def _quote_html(quote: Quote) -> str:
    speaker = (f'<p class="speaker">— {escape(quote.speaker)}</p>' if quote.speaker else "")
    return (
        '<table class="quote" width="100%" cellspacing="0" cellpadding="0"><tr>'
        '<td class="quotebar" width="6">&nbsp;</td>'
        f'<td class="quotebody"><p class="quote">{to_html(quote.text)}</p>{speaker}</td>'
        "</tr></table>"
    )


def _footnote_list(report: Report, page: str) -> str:
    homes = footnote_homes(report)
    items = [f for f in report.footnotes if homes.get(f.number) == page]
    if not items:
        return ""
    out = [_h3(translate("Pages", "Footnotes"), "footnotes")]
    for footnote in items:
        name = escape(str(Anchor.footnote_note(report.id, footnote.number)))
        out.append(
            f'<p class="footnote"><a name="{name}"></a>'
            f"<b>{footnote.number}</b>&nbsp;&nbsp;{to_html(footnote.text)}</p>"
        )
    return "".join(out)


def _person(person: Person) -> str:
    details = f", {escape(person.details)}" if person.details else ""
    return f'<p class="person"><b>{escape(person.name)}</b>{details}</p>'


# -- pages ----------------------------------------------------------------------

def render_page(report: Report, page: str, *, chart_size: tuple[int, int] = (600, 260)) -> Page:
    """The HTML of one page (anchor as from ``all_page_anchors``); ValueError if no such page."""
    parsed = Anchor.parse(page)
    if parsed.report_id != report.id or parsed.paragraph is not None:
        raise ValueError(f"{page!r} is not a page of {report.id!r}")
    if parsed.section == "summary":
        return _overview(report, page, chart_size)
    if parsed.section == "panel":
        return _panel(report, page)
    if parsed.principle is not None:
        return _principle(report, page, parsed.principle)
    if parsed.indicator is not None:
        return _indicator(report, page, parsed.indicator)
    raise ValueError(f"{page!r} is not a page of {report.id!r}")


def _overview(report: Report, page: str, chart_size: tuple[int, int]) -> Page:
    rid = report.id
    w, h = chart_size
    parts = [
        f'<p class="kicker">{escape(report.title)} · {escape(report.publisher)}</p>',
        f"<h1>{escape(report.country)} {report.edition}</h1>",
        f'<p class="chart"><img src="{CHART_IMAGE}" width="{w}" height="{h}"></p>',
    ]
    parts += [_para(str(Anchor.summary_page(rid, n)), text)
              for n, text in enumerate(report.summary, 1)]
    parts.append(_footnote_list(report, page))
    parts.append(_nav(report, page))
    return Page(page, translate("Pages", "Overview"), "".join(parts))


def _principle(report: Report, page: str, number: int) -> Page:
    try:
        principle = report.principle(number)
    except KeyError as exc:
        raise ValueError(str(exc)) from None
    rid = report.id
    heading = translate("Pages", "Principle {n}: {title}").format(n=number, title=principle.title)
    parts = [
        f"<h1>{escape(heading)}</h1>",
        _score_line(translate("Pages", "Principle score:"), principle.score),
    ]
    parts += [_para(str(Anchor.principle_page(rid, number, n)), t)
              for n, t in enumerate(principle.intro, 1)]
    parts.append(_h3(translate("Pages", "Indicators")))
    score_label = translate("Pages", "Score:")
    for indicator in principle.indicators:
        label = translate("Pages", "Indicator {n}: {title}").format(n=indicator.number,
                                                                    title=indicator.title)
        parts.append(
            f'<p class="toc">{_link(str(Anchor.indicator_page(rid, indicator.number)), label)}<br>'
            f'<span class="small">{escape(score_label)} {score_html(indicator.score)}</span></p>'
        )
    parts.append(_footnote_list(report, page))
    parts.append(_nav(report, page))
    return Page(page, heading, "".join(parts))


def _indicator(report: Report, page: str, number: int) -> Page:
    try:
        indicator = report.indicator(number)
    except KeyError as exc:
        raise ValueError(str(exc)) from None
    rid = report.id
    principle = report.principle(indicator.principle_number)
    crumb = translate("Pages", "Principle {n}: {title}").format(n=principle.number,
                                                                 title=principle.title)
    heading = translate("Pages", "Indicator {n}: {title}").format(n=number, title=indicator.title)
    parts = [
        f'<p class="kicker">{_link(str(Anchor.principle_page(rid, principle.number)), crumb)}</p>',
        f"<h1>{escape(heading)}</h1>",
        _score_line(translate("Pages", "Indicator score:"), indicator.score),
    ]
    quotes = quote_positions(indicator)
    for index, text in enumerate(indicator.paragraphs):
        parts.append(_para(str(Anchor.indicator_page(rid, number, index + 1)), text))
        parts += [_quote_html(q) for q in quotes.get(index, [])]
    parts += [_quote_html(q) for q in quotes.get(-1, [])]
    parts.append(_footnote_list(report, page))
    parts.append(_nav(report, page))
    return Page(page, translate("Pages", "Indicator {n}").format(n=number), "".join(parts))


def _panel(report: Report, page: str) -> Page:
    title = translate("Pages", "Panel & rights")
    parts = [f"<h1>{escape(title)}</h1>"]
    if report.panel:
        parts.append(_h3(translate("Pages", "List of panel participants")))
        parts += [_person(p) for p in report.panel]
    if report.moderator is not None:
        parts.append(_h3(translate("Pages", "Moderator and author")))
        parts.append(_person(report.moderator))
    rights = report.rights
    parts.append(_h3(translate("Pages", "Rights")))
    parts += [f'<p class="rights">{to_html(t)}</p>'
              for t in (rights.copyright, rights.notice, rights.funding) if t]
    parts.append(_h3(translate("Pages", "Acknowledgment")))
    parts.append(f'<p class="ack">{escape(ACKNOWLEDGMENT)}</p>')
    parts.append(_footnote_list(report, page))
    parts.append(_nav(report, page))
    return Page(page, title, "".join(parts))


def _nav(report: Report, page: str) -> str:
    pages = all_page_anchors(report)
    index = pages.index(page)
    links: list[str] = []
    if index > 0:
        links.append(_link(pages[index - 1], translate("Pages", "← Previous page")))
    if index + 1 < len(pages):
        links.append(_link(pages[index + 1], translate("Pages", "Next page →")))
    return f'<p class="nav">{" &nbsp;·&nbsp; ".join(links)}</p>' if links else ""


def footnote_html(report: Report, number: int) -> str:
    """The footnote's text as HTML for the popup; ValueError if the report has no such note."""
    try:
        footnote = report.footnote(number)
    except KeyError as exc:
        raise ValueError(str(exc)) from None
    return to_html(footnote.text)


def page_css(colors: dict[str, str]) -> str:
    """The pane's default style sheet for the current theme's colours."""
    return _CSS % colors


_CSS = """
body { color: %(text)s; }
h1 { font-size: x-large; font-weight: 600; margin-top: 6px; margin-bottom: 6px; }
h3 { font-size: large; font-weight: 600; margin-top: 18px; margin-bottom: 4px; }
p.text { margin-top: 0px; margin-bottom: 12px; line-height: 140%%; }
p.kicker { color: %(muted)s; margin-bottom: 2px; }
p.toc { margin-bottom: 8px; }
p.footnote { font-size: small; margin-bottom: 6px; }
p.person { margin-bottom: 4px; }
p.nav { margin-top: 24px; color: %(muted)s; }
p.speaker { color: %(muted)s; margin-top: 4px; }
p.quote { font-size: large; font-style: italic; }
td.quotebar { background-color: %(accent)s; }
td.quotebody { background-color: %(quote_bg)s; padding: 10px; }
table.quote { margin-top: 4px; margin-bottom: 16px; }
span.notgiven { font-style: italic; color: %(text)s; }
span.small { font-size: small; }
a { color: %(link)s; }
"""


class PageCache:
    """Pages rendered once per report object and language (not per theme or zoom: colours
    come from the pane's style sheet, sizes from its font). ``clear()`` on a language change."""

    def __init__(self) -> None:
        self._report: Report | None = None
        self._pages: dict[str, Page] = {}

    def get(self, report: Report, page: str) -> Page:
        if self._report is not report:
            self._report = report
            self._pages.clear()
        built = self._pages.get(page)
        if built is None:
            built = self._pages[page] = render_page(report, page)
        return built

    def clear(self) -> None:
        self._pages.clear()

"""Page HTML for the detail pane, composed only from core.markup.to_html and escape.

Each page (overview, principle, indicator, panel & rights) is one HTML string. Every
paragraph of report text is its own block carrying ``<a name="ANCHOR">`` so the pane can
find, scroll to and paint it. Internal links use ``vibe:ANCHOR``; footnote references
``footnote:N``; report links keep their real URL (the pane decides what may open).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from vibe_desktop import ACKNOWLEDGMENT
from vibe_desktop.core.bands import band_for
from vibe_desktop.core.markup import escape, footnote_refs, to_html, to_plain
from vibe_desktop.core.model import Anchor, Indicator, Person, Quote, Report
from vibe_desktop.render.scores import band_fill, band_text, score_phrase

INTERNAL_SCHEME = "vibe"
FOOTNOTE_SCHEME = "footnote"
CHART_IMAGE = "vibe-chart:overview"


def _tr(text: str) -> str:
    # Context "" is what pyside6-lupdate gives module-level _tr() calls
    # (-tr-function-alias tr+=_tr), so extracted strings match at run time.
    return QCoreApplication.translate("", text)


@dataclass(frozen=True, slots=True)
class Page:
    """A rendered page: its anchor, a title for the window and history, and its HTML."""

    anchor: str
    title: str
    html: str


# -- anchors --------------------------------------------------------------------

def all_page_anchors(report: Report) -> list[str]:
    """Every page of a report in reading order (the self-test renders each once)."""
    rid = report.id
    out = [f"{rid}/summary"]
    for principle in report.principles:
        out.append(f"{rid}/pr{principle.number}")
        out.extend(f"{rid}/i{i.number}" for i in principle.indicators)
    out.append(f"{rid}/panel")
    return out


def footnote_homes(report: Report) -> dict[int, str]:
    """The page each footnote is listed on: the first page citing it (else panel & rights)."""
    return _footnote_homes(report)


@lru_cache(maxsize=8)
def _footnote_homes(report: Report) -> dict[int, str]:
    homes: dict[int, str] = {}
    for anchor, text in report.paragraphs():
        if "[^" not in text:  # most paragraphs cite nothing: skip the full parse
            continue
        page = page_of(anchor)
        if Anchor.parse(page).footnote is not None:  # a note citing a note: not a page
            continue
        for number in footnote_refs(text):
            homes.setdefault(number, page)
    for principle in report.principles:
        for indicator in principle.indicators:
            for quote in indicator.quotes:
                for number in footnote_refs(quote.text):
                    homes.setdefault(number, f"{report.id}/i{indicator.number}")
    for footnote in report.footnotes:
        homes.setdefault(footnote.number, f"{report.id}/panel")
    return homes


def page_of(anchor: str) -> str:
    """The page part of a paragraph anchor (``id/i6/p3`` -> ``id/i6``)."""
    parsed = Anchor.parse(anchor)
    return f"{parsed.report_id}/{parsed.section}"


def resolve(report: Report, anchor: str) -> tuple[str, str | None]:
    """(page anchor, paragraph anchor or None) for any anchor of ``report``; ValueError if none."""
    parsed = Anchor.parse(anchor)
    if parsed.report_id != report.id:
        raise ValueError(f"{anchor!r} is not in report {report.id!r}")
    if parsed.footnote is not None:
        home = footnote_homes(report).get(parsed.footnote)
        if home is None:
            raise ValueError(f"{report.id} has no footnote {parsed.footnote}")
        return home, f"{report.id}/fn{parsed.footnote}"
    page = f"{report.id}/{parsed.section}"
    if page not in all_page_anchors(report):
        raise ValueError(f"{report.id} has no page {parsed.section!r}")
    if parsed.paragraph is None:
        return page, None
    count = _paragraph_count(report, parsed)
    if not 1 <= parsed.paragraph <= count:
        raise ValueError(f"{report.id}/{parsed.section} has no paragraph {parsed.paragraph} "
                         f"(it has {count})")
    return page, str(parsed)


def _paragraph_count(report: Report, parsed: Anchor) -> int:
    if parsed.section == "summary":
        return len(report.summary)
    if parsed.principle is not None:
        return len(report.principle(parsed.principle).intro)
    if parsed.indicator is not None:
        return len(report.indicator(parsed.indicator).paragraphs)
    return 0


# -- pieces ---------------------------------------------------------------------

def score_html(score: float | None) -> str:
    """A score as a coloured chip with its band in words, or the plain 'not given' phrase."""
    band = band_for(score)
    if band is None:
        return f'<span class="notgiven">{escape(score_phrase(None))}</span>'
    fill, text = band_fill(band.key).name(), band_text(band.key).name()
    return (f'<span style="background-color:{fill}; color:{text};">'
            f"&nbsp;{escape(score_phrase(score))}&nbsp;</span>")


def _para(anchor: str, text: str, cls: str = "text") -> str:
    return f'<p class="{cls}"><a name="{escape(anchor)}"></a>{to_html(text)}</p>'


def _link(anchor: str, label: str) -> str:
    return f'<a href="{INTERNAL_SCHEME}:{escape(anchor)}">{escape(label)}</a>'


def _normal(text: str) -> str:
    plain = to_plain(text).lower()
    plain = re.sub(r"[“”\"‘’'«»*]", "", plain)
    return re.sub(r"\s+", " ", plain).strip(" .,")


def quote_positions(indicator: Indicator) -> dict[int, list[Quote]]:
    """Which paragraph (0-based) each pull quote sits beside: the one holding its words.

    A quote goes after the paragraph containing its text; failing that, after the one
    sharing most of its words; failing that, after the last paragraph.
    """
    placed: dict[int, list[Quote]] = {}
    paragraphs = [_normal(p) for p in indicator.paragraphs]
    for quote in indicator.quotes:
        needle = _normal(quote.text)
        index = next((i for i, p in enumerate(paragraphs) if needle and needle in p), None)
        if index is None and paragraphs:
            words = {w for w in re.findall(r"\w{4,}", needle)}
            overlaps = [len(words & set(re.findall(r"\w{4,}", p))) for p in paragraphs]
            best = max(overlaps)
            index = overlaps.index(best) if best else len(paragraphs) - 1
        placed.setdefault(index if index is not None else -1, []).append(quote)
    return placed


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
    out = [f'<h3 class="footnotes">{escape(_tr("Footnotes"))}</h3>']
    for footnote in items:
        out.append(
            f'<p class="footnote"><a name="{escape(f"{report.id}/fn{footnote.number}")}"></a>'
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
    parts += [_para(f"{rid}/summary/p{n}", text) for n, text in enumerate(report.summary, 1)]
    parts.append(_footnote_list(report, page))
    parts.append(_nav(report, page))
    return Page(page, _tr("Overview"), "".join(parts))


def _principle(report: Report, page: str, number: int) -> Page:
    try:
        principle = report.principle(number)
    except KeyError as exc:
        raise ValueError(str(exc)) from None
    rid = report.id
    heading = _tr("Principle {n}: {title}").format(n=number, title=principle.title)
    parts = [
        f"<h1>{escape(heading)}</h1>",
        f'<p class="score">{escape(_tr("Principle score:"))} {score_html(principle.score)}</p>',
    ]
    parts += [_para(f"{rid}/pr{number}/p{n}", t) for n, t in enumerate(principle.intro, 1)]
    parts.append(f'<h3>{escape(_tr("Indicators"))}</h3>')
    for indicator in principle.indicators:
        label = _tr("Indicator {n}: {title}").format(n=indicator.number, title=indicator.title)
        parts.append(
            f'<p class="toc">{_link(f"{rid}/i{indicator.number}", label)}<br>'
            f'<span class="small">{escape(_tr("Score:"))} {score_html(indicator.score)}</span></p>'
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
    crumb = _tr("Principle {n}: {title}").format(n=principle.number, title=principle.title)
    heading = _tr("Indicator {n}: {title}").format(n=number, title=indicator.title)
    parts = [
        f'<p class="kicker">{_link(f"{rid}/pr{principle.number}", crumb)}</p>',
        f"<h1>{escape(heading)}</h1>",
        f'<p class="score">{escape(_tr("Indicator score:"))} {score_html(indicator.score)}</p>',
    ]
    quotes = quote_positions(indicator)
    for index, text in enumerate(indicator.paragraphs):
        parts.append(_para(f"{rid}/i{number}/p{index + 1}", text))
        parts += [_quote_html(q) for q in quotes.get(index, [])]
    parts += [_quote_html(q) for q in quotes.get(-1, [])]
    parts.append(_footnote_list(report, page))
    parts.append(_nav(report, page))
    return Page(page, _tr("Indicator {n}").format(n=number), "".join(parts))


def _panel(report: Report, page: str) -> Page:
    title = _tr("Panel & rights")
    parts = [f"<h1>{escape(title)}</h1>"]
    if report.panel:
        parts.append(f'<h3>{escape(_tr("List of panel participants"))}</h3>')
        parts += [_person(p) for p in report.panel]
    if report.moderator is not None:
        parts.append(f'<h3>{escape(_tr("Moderator and author"))}</h3>')
        parts.append(_person(report.moderator))
    rights = report.rights
    parts.append(f'<h3>{escape(_tr("Rights"))}</h3>')
    parts += [f'<p class="rights">{to_html(t)}</p>'
              for t in (rights.copyright, rights.notice, rights.funding) if t]
    parts.append(f'<h3>{escape(_tr("Acknowledgment"))}</h3>')
    parts.append(f'<p class="ack">{escape(ACKNOWLEDGMENT)}</p>')
    parts.append(_footnote_list(report, page))
    parts.append(_nav(report, page))
    return Page(page, title, "".join(parts))


def _nav(report: Report, page: str) -> str:
    pages = all_page_anchors(report)
    index = pages.index(page)
    links: list[str] = []
    if index > 0:
        links.append(_link(pages[index - 1], _tr("← Previous page")))
    if index + 1 < len(pages):
        links.append(_link(pages[index + 1], _tr("Next page →")))
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

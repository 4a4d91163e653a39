"""What search searches: every paragraph, pull quote, footnote and panel entry of a report.

Each is a ``Doc`` with its own anchor, where the reader goes to see it, its place in words
and its plain text, in reading order.
"""

from __future__ import annotations

from dataclasses import dataclass

from vibe_desktop.core import markup
from vibe_desktop.core.model import Anchor, Report
from vibe_desktop.core.people import panel_people, quote_anchor


@dataclass(frozen=True, slots=True)
class Doc:
    """One searchable piece of a report: a paragraph, pull quote, footnote or panel entry."""

    anchor: str  # its own anchor (a quote: <id>/i6/q1)
    target: str  # where the reader goes to see it (a quote: its indicator page)
    kind: str  # summary, principle, indicator, quote, footnote, panel
    place: str  # e.g. "Kazakhstan 2022 › Principle 2 › Indicator 6"
    text: str  # plain text, as the reader sees it
    order: int  # reading order within the report
    principle: int | None = None
    indicator: int | None = None
    footnote: int | None = None


def _place_labels(report: Report) -> dict[str, str]:
    base = f"{report.country} {report.edition}"
    labels = {"summary": f"{base} › Overview", "panel": f"{base} › Panel"}
    for principle in report.principles:
        labels[f"pr{principle.number}"] = f"{base} › Principle {principle.number}"
        for indicator in principle.indicators:
            labels[f"i{indicator.number}"] = (
                f"{base} › Principle {principle.number} › Indicator {indicator.number}"
            )
    for footnote in report.footnotes:
        labels[f"fn{footnote.number}"] = f"{base} › Footnote {footnote.number}"
    return labels


def report_docs(report: Report) -> list[Doc]:
    """Every searchable piece of a report, in reading order."""
    labels = _place_labels(report)
    rid = report.id
    cited: dict[int, tuple[int | None, int | None]] = {}
    docs: list[Doc] = []

    def add(anchor: str, kind: str, section: str, text: str, target: str = "",
            **where: int | None) -> None:
        doc = Doc(anchor, target or anchor, kind, labels[section], text, len(docs), **where)
        docs.append(doc)

    def cite(text: str, p: int, i: int | None) -> None:
        for ref in markup.footnote_refs(text):
            cited.setdefault(ref, (p, i))

    for n, text in enumerate(report.summary, 1):
        add(str(Anchor.summary_page(rid, n)), "summary", "summary", markup.to_plain(text))
    for principle in report.principles:
        p = principle.number
        for n, text in enumerate(principle.intro, 1):
            add(str(Anchor.principle_page(rid, p, n)), "principle", f"pr{p}",
                markup.to_plain(text), principle=p)
            cite(text, p, None)
        for indicator in principle.indicators:
            i = indicator.number
            for n, text in enumerate(indicator.paragraphs, 1):
                plain = markup.to_plain(text)
                add(str(Anchor.indicator_page(rid, i, n)), "indicator", f"i{i}", plain,
                    principle=p, indicator=i)
                cite(text, p, i)
            for n, quote in enumerate(indicator.quotes, 1):
                plain = markup.to_plain(quote.text)
                plain = f"{plain} — {quote.speaker}" if quote.speaker else plain
                add(quote_anchor(rid, i, n), "quote", f"i{i}", plain,
                    str(Anchor.indicator_page(rid, i)), principle=p, indicator=i)
                cite(quote.text, p, i)
    for footnote in report.footnotes:
        cited_p, cited_i = cited.get(footnote.number, (None, None))
        add(str(Anchor.footnote_note(rid, footnote.number)), "footnote", f"fn{footnote.number}",
            markup.to_plain(footnote.text), principle=cited_p, indicator=cited_i,
            footnote=footnote.number)
    for anchor, person, _role in panel_people(report):
        text = f"{person.name}, {person.details}" if person.details else person.name
        # panel entries have no anchor of their own: they open the panel page
        add(anchor, "panel", "panel", text, str(Anchor.panel_page(rid)))
    return docs

"""Where things are in a report: pages in reading order, anchors, footnote homes, quote places.

Plain Python (no Qt): the reading pane, the self-test, search, People and the notes all
resolve places through here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from vibe_desktop.core.markup import footnote_refs, to_plain
from vibe_desktop.core.model import Anchor, Indicator, Quote, Report

# -- anchors --------------------------------------------------------------------

def all_page_anchors(report: Report) -> list[str]:
    """Every page of a report in reading order (the self-test renders each once)."""
    rid = report.id
    out = [str(Anchor.summary_page(rid))]
    for principle in report.principles:
        out.append(str(Anchor.principle_page(rid, principle.number)))
        out.extend(str(Anchor.indicator_page(rid, i.number)) for i in principle.indicators)
    out.append(str(Anchor.panel_page(rid)))
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
                    page = str(Anchor.indicator_page(report.id, indicator.number))
                    homes.setdefault(number, page)
    for footnote in report.footnotes:
        homes.setdefault(footnote.number, str(Anchor.panel_page(report.id)))
    return homes


def page_of(anchor: str) -> str:
    """The page part of a paragraph anchor (``id/i6/p3`` -> ``id/i6``)."""
    parsed = Anchor.parse(anchor)
    return f"{parsed.report_id}/{parsed.section}"


def target_page(anchor: str) -> str:
    """Where to go for a panel entry (``id/panel/3``) or a pull quote (``id/i6/q1``): its page;
    any other anchor is itself."""
    parts = anchor.split("/")
    if len(parts) == 3 and (parts[1] == "panel" or parts[2].startswith("q")):
        return "/".join(parts[:2])
    return anchor


def resolve(report: Report, anchor: str) -> tuple[str, str | None]:
    """(page anchor, paragraph anchor or None) for any anchor of ``report``; ValueError if none."""
    parsed = Anchor.parse(anchor)
    if parsed.report_id != report.id:
        raise ValueError(f"{anchor!r} is not in report {report.id!r}")
    if parsed.footnote is not None:
        home = footnote_homes(report).get(parsed.footnote)
        if home is None:
            raise ValueError(f"{report.id} has no footnote {parsed.footnote}")
        return home, str(Anchor.footnote_note(report.id, parsed.footnote))
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


def step_target(report: Report, page: str, step: int) -> str | None:
    """The indicator page before (-1) or after (+1) ``page``; from a principle page, that
    principle's first indicator (+1) or the one before it (-1); from other pages, the first
    (+1) or last (-1) indicator — except the overview, which comes before every indicator
    (nothing before it), and the panel page, which comes after them (nothing after it).
    None where there is nothing that way."""
    numbers = [i.number for i in report.indicators()]
    if not numbers:
        return None
    parsed = Anchor.parse(page)
    if parsed.indicator is not None:
        position = numbers.index(parsed.indicator) + step
    elif parsed.principle is not None:
        first = [i.number for i in report.indicators()
                 if i.principle_number == parsed.principle]
        position = numbers.index(first[0]) + (0 if step > 0 else -1) if first else 0
    elif parsed.section == "summary":
        position = 0 if step > 0 else -1
    elif parsed.section == "panel":
        position = len(numbers) - 1 if step < 0 else len(numbers)
    else:
        position = 0 if step > 0 else len(numbers) - 1
    if 0 <= position < len(numbers):
        return str(Anchor.indicator_page(report.id, numbers[position]))
    return None


def start_anchor(last: str | None, report_ids: Sequence[str]) -> str | None:
    """Where to open at start: ``last`` if its report is among ``report_ids``, else the first
    report's overview; None if there is no report."""
    if last:
        try:
            if Anchor.parse(last).report_id in report_ids:
                return last
        except ValueError:
            pass
    return str(Anchor.summary_page(report_ids[0])) if report_ids else None

"""The importer pipeline: text export -> Report, each step a small module of its own."""

from __future__ import annotations

import re
from collections.abc import Callable

from vibe_desktop.core.model import (
    PRINCIPLE_TITLES,
    Footnote,
    Indicator,
    Principle,
    Report,
    indicator_numbers,
)
from vibe_desktop.importer.backmatter import parse_back_matter
from vibe_desktop.importer.errors import ImportCancelledError, ImportFailureError
from vibe_desktop.importer.footnotes import extract_footnotes
from vibe_desktop.importer.joins import join_page_breaks
from vibe_desktop.importer.quotes import extract_quotes
from vibe_desktop.importer.sections import split_sections
from vibe_desktop.importer.source import blocks, decode, normalise
from vibe_desktop.importer.titleblock import parse_title_block


def report_id_for(country: str, edition: int) -> str:
    """'Kazakhstan', 2022 -> 'kazakhstan-2022'."""
    slug = re.sub(r"[^a-z0-9]+", "-", country.lower()).strip("-")
    return f"{slug}-{edition}"


#: ``progress(fraction, step)``: how far the import is (0.0-1.0) and what it is doing.
Progress = Callable[[float, str], None]
#: ``cancelled()``: True once the person pressed Cancel; the import then stops soon.
Cancelled = Callable[[], bool]


class _Steps:
    """Reports progress between the pipeline's steps and stops it when cancelled."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.progress, self.cancelled = progress, cancelled

    def __call__(self, fraction: float, step: str) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelledError(step)
        if self.progress is not None:
            self.progress(fraction, step)


def import_bytes(data: bytes, *, source_name: str, report_id: str | None = None,
                 progress: Progress | None = None, cancelled: Cancelled | None = None) -> Report:
    """Like import_text, from raw bytes (which must be UTF-8).

    Safe to run in a worker thread (it touches nothing shared); ``progress`` is called from
    that thread, and ``cancelled`` is polled between steps and inside the long ones.
    """
    step = _Steps(progress, cancelled)
    step(0.0, "reading")
    try:
        text = decode(data)
    except ImportFailureError as exc:
        exc.source_name = source_name
        raise
    return _run(text, source_name, report_id, step)


def import_text(text: str, *, source_name: str, report_id: str | None = None,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> Report:
    """Turn a VIBE report's text export into a Report; ImportFailureError lists every problem.

    Whatever it returns, the loader accepts once dumped (checked here: a report the loader
    would refuse is an ImportFailureError naming the source line, never a file that fails later).
    """
    return _run(text, source_name, report_id, _Steps(progress, cancelled))


def _run(text: str, source_name: str, report_id: str | None, step: _Steps) -> Report:
    try:
        report, lines = _import(text, report_id, step)
        step(0.9, "checking")
        _check_loads(report, lines)
    except ImportFailureError as exc:
        exc.source_name = source_name
        raise
    step(1.0, "done")
    return report


def _check_loads(report: Report, lines: dict[str, int]) -> None:
    """Refuse, with the source line, a report the loader would refuse."""
    from vibe_desktop.core.dump import dump_report_quickly
    from vibe_desktop.core.loader import ReportError, load_report_bytes

    try:
        load_report_bytes(dump_report_quickly(report).encode("utf-8"), "(imported)")
    except ReportError as err:
        raise ImportFailureError([(_source_line(p.path, lines), (f"the imported text would make an "
                              f"invalid report: {p.path}: {p.message}")) for p in err.problems],
                            ) from None


def _source_line(path: str, lines: dict[str, int]) -> int:
    """The source line behind a report path (``footnotes[3].text`` ...), or 1."""
    while path:
        if path in lines:
            return lines[path]
        path = path.rpartition(".")[0] if "." in path else path.rpartition("[")[0]
    return 1


def _import(text: str, report_id: str | None, step: _Steps) -> tuple[Report, dict[str, int]]:
    step(0.05, "splitting into paragraphs")
    all_blocks = blocks(normalise(text))
    if not all_blocks:
        raise ImportFailureError([(1, "the source is empty")])
    title = parse_title_block(all_blocks)
    step(0.1, "finding principles and indicators")
    layout = split_sections(all_blocks[title.end :])
    step(0.2, "taking out footnotes")
    running, definitions = extract_footnotes(layout.items)
    step(0.3, "taking out pull quotes")
    running, pull_quotes = extract_quotes(
        running, tick=lambda done: step(0.3 + 0.45 * done, "taking out pull quotes"))
    step(0.75, "rejoining page breaks")
    running = join_page_breaks(running)
    step(0.85, "reading the panel and rights")
    back = parse_back_matter(layout.back, layout.back_line)
    lines = {f"footnotes[{n}]": d.line for n, d in enumerate(definitions)}

    problems: list[tuple[int, str]] = []
    principles = []
    for number in sorted(PRINCIPLE_TITLES):
        indicators: list[Indicator] = []
        for heading in layout.headings:
            if heading.number not in indicator_numbers(number):
                continue
            paragraphs = tuple(i.text for i in running
                               if i.section == ("indicator", heading.number))
            if not paragraphs:
                problems.append((heading.line, f"Indicator {heading.number} has no text"))
            quotes = tuple(q.quote for q in pull_quotes if q.indicator == heading.number)
            lines[f"principles[{number - 1}].indicators[{len(indicators)}]"] = heading.line
            indicators.append(Indicator(heading.number, heading.title, None, paragraphs, quotes))
        intro = tuple(i.text for i in running if i.section == ("principle", number))
        principles.append(Principle(number, PRINCIPLE_TITLES[number], None, intro,
                                    tuple(indicators)))
    if problems:
        raise ImportFailureError(problems)
    report = Report(
        id=report_id or report_id_for(title.country, title.edition),
        country=title.country,
        edition=title.edition,
        title=title.title,
        publisher=back.publisher,
        overall_score=title.overall_score,
        summary=tuple(i.text for i in running if i.section == ("summary", 0)),
        principles=tuple(principles),
        footnotes=tuple(Footnote(d.number, d.text) for d in definitions),
        panel=back.panel,
        moderator=back.moderator,
        rights=back.rights,
    )
    return report, lines

"""The importer pipeline: text export -> Report, each step a small module of its own."""

from __future__ import annotations

import re

from vibe_desktop.core.model import (
    PRINCIPLE_TITLES,
    Footnote,
    Indicator,
    Principle,
    Report,
    indicator_numbers,
)
from vibe_desktop.importer.backmatter import parse_back_matter
from vibe_desktop.importer.errors import ImportFailure
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


def import_bytes(data: bytes, *, source_name: str, report_id: str | None = None) -> Report:
    """Like import_text, from raw bytes (which must be UTF-8)."""
    try:
        text = decode(data)
    except ImportFailure as exc:
        exc.source_name = source_name
        raise
    return import_text(text, source_name=source_name, report_id=report_id)


def import_text(text: str, *, source_name: str, report_id: str | None = None) -> Report:
    """Turn a VIBE report's text export into a Report; ImportFailure lists every problem."""
    try:
        return _import(text, report_id)
    except ImportFailure as exc:
        exc.source_name = source_name
        raise


def _import(text: str, report_id: str | None) -> Report:
    all_blocks = blocks(normalise(text))
    if not all_blocks:
        raise ImportFailure([(0, "the source is empty")])
    title = parse_title_block(all_blocks)
    layout = split_sections(all_blocks[title.end :])
    running, definitions = extract_footnotes(layout.items)
    running, pull_quotes = extract_quotes(running)
    running = join_page_breaks(running)
    back = parse_back_matter(layout.back, layout.back_line)

    problems: list[tuple[int, str]] = []
    principles = []
    for number in sorted(PRINCIPLE_TITLES):
        indicators = []
        for heading in layout.headings:
            if heading.number not in indicator_numbers(number):
                continue
            paragraphs = tuple(i.text for i in running if i.section == ("indicator", heading.number))
            if not paragraphs:
                problems.append((heading.line, f"Indicator {heading.number} has no text"))
            quotes = tuple(q.quote for q in pull_quotes if q.indicator == heading.number)
            indicators.append(Indicator(heading.number, heading.title, None, paragraphs, quotes))
        intro = tuple(i.text for i in running if i.section == ("principle", number))
        principles.append(Principle(number, PRINCIPLE_TITLES[number], None, intro, tuple(indicators)))
    if problems:
        raise ImportFailure(problems)
    return Report(
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

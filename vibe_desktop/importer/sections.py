"""Splitting the body into summary, principles (by 3+ blank lines) and indicators."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vibe_desktop.core.model import INDICATORS_PER_PRINCIPLE, PRINCIPLE_TITLES
from vibe_desktop.importer.errors import ImportFailureError
from vibe_desktop.importer.source import Block

PRINCIPLE_BREAK = 3  # blank lines where a principle's heading graphic was lost
PANEL_HEADING = "LIST OF PANEL PARTICIPANTS"
_HEADING = re.compile(r"^Indicator\s+(\d+)\s*[:.]\s*(\S.*)$")
_HEADING_LIKE = re.compile(r"^Indicator\s*\d+\s*(?:[-–—]|$)", re.IGNORECASE)
_UNKNOWN_HEADING = re.compile(r"^Principle\s*\d+\s*[:.\-–—]?(?:\s+\S+){0,10}$", re.IGNORECASE)
INDICATOR_COUNT = INDICATORS_PER_PRINCIPLE * len(PRINCIPLE_TITLES)

#: Where a paragraph stands: ("summary", 0), ("principle", N) or ("indicator", N).
Section = tuple[str, int]


@dataclass(frozen=True, slots=True)
class Item:
    """A paragraph-like block of the body and the section it stands in."""

    line: int
    end_line: int
    text: str
    section: Section


@dataclass(frozen=True, slots=True)
class Heading:
    number: int
    title: str
    line: int


@dataclass(frozen=True, slots=True)
class Layout:
    """The body cut into sections; ``back`` is everything after the panel heading."""

    items: list[Item]
    headings: list[Heading]
    principle_lines: dict[int, int]
    back: list[Block]
    back_line: int


def principle_of(indicator: int) -> int:
    return (indicator - 1) // INDICATORS_PER_PRINCIPLE + 1


def split_sections(body: list[Block]) -> Layout:
    """Cut the blocks after the title block into sections; ImportFailureError on any surprise."""
    problems: list[tuple[int, str]] = []
    items: list[Item] = []
    headings: list[Heading] = []
    principle_lines: dict[int, int] = {}
    section: Section = ("summary", 0)
    principle = 0
    expected = 1
    back_index = None
    for index, block in enumerate(body):
        if block.text.strip() == PANEL_HEADING:
            back_index = index
            break
        if block.blank_before >= PRINCIPLE_BREAK:
            gap = f"a principle break ({block.blank_before} blank lines)"
            if principle >= len(PRINCIPLE_TITLES):
                problems.append((block.line, (f"{gap} after the last principle: VIBE has "
                                 f"{len(PRINCIPLE_TITLES)}")))
            elif principle and expected <= INDICATORS_PER_PRINCIPLE * principle:
                problems.append((block.line, (f"{gap} inside principle {principle}, before "
                                 f"Indicator {expected}: each principle holds "
                                 f"{INDICATORS_PER_PRINCIPLE} indicators")))
            else:
                principle += 1
                principle_lines[principle] = block.line
                section = ("principle", principle)
        heading = _HEADING.match(block.text)
        if heading:
            number = int(heading.group(1))
            if number != expected:
                problems.append((block.line, (f"Indicator {number} out of sequence: expected "
                                 f"Indicator {expected}")))
            elif principle_of(number) != principle:
                where = f"principle {principle}" if principle else "the summary"
                problems.append((block.line, (f"Indicator {number} belongs to principle "
                                 f"{principle_of(number)} but stands in {where} (principles are "
                                 f"separated by {PRINCIPLE_BREAK} or more blank lines)")))
                principle = principle_of(number)  # carry on from here: one problem, not twenty
            expected = max(expected, number) + 1
            headings.append(Heading(number, heading.group(2).strip(), block.line))
            section = ("indicator", number)
            continue
        if block.text[-1:] not in ".!?" and (
            _UNKNOWN_HEADING.match(block.text)
            or (block.text.isupper() and len(block.text.split()) <= 12)
        ):
            problems.append((block.line, (f"unknown heading {block.text[:60]!r}: the importer "
                             f"knows 'Indicator N: title' and '{PANEL_HEADING}'")))
        elif _HEADING_LIKE.match(block.text):
            problems.append((block.line, (f"looks like an indicator heading but is not "
                             f"'Indicator N: title': {block.text[:60]!r}")))
        items.append(Item(block.line, block.end_line, block.text, section))
    last_line = body[-1].end_line if body else 1
    if back_index is None:
        problems.append((last_line, f"no '{PANEL_HEADING}' heading after the indicators"))
    if expected <= INDICATOR_COUNT:
        missing = ", ".join(str(n) for n in range(expected, INDICATOR_COUNT + 1))
        at = body[back_index].line if back_index is not None else last_line
        problems.append((at, (f"indicator(s) {missing} missing: a VIBE report has "
                         f"{INDICATOR_COUNT} indicators")))
    if principle < len(PRINCIPLE_TITLES) and not problems:
        problems.append((last_line, (f"found {principle} principle break(s) ({PRINCIPLE_BREAK}+ "
                         f"blank lines); a VIBE report has {len(PRINCIPLE_TITLES)} principles")))
    if problems:
        raise ImportFailureError(problems)
    assert back_index is not None
    return Layout(items, headings, principle_lines, body[back_index + 1 :], body[back_index].line)

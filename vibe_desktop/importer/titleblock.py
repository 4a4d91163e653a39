"""The title block: country, programme name, spaced year, band legend and overall score."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vibe_desktop.core.bands import BANDS
from vibe_desktop.importer.errors import ImportFailureError
from vibe_desktop.importer.source import Block

_YEAR = re.compile(r"^(?:\d\s*){4}$")
_SCORE = re.compile(r"^OVERALL\s*SCORE\s*\**\s*(\d{1,2}(?:\.\d+)?)?\s*\**$", re.IGNORECASE)
_SMALL_WORDS = {"and", "of", "the"}


@dataclass(frozen=True, slots=True)
class TitleBlock:
    """What the title block gives; ``end`` is the index of the first block after it."""

    country: str
    title: str
    edition: int
    overall_score: float | None
    end: int


def country_name(text: str) -> str:
    """'KAZAKHSTAN' -> 'Kazakhstan', 'BOSNIA AND HERZEGOVINA' -> 'Bosnia and Herzegovina'."""
    words = text.split()
    if not text.isupper():
        return " ".join(words)
    return " ".join(
        w.lower() if i and w.lower() in _SMALL_WORDS
        else "-".join(p.capitalize() for p in w.split("-"))
        for i, w in enumerate(words)
    )


def parse_title_block(blocks: list[Block]) -> TitleBlock:
    """Read the title block at the top; anything unexpected is an ImportFailureError."""
    if len(blocks) < 4:
        line = blocks[0].line if blocks else 1
        raise ImportFailureError([(line, "no title block (country, programme name, year, "
                                         "OVERALL SCORE)")])
    country, title, year = blocks[0], blocks[1], blocks[2]
    problems: list[tuple[int, str]] = []
    if not re.fullmatch(r"[^\W\d_][\w .'\-’()]*", country.text) or len(country.text) > 60:
        problems.append((country.line, f"expected the country name, found {country.text[:60]!r}"))
    if "Vibrant Information Barometer" not in title.text:
        problems.append((title.line, "expected 'Vibrant Information Barometer', "
                         f"found {title.text[:60]!r}"))
    if not _YEAR.fullmatch(year.text):
        problems.append((year.line,
                         f"expected the year (e.g. '2 0 2 2'), found {year.text[:60]!r}"))
    band_names = {band.name for band in BANDS}
    index = 3
    while index < len(blocks) and blocks[index].text in band_names:
        index += 1
    if index - 3 != len(BANDS):
        where = blocks[min(index, len(blocks) - 1)].line
        problems.append((where, f"expected the band legend ({', '.join(sorted(band_names))})"))
    score: float | None = None
    if index >= len(blocks) or not (m := _SCORE.fullmatch(blocks[index].text)):
        where = blocks[min(index, len(blocks) - 1)].line
        problems.append((where, "expected 'OVERALL SCORE' with the score after the band legend"))
    else:
        if m.group(1) is not None:
            score = float(m.group(1))
            if not 0 <= score <= 40:
                problems.append((blocks[index].line, f"overall score {m.group(1)} is outside 0-40"))
        index += 1
    if problems:
        raise ImportFailureError(problems)
    return TitleBlock(
        country=country_name(country.text),
        title=title.text,
        edition=int(re.sub(r"\s", "", year.text)),
        overall_score=score,
        end=index,
    )

"""The title block: country, programme, spaced year, band legend, overall score."""

from __future__ import annotations

import pytest

from tests.importer.synth import TITLE
from vibe_desktop.importer import ImportFailureError
from vibe_desktop.importer.source import blocks, normalise
from vibe_desktop.importer.titleblock import country_name, parse_title_block


def parse(lines: list[str]):  # type: ignore[no-untyped-def]
    return parse_title_block(blocks(normalise("\n".join([*lines, "", "Summary."]))))


def test_title_block() -> None:
    title = parse(TITLE)
    assert (title.country, title.title, title.edition, title.overall_score) == (
        "Testland", "Vibrant Information Barometer", 2030, 23.0)
    assert title.end == 8  # country, title, year, four bands, score


@pytest.mark.parametrize("score_line", ["SCORE 15", "SCORE**15**", "SCORE ** 15 **"])
def test_score_spellings(score_line: str) -> None:
    lines = list(TITLE)
    lines[lines.index("SCORE**23**")] = score_line
    assert parse(lines).overall_score == 15


def test_score_may_be_absent() -> None:
    lines = list(TITLE)
    lines[lines.index("SCORE**23**")] = "SCORE"
    assert parse(lines).overall_score is None


def test_missing_band_legend_and_score() -> None:
    lines = TITLE[: TITLE.index("Highly Vibrant")] + ["Some paragraph of text."]
    with pytest.raises(ImportFailureError) as caught:
        parse(lines)
    assert sorted(message for _, message in caught.value.problems) == [
        "expected 'OVERALL SCORE' with the score after the band legend",
        "expected the band legend (Highly Vibrant, Not Vibrant, Slightly Vibrant, "
        "Somewhat Vibrant)",
    ]


def test_too_short() -> None:
    with pytest.raises(ImportFailureError) as caught:
        parse_title_block(blocks(normalise("\n\nKAZAKHSTAN\n")))
    assert caught.value.problems == [
        (3, "no title block (country, programme name, year, OVERALL SCORE)")]


@pytest.mark.parametrize(
    ("raw", "name"),
    [("KAZAKHSTAN", "Kazakhstan"), ("BOSNIA AND HERZEGOVINA", "Bosnia and Herzegovina"),
     ("GUINEA-BISSAU", "Guinea-Bissau"), ("North Macedonia", "North Macedonia")],
)
def test_country_name(raw: str, name: str) -> None:
    assert country_name(raw) == name

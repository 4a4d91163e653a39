"""Copy with citation: the passage, its place and anchor, the acknowledgment, quote speakers."""

from __future__ import annotations

import pytest

from tests.factories import make_report
from vibe_desktop import ACKNOWLEDGMENT
from vibe_desktop.core.citation import (
    ENGLISH,
    PlaceWords,
    cite,
    cite_paragraph,
    paragraph_text,
    place,
    section_parts,
    section_place,
    use_words,
)
from vibe_desktop.core.model import Report


@pytest.fixture(scope="module")
def report() -> Report:
    return make_report("kazakhstan-2022", "Kazakhstan", 2022, scores=False)


def test_selection_with_place_and_acknowledgment(report: Report) -> None:
    text = cite(report, "kazakhstan-2022/i6/p3", "  some selected words ")
    assert text == (
        "some selected words\n\n"
        "VIBE 2022 Kazakhstan, Principle 2, Indicator 6, paragraph 3 (kazakhstan-2022/i6/p3)\n"
        "The Vibrant Information Barometer (VIBE) is a product of IREX with funding from USAID.\n"
    )


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        ("kazakhstan-2022/pr2/p1", "VIBE 2022 Kazakhstan, Principle 2, paragraph 1"),
        ("kazakhstan-2022/summary/p2", "VIBE 2022 Kazakhstan, overview, paragraph 2"),
        ("kazakhstan-2022/fn10", "VIBE 2022 Kazakhstan, footnote 10"),
        ("kazakhstan-2022/i20", "VIBE 2022 Kazakhstan, Principle 4, Indicator 20"),
        ("kazakhstan-2022/panel", "VIBE 2022 Kazakhstan, panel and rights"),
    ],
)
def test_places(report: Report, anchor: str, expected: str) -> None:
    assert place(report, anchor) == expected


def test_pull_quote_names_its_speaker(report: Report) -> None:
    quote = report.indicator(1).quotes[0]
    text = cite(report, "kazakhstan-2022/i1", quote.text, quote.speaker)
    assert text.startswith(f"“{quote.text}”\n— Panelist\n\n")
    assert "Principle 1, Indicator 1 (kazakhstan-2022/i1)" in text
    assert text.rstrip().endswith(ACKNOWLEDGMENT)


def test_whole_paragraph_is_plain_text(report: Report) -> None:
    assert paragraph_text(report, "kazakhstan-2022/i6/p1").startswith("Indicator 6 opening")
    text = cite_paragraph(report, "kazakhstan-2022/i6/p2")
    assert text.startswith("A second paragraph of indicator 6 citing a source. Ana")
    assert "*" not in text and "[^" not in text
    with pytest.raises(KeyError):
        paragraph_text(report, "kazakhstan-2022/i6/p9")


def test_reading_order_sorts_like_the_report() -> None:
    from vibe_desktop.core.citation import reading_order

    anchors = ["r/fn2", "r/panel", "r/i6/p1", "r/pr2/p1", "r/i5/p10", "r/i5/p2", "r/summary/p1",
               "r/pr1", "r/i1"]
    assert sorted(anchors, key=reading_order) == [
        "r/summary/p1", "r/pr1", "r/i1", "r/i5/p2", "r/i5/p10", "r/pr2/p1", "r/i6/p1",
        "r/panel", "r/fn2",
    ]


RU = PlaceWords(principle="принцип {n}", indicator="индикатор {n}", footnote="сноска {n}",
                overview="обзор", panel="экспертная группа и права", paragraph="абзац {n}")
KK = PlaceWords(principle="{n}-қағидат", indicator="{n}-индикатор", paragraph="{n}-абзац")


def test_places_take_translated_words(report: Report) -> None:
    assert section_place("kazakhstan-2022/i6/p3", RU) == "принцип 2, индикатор 6, абзац 3"
    assert section_place("kazakhstan-2022/i6/p3", KK) == "2-қағидат, 6-индикатор, 3-абзац"
    assert section_parts("kazakhstan-2022/fn10", RU) == ["сноска 10"]
    assert section_place("kazakhstan-2022/summary/p1", RU) == "обзор, абзац 1"
    assert place(report, "kazakhstan-2022/panel", RU) == (
        "VIBE 2022 Kazakhstan, экспертная группа и права")


def test_the_default_words_are_english_until_the_app_sets_them(report: Report) -> None:
    assert section_place("kazakhstan-2022/i6") == "Principle 2, Indicator 6"
    try:
        use_words(RU)
        text = cite(report, "kazakhstan-2022/i6/p3", "words")
        assert "VIBE 2022 Kazakhstan, принцип 2, индикатор 6, абзац 3" in text
        assert text.endswith(ACKNOWLEDGMENT + "\n")  # IREX's sentence stays word for word
    finally:
        use_words(ENGLISH)
    assert section_place("kazakhstan-2022/i6") == "Principle 2, Indicator 6"

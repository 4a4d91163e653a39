"""Tests for the generated presentation deck and its verbatim sentence splitting."""

from __future__ import annotations

import re

import pytest

from tests.conftest import BUNDLED_YAML
from tests.factories import ACK, make_report
from vibe_desktop.core import deck
from vibe_desktop.core.markup import to_plain
from vibe_desktop.core.model import Indicator, Principle, Quote


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One. Two! Three?", ["One.", "Two!", "Three?"]),
        ("Dr. Smith met A. Jones. Then left.", ["Dr. Smith met A. Jones.", "Then left."]),
        ("It rose 3.5 points in the U.S. market. Next.",
         ["It rose 3.5 points in the U.S. market.", "Next."]),
        ("He said “Go.” Then he went.", ["He said “Go.”", "Then he went."]),
        ("Cited here.[^4] Next sentence.", ["Cited here.[^4]", "Next sentence."]),
        ("*One. Two.* Three.", ["*One. Two.*", "Three."]),
        ("See [the site. It](https://x.org/a) here. End.",
         ["See [the site. It](https://x.org/a) here.", "End."]),
        ("no capital. after", ["no capital. after"]),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert deck.split_sentences(text) == expected


def test_split_sentences_loses_nothing_on_real_source() -> None:
    from tests.conftest import SOURCE_TXT

    for line in SOURCE_TXT.read_text(encoding="utf-8").splitlines():
        parts = deck.split_sentences(line)
        assert _squash(" ".join(parts)) == _squash(line)


def test_opening_sentences_are_whole_and_at_most_three() -> None:
    text = "First one. Second one. Third one. Fourth one."
    assert deck.opening_sentences(text) == "First one. Second one. Third one."
    long = "A" * 500 + ". Short."
    assert deck.opening_sentences(long) == "A" * 500 + "."


@pytest.mark.parametrize("scores", [True, False])
def test_deck_structure(scores: bool) -> None:
    report = make_report(scores=scores)
    slides = deck.build_deck(report)
    kinds = [s.kind for s in slides]
    assert kinds[:2] == [deck.TITLE, deck.CHART]
    assert kinds[-1] == deck.CLOSING
    assert kinds.count(deck.PRINCIPLE) == 4 and kinds.count(deck.INDICATOR) == 20
    title = slides[0]
    assert (title.title, title.number, title.score, title.band) == (
        "Testland", 2030, 23, "Somewhat Vibrant")
    for slide in slides:
        if slide.kind in (deck.PRINCIPLE, deck.INDICATOR):
            source = (report.principle(slide.number or 0) if slide.kind == deck.PRINCIPLE
                      else report.indicator(slide.number or 0))
            assert slide.score == source.score
            assert (slide.band is None) == (not scores)


def test_indicator_slides_use_quotes_or_opening_sentences_verbatim() -> None:
    report = make_report()
    slides = {s.number: s for s in deck.build_deck(report) if s.kind == deck.INDICATOR}
    quoted = slides[1]
    assert [(b.kind, b.text, b.speaker) for b in quoted.blocks] == [
        (deck.QUOTE, report.indicator(1).quotes[0].text, "Panelist")
    ]
    assert quoted.anchor == "testland-2030/i1"
    plain = slides[2]
    first = report.indicator(2).paragraphs[0]
    assert [b.kind for b in plain.blocks] == [deck.TEXT]
    assert first.startswith(plain.blocks[0].text)
    assert plain.anchor == "testland-2030/i2/p1"
    assert plain.notes == report.indicator(2).paragraphs


def test_closing_slide_has_panel_moderator_and_acknowledgment() -> None:
    report = make_report()
    closing = deck.build_deck(report)[-1]
    texts = [b.text for b in closing.blocks]
    assert texts[:3] == ["Ana Panelist", "Boris Expert", "Mona Moderator"]
    assert ACK in texts
    assert closing.anchor == "testland-2030/panel"


def test_principle_deck_keeps_only_that_principle() -> None:
    slides = deck.build_deck(make_report(), principle=2)
    numbers = [s.number for s in slides if s.kind == deck.INDICATOR]
    assert numbers == [6, 7, 8, 9, 10]
    assert [s.number for s in slides if s.kind == deck.PRINCIPLE] == [2]


def test_split_and_join_blocks_round_trip() -> None:
    block = deck.Block(deck.QUOTE, "One thing. Two things. Three things.", speaker="Ana")
    parts = deck.split_block(block)
    assert [p.text for p in parts] == ["One thing.", "Two things.", "Three things."]
    assert [p.speaker for p in parts] == [None, None, "Ana"]
    assert [p.continues for p in parts] == [False, True, True]
    assert deck.join_blocks(parts) == [block]
    assert deck.join_blocks(parts[1:]) == [
        deck.Block(deck.QUOTE, "Two things. Three things.", speaker="Ana", continues=True)
    ]


def test_slide_lookup() -> None:
    slides = deck.build_deck(make_report())
    assert slides[deck.indicator_slide(slides, 6) or 0].number == 6
    assert deck.slide_index_for(slides, "testland-2030/i2/p3") == deck.indicator_slide(slides, 2)
    assert slides[deck.slide_index_for(slides, "testland-2030/pr3")].kind == deck.PRINCIPLE
    assert deck.slide_index_for(slides, "elsewhere/x") == 0


def test_indicator_without_text_gets_an_empty_slide_not_an_invented_one() -> None:
    report = make_report()
    empty = Indicator(1, "Bare.", None, ())
    pr = report.principles[0]
    bare = Principle(1, pr.title, None, (), (empty,))
    from dataclasses import replace

    slides = deck.build_deck(replace(report, principles=(bare,)))
    ind = next(s for s in slides if s.kind == deck.INDICATOR)
    assert ind.blocks == () and ind.notes == ()
    quoted = Indicator(1, "Q.", None, ("Para.",), (Quote("Said.", None),))
    slides = deck.build_deck(
        replace(report, principles=(Principle(1, pr.title, None, (), (quoted,)),)))
    assert [b.speaker for b in slides[3].blocks] == [None]


@pytest.mark.skipif(not BUNDLED_YAML.exists(), reason="bundled report not imported yet")
def test_real_report_deck_is_verbatim() -> None:
    from vibe_desktop.core.loader import load_report

    report = load_report(BUNDLED_YAML)
    slides = deck.build_deck(report)
    for slide in slides:
        if slide.kind != deck.INDICATOR:
            continue
        ind = report.indicator(slide.number or 0)
        for block in slide.blocks:
            if block.kind == deck.QUOTE:
                assert block.text in [q.text for q in ind.quotes]
            else:
                assert to_plain(ind.paragraphs[0]).startswith(to_plain(block.text))

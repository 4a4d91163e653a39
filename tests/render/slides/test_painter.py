"""Slides fit at projector sizes, keep every word across continued slides, and paint."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QColor, QImage, QPainter

from tests.conftest import BUNDLED_YAML
from tests.factories import make_report
from vibe_desktop.core import deck
from vibe_desktop.core.markup import to_plain
from vibe_desktop.core.model import Indicator, Principle, Quote, Report
from vibe_desktop.render.slides.pagination import paginate
from vibe_desktop.render.slides.painter import (
    BODY_FLOOR,
    BODY_MIN,
    fit_slide,
    paint_slide,
    slide_label,
)
from vibe_desktop.render.slides.theme import PAPER, PROJECTOR, contrast_ratio

SIZES = [(1024, 768), (1920, 1080)]
LONG_QUOTE = " ".join(
    f"Sentence number {n} of a very long pull quote says something about the media."
    for n in range(1, 41)
)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _reports() -> list[Report]:
    reports = [make_report(scores=True), make_report(scores=False, overall=None)]
    if BUNDLED_YAML.exists():
        from vibe_desktop.core.loader import load_report

        reports.append(load_report(BUNDLED_YAML))
    return reports


def _long_report() -> Report:
    report = make_report()
    first = report.principles[0]
    ind = first.indicators[0]
    long = Indicator(ind.number, ind.title, ind.score, ind.paragraphs,
                     (Quote(LONG_QUOTE, "Long Speaker"), Quote("A short one.", "Other")))
    bare = Indicator(2, "No quotes.", None, (LONG_QUOTE,))
    pr = Principle(1, first.title, first.score, first.intro, (long, bare, *first.indicators[2:]))
    return replace(report, principles=(pr, *report.principles[1:]))


@pytest.mark.parametrize("width, height", SIZES)
def test_no_slide_overflows(qapp, width: int, height: int) -> None:
    rect = QRectF(0, 0, width, height)
    for report in [*_reports(), _long_report()]:
        pages = paginate(deck.build_deck(report), QSizeF(width, height), PROJECTOR)
        for page in pages:
            lay = fit_slide(rect, page, PROJECTOR)
            where = f"{report.id} {page.kind} {page.number} part {page.part}"
            assert lay.fits, where
            assert lay.used_height <= lay.content.height() + 0.5, where
            assert lay.header.size().width() <= lay.content.width() + 0.5, where
            if lay.body is not None:
                assert lay.body.size().width() <= lay.content.width() + 0.5, where
            # readable: body text never below 1/22 of the height (1/27 only for one long sentence)
            floor = BODY_MIN if len(page.blocks) != 1 else BODY_FLOOR
            assert lay.body_px >= int(floor * height), where


@pytest.mark.parametrize("width, height", SIZES)
def test_continued_slides_keep_every_word_in_order(qapp, width: int, height: int) -> None:
    report = _long_report()
    logical = deck.build_deck(report)
    pages = paginate(logical, QSizeF(width, height), PROJECTOR)
    first = [p for p in pages if p.kind == deck.INDICATOR and p.number == 1]
    assert len(first) > 1
    assert [p.part for p in first] == list(range(1, len(first) + 1))
    assert all(p.parts == len(first) for p in first)
    assert all("(continued)" in slide_label(p) for p in first[1:])
    assert "(continued)" not in slide_label(first[0])
    shown = " ".join(b.text for p in first for b in p.blocks)
    assert _squash(shown) == _squash(LONG_QUOTE + " A short one.")
    # the speaker follows the last part of their quote only
    speakers = [b.speaker for p in first for b in p.blocks if b.speaker]
    assert speakers == ["Long Speaker", "Other"]
    # nothing is cut inside a sentence
    for page in first:
        for block in page.blocks:
            assert block.text.endswith("."), block.text
    bare = [p for p in pages if p.kind == deck.INDICATOR and p.number == 2]
    assert len(bare) == 1  # opening sentences only: at most three, never the whole paragraph
    assert len(deck.split_sentences(bare[0].blocks[0].text)) <= 3
    # logical slides with short content stay single
    assert len(pages) - len(logical) == len(first) - 1 + sum(
        p.part > 1 for p in pages if not (p.kind == deck.INDICATOR and p.number == 1)
    )


def test_paint_slide_fills_and_draws(qapp) -> None:
    slide = deck.build_deck(make_report())[3]
    for theme in (PROJECTOR, PAPER):
        image = QImage(1024, 768, QImage.Format.Format_RGB32)
        image.fill(QColor("#808080"))
        with QPainter(image) as painter:
            lay = paint_slide(painter, QRectF(0, 0, 1024, 768), slide, theme, page="4 / 27")
        assert image.pixelColor(2, 2) == QColor(theme.background)
        colours = {image.pixel(x, y) for x in range(0, 1024, 7) for y in range(0, 768, 7)}
        assert QColor(theme.foreground).rgb() in colours
        assert QColor(theme.accent).rgb() in colours
        for x, y in ((1, 1), (1022, 1), (1, 766), (1022, 766), (512, 3)):
            assert image.pixelColor(x, y) == QColor(theme.background)
        text = lay.text()
        assert "Indicator title number 1." in text
        assert "— Panelist" in text
        assert "Principle 1 · Indicator 1" in text


def test_slide_text_is_the_report_text(qapp) -> None:
    report = make_report(scores=False)
    slides = deck.build_deck(report)
    rect = QRectF(0, 0, 1920, 1080)
    title = fit_slide(rect, slides[0], PROJECTOR).text()
    assert "Testland" in title and "2030" in title and "23 of 40\nSomewhat Vibrant" in title
    untitled = fit_slide(rect, replace(slides[0], score=None, band=None), PROJECTOR).text()
    assert "not given in this report" in untitled and " of 40" not in untitled
    principle = fit_slide(rect, slides[2], PROJECTOR).text()
    assert "Score: not given in this report" in principle
    indicator = fit_slide(rect, slides[4], PROJECTOR).text()
    assert to_plain(report.indicator(2).paragraphs[0]) in indicator.replace("\u2029", " ")


def test_themes_are_high_contrast() -> None:
    for theme in (PROJECTOR, PAPER):
        assert contrast_ratio(theme.foreground, theme.background) >= 15
        assert contrast_ratio(theme.accent, theme.background) >= 7
        assert contrast_ratio(theme.muted, theme.background) >= 7

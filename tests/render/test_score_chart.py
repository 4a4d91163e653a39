"""The score overview's paint function and layout, with and without scores, at any size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from tests.factories import make_report
from vibe_desktop.core.bands import band_for
from vibe_desktop.render.score_chart import layout_score_overview, paint_score_overview
from vibe_desktop.render.scores import BAND_FILL, ScoreData, format_score


def _render(data: ScoreData, width: int, height: int, palette: QPalette) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    with QPainter(image) as painter:
        paint_score_overview(painter, QRectF(0, 0, width, height), palette, data)
    return image


def _track_pixel(image: QImage, data: ScoreData, number: int, score_fraction: float) -> QColor:
    lay = layout_score_overview(QRectF(0, 0, image.width(), image.height()), data)
    row = dict(lay.rows)[number]
    x = lay.scale.left() + lay.scale.width() * score_fraction
    return image.pixelColor(round(x), round(row.center().y()))


def test_score_data_from_a_report_without_principle_scores() -> None:
    data = ScoreData.from_report(make_report(scores=False, overall=15))
    assert data.overall == 15
    assert [(r.number, r.score) for r in data.principles] == [(1, None), (2, None), (3, None),
                                                              (4, None)]
    text = data.describe()
    assert "15 of 40, Slightly Vibrant" in text
    assert text.count("not given in this report") == 4


def test_score_data_with_every_score_reads_each_one_out() -> None:
    report = make_report(scores=True)
    data = ScoreData.from_report(report)
    text = data.describe()
    assert "not given" not in text
    for principle in report.principles:
        band = band_for(principle.score)
        assert band is not None
        assert f"{principle.title}: {format_score(principle.score)} of 40, {band.name}" in text


@pytest.mark.parametrize("size", [(640, 280), (1920, 840)])
def test_bars_are_painted_in_their_band_colour_at_any_size(qapp, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    report = make_report(scores=True)
    data = ScoreData.from_report(report)
    image = _render(data, *size, qapp.palette())
    for principle in report.principles:
        band = band_for(principle.score)
        assert band is not None
        # a point a little inside the start of the bar
        colour = _track_pixel(image, data, principle.number, 0.02)
        assert colour.name() == BAND_FILL[band.key], principle.number


def test_no_bar_is_painted_where_the_score_is_not_given(qapp) -> None:  # type: ignore[no-untyped-def]
    data = ScoreData.from_report(make_report(scores=False, overall=15))
    image = _render(data, 640, 280, qapp.palette())
    fills = set(BAND_FILL.values())
    for row in data.principles:
        for fraction in (0.5, 0.75, 0.95):
            assert _track_pixel(image, data, row.number, fraction).name() not in fills


def test_layout_scales_with_the_rectangle() -> None:
    data = ScoreData.from_report(make_report())
    small = layout_score_overview(QRectF(0, 0, 600, 260), data)
    big = layout_score_overview(QRectF(0, 0, 1800, 780), data)
    for (n1, r1), (n2, r2) in zip(small.rows, big.rows, strict=True):
        assert n1 == n2
        assert r2.top() == pytest.approx(r1.top() * 3)
        assert r2.height() == pytest.approx(r1.height() * 3)
    assert big.rows[-1][1].bottom() <= 780
    assert small.rows[-1][1].bottom() <= 260

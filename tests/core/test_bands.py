"""Score bands on the 0-40 scale."""

import pytest

from vibe_desktop.core.bands import BANDS, band_for


@pytest.mark.parametrize(
    ("score", "name"),
    [(0, "Not Vibrant"), (10, "Not Vibrant"), (10.4, "Not Vibrant"), (10.5, "Slightly Vibrant"),
     (11, "Slightly Vibrant"), (15, "Slightly Vibrant"), (20, "Slightly Vibrant"),
     (21, "Somewhat Vibrant"), (30, "Somewhat Vibrant"), (31, "Highly Vibrant"),
     (40, "Highly Vibrant")],
)
def test_band_for(score: float, name: str) -> None:
    band = band_for(score)
    assert band is not None and band.name == name


def test_no_score_no_band() -> None:
    assert band_for(None) is None


@pytest.mark.parametrize("score", [-1, 40.1, 100])
def test_out_of_range(score: float) -> None:
    with pytest.raises(ValueError):
        band_for(score)


def test_bands_cover_the_scale() -> None:
    assert [(b.low, b.high) for b in BANDS] == [(0, 10), (11, 20), (21, 30), (31, 40)]

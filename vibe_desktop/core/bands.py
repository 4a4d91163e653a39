"""The four VIBE score bands on the 0-40 scale, and which band a score falls in."""

from __future__ import annotations

from dataclasses import dataclass

SCORE_MIN = 0
SCORE_MAX = 40


@dataclass(frozen=True, slots=True)
class Band:
    """A score band: its name, its inclusive range and a stable key for styling."""

    key: str
    name: str
    low: int
    high: int


BANDS: tuple[Band, ...] = (
    Band("not", "Not Vibrant", 0, 10),
    Band("slightly", "Slightly Vibrant", 11, 20),
    Band("somewhat", "Somewhat Vibrant", 21, 30),
    Band("highly", "Highly Vibrant", 31, 40),
)


def band_for(score: float | None) -> Band | None:
    """The band a 0-40 score falls in, or None for no score.

    Averaged scores can be fractional; they belong to the band their rounded value is in
    (10.4 is Not Vibrant, 10.5 Slightly Vibrant).
    """
    if score is None:
        return None
    if not SCORE_MIN <= score <= SCORE_MAX:
        raise ValueError(f"score {score} is outside {SCORE_MIN}-{SCORE_MAX}")
    for band in BANDS[:-1]:
        if score < band.high + 0.5:
            return band
    return BANDS[-1]

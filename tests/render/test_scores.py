"""Score phrases and numbers in the UI language's locale: 23,5 in Russian and Kazakh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from vibe_desktop.core.bands import BANDS
from vibe_desktop.render.scores import (
    BAND_NAMES,
    band_name,
    format_count,
    format_score,
    not_given,
    score_phrase,
)


@pytest.mark.parametrize(("name", "score", "expected"), [
    ("en", 23.5, "23.5"), ("ru", 23.5, "23,5"), ("kk", 23.5, "23,5"),
    ("en", 15, "15"), ("ru", 15.0, "15"), ("ru", 40, "40"), ("kk", 0, "0"),
])
def test_format_score_follows_the_locale(name: str, score: float, expected: str) -> None:
    assert format_score(score, QLocale(name)) == expected


def test_format_score_uses_the_default_locale() -> None:
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("ru"))
        assert format_score(23.5) == "23,5"
        assert format_count(12345) == QLocale("ru").toString(12345)
    finally:
        QLocale.setDefault(before)


def test_counts_group_digits_as_the_locale_does() -> None:
    assert format_count(12345, QLocale("en")) == "12,345"
    assert format_count(7, QLocale("kk")) == "7"


def test_phrases_and_band_names() -> None:
    assert [band_name(b) for b in BANDS] == list(BAND_NAMES)  # untranslated: the English source
    assert score_phrase(None) == not_given()
    assert score_phrase(15).endswith("Slightly Vibrant")

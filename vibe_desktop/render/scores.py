"""What the score chart and score chips show: scores, bands, colours and their wording.

Plain data and phrases (no widgets), shared by the chart, the report tree, the pages and
the slides. Every phrase goes through Qt translation.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtGui import QColor

from vibe_desktop.core.bands import SCORE_MAX, Band, band_for
from vibe_desktop.core.model import Report
from vibe_desktop.i18n import translate

# Sequential, colour-blind-safe fills (ColorBrewer YlGnBu): they differ in lightness, and
# every band is also labelled in text.
BAND_FILL: dict[str, str] = {
    "not": "#fdf3b3",
    "slightly": "#a1dab4",
    "somewhat": "#41b6c4",
    "highly": "#225ea8",
}


#: The band names, marked for translation (core.bands holds them untranslated).
BAND_NAMES = (
    QT_TRANSLATE_NOOP("bands", "Not Vibrant"),
    QT_TRANSLATE_NOOP("bands", "Slightly Vibrant"),
    QT_TRANSLATE_NOOP("bands", "Somewhat Vibrant"),
    QT_TRANSLATE_NOOP("bands", "Highly Vibrant"),
)


def band_name(band: Band) -> str:
    """A band's name, translated."""
    return translate("bands", band.name)


def band_fill(key: str) -> QColor:
    """The fill colour of a band (by ``Band.key``)."""
    return QColor(BAND_FILL[key])


def band_text(key: str) -> QColor:
    """A text colour that reads on the band's fill."""
    return QColor("#000000") if band_fill(key).lightnessF() > 0.5 else QColor("#ffffff")


def format_score(score: float, locale: QLocale | None = None) -> str:
    """A score as the report writes it, in the UI language's locale (``QLocale()``, which
    ``i18n.install_translations`` sets): 15, or 23.5 for averaged scores (23,5 in ru/kk)."""
    loc = locale if locale is not None else QLocale()
    value = float(score)
    if value.is_integer():
        return loc.toString(int(value))
    return loc.toString(value, "f", 1)


def format_count(n: int, locale: QLocale | None = None) -> str:
    """A count in the UI language's locale (12 345 in ru/kk, 12,345 in English)."""
    return (locale if locale is not None else QLocale()).toString(int(n))


def not_given() -> str:
    """The one phrase shown wherever the data has no score."""
    return translate("Scores", "not given in this report")


@dataclass(frozen=True, slots=True)
class PrincipleScore:
    """One principle's row: number, title and score (None where the report gives none)."""

    number: int
    title: str
    score: float | None


@dataclass(frozen=True, slots=True)
class ScoreData:
    """What the chart shows: the overall score and one row per principle."""

    overall: float | None
    principles: tuple[PrincipleScore, ...]

    @classmethod
    def from_report(cls, report: Report) -> ScoreData:
        return cls(
            report.overall_score,
            tuple(PrincipleScore(p.number, p.title, p.score) for p in report.principles),
        )

    def describe(self) -> str:
        """The whole chart as sentences, for screen readers and tooltips."""
        parts = [overall_line(self.overall) + "."]
        for row in self.principles:
            parts.append(translate("Scores", "Principle {n}, {title}: {score}.").format(
                n=row.number, title=row.title, score=score_phrase(row.score)))
        return " ".join(parts)


def score_phrase(score: float | None, *, separator: str = ", ") -> str:
    """'15 of 40, Slightly Vibrant' (slides and handouts: ``separator=" · "``), or the one
    phrase for a missing score."""
    band = band_for(score)
    if score is None or band is None:
        return not_given()
    return (translate("Scores", "{score} of {max}").format(score=format_score(score),
                                                          max=format_score(SCORE_MAX))
            + separator + band_name(band))


def overall_line(score: float | None) -> str:
    return translate("Scores", "Overall score: {phrase}").format(phrase=score_phrase(score))

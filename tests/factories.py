"""Small synthetic reports for tests (never shipped): one with every score given."""

from __future__ import annotations

from vibe_desktop.core.model import (
    PRINCIPLE_TITLES,
    Footnote,
    Indicator,
    Person,
    Principle,
    Quote,
    Report,
    Rights,
    indicator_numbers,
)

ACK = "The Vibrant Information Barometer (VIBE) is a product of IREX with funding from USAID."


def make_report(
    report_id: str = "testland-2030",
    country: str = "Testland",
    edition: int = 2030,
    *,
    scores: bool = True,
    overall: float | None = 23,
) -> Report:
    """A complete, valid report: 4 principles, 20 indicators, quotes, footnotes, a panel.

    With ``scores=True`` every principle and indicator has a score (a fixture for charts
    with a full set of scores); with ``scores=False`` they are all None, as in the
    Kazakhstan 2022 export.
    """
    principles = []
    footnote_no = 0
    footnotes = []
    for p in range(1, 5):
        indicators = []
        for n in indicator_numbers(p):
            footnote_no += 1
            footnotes.append(
                Footnote(footnote_no, f"Source {footnote_no}: <https://example.org/{n}>")
            )
            paragraphs = (
                f"Indicator {n} opening sentence about {country}. It has a second sentence.",
                (
                    f"A *second* paragraph of indicator {n} citing a source.[^{footnote_no}] "
                    f"Ana Panelist said the situation in {country} is stable."
                ),
                f"A third paragraph of indicator {n} with a [link](https://example.org/i{n}).",
            )
            quotes = (
                (Quote(f"The situation in {country} is stable for indicator {n}.", "Panelist"),)
                if n % 2
                else ()
            )
            score = (10 + 1.5 * n) if scores else None
            indicators.append(
                Indicator(n, f"Indicator title number {n}.", score, paragraphs, quotes)
            )
        principles.append(
            Principle(
                p,
                PRINCIPLE_TITLES[p],
                (6.0 + 8 * p) if scores else None,
                (f"Principle {p} own text for {country}.",),
                tuple(indicators),
            )
        )
    return Report(
        id=report_id,
        country=country,
        edition=edition,
        title="Vibrant Information Barometer",
        publisher="IREX",
        overall_score=overall,
        summary=(f"{country} summary paragraph one.", f"{country} summary paragraph two."),
        principles=tuple(principles),
        footnotes=tuple(footnotes),
        panel=(
            Person("Ana Panelist", "editor, Example Media, Capital"),
            Person("Boris Expert", "media lawyer, Capital"),
        ),
        moderator=Person("Mona Moderator", "director, Example Center, Capital"),
        rights=Rights(
            copyright="Copyright © 2030 by IREX",
            notice=f"Notice of Rights: distribute with the acknowledgment “{ACK}”",
            funding="This report is made possible by the support of the American people.",
        ),
    )


def consistent_scores(report: Report) -> Report:
    """``report`` with each given principle score made the mean of its indicators' scores,
    and the overall score the mean of the principles' (as the loader checks) where all are given."""
    import dataclasses

    principles = tuple(
        dataclasses.replace(p, score=sum(i.score for i in p.indicators if i.score is not None)
                            / len(p.indicators))
        if p.score is not None and all(i.score is not None for i in p.indicators) else p
        for p in report.principles)
    overall = report.overall_score
    if overall is not None and all(p.score is not None for p in principles):
        overall = sum(p.score or 0 for p in principles) / len(principles)
    return dataclasses.replace(report, principles=principles, overall_score=overall)

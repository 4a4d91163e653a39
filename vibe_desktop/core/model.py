"""Immutable plain-Python objects for a VIBE report and its parts, with paragraph anchors."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

#: Principle titles from the VIBE methodology; they hold for every report.
PRINCIPLE_TITLES: dict[int, str] = {
    1: "Information Quality",
    2: "Multiple Channels: How Information Flows",
    3: "Information Consumption and Engagement",
    4: "Transformative Action",
}
INDICATORS_PER_PRINCIPLE = 5


def indicator_numbers(principle: int) -> range:
    """The indicator numbers principle N holds: 5N-4 .. 5N."""
    return range(INDICATORS_PER_PRINCIPLE * principle - 4, INDICATORS_PER_PRINCIPLE * principle + 1)


@dataclass(frozen=True, slots=True)
class Quote:
    """A pull quote taken out of the running text; speaker as the source names them."""

    text: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Indicator:
    """One of the twenty indicators: its narrative paragraphs and pull quotes."""

    number: int
    title: str
    score: float | None
    paragraphs: tuple[str, ...]
    quotes: tuple[Quote, ...] = ()

    @property
    def principle_number(self) -> int:
        return principle_of(self.number)


def principle_of(indicator: int) -> int:
    """The principle an indicator number belongs to (1-5 -> 1, 6-10 -> 2, ...)."""
    return (indicator - 1) // INDICATORS_PER_PRINCIPLE + 1


@dataclass(frozen=True, slots=True)
class Principle:
    """One of the four principles: its own text and its five indicators."""

    number: int
    title: str
    score: float | None
    intro: tuple[str, ...]
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True, slots=True)
class Footnote:
    """A footnote, referred to as [^N] from paragraphs."""

    number: int
    text: str


@dataclass(frozen=True, slots=True)
class Person:
    """A panelist, or the moderator: the name and the details as the source lists them."""

    name: str
    details: str = ""


@dataclass(frozen=True, slots=True)
class Rights:
    """The copyright line, notice of rights and funding statement, verbatim."""

    copyright: str
    notice: str
    funding: str


@dataclass(frozen=True, slots=True)
class Report:
    """A whole VIBE country report."""

    id: str
    country: str
    edition: int
    title: str
    publisher: str
    overall_score: float | None
    summary: tuple[str, ...]
    principles: tuple[Principle, ...]
    footnotes: tuple[Footnote, ...]
    panel: tuple[Person, ...]
    moderator: Person | None
    rights: Rights
    schema_version: int = 1
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    # -- look-ups -------------------------------------------------------------
    def principle(self, number: int) -> Principle:
        for principle in self.principles:
            if principle.number == number:
                return principle
        raise KeyError(f"{self.id} has no principle {number}")

    def indicator(self, number: int) -> Indicator:
        for indicator in self.indicators():
            if indicator.number == number:
                return indicator
        raise KeyError(f"{self.id} has no indicator {number}")

    def footnote(self, number: int) -> Footnote:
        for footnote in self.footnotes:
            if footnote.number == number:
                return footnote
        raise KeyError(f"{self.id} has no footnote {number}")

    def indicators(self) -> Iterator[Indicator]:
        for principle in self.principles:
            yield from principle.indicators

    def paragraphs(self) -> Iterator[tuple[str, str]]:
        """Every paragraph of running text with its anchor, in reading order."""
        for n, text in enumerate(self.summary, 1):
            yield anchor(self.id, "summary", n), text
        for principle in self.principles:
            for n, text in enumerate(principle.intro, 1):
                yield anchor(self.id, f"pr{principle.number}", n), text
            for indicator in principle.indicators:
                for n, text in enumerate(indicator.paragraphs, 1):
                    yield anchor(self.id, f"i{indicator.number}", n), text
        for footnote in self.footnotes:
            yield f"{self.id}/fn{footnote.number}", footnote.text


def anchor(report_id: str, section: str, paragraph: int) -> str:
    """A paragraph's stable anchor, e.g. ``kazakhstan-2022/i6/p3``."""
    return f"{report_id}/{section}/p{paragraph}"


@dataclass(frozen=True, slots=True)
class Anchor:
    """A parsed anchor: report id, section ('summary', 'pr2', 'i6', 'fn10', 'panel'), paragraph."""

    report_id: str
    section: str
    paragraph: int | None = None

    @classmethod
    def parse(cls, text: str) -> Anchor:
        parts = text.strip("/").split("/")
        if len(parts) not in (2, 3) or not all(parts):
            raise ValueError(f"not a paragraph anchor: {text!r}")
        paragraph = None
        if len(parts) == 3:
            if not (parts[2].startswith("p") and parts[2][1:].isdigit()):
                raise ValueError(f"not a paragraph anchor: {text!r}")
            paragraph = int(parts[2][1:])
        return cls(parts[0], parts[1], paragraph)

    @classmethod
    def summary_page(cls, report_id: str, paragraph: int | None = None) -> Anchor:
        """The overview (``id/summary``), or one of its paragraphs."""
        return cls(report_id, "summary", paragraph)

    @classmethod
    def principle_page(cls, report_id: str, number: int, paragraph: int | None = None) -> Anchor:
        """A principle's page (``id/pr2``), or a paragraph of its own text."""
        return cls(report_id, f"pr{number}", paragraph)

    @classmethod
    def indicator_page(cls, report_id: str, number: int, paragraph: int | None = None) -> Anchor:
        """An indicator's page (``id/i6``), or one of its paragraphs (``id/i6/p3``)."""
        return cls(report_id, f"i{number}", paragraph)

    @classmethod
    def panel_page(cls, report_id: str) -> Anchor:
        """The panel & rights page (``id/panel``)."""
        return cls(report_id, "panel")

    @classmethod
    def footnote_note(cls, report_id: str, number: int) -> Anchor:
        """A footnote (``id/fn10``)."""
        return cls(report_id, f"fn{number}")

    @property
    def page(self) -> Anchor:
        """This anchor without its paragraph."""
        return Anchor(self.report_id, self.section)

    def __str__(self) -> str:
        base = f"{self.report_id}/{self.section}"
        return base if self.paragraph is None else f"{base}/p{self.paragraph}"

    @property
    def indicator(self) -> int | None:
        s = self.section
        return int(s[1:]) if s.startswith("i") and s[1:].isdigit() else None

    @property
    def principle(self) -> int | None:
        s = self.section
        return int(s[2:]) if s.startswith("pr") and s[2:].isdigit() else None

    @property
    def footnote(self) -> int | None:
        s = self.section
        return int(s[2:]) if s.startswith("fn") and s[2:].isdigit() else None

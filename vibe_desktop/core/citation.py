"""Copy with citation: a passage, its place in the report and the acknowledgment IREX requires."""

from __future__ import annotations

from dataclasses import dataclass

from vibe_desktop import ACKNOWLEDGMENT
from vibe_desktop.core import markup
from vibe_desktop.core.model import Anchor, Quote, Report, principle_of


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """The words a place is written with (``{n}``: a number); the UI passes translated ones
    (``i18n.place_words()``), core itself knows only the English."""

    report: str = "VIBE {edition} {country}"
    principle: str = "Principle {n}"
    indicator: str = "Indicator {n}"
    footnote: str = "footnote {n}"
    overview: str = "overview"
    panel: str = "panel and rights"
    paragraph: str = "paragraph {n}"
    separator: str = ", "


ENGLISH = PlaceWords()
# The words used when a caller passes none: English until the app sets its UI language's
# (app.py calls use_words once, after loading the translators).
_default = [ENGLISH]


def use_words(words: PlaceWords) -> None:
    """Make ``words`` the default for every place written without explicit words."""
    _default[0] = words


def section_parts(anchor: str, words: PlaceWords | None = None) -> list[str]:
    """The parts of a place inside its report: ``["Principle 2", "Indicator 6", "paragraph 3"]``."""
    w = words or _default[0]
    parsed = Anchor.parse(anchor)
    parts = []
    if parsed.indicator is not None:
        number = parsed.indicator
        parts += [w.principle.format(n=principle_of(number)), w.indicator.format(n=number)]
    elif parsed.principle is not None:
        parts.append(w.principle.format(n=parsed.principle))
    elif parsed.footnote is not None:
        parts.append(w.footnote.format(n=parsed.footnote))
    elif parsed.section == "summary":
        parts.append(w.overview)
    elif parsed.section == "panel":
        parts.append(w.panel)
    else:
        parts.append(parsed.section)
    if parsed.paragraph is not None:
        parts.append(w.paragraph.format(n=parsed.paragraph))
    return parts


def section_place(anchor: str, words: PlaceWords | None = None) -> str:
    """Where an anchor is inside its report: ``Principle 2, Indicator 6, paragraph 3``."""
    return (words or _default[0]).separator.join(section_parts(anchor, words))


def reading_order(anchor: str) -> tuple[int, int, int]:
    """A sort key putting anchors in the report's reading order (overview, principles, ...)."""
    parsed = Anchor.parse(anchor)
    paragraph = parsed.paragraph or 0
    if parsed.section == "summary":
        return (0, 0, paragraph)
    if parsed.principle is not None:
        return (parsed.principle * 10, 0, paragraph)
    if parsed.indicator is not None:
        number = parsed.indicator
        return (principle_of(number) * 10, number, paragraph)
    if parsed.section == "panel":
        return (100, 0, paragraph)
    if parsed.footnote is not None:
        return (200, parsed.footnote, paragraph)
    return (300, 0, paragraph)


def place(report: Report, anchor: str, words: PlaceWords | None = None) -> str:
    """Where an anchor is, for people: ``VIBE 2022 Kazakhstan, Principle 2, Indicator 6,
    paragraph 3``."""
    w = words or _default[0]
    head = w.report.format(edition=report.edition, country=report.country)
    return w.separator.join([head, *section_parts(anchor, w)])


def place_with_anchor(report: Report, anchor: str, words: PlaceWords | None = None) -> str:
    """The place followed by its anchor in brackets, as used in citations and exports."""
    return f"{place(report, anchor, words)} ({Anchor.parse(anchor)})"


def cite(report: Report, anchor: str, text: str, speaker: str | None = None,
         words: PlaceWords | None = None) -> str:
    """``text``, then its place (and the speaker of a pull quote), then the acknowledgment
    (always in English: IREX requires it word for word)."""
    body = text.strip()
    if speaker:
        body = f"“{body}”\n— {speaker}"
    return f"{body}\n\n{place_with_anchor(report, anchor, words)}\n{ACKNOWLEDGMENT}\n"


def paragraph_text(report: Report, anchor: str) -> str:
    """The plain text of the paragraph at ``anchor``, as a reader sees it (KeyError if none)."""
    wanted = str(Anchor.parse(anchor))
    for candidate, text in report.paragraphs():
        if candidate == wanted:
            return markup.to_plain(text)
    raise KeyError(f"{report.id} has no paragraph {anchor}")


def cite_paragraph(report: Report, anchor: str) -> str:
    """A whole paragraph with its citation."""
    return cite(report, anchor, paragraph_text(report, anchor))


def quote_holding(report: Report, page: str, text: str) -> Quote | None:
    """The pull quote on ``page`` that holds ``text`` (a selection or a whole block), if any."""
    parsed = Anchor.parse(page)
    if parsed.indicator is None or not text.strip():
        return None
    wanted = " ".join(text.split())
    for quote in report.indicator(parsed.indicator).quotes:
        if wanted in " ".join(markup.to_plain(quote.text).split()):
            return quote
    return None


def citation_for(report: Report, page: str, anchor: str | None, selected: str) -> str | None:
    """What "Copy with citation" copies from ``page``: the selection (a pull quote's with its
    speaker) or the paragraph at ``anchor``, with the place and acknowledgment; None if neither."""
    if selected.strip():
        quote = None if anchor else quote_holding(report, page, selected)
        if quote is not None:
            return cite(report, page, selected, quote.speaker)
        return cite(report, anchor or page, selected)
    if anchor:
        return cite_paragraph(report, anchor)
    return None

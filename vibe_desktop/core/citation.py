"""Copy with citation: a passage, its place in the report and the acknowledgment IREX requires."""

from __future__ import annotations

from vibe_desktop import ACKNOWLEDGMENT
from vibe_desktop.core import markup
from vibe_desktop.core.model import Anchor, Quote, Report, principle_of


def section_place(anchor: str) -> str:
    """Where an anchor is inside its report: ``Principle 2, Indicator 6, paragraph 3``."""
    parsed = Anchor.parse(anchor)
    parts = []
    if parsed.indicator is not None:
        number = parsed.indicator
        parts += [f"Principle {principle_of(number)}", f"Indicator {number}"]
    elif parsed.principle is not None:
        parts.append(f"Principle {parsed.principle}")
    elif parsed.footnote is not None:
        parts.append(f"footnote {parsed.footnote}")
    elif parsed.section == "summary":
        parts.append("overview")
    elif parsed.section == "panel":
        parts.append("panel and rights")
    else:
        parts.append(parsed.section)
    if parsed.paragraph is not None:
        parts.append(f"paragraph {parsed.paragraph}")
    return ", ".join(parts)


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


def place(report: Report, anchor: str) -> str:
    """Where an anchor is, for people: ``VIBE 2022 Kazakhstan, Principle 2, Indicator 6, paragraph 3``."""
    return f"VIBE {report.edition} {report.country}, {section_place(anchor)}"


def place_with_anchor(report: Report, anchor: str) -> str:
    """The place followed by its anchor in brackets, as used in citations and exports."""
    return f"{place(report, anchor)} ({Anchor.parse(anchor)})"


def cite(report: Report, anchor: str, text: str, speaker: str | None = None) -> str:
    """``text``, then its place (and the speaker of a pull quote), then the acknowledgment."""
    body = text.strip()
    if speaker:
        body = f"“{body}”\n— {speaker}"
    return f"{body}\n\n{place_with_anchor(report, anchor)}\n{ACKNOWLEDGMENT}\n"


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

"""Small synthetic VIBE text exports for importer tests, with every quirk switchable."""

from __future__ import annotations

from vibe_desktop.core.model import indicator_numbers

TITLE = [
    "",
    "TESTLAND",
    "",
    "Vibrant Information Barometer",
    "",
    "2 0 3 0",
    "",
    "",
    "",
    "Highly Vibrant",
    "",
    "Somewhat Vibrant",
    "",
    "Slightly Vibrant",
    "",
    "Not Vibrant",
    "",
    "OVERALL",
    "SCORE**23**",
]
BACK = [
    "LIST OF PANEL PARTICIPANTS",
    "Ana Panelist, editor, Testland Daily, Capital",
    "Bo Expert, media lawyer",
    "MODERATOR AND AUTHOR",
    "Cy Moderator, director, Test Centre, Capital",
    "Copyright © 2030 by IREX",
    ("Notice of Rights: Permission is granted to display, copy, and distribute VIBE in whole "
    "or in part, provided that: (a) the materials are used with the acknowledgment “The "
    "Vibrant Information Barometer (VIBE) is a product of IREX with funding from USAID.”; "
    "(b) VIBE is used solely for personal, noncommercial, or informational use; and (c) no "
    "modifications of VIBE are made."),
    "This study is made possible by the support of the American People through USAID.",
]


def default_paragraphs(n: int) -> list[str]:
    return [f"Indicator {n} opens here.", f"Indicator {n} closes here."]


def make_source(
    *,
    summary: list[str] | None = None,
    intros: dict[int, list[str]] | None = None,
    indicators: dict[int, list[str]] | None = None,
    title: list[str] | None = None,
    back: list[str] | None = None,
    principle_break: int = 3,
    headings: dict[int, str] | None = None,
) -> str:
    """A complete text export; each list item is one block, blocks separated by a blank line.

    ``indicators`` replaces the blocks of the given indicators; ``headings`` replaces a
    heading line (use "" to drop it).
    """
    lines: list[str] = list(TITLE if title is None else title)
    lines += ["", *"\n\n".join(summary or ["Testland had a year."]).split("\n")]
    for p in range(1, 5):
        lines += [""] * principle_break
        lines += "\n\n".join((intros or {}).get(p, [f"Principle {p} opens."])).split("\n")
        for n in indicator_numbers(p):
            heading = (headings or {}).get(n, f"Indicator {n}: Title number {n}.")
            if heading:
                lines += ["", heading]
            blocks = (indicators or {}).get(n, default_paragraphs(n))
            if blocks:
                lines += ["", *"\n\n".join(blocks).split("\n")]
    for block in BACK if back is None else back:
        lines += ["", block]
    return "\n".join(lines) + "\n"

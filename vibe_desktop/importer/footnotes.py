"""Footnotes: superscript markers to ``[^N]``, and definitions pulled out of the running text.

A footnote definition is a paragraph that starts with a plain or superscript number and a
space, where the number is the next one in sequence (1, 2, ...), some earlier paragraph
already cites it, and (for a plain number) the text holds a link or a year. The text export
drops definitions wherever a page ended, so they are taken out here; the paragraph halves
around them are rejoined later (joins.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vibe_desktop.core.markup import footnote_refs
from vibe_desktop.importer.errors import ImportFailureError
from vibe_desktop.importer.sections import Item

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_DIGITS = str.maketrans(SUPERSCRIPTS, "0123456789")
_SUPER_RUN = re.compile(f"[{SUPERSCRIPTS}]+")
_DEFINITION = re.compile(rf"^(\d{{1,3}}|[{SUPERSCRIPTS}]{{1,3}})\s+(\S.*)$", re.DOTALL)

# A definition under a plain number must look like a source (a link or a year), so that a
# paragraph such as "15 journalists were detained." is never taken for footnote 15.
_CITATION = re.compile(r"https?://|www\.|\b(?:19|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class Definition:
    number: int
    text: str
    line: int


def convert_markers(text: str) -> str:
    """Superscript digit runs (¹ … ¹⁴) become footnote references ``[^N]``."""
    return _SUPER_RUN.sub(lambda m: f"[^{int(m.group(0).translate(_TO_DIGITS))}]", text)


def extract_footnotes(items: list[Item]) -> tuple[list[Item], list[Definition]]:
    """Split items into running text (markers converted) and footnote definitions."""
    problems: list[tuple[int, str]] = []
    running: list[Item] = []
    definitions: list[Definition] = []
    cited: dict[int, int] = {}  # number -> line of first citation
    expected = 1
    misplaced: set[int] = set()
    for item in items:
        m = _DEFINITION.match(item.text)
        if m:
            raw = m.group(1)
            number = int(raw.translate(_TO_DIGITS))
            plain_ok = raw[0] in SUPERSCRIPTS or _CITATION.search(m.group(2))
            if number == expected and number in cited and plain_ok:
                # a superscript inside a definition (m², a note on a note) stays as written:
                # made a [^N], it would cite a footnote from a footnote
                definitions.append(Definition(number, m.group(2).strip(), item.line))
                expected += 1
                continue
            if raw[0] in SUPERSCRIPTS or (plain_ok and number in cited and number > expected):
                misplaced.add(number)
                problems.append((item.line, (f"footnote definition {number} out of sequence: "
                                 f"expected footnote {expected}")))
                continue
            if number == expected and "http" in m.group(2):
                problems.append((item.line, (f"looks like the definition of footnote {number}, "
                                 f"but no earlier paragraph cites footnote {number}")))
                continue
        text = convert_markers(item.text)
        for number in footnote_refs(text):
            cited.setdefault(number, item.line)
        running.append(Item(item.line, item.end_line, text, item.section))
    defined = {d.number for d in definitions}
    for number, line in sorted(cited.items()):
        if number not in defined and number not in misplaced:
            problems.append((line, f"footnote {number} is cited here but never defined"))
    if problems:
        raise ImportFailureError(problems)
    return running, definitions

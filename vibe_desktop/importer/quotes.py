"""Pull quotes: paragraphs that repeat running text, taken out and attached to an indicator.

A paragraph is a pull quote when, with any ``said NAME`` attribution taken off, its words
(at least MIN_WORDS of them) occur in order as a passage of the other running text —
possibly across a page break — in a longer paragraph than itself; or when the whole
paragraph is set in bold or italics. It attaches to the indicator whose text holds the
words, or, when no indicator holds them, to the indicator it stands in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vibe_desktop.core.markup import to_plain
from vibe_desktop.core.model import Quote
from vibe_desktop.importer.errors import ImportFailure
from vibe_desktop.importer.sections import Item

MIN_WORDS = 8
_OPEN = "“\"‘"
_CLOSE = "”\"’"
_NAME = r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}"
_SAID_AFTER = re.compile(rf"^(?P<body>.+?[{_CLOSE},])\s*said\s+(?P<name>{_NAME})\s*\.?$", re.DOTALL)
_SAID_BEFORE = re.compile(rf"^(?P<body>.+?[{_CLOSE}])\s*(?P<name>{_NAME})\s+said\s*\.?$", re.DOTALL)
_WRAPPED = re.compile(rf"^([{_OPEN}]?\s*)(\*\*|\*)(?!\s)(.+?)\2([{_CLOSE}]?)$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class PullQuote:
    """A detected pull quote, the indicator it belongs to, and where it stood."""

    indicator: int
    quote: Quote
    line: int


def words(text: str) -> list[str]:
    """The words of a paragraph of markup, lower-cased, for comparing passages."""
    return re.findall(r"\w+", to_plain(text).lower())


def unwrap(text: str) -> tuple[str, bool]:
    """Take off a bold/italic wrapper around the whole paragraph; report whether there was one."""
    m = _WRAPPED.match(text.strip())
    if not m or "*" in m.group(3).replace("\\*", ""):
        return text.strip(), False
    return m.group(1) + m.group(3) + m.group(4), True


def split_attribution(text: str) -> tuple[str, str | None]:
    """'“Words,” said NAME.' -> ('Words', 'NAME'); quotation marks around the whole taken off."""
    body, speaker = text.strip(), None
    for pattern in (_SAID_AFTER, _SAID_BEFORE):
        m = pattern.match(body)
        if m:
            body, speaker = m.group("body").strip(), m.group("name")
            break
    if body[:1] in _OPEN and body[-1:] in _CLOSE:
        inner = body[1:-1].strip()
        if not any(ch in inner for ch in "“”\""):
            body = inner
    if speaker is not None:
        body = body.rstrip(",").rstrip()
    return body, speaker


def _looks_like_quote(item: Item) -> bool:
    text, wrapped = unwrap(item.text)
    return wrapped or split_attribution(text)[1] is not None or text[:1] in _OPEN


def _find(needle: list[str], stream: list[tuple[str, int]]) -> int | None:
    """Index in ``stream`` where ``needle`` occurs as a contiguous run of words."""
    n = len(needle)
    first = needle[0]
    for start in range(len(stream) - n + 1):
        if stream[start][0] == first and all(stream[start + k][0] == needle[k] for k in range(n)):
            return start
    return None


def extract_quotes(items: list[Item]) -> tuple[list[Item], list[PullQuote]]:
    """Split running items into the text that stays and the pull quotes taken out."""
    problems: list[tuple[int, str]] = []
    item_words = [words(item.text) for item in items]
    core_words = [words(split_attribution(unwrap(item.text)[0])[0]) for item in items]
    removed: set[int] = set()
    found: list[PullQuote] = []
    for index, item in enumerate(items):
        text, wrapped = unwrap(item.text)
        lead = text.lstrip(_OPEN + " *")
        if not lead[:1].isupper() and not wrapped:
            continue
        core, speaker = split_attribution(text)
        needle = core_words[index]
        if len(needle) < MIN_WORDS and not wrapped:
            continue
        stream = [(w, j) for j, ws in enumerate(item_words) if j != index and j not in removed for w in ws]
        at = _find(needle, stream) if needle else None
        target: int | None = None
        if at is not None:
            holders = {stream[k][1] for k in range(at, at + len(needle))}
            if len(holders) == 1 and len(core_words[next(iter(holders))]) <= len(needle):
                other = items[next(iter(holders))]
                if _looks_like_quote(item) == _looks_like_quote(other):
                    problems.append((item.line, (f"this paragraph repeats the paragraph at line "
                                     f"{other.line} word for word; cannot tell which is a pull quote")))
                    continue
                if not _looks_like_quote(item):
                    continue
            section = items[stream[at][1]].section
            if section[0] == "indicator":
                target = section[1]
        elif not wrapped:
            continue
        if target is None:
            if item.section[0] != "indicator":
                problems.append((item.line, ("pull quote outside any indicator, and no indicator "
                                 "holds its words: the data has nowhere to put it")))
                continue
            target = item.section[1]
        removed.add(index)
        found.append(PullQuote(target, Quote(core, speaker), item.line))
    if problems:
        raise ImportFailure(problems)
    return [item for i, item in enumerate(items) if i not in removed], found

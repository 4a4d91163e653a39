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
MAX_GAP = 40  # words a pull quote may leave out at an ellipsis
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…|\[\.\.\.\]|\(\.\.\.\))\s*")
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


def fragments(core: str) -> list[list[str]]:
    """The quote's words in runs split at ellipses (a pull quote may leave words out)."""
    return [ws for part in _ELLIPSIS.split(core) if (ws := words(part))]


def _find(parts: list[list[str]], stream: list[str]) -> tuple[int, int] | None:
    """Where in ``stream`` the runs occur in order (each contiguous, gaps of at most
    MAX_GAP words between them): (start, end) of the passage, or None."""

    def run_at(run: list[str], at: int) -> bool:
        return stream[at : at + len(run)] == run

    first, rest = parts[0], parts[1:]
    for start in (i for i, word in enumerate(stream) if word == first[0]):
        if not run_at(first, start):
            continue
        end = start + len(first)
        for run in rest:
            end = next((at + len(run) for at in range(end, min(end + MAX_GAP, len(stream)) + 1)
                        if run_at(run, at)), -1)
            if end < 0:
                break
        else:
            return start, end
    return None


def extract_quotes(items: list[Item]) -> tuple[list[Item], list[PullQuote]]:
    """Split running items into the text that stays and the pull quotes taken out."""
    problems: list[tuple[int, str]] = []
    item_words = [words(item.text) for item in items]
    core_words = [words(split_attribution(unwrap(item.text)[0])[0]) for item in items]
    removed: set[int] = set()
    found: list[PullQuote] = []
    # Longest first: a pull quote that runs over two paragraphs of the original must leave
    # before the shorter of them is compared with it.
    for index in sorted(range(len(items)), key=lambda i: (-len(core_words[i]), i)):
        item = items[index]
        text, wrapped = unwrap(item.text)
        lead = text.lstrip(_OPEN + " *")
        if not lead[:1].isupper() and not wrapped:
            continue
        core, speaker = split_attribution(text)
        needle = core_words[index]
        if len(needle) < MIN_WORDS and not wrapped:
            continue
        others = [j for j in range(len(items)) if j != index and j not in removed]
        stream = [w for j in others for w in item_words[j]]
        owner = [j for j in others for _ in item_words[j]]
        span = _find(fragments(core), stream) if needle else None
        target: int | None = None
        if span is not None:
            at = span[0]
            holders = {owner[k] for k in range(*span)}
            if len(holders) == 1 and len(core_words[next(iter(holders))]) <= len(needle):
                other = items[next(iter(holders))]
                if _looks_like_quote(item) == _looks_like_quote(other):
                    problems.append((item.line, (f"this paragraph repeats the paragraph at line "
                                     f"{other.line} word for word; cannot tell which is a pull quote")))
                    continue
                if not _looks_like_quote(item):
                    continue
            section = items[owner[at]].section
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
    found.sort(key=lambda quote: quote.line)
    return [item for i, item in enumerate(items) if i not in removed], found

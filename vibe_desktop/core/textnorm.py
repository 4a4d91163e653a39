"""Text folding for search: case- and diacritic-insensitive tokens with source spans; snippets."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"\w+")
SNIPPET_BEFORE = 60  # characters of context before the first match
SNIPPET_LENGTH = 200
ELLIPSIS = "…"


@lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """One character folded: casefold, NFKD, combining marks dropped (so ё -> е, é -> e)."""
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded string and, for each of its characters, the index of the source character."""

    text: str
    origin: tuple[int, ...]
    source_length: int

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the source text that produced folded[start:end] (end exclusive)."""
        if start >= end:
            return (self.origin[start] if start < len(self.origin) else self.source_length,) * 2
        return self.origin[start], self.origin[end - 1] + 1


def fold(text: str) -> Folded:
    """Fold a whole string, remembering where each folded character came from."""
    if text.isascii():
        return Folded(text.lower(), tuple(range(len(text))), len(text))
    parts: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        if char.isascii():
            low = char.lower()
            parts.append(low)
            origin.append(i)
            continue
        folded = fold_char(char)
        parts.append(folded)
        origin.extend([i] * len(folded))
    return Folded("".join(parts), tuple(origin), len(text))


def fold_text(text: str) -> str:
    """Just the folded string."""
    if text.isascii():
        return text.lower()
    return "".join(c.lower() if c.isascii() else fold_char(c) for c in text)


@dataclass(frozen=True, slots=True)
class Token:
    """A folded word and the span of the source text it came from."""

    term: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """The folded words of a text (Unicode ``\\w`` runs, so Cyrillic works) with source spans."""
    folded = fold(text)
    out = []
    for match in _WORD.finditer(folded.text):
        start, end = folded.source_span(match.start(), match.end())
        out.append(Token(match.group(0), start, end))
    return out


def terms(text: str) -> list[str]:
    """Only the folded words of a text."""
    return _WORD.findall(fold_text(text))


def find_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Every non-overlapping occurrence of ``needle`` in ``text``, ignoring case and diacritics.

    Spans are in source positions of ``text`` (used by find-in-page on a page's plain text).
    """
    folded_needle = fold_text(needle)
    if not folded_needle.strip():
        return []
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    pos = folded.text.find(folded_needle)
    while pos >= 0:
        end = pos + len(folded_needle)
        span = folded.source_span(pos, end)
        if not spans or span[0] >= spans[-1][1]:
            spans.append(span)
        pos = folded.text.find(folded_needle, end)
    return spans


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def make_snippet(
    text: str, spans: list[tuple[int, int]]
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of ``text`` around the first span, cut at spaces, with the spans inside it."""
    if len(text) <= SNIPPET_LENGTH:
        return text, tuple(spans)
    anchor = spans[0][0] if spans else 0
    start = max(0, anchor - SNIPPET_BEFORE)
    if start > 0:
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 and anchor - space < SNIPPET_BEFORE * 2 else start
    end = min(len(text), start + SNIPPET_LENGTH)
    if spans and spans[0][1] > end:
        end = min(len(text), spans[0][1] + 20)
    if end < len(text):
        space = text.find(" ", end)
        end = space if 0 <= space < end + 30 else end
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    shift = len(prefix) - start
    inside = tuple((s + shift, e + shift) for s, e in spans if s >= start and e <= end)
    return prefix + text[start:end] + suffix, inside

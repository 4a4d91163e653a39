"""Pull quotes: paragraphs that repeat running text, taken out and attached to an indicator.

A paragraph is a pull quote when, with any ``said NAME`` attribution taken off, its words
(at least MIN_WORDS of them) occur in order as a passage of the other running text —
possibly across a page break — in a longer paragraph than itself; or when the whole
paragraph is set in bold or italics. It attaches to the indicator whose text holds the
words, or, when no indicator holds them, to the indicator it stands in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from vibe_desktop.core.markup import to_plain
from vibe_desktop.core.model import Quote
from vibe_desktop.importer.errors import ImportFailureError
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


class _Stream:
    """Every item's words in one list, read as if the excluded items were not there.

    The old way built the stream of "every other paragraph's words" afresh for each
    candidate quote: quadratic (a 614 KiB export took 87 s). Here the words are laid out
    once, indexed by their first words (k-grams, k <= 3), and excluded items (quotes taken
    out, and the candidate itself) are skipped while reading; the k-grams that only exist
    because an item was taken out from between two others are indexed when it is.
    """

    K = 3

    def __init__(self, item_words: list[list[str]]) -> None:
        self.words: list[str] = []
        self.owner: list[int] = []
        self.start: list[int] = []
        for j, ws in enumerate(item_words):
            self.start.append(len(self.words))
            self.words.extend(ws)
            self.owner.extend([j] * len(ws))
        self.end = [*self.start[1:], len(self.words)]
        self.excluded: set[int] = set()
        self._index: dict[int, dict[tuple[str, ...], list[int]]] = {}
        self._joins: dict[tuple[str, ...], set[int]] = {}

    def _grams(self, k: int) -> dict[tuple[str, ...], list[int]]:
        index = self._index.get(k)
        if index is None:
            index = self._index[k] = {}
            w = self.words
            for p in range(len(w) - k + 1):
                index.setdefault(tuple(w[p:p + k]), []).append(p)
        return index

    def after(self, p: int, count: int) -> list[int]:
        """Up to ``count`` positions from ``p`` on (``p`` itself first), skipping excluded items."""
        out: list[int] = []
        if p >= len(self.words):
            return out
        j = self.owner[p]
        while len(out) < count:
            stop = min(self.end[j], p + count - len(out))
            out.extend(range(p, stop))
            if len(out) >= count:
                break
            j += 1
            while j < len(self.start) and j in self.excluded:
                j += 1
            if j >= len(self.start):
                break
            p = self.start[j]
        return out

    def before(self, item: int, count: int) -> list[int]:
        """Up to ``count`` positions just before ``item``, skipping excluded items."""
        out: list[int] = []
        j = item - 1
        while j >= 0 and len(out) < count:
            if j not in self.excluded:
                out.extend(range(self.end[j] - 1, max(self.start[j], self.end[j] -
                                                       (count - len(out))) - 1, -1))
            j -= 1
        return out

    def exclude(self, item: int) -> None:
        """Take ``item`` out for good, indexing the word runs that now join across it."""
        self.excluded.add(item)
        for q in self.before(item, self.K - 1):
            for k in range(1, self.K + 1):
                key = tuple(self.words[r] for r in self.after(q, k))
                self._joins.setdefault(key, set()).add(q)

    def candidates(self, first: list[str], item: int) -> list[int]:
        k = min(self.K, len(first))
        key = tuple(first[:k])
        found = set(self._grams(k).get(key, ()))
        found |= self._joins.get(key, set())
        found.update(self.before(item, k - 1))  # runs that join across the candidate itself
        return sorted(p for p in found if self.owner[p] not in self.excluded)

    def find(self, parts: list[list[str]], item: int) -> tuple[int, set[int]] | None:
        """Where the runs occur in order (each contiguous, gaps of at most MAX_GAP words):
        the first position and the items the passage spans, or None."""
        first, rest = parts[0], parts[1:]
        words = self.words
        for start in self.candidates(first, item):
            run = self.after(start, len(first))
            if [words[p] for p in run] != first:
                continue
            passage = list(run)
            for part in rest:
                ahead = self.after(passage[-1], MAX_GAP + len(part) + 2)[1:]  # what follows
                hit = next((o for o in range(min(MAX_GAP, len(ahead) - len(part)) + 1)
                            if [words[p] for p in ahead[o:o + len(part)]] == part), None)
                if hit is None:
                    break
                passage.extend(ahead[:hit + len(part)])
            else:
                return start, {self.owner[p] for p in passage}
        return None


def extract_quotes(items: list[Item], tick: Callable[[float], None] | None = None,
                   ) -> tuple[list[Item], list[PullQuote]]:
    """Split running items into the text that stays and the pull quotes taken out.

    ``tick(fraction)`` is called every few dozen paragraphs (progress, and a chance to cancel).
    """
    problems: list[tuple[int, str]] = []
    item_words = [words(item.text) for item in items]
    core_words = [words(split_attribution(unwrap(item.text)[0])[0]) for item in items]
    removed: set[int] = set()
    stream = _Stream(item_words)
    found: list[PullQuote] = []
    # Longest first: a pull quote that runs over two paragraphs of the original must leave
    # before the shorter of them is compared with it.
    for done, index in enumerate(sorted(range(len(items)), key=lambda i: (-len(core_words[i]), i))):
        if tick is not None and done % 64 == 0:
            tick(done / len(items))
        item = items[index]
        text, wrapped = unwrap(item.text)
        lead = text.lstrip(_OPEN + " *")
        if not lead[:1].isupper() and not wrapped:
            continue
        core, speaker = split_attribution(text)
        needle = core_words[index]
        if len(needle) < MIN_WORDS and not wrapped:
            continue
        stream.excluded.add(index)
        span = stream.find(fragments(core), index) if needle else None
        stream.excluded.discard(index)
        target: int | None = None
        if span is not None:
            at, holders = span
            if len(holders) == 1 and len(core_words[next(iter(holders))]) <= len(needle):
                other = items[next(iter(holders))]
                if _looks_like_quote(item) == _looks_like_quote(other):
                    problems.append((item.line, (f"this paragraph repeats the paragraph at line "
                                     f"{other.line} word for word; cannot tell which is a "
                                     "pull quote")))
                    continue
                if not _looks_like_quote(item):
                    continue
            section = items[stream.owner[at]].section
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
        stream.exclude(index)
        found.append(PullQuote(target, Quote(core, speaker), item.line))
    if problems:
        raise ImportFailureError(problems)
    found.sort(key=lambda quote: quote.line)
    return [item for i, item in enumerate(items) if i not in removed], found

"""Page-break joins: a paragraph that ends mid-sentence continues in the next block.

A block whose text (after closing quotes, brackets, emphasis markers and footnote
references) does not end in ``.``, ``!``, ``?`` or ``…`` continues in the next block of the
same section; they are joined with one space. A block ending in a hyphen after a letter was
cut at the hyphen. The hyphen rule decides between a split word and a compound:

1. the joined word (``dis-`` + ``cuss`` -> ``discuss``) occurs elsewhere in the text: join it;
2. otherwise the hyphenated word (``election-related``) occurs elsewhere: keep the hyphen;
3. otherwise both halves occur elsewhere as words of their own (``election``, ``related``):
   a compound, keep the hyphen; otherwise a split word: join.
"""

from __future__ import annotations

import re
from collections import Counter

from vibe_desktop.importer.errors import ImportFailureError
from vibe_desktop.importer.sections import Item

TERMINAL = ".!?…"
_DASHES = ("—", "–")
_CLOSERS = "”\"’')]*_ "
_FNREF_TAIL = re.compile(r"(\[\^\d+\])+$")
_HYPHEN_TAIL = re.compile(r"([^\W\d_]+)-$")
_HEAD_WORD = re.compile(r"^([^\W\d_]+)")


def ends_sentence(text: str) -> bool:
    """Whether a block ends a paragraph (terminal punctuation before closers/footnotes)."""
    tail = text.rstrip()
    while True:
        stripped = _FNREF_TAIL.sub("", tail).rstrip(_CLOSERS)
        if stripped == tail:
            break
        tail = stripped
    return tail[-1:] in TERMINAL


def word_counts(texts: list[str]) -> Counter[str]:
    """How often each (lower-case) word, hyphenated words included, occurs in the texts."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", text))
        counts.update(w.lower() for w in re.findall(r"[^\W\d_]+", text))
    return counts


def join_hyphenated(left: str, right: str, counts: Counter[str]) -> bool:
    """True when ``left``- + ``right`` is a word split by the page (join without hyphen)."""
    joined, hyphenated = (left + right).lower(), f"{left}-{right}".lower()
    if counts[joined] > 0:
        return True
    if counts[hyphenated] > 0:
        return False
    # The halves themselves were counted once where the page cut them.
    return not (counts[left.lower()] > 1 and counts[right.lower()] > 1)


def join_text(first: str, second: str, counts: Counter[str]) -> str:
    """Join two halves of a paragraph cut by a page break."""
    first, second = first.rstrip(), second.lstrip()
    tail, head = _HYPHEN_TAIL.search(first), _HEAD_WORD.match(second)
    if tail and head:
        if join_hyphenated(tail.group(1), head.group(1), counts):
            return first[:-1] + second
        return first + second
    if first.endswith(_DASHES) or second.startswith(_DASHES):
        return first + second  # the export's dashes are unspaced: "information—and"
    return f"{first} {second}"


def join_page_breaks(items: list[Item]) -> list[Item]:
    """Merge blocks cut by page breaks within each section; a cut with no continuation fails."""
    counts = word_counts([item.text for item in items])
    out: list[Item] = []
    problems: list[tuple[int, str]] = []
    for item in items:
        if out and out[-1].section == item.section and not ends_sentence(out[-1].text):
            prev = out[-1]
            out[-1] = Item(prev.line, item.end_line, join_text(prev.text, item.text, counts),
                           prev.section)
            continue
        if out and not ends_sentence(out[-1].text):
            problems.append((out[-1].end_line, ("paragraph ends mid-sentence and nothing in the "
                             "same section continues it")))
        out.append(item)
    if out and not ends_sentence(out[-1].text):
        problems.append((out[-1].end_line, "paragraph ends mid-sentence and nothing continues it"))
    if problems:
        raise ImportFailureError(problems)
    return out

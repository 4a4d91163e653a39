"""Panelists and moderator: which pull quotes and paragraphs name them, across spelling variants.

The report spells some names differently in its text and in its panel list ("Vadim Boreyko"
vs "Vadim Boreiko", "Jamilya Maricheva" vs "Djamilya Maricheva", "Galiya Agenova" vs
"Galiya Azhenova"). Names are compared by a transliteration key (y/i, dj/dzh/zh/j, a
leading ye/e, doubled letters) and, for long surnames, one edit of slack.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from vibe_desktop.core import markup
from vibe_desktop.core.model import Person, Report
from vibe_desktop.core.textnorm import Token, fold_text, tokens

_KEY_REPLACEMENTS = (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("y", "i"))
_DOUBLE = re.compile(r"(.)\1+")
_FUZZY_MIN_LENGTH = 6


@lru_cache(maxsize=4096)
def name_key(word: str) -> str:
    """A transliteration-tolerant key for one name word: Boreyko and Boreiko share one."""
    key = re.sub(r"\W", "", fold_text(word))
    for old, new in _KEY_REPLACEMENTS:
        key = key.replace(old, new)
    if key.startswith("ie"):  # Yerzhan / Erzhan, Yerkimbay / Erkimbay
        key = key[1:]
    return _DOUBLE.sub(r"\1", key)


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def same_name(a: str, b: str) -> bool:
    """Whether two name words are spellings of one name (compared by key)."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    return (
        min(len(ka), len(kb)) >= _FUZZY_MIN_LENGTH and ka[0] == kb[0] and _within_one_edit(ka, kb)
    )


@dataclass(frozen=True, slots=True)
class Mention:
    """A paragraph or pull quote that names a person; ``spans`` locate the name in ``text``."""

    anchor: str
    text: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """One panelist or the moderator, with the quotes and paragraphs that name them."""

    person: Person
    role: str  # "panelist" or "moderator"
    anchor: str  # the person's entry on the panel page
    quotes: tuple[Mention, ...]
    paragraphs: tuple[Mention, ...]
    spellings: tuple[str, ...]  # every spelling of the name seen in the report, panel list first

    @property
    def surname(self) -> str:
        return self.person.name.split()[-1]


def panel_anchor(report: Report, index: int) -> str:
    """The anchor of panel entry ``index`` (1-based); the moderator follows the panelists."""
    return f"{report.id}/panel/p{index}"


def panel_people(report: Report) -> list[tuple[str, Person, str]]:
    """(anchor, person, role) for each panelist, then the moderator, in the report's order."""
    out = [
        (panel_anchor(report, n), person, "panelist") for n, person in enumerate(report.panel, 1)
    ]
    if report.moderator is not None:
        out.append((panel_anchor(report, len(report.panel) + 1), report.moderator, "moderator"))
    return out


def quote_anchor(report_id: str, indicator: int, number: int) -> str:
    """A pull quote's anchor, e.g. ``kazakhstan-2022/i6/q1``."""
    return f"{report_id}/i{indicator}/q{number}"


def _name_spans(
    toks: list[Token], text: str, surname: str, given: str | None
) -> list[tuple[int, int]]:
    spans = []
    for i, tok in enumerate(toks):
        if not text[tok.start : tok.start + 1].isupper() or not same_name(tok.term, surname):
            continue
        start = tok.start
        if given and i > 0 and same_name(toks[i - 1].term, given):
            start = toks[i - 1].start
        spans.append((start, tok.end))
    return spans


def _spelling(text: str, span: tuple[int, int]) -> str:
    return " ".join(text[span[0] : span[1]].split())


def people(
    report: Report, texts: Sequence[tuple[str, str, list[Token]]] | None = None
) -> list[PersonEntry]:
    """Each panelist and the moderator with the quotes and paragraphs that name them.

    ``texts`` may pass in the report's paragraphs already as (anchor, plain text, tokens).
    """
    if texts is None:
        plains = [(a, markup.to_plain(t)) for a, t in report.paragraphs()]
        texts = [(a, plain, tokens(plain)) for a, plain in plains]
    quotes = []
    for indicator in report.indicators():
        for n, quote in enumerate(indicator.quotes, 1):
            plain = markup.to_plain(quote.text)
            quotes.append((quote_anchor(report.id, indicator.number, n), plain, quote.speaker))
    entries = []
    for anchor, person, role in panel_people(report):
        words = person.name.split()
        surname, given = words[-1], (words[0] if len(words) > 1 else None)
        spellings = [person.name]
        paragraphs = []
        for para_anchor, plain, toks in texts:
            spans = _name_spans(toks, plain, surname, given)
            if spans:
                paragraphs.append(Mention(para_anchor, plain, tuple(spans)))
                spellings.extend(_spelling(plain, s) for s in spans)
        said = []
        for quote_id, plain, speaker in quotes:
            spans = _name_spans(tokens(plain), plain, surname, given)
            speaker_words = speaker.split() if speaker else []
            if speaker_words and same_name(speaker_words[-1], surname):
                spellings.append(" ".join(speaker_words))
                said.append(Mention(quote_id, plain, tuple(spans)))
            elif not speaker_words and spans:
                said.append(Mention(quote_id, plain, tuple(spans)))
                spellings.extend(_spelling(plain, s) for s in spans)
        entries.append(
            PersonEntry(
                person,
                role,
                anchor,
                tuple(said),
                tuple(paragraphs),
                tuple(dict.fromkeys(spellings)),
            )
        )
    return entries


def name_aliases(entries: list[PersonEntry]) -> dict[str, frozenset[str]]:
    """Folded name word -> every folded spelling of that word of the same person's name.

    Search uses this so a query for "Boreiko" also finds "Boreyko" and "Djamilya" finds
    "Jamilya".
    """
    aliases: dict[str, set[str]] = {}
    for entry in entries:
        words = entry.person.name.split()
        groups: dict[str, set[str]] = {w: set() for w in (words[0], words[-1])}
        for spelling in entry.spellings:
            for word in spelling.split():
                for ref, variants in groups.items():
                    if same_name(word, ref):
                        variants.update(fold_text(w) for w in re.findall(r"\w+", word))
        for group in groups.values():
            if len(group) < 2:
                continue
            for variant in group:
                aliases.setdefault(variant, set()).update(group)
    return {word: frozenset(v) for word, v in aliases.items()}


def find_person(entries: list[PersonEntry], name: str) -> PersonEntry | None:
    """The entry whose surname matches the last word of ``name`` (any spelling)."""
    words = name.split()
    if not words:
        return None
    for entry in entries:
        if same_name(words[-1], entry.surname):
            return entry
    return None

"""Search queries: words (all must match), "quoted phrases", and a prefix on the last word."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vibe_desktop.core.textnorm import terms

MIN_PREFIX = 2
_QUERY = re.compile(r'"([^"]*)"?|(\S+)')


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: groups of consecutive terms (one term: a word; more: a phrase)."""

    groups: tuple[tuple[str, ...], ...]
    prefix_last: bool  # the last group's last term also matches as a prefix

    @property
    def empty(self) -> bool:
        return not self.groups


def parse_query(text: str, *, prefix: bool = True) -> Query:
    """Words, "quoted phrases" and hyphenated-words (a phrase); prefix on a last bare word."""
    groups: list[tuple[str, ...]] = []
    last_bare = False
    for match in _QUERY.finditer(text):
        quoted, bare = match.group(1), match.group(2)
        group = tuple(terms(quoted if quoted is not None else bare))
        if group:
            groups.append(group)
            last_bare = quoted is None
    prefix_last = prefix and last_bare and bool(text) and not text[-1].isspace()
    if prefix_last and (not text.rstrip()[-1:].isalnum() or len(groups[-1][-1]) < MIN_PREFIX):
        prefix_last = False  # a one-letter prefix matches too much to help
    return Query(tuple(groups), prefix_last)

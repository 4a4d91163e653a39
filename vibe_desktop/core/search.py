"""Full-text search: one inverted index per report, queries with words, prefixes and phrases.

Matching ignores case and diacritics (see core.textnorm) and works on any script. A query
is words (all must match; the last one also matches as a prefix while typing) and
"quoted phrases" (consecutive words). Panelists' names match across the report's spelling
variants (core.people), and a pull quote also matches its speaker's full name.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import cached_property

from vibe_desktop.core.model import Report
from vibe_desktop.core.people import (
    PersonEntry,
    name_aliases,
    people,
    same_name,
)
from vibe_desktop.core.query import Query, parse_query
from vibe_desktop.core.search_docs import Doc, report_docs
from vibe_desktop.core.textnorm import (
    Token,
    make_snippet,
    merge_spans,
    terms,
    tokens,
)

_HIDDEN = -1


@dataclass(frozen=True)
class Hit:
    """A search result: where, the matched spans of its text, a snippet (made on demand), rank."""

    report_id: str
    anchor: str
    target: str
    kind: str
    place: str
    text: str  # the whole plain text of the paragraph / quote / footnote / panel entry
    text_spans: tuple[tuple[int, int], ...]  # (start, end) of each match inside ``text``
    score: float
    order: int
    principle: int | None = None
    indicator: int | None = None
    footnote: int | None = None

    @cached_property
    def _snippet(self) -> tuple[str, tuple[tuple[int, int], ...]]:
        return make_snippet(self.text, list(self.text_spans))

    @property
    def snippet(self) -> str:
        """A window of the text around the first match."""
        return self._snippet[0]

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of each match inside ``snippet``."""
        return self._snippet[1]

    def as_dict(self) -> dict[str, object]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data.update(snippet=self.snippet, spans=self.spans)
        return data


class SearchIndex:
    """An inverted index of one report's folded words -> (doc, positions)."""

    def __init__(
        self,
        report_id: str,
        title: str,
        docs: list[Doc],
        doc_tokens: list[list[Token]],
        aliases: dict[str, frozenset[str]],
        people: list[PersonEntry] | None = None,
    ) -> None:
        self.report_id = report_id
        self.title = title
        self.docs = docs
        self.people: list[PersonEntry] = people or []  # panelists and who names them
        self.by_anchor = {doc.anchor: doc for doc in docs}
        self._tokens = doc_tokens
        self._aliases = aliases
        postings: dict[str, dict[int, list[int]]] = {}
        for doc_id, toks in enumerate(doc_tokens):
            for pos, tok in enumerate(toks):
                postings.setdefault(tok.term, {}).setdefault(doc_id, []).append(pos)
        self._postings = postings
        self._terms = sorted(postings)

    @classmethod
    def build(cls, report: Report) -> SearchIndex:
        """Index every paragraph, pull quote, footnote and panel entry of a report."""
        docs = report_docs(report)
        doc_tokens = [tokens(doc.text) for doc in docs]
        running = [
            (doc.anchor, doc.text, toks)
            for doc, toks in zip(docs, doc_tokens, strict=True)
            if doc.kind not in ("quote", "panel")
        ]
        entries = people(report, running)
        speakers = {m.anchor: e.person.name for e in entries for m in e.quotes}
        for doc, toks in zip(docs, doc_tokens, strict=True):
            if doc.anchor in speakers:  # the speaker's full name, matched but never shown
                toks.extend(Token(t, _HIDDEN, _HIDDEN) for t in terms(speakers[doc.anchor]))
        title = f"{report.country} {report.edition}"
        return cls(report.id, title, docs, doc_tokens, name_aliases(entries), entries)

    # -- matching ------------------------------------------------------------------
    def _expand(self, term: str, prefix: bool) -> set[str]:
        found = {term} if term in self._postings else set()
        if prefix:
            i = bisect_left(self._terms, term)
            while i < len(self._terms) and self._terms[i].startswith(term):
                found.add(self._terms[i])
                i += 1
        for word in list(found) + [term]:
            found.update(a for a in self._aliases.get(word, ()) if a in self._postings)
        return found

    def _group_matches(self, group: tuple[str, ...], prefix: bool) -> dict[int, list[int]]:
        """doc -> start positions where the group's terms occur consecutively."""
        if len(group) == 1:
            alts = self._expand(group[0], prefix)
            if len(alts) == 1:
                return self._postings[alts.pop()]
            union: dict[int, list[int]] = {}
            for alt in alts:
                for doc_id, positions in self._postings[alt].items():
                    union.setdefault(doc_id, []).extend(positions)
            return union
        per_term: list[dict[int, set[int]]] = []
        for k, term in enumerate(group):
            merged: dict[int, set[int]] = {}
            for alt in self._expand(term, prefix and k == len(group) - 1):
                for doc_id, positions in self._postings[alt].items():
                    merged.setdefault(doc_id, set()).update(positions)
            if not merged:
                return {}
            per_term.append(merged)
        first = per_term[0]
        docs = set(first).intersection(*per_term[1:]) if len(per_term) > 1 else set(first)
        out = {}
        for doc_id in docs:
            starts = sorted(
                s
                for s in first[doc_id]
                if all(s + k in per_term[k][doc_id] for k in range(1, len(per_term)))
            )
            if starts:
                out[doc_id] = starts
        return out

    def _given_names_optional(self, parsed: Query) -> Query:
        """A panelist's given name before their surname (bare words) need not match.

        The text mostly names panelists by surname ("According to Gafurov"), so a search
        for "Timur Gafurov" finds those paragraphs too. Quoted phrases stay exact.
        """
        groups = parsed.groups
        kept = []
        for i, group in enumerate(groups):
            following = groups[i + 1] if i + 1 < len(groups) else ()
            if len(group) == 1 and len(following) == 1 and self._full_name(group[0], following[0]):
                continue
            kept.append(group)
        return parsed if len(kept) == len(groups) else Query(tuple(kept), parsed.prefix_last)

    def _full_name(self, given: str, surname: str) -> bool:
        for entry in self.people:
            words = entry.person.name.split()
            if len(words) > 1 and same_name(surname, words[-1]) and same_name(given, words[0]):
                return True
        return False

    def _rank(self, parsed: Query, principle: int | None) -> _Ranking:
        """Every matching doc with its score; no snippets or spans are made here."""
        ranking = _Ranking(self, [], [])
        if parsed.empty:
            return ranking
        parsed = self._given_names_optional(parsed)
        candidates: set[int] | None = None
        weights = []
        n_groups = len(parsed.groups)
        for g, group in enumerate(parsed.groups):
            found = self._group_matches(group, parsed.prefix_last and g == n_groups - 1)
            candidates = set(found) if candidates is None else candidates & found.keys()
            if not candidates:
                return ranking
            ranking.matched.append((len(group), found))
            weights.append(math.log(1 + len(self.docs) / len(found)) * len(group))
        assert candidates is not None
        docs = self.docs
        if principle is not None:
            candidates = {d for d in candidates if docs[d].principle == principle}
        if len(ranking.matched) == 1:  # the common case while typing: one word
            found, weight = ranking.matched[0][1], weights[0]
            ranking.entries = [(-len(found[d]) * weight, docs[d].order, d) for d in candidates]
            return ranking
        for doc_id in candidates:
            score = 0.0
            for (_length, found), weight in zip(ranking.matched, weights, strict=True):
                score += len(found[doc_id]) * weight
            score += self._adjacency_bonus(ranking.matched, weights, doc_id)
            ranking.entries.append((-score, docs[doc_id].order, doc_id))
        return ranking

    @staticmethod
    def _adjacency_bonus(
        matched: list[tuple[int, dict[int, list[int]]]], weights: list[float], doc_id: int
    ) -> float:
        """Words of the query that stand next to each other, in order, rank higher."""
        bonus = 0.0
        for k in range(len(matched) - 1):
            length, found = matched[k]
            following = matched[k + 1][1][doc_id]
            if any(s + length in following for s in found[doc_id]):
                bonus += 2 * (weights[k] + weights[k + 1])
        return bonus

    def search(
        self, query: str | Query, *, principle: int | None = None, limit: int = 0
    ) -> list[Hit]:
        """Hits for a query, best first (then in reading order); ``limit`` 0 means all."""
        parsed = parse_query(query) if isinstance(query, str) else query
        ranking = self._rank(parsed, principle)
        ranking.entries.sort()
        entries = ranking.entries[:limit] if limit > 0 else ranking.entries
        return [ranking.hit(doc_id, round(-neg, 4)) for neg, _order, doc_id in entries]

    def spans(self, text: str, query: str) -> list[tuple[int, int]]:
        """Where a query's words and phrases match inside any text (for highlighting a page)."""
        return match_spans(text, query, aliases=self._aliases)


@dataclass(slots=True)
class _Ranking:
    """One index's matches for one query: (-score, order, doc) entries, hits made on demand."""

    index: SearchIndex
    matched: list[tuple[int, dict[int, list[int]]]]  # (group length, doc -> start positions)
    entries: list[tuple[float, int, int]]

    def hit(self, doc_id: int, score: float) -> Hit:
        toks = self.index._tokens[doc_id]
        spans = []
        for length, found in self.matched:
            for s in found[doc_id]:
                first, last = toks[s], toks[s + length - 1]
                if first.start != _HIDDEN and last.start != _HIDDEN:
                    spans.append((first.start, last.end))
        doc = self.index.docs[doc_id]
        return Hit(
            self.index.report_id,
            doc.anchor,
            doc.target,
            doc.kind,
            doc.place,
            doc.text,
            tuple(merge_spans(spans)),
            score,
            doc.order,
            doc.principle,
            doc.indicator,
            doc.footnote,
        )


def match_spans(
    text: str, query: str | Query, *, aliases: dict[str, frozenset[str]] | None = None
) -> list[tuple[int, int]]:
    """Where a query's words (last one as a prefix) and phrases occur in ``text``."""
    parsed = parse_query(query) if isinstance(query, str) else query
    toks = tokens(text)
    aliases = aliases or {}
    spans = []
    n_groups = len(parsed.groups)
    for g, group in enumerate(parsed.groups):
        prefix = parsed.prefix_last and g == n_groups - 1
        for s in range(len(toks) - len(group) + 1):
            ok = True
            for k, term in enumerate(group):
                word = toks[s + k].term
                last_prefix = prefix and k == len(group) - 1
                if not (
                    word == term
                    or word in aliases.get(term, ())
                    or (last_prefix and word.startswith(term))
                ):
                    ok = False
                    break
            if ok:
                spans.append((toks[s].start, toks[s + len(group) - 1].end))
    return merge_spans(spans)


def search_all_counted(
    indexes: Iterable[SearchIndex],
    query: str,
    *,
    reports: Iterable[str] | None = None,
    principle: int | None = None,
    limit: int = 0,
) -> tuple[list[Hit], int]:
    """The best ``limit`` hits (0: all) over many reports, and how many there are in all."""
    wanted = set(reports) if reports is not None else None
    parsed = parse_query(query)
    rankings: list[_Ranking] = []
    pooled: list[tuple[float, int, int, int]] = []
    for index in indexes:
        if wanted is not None and index.report_id not in wanted:
            continue
        ranking = index._rank(parsed, principle)
        rank = len(rankings)
        rankings.append(ranking)
        pooled += [(neg, rank, order, doc) for neg, order, doc in ranking.entries]
    chosen = heapq.nsmallest(limit, pooled) if 0 < limit < len(pooled) else sorted(pooled)
    hits = [rankings[rank].hit(doc, round(-neg, 4)) for neg, rank, _order, doc in chosen]
    return hits, len(pooled)


def search_all(
    indexes: Iterable[SearchIndex],
    query: str,
    *,
    reports: Iterable[str] | None = None,
    principle: int | None = None,
    limit: int = 0,
) -> list[Hit]:
    """Search many reports' indexes at once; best first, then by report and reading order."""
    return search_all_counted(indexes, query, reports=reports, principle=principle, limit=limit)[0]

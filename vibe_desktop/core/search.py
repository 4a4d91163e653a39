"""Full-text search: one inverted index per report, queries with words, prefixes and phrases.

Matching ignores case and diacritics (see core.textnorm) and works on any script. A query
is words (all must match; the last one also matches as a prefix while typing) and
"quoted phrases" (consecutive words). Panelists' names match across the report's spelling
variants (core.people), and a pull quote also matches its speaker's full name.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from vibe_desktop.core import markup
from vibe_desktop.core.model import Report
from vibe_desktop.core.people import name_aliases, panel_people, people, quote_anchor
from vibe_desktop.core.textnorm import Token, terms, tokens

SNIPPET_BEFORE = 60
SNIPPET_LENGTH = 200
ELLIPSIS = "…"
_QUERY = re.compile(r'"([^"]*)"?|(\S+)')
_HIDDEN = -1


@dataclass(frozen=True, slots=True)
class Doc:
    """One searchable piece of a report: a paragraph, pull quote, footnote or panel entry."""

    anchor: str  # its own anchor (a quote: <id>/i6/q1)
    target: str  # where the reader goes to see it (a quote: its indicator page)
    kind: str  # summary, principle, indicator, quote, footnote, panel
    place: str  # e.g. "Kazakhstan 2022 › Principle 2 › Indicator 6"
    text: str  # plain text, as the reader sees it
    order: int  # reading order within the report
    principle: int | None = None
    indicator: int | None = None
    footnote: int | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """A search result: where, a snippet with the matched spans, and its rank."""

    report_id: str
    anchor: str
    target: str
    kind: str
    place: str
    snippet: str
    spans: tuple[tuple[int, int], ...]  # (start, end) of each match inside ``snippet``
    score: float
    order: int
    principle: int | None = None
    indicator: int | None = None
    footnote: int | None = None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


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
    if prefix_last and not text.rstrip()[-1:].isalnum():
        prefix_last = False
    return Query(tuple(groups), prefix_last)


def _place_labels(report: Report) -> dict[str, str]:
    base = f"{report.country} {report.edition}"
    labels = {"summary": f"{base} › Overview", "panel": f"{base} › Panel"}
    for principle in report.principles:
        labels[f"pr{principle.number}"] = f"{base} › Principle {principle.number}"
        for indicator in principle.indicators:
            labels[f"i{indicator.number}"] = (
                f"{base} › Principle {principle.number} › Indicator {indicator.number}"
            )
    for footnote in report.footnotes:
        labels[f"fn{footnote.number}"] = f"{base} › Footnote {footnote.number}"
    return labels


def report_docs(report: Report) -> list[Doc]:
    """Every searchable piece of a report, in reading order."""
    labels = _place_labels(report)
    cited: dict[int, tuple[int | None, int | None]] = {}
    docs: list[Doc] = []

    def add(
        anchor: str, target: str, kind: str, section: str, text: str, **where: int | None
    ) -> None:
        docs.append(Doc(anchor, target, kind, labels[section], text, len(docs), **where))

    for n, text in enumerate(report.summary, 1):
        add(
            f"{report.id}/summary/p{n}",
            f"{report.id}/summary/p{n}",
            "summary",
            "summary",
            markup.to_plain(text),
        )
    for principle in report.principles:
        p = principle.number
        for n, text in enumerate(principle.intro, 1):
            anchor = f"{report.id}/pr{p}/p{n}"
            add(anchor, anchor, "principle", f"pr{p}", markup.to_plain(text), principle=p)
            for ref in markup.footnote_refs(text):
                cited.setdefault(ref, (p, None))
        for indicator in principle.indicators:
            i = indicator.number
            for n, text in enumerate(indicator.paragraphs, 1):
                anchor = f"{report.id}/i{i}/p{n}"
                add(
                    anchor,
                    anchor,
                    "indicator",
                    f"i{i}",
                    markup.to_plain(text),
                    principle=p,
                    indicator=i,
                )
                for ref in markup.footnote_refs(text):
                    cited.setdefault(ref, (p, i))
            for n, quote in enumerate(indicator.quotes, 1):
                plain = markup.to_plain(quote.text)
                if quote.speaker:
                    plain = f"{plain} — {quote.speaker}"
                add(
                    quote_anchor(report.id, i, n),
                    f"{report.id}/i{i}",
                    "quote",
                    f"i{i}",
                    plain,
                    principle=p,
                    indicator=i,
                )
    for footnote in report.footnotes:
        p, i = cited.get(footnote.number, (None, None))
        anchor = f"{report.id}/fn{footnote.number}"
        add(
            anchor,
            anchor,
            "footnote",
            f"fn{footnote.number}",
            markup.to_plain(footnote.text),
            principle=p,
            indicator=i,
            footnote=footnote.number,
        )
    for anchor, person, _role in panel_people(report):
        text = f"{person.name}, {person.details}" if person.details else person.name
        add(anchor, anchor, "panel", "panel", text)
    return docs


class SearchIndex:
    """An inverted index of one report's folded words -> (doc, positions)."""

    def __init__(
        self,
        report_id: str,
        title: str,
        docs: list[Doc],
        doc_tokens: list[list[Token]],
        aliases: dict[str, frozenset[str]],
    ) -> None:
        self.report_id = report_id
        self.title = title
        self.docs = docs
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
        entries = people(report)
        speakers = {m.anchor: e.person.name for e in entries for m in e.quotes}
        doc_tokens = []
        for doc in docs:
            toks = tokens(doc.text)
            if doc.anchor in speakers:  # the speaker's full name, matched but never shown
                toks.extend(Token(t, _HIDDEN, _HIDDEN) for t in terms(speakers[doc.anchor]))
            doc_tokens.append(toks)
        title = f"{report.country} {report.edition}"
        return cls(report.id, title, docs, doc_tokens, name_aliases(entries))

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

    def search(
        self, query: str | Query, *, principle: int | None = None, limit: int = 0
    ) -> list[Hit]:
        """Hits for a query, best first (then in reading order); ``limit`` 0 means all."""
        parsed = parse_query(query) if isinstance(query, str) else query
        if parsed.empty:
            return []
        matched: list[tuple[tuple[str, ...], dict[int, list[int]]]] = []
        candidates: set[int] | None = None
        n_groups = len(parsed.groups)
        for g, group in enumerate(parsed.groups):
            found = self._group_matches(group, parsed.prefix_last and g == n_groups - 1)
            candidates = set(found) if candidates is None else candidates & set(found)
            if not candidates:
                return []
            matched.append((group, found))
        assert candidates is not None
        total = len(self.docs)
        hits = []
        for doc_id in candidates:
            doc = self.docs[doc_id]
            if principle is not None and doc.principle != principle:
                continue
            score = 0.0
            spans: list[tuple[int, int]] = []
            toks = self._tokens[doc_id]
            for group, found in matched:
                starts = found[doc_id]
                score += len(starts) * math.log(1 + total / len(found)) * len(group)
                for s in starts:
                    first, last = toks[s], toks[s + len(group) - 1]
                    if first.start != _HIDDEN and last.start != _HIDDEN:
                        spans.append((first.start, last.end))
            hits.append(self._hit(doc, score, spans))
        hits.sort(key=lambda h: (-h.score, h.order))
        return hits[:limit] if limit > 0 else hits

    def _hit(self, doc: Doc, score: float, spans: list[tuple[int, int]]) -> Hit:
        snippet, snippet_spans = make_snippet(doc.text, _merge_spans(spans))
        return Hit(
            self.report_id,
            doc.anchor,
            doc.target,
            doc.kind,
            doc.place,
            snippet,
            snippet_spans,
            round(score, 4),
            doc.order,
            doc.principle,
            doc.indicator,
            doc.footnote,
        )

    def spans(self, text: str, query: str) -> list[tuple[int, int]]:
        """Where a query's words and phrases match inside any text (for highlighting a page)."""
        return match_spans(text, query, aliases=self._aliases)


def _merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
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
    return _merge_spans(spans)


def search_all(
    indexes: Iterable[SearchIndex],
    query: str,
    *,
    reports: Iterable[str] | None = None,
    principle: int | None = None,
    limit: int = 0,
) -> list[Hit]:
    """Search many reports' indexes at once; best first, then by report and reading order."""
    wanted = set(reports) if reports is not None else None
    parsed = parse_query(query)
    hits: list[tuple[int, Hit]] = []
    for rank, index in enumerate(indexes):
        if wanted is not None and index.report_id not in wanted:
            continue
        hits.extend((rank, hit) for hit in index.search(parsed, principle=principle))
    hits.sort(key=lambda rh: (-rh[1].score, rh[0], rh[1].order))
    ordered = [hit for _rank, hit in hits]
    return ordered[:limit] if limit > 0 else ordered

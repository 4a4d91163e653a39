"""Load a report YAML file into a Report, or raise ReportError naming every problem by line."""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Sequence
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, cast

from yaml.nodes import Node

from vibe_desktop.core import yaml_guard
from vibe_desktop.core.model import (
    Footnote,
    Indicator,
    Person,
    Principle,
    Quote,
    Report,
    Rights,
    indicator_numbers,
)
from vibe_desktop.core.validation import (
    _BAD,
    ID_PATTERN,
    INDICATORS,
    PRINCIPLES,
    SCHEMA_VERSIONS,
    Checker,
    Problem,
    _join,
    check_averages,
    check_principle_title,
)

__all__ = ["MAX_BYTES", "Problem", "ReportError", "load_report", "load_report_bytes"]

MAX_BYTES = 5 * 1024 * 1024  # the Kazakhstan report is ~70 KB; nothing real comes near this
_FILE = "(file)"
_SHOWN = 20  # problems shown by str(ReportError); .problems holds all of them

TOP_FIELDS = ("schema_version", "id", "country", "edition", "title", "publisher",
              "overall_score", "summary", "principles", "footnotes", "panel", "moderator",
              "rights")
PRINCIPLE_FIELDS = ("number", "title", "score", "intro", "indicators")
INDICATOR_FIELDS = ("number", "title", "score", "paragraphs", "quotes")


class ReportError(Exception):
    """A report file that cannot be loaded; ``problems`` says every what and where, by line."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: list[Problem] = sorted(problems, key=lambda p: p.line)
        super().__init__(self.problems)

    def __str__(self) -> str:
        lines = [str(p) for p in self.problems[:_SHOWN]]
        if len(self.problems) > _SHOWN:
            more = self.problems[_SHOWN]  # still FILE:LINE: path: message, like every line
            lines.append(str(Problem(more.file, more.line, "(more)",
                                     f"and {len(self.problems) - _SHOWN} more problems "
                                     "from this line on")))
        return "\n".join(lines)


def load_report(path: str | os.PathLike[str] | Traversable) -> Report:
    """Read and validate one report file (a path or a bundled Traversable)."""
    name = os.fspath(path) if isinstance(path, (str, os.PathLike)) else str(path)
    source: Traversable = Path(path) if isinstance(path, (str, os.PathLike)) else path
    try:
        if isinstance(source, Path) and not stat.S_ISREG(source.stat().st_mode):
            what = "a folder" if source.is_dir() else "a pipe, socket or device"  # never opened
            raise ReportError([Problem(name, 1, _FILE,
                                       f"cannot read the file: it is {what}, not a report")])
        with source.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as err:
        reason = err.strerror or str(err)
        raise ReportError([Problem(name, 1, _FILE, f"cannot read the file: {reason}")]) from None
    return load_report_bytes(data, name)


def load_report_bytes(data: bytes, name: str) -> Report:
    """Validate and load a report from the bytes of a YAML file; ``name`` is used in messages.

    Fields this version does not know are allowed and kept in ``Report.extra``: a top-level
    one under its name, a deeper one under its path (``principles[0].indicators[1].note``).
    """
    def fail(line: int, message: str, path: str = _FILE) -> ReportError:
        # lines are counted at "\n" (as grep -n and editors do); YAML also breaks at a lone
        # CR, NEL, LS or PS, so a YAML line number can lie past the last "\n" line
        return ReportError([Problem(name, max(1, min(line, data.count(b"\n") + 1)), path,
                                    message)])

    if len(data) > MAX_BYTES:
        raise fail(1, f"the file is larger than {MAX_BYTES // (1024 * 1024)} MiB, "
                   "far beyond any report; is it the right file?")
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - data.rfind(b"\n", 0, err.start)
        raise fail(line, f"not UTF-8 text: byte 0x{data[err.start]:02x} at column {column} "
                   "cannot be decoded (save the file as UTF-8)") from None
    if not text.strip():
        raise fail(1, "the file is empty")
    root = yaml_guard.compose_or_fail(text, fail)
    checker = Checker(name, text.count("\n") + 1)
    report = _ReportReader(checker).read(root)
    if report is None or checker.problems:
        raise ReportError(checker.problems)
    return report


class _ReportReader:
    """The report schema (DESIGN.md, 'Data: one YAML file per report') over a Checker."""

    def __init__(self, checker: Checker) -> None:
        self.c = checker
        self.indicator_numbers: list[tuple[int, Node, str]] = []
        self.footnote_numbers: list[tuple[int, Node, str]] = []
        # (score, node, path, [its indicators' (score, node, path)]) of every principle
        self.scores: list[tuple[Any, Node | None, str, list[Any]]] = []
        self.last_scores: list[tuple[Any, Node | None, str]] = []

    def get(self, fields: dict[str, Node], parent: Node, path: str, key: str, what: str,
            *, optional: bool = False) -> tuple[Node | None, str]:
        sub = _join(path, key)
        if optional:
            return fields.get(key), sub
        return self.c.field(fields, parent, path, key, what), sub

    def read(self, root: Node) -> Report | None:
        c = self.c
        top = c.mapping(root, "", "a report")
        if top is None:
            return None
        node, path = self.get(top, root, "", "schema_version",
                              f"{SCHEMA_VERSIONS[-1]} for this layout")
        # without one, check the rest as the current layout (the missing field is reported)
        version = (SCHEMA_VERSIONS[-1] if node is None
                   else c.integer(node, path, range(10**9), "schema_version"))
        if version is not _BAD and version not in SCHEMA_VERSIONS:
            c.add(node, path, f"unknown schema_version {version}: this version of VIBE Desktop "
                  f"reads schema_version {', '.join(map(str, SCHEMA_VERSIONS))}")
        if version is _BAD or version not in SCHEMA_VERSIONS:
            return None  # the rest of the file follows a schema this version does not know
        node, path = self.get(top, root, "", "id", "e.g. kazakhstan-2022")
        report_id = c.text(node, path)
        if report_id is not _BAD and not ID_PATTERN.fullmatch(report_id):
            c.add(node, path, f"id {report_id!r} may hold only a-z, 0-9 and '-'")
        country = c.text(*self.get(top, root, "", "country", "the country's name"))
        edition = c.integer(*self.get(top, root, "", "edition", "the year on the cover"),
                            range(1900, 2200), "edition year")
        title = c.text(*self.get(top, root, "", "title", "the report's title"))
        publisher = c.text(*self.get(top, root, "", "publisher", "e.g. IREX"))
        overall_node, overall_path = self.get(top, root, "", "overall_score", "0-40 or null")
        overall = c.score(overall_node, overall_path)
        summary = c.texts(*self.get(top, root, "", "summary", "the overview paragraphs"),
                          "the overview paragraphs")
        principles = self.principles(top, root)
        footnotes = self.footnotes(top, root)
        panel = self.panel(top, root)
        node, path = self.get(top, root, "", "moderator", "", optional=True)
        moderator = self.person(node, path, "the moderator", nullable=True)
        rights = self.rights(top, root)
        c.keep_unknown(top, TOP_FIELDS, "")
        if footnotes is not _BAD:
            self.cross_check(footnotes)
        for score, node, path, indicator_scores in self.scores:
            check_averages(c, (score, node, path), indicator_scores, "its indicators")
        check_averages(c, (overall, overall_node, overall_path),
                       [s[:3] for s in self.scores], "the principles")
        if c.problems:
            return None
        return Report(report_id, country, edition, title, publisher, overall, summary,
                      principles, footnotes, panel, moderator, rights, version, dict(c.extra))

    # -- numbered items: principles, indicators, footnotes -------------------------
    def numbered(self, node: Node | None, path: str, what: str, article: str, hint: str,
                 allowed: range, build: Any
                 ) -> tuple[list[Any] | None, list[tuple[int, Node, str]]]:
        """The one loop over a list of numbered mappings: each checked, numbered and built.

        ``build(fields, item, item_path, number)`` makes the object; returns the objects
        (``_BAD`` for a broken one) and the (number, node, path) of each for ``numbering``.
        """
        c = self.c
        items = None if node is None else c.sequence(node, path, f"the {what}s")
        if node is None or items is None:
            return None, []
        out, numbers = [], []
        for i, item in enumerate(items):
            ipath = _join(path, i)
            fields = c.mapping(item, ipath, f"{article} {what}")
            if fields is None:
                out.append(_BAD)
                continue
            num_node, num_path = self.get(fields, item, ipath, "number", hint)
            number = c.integer(num_node, num_path, allowed, f"{what} number")
            numbers.append((number, num_node or item, num_path))
            out.append(build(fields, item, ipath, number))
        return out, numbers

    def principles(self, top: dict[str, Node], root: Node) -> tuple[Principle, ...]:
        node, path = self.get(top, root, "", "principles", "the four principles")

        def build(fields: dict[str, Node], item: Node, ipath: str, number: int) -> Principle:
            c = self.c
            title_node, title_path = self.get(fields, item, ipath, "title", "the principle's title")
            title = c.text(title_node, title_path)
            if title is not _BAD and number is not _BAD:
                check_principle_title(c, title_node, title_path, number, title)
            score_node, score_path = self.get(fields, item, ipath, "score", "0-40 or null")
            score = c.score(score_node, score_path)
            intro = c.texts(*self.get(fields, item, ipath, "intro", "its own paragraphs"),
                            "the principle's own paragraphs")
            indicators = self.indicators(fields, item, ipath, number)
            c.keep_unknown(fields, PRINCIPLE_FIELDS, ipath)
            self.scores.append((score, score_node, score_path, self.last_scores))
            return Principle(number, title, score, intro, indicators)

        out, numbers = self.numbered(node, path, "principle", "a", "1-4", PRINCIPLES, build)
        if node is None or out is None:
            return cast(tuple[Principle, ...], _BAD)
        self.numbering(numbers, PRINCIPLES, "principle", "the report", node, path)
        self.numbering(self.indicator_numbers, INDICATORS, "indicator", "the report", node, path,
                       membership=False)
        return _BAD if _BAD in out else tuple(out)

    def indicators(self, fields: dict[str, Node], parent: Node, path: str,
                   principle: int) -> tuple[Indicator, ...]:
        node, path = self.get(fields, parent, path, "indicators", "five indicators")
        scores: list[tuple[Any, Node | None, str]] = []

        def build(f: dict[str, Node], item: Node, ipath: str, number: int) -> Indicator:
            c = self.c
            title = c.text(*self.get(f, item, ipath, "title", "the indicator's statement"))
            score_node, score_path = self.get(f, item, ipath, "score", "0-40 or null")
            score = c.score(score_node, score_path)
            scores.append((score, score_node, score_path))
            paragraphs = c.texts(*self.get(f, item, ipath, "paragraphs", "its text"),
                                 "the indicator's paragraphs", non_empty=True)
            quotes = self.quotes(*self.get(f, item, ipath, "quotes", "", optional=True))
            c.keep_unknown(f, INDICATOR_FIELDS, ipath)
            return Indicator(number, title, score, paragraphs, quotes)

        out, numbers = self.numbered(node, path, "indicator", "an", "1-20", INDICATORS, build)
        self.last_scores = scores
        if node is None or out is None:
            return cast(tuple[Indicator, ...], _BAD)
        self.indicator_numbers.extend(numbers)
        if principle is not _BAD:
            self.numbering(numbers, indicator_numbers(principle), "indicator",
                           f"principle {principle}", node, path, duplicates=False)
        return _BAD if _BAD in out else tuple(out)

    def numbering(self, numbers: list[tuple[int, Node, str]], expected: range, what: str,
                  owner: str, node: Node, path: str, *, membership: bool = True,
                  duplicates: bool = True) -> None:
        """Duplicates, strays, gaps and order of the numbers of a list of principles/indicators."""
        c, unknown, stray = self.c, False, False
        first: dict[int, Node] = {}
        for number, num_node, num_path in numbers:
            if number is _BAD:  # already reported; which number it should be is unknown
                unknown = True
                continue
            if number in first:
                stray = True
                if duplicates:
                    c.add(num_node, num_path, f"duplicate {what} number {number} (also on line "
                          f"{first[number].start_mark.line + 1})")
            elif membership and number not in expected:
                stray = True
                c.add(num_node, num_path, f"{what} {number} does not belong to {owner}, which "
                      f"holds {what}s {expected.start}-{expected.stop - 1}")
            first.setdefault(number, num_node)
        if not membership or unknown:
            return
        missing = [n for n in expected if n not in first]
        if missing:
            c.add(node, path, f"{owner} has no {what} {', '.join(map(str, missing))} (it holds "
                  f"{what}s {expected.start}-{expected.stop - 1})")
        elif not stray and [n for n, _, _ in numbers] != list(expected):
            order = ", ".join(str(n) for n, _, _ in numbers)
            c.add(node, path, f"the {what}s of {owner} are out of order: {order}")

    def quotes(self, node: Node | None, path: str) -> tuple[Quote, ...]:
        if node is None:
            return ()
        items = self.c.sequence(node, path, "pull quotes")
        if items is None:
            return cast(tuple[Quote, ...], _BAD)
        out = []
        for i, item in enumerate(items):
            ipath = _join(path, i)
            f = self.c.mapping(item, ipath, "a pull quote")
            if f is None:
                out.append(_BAD)
                continue
            text = self.c.text(*self.get(f, item, ipath, "text", "the quote"))
            speaker_node, speaker_path = self.get(f, item, ipath, "speaker", "", optional=True)
            speaker = (None if speaker_node is None
                       else self.c.optional_text(speaker_node, speaker_path))
            self.c.keep_unknown(f, ("text", "speaker"), ipath)
            out.append(Quote(text, speaker))
        return _BAD if _BAD in out or any(_BAD in (q.text, q.speaker) for q in out) else tuple(out)

    # -- footnotes, people, rights ------------------------------------------------
    def footnotes(self, top: dict[str, Node], root: Node) -> tuple[Footnote, ...]:
        node, path = self.get(top, root, "", "footnotes", "a list, [] if none")

        def build(f: dict[str, Node], item: Node, ipath: str, number: int) -> Footnote:
            text = self.c.text(*self.get(f, item, ipath, "text", "the footnote"))
            self.c.keep_unknown(f, ("number", "text"), ipath)
            return Footnote(number, text)

        out, numbers = self.numbered(node, path, "footnote", "a", "1 or more", range(1, 10**6),
                                     build)
        self.footnote_numbers = numbers
        if node is None or out is None:
            return cast(tuple[Footnote, ...], _BAD)
        self.numbering(numbers, range(0), "footnote", "the report", node, path, membership=False)
        if _BAD in out or any(_BAD in (f.number, f.text) for f in out):
            return cast(tuple[Footnote, ...], _BAD)
        return tuple(out)

    def cross_check(self, footnotes: tuple[Footnote, ...]) -> None:
        """Every [^N] has a footnote N, and every footnote is referred to."""
        given = {f.number for f in footnotes}
        referred = set()
        for number, node, path in self.c.refs:
            referred.add(number)
            if number not in given:
                self.c.add(node, path, f"refers to footnote [^{number}], but there is no "
                           f"footnote {number}")
        for number, node, path in self.footnote_numbers:
            if number not in referred:
                self.c.add(node, path, f"footnote {number} is not referred to "
                           f"([^{number}]) from any text")

    def panel(self, top: dict[str, Node], root: Node) -> tuple[Person, ...]:
        node, path = self.get(top, root, "", "panel", "the panelists, [] if none")
        items = None if node is None else self.c.sequence(node, path, "the panelists")
        if node is None or items is None:
            return cast(tuple[Person, ...], _BAD)
        people: list[Any] = [
            self.person(item, _join(path, i), "a panelist") for i, item in enumerate(items)
        ]
        return _BAD if _BAD in people else tuple(people)

    def person(self, node: Node | None, path: str, what: str, *,
               nullable: bool = False) -> Person | None:
        if node is None:
            return None if nullable else _BAD
        if nullable and self.c.is_null(node):
            return None
        f = self.c.mapping(node, path, what)
        if f is None:
            return cast(Person | None, _BAD)
        name = self.c.text(*self.get(f, node, path, "name", "the person's name"))
        details_node, details_path = self.get(f, node, path, "details", "", optional=True)
        details = "" if details_node is None else self.c.text(details_node, details_path,
                                                              empty_ok=True)
        self.c.keep_unknown(f, ("name", "details"), path)
        return _BAD if _BAD in (name, details) else Person(name, details)

    def rights(self, top: dict[str, Node], root: Node) -> Rights:
        node, path = self.get(top, root, "", "rights", "copyright, notice and funding, verbatim")
        f = None if node is None else self.c.mapping(node, path, "the rights text")
        if node is None or f is None:
            return cast(Rights, _BAD)
        parts = [self.c.text(*self.get(f, node, path, key, "verbatim from the report"))
                 for key in ("copyright", "notice", "funding")]
        self.c.keep_unknown(f, ("copyright", "notice", "funding"), path)
        return _BAD if _BAD in parts else Rights(*parts)

"""Property tests: any broken variant of a valid report loads soundly or names its problems."""

from __future__ import annotations

import copy
import math
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from vibe_desktop.core import markup
from vibe_desktop.core.loader import ReportError, load_report_bytes
from vibe_desktop.core.model import Report, indicator_numbers
from vibe_desktop.core.validation import ID_PATTERN, footnote_refs

NAME = "broken.yaml"
VALID_TEXT = (Path(__file__).parent / "data" / "valid.yaml").read_text(encoding="utf-8")
VALID_DATA = yaml.safe_load(VALID_TEXT)
VALID_BYTES = VALID_TEXT.encode("utf-8")
DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
OPTIONAL = {"moderator", "quotes", "speaker", "details"}  # fields the schema lets be left out

FAST = settings(max_examples=400, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def dump(data: Any) -> bytes:
    return yaml.dump(data, Dumper=DUMPER, sort_keys=False, allow_unicode=True).encode("utf-8")


def assert_sound(report: Report) -> None:
    """What 'loads correctly' means: a whole report that keeps every promise of the schema."""
    assert isinstance(report, Report) and ID_PATTERN.fullmatch(report.id)
    assert [p.number for p in report.principles] == [1, 2, 3, 4]
    scores = [report.overall_score]
    texts = [report.country, report.title, report.publisher, *report.summary]
    for principle in report.principles:
        assert [i.number for i in principle.indicators] == list(indicator_numbers(principle.number))
        scores.append(principle.score)
        texts += [principle.title, *principle.intro]
        for indicator in principle.indicators:
            assert indicator.paragraphs
            scores.append(indicator.score)
            texts += [indicator.title, *indicator.paragraphs, *(q.text for q in indicator.quotes)]
            assert all(q.speaker is None or isinstance(q.speaker, str) for q in indicator.quotes)
    for score in scores:
        assert score is None or (type(score) in (int, float) and 0 <= score <= 40)
        assert score is None or not math.isnan(score)
    texts += [f.text for f in report.footnotes]
    texts += [p.name for p in report.panel] + [p.details for p in report.panel]
    texts += [report.rights.copyright, report.rights.notice, report.rights.funding]
    assert all(isinstance(t, str) for t in texts)
    numbers = [f.number for f in report.footnotes]
    assert len(set(numbers)) == len(numbers) and all(type(n) is int for n in numbers)
    referred = {n for text in texts for n in markup.footnote_refs(text)}
    assert referred == set(numbers)
    assert type(report.edition) is int and isinstance(report.extra, dict)
    assert sum(1 for _ in report.paragraphs()) > 20


def outcome(data: bytes) -> Report | ReportError:
    """Load; anything but a sound Report or a ReportError of clear one-line problems fails."""
    try:
        report = load_report_bytes(data, NAME)
    except ReportError as error:
        assert error.problems
        last_line = data.count(b"\n") + 1
        for problem in error.problems:
            assert problem.file == NAME and 1 <= problem.line <= last_line, problem
            assert problem.path and problem.message.strip(), problem
            assert "\n" not in str(problem), problem
            assert str(problem).startswith(f"{NAME}:{problem.line}: {problem.path}: ")
        event("refused with problems")
        return error
    assert_sound(report)
    event("loaded soundly")
    return report


# -- structural mutations of the valid data --------------------------------------------

def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _paths(value, (*prefix, i))
    return out


ALL_PATHS = _paths(VALID_DATA)
junk = st.recursive(
    st.none() | st.booleans() | st.integers(-100, 100) | st.floats() | st.text(max_size=8)
    | st.dates(),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=6) | st.integers(0, 9), inner, max_size=3),
    max_leaves=6,
)
OPS = ("delete", "retype", "renumber", "duplicate", "swap", "rename", "wrap", "null")


def _mutate(data: Any, path: tuple[Any, ...], op: str, draw: Any) -> None:
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    key = path[-1]
    value = parent[key]
    if op == "delete":
        del parent[key]
    elif op == "renumber" and isinstance(value, int):
        parent[key] = draw(st.integers(-3, 45))
    elif op == "duplicate" and isinstance(parent, list):
        parent.insert(key, copy.deepcopy(value))
    elif op == "swap" and isinstance(parent, list) and len(parent) > 1:
        other = draw(st.integers(0, len(parent) - 1))
        parent[key], parent[other] = parent[other], parent[key]
    elif op == "rename" and isinstance(parent, dict):
        parent[draw(st.text(min_size=1, max_size=6))] = parent.pop(key)
    elif op == "wrap":
        parent[key] = [value]
    elif op == "null":
        parent[key] = None
    else:
        parent[key] = draw(junk)


@FAST
@given(st.data())
def test_mutated_reports_load_soundly_or_say_what_is_wrong(data: st.DataObject) -> None:
    tree = copy.deepcopy(VALID_DATA)
    for _ in range(data.draw(st.integers(1, 3))):
        paths = _paths(tree)
        if not paths:
            break
        path = data.draw(st.sampled_from(paths))
        _mutate(tree, path, data.draw(st.sampled_from(OPS)), data.draw)
    outcome(dump(tree))


@FAST
@given(st.sampled_from([p for p in ALL_PATHS if isinstance(p[-1], str)]))
def test_a_removed_required_field_is_named(path: tuple[Any, ...]) -> None:
    tree = copy.deepcopy(VALID_DATA)
    parent = tree
    for key in path[:-1]:
        parent = parent[key]
    del parent[path[-1]]
    result = outcome(dump(tree))
    if path[-1] in OPTIONAL:
        assert isinstance(result, Report)
        return
    assert isinstance(result, ReportError)
    where = "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in path).lstrip(".")
    assert any(p.path == where and "missing field" in p.message for p in result.problems)


@FAST
@given(st.integers(0, 3), st.integers(0, 4), st.integers(-2, 25))
def test_a_renumbered_indicator_is_reported(principle: int, index: int, number: int) -> None:
    tree = copy.deepcopy(VALID_DATA)
    indicator = tree["principles"][principle]["indicators"][index]
    if indicator["number"] == number:
        number += 1
    indicator["number"] = number
    result = outcome(dump(tree))
    assert isinstance(result, ReportError)
    # named where it is, or (a duplicate) where its twin is
    assert any(p.path.startswith("principles[") and ".indicators" in p.path and
               (p.path.endswith(f"indicators[{index}].number") or str(number) in p.message)
               for p in result.problems), result


# -- byte- and text-level damage ----------------------------------------------------------

SNIPPETS = st.sampled_from(
    [b":", b"- ", b"&a ", b"*a", b"!!python/object:os.system ", b"[", b"{", b"}", b"\t",
     b"\x00", b"\n---\n", b"'", b'"', b"\xff", b"\xc3", b"? ", b"<<: ", b"\n  ", b"#",
     b"%YAML 1.1\n",
     b"\xef\xbb\xbf", b"!foo ", b"|\n", b">-\n"]
) | st.binary(min_size=1, max_size=8)


@FAST
@given(st.integers(0, len(VALID_BYTES)))
def test_truncated_files(size: int) -> None:
    outcome(VALID_BYTES[:size])


@FAST
@given(st.lists(st.tuples(st.integers(0, len(VALID_BYTES)), SNIPPETS, st.integers(0, 4)),
                min_size=1, max_size=4))
def test_bytes_inserted_or_overwritten(edits: list[tuple[int, bytes, int]]) -> None:
    data = VALID_BYTES
    for at, snippet, cut in edits:
        data = data[:at] + snippet + data[at + cut:]
    outcome(data)


@FAST
@given(st.data())
def test_lines_dropped_doubled_or_reindented(data: st.DataObject) -> None:
    lines = VALID_TEXT.splitlines(keepends=True)
    for _ in range(data.draw(st.integers(1, 3))):
        i = data.draw(st.integers(0, len(lines) - 1))
        op = data.draw(st.sampled_from(["drop", "double", "indent", "dedent"]))
        if op == "drop":
            del lines[i]
        elif op == "double":
            lines.insert(i, lines[i])
        elif op == "indent":
            lines[i] = "  " + lines[i]
        else:
            lines[i] = lines[i].lstrip(" ")
        if not lines:
            break
    outcome("".join(lines).encode("utf-8"))


@FAST
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8")))
def test_junk_bytes(data: bytes) -> None:
    assert isinstance(outcome(data), ReportError)


@FAST
@given(junk)
def test_junk_yaml_documents(value: Any) -> None:
    assert isinstance(outcome(dump(value)), ReportError)


@FAST
@given(st.lists(st.sampled_from(["[^1]", "[^23]", "[", "]", "^", "(", ")", "*", "\\", "<", ">",
                                 "https://x.org/", "a", " ", "7", "[x](", "](#)", "\n"]),
                max_size=20).map("".join))
def test_fast_footnote_scan_agrees_with_the_markup_parser(text: str) -> None:
    assert footnote_refs(text) == markup.footnote_refs(text)

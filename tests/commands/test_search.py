"""Tests for ``vibe-desktop search``: output lines, JSON, filters, exit codes and messages."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from tests.factories import make_report
from vibe_desktop import cli
from vibe_desktop.commands import search as command
from vibe_desktop.core.library import Library
from vibe_desktop.core.model import Report

REPORTS = {
    "alpha-2030": make_report("alpha-2030", "Alpha"),
    "beta-2031": make_report("beta-2031", "Beta", 2031),
}


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    files = []
    for report_id in [*REPORTS, "broken-2020"]:
        path = tmp_path / f"{report_id}.yaml"
        path.write_text(f"id: {report_id}\n", encoding="utf-8")
        files.append(path)

    def load(path: Path) -> Report:
        if path.stem == "broken-2020":
            raise ValueError("broken-2020.yaml, line 3: principles: expected a list")
        return REPORTS[path.stem]

    lib = Library.discover(files, tmp_path / "user", loader=load)
    monkeypatch.setattr(command, "open_library", lambda err=None: lib)
    return lib


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], str]:
    code = cli.main(["search", *argv])
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


def test_prints_place_anchor_and_snippet(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines, err = run(capsys, "summary paragraph one", "--report", "alpha-2030")
    assert code == 0
    assert lines == ["Alpha 2030 › Overview\talpha-2030/summary/p1\tAlpha summary paragraph one."]
    assert err == ""


def test_json_lines(library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, _ = run(capsys, '"second sentence"', "--report", "beta-2031", "--json")
    assert code == 0
    hits = [json.loads(line) for line in lines]
    assert len(hits) == 20
    first = hits[0]
    assert first["report"] == "beta-2031" and first["kind"] == "indicator"
    assert first["anchor"] == "beta-2031/i1/p1"
    start, end = first["spans"][0]
    assert first["snippet"][start:end] == "second sentence"


def test_all_reports_skip_a_broken_one_with_a_message(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines, err = run(capsys, "summary paragraph two")
    assert code == 0
    assert [line.split("\t")[1] for line in lines] == [
        "alpha-2030/summary/p2",
        "beta-2031/summary/p2",
    ]
    assert "skipped broken-2020: " in err
    assert "broken-2020.yaml, line 3: principles: expected a list" in err


def test_principle_and_limit(library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, _ = run(capsys, "opening", "--report", "alpha-2030", "--principle", "4")
    assert code == 0
    assert {line.split("\t")[0] for line in lines} == {
        f"Alpha 2030 › Principle 4 › Indicator {n}" for n in range(16, 21)
    }
    code, lines, _ = run(capsys, "opening", "--limit", "2")
    assert code == 0 and len(lines) == 2


def test_no_hit_exits_1_like_grep(library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, err = run(capsys, "zebra", "--report", "alpha-2030")
    assert (code, lines) == (1, [])
    assert "no hits for 'zebra'" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["nosuch", "--report", "gamma-2040"], "no report gamma-2040 in the library"),
        (["x", "--principle", "5"], "--principle must be 1-4"),
        (['""'], "has no words"),
        (["x", "--limit", "-1"], "--limit must be 0"),
    ],
)
def test_usage_errors_exit_2(
    library: Library, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, lines, err = run(capsys, *argv)
    assert (code, lines) == (2, [])
    assert message in err


def test_snippet_is_one_line() -> None:
    report = make_report()
    from vibe_desktop.core.search import SearchIndex

    hit = SearchIndex.build(report).search("opening")[0]
    hit = dataclasses.replace(hit, text="two\nlines\there", text_spans=((0, 3),))
    assert command.format_hit(hit).split("\t")[2] == "two lines here"

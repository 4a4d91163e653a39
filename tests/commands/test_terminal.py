"""CLI output never passes terminal escape sequences or bidi controls from report data through."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from vibe_desktop.commands import search, validate
from vibe_desktop.commands.terminal import clean, clean_json

VALID = Path(__file__).parent.parent / "core" / "data" / "valid.yaml"
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202eTestland"


def test_clean_escapes_what_a_terminal_would_act_on() -> None:
    assert clean(HOSTILE) == "\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202eTestland"
    assert clean("plain Қазақстан “text”") == "plain Қазақстан “text”"
    assert clean("two\nlines\ttab") == "two\\nlines\\ttab"
    data = json.dumps({"s": HOSTILE}, ensure_ascii=False)
    assert json.loads(clean_json(data)) == {"s": HOSTILE}  # still the same JSON value
    assert not any(0x80 <= ord(c) <= 0x9f or c == "\u202e" for c in clean_json(data))


@pytest.fixture
def hostile_report(tmp_path: Path) -> Path:
    text = VALID.read_text(encoding="utf-8").replace(
        "country: Testland", 'country: "\\e]0;pwned\\a\\e[2J\\u202eTestland"')
    text = text.replace("title: Information Quality", 'title: "\\e[31mInformation"', 1)
    path = tmp_path / "hostile\x1b[5m.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_validate_output_has_no_control_characters(
        hostile_report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert validate.run(argparse.Namespace(files=[str(hostile_report)])) == 1
    out, err = capsys.readouterr()
    assert "\x1b" not in out + err and "\u202e" not in out + err and "\\x1b[31m" in err
    text = hostile_report.read_text(encoding="utf-8").replace('title: "\\e[31mInformation"',
                                                              "title: Information Quality")
    hostile_report.write_text(text, encoding="utf-8")
    assert validate.run(argparse.Namespace(files=[str(hostile_report)])) == 0
    out, err = capsys.readouterr()
    assert out.startswith("OK ") and "\x1b" not in out and "\\x1b]0;pwned" in out


def test_search_output_has_no_control_characters(
        hostile_report: Path, user_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = hostile_report.read_text(encoding="utf-8").replace('title: "\\e[31mInformation"',
                                                              "title: Information Quality")
    reports = user_home / "data" / "reports"
    reports.mkdir(parents=True)
    (reports / "testland-2030.yaml").write_text(text, encoding="utf-8")
    for as_json in (False, True):
        args = argparse.Namespace(query="Testland", report=["testland-2030"], principle=None,
                                  limit=0, json=as_json)
        assert search.run(args) == 0
        out, err = capsys.readouterr()
        assert out and "\x1b" not in out + err and "\u202e" not in out + err


def test_search_in_a_home_that_cannot_be_created_says_so_without_a_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("VIBE_DESKTOP_HOME", str(blocker / "home"))
    args = argparse.Namespace(query="media", report=[], principle=None, limit=3, json=False)
    assert search.run(args) == 0
    out, err = capsys.readouterr()
    assert out and "searching the bundled reports only" in err and "Traceback" not in err

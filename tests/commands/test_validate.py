"""``vibe-desktop validate``: OK lines on stdout, FILE:LINE problems on stderr, exit 0 / 1 / 2."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vibe_desktop.commands import validate

VALID = Path(__file__).parent.parent / "core" / "data" / "valid.yaml"
REPO = Path(__file__).resolve().parent.parent.parent


def run(*files: str) -> int:
    return validate.run(argparse.Namespace(files=list(files)))


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    text = VALID.read_text(encoding="utf-8")
    text = text.replace("overall_score: 15", "overall_score: 45").replace("[^2]", "[^200]")
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(str(VALID)) == 0
    out, err = capsys.readouterr()
    assert out == f"OK {VALID} (Testland 2030)\n" and err == ""


def test_invalid_file_lists_every_problem(broken: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert run(str(VALID), str(broken)) == 1
    out, err = capsys.readouterr()
    assert out == f"OK {VALID} (Testland 2030)\n"
    assert err.splitlines() == [
        f"{broken}:9: overall_score: score 45 is outside 0-40",
        (f"{broken}:36: principles[0].indicators[1].paragraphs[1]: refers to footnote [^200], "
         "but there is no footnote 200"),
        f"{broken}:241: footnotes[1].number: footnote 2 is not referred to ([^2]) from any text",
    ]


def test_missing_file_exits_2_and_still_checks_the_rest(
    tmp_path: Path, broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.yaml"
    assert run(str(missing), str(broken), str(tmp_path)) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == f"{missing}: no such file"
    assert lines[-1] == f"{tmp_path}: is a folder, not a file"
    assert any(line.startswith(f"{broken}:9: ") for line in lines)


def test_default_is_every_bundled_report(
    monkeypatch: pytest.MonkeyPatch, broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(validate, "bundled_report_files", lambda: [VALID, broken])
    assert run() == 1
    out, err = capsys.readouterr()
    assert out.startswith("OK ") and err.startswith(f"{broken}:")
    monkeypatch.setattr(validate, "bundled_report_files", list)
    assert run() == 2
    assert "no bundled reports found" in capsys.readouterr().err


def test_bundled_reports_are_valid(capsys: pytest.CaptureFixture[str]) -> None:
    files = validate.bundled_report_files()
    if not files:
        pytest.skip("no bundled report yet (data/reports/*.yaml comes from the importer)")
    assert run() == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert out.count("OK ") == len(files)


def test_as_a_subprocess(tmp_path: Path, broken: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "vibe_desktop", "validate", str(VALID), str(broken)],
        check=False, capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout == f"OK {VALID} (Testland 2030)\n"
    assert result.stderr.splitlines()[0] == f"{broken}:9: overall_score: score 45 is outside 0-40"
    assert "Traceback" not in result.stderr

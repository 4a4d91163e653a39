"""``vibe-desktop import``: YAML to stdout or atomically to -o; FILE:LINE errors, exit 1."""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_YAML, SOURCE_TXT
from tests.importer.synth import make_source
from vibe_desktop.cli import main
from vibe_desktop.commands.importing import run


def args(source: Path | str, output: Path | str | None = None,
         id: str | None = None) -> argparse.Namespace:
    return argparse.Namespace(source=str(source),
                              output=None if output is None else str(output), id=id)


def call(ns: argparse.Namespace) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(ns, out, err)
    return status, out.getvalue(), err.getvalue()


def test_bundled_source_to_stdout() -> None:
    status, out, err = call(args(SOURCE_TXT))
    assert (status, err) == (0, "")
    assert out == BUNDLED_YAML.read_text(encoding="utf-8")


def test_output_file_and_id(tmp_path: Path) -> None:
    source = tmp_path / "t.txt"
    source.write_text(make_source(), encoding="utf-8")
    target = tmp_path / "out" / "t.yaml"
    status, out, err = call(args(source, target, "testland-special"))
    assert (status, out) == (0, "")
    assert err == f"wrote {target} (Testland 2030: 20 indicators, 0 footnotes, 0 pull quotes)\n"
    assert "id: testland-special\n" in target.read_text(encoding="utf-8")
    assert [p.name for p in target.parent.iterdir()] == ["t.yaml"]  # no temp file left


def test_problems_are_file_line_messages_and_nothing_is_written(tmp_path: Path) -> None:
    source = tmp_path / "bad.txt"
    text = make_source(headings={7: "Indicator 8: Wrong."})
    source.write_text(text, encoding="utf-8")
    target = tmp_path / "t.yaml"
    target.write_text("previous\n", encoding="utf-8")
    status, out, err = call(args(source, target))
    line = text.split("\n").index("Indicator 8: Wrong.") + 1
    assert status == 1 and out == ""
    assert err.splitlines()[0] == (f"{source}:{line}: Indicator 8 out of sequence: "
                                   "expected Indicator 7")
    assert target.read_text(encoding="utf-8") == "previous\n"


def test_non_utf8_source(tmp_path: Path) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes(make_source().encode().replace(b"Testland had", b"Testland \xe9 had"))
    status, _, err = call(args(source))
    line = make_source().split("\n").index("Testland had a year.") + 1
    assert status == 1
    assert err == (f"{source}:{line}: not UTF-8 text: byte 0xe9 at column 10 "
                   "(save the export as UTF-8)\n")


def test_missing_source_and_unwritable_output(tmp_path: Path) -> None:
    assert call(args(tmp_path / "nope.txt")) == (1, "", f"{tmp_path / 'nope.txt'}: no such file\n")
    source = tmp_path / "t.txt"
    source.write_text(make_source(), encoding="utf-8")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    status, _, err = call(args(source, folder))
    assert status == 1 and err.startswith(f"{folder}: cannot write: ")


def test_bad_id() -> None:
    status, _, err = call(args(SOURCE_TXT, id="Kazakhstan 2022"))
    assert status == 1
    assert err == ("--id 'Kazakhstan 2022': use lower-case letters, digits and hyphens, "
                   "e.g. kazakhstan-2022\n")


def test_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "k.yaml"
    assert main(["import", str(SOURCE_TXT), "-o", str(target)]) == 0
    assert target.read_bytes() == BUNDLED_YAML.read_bytes()
    assert "14 footnotes, 6 pull quotes" in capsys.readouterr().err


def test_no_traceback_from_the_real_command(tmp_path: Path) -> None:
    source = tmp_path / "empty.txt"
    source.write_text("\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "vibe_desktop", "import", str(source)],
        check=False, capture_output=True, text=True,
        env={**os.environ, "PYTHONWARNINGS": "error"}, timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr == f"{source}:1: the source is empty\n"
    assert done.stdout == ""


def test_stdout_is_utf8_whatever_the_console_encoding() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "vibe_desktop", "import", str(SOURCE_TXT)],
        check=False, capture_output=True, timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONWARNINGS": "error"},
    )
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout == BUNDLED_YAML.read_bytes()

"""``vibe-desktop export slides|handout``: output files, messages and exit codes."""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_YAML, REPO
from vibe_desktop.cli import subcommand_parser
from vibe_desktop.commands.export import export

pytestmark = pytest.mark.skipif(not BUNDLED_YAML.exists(), reason="bundled report not imported yet")


def _run(*argv: str) -> tuple[int, str, str]:
    args: argparse.Namespace = subcommand_parser().parse_args(["export", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = export(args, out, err)
    return code, out.getvalue(), err.getvalue()


def test_slides_and_handout(qapp, tmp_path: Path) -> None:
    slides = tmp_path / "s.pdf"
    code, out, err = _run("slides", "--report", "kazakhstan-2022", "-o", str(slides))
    assert (code, err) == (0, "")
    assert out.startswith("Wrote ") and str(slides) in out
    assert slides.read_bytes().startswith(b"%PDF")
    handout = tmp_path / "h.pdf"
    code, out, err = _run("handout", "--principle", "4", "-o", str(handout))
    assert (code, err) == (0, "")
    assert handout.read_bytes().startswith(b"%PDF")
    # no temp files left
    assert [p.name for p in tmp_path.iterdir()] and not list(tmp_path.glob(".*"))


@pytest.mark.parametrize("argv, code, message", [
    (["slides", "--report", "nowhere-1999"], 2, "no report 'nowhere-1999' (known: kazakhstan-2022"),
    (["handout", "--principle", "5"], 2, "--principle must be 1-4, not 5"),
])
def test_bad_arguments(qapp, tmp_path: Path, argv: list[str], code: int, message: str) -> None:
    result = _run(*argv, "-o", str(tmp_path / "x.pdf"))
    assert result[0] == code and message in result[2]
    assert not (tmp_path / "x.pdf").exists()


def test_missing_folder(qapp, tmp_path: Path) -> None:
    code, _, err = _run("slides", "-o", str(tmp_path / "no" / "such" / "x.pdf"))
    assert code == 1 and "does not exist" in err


def test_command_line_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "slides.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "vibe_desktop", "export", "slides", "--principle", "1",
         "-o", str(out)],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout.startswith("Wrote ") and " slides to " in proc.stdout
    assert out.read_bytes().startswith(b"%PDF")

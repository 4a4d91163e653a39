"""The window's options: help sized to the terminal, light to import, report files accepted."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from vibe_desktop import options as cli


def test_help_is_wrapped_to_the_columns_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "50")
    text = cli.window_parser().format_help()
    assert "--screenshot FILE.png" in text
    assert len(text.splitlines()[-1]) <= 50
    monkeypatch.setattr(cli, "_Formatter", argparse.HelpFormatter)  # argparse's own sizing
    assert cli.window_parser().format_help() == text
    monkeypatch.setenv("COLUMNS", "200")
    assert cli._terminal_columns() == 200
    monkeypatch.setenv("COLUMNS", "not a number")
    assert cli._terminal_columns() > 0


def test_parsing_the_window_options_does_not_import_shutil() -> None:
    code = ("import sys; from vibe_desktop import options as cli; "
            "args = cli.window_parser().parse_args(['--indicator', '6']); "
            "print(args.indicator, 'shutil' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["6", "False"]


def test_a_report_file_from_a_double_click_is_accepted() -> None:
    args = cli.window_parser().parse_args(["C:\\Users\\me\\Downloads\\kyrgyzstan-2023.vibe"])
    assert args.files == ["C:\\Users\\me\\Downloads\\kyrgyzstan-2023.vibe"]
    assert cli.window_parser().parse_args([]).files == []

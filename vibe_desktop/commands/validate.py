"""``vibe-desktop validate [FILE...]``: check report files and print every problem, one per line."""

from __future__ import annotations

import argparse
import sys
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TextIO

from vibe_desktop.commands.terminal import say
from vibe_desktop.core.loader import ReportError, load_report
from vibe_desktop.paths import bundled_report_files

EXIT_OK, EXIT_INVALID, EXIT_MISSING = 0, 1, 2


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Validate ``args.files`` (default: every bundled report).

    Prints ``OK FILE (Country edition)`` per valid file to stdout and each problem as
    ``FILE:LINE: path: message`` to stderr. Exit status: 0 all valid, 1 any invalid,
    2 a file that does not exist or no file to check.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    files: list[str | Traversable] = list(args.files) or list(bundled_report_files())
    if not files:
        say("vibe-desktop validate: no report files given and no bundled reports found", err)
        return EXIT_MISSING
    status = EXIT_OK
    for file in files:
        if isinstance(file, str) and (not Path(file).exists() or Path(file).is_dir()):
            reason = "is a folder, not a file" if Path(file).is_dir() else "no such file"
            say(f"{file}: {reason}", err)
            status = EXIT_MISSING
            continue
        try:
            report = load_report(file)
        except ReportError as error:
            for problem in error.problems:
                say(str(problem), err)
            status = max(status, EXIT_INVALID)
            continue
        say(f"OK {file} ({report.country} {report.edition})", out)
    return status

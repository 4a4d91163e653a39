"""One window per user store: a second launch hands its arguments to the running copy and exits.

Two copies writing the same notes would each keep their own view of them; the store merges
safely, but one window is what a person expects. The second launch checks the lock (QtCore
only), sends its arguments (report files made absolute) and exits; the running copy raises
its window and opens what was asked, or adds the files to the library.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vibe_desktop.single_instance import SingleInstance
    from vibe_desktop.ui.shell.main_window import MainWindow


#: How often a second launch tries to reach a running copy that holds the lock (1 s each).
HANDOFF_ATTEMPTS = 8


def claim(argv: list[str]) -> tuple[SingleInstance | None, bool]:
    """(the instance, True) when this process is the one window; (None, False) when the
    arguments went to the running copy; (None, True) when there is no store to guard."""
    from vibe_desktop import paths
    from vibe_desktop.single_instance import SingleInstance

    try:
        key = str(paths.data_dir())
    except OSError:  # no writable home: nothing to protect, run as is
        return None, True
    instance = SingleInstance(key)
    if instance.try_lock():
        return instance, True
    handed = absolute_files(argv)
    for _attempt in range(HANDOFF_ATTEMPTS):  # the running copy may still be starting
        if instance.send_to_primary(handed, timeout_ms=1000):
            print("vibe-desktop: already running; the open window shows what was asked",
                  file=sys.stderr)
            return None, False
        if instance.try_lock():  # it ended meanwhile: this one is the window now
            return instance, True
    return None, True  # the lock holder does not answer: open a window after all


def absolute_files(argv: list[str]) -> list[str]:
    """``argv`` with report files (the positional arguments) as absolute paths."""
    from vibe_desktop.options import window_parser

    try:
        args, _rest = window_parser().parse_known_args(argv)
    except SystemExit:
        return list(argv)
    files = {str(f) for f in args.files}
    return [str(Path(a).resolve()) if a in files else a for a in argv]


def add_files(window: MainWindow, files: list[Path]) -> None:
    """Add report files (a double-click, a second launch) through the library feature."""
    window.ensure_features()
    library = window.feature("library")
    adder = getattr(library, "add_files", None)
    if callable(adder):
        adder(files)

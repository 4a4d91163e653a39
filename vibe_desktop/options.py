"""The window's command-line options (no subcommand): one parser, for the first launch and for
the arguments a second launch hands to the running window."""

from __future__ import annotations

import argparse
import os
import sys

from vibe_desktop import __version__


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, sized like shutil.get_terminal_size without importing
    shutil (and with it bz2 and lzma) on every start of the window."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_columns() -> int:
    """What shutil.get_terminal_size().columns would say (COLUMNS, the terminal, else 80)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = text.lower().split("x")
        size = int(w), int(h)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected WIDTHxHEIGHT, e.g. 1280x800, not {text!r}") from None
    if min(size) < 100 or max(size) > 10000:
        raise argparse.ArgumentTypeError(f"size {text} is out of range (100-10000 pixels)")
    return size


def window_parser() -> argparse.ArgumentParser:
    """Options for opening the reader window (no subcommand)."""
    p = argparse.ArgumentParser(
        prog="vibe-desktop",
        formatter_class=_Formatter,
        description="Read IREX's Vibrant Information Barometer reports offline. "
        "Subcommands: validate, import, search, export (see 'vibe-desktop SUBCOMMAND -h').",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--report", metavar="ID", help="open this report (e.g. kazakhstan-2022)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--indicator", type=int, metavar="N", help="open indicator N (1-20)")
    where.add_argument("--principle", type=int, metavar="N", help="open principle N (1-4)")
    where.add_argument("--anchor", metavar="ANCHOR", help="open a paragraph anchor")
    p.add_argument("--screenshot", metavar="FILE.png", help="render the window to a PNG and exit")
    p.add_argument("--theme", choices=["system", "light", "dark", "high-contrast"])
    p.add_argument("--size", type=_size, metavar="WxH", help="window size, e.g. 1280x800")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="check this machine can run the app, load and render every report, then exit",
    )
    p.add_argument("--present", action="store_true", help="start the presentation (like F5)")
    # What a double-click on a .vibe / .yaml report passes (the Windows file association).
    p.add_argument("files", nargs="*", metavar="REPORT",
                   help="report files (.vibe, .yaml) to add to the library and open")
    return p

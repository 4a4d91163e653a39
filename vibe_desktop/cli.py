"""Command line: parse arguments, then run a subcommand or open the reader window.

Subcommands import only what they need, so ``vibe-desktop validate`` or ``search`` never
loads Qt widgets, and the window path imports nothing it does not show.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from vibe_desktop import __version__

Command = Callable[[argparse.Namespace], int]


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


def subcommand_parser() -> argparse.ArgumentParser:
    """The scripting subcommands."""
    p = argparse.ArgumentParser(prog="vibe-desktop")
    sub = p.add_subparsers(dest="command", required=True)

    v = sub.add_parser("validate", help="check report files; exit 1 if any is invalid")
    v.add_argument("files", nargs="*", metavar="FILE", help="default: every bundled report")
    v.set_defaults(run=_run_validate)

    i = sub.add_parser("import", help="turn a VIBE report's text export into report YAML")
    i.add_argument("source", metavar="SOURCE.txt")
    i.add_argument("-o", "--output", metavar="OUT.yaml", help="default: standard output")
    i.add_argument("--id", help="report id (default: COUNTRY-EDITION from the source)")
    i.set_defaults(run=_run_import)

    s = sub.add_parser("search", help="search the report library")
    s.add_argument("query")
    s.add_argument("--report", metavar="ID", action="append", help="limit to this report")
    s.add_argument("--principle", type=int, metavar="N", help="limit to principle N")
    s.add_argument("--limit", type=int, default=0, help="at most this many hits (0: all)")
    s.add_argument("--json", action="store_true", help="print JSON lines")
    s.set_defaults(run=_run_search)

    e = sub.add_parser("export", help="export slides or a handout to PDF")
    e.add_argument("kind", choices=["slides", "handout"])
    e.add_argument("--report", metavar="ID")
    e.add_argument("--principle", type=int, metavar="N")
    e.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    e.set_defaults(run=_run_export)
    return p


SUBCOMMANDS = ("validate", "import", "search", "export")


def _run_validate(args: argparse.Namespace) -> int:
    from vibe_desktop.commands.validate import run

    return run(args)


def _run_import(args: argparse.Namespace) -> int:
    from vibe_desktop.commands.importing import run

    return run(args)


def _run_search(args: argparse.Namespace) -> int:
    from vibe_desktop.commands.search import run

    return run(args)


def _run_export(args: argparse.Namespace) -> int:
    from vibe_desktop.commands.export import export

    return export(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``vibe-desktop`` and ``python -m vibe_desktop``."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in SUBCOMMANDS:
        args = subcommand_parser().parse_args(args_list)
        run: Command = args.run
        try:
            return run(args)
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:
            return 0
    args = window_parser().parse_args(args_list)
    if args.self_test:
        from vibe_desktop.selftest import run_self_test

        return run_self_test(args)
    from vibe_desktop.diagnostics import guarded_start  # explains a failed Qt start

    return guarded_start(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

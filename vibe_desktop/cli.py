"""Command line: parse arguments, then run a subcommand or open the reader window.

Subcommands import only what they need, so ``vibe-desktop validate`` or ``search`` never
loads Qt widgets, and the window path imports nothing it does not show.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from vibe_desktop.options import window_parser

Command = Callable[[argparse.Namespace], int]


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

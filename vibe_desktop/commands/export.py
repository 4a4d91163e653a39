"""``vibe-desktop export slides|handout [--report ID] [--principle N] -o FILE.pdf``."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TextIO


def _app() -> None:
    """A GUI application for fonts and painting; off-screen when none exists yet."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(["vibe-desktop"])


def export(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Write slides or a handout PDF; 0 on success, 1 on failure, 2 for bad arguments."""
    out = out or sys.stdout
    err = err or sys.stderr
    from vibe_desktop import paths
    from vibe_desktop.core.library import Library

    library = Library.discover(paths.bundled_report_files(), paths.user_reports_dir())
    if not library.ids:
        print("vibe-desktop export: no reports are installed", file=err)
        return 1
    report_id = args.report or library.ids[0]
    if report_id not in library:
        known = ", ".join(library.ids)
        print(f"vibe-desktop export: no report {report_id!r} (known: {known})", file=err)
        return 2
    if args.principle is not None and args.principle not in (1, 2, 3, 4):
        print(f"vibe-desktop export: --principle must be 1-4, not {args.principle}", file=err)
        return 2
    output = os.path.abspath(args.output)
    if not os.path.isdir(os.path.dirname(output)):
        print(f"vibe-desktop export: folder {os.path.dirname(output)} does not exist", file=err)
        return 1
    try:
        report = library.get(report_id)
    except Exception as exc:  # noqa: BLE001 - ReportError says what and where
        print(f"vibe-desktop export: cannot load {report_id}:\n{exc}", file=err)
        return 1
    _app()
    try:
        if args.kind == "slides":
            from vibe_desktop.export.slides import write_slides_pdf

            pages = write_slides_pdf(output, report, args.principle)
            print(f"Wrote {pages} slides to {output}", file=out)
        else:
            from vibe_desktop.export.handout import write_handout_pdf

            write_handout_pdf(output, report, args.principle)
            print(f"Wrote the handout to {output}", file=out)
    except OSError as exc:
        print(f"vibe-desktop export: cannot write {output}: {exc}", file=err)
        return 1
    return 0

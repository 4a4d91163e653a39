"""``vibe-desktop search QUERY``: search the report library from the command line, for scripts."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TextIO

from vibe_desktop import paths
from vibe_desktop.commands.terminal import clean, clean_json, say
from vibe_desktop.core.library import Library
from vibe_desktop.core.query import parse_query
from vibe_desktop.core.search import Hit, SearchIndex, search_all

PROG = "vibe-desktop search"


def open_library(err: TextIO | None = None) -> Library:
    """The bundled reports and the user's, as the window sees them.

    A home that cannot be created (read-only profile or stick) means no user reports, with
    one line on ``err`` saying so, never a traceback.
    """
    try:
        user_dir = paths.user_reports_dir()
    except OSError as exc:
        if err is not None:
            say(f"{PROG}: your added reports cannot be read ({exc.strerror or exc}: "
                f"{exc.filename or ''}); searching the bundled reports only", err)
        user_dir = Path(os.devnull) / "reports"  # never a folder: no user reports
        return Library.discover(paths.bundled_report_files(), user_dir)
    library = Library.discover(paths.bundled_report_files(), user_dir)
    if library.folder_error and err is not None:  # paths creates folders where it can only
        say(f"{PROG}: your added reports cannot be read ({library.folder_error}); "
            "searching the bundled reports only", err)
    return library


def _one_line(text: str) -> str:
    return " ".join(text.split())


def format_hit(hit: Hit) -> str:
    """``PLACE<TAB>ANCHOR<TAB>SNIPPET`` on one line (control characters in them escaped)."""
    return "\t".join(clean(field) for field in (hit.place, hit.anchor, _one_line(hit.snippet)))


def hit_json(hit: Hit) -> str:
    """One JSON object per hit (the snippet's match spans index into ``snippet``)."""
    data = {
        "report": hit.report_id,
        "place": hit.place,
        "anchor": hit.anchor,
        "target": hit.target,
        "kind": hit.kind,
        "snippet": hit.snippet,
        "spans": [list(span) for span in hit.spans],
        "score": hit.score,
    }
    return json.dumps(data, ensure_ascii=False)


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Print each hit; exit 0 with hits, 1 with none (like grep), 2 on a usage or data error."""
    out = out or sys.stdout
    err = err or sys.stderr
    if parse_query(args.query).empty:
        say(f"{PROG}: the query {args.query!r} has no words to search for", err)
        return 2
    if args.principle is not None and not 1 <= args.principle <= 4:
        say(f"{PROG}: --principle must be 1-4, not {args.principle}", err)
        return 2
    if args.limit < 0:
        say(f"{PROG}: --limit must be 0 (all) or more, not {args.limit}", err)
        return 2
    library = open_library(err)
    wanted = list(dict.fromkeys(args.report)) if args.report else list(library.ids)
    unknown = [rid for rid in wanted if rid not in library]
    if unknown:
        known = ", ".join(e.id for e in library.entries) or "none"
        say(f"{PROG}: no report {', '.join(unknown)} in the library (reports: {known})", err)
        return 2
    indexes = []
    broken = False
    for report_id in wanted:
        try:
            indexes.append(SearchIndex.build(library.get(report_id)))
        except Exception as exc:  # noqa: BLE001 - report the broken file, search the others
            broken = True
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            say(f"{PROG}: skipped {report_id}: {first}", err)
    hits = search_all(indexes, args.query, principle=args.principle, limit=args.limit)
    for hit in hits:
        if args.json:
            print(clean_json(hit_json(hit)), file=out)
        else:
            print(format_hit(hit), file=out)
    if not hits:
        where = f" in principle {args.principle}" if args.principle else ""
        say(f"{PROG}: no hits for {args.query!r}{where}", err)
        return 2 if broken and not indexes else 1
    return 0

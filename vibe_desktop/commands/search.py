"""``vibe-desktop search QUERY``: search the report library from the command line, for scripts."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from vibe_desktop import paths
from vibe_desktop.core.library import Library
from vibe_desktop.core.query import parse_query
from vibe_desktop.core.search import Hit, SearchIndex, search_all

PROG = "vibe-desktop search"


def open_library() -> Library:
    """The bundled reports and the user's, as the window sees them."""
    return Library.discover(paths.bundled_report_files(), paths.user_reports_dir())


def _one_line(text: str) -> str:
    return " ".join(text.split())


def format_hit(hit: Hit) -> str:
    """``PLACE<TAB>ANCHOR<TAB>SNIPPET`` on one line."""
    return f"{hit.place}\t{hit.anchor}\t{_one_line(hit.snippet)}"


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
        print(f"{PROG}: the query {args.query!r} has no words to search for", file=err)
        return 2
    if args.principle is not None and not 1 <= args.principle <= 4:
        print(f"{PROG}: --principle must be 1-4, not {args.principle}", file=err)
        return 2
    if args.limit < 0:
        print(f"{PROG}: --limit must be 0 (all) or more, not {args.limit}", file=err)
        return 2
    library = open_library()
    wanted = list(dict.fromkeys(args.report)) if args.report else list(library.ids)
    unknown = [rid for rid in wanted if rid not in library]
    if unknown:
        known = ", ".join(e.id for e in library.entries) or "none"
        print(f"{PROG}: no report {', '.join(unknown)} in the library (reports: {known})", file=err)
        return 2
    indexes = []
    broken = False
    for report_id in wanted:
        try:
            indexes.append(SearchIndex.build(library.get(report_id)))
        except Exception as exc:  # noqa: BLE001 - report the broken file, search the others
            broken = True
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            print(f"{PROG}: skipped {report_id}: {first}", file=err)
    hits = search_all(indexes, args.query, principle=args.principle, limit=args.limit)
    for hit in hits:
        print(hit_json(hit) if args.json else format_hit(hit), file=out)
    if not hits:
        where = f" in principle {args.principle}" if args.principle else ""
        print(f"{PROG}: no hits for {args.query!r}{where}", file=err)
        return 2 if broken and not indexes else 1
    return 0

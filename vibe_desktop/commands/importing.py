"""``vibe-desktop import SOURCE.txt [-o OUT.yaml] [--id ID]``: text export -> report YAML."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TextIO

from vibe_desktop.commands.terminal import say
from vibe_desktop.core.dump import dump_report
from vibe_desktop.importer import ImportFailureError, import_bytes
from vibe_desktop.userdata.atomic import atomic_write

EXIT_OK, EXIT_FAILED = 0, 1
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Import ``args.source``; write YAML to ``args.output`` (atomically) or to stdout.

    Problems go to stderr as ``SOURCE:LINE: message``, and the exit status is 1; nothing is
    written then, so an existing OUT.yaml is left as it was.
    """
    to_console = out is None
    out = out or sys.stdout
    err = err or sys.stderr
    source = str(args.source)
    report_id = getattr(args, "id", None)
    if report_id is not None and not _ID.match(report_id):
        say(f"--id {report_id!r}: use lower-case letters, digits and hyphens, "
            "e.g. kazakhstan-2022", err)
        return EXIT_FAILED
    try:
        data = Path(source).read_bytes()
    except FileNotFoundError:
        say(f"{source}: no such file", err)
        return EXIT_FAILED
    except OSError as exc:
        say(f"{source}: cannot read: {exc.strerror or exc}", err)
        return EXIT_FAILED
    try:
        report = import_bytes(data, source_name=source, report_id=report_id)
    except ImportFailureError as failure:
        for line in failure.lines():
            say(line, err)
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - an importer bug: still a message, never a traceback
        say(f"{source}: internal error while importing ({type(exc).__name__}: {exc}); "
              "please report this with the source file", err)
        return EXIT_FAILED
    text = dump_report(report)
    output = getattr(args, "output", None)
    if not output:
        buffer = getattr(out, "buffer", None) if to_console else None
        if buffer is not None:  # UTF-8 whatever the console's encoding (e.g. cp1252)
            out.flush()
            buffer.write(text.encode("utf-8"))
            buffer.flush()
        else:
            out.write(text)
        return EXIT_OK
    try:
        atomic_write(Path(output), text.encode("utf-8"))
    except OSError as exc:
        say(f"{output}: cannot write: {exc.strerror or exc}", err)
        return EXIT_FAILED
    quotes = sum(len(i.quotes) for i in report.indicators())
    say(f"wrote {output} ({report.country} {report.edition}: "
          f"{sum(1 for _ in report.indicators())} indicators, {len(report.footnotes)} footnotes, "
          f"{quotes} pull quotes)", err)
    return EXIT_OK

"""Refresh resources/translations/*.ts from the code with pyside6-lupdate.

ru and kk get every message (kept translations stay, vanished ones go); en (the source
language) keeps only the plural (numerus) messages, so English shows "1 result" / "2 results".
Then translate the new (``type="unfinished"``) messages. Run from the repository's root:
``.venv/bin/python scripts/update_translations.py``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"


def lupdate(ts: Path, language: str) -> None:
    """Merge every message of the package into ``ts`` (created if missing)."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (REPO / "vibe_desktop").rglob("*.py"))
    subprocess.run([str(tool), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", language, *sources,
                    "-ts", str(ts)], check=True)


def numerus_only(ts: Path) -> None:
    """Drop every message that has no plural forms (English needs no other translation)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
        if context.find("message") is None:
            root.remove(context)
    ET.indent(tree, "    ")
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def main() -> None:
    for language in ("ru", "kk"):
        lupdate(TRANSLATIONS / f"vibe_desktop_{language}.ts", language)
    english = TRANSLATIONS / "vibe_desktop_en.ts"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / english.name
        if english.exists():
            work.write_bytes(english.read_bytes())
        lupdate(work, "en")
        numerus_only(work)
        english.write_bytes(work.read_bytes())


if __name__ == "__main__":
    main()

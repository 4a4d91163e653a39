"""Helpers for the translation tests: lupdate over the whole package, reading .ts files, pseudo."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from vibe_desktop import i18n

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "vibe_desktop"
TRANSLATIONS = REPO / "resources" / "translations"
#: The wrapping the pseudo translation puts around every string.
OPEN, CLOSE = "[!!", "!!]"


@dataclass(frozen=True)
class Message:
    """One message of a .ts file."""

    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    unfinished: bool
    obsolete: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def tool(name: str) -> str | None:
    """pyside6-lupdate / pyside6-lrelease beside this Python, if installed."""
    found = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(found) if found.exists() else None


def lupdate(ts: Path, language: str = "ru") -> None:
    """Extract every message of every module of the package into ``ts``."""
    lupdate_tool = tool("lupdate")
    assert lupdate_tool is not None
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run([lupdate_tool, "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", language, *sources,
                    "-ts", str(ts)], check=True, capture_output=True)


def messages(ts: Path) -> list[Message]:
    """Every message of a .ts file."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            numerus = m.get("numerus") == "yes"
            forms = (tuple(f.text or "" for f in tr.iter("numerusform")) if numerus
                     else (tr.text or "",))
            kind = tr.get("type") or ""
            out.append(Message(name, m.findtext("source") or "", m.findtext("comment") or "",
                               numerus, forms, kind == "unfinished" or not any(forms),
                               kind in ("obsolete", "vanished")))
    return out


def pseudo_ts(source_ts: Path, out: Path) -> None:
    """A pseudo translation of ``source_ts`` (lupdate output): every string wrapped in
    ``[!! … !!]``, three numerus forms (the .ts says Russian) each wrapped too."""
    tree = ET.parse(source_ts)
    for m in tree.getroot().iter("message"):
        tr = m.find("translation")
        assert tr is not None
        source = m.findtext("source") or ""
        wrapped = f"{OPEN} {source} {CLOSE}"
        tr.attrib.pop("type", None)
        if m.get("numerus") == "yes":
            for form in list(tr):
                tr.remove(form)
            for _ in range(3):
                ET.SubElement(tr, "numerusform").text = wrapped
        else:
            tr.text = wrapped
    tree.write(out, encoding="utf-8", xml_declaration=True)


def lrelease(ts: Path, qm: Path) -> Path:
    """Compile ``ts`` with the same routine the app uses."""
    assert i18n.build_qm(ts, qm), f"lrelease could not build {qm} from {ts}"
    return qm


def is_wrapped(text: str) -> bool:
    """Whether ``text`` (a label, title, …) came from the pseudo translation."""
    plain = text.replace("&&", "&").strip()
    return plain.startswith(OPEN) and plain.endswith(CLOSE)

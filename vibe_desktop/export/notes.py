"""Export bookmarks, highlights and notes to Markdown or CSV, with places and footnote URLs."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from vibe_desktop import ACKNOWLEDGMENT
from vibe_desktop.core import markup
from vibe_desktop.core.citation import place
from vibe_desktop.core.model import Anchor, Report
from vibe_desktop.i18n import translate
from vibe_desktop.userdata.annotations import Bookmark, Highlight, Item

Resolve = Callable[[str], Report | None]
CSV_COLUMNS = ("kind", "report", "place", "anchor", "quote", "note", "footnotes", "created")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


@dataclass(frozen=True, slots=True)
class Row:
    """One exported item with everything resolved against its report."""

    kind: str
    report: str
    place: str
    anchor: str
    quote: str
    note: str
    footnotes: tuple[tuple[int, tuple[str, ...]], ...]
    created: str


def _paragraph_markup(report: Report, anchor: str) -> str | None:
    wanted = str(Anchor.parse(anchor))
    return next((text for a, text in report.paragraphs() if a == wanted), None)


def _footnotes(report: Report, anchor: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Footnotes the paragraph cites (or the footnote itself), each with its URLs."""
    parsed = Anchor.parse(anchor)
    if parsed.footnote is not None:
        numbers = [parsed.footnote]
    else:
        text = _paragraph_markup(report, anchor) if parsed.paragraph is not None else None
        numbers = markup.footnote_refs(text) if text else []
    result = []
    for number in dict.fromkeys(numbers):
        try:
            footnote = report.footnote(number)
        except KeyError:
            continue
        result.append((number, tuple(markup.links(footnote.text))))
    return tuple(result)


def rows(items: Iterable[Item], resolve: Resolve) -> list[Row]:
    """Resolve items against their reports, grouped by report then reading order of creation."""
    out = []
    for item in items:
        report = resolve(item.report_id)
        where = place(report, item.anchor) if report else item.anchor
        label = (translate("Citation", "VIBE {edition} {country}").format(
            edition=report.edition, country=report.country) if report else item.report_id)
        notes = _footnotes(report, item.anchor) if report else ()
        if isinstance(item, Highlight):
            out.append(Row("highlight", label, where, item.anchor, item.quote, item.note, notes,
                           item.created))
        elif isinstance(item, Bookmark):
            out.append(Row("bookmark", label, where, item.anchor, "", item.label, (), item.created))
    return sorted(out, key=lambda r: (r.report, r.kind, r.created))


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _no_url() -> str:
    return translate("NotesExport", "(no URL)")


def csv_columns() -> tuple[str, ...]:
    """The CSV header row in the UI language (``CSV_COLUMNS``, the English, is the order)."""
    words = {
        "kind": translate("NotesExport", "kind"),
        "report": translate("NotesExport", "report"),
        "place": translate("NotesExport", "place"),
        "anchor": translate("NotesExport", "anchor"),
        "quote": translate("NotesExport", "quote"),
        "note": translate("NotesExport", "note"),
        "footnotes": translate("NotesExport", "footnotes"),
        "created": translate("NotesExport", "created"),
    }
    return tuple(words[column] for column in CSV_COLUMNS)


def _kind(kind: str) -> str:
    return (translate("NotesExport", "bookmark") if kind == "bookmark"
            else translate("NotesExport", "highlight"))


def _footnote_text(footnotes: tuple[tuple[int, tuple[str, ...]], ...]) -> str:
    return "; ".join(f"[{n}] {' '.join(urls) if urls else _no_url()}" for n, urls in footnotes)


def to_markdown(items: Iterable[Item], resolve: Resolve) -> str:
    """A Markdown document: one section per report, each highlight quoted with note and place."""
    lines = ["# " + translate("NotesExport", "VIBE Desktop: highlights and notes"), ""]
    current = None
    for row in rows(items, resolve):
        if row.report != current:
            current = row.report
            lines += [f"## {_md(row.report)}", ""]
        if row.kind == "bookmark":
            label = f": {_md(row.note)}" if row.note else ""
            bookmark = translate("NotesExport", "Bookmark: {place}").format(place=_md(row.place))
            lines += [f"- {bookmark} (`{row.anchor}`){label}", ""]
            continue
        anchor = translate("NotesExport", "Anchor: {anchor}").format(anchor=f"`{row.anchor}`")
        lines += [f"### {_md(row.place)}", "", anchor, ""]
        lines += [f"> {_md(line)}" if line else ">" for line in row.quote.splitlines() or [""]]
        lines.append("")
        if row.note:
            lines += [translate("NotesExport", "Note: {note}").format(note=_md(row.note)), ""]
        for number, urls in row.footnotes:
            shown = ", ".join(f"<{url}>" for url in urls) if urls else _no_url()
            lines.append("- " + translate("NotesExport", "Footnote {n}: {urls}").format(
                n=number, urls=shown))
        if row.footnotes:
            lines.append("")
    lines += ["---", "", ACKNOWLEDGMENT, ""]
    return "\n".join(lines)


#: A cell starting with one of these is a formula to a spreadsheet (=1+1, @SUM(..), +cmd|..)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
BOM = "\ufeff"


def csv_cell(text: str) -> str:
    """A cell a spreadsheet shows as text: a formula-like start gets a leading apostrophe."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def to_csv(items: Iterable[Item], resolve: Resolve) -> str:
    """CSV with a header row (RFC 4180 quoting); footnotes as ``[N] url url; ...``.

    Starts with a byte-order mark, so spreadsheets open it as UTF-8 (Excel otherwise
    guesses the ANSI code page and garbles Қазақстан); every cell that would start a
    formula is neutralised with a leading ``'`` (OWASP's advice against CSV injection).
    """
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_cell(column) for column in csv_columns()])
    for row in rows(items, resolve):
        writer.writerow([csv_cell(cell) for cell in (
            _kind(row.kind), row.report, row.place, row.anchor, row.quote, row.note,
            _footnote_text(row.footnotes), row.created)])
    return buffer.getvalue()


def library_resolver(get: Callable[[str], Report]) -> Resolve:
    """Wrap ``library.get`` so a missing or broken report exports with its bare anchors."""
    def resolve(report_id: str) -> Report | None:
        try:
            return get(report_id)
        except Exception:  # noqa: BLE001 - a report that will not load still exports its notes
            return None
    return resolve

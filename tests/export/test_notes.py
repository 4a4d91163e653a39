"""Export of highlights, notes and bookmarks to Markdown and CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.factories import make_report
from vibe_desktop import ACKNOWLEDGMENT
from vibe_desktop.core.model import Report
from vibe_desktop.export.notes import BOM, csv_cell, library_resolver, to_csv, to_markdown
from vibe_desktop.userdata.annotations import Bookmark, Highlight

REPORT = make_report("kazakhstan-2022", "Kazakhstan", 2022, scores=False)


def resolve(report_id: str) -> Report | None:
    return REPORT if report_id == REPORT.id else None


ITEMS = [
    Highlight("kazakhstan-2022/i6/p2", 0, 20, "A second paragraph", note="*see* [this]",
              created="2026-01-02T00:00:00", id="h1"),
    Bookmark("kazakhstan-2022/pr2", label="start here", created="2026-01-01T00:00:00", id="b1"),
    Highlight("gone-2019/i1/p1", 0, 4, "Gone", note="", created="2026-01-03T00:00:00", id="h2"),
]


def test_markdown_has_quote_note_place_and_footnote_urls() -> None:
    text = to_markdown(ITEMS, resolve)
    assert "## VIBE 2022 Kazakhstan" in text
    assert "### VIBE 2022 Kazakhstan, Principle 2, Indicator 6, paragraph 2" in text
    assert ("Anchor: `kazakhstan-2022/i6/p2`\n\n> A second paragraph\n\n"
            "Note: \\*see\\* \\[this\\]") in text
    assert "- Footnote 6: <https://example.org/6>" in text
    assert ("- Bookmark: VIBE 2022 Kazakhstan, Principle 2 (`kazakhstan-2022/pr2`): "
            "start here") in text
    assert "## gone-2019" in text and "### gone-2019/i1/p1" in text  # unknown report: bare anchor
    assert text.rstrip().endswith(ACKNOWLEDGMENT)


def test_csv_round_trips_through_a_csv_reader() -> None:
    table = list(csv.DictReader(io.StringIO(to_csv(ITEMS, resolve).removeprefix(BOM))))
    assert [r["kind"] for r in table] == ["bookmark", "highlight", "highlight"]
    highlight = table[1]
    assert highlight["place"] == "VIBE 2022 Kazakhstan, Principle 2, Indicator 6, paragraph 2"
    assert highlight["quote"] == "A second paragraph" and highlight["note"] == "*see* [this]"
    assert highlight["footnotes"] == "[6] https://example.org/6"
    assert table[2]["place"] == "gone-2019/i1/p1" and table[2]["footnotes"] == ""


def test_library_resolver_turns_errors_into_bare_anchors() -> None:
    def get(report_id: str) -> Report:
        raise KeyError(report_id)

    assert to_csv(ITEMS[:1], library_resolver(get)).splitlines()[1].startswith(
        "highlight,kazakhstan-2022,kazakhstan-2022/i6/p2,"
    )


def test_empty_export_is_still_well_formed() -> None:
    assert to_csv([], resolve).splitlines() == [
        BOM + "kind,report,place,anchor,quote,note,footnotes,created"
    ]
    assert to_markdown([], resolve).startswith("# VIBE Desktop: highlights and notes")


def test_csv_starts_with_a_bom_and_reads_back_as_utf8_sig(tmp_path: Path) -> None:
    note = Highlight("kazakhstan-2022/i6/p2", 0, 5, "Қазақ", note="ü “x”", id="k1")
    path = tmp_path / "notes.csv"
    path.write_bytes(to_csv([note], resolve).encode("utf-8"))
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["kind"] == "highlight" and row["quote"] == "Қазақ" and row["note"] == "ü “x”"


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://evil\",\"x\")", "+1+cmd|' /C calc'!A0",
                                  "-2+3", "@SUM(A1:A9)", "\tsecret", "\r=1", "＝1"])
def test_formula_like_cells_are_neutralised(cell: str) -> None:
    note = Highlight("kazakhstan-2022/i6/p2", 0, 4, cell, note=cell, id="f1")
    [row] = list(csv.DictReader(io.StringIO(to_csv([note], resolve).removeprefix(BOM))))
    assert row["quote"] == row["note"] == "'" + cell
    assert csv_cell("plain = fine") == "plain = fine" and csv_cell("") == ""


@given(st.text(max_size=30))
def test_no_cell_ever_starts_a_formula(text: str) -> None:
    note = Highlight("kazakhstan-2022/i6/p2", 0, 1, text or "x", note=text, id="p1")
    for row in csv.reader(io.StringIO(to_csv([note], resolve).removeprefix(BOM))):
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)

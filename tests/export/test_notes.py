"""Export of highlights, notes and bookmarks to Markdown and CSV."""

from __future__ import annotations

import csv
import io

from tests.factories import make_report
from vibe_desktop import ACKNOWLEDGMENT
from vibe_desktop.core.model import Report
from vibe_desktop.export.notes import library_resolver, to_csv, to_markdown
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
    table = list(csv.DictReader(io.StringIO(to_csv(ITEMS, resolve))))
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
        "kind,report,place,anchor,quote,note,footnotes,created"
    ]
    assert to_markdown([], resolve).startswith("# VIBE Desktop: highlights and notes")

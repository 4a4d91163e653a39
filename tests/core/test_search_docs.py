"""What search searches: every piece of a report once, with its place, kind and target."""

from __future__ import annotations

from tests.factories import make_report
from vibe_desktop.core.search_docs import report_docs


def test_places_and_kinds() -> None:
    report = make_report()
    docs = {d.anchor: d for d in report_docs(report)}
    assert docs["testland-2030/summary/p1"].place == "Testland 2030 › Overview"
    assert docs["testland-2030/pr2/p1"].place == "Testland 2030 › Principle 2"
    i6 = docs["testland-2030/i6/p1"]
    assert (i6.place, i6.kind, i6.principle, i6.indicator) == (
        "Testland 2030 › Principle 2 › Indicator 6",
        "indicator",
        2,
        6,
    )
    quote = docs["testland-2030/i7/q1"]
    assert (quote.kind, quote.target) == ("quote", "testland-2030/i7")
    assert quote.text.endswith("— Panelist")
    assert docs["testland-2030/panel/p1"].text == "Ana Panelist, editor, Example Media, Capital"
    assert docs["testland-2030/panel/p1"].target == "testland-2030/panel"  # entries have no anchor
    assert docs["testland-2030/panel/p3"].text.startswith("Mona Moderator")
    # footnote 7 is cited from indicator 7 (principle 2): it belongs there for filters
    assert (docs["testland-2030/fn7"].principle, docs["testland-2030/fn7"].indicator) == (2, 7)


def test_every_piece_of_the_report_is_indexed_once() -> None:
    report = make_report()
    anchors = [d.anchor for d in report_docs(report)]
    assert len(anchors) == len(set(anchors))
    paragraph_anchors = [a for a, _ in report.paragraphs()]
    assert set(paragraph_anchors) <= set(anchors)
    quotes = sum(len(i.quotes) for i in report.indicators())
    assert len(anchors) == len(paragraph_anchors) + quotes + len(report.panel) + 1

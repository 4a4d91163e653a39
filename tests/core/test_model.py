"""The report model: immutable parts, look-ups, reading order and paragraph anchors."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

import vibe_desktop.core
from tests.factories import make_report
from vibe_desktop.core.model import (
    PRINCIPLE_TITLES,
    Anchor,
    Indicator,
    anchor,
    indicator_numbers,
)


def test_principle_n_holds_indicators_5n_minus_4_to_5n() -> None:
    assert [list(indicator_numbers(p)) for p in range(1, 5)] == [
        [1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15], [16, 17, 18, 19, 20]
    ]
    assert [Indicator(n, "t", None, ()).principle_number for n in (1, 5, 6, 15, 16, 20)] == [
        1, 1, 2, 3, 4, 4
    ]
    assert PRINCIPLE_TITLES[2] == "Multiple Channels: How Information Flows"


def test_lookups_and_their_errors() -> None:
    report = make_report()
    assert report.principle(3).number == 3 and report.indicator(17).number == 17
    assert report.footnote(4).text.startswith("Source 4")
    assert [i.number for i in report.indicators()] == list(range(1, 21))
    for lookup, number in ((report.principle, 5), (report.indicator, 21), (report.footnote, 99)):
        with pytest.raises(KeyError, match="testland-2030 has no"):
            lookup(number)


def test_parts_are_immutable() -> None:
    report = make_report()
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.country = "Elsewhere"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.principles[0].indicators[0].score = 1  # type: ignore[misc]
    assert isinstance(report.summary, tuple) and isinstance(report.principles[0].intro, tuple)


def test_extra_does_not_change_equality() -> None:
    assert dataclasses.replace(make_report(), extra={"languages": ["en"]}) == make_report()


def test_paragraphs_in_reading_order_with_anchors() -> None:
    report = make_report()
    anchors = [a for a, _ in report.paragraphs()]
    assert anchors[:3] == ["testland-2030/summary/p1", "testland-2030/summary/p2",
                           "testland-2030/pr1/p1"]
    assert anchors[3:6] == [f"testland-2030/i1/p{n}" for n in (1, 2, 3)]
    assert anchors[-1] == "testland-2030/fn20"
    assert len(anchors) == len(set(anchors)) == 2 + 4 + 20 * 3 + 20
    texts = dict(report.paragraphs())
    assert texts["testland-2030/i6/p3"] == report.indicator(6).paragraphs[2]


@pytest.mark.parametrize(
    ("text", "section", "paragraph", "indicator", "principle", "footnote"),
    [
        ("kazakhstan-2022/i6/p3", "i6", 3, 6, None, None),
        ("kazakhstan-2022/pr2/p1", "pr2", 1, None, 2, None),
        ("kazakhstan-2022/summary/p1", "summary", 1, None, None, None),
        ("kazakhstan-2022/fn10", "fn10", None, None, None, 10),
        ("/kazakhstan-2022/panel/", "panel", None, None, None, None),
    ],
)
def test_anchor_parse(text: str, section: str, paragraph: int | None, indicator: int | None,
                      principle: int | None, footnote: int | None) -> None:
    parsed = Anchor.parse(text)
    assert (parsed.report_id, parsed.section, parsed.paragraph) == (
        "kazakhstan-2022", section, paragraph)
    assert (parsed.indicator, parsed.principle, parsed.footnote) == (indicator, principle, footnote)
    assert Anchor.parse(str(parsed)) == parsed


def test_anchor_helper_matches_parse() -> None:
    assert str(Anchor.parse(anchor("x-1", "i20", 7))) == "x-1/i20/p7"


@pytest.mark.parametrize("text", ["", "x", "x//p1", "x/i1/3", "x/i1/pp", "x/i1/p1/more"])
def test_bad_anchors(text: str) -> None:
    with pytest.raises(ValueError, match="not a paragraph anchor"):
        Anchor.parse(text)


def test_core_imports_no_qt() -> None:
    """core/ is plain Python: importing every module in it loads no Qt binding."""
    folder = Path(vibe_desktop.core.__file__).parent
    modules = sorted(f"vibe_desktop.core.{p.stem}" for p in folder.glob("*.py"))
    assert "vibe_desktop.core.loader" in modules and "vibe_desktop.core.model" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'PyQt5', 'PyQt6', 'shiboken6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"

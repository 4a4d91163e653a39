"""The whole importer on small synthetic sources: structure, and clear errors for bad input."""

from __future__ import annotations

import pytest

from tests.importer.synth import BACK, TITLE, make_source
from vibe_desktop.core.model import PRINCIPLE_TITLES, Person
from vibe_desktop.importer import ImportFailureError, import_bytes, import_text


def problems(text: str) -> list[tuple[int, str]]:
    with pytest.raises(ImportFailureError) as caught:
        import_text(text, source_name="t.txt")
    assert caught.value.source_name == "t.txt"
    return caught.value.problems


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if needle in line)


def test_synthetic_source_imports_with_every_part() -> None:
    report = import_text(make_source(summary=["One.", "Two."]), source_name="t.txt")
    assert (report.id, report.country, report.edition) == ("testland-2030", "Testland", 2030)
    assert report.title == "Vibrant Information Barometer"
    assert report.publisher == "IREX"
    assert report.overall_score == 23
    assert report.summary == ("One.", "Two.")
    assert [p.title for p in report.principles] == list(PRINCIPLE_TITLES.values())
    assert [p.intro for p in report.principles] == [(f"Principle {n} opens.",) for n in range(1, 5)]
    assert [i.number for i in report.indicators()] == list(range(1, 21))
    assert all(i.score is None for i in report.indicators())
    assert all(p.score is None for p in report.principles)
    assert report.indicator(7).title == "Title number 7."
    assert report.indicator(7).paragraphs == ("Indicator 7 opens here.", "Indicator 7 closes here.")
    assert report.panel == (
        Person("Ana Panelist", "editor, Testland Daily, Capital"),
        Person("Bo Expert", "media lawyer"),
    )
    assert report.moderator == Person("Cy Moderator", "director, Test Centre, Capital")
    assert report.rights.copyright == "Copyright © 2030 by IREX"
    assert report.rights.notice == BACK[6]
    assert report.rights.funding == BACK[7]


def test_report_id_can_be_given() -> None:
    report = import_text(make_source(), source_name="t.txt", report_id="testland-special")
    assert report.id == "testland-special"


def test_crlf_and_nbsp_lines_change_nothing() -> None:
    text = make_source()
    crlf = text.replace("\n\n", "\n\u00a0\n").replace("\n", "\r\n")
    assert import_text(crlf, source_name="t.txt") == import_text(text, source_name="t.txt")


def test_nbsp_lines_count_towards_a_principle_break() -> None:
    text = make_source(principle_break=1)
    for p in range(1, 5):
        text = text.replace(f"\nPrinciple {p} opens.", f"\n\u00a0\n \nPrinciple {p} opens.")
    assert import_text(text, source_name="t.txt") == import_text(make_source(), source_name="t.txt")


def test_non_utf8_bytes_name_the_line() -> None:
    data = make_source().encode().replace(b"Indicator 3 opens", b"Indicator 3 \xff opens")
    with pytest.raises(ImportFailureError) as caught:
        import_bytes(data, source_name="t.txt")
    line = line_of(make_source(), "Indicator 3 opens")
    assert caught.value.lines() == [
        f"t.txt:{line}: not UTF-8 text: byte 0xff at column 13 (save the export as UTF-8)"
    ]


def test_empty_source() -> None:
    assert problems("\n\u00a0\n") == [(1, "the source is empty")]


def test_no_title_block() -> None:
    text = make_source(title=["KAZAKHSTAN", "", "Some other programme", "", "twenty"])
    got = dict(problems(text))
    assert "expected 'Vibrant Information Barometer'" in got[3]
    assert "expected the year" in got[5]


def test_no_indicators() -> None:
    text = make_source(headings={n: "" for n in range(1, 21)})
    got = dict(problems(text))
    assert got[line_of(text, "LIST OF PANEL PARTICIPANTS")].startswith(
        "indicator(s) 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 "
        "missing: a VIBE report has 20 indicators"
    )
    assert got[line_of(text, "Principle 2 opens.")].startswith(
        "a principle break (3 blank lines) inside principle 1, before Indicator 1"
    )


def test_indicator_out_of_sequence() -> None:
    text = make_source(headings={4: "Indicator 5: Title number 4.", 5: "Indicator 4: Title five."})
    got = problems(text)
    assert (line_of(text, "Indicator 5: Title number 4."),
            "Indicator 5 out of sequence: expected Indicator 4") in got


def test_missing_principle_break_names_the_indicator() -> None:
    text = make_source(principle_break=1)
    got = problems(text)
    assert [line for line, _ in got] == [line_of(text, f"Indicator {n}:") for n in (1, 6, 11, 16)]
    assert got[0][1].startswith("Indicator 1 belongs to principle 1 but stands in the summary")
    assert got[1][1].startswith("Indicator 6 belongs to principle 2 but stands in principle 1")


def test_extra_principle_break() -> None:
    text = make_source(indicators={8: ["Indicator 8 opens.", "\n\n\nIndicator 8 goes on."]})
    assert problems(text) == [(line_of(text, "Indicator 8 goes on."), ("a principle break (4 blank "
                               "lines) inside principle 2, before Indicator 9: each principle "
                               "holds 5 indicators"))]


def test_heading_without_title_is_refused() -> None:
    text = make_source(indicators={2: ["Indicator 2 opens.", "Indicator 3", "Something."]})
    got = problems(text)
    assert (line_of(text, "Something.") - 2,
            "looks like an indicator heading but is not 'Indicator N: title': 'Indicator 3'") in got


def test_missing_back_matter() -> None:
    text = make_source(back=[])
    (line, message), = problems(text)
    assert message == "no 'LIST OF PANEL PARTICIPANTS' heading after the indicators"
    assert line == len(text.rstrip("\n").split("\n"))


def test_indicator_without_text() -> None:
    text = make_source(indicators={12: []})
    assert (line_of(text, "Indicator 12:"), "Indicator 12 has no text") in problems(text)


def test_title_block_lines_are_checked() -> None:
    title = list(TITLE)
    title[title.index("SCORE**23**")] = "SCORE**57**"
    text = make_source(title=title)
    assert problems(text) == [(line_of(text, "OVERALL"), "overall score 57 is outside 0-40")]


@pytest.mark.parametrize("heading",
                         ["PRINCIPLE 2: MULTIPLE CHANNELS", "Principle 2", "KEY FINDINGS"])
def test_unknown_headings_are_refused(heading: str) -> None:
    text = make_source(intros={2: [heading, "Principle 2 opens."]})
    assert problems(text) == [(line_of(text, heading), (f"unknown heading {heading!r}: the "
                               "importer knows 'Indicator N: title' and 'LIST OF PANEL "
                               "PARTICIPANTS'"))]

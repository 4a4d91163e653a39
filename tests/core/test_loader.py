"""Loading report YAML: a valid file loads whole; each kind of problem is named by file and line."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.factories import consistent_scores, make_report
from vibe_desktop.core.loader import (
    MAX_BYTES,
    Problem,
    ReportError,
    load_report,
    load_report_bytes,
)
from vibe_desktop.core.model import Report

DATA = Path(__file__).parent / "data"
VALID = DATA / "valid.yaml"
VALID_TEXT = VALID.read_text(encoding="utf-8")


def report_data(report: Report) -> dict[str, Any]:
    """A Report as the plain data of its YAML file (DESIGN.md schema)."""

    def person(p: Any) -> dict[str, str] | None:
        return None if p is None else {"name": p.name, "details": p.details}

    return {
        "schema_version": report.schema_version,
        "id": report.id,
        "country": report.country,
        "edition": report.edition,
        "title": report.title,
        "publisher": report.publisher,
        "overall_score": report.overall_score,
        "summary": list(report.summary),
        "principles": [
            {
                "number": p.number,
                "title": p.title,
                "score": p.score,
                "intro": list(p.intro),
                "indicators": [
                    {
                        "number": i.number,
                        "title": i.title,
                        "score": i.score,
                        "paragraphs": list(i.paragraphs),
                        "quotes": [{"text": q.text, "speaker": q.speaker} for q in i.quotes],
                    }
                    for i in p.indicators
                ],
            }
            for p in report.principles
        ],
        "footnotes": [{"number": f.number, "text": f.text} for f in report.footnotes],
        "panel": [person(p) for p in report.panel],
        "moderator": person(report.moderator),
        "rights": {
            "copyright": report.rights.copyright,
            "notice": report.rights.notice,
            "funding": report.rights.funding,
        },
    }


def dump(data: Any) -> bytes:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True).encode("utf-8")


def problems_of(data: bytes, name: str = "r.yaml") -> list[Problem]:
    with pytest.raises(ReportError) as info:
        load_report_bytes(data, name)
    assert info.value.problems, "a ReportError always names at least one problem"
    return info.value.problems


def edit(old: str, new: str, text: str = VALID_TEXT, occurrence: int = 1) -> tuple[bytes, int]:
    """The fixture with the Nth occurrence of ``old`` replaced, and the line it is on."""
    at = -1
    for _ in range(occurrence):
        at = text.index(old, at + 1)
    line = text.count("\n", 0, at + len(old) - len(old.lstrip("\n"))) + 1
    return (text[:at] + new + text[at + len(old):]).encode("utf-8"), line


def line_of(fragment: str, text: str = VALID_TEXT) -> int:
    return text.count("\n", 0, text.index(fragment)) + 1


# -- what loads ---------------------------------------------------------------------------

def test_valid_fixture_loads_whole() -> None:
    report = load_report(VALID)
    assert report == make_report(scores=False, overall=15)
    assert [i.number for i in report.indicators()] == list(range(1, 21))
    assert report.principle(2).score is None and report.overall_score == 15
    assert report.extra == {}


def test_full_scores_round_trip() -> None:
    report = consistent_scores(make_report(scores=True))
    assert load_report_bytes(dump(report_data(report)), "full.yaml") == report


def test_str_pathlike_and_traversable_sources() -> None:
    expected = load_report(VALID)
    assert load_report(str(VALID)) == expected
    assert load_report(os.fspath(VALID)) == expected
    traversable = resources.files("tests.core").joinpath("data", "valid.yaml")
    assert load_report(traversable) == expected


def test_unknown_fields_are_kept_in_extra() -> None:
    data = yaml.safe_load(VALID_TEXT)
    data["languages"] = ["en", "ru"]
    data["principles"][1]["indicators"][0]["reviewed"] = {"by": "editor"}
    report = load_report_bytes(dump(data), "extra.yaml")
    assert report.extra == {
        "languages": ["en", "ru"],
        "principles[1].indicators[0].reviewed": {"by": "editor"},
    }


def test_optional_fields_default() -> None:
    data = yaml.safe_load(VALID_TEXT)
    del data["moderator"]
    del data["principles"][0]["indicators"][1]["quotes"]
    del data["panel"][0]["details"]
    del data["principles"][0]["indicators"][0]["quotes"][0]["speaker"]
    report = load_report_bytes(dump(data), "optional.yaml")
    assert report.moderator is None and report.indicator(2).quotes == ()
    assert report.panel[0].details == "" and report.indicator(1).quotes[0].speaker is None


def test_utf8_bom_and_fractional_scores_load() -> None:
    data = yaml.safe_load(VALID_TEXT)
    data["overall_score"] = 40
    data["principles"][0]["score"] = 0
    data["principles"][0]["indicators"][0]["score"] = 12.5
    report = load_report_bytes(b"\xef\xbb\xbf" + dump(data), "bom.yaml")
    assert (report.overall_score, report.principle(1).score) == (40, 0)
    assert report.indicator(1).score == 12.5


# -- whole-file problems -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("data", "line", "path", "message"),
    [
        (b"", 1, "(file)", "the file is empty"),
        (b"  \n\n \t\n", 1, "(file)", "the file is empty"),
        (b"# only a comment\n", 1, "(file)", "holds no YAML document"),
        (b"id: x\ntitle: caf\xe9\n", 2, "(file)", "not UTF-8 text: byte 0xe9 at column 11"),
        (b"a: 1\nb: [1, 2\nc: 3\n", 3, "(yaml)", "YAML syntax error at column 2"),
        (b"a: 1\n  b: 2\n", 2, "(yaml)", "YAML syntax error at column 4"),
        (b"a: 1\n\x07b: 2\n", 2, "(yaml)", "U+0007 at column 1 is not allowed in YAML"),
        ("a: éé\nb: ü\x07\n".encode(), 2, "(yaml)", "U+0007 at column 5 is not allowed"),
        (b"a:\n  - 1\n\t- 2\n", 3, "(yaml)", "YAML indents with spaces, never tabs"),
        (b"a: [1\n", 1, "(yaml)", "did not find expected ',' or ']'"),
        (b"a: 1\n---\nb: 2\n", 2, "(yaml)", "expected a single document"),
        (b"- just\n- a list\n", 1, "(top)", "expected a report (a mapping), got a list"),
        (b"just text\n", 1, "(top)", "expected a report (a mapping), got text 'just text'"),
    ],
)
def test_file_level_problems(data: bytes, line: int, path: str, message: str) -> None:
    [problem] = problems_of(data)
    assert (problem.file, problem.line, problem.path) == ("r.yaml", line, path)
    assert message in problem.message


def test_file_over_size_limit() -> None:
    [problem] = problems_of(b"#" * (MAX_BYTES + 1))
    assert problem.path == "(file)" and "larger than 5 MiB" in problem.message


def test_big_file_on_disk_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"#" * (MAX_BYTES + 10))
    with pytest.raises(ReportError, match="larger than 5 MiB"):
        load_report(path)


@pytest.mark.parametrize("value", ["0b_", "1:_", "2022-02-30", "2022-13-01", "0x_"])
def test_scalars_yaml_cannot_build_are_problems(value: str) -> None:
    data, line = edit("edition: 2030", f"edition: {value}")
    problems = problems_of(data)
    assert [(p.line, p.path) for p in problems] == [(line, "edition")], problems


def test_unreadable_files_are_report_errors(tmp_path: Path) -> None:
    for path in (tmp_path / "missing.yaml", tmp_path):
        with pytest.raises(ReportError) as info:
            load_report(path)
        [problem] = info.value.problems
        assert problem.file == str(path) and problem.message.startswith("cannot read the file")


def test_problem_and_error_text() -> None:
    problem = Problem("k.yaml", 12, "principles[1].indicators[2].score", "score 41 is outside 0-40")
    assert str(problem) == "k.yaml:12: principles[1].indicators[2].score: score 41 is outside 0-40"
    many = ReportError([Problem("k.yaml", n, "x", "bad") for n in range(30, 0, -1)])
    assert [p.line for p in many.problems] == list(range(1, 31))  # sorted by line
    text = str(many).splitlines()
    assert len(text) == 21 and text[0] == "k.yaml:1: x: bad"
    assert text[-1].endswith("and 10 more problems from this line on")


# -- field problems, each with its line ----------------------------------------------------

FIELD_CASES = [
    # (old, new, occurrence, path, message fragment)
    ("schema_version: 1", "schema_version: 2", 1, "schema_version", "unknown schema_version 2"),
    ("schema_version: 1", "schema_version: '1'", 1, "schema_version", "got text '1'"),
    ("id: testland-2030", "id: Testland 2030", 1, "id", "may hold only a-z, 0-9 and '-'"),
    ("edition: 2030", "edition: true", 1, "edition", "got true/false (true)"),
    ("edition: 2030", "edition: 2030-01-01", 1, "edition", "got a date (2030-01-01)"),
    ("overall_score: 15", "overall_score: 41", 1, "overall_score", "score 41 is outside 0-40"),
    ("overall_score: 15", "overall_score: -0.5", 1, "overall_score", "score -0.5 is outside"),
    ("overall_score: 15", "overall_score: .nan", 1, "overall_score", "score .nan is outside"),
    ("overall_score: 15", "overall_score: yes", 1, "overall_score", "got true/false (yes)"),
    ("overall_score: 15", "overall_score: '15'", 1, "overall_score", "got text '15'"),
    ("country: Testland", "country: ''", 1, "country", "is empty"),
    ("country: Testland", "country: [Testland]", 1, "country", "expected text, got a list"),
    ("  score: null", "  score: 99", 1, "principles[0].score", "score 99 is outside 0-40"),
    ("\n- number: 2\n", "\n- number: 9\n", 1, "principles[1].number",
     "principle number 9 is outside 1-4"),
    ("\n- number: 2\n", "\n- number: 1\n", 1, "principles[1].number",
     "duplicate principle number 1 (also on line 14)"),
    ("  - number: 3\n", "  - number: 8\n", 1, "principles[0].indicators[2].number",
     "indicator 8 does not belong to principle 1, which holds indicators 1-5"),
    ("  - number: 3\n", "  - number: 2\n", 1, "principles[0].indicators[2].number",
     "duplicate indicator number 2 (also on line"),
    ("  - number: 3\n", "  - number: 21\n", 1, "principles[0].indicators[2].number",
     "indicator number 21 is outside 1-20"),
    ("    score: null", "    score: 12.5x", 3, "principles[0].indicators[2].score",
     "got text '12.5x'"),
    ("    paragraphs:\n", "    paragraphs: []\n    old_paragraphs:\n", 1,
     "principles[0].indicators[0].paragraphs", "the indicator's paragraphs is an empty list"),
    ("[^1]", "[^77]", 1, "principles[0].indicators[0].paragraphs[1]",
     "refers to footnote [^77], but there is no footnote 77"),
    ("  text: 'Source 1: <", "  text: 'Source 1 [^1]: <", 1, "footnotes[0].text", ""),
    # a footnote referring to itself is referred to: valid
    ("example.org/1>'\n", "example.org/1>'\n  text: again\n", 1, "footnotes[0].text",
     "duplicate field (first given on line"),
    ("speaker: Panelist", "speaker: 7", 1, "principles[0].indicators[0].quotes[0].speaker",
     "expected text, got a number (7)"),
    ("- name: Ana Panelist", "- name: !!python/name:os.system", 1, "panel[0].name",
     "unsupported YAML value"),
    ("rights:\n", "rights: Copyright IREX\nold_rights:\n", 1, "rights",
     "expected the rights text (a mapping), got text 'Copyright IREX'"),
]


@pytest.mark.parametrize(("old", "new", "occurrence", "path", "message"), FIELD_CASES,
                         ids=[case[3] + ":" + case[1].strip()[:20] for case in FIELD_CASES])
def test_field_problem_names_line_and_path(old: str, new: str, occurrence: int, path: str,
                                           message: str) -> None:
    data, line = edit(old, new, occurrence=occurrence)
    if not message:  # the edit is valid: it must load
        load_report_bytes(data, "r.yaml")
        return
    problems = problems_of(data)
    matching = [p for p in problems if p.path == path and message in p.message]
    assert matching, "\n".join(map(str, problems))
    assert matching[0].line >= line


def test_missing_fields_name_the_parent_line() -> None:
    data = yaml.safe_load(VALID_TEXT)
    del data["title"]
    del data["principles"][2]["indicators"][4]["score"]
    del data["rights"]["funding"]
    text = dump(data).decode()
    problems = {p.path: p for p in problems_of(text.encode())}
    assert problems["title"].message == "missing field 'title' (the report's title)"
    assert problems["title"].line == 1
    assert problems["principles[2].indicators[4].score"].line == line_of("- number: 15", text)
    assert problems["rights.funding"].line == line_of("rights:", text) + 1  # the mapping's line


def test_principle_with_wrong_indicators_and_order() -> None:
    data = yaml.safe_load(VALID_TEXT)
    indicators = data["principles"][1]["indicators"]
    data["principles"][1]["indicators"] = [indicators[1], indicators[0], *indicators[2:]]
    data["principles"][3]["indicators"].pop()
    messages = {p.path: p.message for p in problems_of(dump(data))}
    assert messages == {
        "principles[1].indicators":
            "the indicators of principle 2 are out of order: 7, 6, 8, 9, 10",
        "principles[3].indicators": "principle 4 has no indicator 20 (it holds indicators 16-20)",
        "footnotes[19].number": "footnote 20 is not referred to ([^20]) from any text",
    }


def test_principles_missing_and_out_of_order() -> None:
    data = yaml.safe_load(VALID_TEXT)
    data["principles"] = data["principles"][:2]
    data["footnotes"] = data["footnotes"][:10]
    messages = {p.path: p.message for p in problems_of(dump(data))}
    assert messages == {"principles": "the report has no principle 3, 4 (it holds principles 1-4)"}
    data = yaml.safe_load(VALID_TEXT)
    data["principles"].reverse()
    messages = {p.path: p.message for p in problems_of(dump(data))}
    assert messages == {"principles": "the principles of the report are out of order: 4, 3, 2, 1"}


def test_every_problem_at_once_sorted_by_line() -> None:
    data = yaml.safe_load(VALID_TEXT)
    data["id"] = "Bad Id"
    data["overall_score"] = 50
    data["principles"][3]["indicators"][0]["paragraphs"][0] = 17
    del data["footnotes"][4]
    data["panel"][1] = "Boris Expert"
    problems = problems_of(dump(data))
    assert [p.path for p in problems] == [
        "id",
        "overall_score",
        "principles[0].indicators[4].paragraphs[1]",
        "principles[3].indicators[0].paragraphs[0]",
        "panel[1]",
    ]
    assert [p.line for p in problems] == sorted(p.line for p in problems)


def test_missing_schema_version_still_checks_the_rest() -> None:
    data = yaml.safe_load(VALID_TEXT)
    del data["schema_version"]
    data["edition"] = "2030"
    assert [(p.path, p.message) for p in problems_of(dump(data))] == [
        ("schema_version", "missing field 'schema_version' (1 for this layout)"),
        ("edition", "expected edition year (a whole number), got text '2030'"),
    ]


def test_unknown_schema_version_reports_only_that() -> None:
    data = yaml.safe_load(VALID_TEXT)
    data["schema_version"] = 2
    data["principles"] = "a different layout"
    [problem] = problems_of(dump(data))
    assert problem.message.startswith("unknown schema_version 2: this version of VIBE Desktop")


def test_aliases_are_refused_and_bombs_defused() -> None:
    [problem] = problems_of(edit("summary:\n", "summary: &s\n")[0].replace(
        b"panel:\n", b"old_summary: *s\npanel:\n"))
    assert "aliases" in problem.message
    bomb = ["a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']"]
    for n in range(1, 12):
        bomb.append(f"{chr(97 + n)}: &{chr(97 + n)} [" + ",".join([f"*{chr(96 + n)}"] * 9) + "]")
    problems = problems_of(VALID_TEXT.encode() + "\n".join(bomb).encode() + b"\n")
    assert problems and all("aliases" in p.message for p in problems)
    assert len(problems) <= 12 * 9  # each alias reported once, never expanded


def test_unsafe_tags_are_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    data = VALID_TEXT + f"payload: !!python/object/apply:os.system ['touch {marker}']\n"
    problems = problems_of(data.encode())
    assert problems and not marker.exists()


def test_merge_keys_and_non_text_keys() -> None:
    data, _ = edit("rights:\n", "rights:\n  <<: {copyright: x}\n")
    assert any("merge keys" in p.message for p in problems_of(data))
    data, line = edit("publisher: IREX", "publisher: IREX\n2030: year")
    [problem] = problems_of(data)
    assert problem.line == line + 1 and "field name must be text" in problem.message


def test_a_stray_indicator_is_reported_where_it_is_where_its_twin_is_and_as_a_gap() -> None:
    data = yaml.safe_load(VALID_TEXT)
    data["principles"][1]["indicators"][1]["number"] = 12
    text = dump(data).decode()
    messages = [(p.path, p.message) for p in problems_of(text.encode())]
    assert messages == [
        ("principles[1].indicators", "principle 2 has no indicator 7 (it holds indicators 6-10)"),
        ("principles[1].indicators[1].number",
         "indicator 12 does not belong to principle 2, which holds indicators 6-10"),
        ("principles[2].indicators[1].number",
         f"duplicate indicator number 12 (also on line {line_of('- number: 12', text)})"),
    ]


def test_pure_python_yaml_gives_the_same_report_and_problems(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from vibe_desktop.core import yaml_guard

    broken = [edit(old, new, occurrence=n)[0] for old, new, n, _, msg in FIELD_CASES if msg]
    broken.append(b"a: 1\n\x07b: 2\n")
    with_libyaml = [problems_of(data) for data in broken]
    monkeypatch.setattr(yaml_guard, "_LOADER", yaml.SafeLoader)
    assert load_report(VALID) == make_report(scores=False, overall=15)
    assert [problems_of(data) for data in broken] == with_libyaml


def test_a_footnote_may_be_cited_from_any_text() -> None:
    data = yaml.safe_load(VALID_TEXT)
    data["footnotes"].append({"number": 21, "text": "Cited by a title."})
    data["footnotes"].append({"number": 22, "text": "Cited by a pull quote."})
    data["principles"][0]["indicators"][0]["title"] += "[^21]"
    data["principles"][0]["indicators"][0]["quotes"][0]["text"] += "[^22]"
    report = load_report_bytes(dump(data), "cited.yaml")
    assert report.footnote(22).text == "Cited by a pull quote."
    data["principles"][0]["indicators"][0]["quotes"][0]["text"] += " and [^23]"
    [problem] = problems_of(dump(data))
    assert problem.path == "principles[0].indicators[0].quotes[0].text"
    assert problem.message == "refers to footnote [^23], but there is no footnote 23"


def test_a_strange_field_name_stays_on_one_line_in_the_path() -> None:
    """Found by hypothesis: a key holding a line break must not break the message in two."""
    with pytest.raises(ReportError) as caught:
        load_report_bytes(b"? '\n\n  '\n: 0: null\n", "broken.yaml")
    lines = str(caught.value).splitlines()
    assert len(lines) == len(caught.value.problems)
    assert any(problem.path == "['\\n']" for problem in caught.value.problems)

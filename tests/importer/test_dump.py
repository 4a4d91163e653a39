"""core/dump.py: Report -> YAML in the DESIGN.md schema, readable and deterministic.

(Lives under tests/importer because the importer's engineer owns core/dump.py.)
"""

from __future__ import annotations

import dataclasses

import pytest
import yaml

from tests.factories import consistent_scores, make_report
from vibe_desktop.core.dump import dump_report, report_dict
from vibe_desktop.core.loader import load_report_bytes
from vibe_desktop.core.model import Quote

TOP_KEYS = ["schema_version", "id", "country", "edition", "title", "publisher", "overall_score",
            "summary", "principles", "footnotes", "panel", "moderator", "rights"]


def test_key_order_is_the_schema_order() -> None:
    data = yaml.safe_load(dump_report(make_report()))
    assert list(data) == TOP_KEYS
    principle = data["principles"][0]
    assert list(principle) == ["number", "title", "score", "intro", "indicators"]
    assert list(principle["indicators"][0]) == ["number", "title", "score", "paragraphs", "quotes"]
    assert list(data["rights"]) == ["copyright", "notice", "funding"]
    assert list(data["moderator"]) == ["name", "details"]


@pytest.mark.parametrize("scores", [True, False])
def test_round_trip_through_the_loader(scores: bool) -> None:
    report = consistent_scores(make_report(scores=scores))
    text = dump_report(report)
    assert load_report_bytes(text.encode("utf-8"), "made.yaml") == report
    assert dump_report(report) == text  # deterministic


def test_scores_keep_their_value_and_whole_numbers_print_plainly() -> None:
    report = make_report(scores=True, overall=15.0)
    data = report_dict(report)
    assert data["overall_score"] == 15 and isinstance(data["overall_score"], int)
    assert data["principles"][0]["indicators"][0]["score"] == 11.5
    nulls = report_dict(make_report(scores=False, overall=None))
    assert nulls["overall_score"] is None
    assert "overall_score: null" in dump_report(make_report(scores=False, overall=None))


def test_readable_block_style_unicode_and_one_line_per_paragraph() -> None:
    report = make_report()
    first = report.principles[0].indicators[0]
    long_text = "Kazakhstan’s “news” — " + "word " * 60 + "end: #1 [link](https://x.org)."
    quoted = dataclasses.replace(first, paragraphs=(long_text,),
                                 quotes=(Quote("Yes: “no”.", None),))
    principle = dataclasses.replace(report.principles[0],
                                    indicators=(quoted, *report.principles[0].indicators[1:]))
    report = dataclasses.replace(report, principles=(principle, *report.principles[1:]))
    text = dump_report(report)
    assert "Kazakhstan’s “news” —" in text  # not \u escapes
    lines = [line for line in text.splitlines() if "Kazakhstan’s" in line]
    assert len(lines) == 1 and "end: #1 [link](https://x.org)." in lines[0]  # one line each
    assert "{" not in text.split("\n", 1)[0]  # block style, not flow
    assert yaml.safe_load(text)["principles"][0]["indicators"][0]["paragraphs"] == [long_text]
    assert yaml.safe_load(text)["principles"][0]["indicators"][0]["quotes"] == [
        {"text": "Yes: “no”.", "speaker": None}]
    assert "\n  - number: 1\n" in text  # lists indented under their key


def test_extra_fields_come_after_the_schema() -> None:
    report = make_report()
    report.extra["edition_note"] = "second printing"
    data = yaml.safe_load(dump_report(report))
    assert list(data)[-1] == "edition_note" and data["edition_note"] == "second printing"

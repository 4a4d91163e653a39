"""The loader's bounded cost and methodology checks: node floods, depth, aliases, titles,
averages.
"""

from __future__ import annotations

import re
import time

import pytest
import yaml

from tests.factories import consistent_scores, make_report
from vibe_desktop.core import yaml_guard
from vibe_desktop.core.dump import dump_report
from vibe_desktop.core.loader import MAX_BYTES, ReportError, load_report_bytes

LINE = re.compile(r"^[^\n]+:\d+: [^\n]+: [^\n]+$")


def problems(data: bytes) -> list[str]:
    with pytest.raises(ReportError) as caught:
        load_report_bytes(data, "bad.yaml")
    text = str(caught.value)
    assert all(LINE.match(line) for line in text.splitlines()), text
    return [f"{p.line}: {p.path}: {p.message}" for p in caught.value.problems]


def good_text() -> str:
    return dump_report(consistent_scores(make_report(scores=True)))


@pytest.mark.parametrize("flood", [b"[]", b"{}", b"a", b"[a]", b"{a: b}"])
def test_a_flood_of_tiny_nodes_stops_at_the_node_limit_before_the_tree_is_built(
        flood: bytes) -> None:
    body = b", ".join([flood] * (MAX_BYTES // (len(flood) + 2) - 4))
    data = b"x: [" + body + b"]\n"
    assert len(data) <= MAX_BYTES
    started = time.perf_counter()
    [message] = problems(data)
    assert "more than 20,000 values" in message and message.startswith("1: (yaml): ")
    assert time.perf_counter() - started < 30  # a hang detector only: it takes ~0.1 s


def test_block_style_flood_names_the_line_where_it_stopped() -> None:
    data = b"x:\n" + b"- a\n" * 60_000
    [message] = problems(data)
    assert message.startswith("19999: (yaml): ")  # the 20,001st value: map, key, list, items


@pytest.mark.parametrize("data", [b"[" * 5000 + b"]" * 5000, b"{a: " * 5000 + b"}" * 5000,
                                  b"".join(b"  " * n + b"- \n" for n in range(200))])
def test_deep_nesting_is_refused_while_parsing(data: bytes) -> None:
    [message] = problems(data)
    assert "nest" in message  # ours at 32 levels, or libyaml's own at 1000 (scanning ahead)


@pytest.mark.parametrize("old, new", [
    ("country: Testland", "country: &c Testland\nextra_country: *c"),
    ("moderator:", "moderator: &m\nnobody: *m\nmoderator_again:"),
    ("title: Vibrant Information Barometer", "title: &t Vibrant Information Barometer"),
])
def test_anchors_and_aliases_are_refused_with_their_line(old: str, new: str) -> None:
    text = good_text().replace(old, new, 1)
    [message] = problems(text.encode())
    line = text.split("\n").index(next(r for r in text.split("\n") if "&" in r)) + 1
    assert message.startswith(f"{line}: (yaml): YAML anchors and aliases")


def test_a_second_document_is_refused_not_ignored() -> None:
    text = good_text() + "---\nid: other-2030\n"
    [message] = problems(text.encode())
    assert "more than one YAML document" in message
    assert message.startswith(f"{text.count(chr(10)) - 1}: ")


def test_the_time_budget_stops_parsing() -> None:
    with pytest.raises(yaml_guard.GuardError, match="took over 0 s") as caught:
        yaml_guard.compose("x:\n" + "- a\n" * 2000, time_budget=0.0)
    assert caught.value.line > 1


def test_guard_builds_what_yaml_compose_builds() -> None:
    text = good_text()
    ours, theirs = yaml_guard.compose(text), yaml.compose(text, Loader=yaml_guard._LOADER)

    def shape(node: yaml.Node) -> object:
        if isinstance(node, yaml.ScalarNode):
            return (node.tag, node.value, node.start_mark.line, node.style)
        if isinstance(node, yaml.SequenceNode):
            return (node.tag, node.start_mark.line, [shape(n) for n in node.value])
        return (node.tag, node.start_mark.line, [(shape(k), shape(v)) for k, v in node.value])

    assert ours is not None and theirs is not None and shape(ours) == shape(theirs)
    assert yaml_guard.compose("# nothing\n") is None


def test_principle_titles_come_from_the_methodology() -> None:
    text = good_text().replace("title: Transformative Action", "title: Transformational Acts")
    [message] = problems(text.encode())
    assert message.endswith("principles[3].title: principle 4 is titled 'Transformational "
                            "Acts', but the VIBE methodology names it 'Transformative Action'")
    spaced = good_text().replace("title: Information Quality", "title: Information  Quality")
    loaded = load_report_bytes(spaced.encode(), "ok.yaml")
    assert loaded.principle(1).title == "Information  Quality"


def test_a_principle_score_must_agree_with_its_indicators() -> None:
    report = consistent_scores(make_report(scores=True))
    assert report.principle(1).score == 14.5  # indicators 11.5 13 14.5 16 17.5
    text = dump_report(report)
    wrong = text.replace("score: 14.5\n", "score: 4.5\n", 1)
    found = problems(wrong.encode())
    assert any("principles[0].score: score 4.5 does not agree with the average of its "
               "indicators (11.5, 13, 14.5, 16, 17.5: 14.50)" in m for m in found), found
    # "13" may be a rounded 12.6: half a unit of the least precise part (0.5) plus half of
    # the score's own (0.05) is the tolerance here
    close = text.replace("score: 14.5\n", "score: 14.6\n", 1)
    assert any("principles[0].score" in m for m in problems(
        text.replace("score: 14.5\n", "score: 15.1\n", 1).encode()))
    assert load_report_bytes(close.encode(), "close.yaml").principle(1).score == 14.6


def test_whole_number_scores_are_rounded_averages() -> None:
    # indicators 20 21 21 22 22 average 21.2; published whole: the principle may say 21 or 22
    # (half a unit for the rounded indicators, half for the rounded principle), not 23
    report = make_report(scores=True)
    data = yaml.safe_load(dump_report(report))
    for principle in data["principles"]:
        for indicator, score in zip(principle["indicators"], (20, 21, 21, 22, 22), strict=True):
            indicator["score"] = score
        principle["score"] = 21
    data["overall_score"] = 22
    for ok in (21, 22, 21.2):
        data["principles"][0]["score"] = ok
        data["overall_score"] = 21
        load_report_bytes(yaml.safe_dump(data, allow_unicode=True).encode(), "ok.yaml")
    data["principles"][0]["score"] = 23
    found = problems(yaml.safe_dump(data, allow_unicode=True).encode())
    assert len(found) == 1 and "principles[0].score: score 23 does not agree" in found[0]
    data["principles"][0]["score"] = 21
    data["overall_score"] = 15
    [message] = problems(yaml.safe_dump(data, allow_unicode=True).encode())
    assert "overall_score: score 15 does not agree with the average of the principles" in message


def test_scores_not_all_given_are_not_compared() -> None:
    data = yaml.safe_load(dump_report(make_report(scores=True)))
    data["principles"][0]["indicators"][0]["score"] = None
    data["principles"][1]["score"] = None  # so the overall is not compared either
    for principle in data["principles"][1:]:
        principle["indicators"][0]["score"] = None
    load_report_bytes(yaml.safe_dump(data, allow_unicode=True).encode(), "partial.yaml")


def test_control_characters_never_break_the_one_line_form() -> None:
    text = good_text().replace("country: Testland", 'country: Testland\n"\\e[31mred\\nx\\u202e": [')
    for message in problems(text.encode()):
        assert "\x1b" not in message and "\u202e" not in message

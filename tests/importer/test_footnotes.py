"""Footnotes: markers to [^N], definitions pulled out in sequence wherever the page dropped them."""

from __future__ import annotations

import pytest

from tests.importer.synth import make_source
from vibe_desktop.importer import ImportFailureError, import_text
from vibe_desktop.importer.footnotes import convert_markers, extract_footnotes
from vibe_desktop.importer.sections import Item

I1 = ("indicator", 1)


def items(*texts: str) -> list[Item]:
    return [Item(n, n, text, I1) for n, text in enumerate(texts, 1)]


def test_superscript_runs_become_references() -> None:
    assert convert_markers("surveys,¹ journalists") == "surveys,[^1] journalists"
    assert convert_markers("example.¹⁰ In another") == "example.[^10] In another"
    assert convert_markers("a⁴ b⁰") == "a[^4] b[^0]"
    assert convert_markers("no markers, 2021") == "no markers, 2021"


def test_plain_and_superscript_definitions_in_sequence() -> None:
    running, defs = extract_footnotes(
        items("Cited¹ and cited².", "1 <https://a.example>", "² Second.", "Text.")
    )
    assert [(d.number, d.text, d.line) for d in defs] == [
        (1, "<https://a.example>", 2),
        (2, "Second.", 3),
    ]
    assert [i.text for i in running] == ["Cited[^1] and cited[^2].", "Text."]


def test_a_number_that_is_not_the_next_footnote_stays_text() -> None:
    running, defs = extract_footnotes(items("Cited¹.", "1 Source, 2021.", "3 people came.",
                                            "2 more."))
    assert [d.number for d in defs] == [1]
    assert [i.text for i in running] == ["Cited[^1].", "3 people came.", "2 more."]


def test_a_cited_number_starting_a_sentence_is_not_a_definition() -> None:
    with pytest.raises(ImportFailureError) as caught:
        extract_footnotes(items("Cited¹ here.", "1 journalist was detained.", "Text."))
    assert caught.value.problems == [(1, "footnote 1 is cited here but never defined")]


def test_uncited_number_stays_text() -> None:
    running, defs = extract_footnotes(items("Nothing cited.", "1 person in 5 agreed."))
    assert defs == []
    assert len(running) == 2


def test_undefined_citation_is_an_error() -> None:
    with pytest.raises(ImportFailureError) as caught:
        extract_footnotes(items("Cited¹.", "1 Source, 2021.", "Cited again².", "Text."))
    assert caught.value.problems == [(3, "footnote 2 is cited here but never defined")]


def test_superscript_definition_out_of_sequence_is_an_error() -> None:
    with pytest.raises(ImportFailureError) as caught:
        extract_footnotes(items("Cited¹ and².", "² Second.", "¹ First."))
    assert caught.value.problems == [
        (2, "footnote definition 2 out of sequence: expected footnote 1")]


def test_definition_with_a_link_but_no_citation_is_an_error() -> None:
    with pytest.raises(ImportFailureError) as caught:
        extract_footnotes(items("Nothing cited.", "1 <https://a.example>"))
    assert caught.value.problems == [
        (2, "looks like the definition of footnote 1, but no earlier paragraph cites footnote 1")
    ]


def test_definitions_dropped_mid_sentence_and_in_a_later_indicator() -> None:
    text = make_source(
        indicators={
            1: ["Citizens read the news.¹ The country² has begun to discuss",
                "1 <https://example.org/one>",
                "2 Second source, 2030.",
                "ethical issues with the public³ and more."],
            2: ["In the last two years, with the decline in the population's",
                "3 “Third,” Daily. <https://example.org/3>\n\u00a0",
                "spending power, budgets fell."],
        }
    )
    report = import_text(text, source_name="t.txt")
    assert report.indicator(1).paragraphs == (
        ("Citizens read the news.[^1] The country[^2] has begun to discuss ethical issues with "
        "the public[^3] and more."),
    )
    assert report.indicator(2).paragraphs == (
        ("In the last two years, with the decline in the population's spending power, budgets "
        "fell."),
    )
    assert [(f.number, f.text) for f in report.footnotes] == [
        (1, "<https://example.org/one>"),
        (2, "Second source, 2030."),
        (3, "“Third,” Daily. <https://example.org/3>"),
    ]

"""Page-break joins, and the hyphen rule for words cut at a line end."""

from __future__ import annotations

from collections import Counter

import pytest

from vibe_desktop.importer import ImportFailureError
from vibe_desktop.importer.joins import (
    ends_sentence,
    join_hyphenated,
    join_page_breaks,
    join_text,
    word_counts,
)
from vibe_desktop.importer.sections import Item


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("A sentence.", True),
        ("A question?", True),
        ("“Quoted.”", True),
        ("Cited.[^3]", True),
        ("Cited.[^3][^4]", True),
        ("(In brackets.)", True),
        ("**Bold.**", True),
        ("needs of", False),
        ("through a state order:", False),
        ("the case", False),
        ("election-", False),
        ("a country[^8]", False),
    ],
)
def test_ends_sentence(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends


def test_word_counts_include_hyphenated_words() -> None:
    counts = word_counts(["A state-run outlet, run by the state."])
    assert counts["state-run"] == 1 and counts["state"] == 2 and counts["run"] == 2


def test_hyphen_rule() -> None:
    counts = Counter({"discuss": 2, "dis": 1, "cuss": 1, "election": 3, "related": 2,
                      "health": 2, "care": 2, "health-care": 1, "xeno": 1, "phobic": 1})
    assert join_hyphenated("dis", "cuss", counts) is True  # joined word known
    assert join_hyphenated("health", "care", counts) is False  # hyphenated word known
    assert join_hyphenated("election", "related", counts) is False  # both halves are words
    assert join_hyphenated("xeno", "phobic", counts) is True  # neither: a cut word


def test_join_text() -> None:
    counts = Counter({"discuss": 2, "dis": 1, "cuss": 1, "election": 3, "related": 3})
    assert join_text("to dis-", "cuss these", counts) == "to discuss these"
    assert join_text("covering election-", "related events", counts) == (
        "covering election-related events")
    assert join_text("needs of ", " the audience", counts) == "needs of the audience"
    assert join_text("public information—", "and the population", counts) == (
        "public information—and the population")


def test_joins_only_within_a_section() -> None:
    s1, s2 = ("indicator", 1), ("indicator", 2)
    joined = join_page_breaks([
        Item(1, 1, "The media community has begun to seriously discuss", s1),
        Item(5, 5, "ethical issues. Done.", s1),
        Item(7, 7, "Second paragraph.", s1),
        Item(9, 9, "Other section.", s2),
    ])
    assert [(i.line, i.end_line, i.text) for i in joined] == [
        (1, 5, "The media community has begun to seriously discuss ethical issues. Done."),
        (7, 7, "Second paragraph."),
        (9, 9, "Other section."),
    ]


def test_a_cut_with_no_continuation_is_an_error() -> None:
    with pytest.raises(ImportFailureError) as caught:
        join_page_breaks([
            Item(1, 2, "Ends in the middle of", ("indicator", 1)),
            Item(4, 4, "Next section.", ("indicator", 2)),
            Item(6, 6, "Last one without an end", ("indicator", 2)),
        ])
    assert caught.value.problems == [
        (2, "paragraph ends mid-sentence and nothing in the same section continues it"),
        (6, "paragraph ends mid-sentence and nothing continues it"),
    ]

"""Pull quotes: detected by repeated words or emphasis, taken out, attached with the speaker."""

from __future__ import annotations

import pytest

from tests.importer.synth import make_source
from vibe_desktop.core.model import Quote
from vibe_desktop.importer import ImportFailureError, import_text
from vibe_desktop.importer.quotes import extract_quotes, split_attribution, unwrap
from vibe_desktop.importer.sections import Item

TASK = ("The main task of the leading media is to 'please' the authorities in order to "
        "receive financial support")


@pytest.mark.parametrize(
    ("text", "body", "speaker"),
    [
        ("“Words are free here, mostly.” said Maricheva", "Words are free here, mostly.",
         "Maricheva"),
        ("“Words are free,” said Jamilya Maricheva.", "Words are free", "Jamilya Maricheva"),
        ("“Words are free,” Maricheva said.", "Words are free", "Maricheva"),
        ("“ Words are free.”", "Words are free.", None),
        ("Words are free.", "Words are free.", None),
        ("“One” and “two” are words.", "“One” and “two” are words.", None),
    ],
)
def test_split_attribution(text: str, body: str, speaker: str | None) -> None:
    assert split_attribution(text) == (body, speaker)


def test_unwrap() -> None:
    assert unwrap("“**Bold words,” said X.**") == ("“Bold words,” said X.", True)
    assert unwrap("*All italic.*") == ("All italic.", True)
    assert unwrap("Some **bold** words.") == ("Some **bold** words.", False)
    assert unwrap("**One** and **two**") == ("**One** and **two**", False)


def test_bold_quote_between_halves_attaches_to_the_indicator_holding_its_words() -> None:
    text = make_source(indicators={
        1: [f"Content is tied to the agenda. “{TASK},” said Jamilya Maricheva."],
        2: ["According to Maricheva, the main problem remains the manipulation",
            f"“**{TASK.replace(chr(39) + 'please' + chr(39), '‘please’')},” said Maricheva.**",
            "of data, rather than false information."],
    })
    report = import_text(text, source_name="t.txt")
    assert report.indicator(2).paragraphs == (
        ("According to Maricheva, the main problem remains the manipulation of data, rather "
        "than false information."),
    )
    assert report.indicator(2).quotes == ()
    assert report.indicator(1).quotes == (
        Quote(TASK.replace("'please'", "‘please’"), "Maricheva"),
    )


def test_plain_quote_repeating_words_split_by_a_page_break() -> None:
    text = make_source(indicators={
        17: ["Opinion leaders matter.",
             ("“An independent civil society is not allowed to resolve issues. It is only "
             "intended to create the illusion of a democratic country.” said Jalilov"),
             "Evidence is scarce."],
        18: [("However, according to Jalilov, “An independent civil society is not allowed to "
             "resolve issues. It is only intended to create the illusion"),
             "of a democratic country.”"],
    })
    report = import_text(text, source_name="t.txt")
    assert report.indicator(17).paragraphs == ("Opinion leaders matter.", "Evidence is scarce.")
    assert report.indicator(18).quotes == (Quote(
        "An independent civil society is not allowed to resolve issues. It is only intended "
        "to create the illusion of a democratic country.", "Jalilov"),)
    assert len(report.indicator(18).paragraphs) == 1


def test_unquoted_repeat_from_a_later_indicator() -> None:
    sentence = ("Due to the lack of community media and local news, residents often receive "
                "false information.")
    text = make_source(indicators={
        14: ["Open meetings with consumers or", sentence, "readers are not practiced."],
        15: [f"{sentence} This is a big problem."],
    })
    report = import_text(text, source_name="t.txt")
    assert report.indicator(14).paragraphs == (
        "Open meetings with consumers or readers are not practiced.",)
    assert report.indicator(15).quotes == (Quote(sentence, None),)


def test_quote_standing_in_a_principle_intro_goes_to_its_indicator() -> None:
    sentence = "There are no talk shows that discuss pressing issues in the country."
    text = make_source(intros={3: ["Principle 3 opens.", f"“{sentence}”"]},
                       indicators={13: [f"{sentence} Some people are taken to court."]})
    report = import_text(text, source_name="t.txt")
    assert report.principle(3).intro == ("Principle 3 opens.",)
    assert report.indicator(13).quotes == (Quote(sentence, None),)


def test_bold_quote_repeating_nothing_stays_where_it_stands() -> None:
    text = make_source(indicators={9: ["Indicator 9 opens.", "**“Nobody says this elsewhere.”**",
                                       "Indicator 9 closes."]})
    report = import_text(text, source_name="t.txt")
    assert report.indicator(9).quotes == (Quote("Nobody says this elsewhere.", None),)
    assert report.indicator(9).paragraphs == ("Indicator 9 opens.", "Indicator 9 closes.")


def test_short_or_lower_case_repeats_are_running_text() -> None:
    items = [
        Item(1, 1, "It is only intended to create the illusion", ("indicator", 1)),
        Item(3, 3, "of a democratic country.", ("indicator", 1)),
        Item(5, 5, "Short one.", ("indicator", 2)),
        Item(7, 7, "Short one. And more words follow here today.", ("indicator", 2)),
    ]
    kept, quotes = extract_quotes(items)
    assert kept == items and quotes == []


def test_identical_paragraphs_are_refused() -> None:
    sentence = "The same words stand here twice in this very report, word for word."
    text = make_source(indicators={4: [sentence], 5: [sentence]})
    with pytest.raises(ImportFailureError) as caught:
        import_text(text, source_name="t.txt")
    line = text.split("\n").index(sentence) + 1
    assert caught.value.problems[0] == (
        line, (f"this paragraph repeats the paragraph at line {line + 4} word for word; "
        "cannot tell which is a pull quote"))


def test_identical_paragraphs_where_one_is_styled_as_a_quote() -> None:
    sentence = "The same words stand here twice in this very report, word for word."
    text = make_source(indicators={4: [sentence], 5: [f"“{sentence}” said Ana", "Five."]})
    report = import_text(text, source_name="t.txt")
    assert report.indicator(4).quotes == (Quote(sentence, "Ana"),)
    assert report.indicator(4).paragraphs == (sentence,)
    assert report.indicator(5).paragraphs == ("Five.",)


def test_quote_outside_every_indicator_is_refused() -> None:
    text = make_source(summary=["The summary.", "**A bold line that repeats nothing at all.**"])
    with pytest.raises(ImportFailureError) as caught:
        import_text(text, source_name="t.txt")
    assert caught.value.problems[0][1].startswith("pull quote outside any indicator")


def test_quote_leaving_words_out_at_an_ellipsis() -> None:
    text = make_source(indicators={
        10: [("Editorial influence is high. “The concept of an independent and nonpartisan state "
             "structure for this country is an oxymoron,” as the hierarchy is rigid, and almost "
             "all officials belong to the ruling party. Accordingly, its influence is very high."),
             "Indicator 10 goes on."],
        11: ["Indicator 11 opens.",
             "“The concept of an independent and nonpartisan state structure … is an oxymoron.”",
             "Indicator 11 closes."],
    })
    report = import_text(text, source_name="t.txt")
    assert report.indicator(10).quotes == (Quote(
        "The concept of an independent and nonpartisan state structure … is an oxymoron.", None),)
    assert report.indicator(11).paragraphs == ("Indicator 11 opens.", "Indicator 11 closes.")


def test_words_far_apart_do_not_make_a_quote() -> None:
    filler = " ".join(["filler"] * 50)
    text = make_source(indicators={
        10: [f"The concept of an independent state structure {filler} is an oxymoron here."],
        11: ["“The concept of an independent state structure … is an oxymoron here.”"],
    })
    report = import_text(text, source_name="t.txt")
    assert report.indicator(11).quotes == ()
    assert report.indicator(11).paragraphs == (
        "“The concept of an independent state structure … is an oxymoron here.”",)


def test_quote_running_over_two_paragraphs_of_the_original() -> None:
    first = "Media literacy issues have only recently begun to be promoted by local NGOs."
    second = "Still, there is no understanding at the highest political level of it."
    text = make_source(indicators={
        12: [first, second],
        13: ["Indicator 13 opens.", f"“{first} {second}”", "Indicator 13 closes."],
    })
    report = import_text(text, source_name="t.txt")
    assert report.indicator(12).paragraphs == (first, second)
    assert report.indicator(12).quotes == (Quote(f"{first} {second}", None),)
    assert report.indicator(13).paragraphs == ("Indicator 13 opens.", "Indicator 13 closes.")

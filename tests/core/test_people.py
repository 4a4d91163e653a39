"""Tests for panelist name matching: spelling variants between the text and the panel list."""

from __future__ import annotations

import dataclasses

import pytest

from tests.factories import make_report
from vibe_desktop.core.model import Person, Quote, Report
from vibe_desktop.core.people import (
    find_person,
    name_aliases,
    name_key,
    people,
    same_name,
)
from vibe_desktop.core.search import SearchIndex

# Sentences and names as the Kazakhstan 2022 report prints them.
PANEL = (
    Person("Gulnar Assanbayeva", "teacher, independent media expert, Ph.D, KIMEP, Almaty"),
    Person("Galiya Azhenova", "lawyer, Adil soz, Almaty"),
    Person("Vadim Boreiko", "journalist, GyperBorey"),
    Person("Timur Gafurov", "editor, www.ng.kz, Kostanay"),
    Person("Serikzhan Mauletbay", "freelancer, Almaty"),
    Person("Djamilya Maricheva", "protenge.kz, Almaty"),
    Person("Erzhan Suleimenov", "media expert, Almaty"),
    Person("Askhat Yerkimbay", "NGO Minber, Almaty"),
)
PARAGRAPHS = (
    "“The main task of the leading media is to ‘please’ the authorities,” said Jamilya Maricheva.",
    "According to Vadim Boreyko, the last fair elections were held in Kazakhstan in 1990.",
    "According to Yerzhan Suleimenov, the state media are not balanced.",
    "According to Galiya Agenova, the law is applied selectively.",
    "according to Gulnar Asanbayeva, the trust in media is low.",
    "The tapping of journalist Serikzhan Mauletbaï’s phone became a big scandal.",
    "According to Gafurov, officials rarely lie. Gafurov believes they hide information.",
    "Lukpan Akhmedyarov and Zarina Akhmatova are not on the panel.",
)
QUOTES = (
    Quote(
        "The main task of the leading media is to ‘please’ the authorities,” said Maricheva.", None
    ),
    Quote(
        "Now the situation is such that it is possible to work only on social networks.",
        "Maricheva",
    ),
    Quote("Officials hide information that does not serve their interests.", "Timur Gafurov"),
)


def kazakh_names_report() -> Report:
    report = make_report("names-2022", "Kazakhstan", 2022)
    principles = []
    for principle in report.principles:
        indicators = tuple(
            dataclasses.replace(i, paragraphs=PARAGRAPHS, quotes=QUOTES)
            if i.number == 1
            else dataclasses.replace(i, quotes=())
            for i in principle.indicators
        )
        principles.append(dataclasses.replace(principle, indicators=indicators))
    return dataclasses.replace(
        report,
        principles=tuple(principles),
        panel=PANEL,
        moderator=Person("Diana Medvednikova", "director, Legal Media Center, Astana"),
    )


@pytest.fixture(scope="module")
def entries() -> dict[str, object]:
    return {e.surname: e for e in people(kazakh_names_report())}


@pytest.mark.parametrize(
    ("text_spelling", "panel_spelling"),
    [
        ("Boreyko", "Boreiko"),
        ("Jamilya", "Djamilya"),
        ("Yerzhan", "Erzhan"),
        ("Agenova", "Azhenova"),
        ("Asanbayeva", "Assanbayeva"),
        ("Mauletbaï", "Mauletbay"),
    ],
)
def test_report_spelling_variants_are_one_name(text_spelling: str, panel_spelling: str) -> None:
    assert same_name(text_spelling, panel_spelling)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Maricheva", "Medvednikova"),
        ("Akhmatova", "Azhenova"),
        ("Gafurov", "Lavrov"),
        ("Adil", "Abdilda"),
        ("Akhmedyarov", "Assanbayeva"),
        ("Olga", "Erzhan"),
    ],
)
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert not same_name(a, b)


def test_name_key_folds_transliteration() -> None:
    assert name_key("Djamilya") == name_key("Jamilya") == "jamilia"
    assert name_key("Yerkimbay") == name_key("Erkimbai")


def test_paragraphs_naming_each_panelist(entries: dict) -> None:
    boreiko = entries["Boreiko"]
    assert [m.anchor for m in boreiko.paragraphs] == ["names-2022/i1/p2"]
    mention = boreiko.paragraphs[0]
    assert [mention.text[s:e] for s, e in mention.spans] == ["Vadim Boreyko"]
    assert "Vadim Boreyko" in boreiko.spellings and boreiko.spellings[0] == "Vadim Boreiko"
    assert [m.anchor for m in entries["Suleimenov"].paragraphs] == ["names-2022/i1/p3"]
    assert [m.anchor for m in entries["Azhenova"].paragraphs] == ["names-2022/i1/p4"]
    assert [m.anchor for m in entries["Assanbayeva"].paragraphs] == ["names-2022/i1/p5"]
    assert [m.anchor for m in entries["Mauletbay"].paragraphs] == ["names-2022/i1/p6"]
    gafurov = entries["Gafurov"].paragraphs
    assert [m.anchor for m in gafurov] == ["names-2022/i1/p7"] and len(gafurov[0].spans) == 2
    assert entries["Yerkimbay"].paragraphs == ()


def test_quotes_by_speaker_or_said_in_the_quote(entries: dict) -> None:
    maricheva = entries["Maricheva"]
    assert [m.anchor for m in maricheva.quotes] == ["names-2022/i1/q1", "names-2022/i1/q2"]
    assert [m.anchor for m in maricheva.paragraphs] == ["names-2022/i1/p1"]
    assert [m.anchor for m in entries["Gafurov"].quotes] == ["names-2022/i1/q3"]
    assert entries["Boreiko"].quotes == ()


def test_moderator_is_listed_after_the_panel(entries: dict) -> None:
    moderator = entries["Medvednikova"]
    assert moderator.role == "moderator"
    assert moderator.anchor == f"names-2022/panel/p{len(PANEL) + 1}"
    assert entries["Boreiko"].anchor == "names-2022/panel/p3"


def test_find_person_by_any_spelling(entries: dict) -> None:
    listed = list(entries.values())
    assert find_person(listed, "Vadim Boreyko").surname == "Boreiko"
    assert find_person(listed, "Jamilya Maricheva").surname == "Maricheva"
    assert find_person(listed, "Nobody Here") is None
    assert find_person(listed, "  ") is None


def test_aliases_join_the_spellings(entries: dict) -> None:
    aliases = name_aliases(list(entries.values()))
    assert aliases["boreyko"] == aliases["boreiko"] == {"boreyko", "boreiko"}
    assert {"jamilya", "djamilya"} <= aliases["djamilya"]
    assert "maricheva" not in aliases  # one spelling only: nothing to join


def test_searching_a_panelists_name_finds_text_and_quotes() -> None:
    index = SearchIndex.build(kazakh_names_report())
    found = {h.anchor for h in index.search('"Djamilya Maricheva"')}
    # the paragraph spells her Jamilya; quote 2 names only "Maricheva" as speaker
    assert {"names-2022/i1/p1", "names-2022/i1/q2", "names-2022/panel/p6"} <= found
    boreiko = {h.anchor for h in index.search("Boreiko")}
    assert boreiko == {"names-2022/i1/p2", "names-2022/panel/p3"}
    boreyko = index.search("boreyko ")
    assert {h.anchor for h in boreyko} == boreiko
    paragraph = next(h for h in boreyko if h.anchor == "names-2022/i1/p2")
    assert [paragraph.snippet[s:e] for s, e in paragraph.spans] == ["Boreyko"]
    gafurov = {h.anchor for h in index.search("Timur Gafurov")}
    # the paragraph says only "According to Gafurov": the given name is optional
    assert gafurov == {"names-2022/i1/p7", "names-2022/i1/q3", "names-2022/panel/p4"}
    assert {h.anchor for h in index.search('"Timur Gafurov"')} == {
        "names-2022/i1/q3",
        "names-2022/panel/p4",
    }
    assert index.search("Timur Lavrov") == []  # not a panelist: every word must match

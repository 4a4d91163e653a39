"""Search and people on the bundled Kazakhstan 2022 report: everything findable, names matched."""

from __future__ import annotations

import pytest

from tests.conftest import BUNDLED_YAML
from vibe_desktop.core.loader import load_report
from vibe_desktop.core.model import Report
from vibe_desktop.core.people import people, same_name
from vibe_desktop.core.search import SearchIndex
from vibe_desktop.core.search_docs import report_docs
from vibe_desktop.core.textnorm import terms

ID = "kazakhstan-2022"


@pytest.fixture(scope="module")
def report() -> Report:
    return load_report(BUNDLED_YAML)


@pytest.fixture(scope="module")
def index(report: Report) -> SearchIndex:
    return SearchIndex.build(report)


def _distinctive_phrase(words: list[str], corpus: list[str], width: int = 6) -> str:
    """The window of ``width`` words of a text found in the fewest texts of the corpus."""
    if len(words) <= width:
        return " ".join(words)
    windows = (" ".join(words[i : i + width]) for i in range(len(words) - width + 1))
    return min(windows, key=lambda phrase: sum(f" {phrase} " in text for text in corpus))


def test_every_paragraph_quote_footnote_and_panel_entry_is_findable(index: SearchIndex) -> None:
    """Search each piece by a distinctive phrase of its own; compare with a plain scan."""
    docs = index.docs
    folded = [f" {' '.join(terms(doc.text))} " for doc in docs]
    assert len(docs) > 150
    for doc, text in zip(docs, folded, strict=True):
        phrase = _distinctive_phrase(text.split(), folded)
        expected = {d.anchor for d, t in zip(docs, folded, strict=True) if f" {phrase} " in t}
        found = {hit.anchor for hit in index.search(f'"{phrase}"')}
        assert doc.anchor in found, (doc.anchor, phrase)
        assert found == expected, (doc.anchor, phrase)
        if doc.kind != "quote":  # a pull quote repeats its paragraph's words
            assert len(found) <= 2, (doc.anchor, phrase, found)


def test_the_index_covers_every_paragraph_of_the_report(report: Report, index: SearchIndex) -> None:
    anchors = {doc.anchor for doc in index.docs}
    assert {a for a, _ in report.paragraphs()} <= anchors
    quotes = sum(len(i.quotes) for i in report.indicators())
    assert quotes > 0
    assert sum(doc.kind == "quote" for doc in index.docs) == quotes
    assert sum(doc.kind == "panel" for doc in index.docs) == len(report.panel) + 1
    assert len(report_docs(report)) == len(index.docs)


def test_cyrillic_title_and_url_of_footnote_10(index: SearchIndex) -> None:
    hits = index.search("казахстанское издание")
    assert [h.anchor for h in hits] == [f"{ID}/fn10"]
    assert hits[0].place == "Kazakhstan 2022 › Footnote 10"
    assert [h.anchor for h in index.search("cpj.org/ru")] == [f"{ID}/fn10"]
    assert [h.anchor for h in index.search("КАЗАХСТАНСКОЕ")] == [f"{ID}/fn10"]


def test_names_spelled_differently_in_text_and_panel_list(index: SearchIndex) -> None:
    boreiko = {h.anchor for h in index.search("Boreiko")}
    assert boreiko == {h.anchor for h in index.search("Boreyko")}
    assert f"{ID}/i20/p7" in boreiko and any("/panel/" in a for a in boreiko)
    maricheva = {h.anchor for h in index.search('"Djamilya Maricheva"')}
    assert {f"{ID}/i1/q1", f"{ID}/i6/q1"} <= maricheva  # her pull quotes ("said Maricheva")
    assert any(a.startswith(f"{ID}/i1/p") for a in maricheva)  # "said Jamilya Maricheva"


def test_people_of_the_report(report: Report, index: SearchIndex) -> None:
    entries = {e.surname: e for e in people(report)}
    assert [e.person for e in index.people] == [e.person for e in entries.values()]
    assert len(entries) == len(report.panel) + 1
    assert entries["Medvednikova"].role == "moderator"
    maricheva = entries["Maricheva"]
    assert [m.anchor for m in maricheva.quotes] == [f"{ID}/i1/q1", f"{ID}/i6/q1"]
    assert "Jamilya Maricheva" in maricheva.spellings
    assert len(maricheva.paragraphs) >= 5
    assert "Vadim Boreyko" in entries["Boreiko"].spellings
    assert [m.anchor for m in entries["Boreiko"].paragraphs] == [f"{ID}/i20/p7"]
    assert "Galiya Agenova" in entries["Azhenova"].spellings
    assert "Yerzhan Suleimenov" in entries["Suleimenov"].spellings
    assert "Serikzhan Mauletbaï" in entries["Mauletbay"].spellings
    assert entries["Jalilov"].quotes and entries["Gafurov"].paragraphs
    for entry in entries.values():  # every span really names the person
        for mention in entry.paragraphs:
            for start, end in mention.spans:
                assert same_name(terms(mention.text[start:end])[-1], entry.surname)

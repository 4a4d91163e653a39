"""Tests for the search index: folding, words, prefixes, phrases, places, snippets, filters."""

from __future__ import annotations

import dataclasses

import pytest

from tests.factories import make_report
from vibe_desktop.core.model import Footnote, Quote, Report
from vibe_desktop.core.query import parse_query
from vibe_desktop.core.search import SearchIndex, match_spans, search_all
from vibe_desktop.core.textnorm import ELLIPSIS, find_spans, fold_text, make_snippet, terms, tokens


def _with(report: Report, **changes: object) -> Report:
    return dataclasses.replace(report, **changes)


def _set_paragraphs(
    report: Report, indicator: int, paragraphs: tuple[str, ...], quotes: tuple[Quote, ...] = ()
) -> Report:
    principles = []
    for principle in report.principles:
        indicators = tuple(
            dataclasses.replace(i, paragraphs=paragraphs, quotes=quotes)
            if i.number == indicator
            else i
            for i in principle.indicators
        )
        principles.append(dataclasses.replace(principle, indicators=indicators))
    return _with(report, principles=tuple(principles))


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    report = make_report()
    report = _set_paragraphs(
        report,
        6,
        (
            "The Café owner said «Ёлка» is a naïve word; Mauletbaï’s phone was tapped.",
            "Freedom of speech matters. Speech is free and freedom is rare.",
            "Russian-language media and Kazakh-language media differ.",
        ),
    )
    footnotes = report.footnotes + (
        Footnote(
            99,
            "“Издание сообщает о блокировке” <https://cpj.org/ru/2021/10/казахстанское-издание/>",
        ),
    )
    return SearchIndex.build(_with(report, footnotes=footnotes))


def test_fold_drops_case_and_diacritics_on_any_script() -> None:
    assert fold_text("Café NAÏVE Ёлка Йод") == "cafe naive елка иод"
    assert terms("Kazakh-language, Русский!") == ["kazakh", "language", "русскии"]


def test_tokens_keep_source_spans() -> None:
    text = "Über «Ёлка»"
    toks = tokens(text)
    assert [(t.term, text[t.start : t.end]) for t in toks] == [("uber", "Über"), ("елка", "Ёлка")]


def test_find_spans_substring_ignores_case_and_diacritics() -> None:
    text = "Naïve and NAIVE and naive-ish; Ёж"
    assert [text[s:e] for s, e in find_spans(text, "naive")] == ["Naïve", "NAIVE", "naive"]
    assert [text[s:e] for s, e in find_spans(text, "еж")] == ["Ёж"]
    assert find_spans(text, "   ") == []


def test_search_is_case_and_diacritic_insensitive(index: SearchIndex) -> None:
    for query in ("cafe", "CAFÉ", "naive", "NAÏVE", "елка", "ЁЛКА", "mauletbai"):
        hits = index.search(query)
        assert [h.anchor for h in hits] == ["testland-2030/i6/p1"], query
        start, end = hits[0].spans[0]
        assert fold_text(hits[0].snippet[start:end]).startswith(fold_text(query))


def test_all_words_must_match(index: SearchIndex) -> None:
    assert [h.anchor for h in index.search("freedom rare")] == ["testland-2030/i6/p2"]
    assert index.search("freedom elephant") == []


def test_last_word_is_a_prefix_only_while_typing(index: SearchIndex) -> None:
    assert [h.anchor for h in index.search("free")] == ["testland-2030/i6/p2"]
    assert [h.anchor for h in index.search("free ")] == ["testland-2030/i6/p2"]  # the word free
    assert index.search("freedo ") == []
    assert index.search(parse_query("freedo", prefix=False)) == []
    assert index.search(parse_query("freedom", prefix=False))


def test_phrases_need_consecutive_words(index: SearchIndex) -> None:
    hits = index.search('"freedom of speech"')
    assert [h.anchor for h in hits] == ["testland-2030/i6/p2"]
    assert [hits[0].snippet[s:e] for s, e in hits[0].spans] == ["Freedom of speech"]
    assert index.search('"speech of freedom"') == []
    assert [h.anchor for h in index.search("russian-language")] == ["testland-2030/i6/p3"]
    assert index.search("language-russian") == []


def test_cyrillic_footnote_title_and_url_are_found(index: SearchIndex) -> None:
    for query in ("блокировке", "Блокировк", "казахстанское", "cpj.org/ru"):
        hits = index.search(query)
        assert [h.anchor for h in hits] == ["testland-2030/fn99"], query
        assert hits[0].kind == "footnote"
        assert hits[0].place == "Testland 2030 › Footnote 99"


def test_principle_filter(index: SearchIndex) -> None:
    everywhere = {h.indicator for h in index.search("indicator")}
    assert everywhere == set(range(1, 21)) - {6}  # the fixture rewrote indicator 6
    in_p3 = index.search("indicator", principle=3)
    assert in_p3 and {h.principle for h in in_p3} == {3}
    assert {h.indicator for h in in_p3} == {11, 12, 13, 14, 15}


def test_limit_and_ranking(index: SearchIndex) -> None:
    hits = index.search("freedom")
    assert hits[0].score >= hits[-1].score
    assert len(index.search("indicator", limit=5)) == 5
    ranked = index.search("speech")
    assert ranked[0].anchor == "testland-2030/i6/p2"
    assert len(ranked[0].spans) == 2  # "speech" and "Speech"


def test_snippet_is_cut_around_the_hit_with_spans_inside() -> None:
    text = ("word " * 100) + "TARGET here " + ("tail " * 100)
    start = text.index("TARGET")
    snippet, spans = make_snippet(text, [(start, start + 6)])
    assert snippet.startswith(ELLIPSIS) and snippet.endswith(ELLIPSIS)
    assert len(snippet) < 260
    assert [snippet[s:e] for s, e in spans] == ["TARGET"]
    short, short_spans = make_snippet("a short text", [(2, 7)])
    assert (short, short_spans) == ("a short text", ((2, 7),))


def test_match_spans_for_page_highlighting() -> None:
    text = "Freedom of speech; free speech; FREEDOM."
    assert [text[s:e] for s, e in match_spans(text, "freedom")] == ["Freedom", "FREEDOM"]
    assert [text[s:e] for s, e in match_spans(text, '"free speech"')] == ["free speech"]
    assert [text[s:e] for s, e in match_spans(text, "free")] == ["Freedom", "free", "FREEDOM"]


def test_search_all_merges_reports_and_filters_by_report() -> None:
    one = SearchIndex.build(make_report("alpha-2030", "Alpha"))
    two = SearchIndex.build(make_report("beta-2031", "Beta", 2031))
    hits = search_all([one, two], "summary paragraph one")
    assert [h.anchor for h in hits] == ["alpha-2030/summary/p1", "beta-2031/summary/p1"]
    assert [h.place for h in hits] == ["Alpha 2030 › Overview", "Beta 2031 › Overview"]
    only_beta = search_all([one, two], "summary", reports=["beta-2031"])
    assert only_beta and {h.report_id for h in only_beta} == {"beta-2031"}
    assert len(search_all([one, two], "indicator", limit=3)) == 3
    assert search_all([one, two], "") == []


def test_hit_as_dict_round_trips_fields(index: SearchIndex) -> None:
    hit = index.search("cafe")[0]
    data = hit.as_dict()
    assert data["anchor"] == hit.anchor and data["spans"] == hit.spans


def test_words_next_to_each_other_rank_first() -> None:
    report = _set_paragraphs(
        make_report(),
        6,
        (
            "Freedom is rare; speech is cheap. Freedom again, and speech again.",
            "Here freedom speech stands together.",
            "Speech first, freedom later.",
        ),
    )
    hits = SearchIndex.build(report).search("freedom speech ")
    assert hits[0].anchor == "testland-2030/i6/p2"
    assert {h.anchor for h in hits} == {f"testland-2030/i6/p{n}" for n in (1, 2, 3)}

"""Page HTML: every paragraph once with its anchor, escaping, quotes, footnotes, scores."""

from __future__ import annotations

import dataclasses
import re

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from tests.conftest import BUNDLED_YAML
from tests.factories import make_report
from vibe_desktop import ACKNOWLEDGMENT
from vibe_desktop.core import navigation
from vibe_desktop.core.markup import to_plain
from vibe_desktop.core.model import Report
from vibe_desktop.render import pages


def _plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def _reports() -> list[Report]:
    reports = [make_report(scores=True), make_report(scores=False, overall=15)]
    if BUNDLED_YAML.exists():
        from vibe_desktop.core.loader import load_report

        reports.append(load_report(BUNDLED_YAML))
    return reports


@pytest.mark.parametrize("report", _reports(), ids=lambda r: r.id)
def test_every_paragraph_and_footnote_is_on_exactly_one_page_with_its_words(
        qapp: QApplication, report: Report) -> None:
    htmls = {a: pages.render_page(report, a).html for a in navigation.all_page_anchors(report)}
    for anchor, _text in report.paragraphs():  # footnotes included (id/fnN)
        holders = [a for a, html in htmls.items() if f'name="{anchor}"' in html]
        assert len(holders) == 1, anchor
        assert sum(html.count(f'name="{anchor}"') for html in htmls.values()) == 1
    texts = {a: _plain(h) for a, h in htmls.items()}
    everything = "\n".join(texts.values())
    for anchor, text in report.paragraphs():
        plain = re.sub(r"\[(\d+)\]", r"\1", to_plain(text, footnote_refs=True)).strip()
        if len(plain) > 25:
            assert everything.count(plain) >= 1, anchor
    for indicator in report.indicators():
        page = texts[f"{report.id}/i{indicator.number}"]
        for quote in indicator.quotes:
            assert page.count(to_plain(quote.text)) >= 1


def test_scores_are_never_invented() -> None:
    report = make_report(scores=False, overall=15)
    principle = pages.render_page(report, "testland-2030/pr2").html
    assert "Principle score:" in principle and "not given in this report" in principle
    indicator = pages.render_page(report, "testland-2030/i6").html
    assert "Indicator score:" in indicator
    assert "not given in this report" in indicator
    assert not re.search(r"\d+ of 40", indicator)
    assert not re.search(r"\d+ of 40", principle)
    full = make_report(scores=True)
    page = pages.render_page(full, "testland-2030/i6").html
    assert "19 of 40, Slightly Vibrant" in page


def test_data_is_escaped_never_raw_html() -> None:
    report = make_report()
    principle = dataclasses.replace(
        report.principles[0],
        title="<b>bold</b> & co",
        intro=('<script>alert("x")</script> <img src="file:///etc/passwd">',),
    )
    evil = dataclasses.replace(report, principles=(principle,) + report.principles[1:],
                               country="<i>Land</i>")
    html = pages.render_page(evil, "testland-2030/pr1").html
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;bold&lt;/b&gt; &amp; co" in html
    assert "<i>Land</i>" not in pages.render_page(evil, "testland-2030/summary").html


def test_footnotes_listed_on_the_page_that_cites_them_first() -> None:
    report = make_report()
    homes = navigation.footnote_homes(report)
    assert homes[6] == "testland-2030/i6"
    html = pages.render_page(report, "testland-2030/i6").html
    assert 'name="testland-2030/fn6"' in html
    assert 'href="footnote:6"' in html
    assert navigation.resolve(report, "testland-2030/fn6") == ("testland-2030/i6",
                                                                "testland-2030/fn6")


def test_panel_page_has_people_rights_and_acknowledgment(qapp) -> None:  # type: ignore[no-untyped-def]
    report = make_report()
    text = _plain(pages.render_page(report, "testland-2030/panel").html)
    for expected in ("Ana Panelist", "editor, Example Media, Capital", "Mona Moderator",
                     "Moderator and author", report.rights.copyright, ACKNOWLEDGMENT,
                     "This report is made possible by the support of the American people."):
        assert expected in text
    assert to_plain(report.rights.notice) in text


def test_principle_page_links_its_indicators() -> None:
    html = pages.render_page(make_report(), "testland-2030/pr2").html
    for n in range(6, 11):
        assert f'href="vibe:testland-2030/i{n}"' in html

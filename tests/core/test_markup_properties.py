"""The markup parser is linear and never raises; only safe links leave it, encoded."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import BUNDLED_YAML
from vibe_desktop.core import markup
from vibe_desktop.core.loader import load_report

TOKENS = ["*", "**", "***", "[", "]", "(", ")", "](", "](https://x.org/", "<", ">",
          "<https://", "https://x.org/(", "\\", "\\*", "[^1]", "[^", "a", " ", "_", "h",
          "mailto:", "javascript:", "\u202e", "\x1b"]
adversarial = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=30).map("".join)
HREF = re.compile(r'href="([^"]*)"')
LENGTH = 12_000


def _prose(length: int) -> str:
    """Ordinary report text (markup, links, footnote references and all) of ``length``."""
    report = load_report(BUNDLED_YAML)
    text = " ".join(t for _, t in report.paragraphs())
    return (text * (length // len(text) + 1))[:length]


PROSE = _prose(LENGTH)


def _cost(text: str) -> float:
    def work() -> None:
        markup.to_html(text)
        markup.to_plain(text)
        markup.links(text)

    return _best(work)


def _best(work: Callable[[], None], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


@settings(max_examples=30, deadline=None)
@given(adversarial)
def test_time_per_character_is_bounded_relative_to_report_text(unit: str) -> None:
    # the same pattern repeated to a length where anything quadratic would cost thousands
    # of times more; a linear parser stays within a constant of ordinary report text
    text = (unit * (LENGTH // len(unit) + 1))[:LENGTH]
    ratio = _cost(text) / _cost(PROSE)
    assert ratio < 100, f"{ratio:.0f}x the cost of report text for {unit!r} repeated"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*TOKENS, "b", "é", "\n", "\t"]), max_size=80).map("".join))
def test_never_raises_and_only_safe_encoded_hrefs_come_out(text: str) -> None:
    html = markup.to_html(text)
    for href in HREF.findall(html):
        assert href.startswith(("https://", "http://", "mailto:", "footnote:")), href
        assert not set(href) & set("()'\"\\ <>\x1b\u202e"), href
    assert html.count("<a ") == html.count("</a>") <= text.count("h") + text.count("[")
    plain = markup.to_plain(text)
    assert not markup.CONTROLS.search(plain)
    assert all(markup.is_safe_url(url) for url in markup.links(text))


def test_deep_nesting_that_used_to_recurse_renders() -> None:
    em = "**a *b " * 249
    assert markup.to_plain(em) == em  # nothing closes: all of it is text
    nested = "[" * 1000 + "x" + "".join(f"](https://e.org/{n})" for n in range(1000))
    html = markup.to_html(nested)
    assert html.count("<a ") == 1 and html.endswith("x</a>")  # no link inside a link
    assert len(markup.links(nested)) == 1000
    deep = "*a " * 3000 + "b" + " c*" * 3000
    assert markup.to_html(deep).count("<i>") == 1  # emphasis in emphasis adds no tag
    assert markup.to_plain("[a " * 10000) == "[a " * 10000


def test_link_targets_with_balanced_parentheses_stay_whole() -> None:
    text = "[Foo](https://en.wikipedia.org/wiki/Foo_(bar)) and https://en.wikipedia.org/wiki/B_(c)."
    assert markup.links(text) == ["https://en.wikipedia.org/wiki/Foo_(bar)",
                                  "https://en.wikipedia.org/wiki/B_(c)"]
    html = markup.to_html(text)
    assert 'href="https://en.wikipedia.org/wiki/Foo_%28bar%29"' in html and html.endswith("</a>.")
    assert markup.links("(see https://x.org/a)") == ["https://x.org/a"]


def test_only_http_https_and_mailto_become_links() -> None:
    for url in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "smb://h/s",
                "vbscript:x", "JavaScript:alert(1)", "page.html"):
        html = markup.to_html(f"[click]({url})")
        assert html == "click", (url, html)
        assert markup.links(f"[click]({url})") == []
    assert markup.to_html("[m](mailto:a@b.c)") == (
        '<a href="mailto:a@b.c" title="mailto:a@b.c">m</a>')


def test_pdf_injection_through_an_autolink_is_encoded() -> None:
    html = markup.to_html("<https://example.org/x)/S/JavaScript/JS(app.alert(2)>")
    assert 'href="https://example.org/x%29/S/JavaScript/JS%28app.alert%282%29"' in html
    assert markup.safe_href("https://x.org/a b\\c\"d'e\x07é%41%zz") == (
        "https://x.org/a%20b%5Cc%22d%27e%07%C3%A9%41%25zz")


def test_plain_text_has_no_controls_or_bidi_overrides() -> None:
    assert markup.to_plain("red\x1b[31m \u202eevil\u202c *x*\x07") == "red[31m evil x"
    assert markup.to_plain("tab\tand\nline") == "tab\tand\nline"
    assert "\x1b" not in markup.to_html("\x1b[2J")

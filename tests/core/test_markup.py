"""The one escaping renderer: inline markup to HTML and plain text."""

from vibe_desktop.core import markup


def test_everything_from_data_is_escaped() -> None:
    html = markup.to_html('<script>alert("x")</script> & <b>')
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html


def test_emphasis_strong_and_nesting() -> None:
    assert markup.to_html("a *b* **c *d* e**") == "a <i>b</i> <b>c <i>d</i> e</b>"
    assert markup.to_html("*f **g** h*") == "<i>f <b>g</b> h</i>"


def test_unclosed_markers_stay_literal() -> None:
    assert markup.to_plain("lone * star and ** two") == "lone * star and ** two"


def test_backslash_escapes() -> None:
    assert markup.to_plain(r"about \$150 million") == "about $150 million"


def test_links_dead_links_and_bare_urls() -> None:
    text = "[a](#) [b](https://x.org/?q=1&r=2) <https://t.me/x> see https://y.org/p."
    html = markup.to_html(text)
    assert html.startswith("a ")  # a dead link is plain text
    assert 'href="https://x.org/?q=1&amp;r=2"' in html
    assert 'href="https://t.me/x"' in html
    assert 'href="https://y.org/p"' in html and html.endswith("</a>.")
    assert markup.links(text) == ["https://x.org/?q=1&r=2", "https://t.me/x", "https://y.org/p"]


def test_javascript_link_is_kept_as_href_but_not_safe() -> None:
    html = markup.to_html('[x](javascript:alert(1))')
    assert "<script" not in html
    assert not markup.is_safe_url("javascript:alert(1)")
    assert markup.is_safe_url("HTTPS://x.org") and markup.is_safe_url("mailto:a@b.c")
    assert not markup.is_safe_url("file:///etc/passwd")


def test_footnote_references() -> None:
    text = "one[^1] and two[^12]."
    assert markup.footnote_refs(text) == [1, 12]
    assert markup.to_plain(text) == "one and two."
    assert markup.to_plain(text, footnote_refs=True) == "one[1] and two[12]."
    html = markup.to_html(text, footnote_href=lambda n: f"#fn{n}")
    assert '<sup><a href="#fn12"' in html


def test_footnote_reference_glued_to_a_bare_url_is_kept() -> None:
    text = "see https://x.org/a[^3] and https://y.org/b.[^4]"
    assert markup.footnote_refs(text) == [3, 4]
    assert markup.links(text) == ["https://x.org/a", "https://y.org/b"]
    plain = markup.to_plain(text, footnote_refs=True)
    assert plain == "see https://x.org/a[3] and https://y.org/b.[4]"


def test_plain_runs_next_to_markup_parse_as_one_character_at_a_time_would() -> None:
    # runs of ordinary characters are copied in one step: everything that may start or
    # close markup must still be seen where it stands
    nodes = markup.parse("the hhttp://x.org *em* th[^2]x \\*no\\* **st*r*ong**_[a]b")
    assert nodes == (
        markup.Text("the hhttp://x.org "),
        markup.Emphasis((markup.Text("em"),)),
        markup.Text(" th"),
        markup.FootnoteRef(2),
        markup.Text("x *no* "),
        markup.Emphasis((markup.Text("st"), markup.Emphasis((markup.Text("r"),)),
                         markup.Text("ong")), strong=True),
        markup.Text("_[a]b"),
    )
    assert markup.to_plain("[lin*k*](https://x.org) h https://y.org.") == "link h https://y.org."
    assert markup.links("[a](https://x.org) and (https://y.org/p)") == [
        "https://x.org", "https://y.org/p"]


def test_escape_is_html_escape_with_quotes() -> None:
    import html

    for text in ("", "plain", "a & b < c > d \" e ' f", "&amp;&lt;", "<<&&>>\"\"''", "ü “x” ’"):
        assert markup.escape(text) == html.escape(text, quote=True)

"""The link popup's facts: the real host, flagged spoofing, and only the address of a mail link."""

from __future__ import annotations

import pytest

from vibe_desktop.core.links import describe, punycode_host


def test_user_info_is_flagged_and_removed() -> None:
    info = describe("https://irex.org@evil.example/login")
    assert info.host == "evil.example" and info.display == "https://evil.example/login"
    assert info.warnings == ("userinfo",) and info.open_url == "https://evil.example/login"
    assert "irex.org@" in info.messages()[0] and "evil.example" in info.messages()[0]


def test_idn_hosts_are_shown_in_punycode() -> None:
    info = describe("https://іrex.org/about")  # Cyrillic і
    assert info.host == "xn--rex-ihd.org" and "idn" in info.warnings
    assert info.display == "https://xn--rex-ihd.org/about"
    assert punycode_host("Bücher.example") == "xn--bcher-kva.example"
    assert punycode_host("EXAMPLE.org.") == "example.org"


def test_bidi_and_control_characters_are_flagged_and_stripped() -> None:
    info = describe("https://example.org/\u202egnp.exe\x1b[31m")
    assert "controls" in info.warnings and "\u202e" not in info.display
    assert "\x1b" not in info.display and info.open_url is not None
    assert info.open_url.isascii() and info.open_url.isprintable()


def test_mailto_opens_with_the_address_only() -> None:
    info = describe("mailto:press@irex.org?subject=Hi&cc=spy@evil.example&body=attach%20x")
    assert info.open_url == "mailto:press@irex.org" and info.display == "press@irex.org"
    assert info.warnings == ("headers",) and "body, cc, subject" in info.messages()[0]
    assert describe("mailto:a@b.example").warnings == ()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,x",
                                 "smb://host/share", "vbscript:msgbox", "relative/page.html"])
def test_other_schemes_never_open(url: str) -> None:
    info = describe(url)
    assert info.open_url is None and "scheme" in info.warnings


@pytest.mark.parametrize("url", ["https://", "https://exa mple.org/", "https://[::1/",
                                 "https://x.org:99999/", "mailto:?cc=a@b.c", "mailto:nobody"])
def test_malformed_addresses_cannot_be_opened(url: str) -> None:
    info = describe(url)
    assert info.open_url is None and info.warnings[-1] == "malformed"


def test_open_url_cannot_break_out_of_a_pdf_string() -> None:
    info = describe("https://example.org/x)/S/JavaScript/JS(app.alert(2)")
    assert info.open_url == "https://example.org/x%29/S/JavaScript/JS%28app.alert%282%29"
    assert describe("https://example.org:8443/a?b=1#c").display == "https://example.org:8443/a?b=1#c"

"""The dialog seam: the link policy (only http, https, mailto leave the app, after asking)."""

from __future__ import annotations

import pytest

from vibe_desktop.ui.shell import dialogs


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch, qapp) -> dict[str, list]:  # type: ignore[no-untyped-def]
    calls: dict[str, list] = {"ask": [], "warning": [], "opened": [], "answer": [True]}

    def fake_ask(parent, title, text):  # type: ignore[no-untyped-def]
        calls["ask"].append(text)
        return calls["answer"][0]

    monkeypatch.setattr(dialogs, "ask", fake_ask)
    monkeypatch.setattr(dialogs, "warning", lambda p, t, x: calls["warning"].append(x))
    monkeypatch.setattr(
        dialogs.QDesktopServices, "openUrl",
        lambda url: calls["opened"].append(url.toString()) or True
    )
    return calls


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "data:text/html,x",
            "relative/path"]
)
def test_unsafe_links_are_refused_with_a_message(recorded: dict[str, list], url: str) -> None:
    assert dialogs.show_link(None, url) is False
    assert recorded["opened"] == []
    assert recorded["ask"] == []
    assert len(recorded["warning"]) == 1 and url in recorded["warning"][0]


@pytest.mark.parametrize(("url", "shown"), [("https://example.org/a?b=1", None),
                                             ("http://irex.org", None),
                                             ("mailto:x@example.org", "x@example.org")])
def test_safe_links_show_the_full_address_then_open(recorded: dict[str, list],
                                                    url: str, shown: str | None) -> None:
    assert dialogs.show_link(None, url) is True
    assert (shown or url) in recorded["ask"][0]
    assert recorded["opened"] == [url]


@pytest.mark.parametrize(("url", "shown", "opened", "warning"), [
    ("https://irex.org@evil.example/x", "https://evil.example/x", "https://evil.example/x",
     "evil.example"),
    ("https://іrex.org/", "xn--rex-", None, "Latin"),
    ("https://irex.org/‮evil", "https://irex.org/evil", "https://irex.org/evil",
     "invisible"),
    ("mailto:x@example.org?body=hi&cc=y@z.org", "x@example.org", "mailto:x@example.org",
     "only the address"),
])
def test_spoofable_addresses_show_what_they_really_are(recorded: dict[str, list], url: str,
                                                        shown: str, opened: str | None,
                                                        warning: str) -> None:
    dialogs.show_link(None, url)
    asked = (recorded["ask"][0] if recorded["ask"] else "") + "".join(recorded["warning"])
    assert shown in asked and warning in asked
    if opened is not None:
        assert recorded["opened"] == [opened]


def test_declined_link_is_not_opened(recorded) -> None:  # type: ignore[no-untyped-def]
    recorded["answer"][0] = False
    assert dialogs.show_link(None, "https://example.org") is False
    assert recorded["opened"] == []


def test_open_url_never_opens_unsafe(recorded) -> None:  # type: ignore[no-untyped-def]
    assert dialogs.open_url("javascript:x") is False
    assert recorded["opened"] == []


def test_headless_platform_never_blocks_on_a_dialog(qapp, capsys) -> None:  # type: ignore[no-untyped-def]
    assert dialogs.headless()  # the tests run offscreen
    dialogs.info(None, "Title", "an info")
    dialogs.warning(None, "Title", "a warning")
    dialogs.error(None, "Title", "an error")
    assert dialogs.ask(None, "Title", "a question") is False
    assert dialogs.open_file(None, "Open", "*.yaml") is None
    assert dialogs.save_file(None, "Save", "*.pdf") is None
    assert dialogs.choose_printer(None, "Print") is None
    err = capsys.readouterr().err
    for text in ("an info", "a warning", "an error", "a question"):
        assert text in err

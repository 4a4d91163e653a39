"""URL rules shared by the renderer and the link popup: safe schemes, href encoding, controls."""

from __future__ import annotations

import re
from collections.abc import Iterator

SAFE_SCHEMES = ("http", "https", "mailto")
#: Characters never shown: C0/C1 controls (tab and line feed aside), DEL, and the bidi
#: embeddings, overrides and isolates that can make text read differently than it is.
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# what an href may hold as is; everything else is percent-encoded (UTF-8), so no quote,
# parenthesis, backslash, space or control can end the attribute or a PDF string
_HREF_KEEP = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&*+,;=]+|%[0-9A-Fa-f]{2}")


def url_scheme(url: str) -> str:
    """The lower-cased scheme of a URL ('' if it has none)."""
    match = re.match(r"\s*([A-Za-z][A-Za-z0-9+.-]*):", url)
    return match.group(1).lower() if match else ""


def is_safe_url(url: str) -> bool:
    """Whether a URL may leave the app: only http, https and mailto."""
    return url_scheme(url) in SAFE_SCHEMES


def safe_href(url: str) -> str:
    """``url`` as written into an href: percent-encoded outside a small safe set.

    ``<https://example.org/x)/S/JavaScript/JS(app.alert(2)>`` becomes
    ``https://example.org/x%29/S/JavaScript/JS%28app.alert%282%29``: nothing in it can
    close a PDF string or an HTML attribute, and Qt's PDF writer gets nothing to inject.
    """
    out: list[str] = []
    at = 0
    for match in _HREF_KEEP.finditer(url):
        out.extend(_percent(url[at:match.start()]))
        out.append(match.group())
        at = match.end()
    out.extend(_percent(url[at:]))
    return "".join(out)


def _percent(text: str) -> Iterator[str]:
    for byte in text.encode("utf-8", errors="surrogatepass"):
        yield f"%{byte:02X}"


def strip_controls(text: str) -> str:
    """``text`` without control and bidi-override characters (see CONTROLS)."""
    return CONTROLS.sub("", text) if CONTROLS.search(text) else text

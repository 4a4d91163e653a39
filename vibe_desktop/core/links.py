"""What a link really is, for the link popup: the true host, warnings, and the URL safe to open."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from vibe_desktop.core.urls import CONTROLS, SAFE_SCHEMES, safe_href, url_scheme

__all__ = ["WARNING_TEXT", "LinkInfo", "describe", "punycode_host"]

#: What each warning code means, in English; the UI translates these texts by code.
WARNING_TEXT: dict[str, str] = {
    "scheme": "Only http, https and mailto links can be opened.",
    "userinfo": "The address begins with “{userinfo}@”, which is not where it leads: the "
                "site is {host}. That part was removed.",
    "idn": "The site's name uses letters outside the Latin alphabet, which can imitate "
           "another name; its real name is {host}.",
    "controls": "The address held invisible control or text-direction characters; they "
                "were removed.",
    "headers": "The mail link also set other parts of the message ({fields}); only the "
               "address is used.",
    "malformed": "The address is malformed and cannot be opened.",
}
_HOST_OK = re.compile(r"[a-z0-9.\-]+|\[[0-9a-f:.]+\]")


@dataclass(frozen=True, slots=True)
class LinkInfo:
    """A link as the popup shows it.

    ``display`` is the address to show (real host, no user-info, no invisible characters);
    ``host`` the site (or mail domain) in ASCII; ``warnings`` codes of WARNING_TEXT with
    their values in ``details``; ``open_url`` what may be handed to the desktop, or None.
    """

    display: str
    host: str
    warnings: tuple[str, ...] = ()
    open_url: str | None = None
    details: tuple[tuple[str, str], ...] = ()

    def messages(self) -> list[str]:
        """The warnings as English sentences (the UI translates WARNING_TEXT itself)."""
        values = dict(self.details)
        return [WARNING_TEXT[code].format(**values) for code in self.warnings]


def punycode_host(host: str) -> str | None:
    """``host`` in ASCII (IDNA, label by label), lower-cased; None if it cannot be."""
    labels = []
    for label in host.rstrip(".").lower().split("."):
        if label.isascii():
            labels.append(label)
            continue
        try:
            labels.append(label.encode("idna").decode("ascii"))
        except UnicodeError:
            try:
                labels.append("xn--" + label.encode("punycode").decode("ascii"))
            except UnicodeError:
                return None
    ascii_host = ".".join(labels)
    return ascii_host if _HOST_OK.fullmatch(ascii_host) else None


def describe(url: str) -> LinkInfo:
    """Everything the popup needs to show ``url`` honestly and open it safely."""
    warnings: list[str] = []
    details: list[tuple[str, str]] = []
    cleaned = CONTROLS.sub("", url).strip()
    cleaned = re.sub(r"[\u200b-\u200f\u2028\u2029\ufeff]", "", cleaned)
    if cleaned != url.strip():
        warnings.append("controls")
    scheme = url_scheme(cleaned)
    if scheme not in SAFE_SCHEMES:
        return LinkInfo(cleaned, "", (*warnings, "scheme"), None, tuple(details))
    if scheme == "mailto":
        return _mailto(cleaned, warnings, details)
    try:
        parts = urlsplit(cleaned)
        port = parts.port
    except ValueError:
        return LinkInfo(cleaned, "", (*warnings, "malformed"), None, tuple(details))
    netloc = parts.netloc
    userinfo = netloc.rpartition("@")[0]
    raw_host = parts.hostname or ""
    host = punycode_host(unquote(raw_host)) if raw_host else None
    if not host:
        return LinkInfo(cleaned, raw_host, (*warnings, "malformed"), None, tuple(details))
    if userinfo:
        warnings.append("userinfo")
        details.append(("userinfo", userinfo))
    if host != raw_host.lower():
        warnings.append("idn")
    details.append(("host", host))
    shown_host = f"[{host.strip('[]')}]" if ":" in host else host
    authority = shown_host + (f":{port}" if port is not None else "")
    rest = cleaned[cleaned.find(netloc) + len(netloc):] if netloc else ""
    display = f"{parts.scheme.lower()}://{authority}{rest}"
    return LinkInfo(display, host, tuple(warnings), safe_href(display), tuple(details))


def _mailto(url: str, warnings: list[str], details: list[tuple[str, str]]) -> LinkInfo:
    body = url.split(":", 1)[1]
    address_part, _, headers = body.partition("?")
    address = unquote(address_part).strip()
    if headers:
        fields = sorted({h.split("=", 1)[0].lower() for h in headers.split("&") if h})
        warnings.append("headers")
        details.append(("fields", ", ".join(fields) or "?"))
    first = address.split(",")[0].strip()
    local, at, domain = first.rpartition("@")
    host = punycode_host(domain) if at and local else None
    if not host or CONTROLS.search(first) or any(c.isspace() for c in first):
        return LinkInfo(first or url, domain, (*warnings, "malformed"), None, tuple(details))
    if host != domain.lower():
        warnings.append("idn")
    details.append(("host", host))
    shown = f"{local}@{host}"
    return LinkInfo(shown, host, tuple(warnings), safe_href(f"mailto:{shown}"), tuple(details))

"""The one inline-markup parser and escaping renderer: report text to HTML or plain text.

Paragraphs in report data use a Markdown subset: ``*em*``, ``**strong**``,
``[text](url)``, ``<url>``, bare ``http(s)://`` URLs, backslash escapes, and footnote
references ``[^N]``. Everything that reaches a Qt widget as rich text is built here, and
every character of data is HTML-escaped on the way out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

ESCAPABLE = set("\\`*_{}[]()#+-.!$<>|\"'~")
SAFE_SCHEMES = ("http", "https", "mailto")
# a bare URL stops before a footnote reference glued to it ("https://x.org/a[^3]")
_BARE_URL = re.compile(r"https?://(?:(?!\[\^\d+\])[^\s<>\"])+", re.IGNORECASE)
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^\s<>]+)>", re.IGNORECASE)
_FNREF = re.compile(r"\[\^(\d+)\]")
_TRAILING = ".,;:!?'\")]’”»"
# characters that may start markup (or close the construct being parsed); runs of any
# other characters are copied in one step instead of one character at a time
_MARKUP_STARTS = "\\[<*hH"
_PLAIN_RUNS: dict[str | None, re.Pattern[str]] = {}


def _plain_run(closer: str | None) -> re.Pattern[str]:
    pattern = _PLAIN_RUNS.get(closer)
    if pattern is None:
        stops = _MARKUP_STARTS + (closer[0] if closer else "")
        pattern = _PLAIN_RUNS[closer] = re.compile(f"[^{re.escape(stops)}]+")
    return pattern


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Emphasis:
    children: tuple[Node, ...]
    strong: bool = False


@dataclass(frozen=True, slots=True)
class Link:
    """A link; ``url`` is None for a dead link in the source (``[text](#)``)."""

    children: tuple[Node, ...]
    url: str | None


@dataclass(frozen=True, slots=True)
class FootnoteRef:
    number: int


Node = Text | Emphasis | Link | FootnoteRef


def url_scheme(url: str) -> str:
    """The lower-cased scheme of a URL ('' if it has none)."""
    match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", url)
    return match.group(1).lower() if match else ""


def is_safe_url(url: str) -> bool:
    """Whether a URL may leave the app: only http, https and mailto."""
    return url_scheme(url) in SAFE_SCHEMES


def parse(text: str) -> tuple[Node, ...]:
    """Parse one paragraph of inline markup into nodes (never raises)."""
    return tuple(_merge(_Parser(text).parse_until(None)))


class _Parser:
    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0

    def parse_until(self, closer: str | None) -> list[Node]:
        out: list[Node] = []
        buf: list[str] = []
        s = self.s
        plain = _plain_run(closer)

        def flush() -> None:
            if buf:
                out.append(Text("".join(buf)))
                buf.clear()

        while self.i < len(s):
            run = plain.match(s, self.i)
            if run:
                buf.append(run.group())
                self.i = run.end()
                continue
            if closer == "*" and s.startswith("**", self.i):
                strong = self._try_emphasis()
                if strong is not None:
                    flush()
                    out.append(strong)
                    continue
            if closer is not None and s.startswith(closer, self.i):
                flush()
                return out
            c = s[self.i]
            if c == "\\" and self.i + 1 < len(s) and s[self.i + 1] in ESCAPABLE:
                buf.append(s[self.i + 1])
                self.i += 2
                continue
            m = _FNREF.match(s, self.i)
            if m:
                flush()
                out.append(FootnoteRef(int(m.group(1))))
                self.i = m.end()
                continue
            if c == "[":
                link = self._try_link()
                if link is not None:
                    flush()
                    out.append(link)
                    continue
            if c == "<":
                m = _AUTOLINK.match(s, self.i)
                if m:
                    flush()
                    out.append(Link((Text(m.group(1)),), m.group(1)))
                    self.i = m.end()
                    continue
            if c in "hH":
                m = _BARE_URL.match(s, self.i)
                if m and (self.i == 0 or not s[self.i - 1].isalnum()):
                    url = m.group(0).rstrip(_TRAILING)
                    flush()
                    out.append(Link((Text(url),), url))
                    self.i += len(url)
                    continue
            if c == "*":
                em = self._try_emphasis()
                if em is not None:
                    flush()
                    out.append(em)
                    continue
            buf.append(c)
            self.i += 1
        if closer is not None:
            raise _Unclosed
        flush()
        return out

    def _try_emphasis(self) -> Emphasis | None:
        s, start = self.s, self.i
        strong = s.startswith("**", start)
        marker = "**" if strong else "*"
        inner_start = start + len(marker)
        if inner_start >= len(s) or s[inner_start].isspace():
            return None
        self.i = inner_start
        try:
            children = self.parse_until(marker)
        except _Unclosed:
            self.i = start
            return None
        if not children:
            self.i = start
            return None
        self.i += len(marker)
        return Emphasis(tuple(_merge(children)), strong)

    def _try_link(self) -> Link | None:
        s, start = self.s, self.i
        depth, j = 0, start
        while j < len(s):
            ch = s[j]
            if ch == "\\":
                j += 2
                continue
            if ch == "[":
                depth += 1
            elif ch == "]":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= len(s) or not s.startswith("(", j + 1):
            return None
        close = s.find(")", j + 2)
        if close < 0:
            return None
        url = s[j + 2 : close].strip()
        if not url or any(ch.isspace() for ch in url):
            return None
        children = _Parser(s[start + 1 : j]).parse_until(None)
        self.i = close + 1
        return Link(tuple(_merge(children)), None if url == "#" else url)


class _Unclosed(Exception):
    pass


def _merge(nodes: Iterable[Node]) -> list[Node]:
    out: list[Node] = []
    for node in nodes:
        if isinstance(node, Text) and out and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].text + node.text)
        else:
            out.append(node)
    return out


# -- output -------------------------------------------------------------------

def escape(text: str) -> str:
    """HTML-escape plain text (quotes included): exactly html.escape(text, quote=True),
    without importing the html package (its entity table) on every start."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def _default_fn_href(number: int) -> str:
    return f"footnote:{number}"


def to_html(
    text: str,
    *,
    footnote_href: Callable[[int], str] = _default_fn_href,
    highlight: Callable[[str], str] | None = None,
) -> str:
    """Render one paragraph's markup as escaped inline HTML.

    Footnote references become superscript links to ``footnote_href(N)``; links keep
    their real URL as href (the UI decides what may open). ``highlight`` may wrap
    already-escaped text runs (used for search hits); it receives escaped HTML.
    """
    return "".join(_node_html(node, footnote_href, highlight) for node in parse(text))


def _node_html(
    node: Node, fn_href: Callable[[int], str], highlight: Callable[[str], str] | None
) -> str:
    if isinstance(node, Text):
        out = escape(node.text)
        return highlight(out) if highlight else out
    if isinstance(node, FootnoteRef):
        href = escape(fn_href(node.number))
        return f'<sup><a href="{href}" title="Footnote {node.number}">{node.number}</a></sup>'
    inner = "".join(_node_html(child, fn_href, highlight) for child in node.children)
    if isinstance(node, Emphasis):
        tag = "b" if node.strong else "i"
        return f"<{tag}>{inner}</{tag}>"
    if node.url is None:
        return inner
    return f'<a href="{escape(node.url)}" title="{escape(node.url)}">{inner}</a>'


def to_plain(text: str, *, footnote_refs: bool = False) -> str:
    """The paragraph as a reader sees it, without markup (footnote numbers optional)."""
    return "".join(_node_plain(node, footnote_refs) for node in parse(text))


def _node_plain(node: Node, footnote_refs: bool) -> str:
    if isinstance(node, Text):
        return node.text
    if isinstance(node, FootnoteRef):
        return f"[{node.number}]" if footnote_refs else ""
    return "".join(_node_plain(child, footnote_refs) for child in node.children)


def footnote_refs(text: str) -> list[int]:
    """The footnote numbers a paragraph refers to, in order."""
    return [node.number for node in _walk(parse(text)) if isinstance(node, FootnoteRef)]


def links(text: str) -> list[str]:
    """The URLs a paragraph links to, in order (dead links left out)."""
    return [n.url for n in _walk(parse(text)) if isinstance(n, Link) and n.url is not None]


def _walk(nodes: Iterable[Node]) -> Iterable[Node]:
    for node in nodes:
        yield node
        if isinstance(node, (Emphasis, Link)):
            yield from _walk(node.children)

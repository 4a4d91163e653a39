"""The one inline-markup parser and escaping renderer: report text to HTML or plain text.

Paragraphs in report data use a Markdown subset: ``*em*``, ``**strong**``,
``[text](url)``, ``<url>``, bare ``http(s)://`` URLs, backslash escapes, and footnote
references ``[^N]``. Everything that reaches a Qt widget as rich text is built here, and
every character of data is HTML-escaped on the way out.

The parser is linear and iterative whatever the input: brackets and parentheses are
matched in one pre-pass, link texts are explicit frames on a list (not recursive calls),
and emphasis is resolved with a delimiter stack (CommonMark's algorithm, with its
"openers bottom" so unmatched runs are never searched twice). Rendering walks the tree
with an explicit stack too, so a thousand nested links cost what a thousand words do.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from vibe_desktop.core.urls import (
    CONTROLS,
    SAFE_SCHEMES,
    is_safe_url,
    safe_href,
    strip_controls,
    url_scheme,
)

__all__ = [
    "CONTROLS", "ESCAPABLE", "SAFE_SCHEMES", "Emphasis", "FootnoteRef", "Link", "Node", "Text",
    "escape", "footnote_refs", "is_safe_url", "links", "parse", "safe_href", "strip_controls",
    "to_html", "to_plain", "url_scheme",
]

ESCAPABLE = set("\\`*_{}[]()#+-.!$<>|\"'~")
# a bare URL stops before a footnote reference glued to it ("https://x.org/a[^3]")
_BARE_URL = re.compile(r"https?://(?:(?!\[\^\d+\])[^\s<>\"])+", re.IGNORECASE)
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^\s<>]+)>", re.IGNORECASE)
_FNREF = re.compile(r"\[\^(\d+)\]")
_TRAILING = ".,;:!?'\")]’”»"
# runs of characters that cannot start markup are copied in one step
_PLAIN = re.compile(r"[^\\\[<*hH]+")



@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Emphasis:
    children: tuple[Node, ...]
    strong: bool = False


@dataclass(frozen=True, slots=True)
class Link:
    """A link; ``url`` is None for a dead link in the source (``[text](#)``).

    The URL is kept as the source wrote it; renderers make only safe ones links.
    """

    children: tuple[Node, ...]
    url: str | None


@dataclass(frozen=True, slots=True)
class FootnoteRef:
    number: int


Node = Text | Emphasis | Link | FootnoteRef


# -- parsing --------------------------------------------------------------------------

def parse(text: str) -> tuple[Node, ...]:
    """Parse one paragraph of inline markup into nodes (never raises; linear time)."""
    return _Parser(text).run()


class _Delim:
    """A run of ``*`` in a frame's output: an emphasis opener (or closer) not yet matched."""

    __slots__ = ("can_close", "can_open", "count", "index", "orig", "seq")

    def __init__(self, count: int, can_open: bool, can_close: bool, seq: int) -> None:
        self.count = self.orig = count
        self.can_open, self.can_close, self.seq = can_open, can_close, seq
        self.index = -1


class _Frame:
    """Text being parsed up to ``end``: the paragraph, or one link's text."""

    __slots__ = ("bottoms", "end", "openers", "out", "resume", "start", "url")

    def __init__(self, start: int, end: int, url: str | None = None, resume: int = 0) -> None:
        self.start, self.end, self.url, self.resume = start, end, url, resume
        self.out: list[Node | _Delim] = []
        self.openers: list[_Delim] = []
        self.bottoms: dict[tuple[int, bool], int] = {}


_PAIRS = re.compile(r"[\\\[\]()\s]")
_BRACKETS = re.compile(r"[\\\[\]]")


def _match_pairs(s: str) -> tuple[dict[int, int], dict[int, int]]:
    """Matching ``[``/``]`` (backslash escapes skipped) and ``(``/``)`` (no whitespace inside)."""
    brackets: dict[int, int] = {}
    parens: dict[int, int] = {}
    open_brackets: list[int] = []
    open_parens: list[int] = []
    escaped = -1  # the position a backslash escapes
    if "[" not in s:
        return brackets, parens
    # parentheses only matter after "](" (a link target); most paragraphs have none
    for match in (_PAIRS if "](" in s else _BRACKETS).finditer(s):
        i = match.start()
        if i == escaped:
            continue
        c = s[i]
        if c == "\\":
            escaped = i + 1
        elif c == "[":
            open_brackets.append(i)
        elif c == "]":
            if open_brackets:
                brackets[open_brackets.pop()] = i
        elif c == "(":
            open_parens.append(i)
        elif c == ")":
            if open_parens:
                parens[open_parens.pop()] = i
        else:
            open_parens.clear()  # whitespace: a link target holds none
    return brackets, parens


class _Parser:
    def __init__(self, text: str) -> None:
        self.s = text
        self.seq = 0

    def run(self) -> tuple[Node, ...]:
        s = self.s
        brackets, parens = _match_pairs(s)
        frames = [_Frame(0, len(s))]
        i = 0
        while True:
            f = frames[-1]
            end = f.end
            if i >= end:
                children = self._finish(f)
                if len(frames) == 1:
                    return tuple(children)
                frames.pop()
                frames[-1].out.append(Link(tuple(children), f.url))
                i = f.resume
                continue
            run = _PLAIN.match(s, i, end)
            if run:
                f.out.append(Text(run.group()))
                i = run.end()
                continue
            c = s[i]
            if c == "\\":
                if i + 1 < end and s[i + 1] in ESCAPABLE:
                    f.out.append(Text(s[i + 1]))
                    i += 2
                else:
                    f.out.append(Text(c))
                    i += 1
                continue
            if c == "[":
                m = _FNREF.match(s, i, end)
                if m:
                    f.out.append(FootnoteRef(int(m.group(1))))
                    i = m.end()
                    continue
                close = brackets.get(i)
                target = parens.get(close + 1) if close is not None else None
                if close is not None and target is not None and target < end \
                        and target > close + 2:
                    url = s[close + 2:target]
                    frames.append(_Frame(i + 1, close, None if url == "#" else url, target + 1))
                    i += 1
                    continue
            elif c == "<":
                m = _AUTOLINK.match(s, i, end)
                if m:
                    f.out.append(Link((Text(m.group(1)),), m.group(1)))
                    i = m.end()
                    continue
            elif c in "hH":
                m = _BARE_URL.match(s, i, end)
                if m and (i == f.start or not s[i - 1].isalnum()):
                    url = _trim_url(m.group(0))
                    f.out.append(Link((Text(url),), url))
                    i += len(url)
                    continue
            elif c == "*":
                j = i
                while j < end and s[j] == "*":
                    j += 1
                before = s[i - 1] if i > f.start else " "  # the edges count as spaces
                after = s[j] if j < end else " "
                self._delimiter(f, _Delim(j - i, _flanks(after, before), _flanks(before, after),
                                          self._next()))
                i = j
                continue
            f.out.append(Text(c))
            i += 1

    def _next(self) -> int:
        self.seq += 1
        return self.seq

    @staticmethod
    def _delimiter(f: _Frame, closer: _Delim) -> None:
        """Match a run of ``*`` with the openers before it, then keep what is left."""
        key = (closer.orig % 3, closer.can_open)
        while closer.can_close and closer.count:
            bottom = f.bottoms.get(key, 0)
            k = len(f.openers) - 1
            while k >= 0 and f.openers[k].seq > bottom:
                o = f.openers[k]
                both = o.can_close or closer.can_open
                if not (both and (o.orig + closer.orig) % 3 == 0
                        and not (o.orig % 3 == 0 and closer.orig % 3 == 0)):
                    break
                k -= 1
            if k < 0 or f.openers[k].seq <= bottom:
                if f.openers:
                    f.bottoms[key] = f.openers[-1].seq  # none of these can close this kind
                break
            opener = f.openers[k]
            use = 2 if opener.count >= 2 and closer.count >= 2 else 1
            inner = f.out[opener.index + 1:]
            del f.out[opener.index + 1:]
            del f.openers[k + 1:]  # openers inside are plain text now
            f.out.append(Emphasis(tuple(_merge(inner)), use == 2))
            opener.count -= use
            closer.count -= use
            if not opener.count:
                del f.out[opener.index]
                f.openers.pop()
        if not closer.count:
            return
        if closer.can_open:
            closer.index = len(f.out)
            f.out.append(closer)
            f.openers.append(closer)
        else:
            f.out.append(Text("*" * closer.count))

    @staticmethod
    def _finish(f: _Frame) -> list[Node]:
        return _merge(f.out)


def _flanks(inner: str, outer: str) -> bool:
    """Whether a ``*`` run with ``inner`` on the emphasised side and ``outer`` on the other
    may open (or, mirrored, close) emphasis: CommonMark's left/right-flanking rule."""
    if inner.isspace():
        return False
    return not _punct(inner) or outer.isspace() or _punct(outer)


def _punct(c: str) -> bool:
    return unicodedata.category(c)[0] in "PS"


def _trim_url(url: str) -> str:
    """A bare URL without the punctuation after it; a ``)`` stays if it closes a ``(``."""
    opened = url.count("(") - url.count(")")
    end = len(url)
    while end and url[end - 1] in _TRAILING:
        if url[end - 1] == ")":
            if opened >= 0:
                break
            opened += 1
        end -= 1
    return url[:end]


def _merge(nodes: Iterable[Node | _Delim]) -> list[Node]:
    """Adjacent text joined in one step (left-over ``*`` runs are text)."""
    out: list[Node] = []
    run: list[str] = []
    for node in nodes:
        if isinstance(node, _Delim):
            run.append("*" * node.count)
        elif isinstance(node, Text):
            run.append(node.text)
        else:
            if run:
                out.append(Text("".join(run)))
                run = []
            out.append(node)
    if run:
        out.append(Text("".join(run)))
    return out


# -- output -----------------------------------------------------------------------------

def escape(text: str) -> str:
    """HTML-escape plain text (quotes included): exactly html.escape(text, quote=True),
    without importing the html package (its entity table) on every start."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def _default_fn_href(number: int) -> str:
    return f"footnote:{number}"


def _events(nodes: Iterable[Node]) -> Iterator[tuple[Node, bool]]:
    """(node, True) on entering each node, (node, False) on leaving an Emphasis or Link."""
    stack: list[tuple[Iterator[Node], Node | None]] = [(iter(nodes), None)]
    while stack:
        it, owner = stack[-1]
        node = next(it, None)
        if node is None:
            stack.pop()
            if owner is not None:
                yield owner, False
            continue
        yield node, True
        if isinstance(node, (Emphasis, Link)):
            stack.append((iter(node.children), node))


def to_html(
    text: str,
    *,
    footnote_href: Callable[[int], str] = _default_fn_href,
    highlight: Callable[[str], str] | None = None,
) -> str:
    """Render one paragraph's markup as escaped inline HTML.

    Footnote references become superscript links to ``footnote_href(N)``. Only http,
    https and mailto links become ``<a>`` (their href percent-encoded by ``safe_href``);
    any other link, and a link inside a link, is its text alone. Emphasis inside the
    same emphasis adds no tag, so the HTML is never more than a few tags deep.
    ``highlight`` may wrap already-escaped text runs (used for search hits).
    """
    parts: list[str] = []
    closing: list[tuple[str, str]] = []  # (counter to lower, closing tag) per open element
    depth = {"i": 0, "b": 0, "a": 0, "": 0}
    for node, entering in _events(parse(text)):
        if isinstance(node, Text):
            out = escape(strip_controls(node.text))
            parts.append(highlight(out) if highlight else out)
        elif isinstance(node, FootnoteRef):
            if depth["a"]:
                parts.append(f"<sup>{node.number}</sup>")
            else:
                href = escape(footnote_href(node.number))
                parts.append(f'<sup><a href="{href}" title="Footnote {node.number}">'
                             f"{node.number}</a></sup>")
        elif not entering:
            tag, closed = closing.pop()
            depth[tag] -= 1
            parts.append(closed)
        else:
            if isinstance(node, Emphasis):
                tag = "b" if node.strong else "i"
                opened = f"<{tag}>" if not depth[tag] else ""
            else:
                tag = "a"
                target: str | None = node.url
                if target is not None and not is_safe_url(target):
                    target = None
                opened = ""
                if target is not None and not depth["a"]:
                    shown = escape(strip_controls(node.url or ""))
                    opened = f'<a href="{escape(safe_href(target.strip()))}" title="{shown}">'
                if target is None:
                    tag = ""  # not a link: its text alone, and no nesting counted
            depth[tag] += 1
            parts.append(opened)
            closing.append((tag, f"</{tag}>" if opened else ""))
    return "".join(parts)


def to_plain(text: str, *, footnote_refs: bool = False) -> str:
    """The paragraph as a reader sees it: no markup, no control or bidi-override characters
    (so it is safe for tooltips, status lines and terminals); footnote numbers optional."""
    parts: list[str] = []
    for node, entering in _events(parse(text)):
        if isinstance(node, Text):
            parts.append(node.text)
        elif isinstance(node, FootnoteRef) and footnote_refs and entering:
            parts.append(f"[{node.number}]")
    return strip_controls("".join(parts))


def footnote_refs(text: str) -> list[int]:
    """The footnote numbers a paragraph refers to, in order."""
    return [node.number for node, entering in _events(parse(text))
            if entering and isinstance(node, FootnoteRef)]


def links(text: str) -> list[str]:
    """The URLs a paragraph links to that may be opened (http, https, mailto), in order,
    as written; dead links and other schemes are left out (they are shown as text)."""
    return [n.url for n, entering in _events(parse(text))
            if entering and isinstance(n, Link) and n.url is not None and is_safe_url(n.url)]

"""What a screen reader gets from a page: its speakable text, offset maps and structure."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from vibe_desktop.i18n import translate
from vibe_desktop.render.pages import FOOTNOTE_SCHEME, INTERNAL_SCHEME

# Qt's internal characters (frame start/end, paragraph and line separators, an embedded
# object) become what a reader expects: a line break or a space, one for one.
_MARKERS = {0xFDD0: "\n", 0xFDD1: "\n", 0x2029: "\n", 0x2028: "\n", 0xFFFC: " "}
SHORT_URL = 40  # characters of an address spoken in a link's name


@dataclass(frozen=True, slots=True)
class Element:
    """A piece of the page's structure: a link, a heading or a pull quote (document positions)."""

    role: str  # "link" | "heading" | "quote"
    start: int
    end: int
    name: str
    description: str = ""
    href: str = ""
    level: int = 0


def short_url(url: str) -> str:
    """An address as spoken: no scheme, no "www.", cut after ``SHORT_URL`` characters."""
    text = url.split("://", 1)[-1] if "://" in url else url.removeprefix("mailto:")
    text = text.removeprefix("www.").rstrip("/")
    return text if len(text) <= SHORT_URL else text[:SHORT_URL].rstrip("/.") + "…"


def link_name(href: str, text: str) -> tuple[str, str]:
    """A link's accessible name and description: "footnote 9", "link: orda.kz/…"."""
    if href.startswith(f"{FOOTNOTE_SCHEME}:"):
        number = href[len(FOOTNOTE_SCHEME) + 1:]
        return translate("Reading", "footnote %1").replace("%1", number), ""
    if href.startswith(f"{INTERNAL_SCHEME}:"):
        return text.strip(), ""
    return translate("Reading", "link: %1").replace("%1", short_url(href)), href


def _links(block: QTextBlock) -> list[tuple[int, int, str, str]]:
    """The block's links as (start, end, href, text), adjacent fragments of one link joined."""
    out: list[tuple[int, int, str, str]] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        fmt = fragment.charFormat()
        href = fmt.anchorHref() if fmt.isAnchor() else ""
        if href:
            start, end = fragment.position(), fragment.position() + fragment.length()
            if out and out[-1][2] == href and out[-1][1] == start:
                s, _e, h, t = out[-1]
                out[-1] = (s, end, h, t + fragment.text())
            else:
                out.append((start, end, href, fragment.text()))
        it += 1
    return out


def _quote_cell(block: QTextBlock) -> tuple[int, int] | None:
    """(table, row) of the pull-quote table cell holding ``block`` (the text is column 1)."""
    table = QTextCursor(block).currentTable()
    if table is None:
        return None
    cell = table.cellAt(block.position())
    if not cell.isValid() or cell.column() != 1:
        return None
    return table.firstPosition(), cell.row()


def _is_quote_bar(block: QTextBlock) -> bool:
    """The coloured bar beside a pull quote: a table cell holding only a no-break space."""
    table = QTextCursor(block).currentTable()
    return table is not None and table.cellAt(block.position()).column() == 0 \
        and bool(block.text()) and not block.text().strip()


class SpokenText:
    """A document's speakable text with maps between document positions and spoken offsets.

    Footnote references are spoken "(footnote 9)" rather than glued to the word before;
    Qt's frame markers become line breaks. Everything else is the document, char for char.
    """

    def __init__(self, document: QTextDocument) -> None:
        raw = document.toRawText().translate(_MARKERS)
        self.elements: list[Element] = []
        replaced: list[tuple[int, int, str]] = []
        quote: list[QTextBlock] = []
        quote_key: tuple[int, int] | None = None
        block = document.begin()
        while block.isValid():
            key = _quote_cell(block)
            if key != quote_key and quote:
                self._add_quote(quote)
                quote = []
            quote_key = key
            if key is not None and block.text().strip():
                quote.append(block)
            if _is_quote_bar(block):  # nothing to read
                replaced.append((block.position(), block.position() + len(block.text()), ""))
            level = block.blockFormat().headingLevel()
            if level and block.text().strip():
                start = block.position()
                self.elements.append(Element("heading", start, start + len(block.text()),
                                             block.text().strip(), level=level))
            for start, end, href, text in _links(block):
                name, description = link_name(href, text)
                self.elements.append(Element("link", start, end, name, description, href))
                if href.startswith(f"{FOOTNOTE_SCHEME}:"):
                    replaced.append((start, end, f" ({name})"))
            block = block.next()
        if quote:
            self._add_quote(quote)
        replaced.sort()
        self.elements.sort(key=lambda e: (e.start, e.role != "quote"))
        parts: list[str] = []
        self._doc: list[int] = []
        self._spoken: list[int] = []
        self._same: list[bool] = []
        doc = spoken = 0
        for start, end, text in replaced:
            self._piece(doc, spoken, True)
            parts.append(raw[doc:start])
            spoken += start - doc
            self._piece(start, spoken, False)
            parts.append(text)
            spoken += len(text)
            doc = end
        self._piece(doc, spoken, True)
        parts.append(raw[doc:])
        self.text = "".join(parts)
        self.document_length = len(raw)

    def _piece(self, doc: int, spoken: int, same: bool) -> None:
        self._doc.append(doc)
        self._spoken.append(spoken)
        self._same.append(same)

    def _add_quote(self, blocks: list[QTextBlock]) -> None:
        texts = [b.text().strip() for b in blocks]
        speaker = ""
        if len(texts) > 1 and texts[-1].startswith("—"):
            speaker = texts.pop().lstrip("— ").strip()
        description = (translate("Reading", "said by %1").replace("%1", speaker)
                       if speaker else "")
        last = blocks[-1]
        self.elements.append(Element("quote", blocks[0].position(),
                                     last.position() + len(last.text()),
                                     " ".join(texts), description))

    def to_spoken(self, position: int) -> int:
        """The spoken offset of a document position (a footnote reference maps to its start)."""
        position = max(0, min(position, self.document_length))
        i = bisect.bisect_right(self._doc, position) - 1
        if self._same[i]:
            return self._spoken[i] + position - self._doc[i]
        return self._spoken[i]

    def to_document(self, offset: int) -> int:
        """The document position of a spoken offset."""
        offset = max(0, min(offset, len(self.text)))
        i = bisect.bisect_right(self._spoken, offset) - 1
        if self._same[i]:
            return self._doc[i] + offset - self._spoken[i]
        return self._doc[i]

    def links(self) -> list[Element]:
        return [e for e in self.elements if e.role == "link"]

"""Reading a text export: UTF-8 check, normalisation, and blocks with source line numbers."""

from __future__ import annotations

from dataclasses import dataclass

from vibe_desktop.importer.errors import ImportFailureError

#: Characters that make a line count as blank when it holds nothing else.
BLANK_CHARS = " \t\u00a0\u2007\u202f\ufeff"


@dataclass(frozen=True, slots=True)
class Block:
    """A run of non-blank lines: its text (lines joined by a space), first line, and how
    many blank lines stood before it."""

    line: int
    text: str
    blank_before: int
    end_line: int = 0


def decode(data: bytes) -> str:
    """UTF-8 bytes to text; anything else is an ImportFailureError naming the line and byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        bad = data[exc.start : exc.start + 1].hex()
        raise ImportFailureError(
            [(line, f"not UTF-8 text: byte 0x{bad} at column {column} (save the export as UTF-8)")]
        ) from None


def normalise(text: str) -> list[str]:
    """The source's lines: byte-order mark dropped, CRLF/CR as LF, blank-looking lines empty,
    trailing whitespace removed."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.rstrip(BLANK_CHARS) for line in lines]


def blocks(lines: list[str]) -> list[Block]:
    """Group lines into blocks separated by blank lines, keeping 1-based line numbers."""
    out: list[Block] = []
    current: list[str] = []
    start = 0
    blank = 0
    for number, line in enumerate(lines, 1):
        if line.strip(BLANK_CHARS):
            if not current:
                start = number
            current.append(line.strip(BLANK_CHARS))
            continue
        if current:
            out.append(Block(start, " ".join(current), blank, number - 1))
            current = []
            blank = 0
        blank += 1
    if current:
        out.append(Block(start, " ".join(current), blank, len(lines)))
    return out

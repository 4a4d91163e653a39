"""Back matter: panel participants, moderator and author, copyright, notice, funding."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vibe_desktop.core.model import Person, Rights
from vibe_desktop.importer.errors import ImportFailureError
from vibe_desktop.importer.source import Block

MODERATOR_HEADING = re.compile(r"^MODERATORS?(?:\s+AND\s+AUTHORS?)?$|^AUTHORS?$")
_COPYRIGHT = re.compile(r"^Copyright\s*(?:©|\(c\))\s*(\d{4})\s+by\s+(\S.*?)\.?$", re.IGNORECASE)
_NOTICE = re.compile(r"^Notice of Rights\s*:", re.IGNORECASE)
_PARTICLES = {"al", "bin", "da", "de", "del", "der", "di", "du", "el", "la", "le", "van", "von"}
_PERSON = re.compile(r"^([^\W\d_][^,]{1,60}?)(?:,\s*(\S.*))?$")


@dataclass(frozen=True, slots=True)
class BackMatter:
    panel: tuple[Person, ...]
    moderator: Person
    rights: Rights
    publisher: str


def person(block: Block) -> Person:
    """'Name, details' -> Person; anything longer than a name line is an ImportFailureError."""
    m = _PERSON.match(block.text)
    name_words = m.group(1).split() if m else []
    if not m or len(name_words) > 5 or not all(
        w[:1].isupper() or w in _PARTICLES for w in name_words
    ):
        raise ImportFailureError([(block.line, (f"expected a participant as 'Name, details', found "
                              f"{block.text[:60]!r}"))])
    return Person(m.group(1).strip(), (m.group(2) or "").strip())


def parse_back_matter(blocks: list[Block], heading_line: int) -> BackMatter:
    """Read everything after the panel heading, in the order the export gives it."""
    index = 0
    panel: list[Person] = []
    while index < len(blocks) and not MODERATOR_HEADING.match(blocks[index].text):
        if _COPYRIGHT.match(blocks[index].text):
            break
        panel.append(person(blocks[index]))
        index += 1
    if not panel:
        raise ImportFailureError([(heading_line, "the panel participant list is empty")])
    last = blocks[-1].line if blocks else heading_line

    def expect(what: str) -> Block:
        if index >= len(blocks):
            raise ImportFailureError([(last, f"the source ends before the {what}")])
        return blocks[index]

    block = expect("'MODERATOR AND AUTHOR' heading")
    if not MODERATOR_HEADING.match(block.text):
        raise ImportFailureError([(block.line,
                                   "expected 'MODERATOR AND AUTHOR' after the panel list")])
    index += 1
    moderator = person(expect("moderator's name"))
    index += 1
    block = expect("copyright line")
    copyright_match = _COPYRIGHT.match(block.text)
    if not copyright_match:
        raise ImportFailureError([(block.line, (f"expected 'Copyright © YEAR by PUBLISHER', found "
                              f"{block.text[:60]!r}"))])
    copyright_text = block.text
    index += 1
    block = expect("notice of rights")
    if not _NOTICE.match(block.text):
        raise ImportFailureError([(block.line, "expected the 'Notice of Rights:' paragraph")])
    notice = block.text
    index += 1
    funding = expect("funding statement").text
    index += 1
    if index < len(blocks):
        raise ImportFailureError([(blocks[index].line,
                                   ("unexpected text after the funding statement: "
                                    f"{blocks[index].text[:60]!r}"))])
    return BackMatter(tuple(panel), moderator, Rights(copyright_text, notice, funding),
                      copyright_match.group(2).strip())

"""Back matter: panel list, moderator and author, copyright, notice of rights, funding."""

from __future__ import annotations

import pytest

from tests.importer.synth import BACK
from vibe_desktop.core.model import Person
from vibe_desktop.importer import ImportFailureError
from vibe_desktop.importer.backmatter import parse_back_matter
from vibe_desktop.importer.source import Block


def as_blocks(texts: list[str]) -> list[Block]:
    return [Block(10 + 2 * n, text, 1, 10 + 2 * n) for n, text in enumerate(texts)]


def failure(texts: list[str]) -> list[tuple[int, str]]:
    with pytest.raises(ImportFailureError) as caught:
        parse_back_matter(as_blocks(texts), 8)
    return caught.value.problems


def test_back_matter() -> None:
    back = parse_back_matter(as_blocks(BACK[1:]), 8)
    assert back.panel == (Person("Ana Panelist", "editor, Testland Daily, Capital"),
                          Person("Bo Expert", "media lawyer"))
    assert back.moderator == Person("Cy Moderator", "director, Test Centre, Capital")
    assert back.rights.copyright == "Copyright © 2030 by IREX"
    assert back.rights.notice.startswith("Notice of Rights: Permission")
    assert back.rights.funding == BACK[-1]
    assert back.publisher == "IREX"


def test_name_without_details() -> None:
    back = parse_back_matter(as_blocks(["Ana Panelist", *BACK[2:]]), 8)
    assert back.panel[0] == Person("Ana Panelist", "")


def test_empty_panel() -> None:
    assert failure(BACK[3:]) == [(8, "the panel participant list is empty")]


def test_missing_moderator_heading() -> None:
    texts = [b for b in BACK[1:] if b != "MODERATOR AND AUTHOR"]
    # the moderator's line reads as one more panelist; the copyright line stops the list
    assert failure(texts) == [(16, "expected 'MODERATOR AND AUTHOR' after the panel list")]


def test_missing_notice_and_funding() -> None:
    assert failure(BACK[1:6]) == [(18, "the source ends before the notice of rights")]
    assert failure(BACK[1:7]) == [(20, "the source ends before the funding statement")]


def test_wrong_copyright_line() -> None:
    texts = [*BACK[1:5], "All rights reserved.", *BACK[6:]]
    assert failure(texts) == [(18, ("expected 'Copyright © YEAR by PUBLISHER', found "
                                   "'All rights reserved.'"))]


def test_text_after_funding() -> None:
    assert failure([*BACK[1:], "Stray words."]) == [
        (24, "unexpected text after the funding statement: 'Stray words.'")]


def test_a_paragraph_is_not_a_panelist() -> None:
    texts = ["Some long running text, which is not a name at all, ended up here.", *BACK[1:]]
    assert failure(texts) == [(10, ("expected a participant as 'Name, details', found "
                                   "'Some long running text, which is not a name at all, "
                                   "ended up'"))]

"""Tooltips show report text literally: no markup, no control characters, lines kept."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from vibe_desktop.ui.tips import plain_tip


def _shown(tip: str) -> str:
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


def test_markup_in_a_title_is_shown_as_text(qapp) -> None:  # type: ignore[no-untyped-def]
    title = "<b>bold</b> & <a href='javascript:alert(1)'>x</a>\u202eevil"
    tip = plain_tip(title)
    assert "<b>" not in tip and "&lt;b&gt;" in tip and "\u202e" not in tip
    assert _shown(tip) == "<b>bold</b> & <a href='javascript:alert(1)'>x</a>evil"


def test_lines_are_kept_and_empty_stays_empty(qapp) -> None:  # type: ignore[no-untyped-def]
    assert _shown(plain_tip("id\n/path/report.yaml")) == "id\n/path/report.yaml"
    assert plain_tip("") == ""


def test_twenty_nested_tables_are_laid_out_as_text(qapp) -> None:  # type: ignore[no-untyped-def]
    nested = "<table><tr><td>" * 20 + "title" + "</td></tr></table>" * 20
    doc = QTextDocument()
    doc.setHtml(plain_tip(nested))
    assert doc.rootFrame().childFrames() == []  # no table at all, however deep the markup
    assert doc.toPlainText() == nested

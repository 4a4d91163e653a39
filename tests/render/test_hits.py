"""Search hits drawn as rich text: matches readable in plain and selected rows."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from vibe_desktop.render.hits import hit_document, snippet_html
from vibe_desktop.ui.shell.themes import _COLOURS, contrast, palette_for


@pytest.mark.parametrize("theme", list(_COLOURS))
def test_matches_in_a_selected_row_keep_4_5_to_1(qapp, theme: str) -> None:  # type: ignore[no-untyped-def]
    palette = palette_for(theme)
    html = snippet_html("free speech matters", ((5, 11),))
    doc = hit_document("Place", html, palette, 300, selected=True)
    found = doc.find("speech")
    fmt = found.charFormat()
    back, fore = fmt.background().color(), fmt.foreground().color()
    assert contrast(back, fore) >= 4.5
    row = palette.color(QPalette.ColorRole.Highlight)
    assert contrast(QColor(back), row) >= 3.0  # the match stands out from the row


def test_unselected_match_is_black_on_the_marker(qapp) -> None:  # type: ignore[no-untyped-def]
    html = snippet_html("free speech", ((0, 4),))
    assert "background-color:#ffe082; color:#000000;" in html
    assert contrast(QColor("#ffe082"), QColor("#000000")) >= 4.5

"""Theme palettes and the page colours derived from them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from tests.ui.reader_helpers import make_window
from vibe_desktop.ui.shell.themes import page_colors, palette_for


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_text_contrasts_with_its_background(qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    palette = palette_for(name)
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    assert abs(text.lightnessF() - base.lightnessF()) > 0.7
    colours = page_colors(palette)
    assert QColor(colours["text"]) == text
    assert colours["quote_bg"] != base.name()  # pull quotes stand out from the page


def test_dark_theme_reaches_the_page_style(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path)
    try:
        window.set_theme("dark")
        css = window.detail.document().defaultStyleSheet()
        assert palette_for("dark").color(QPalette.ColorRole.Text).name() in css
        assert palette_for("dark").color(QPalette.ColorRole.Link).name() in css
    finally:
        window.set_theme("system")

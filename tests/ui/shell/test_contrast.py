"""Every theme's text contrast, computed from the palettes (WCAG ratios)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from vibe_desktop.ui.shell.themes import _COLOURS, contrast, page_colors, palette_for

R = QPalette.ColorRole
G = QPalette.ColorGroup
PAIRS = [(R.Text, R.Base), (R.WindowText, R.Window), (R.ButtonText, R.Button),
         (R.HighlightedText, R.Highlight), (R.Link, R.Base), (R.LinkVisited, R.Base),
         (R.PlaceholderText, R.Base), (R.PlaceholderText, R.Window), (R.Text, R.AlternateBase),
         (R.ToolTipText, R.ToolTipBase)]


@pytest.mark.parametrize("theme", list(_COLOURS))
def test_every_text_meets_its_contrast(qapp, theme: str) -> None:  # type: ignore[no-untyped-def]
    palette = palette_for(theme)
    least = 7.0 if theme == "high-contrast" else 4.5
    for fore, back in PAIRS:
        ratio = contrast(palette.color(fore), palette.color(back))
        assert ratio >= least, (theme, fore.name, back.name, round(ratio, 2))
    page = page_colors(palette)
    for fore, back in (("text", "quote_bg"), ("muted", "quote_bg"), ("link", "quote_bg")):
        assert contrast(QColor(page[fore]), QColor(page[back])) >= least, (theme, fore)


@pytest.mark.parametrize("theme", list(_COLOURS))
def test_disabled_text_is_dimmer_than_enabled(qapp, theme: str) -> None:  # type: ignore[no-untyped-def]
    palette = palette_for(theme)
    for fore, back in ((R.ButtonText, R.Button), (R.WindowText, R.Window), (R.Text, R.Base)):
        enabled = contrast(palette.color(G.Active, fore), palette.color(G.Active, back))
        disabled = contrast(palette.color(G.Disabled, fore), palette.color(G.Disabled, back))
        assert disabled < enabled * 0.75, (theme, fore.name)
        assert disabled >= (7.0 if theme == "high-contrast" else 3.0)
        colour = palette.color(G.Disabled, fore)
        assert colour.saturation() < 30  # grey, never a bright colour


def test_light_links_are_aaa(qapp) -> None:  # type: ignore[no-untyped-def]
    palette = palette_for("light")
    assert contrast(palette.color(R.Link), palette.color(R.Base)) >= 7.0

"""Light, dark and high-contrast palettes; "system" follows the platform's colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_ROLE = QPalette.ColorRole
_GROUP = QPalette.ColorGroup

_COLOURS: dict[str, dict[QPalette.ColorRole, str]] = {
    "light": {
        _ROLE.Window: "#f3f3f3", _ROLE.WindowText: "#1b1b1b", _ROLE.Base: "#ffffff",
        _ROLE.AlternateBase: "#f1f4f8", _ROLE.Text: "#1b1b1b", _ROLE.Button: "#ececec",
        _ROLE.ButtonText: "#1b1b1b", _ROLE.Highlight: "#2a6fb0", _ROLE.HighlightedText: "#ffffff",
        _ROLE.Link: "#124f8f", _ROLE.LinkVisited: "#5e3591", _ROLE.ToolTipBase: "#ffffdc",
        _ROLE.ToolTipText: "#000000", _ROLE.PlaceholderText: "#5f5f5f", _ROLE.BrightText: "#ffffff",
        _ROLE.Light: "#ffffff", _ROLE.Midlight: "#e3e3e3", _ROLE.Mid: "#b8b8b8",
        _ROLE.Dark: "#8a8a8a", _ROLE.Shadow: "#505050",
    },
    "dark": {
        _ROLE.Window: "#202124", _ROLE.WindowText: "#e8e8e8", _ROLE.Base: "#17181a",
        _ROLE.AlternateBase: "#26282c", _ROLE.Text: "#e6e6e6", _ROLE.Button: "#2c2d31",
        _ROLE.ButtonText: "#e8e8e8", _ROLE.Highlight: "#4d8fd6", _ROLE.HighlightedText: "#000000",
        _ROLE.Link: "#8cc4ff", _ROLE.LinkVisited: "#c9a7ff", _ROLE.ToolTipBase: "#2c2d31",
        _ROLE.ToolTipText: "#e8e8e8", _ROLE.PlaceholderText: "#a6a6a6", _ROLE.BrightText: "#ffffff",
        _ROLE.Light: "#3a3b40", _ROLE.Midlight: "#303136", _ROLE.Mid: "#4a4b50",
        _ROLE.Dark: "#111214", _ROLE.Shadow: "#000000",
    },
    "high-contrast": {
        _ROLE.Window: "#000000", _ROLE.WindowText: "#ffffff", _ROLE.Base: "#000000",
        _ROLE.AlternateBase: "#1a1a1a", _ROLE.Text: "#ffffff", _ROLE.Button: "#000000",
        _ROLE.ButtonText: "#ffffff", _ROLE.Highlight: "#ffff00", _ROLE.HighlightedText: "#000000",
        _ROLE.Link: "#00ffff", _ROLE.LinkVisited: "#ff80ff", _ROLE.ToolTipBase: "#000000",
        _ROLE.ToolTipText: "#ffffff", _ROLE.PlaceholderText: "#ffffff", _ROLE.BrightText: "#ffffff",
        _ROLE.Light: "#ffffff", _ROLE.Midlight: "#ffffff", _ROLE.Mid: "#ffffff",
        _ROLE.Dark: "#ffffff", _ROLE.Shadow: "#ffffff",
    },
}
# Disabled text is dimmer than enabled text in every theme (never brighter, never coloured):
# in high contrast still 7:1 against black, elsewhere about 3:1 (disabled text is exempt
# from WCAG's 4.5:1 but must stay legible).
_DISABLED_TEXT = {"light": "#7a7a7a", "dark": "#7d7d7d", "high-contrast": "#a6a6a6"}
_default_palette: QPalette | None = None
_default_style: str | None = None


def palette_for(name: str) -> QPalette:
    """The palette of a named theme ("light", "dark" or "high-contrast")."""
    palette = QPalette()
    for role, colour in _COLOURS[name].items():
        palette.setColor(role, QColor(colour))
    for role in (_ROLE.WindowText, _ROLE.Text, _ROLE.ButtonText, _ROLE.PlaceholderText):
        palette.setColor(_GROUP.Disabled, role, QColor(_DISABLED_TEXT[name]))
    return palette


def effective_theme(app: QApplication, name: str) -> str:
    """What "system" means right now: dark if the platform says so, else the platform's light."""
    if name != "system":
        return name
    return "dark" if app.styleHints().colorScheme() == Qt.ColorScheme.Dark else "system"


def apply_theme(app: QApplication, name: str) -> str:
    """Apply a theme to the whole application; returns the theme actually used."""
    global _default_palette, _default_style
    if _default_palette is None:
        _default_palette = QPalette(app.palette())
        _default_style = app.style().name()
    used = effective_theme(app, name)
    if used == "system":
        if _default_style and app.style().name() != _default_style:
            app.setStyle(QStyleFactory.create(_default_style))
        app.setPalette(_default_palette)
        return used
    if app.style().name().lower() != "fusion":
        app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(palette_for(used))
    return used


def page_colors(palette: QPalette) -> dict[str, str]:
    """The colours the page style sheet (pages.page_css) needs, from a palette."""
    base = palette.color(_ROLE.Base)
    quote_bg = QColor(palette.color(_ROLE.AlternateBase))
    if quote_bg == base:
        quote_bg = base.darker(106) if base.lightness() > 128 else base.lighter(140)
    return {
        "text": palette.color(_ROLE.Text).name(),
        "muted": palette.color(_ROLE.PlaceholderText).name(),
        "accent": palette.color(_ROLE.Highlight).name(),
        "quote_bg": quote_bg.name(),
        "link": palette.color(_ROLE.Link).name(),
    }


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)

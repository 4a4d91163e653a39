"""Slide themes: the high-contrast projector theme and a paper theme for printing."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette

LIGATURE_FEATURES = ("liga", "clig", "dlig", "hlig")


def without_ligatures(font: QFont) -> QFont:
    """``font`` drawing "fi", "fl", "ffi" as separate letters, so the text of a PDF made with
    it extracts and searches as plain letters ("sufficiently", "flow")."""
    for tag in LIGATURE_FEATURES:
        found = QFont.Tag.fromString(tag)
        if found is not None:
            font.setFeature(found, 0)
    return font


@dataclass(frozen=True, slots=True)
class SlideTheme:
    """Colours and type family of a slide; sizes come from the slide's height."""

    name: str
    background: str
    foreground: str
    accent: str
    muted: str
    family: str = "DejaVu Sans"

    def color(self, role: str) -> QColor:
        return QColor(getattr(self, role))

    def font(self, pixels: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.family)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPixelSize(max(1, round(pixels)))
        font.setBold(bold)
        font.setItalic(italic)
        return without_ligatures(font)

    def palette(self) -> QPalette:
        """A palette for paint functions shared with the reader (the score chart)."""
        pal = QPalette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, QPalette.ColorRole.Window, self.color("background"))
            pal.setColor(group, QPalette.ColorRole.Base, self.color("background"))
            pal.setColor(group, QPalette.ColorRole.WindowText, self.color("foreground"))
            pal.setColor(group, QPalette.ColorRole.Text, self.color("foreground"))
            pal.setColor(group, QPalette.ColorRole.PlaceholderText, self.color("muted"))
            pal.setColor(group, QPalette.ColorRole.Highlight, self.color("accent"))
            pal.setColor(group, QPalette.ColorRole.HighlightedText, self.color("background"))
        return pal


#: White on black with a yellow accent: the highest contrast a projector can show, and a
#: dark room stays dark. Contrast ratios: text 21:1, accent 15:1, muted 13:1.
PROJECTOR = SlideTheme("projector", "#000000", "#ffffff", "#ffd21f", "#d9d9d9")
#: Black on white for paper and bright rooms: text 21:1, accent 12:1, muted 12.6:1.
PAPER = SlideTheme("paper", "#ffffff", "#000000", "#0b3a6e", "#333333")

THEMES = {theme.name: theme for theme in (PROJECTOR, PAPER)}


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours."""

    def lum(color: str) -> float:
        c = QColor(color)
        out = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            out.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * out[0] + 0.7152 * out[1] + 0.0722 * out[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)

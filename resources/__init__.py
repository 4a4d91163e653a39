"""Bundled icons, styles, translations and desktop-integration files."""

"""Tooltips that show report text as text: escaped, control characters removed, never markup.

Qt renders a tooltip as rich text when it looks like HTML, so a title holding ``<table>``s
would be laid out as tables (and 20 nested ones keep the app busy for a minute). Every
tooltip that can carry text from a file goes through ``plain_tip``.
"""

from __future__ import annotations

from vibe_desktop.core.markup import escape, strip_controls


def plain_tip(text: str) -> str:
    """``text`` as a tooltip that Qt shows literally, line breaks kept."""
    if not text:
        return ""
    lines = text.replace("\r\n", "\n").split("\n")
    return "<qt>" + "<br>".join(escape(strip_controls(line)) for line in lines) + "</qt>"

"""Live announcements for screen readers: what changed, said without moving the focus.

``announce(widget, text)`` sends Qt's accessibility announcement (AT-SPI and UI Automation
both speak it) from ``widget``; nothing happens when no assistive technology is active.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` (politely, after what it is saying; or at once)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)

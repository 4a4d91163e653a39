"""Status-bar messages that can carry one button ("Open Folder") for as long as they show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QStatusBar

BUTTON_NAME = "status-action"


def show_status(bar: QStatusBar, text: str, msecs: int = 5000,
                action: tuple[str, Callable[[], object]] | None = None) -> QPushButton | None:
    """Show ``text`` for ``msecs``; with ``action`` (label, slot) a button beside it, gone with
    the message. Returns the button (None without an action)."""
    old = bar.findChild(QPushButton, BUTTON_NAME)
    if old is not None:
        bar.removeWidget(old)
        old.deleteLater()
    bar.showMessage(text, msecs)
    if action is None:
        return None
    label, slot = action
    button = QPushButton(label, bar)
    button.setObjectName(BUTTON_NAME)
    button.setAccessibleName(label.replace("&", ""))
    button.setAccessibleDescription(text)
    button.clicked.connect(lambda: slot())
    bar.addPermanentWidget(button)

    def cleared(message: str) -> None:
        if message:
            return
        bar.messageChanged.disconnect(cleared)
        try:
            bar.removeWidget(button)
            button.deleteLater()
        except RuntimeError:  # already replaced by a newer message's button
            pass

    bar.messageChanged.connect(cleared)
    return button

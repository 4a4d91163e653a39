"""The one dialog seam: every message box, file chooser and link confirmation goes through here.

Tests patch these functions (``monkeypatch.setattr(dialogs, "ask", ...)``) instead of
driving modal dialogs. Texts passed in are plain text, never HTML. On a headless Qt
platform (offscreen, minimal) nothing modal is shown: messages go to stderr, questions
are answered No and file choosers cancelled, so scripts and self-tests never hang.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vibe_desktop.core.markup import is_safe_url, url_scheme
from vibe_desktop.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


HEADLESS_PLATFORMS = ("offscreen", "minimal")


def headless() -> bool:
    """Whether no one can see or answer a dialog (offscreen/minimal Qt platform)."""
    return QGuiApplication.platformName() in HEADLESS_PLATFORMS


def _unanswerable(kind: str, title: str, text: str) -> None:
    # A modal dialog on an invisible screen would wait forever: say it on stderr instead.
    sys.stderr.write(f"vibe-desktop: {kind}: {title}: {text}\n")


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    return box


def info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the person something; waits for OK."""
    if headless():
        return _unanswerable("info", title, text)
    _box(parent, QMessageBox.Icon.Information, title, text).exec()


def warning(parent: QWidget | None, title: str, text: str) -> None:
    """Warn about something that did not go as asked; waits for OK."""
    if headless():
        return _unanswerable("warning", title, text)
    _box(parent, QMessageBox.Icon.Warning, title, text).exec()


def error(parent: QWidget | None, title: str, text: str) -> None:
    """Report an error (what and where); waits for OK."""
    if headless():
        return _unanswerable("error", title, text)
    _box(parent, QMessageBox.Icon.Critical, title, text).exec()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True for Yes. No is the default button (and the headless answer)."""
    if headless():
        _unanswerable("question (answered No)", title, text)
        return False
    box = _box(
        parent,
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def open_file(parent: QWidget | None, title: str, filter: str) -> str | None:
    """Ask for an existing file; None when cancelled (or headless)."""
    if headless():
        return None
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filter)
    return path or None


def save_file(parent: QWidget | None, title: str, filter: str) -> str | None:
    """Ask where to save a file; None when cancelled (or headless)."""
    if headless():
        return None
    path, _ = QFileDialog.getSaveFileName(parent, title, "", filter)
    return path or None


def choose_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """The system print dialog; the chosen printer, or None when cancelled (or headless)."""
    if headless():
        return None
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def open_url(url: str) -> bool:
    """Hand a safe URL to the system (browser or mail client); refuses anything else."""
    if not is_safe_url(url):
        return False
    return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))


def show_link(parent: QWidget | None, url: str) -> bool:
    """Show a link's full address and open it only if the person agrees; True if opened.

    Only http, https and mailto ever leave the app; anything else is refused with a message.
    """
    if not is_safe_url(url):
        scheme = url_scheme(url) or translate("Dialogs", "(none)")
        warning(
            parent,
            translate("Dialogs", "Link not opened"),
            translate("Dialogs", "VIBE Desktop opens only http, https and mailto links.\n\n"
                "Address: {url}\nScheme: {scheme}").format(url=url, scheme=scheme),
        )
        return False
    if not ask(
        parent,
        translate("Dialogs", "Open in browser?"),
        translate("Dialogs",
                  "This link leaves VIBE Desktop and opens in your browser or mail program:\n\n"
                  "{url}\n\nOpen it?").format(url=url),
    ):
        return False
    if not open_url(url):
        warning(parent, translate("Dialogs", "Link not opened"),
                translate("Dialogs", "The system could not open:\n{url}").format(url=url))
        return False
    return True

"""The one dialog seam: every message box, file chooser and link confirmation goes through here.

Tests patch these functions (``monkeypatch.setattr(dialogs, "ask", ...)``) instead of
driving modal dialogs. Texts passed in are plain text, never HTML.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vibe_desktop.core.markup import is_safe_url, url_scheme


def _tr(text: str) -> str:
    # Context "" is what pyside6-lupdate gives module-level _tr() calls
    # (-tr-function-alias tr+=_tr), so extracted strings match at run time.
    return QCoreApplication.translate("", text)


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
    _box(parent, QMessageBox.Icon.Information, title, text).exec()


def warning(parent: QWidget | None, title: str, text: str) -> None:
    """Warn about something that did not go as asked; waits for OK."""
    _box(parent, QMessageBox.Icon.Warning, title, text).exec()


def error(parent: QWidget | None, title: str, text: str) -> None:
    """Report an error (what and where); waits for OK."""
    _box(parent, QMessageBox.Icon.Critical, title, text).exec()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True for Yes. No is the default button."""
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
    """Ask for an existing file; None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filter)
    return path or None


def save_file(parent: QWidget | None, title: str, filter: str) -> str | None:
    """Ask where to save a file; None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, "", filter)
    return path or None


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
        scheme = url_scheme(url) or _tr("(none)")
        warning(
            parent,
            _tr("Link not opened"),
            _tr("VIBE Desktop opens only http, https and mailto links.\n\n"
                "Address: {url}\nScheme: {scheme}").format(url=url, scheme=scheme),
        )
        return False
    if not ask(
        parent,
        _tr("Open in browser?"),
        _tr("This link leaves VIBE Desktop and opens in your browser or mail program:\n\n"
            "{url}\n\nOpen it?").format(url=url),
    ):
        return False
    if not open_url(url):
        warning(parent, _tr("Link not opened"), _tr("The system could not open:\n{url}").format(
            url=url))
        return False
    return True


def choose_printer(parent: QWidget | None, title: str):  # type: ignore[no-untyped-def]
    """The system print dialog; a set-up QPrinter, or None when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

"""The one dialog seam: every message box, file chooser and link confirmation goes through here.

Tests patch these functions (``monkeypatch.setattr(dialogs, "ask", ...)``) instead of
driving modal dialogs. Texts passed in are plain text, never HTML. On a headless Qt
platform (offscreen, minimal) nothing modal is shown: messages go to stderr, questions
are answered No and file choosers cancelled, so scripts and self-tests never hang.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, QUrl
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


# A dialog or secondary window takes at most this share of the screen's available size.
SCREEN_SHARE = 0.92


def fitted_size(preferred: QSize, available: QRect, share: float = SCREEN_SHARE) -> QSize:
    """``preferred`` no larger than ``share`` of the available screen (pure: tests use it)."""
    return preferred.boundedTo(QSize(int(available.width() * share),
                                     int(available.height() * share)))


def screen_rect(widget: QWidget | None) -> QRect:
    """The available geometry of the screen ``widget`` (or its parent, or the primary) is on."""
    screen = None
    while widget is not None and screen is None:
        screen = widget.screen() if widget.isWindow() or widget.parentWidget() is None else None
        widget = widget.parentWidget()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def fit_to_screen(window: QWidget, preferred: QSize | None = None,
                  parent: QWidget | None = None) -> QSize:
    """Size ``window`` (a dialog or secondary window) from its screen, never larger than it,
    and centre it there; returns the size given."""
    available = screen_rect(parent or window.parentWidget() or window)
    size = fitted_size(preferred or window.sizeHint(), available)
    window.resize(size)
    window.setMaximumSize(QSize(available.width(), available.height()).expandedTo(size))
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    window.move(rect.topLeft())
    return size


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
    box.setMaximumSize(screen_rect(parent).size())
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


def choose(parent: QWidget | None, title: str, text: str, options: list[str],
           default: int = 0) -> int | None:
    """One of ``options`` (button labels) or None for Cancel / Esc (and headless)."""
    if headless():
        _unanswerable("choice (cancelled)", title, text)
        return None
    box = _box(parent, QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(cancel)
    if buttons:
        box.setDefaultButton(buttons[min(default, len(buttons) - 1)])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def edit_text(parent: QWidget | None, title: str, label: str, text: str,
              context: str = "") -> str | None:
    """A small dialog to write a note: ``context`` (the quote it is about, plain text) above a
    labelled multi-line field holding ``text``; the new text, or None when cancelled (or
    headless). Ctrl+Enter saves."""
    if headless():
        return None
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    layout = QVBoxLayout(dialog)
    if context:
        about = QLabel(context, dialog)
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        about.setAccessibleName(translate("Dialogs", "Quoted text"))
        layout.addWidget(about)
    caption = QLabel(label, dialog)
    field = QPlainTextEdit(dialog)
    field.setPlainText(text)
    field.setTabChangesFocus(True)
    field.setAccessibleName(label.replace("&", "").rstrip(":"))
    caption.setBuddy(field)
    layout.addWidget(caption)
    layout.addWidget(field, 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    from PySide6.QtGui import QKeySequence, QShortcut

    QShortcut(QKeySequence("Ctrl+Return"), dialog, dialog.accept)
    fit_to_screen(dialog, QSize(520, 360), parent)
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return field.toPlainText()


def open_file(parent: QWidget | None, title: str, filter: str) -> str | None:
    """Ask for an existing file; None when cancelled (or headless)."""
    if headless():
        return None
    dialog = _file_dialog(parent, title, "", filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return dialog.selectedFiles()[0] or None


def save_file(parent: QWidget | None, title: str, filter: str) -> str | None:
    """Ask where to save a file; None when cancelled (or headless)."""
    if headless():
        return None
    dialog = _file_dialog(parent, title, "", filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return dialog.selectedFiles()[0] or None


def _file_dialog(parent: QWidget | None, title: str, start: str, filter: str) -> QFileDialog:
    """A file chooser sized from the screen (never larger than it)."""
    dialog = QFileDialog(parent, title, start, filter)
    dialog.setAccessibleName(title)
    fit_to_screen(dialog, QSize(820, 560), parent)
    return dialog


def save_file_as(parent: QWidget | None, title: str, suggested: str,
                 filters: list[str]) -> tuple[str, str] | None:
    """Ask where to save, starting at ``suggested`` (a full path), offering ``filters``
    ("CSV (*.csv)"); (path, chosen filter), or None when cancelled (or headless)."""
    if headless():
        return None
    dialog = _file_dialog(parent, title, suggested, ";;".join(filters))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    chosen = next((f for f in filters if suggested.lower().endswith(extension_of(f))),
                  filters[0])
    dialog.selectNameFilter(chosen)
    dialog.selectFile(suggested)
    dialog.filterSelected.connect(lambda name_filter: follow_filter(dialog, filters, name_filter))
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def renamed_for_filter(name: str, filters: list[str], name_filter: str) -> str:
    """The file name after the person picks ``name_filter``: an extension of one of the
    offered ``filters`` is swapped for the picked one's ("notes.md" -> "notes.csv")."""
    import os

    stem, extension = os.path.splitext(name)
    if extension.lower() in {extension_of(f) for f in filters}:
        return stem + extension_of(name_filter)
    return name


def follow_filter(dialog: QFileDialog, filters: list[str], name_filter: str) -> None:
    """Keep the typed name's extension in step with the chosen type (Qt's own dialog)."""
    from PySide6.QtWidgets import QLineEdit

    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    if edit is not None:
        edit.setText(renamed_for_filter(edit.text(), filters, name_filter))


def extension_of(name_filter: str) -> str:
    """The first extension of a name filter: "CSV (*.csv)" -> ".csv" ("" if none)."""
    start = name_filter.find("*.")
    if start < 0:
        return ""
    end = start + 2
    while end < len(name_filter) and (name_filter[end].isalnum() or name_filter[end] == "_"):
        end += 1
    return name_filter[start + 1:end].lower()


def with_extension(path: str, name_filter: str) -> str:
    """``path`` with the chosen filter's extension added when it has none of the filter's."""
    extension = extension_of(name_filter)
    if extension and not path.lower().endswith(extension):
        return path + extension
    return path


def choose_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """The system print dialog; the chosen printer, or None when cancelled (or headless)."""
    if headless():
        return None
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setMaximumSize(screen_rect(parent).size())
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
    from vibe_desktop.core.links import describe
    from vibe_desktop.ui.reading.link_warnings import warning_texts

    info = describe(url)  # the real host, no user-info or invisible characters
    if info.open_url is None:
        warning(parent, translate("Dialogs", "Link not opened"),
                "\n\n".join([info.display, *warning_texts(info)]))
        return False
    shown = "\n\n".join([info.display, *warning_texts(info)])
    if not ask(
        parent,
        translate("Dialogs", "Open in browser?"),
        translate("Dialogs",
                  "This link leaves VIBE Desktop and opens in your browser or mail program:\n\n"
                  "{url}\n\nOpen it?").format(url=shown),
    ):
        return False
    url = info.open_url
    if not open_url(url):
        warning(parent, translate("Dialogs", "Link not opened"),
                translate("Dialogs", "The system could not open:\n{url}").format(url=url))
        return False
    return True

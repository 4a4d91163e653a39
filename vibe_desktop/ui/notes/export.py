"""Notes export as a desktop app does it: suggested name in Documents, format from the filter."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices

from vibe_desktop.i18n import translate
from vibe_desktop.ui.shell import dialogs

if TYPE_CHECKING:
    from vibe_desktop.export.notes import Resolve
    from vibe_desktop.ui.shell.host import ReaderHost
    from vibe_desktop.userdata.annotations import AnnotationStore

MARKDOWN, CSV = "md", "csv"
EXTENSIONS = {".md": MARKDOWN, ".markdown": MARKDOWN, ".csv": CSV}


class ExportWords(QObject):
    """The export's words that hold a count: lupdate finds Qt's plural forms only in a
    class's ``self.tr(text, "", n)``, not in ``translate(context, text, None, n)``."""

    def exported(self, count: int, path: str) -> str:
        """"Exported 3 items to …" in the UI language's plural form."""
        return self.tr("Exported %n item(s) to {path}", "", count).format(path=path)


def filters() -> list[str]:
    return [translate("Notes", "Markdown (*.md)"), translate("Notes", "CSV spreadsheet (*.csv)")]


def documents_folder() -> Path:
    """The user's Documents folder (their home if the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def suggested_path(report_id: str | None, folder: Path | None = None) -> Path:
    """``~/Documents/kazakhstan-2022-notes.md`` (``vibe-notes.md`` with no report open)."""
    name = f"{report_id}-notes.md" if report_id else "vibe-notes.md"
    return (folder or documents_folder()) / name


def export_choice(path: str, chosen_filter: str) -> tuple[str, str]:
    """(path, format) for what the person typed and the filter they chose: a known extension
    typed decides; otherwise the filter decides, and its extension is added."""
    typed = EXTENSIONS.get(os.path.splitext(path)[1].lower())
    if typed is not None:
        return path, typed
    extension = dialogs.extension_of(chosen_filter)
    return path + extension, EXTENSIONS.get(extension, MARKDOWN)


def notes_data(store: AnnotationStore, resolve: Resolve, fmt: str) -> bytes:
    """The exported file's bytes: Markdown, or CSV with a UTF-8 byte-order mark."""
    from vibe_desktop.export.files import with_bom
    from vibe_desktop.export.notes import to_csv, to_markdown

    items = store.items()
    if fmt == CSV:
        return with_bom(to_csv(items, resolve)).encode("utf-8")
    return to_markdown(items, resolve).encode("utf-8")


def open_folder(path: Path) -> bool:
    """Show the folder holding ``path`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def export_notes(host: ReaderHost, store: AnnotationStore) -> Path | None:
    """Ask where (suggested name, Documents), write, and say so with an "Open Folder" button;
    the path written, or None (cancelled or failed, the person told why)."""
    from vibe_desktop.export.files import write_export
    from vibe_desktop.export.notes import library_resolver

    title = translate("Notes", "Export notes")
    try:
        report_id: str | None = host.current_report().id
    except RuntimeError:
        report_id = None
    answer = dialogs.save_file_as(host.widget(), title, str(suggested_path(report_id)),
                                  filters())
    if answer is None:
        return None
    chosen, fmt = export_choice(*answer)
    path = Path(chosen)
    try:
        write_export(path, notes_data(store, library_resolver(host.library.get), fmt))
    except OSError as exc:
        dialogs.error(host.widget(), title,
                      translate("Notes", "Could not write {path}: {error}").format(
                          path=chosen, error=exc.strerror or exc))
        return None
    count = len(store.items())
    message = ExportWords().exported(count, chosen)
    host.show_status(message, 15000,
                     (translate("Notes", "Open &Folder"), lambda: open_folder(path)))
    return path

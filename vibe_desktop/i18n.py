"""The one translation home: ``translate`` for every user-visible string, and loading translators.

Widgets use ``self.tr("...")`` (context: the class name); everything else calls
``translate("Context", "...")`` with a literal context and text, which is what
``pyside6-lupdate`` extracts. Never put a translated call inside an f-string (lupdate does
not look there) and never build the source text at run time. Plurals: ``translate(ctx,
"%n report(s)", None, n)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

#: The languages the app is translated into (besides the English source), by code.
LANGUAGES: tuple[str, ...] = ("ru", "kk")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the UI language (the English source if no translation is loaded)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def install_translations(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load Qt's and our translations for ``language`` (None: the system's UI languages);
    none found is fine (English). The translators are parented to ``app`` so they live as
    long as it does, and are loaded from files, never from temporary bytes."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from vibe_desktop import paths

    locale = QLocale(language) if language else QLocale.system()
    loaded: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        loaded.append(qt)
    folder = paths.resource("translations")
    for name in locale.uiLanguages():
        candidate = folder.joinpath(f"vibe_desktop_{name.replace('-', '_')}.qm")
        if candidate.is_file():
            ours = QTranslator(app)
            if ours.load(str(candidate)):
                app.installTranslator(ours)
                loaded.append(ours)
                break
    return loaded

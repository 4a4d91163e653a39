"""The one translation home: ``translate``, the UI language, building and loading translators.

Widgets use ``self.tr("...")`` (context: the class name); everything else calls
``translate("Context", "...")`` with a literal context and text, which is what
``pyside6-lupdate`` extracts. Never put a translated call inside an f-string (lupdate does
not look there) and never build the source text at run time. Plurals: ``translate(ctx,
"%n report(s)", None, n)``; English's own singular and plural come from
``vibe_desktop_en.ts``, which holds only those numerus messages.

Our ``.qm`` files are not committed: they are built from ``resources/translations/*.ts``
with Qt's ``lrelease``. The PyInstaller build compiles them into the bundle; an installed or
editable package compiles a missing or stale one on first start into the user's cache
folder (named by the ``.ts`` file's digest, so an edited ``.ts`` is rebuilt once).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from vibe_desktop.core.citation import PlaceWords

# The languages the app is translated into (besides the English source), by code.
LANGUAGES: tuple[str, ...] = ("ru", "kk")
# Every UI language a person can choose, English (the source) first.
UI_LANGUAGES: tuple[str, ...] = ("en", *LANGUAGES)
# English is the source language; its .ts holds only the plural (numerus) messages, so
# "%n result(s)" reads "1 result" / "2 results".
SOURCE_LANGUAGE = "en"
# Each language's name in itself, as the Language menu shows it (never translated).
NATIVE_NAMES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
# The setting's value for "follow the system's UI languages".
SYSTEM = "system"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the UI language (the English source if no translation is loaded)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def choose_language(setting: str | None, ui_languages: Iterable[str]) -> str:
    """The UI language: the chosen one, else the first of the system's ``ui_languages``
    (``QLocale.uiLanguages()``, e.g. ``ru-RU``) that we have, else English."""
    if setting in UI_LANGUAGES:
        return str(setting)
    for name in ui_languages:
        code = name.replace("_", "-").split("-", 1)[0].lower()
        if code in UI_LANGUAGES:
            return code
    return "en"


def translations_folder() -> Path:
    """Where our ``.ts`` sources (and, in a bundle, the built ``.qm`` files) are."""
    from vibe_desktop import paths

    return Path(str(paths.resource("translations")))


def lrelease() -> str | None:
    """Qt's ``lrelease`` (shipped in the PySide6 wheel), or None where there is none (frozen)."""
    import shutil

    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (base / "lrelease", base / "lrelease.exe",
                      base / "lrelease.app" / "Contents" / "MacOS" / "lrelease"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease")


def build_qm(ts: Path, qm: Path) -> bool:
    """Compile ``ts`` into ``qm`` with lrelease (written beside, then renamed); True if built."""
    import subprocess

    tool = lrelease()
    if tool is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_name(qm.name + ".part")
    try:
        subprocess.run([tool, "-silent", str(ts), "-qm", str(partial)], check=True,
                       capture_output=True, timeout=60)
        partial.replace(qm)
    except (OSError, subprocess.SubprocessError) as exc:
        import logging

        logging.getLogger(__name__).warning("could not build %s from %s: %s", qm, ts, exc)
        partial.unlink(missing_ok=True)
        return False
    return True


def qm_file(language: str, folder: Path | None = None, cache: Path | None = None) -> Path | None:
    """Our compiled translation for ``language``: the shipped ``.qm`` (bundle) if it is not
    older than its ``.ts``, else one built from the ``.ts`` into the cache; None if neither."""
    folder = folder or translations_folder()
    shipped = folder / f"vibe_desktop_{language}.qm"
    ts = folder / f"vibe_desktop_{language}.ts"
    if shipped.is_file() and (not ts.is_file() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.is_file():
        return None
    if cache is None:
        from vibe_desktop import paths

        cache = paths.cache_dir() / "translations"
    # Named by the .ts file's content (zlib: no start-up cost, unlike hashlib or subprocess,
    # which are imported only when a .qm has to be built).
    import zlib

    data = ts.read_bytes()
    digest = f"{zlib.crc32(data):08x}{len(data):x}"
    built = cache / f"vibe_desktop_{language}-{digest}.qm"
    if built.is_file() or build_qm(ts, built):
        return built
    return None


def qt_translations_folders() -> list[str]:
    """Where Qt's own ``qtbase_*.qm`` may be: Qt's translations path, then the wheel's folder."""
    import PySide6
    from PySide6.QtCore import QLibraryInfo

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(Path(PySide6.__file__).parent / "Qt" / "translations")]
    if getattr(sys, "frozen", False):
        folders.append(str(Path(sys.executable).parent / "_internal" / "PySide6" / "Qt"
                           / "translations"))
    return folders


def install_translations(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load Qt's and our translations for ``language`` ("en", "ru", "kk"; None or "system":
    the system's UI languages, else English) and make it the default locale, so numbers and
    dates follow the UI language. The translators are parented to ``app`` so they live as
    long as it does, and are loaded from files, never from temporary bytes."""
    from PySide6.QtCore import QLocale, QTranslator

    system = QLocale.system()
    chosen = choose_language(language, system.uiLanguages())
    # The system's own locale where it speaks the chosen language (ru_KZ keeps its country),
    # else the language's default one.
    locale = system if system.name().split("_")[0] == chosen else QLocale(chosen)
    QLocale.setDefault(locale)
    loaded: list[QTranslator] = []
    if chosen != SOURCE_LANGUAGE:
        qt = QTranslator(app)
        for folder in qt_translations_folders():
            if qt.load(f"qtbase_{chosen}", folder):
                app.installTranslator(qt)
                loaded.append(qt)
                break
    qm = qm_file(chosen)
    if qm is not None:
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            loaded.append(ours)
    return loaded


def ui_language() -> str:
    """The language of the default locale (what ``install_translations`` chose): "en", "ru"..."""
    from PySide6.QtCore import QLocale

    code = QLocale().name().split("_")[0]
    return code if code in UI_LANGUAGES else "en"


def place_words() -> PlaceWords:
    """The words of citation places (core.citation) in the UI language."""
    from vibe_desktop.core.citation import PlaceWords

    return PlaceWords(
        report=translate("Citation", "VIBE {edition} {country}"),
        principle=translate("Citation", "Principle {n}"),
        indicator=translate("Citation", "Indicator {n}"),
        footnote=translate("Citation", "footnote {n}"),
        overview=translate("Citation", "overview"),
        panel=translate("Citation", "panel and rights"),
        paragraph=translate("Citation", "paragraph {n}"),
    )

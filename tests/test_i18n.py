"""Choosing the UI language, building .qm files and loading Qt's and our translators."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from tests.translation_helpers import TRANSLATIONS, tool
from vibe_desktop import i18n
from vibe_desktop.core.citation import ENGLISH

needs_lrelease = pytest.mark.skipif(tool("lrelease") is None, reason="no pyside6-lrelease")


@pytest.fixture
def restore_language(qapp) -> Iterator[Callable[..., list[QTranslator]]]:  # type: ignore[no-untyped-def]
    """install_translations, undone after the test: its translators and the default locale."""
    before = QLocale()
    installed: list[QTranslator] = []
    real = i18n.install_translations

    def tracking(app, language=None):  # type: ignore[no-untyped-def]
        loaded = real(app, language)
        installed.extend(loaded)
        return loaded

    yield tracking
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.mark.parametrize(("setting", "system", "expected"), [
    ("ru", ["en-US"], "ru"),
    ("kk", ["ru-RU"], "kk"),
    ("en", ["ru-RU", "ru"], "en"),
    ("system", ["ru-Cyrl-RU", "ru-RU", "ru"], "ru"),
    (None, ["kk-Cyrl-KZ", "kk-KZ"], "kk"),
    ("system", ["de-DE", "ru-RU"], "ru"),  # the first of the system's that we have
    ("system", ["en-GB", "ru-RU"], "en"),
    ("system", ["de-DE", "fr-FR"], "en"),  # none of ours: English
    ("system", ["C"], "en"),
    ("klingon", ["kk_KZ"], "kk"),  # a bad setting falls back to the system's
])
def test_choose_language(setting: str | None, system: list[str], expected: str) -> None:
    assert i18n.choose_language(setting, system) == expected


def test_every_language_has_a_native_name_and_a_ts_file() -> None:
    assert set(i18n.NATIVE_NAMES) == set(i18n.UI_LANGUAGES)
    for language in i18n.LANGUAGES:
        assert (TRANSLATIONS / f"vibe_desktop_{language}.ts").is_file()


@needs_lrelease
def test_qm_is_built_once_into_the_cache(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "vibe_desktop_ru.ts").write_bytes((TRANSLATIONS / "vibe_desktop_ru.ts").read_bytes())
    cache = tmp_path / "cache"
    built = i18n.qm_file("ru", folder, cache)
    assert built is not None and built.parent == cache and built.stat().st_size > 0
    assert i18n.qm_file("ru", folder, cache) == built  # the same file, not built again
    assert i18n.qm_file("kk", folder, cache) is None  # no .ts, no .qm


def test_a_shipped_qm_is_used_unless_older_than_its_ts(tmp_path: Path) -> None:
    shipped = tmp_path / "vibe_desktop_ru.qm"
    shipped.write_bytes(b"qm")
    assert i18n.qm_file("ru", tmp_path, tmp_path / "cache") == shipped  # frozen: no .ts
    ts = tmp_path / "vibe_desktop_ru.ts"
    ts.write_bytes((TRANSLATIONS / "vibe_desktop_ru.ts").read_bytes())
    os.utime(shipped, (1, 1))
    if tool("lrelease") is not None:
        rebuilt = i18n.qm_file("ru", tmp_path, tmp_path / "cache")
        assert rebuilt is not None and rebuilt != shipped


def test_a_missing_lrelease_means_english_not_a_crash(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "lrelease", lambda: None)
    source = (TRANSLATIONS / "vibe_desktop_ru.ts").read_bytes()
    (tmp_path / "vibe_desktop_ru.ts").write_bytes(source)
    assert i18n.qm_file("ru", tmp_path, tmp_path / "cache") is None


@needs_lrelease
@pytest.mark.parametrize(("language", "file_menu", "score"), [
    ("ru", "&Файл", "23,5"), ("kk", "&Файл", "23,5"), ("en", "&File", "23.5"),
])
def test_install_translations_loads_ours_and_qts_and_sets_the_locale(
    qapp, restore_language, language: str, file_menu: str, score: str  # type: ignore[no-untyped-def]
) -> None:
    from vibe_desktop.render.scores import format_score

    loaded = restore_language(qapp, language)
    assert len(loaded) == (1 if language == "en" else 2)  # qtbase_xx (not for en) and ours
    assert i18n.translate("Menus", "&File") == file_menu
    one = i18n.translate("SearchPanel", "%n result(s)", "", 1)
    assert "(s)" not in one and (language != "en" or one == "1 result")
    assert i18n.ui_language() == language
    assert format_score(23.5) == score
    if language != "en":  # Qt's own buttons speak the language too (qtbase_xx.qm)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_qtbase_translations_exist_for_every_language() -> None:
    folders = [Path(f) for f in i18n.qt_translations_folders()]
    for language in i18n.LANGUAGES:
        assert any((f / f"qtbase_{language}.qm").is_file() for f in folders), language


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_qtbase_translates_the_qt_texts_the_pseudo_locale_test_skips(language: str) -> None:
    qt = QTranslator()
    assert any(qt.load(f"qtbase_{language}", f) for f in i18n.qt_translations_folders())
    for context, text in (("QPlatformTheme", "Close"), ("QPlatformTheme", "Cancel"),
                          ("QTabBar", "Scroll Left"), ("QTabBar", "Scroll Right"),
                          ("QDockWidget", "Close")):
        assert qt.translate(context, text) not in ("", text), (language, context, text)


@needs_lrelease
def test_place_words_follow_the_ui_language(qapp, restore_language) -> None:  # type: ignore[no-untyped-def]
    assert i18n.place_words() == ENGLISH
    restore_language(qapp, "ru")
    words = i18n.place_words()
    assert words.indicator.format(n=6) == "индикатор 6"
    assert words.report == ENGLISH.report

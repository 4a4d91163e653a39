"""The .ts files hold every string of the package, translated; lrelease builds loadable .qm."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.factories import make_report
from tests.translation_helpers import TRANSLATIONS, lrelease, lupdate, messages, tool
from tests.ui.reader_helpers import make_window
from vibe_desktop import i18n
from vibe_desktop.core.bands import BANDS
from vibe_desktop.render import pages
from vibe_desktop.render.scores import BAND_NAMES, ScoreData

pytestmark = pytest.mark.skipif(tool("lupdate") is None or tool("lrelease") is None,
                                reason="pyside6-lupdate / pyside6-lrelease are not installed")

REFRESH = ("refresh with: .venv/bin/python scripts/update_translations.py (see "
           "resources/translations/README.md), then translate the new messages")

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>Menus</name>
 <message><source>&amp;File</source><translation>&amp;Fichier</translation></message>
</context>
<context><name>Scores</name>
 <message><source>not given in this report</source>
  <translation>non donné dans ce rapport</translation></message>
</context>
<context><name>bands</name>
 <message><source>Slightly Vibrant</source><translation>Légèrement dynamique</translation></message>
</context>
</TS>
"""


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ts = tmp_path_factory.mktemp("lupdate") / "extracted.ts"
    lupdate(ts)
    return ts


def test_band_names_are_marked_for_translation() -> None:
    assert tuple(band.name for band in BANDS) == BAND_NAMES


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_source_string_is_in_the_shipped_translation(extracted: Path, language: str) -> None:
    ours = {m.key: m for m in messages(TRANSLATIONS / f"vibe_desktop_{language}.ts")}
    wanted = {m.key for m in messages(extracted)}
    missing = sorted(wanted - ours.keys())
    vanished = sorted(k for k, m in ours.items() if k not in wanted or m.obsolete)
    unfinished = sorted(k for k, m in ours.items() if k in wanted and m.unfinished)
    assert not missing, f"not in vibe_desktop_{language}.ts: {missing}; {REFRESH}"
    assert not vanished, f"no longer in the code but in vibe_desktop_{language}.ts: {vanished}"
    assert not unfinished, f"untranslated in vibe_desktop_{language}.ts: {unfinished}"


def test_english_ships_the_singular_and_plural_of_every_count(extracted: Path) -> None:
    english = {m.key: m for m in messages(TRANSLATIONS / "vibe_desktop_en.ts")}
    wanted = {m.key for m in messages(extracted) if m.numerus}
    assert set(english) == wanted, (
        "vibe_desktop_en.ts holds exactly the numerus messages (scripts/update_translations.py)")
    for m in english.values():
        assert m.numerus and len(m.translations) == 2 and not m.unfinished, m.key
        assert all("(s)" not in form for form in m.translations), m.key


def test_english_counts_read_as_english(tmp_path: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(lrelease(TRANSLATIONS / "vibe_desktop_en.ts", tmp_path / "en.qm")))
    assert translator.translate("SearchPanel", "%n result(s)", "", 1) == "%n result"
    assert translator.translate("SearchPanel", "%n result(s)", "", 21) == "%n results"
    assert translator.translate("SearchPanel", "Search", "") == ""  # the source is English


_PLACEHOLDER = re.compile(r"\{[a-z_!r]*\}|%[0-9n]")


@pytest.mark.parametrize("language", i18n.UI_LANGUAGES)
def test_translations_keep_placeholders_and_one_accelerator(language: str) -> None:
    for m in messages(TRANSLATIONS / f"vibe_desktop_{language}.ts"):
        for text in m.translations:
            assert sorted(_PLACEHOLDER.findall(text)) == sorted(_PLACEHOLDER.findall(m.source)), (
                m.context, m.source, text)
            marks = len(re.findall(r"&(?=[^&\s])", m.source.replace("&&", "")))
            assert len(re.findall(r"&(?=[^&\s])", text.replace("&&", ""))) == marks, (
                m.context, m.source, text)
            for kept in ("VIBE", "IREX", "USAID"):
                assert (kept in text) == (kept in m.source), (m.context, m.source, text)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_lrelease_builds_a_qm_that_loads(tmp_path: Path, language: str) -> None:
    qm = lrelease(TRANSLATIONS / f"vibe_desktop_{language}.ts", tmp_path / f"{language}.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.language() == language
    shown = translator.translate("Scores", "not given in this report")
    assert shown not in ("", "not given in this report")


def test_the_acknowledgment_and_principle_titles_are_not_translated(extracted: Path) -> None:
    sources = {m.source for m in messages(extracted)}
    assert not any("is a product of IREX" in s and "{" not in s for s in sources)
    assert "Information Quality" not in sources


def test_a_translation_reaches_menus_pages_and_chart(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ts = tmp_path / "vibe_desktop_fr.ts"
    ts.write_text(TS, "utf-8")
    subprocess.run([tool("lrelease") or "", str(ts)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "vibe_desktop_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        report = make_report(scores=False, overall=15)
        assert "non donné dans ce rapport" in pages.render_page(report, f"{report.id}/i3").html
        assert "Légèrement dynamique" in ScoreData.from_report(report).describe()
        window = make_window(qtbot, tmp_path / "lib", report)
        assert window.menu("file").title() == "&Fichier"
    finally:
        QCoreApplication.removeTranslator(translator)


def _mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


@pytest.mark.parametrize("language", i18n.UI_LANGUAGES)
def test_accelerators_are_unique_in_every_menu(qtbot, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(lrelease(TRANSLATIONS / f"vibe_desktop_{language}.ts",
                                        tmp_path / f"{language}.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        window = make_window(qtbot, tmp_path / "lib", make_report(scores=False, overall=15),
                             show=False)
        window.ensure_features()
        clashes = []

        def walk(title: str, actions) -> None:  # type: ignore[no-untyped-def]
            seen: dict[str, str] = {}
            for action in actions:
                if action.isSeparator():
                    continue
                key = _mnemonic(action.text())
                if key is not None and key in seen:
                    clashes.append((title, seen[key], action.text()))
                elif key is not None:
                    seen[key] = action.text()
                if action.menu() is not None:
                    walk(action.text(), action.menu().actions())

        walk("menu bar", window.menuBar().actions())
        assert not clashes, f"{language}: the same accelerator twice in one menu: {clashes}"
    finally:
        QCoreApplication.removeTranslator(translator)

"""Strings go through Qt translation with the contexts pyside6-lupdate extracts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.factories import make_report
from tests.ui.reader_helpers import make_window
from vibe_desktop.core.bands import BANDS
from vibe_desktop.render import pages
from vibe_desktop.render.scores import BAND_NAMES, ScoreData

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


def _lrelease() -> str | None:
    found = (shutil.which("pyside6-lrelease")
             or str(Path(sys.executable).with_name("pyside6-lrelease")))
    return found if Path(found).exists() else None


def test_band_names_are_marked_for_translation() -> None:
    assert tuple(band.name for band in BANDS) == BAND_NAMES


def test_template_lists_the_window_strings() -> None:
    ts = Path(__file__).resolve().parents[3] / "resources" / "translations" / "vibe_desktop.ts"
    text = ts.read_text("utf-8")
    for source in ("not given in this report", "Report contents", "Open in browser",
                   "Score overview", "&amp;Back"):
        assert f"<source>{source}</source>" in text, source


@pytest.mark.skipif(_lrelease() is None, reason="pyside6-lrelease is not installed")
def test_a_translation_reaches_menus_pages_and_chart(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ts = tmp_path / "vibe_desktop_fr.ts"
    ts.write_text(TS, "utf-8")
    subprocess.run([_lrelease(), str(ts)], check=True, capture_output=True)
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

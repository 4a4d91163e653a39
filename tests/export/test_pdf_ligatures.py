"""The slides and handout PDFs' text extracts as plain letters: no ligature glyphs (ﬁ, ﬂ, ﬃ)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QFont

from tests.conftest import BUNDLED_YAML
from vibe_desktop.export.handout import write_handout_pdf
from vibe_desktop.export.slides import write_slides_pdf
from vibe_desktop.render.slides.theme import PROJECTOR, without_ligatures

LIGATURES = "".join(chr(c) for c in range(0xFB00, 0xFB07))  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ


def test_fonts_turn_ligatures_off(qapp) -> None:  # type: ignore[no-untyped-def]
    font = without_ligatures(QFont("DejaVu Sans"))
    liga = QFont.Tag.fromString("liga")
    assert liga is not None and font.featureValue(liga) == 0
    assert PROJECTOR.font(20).featureValue(liga) == 0


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
@pytest.mark.skipif(not BUNDLED_YAML.exists(), reason="bundled report not imported yet")
@pytest.mark.parametrize("kind", ["slides", "handout"])
def test_pdf_text_has_no_ligature_glyphs(qapp, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    from vibe_desktop.core.loader import load_report

    report = load_report(BUNDLED_YAML)
    pdf = tmp_path / f"{kind}.pdf"
    (write_slides_pdf if kind == "slides" else write_handout_pdf)(pdf, report)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert not [c for c in text if c in LIGATURES]
    assert "flow" in text and ("sufficient" in text or "fi" in text)

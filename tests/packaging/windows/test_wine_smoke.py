"""The screenshot check of the Wine smoke test tells real letters from boxes."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "packaging" / "windows"))
import wine_smoke


def _render(path: Path, boxes: bool) -> Path:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(600, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    with QPainter(image) as painter:
        painter.setPen(QColor("black"))
        if boxes:  # what text looks like with no font: the same hollow box for every letter
            for i in range(120):
                painter.drawRect(QRect(10 + (i % 40) * 14, 10 + (i // 40) * 30, 9, 16))
        else:
            painter.setFont(QFont(QFont().family(), 14))
            painter.drawText(image.rect().adjusted(10, 10, -10, -10),
                             Qt.TextFlag.TextWordWrap,
                             "The Vibrant Information Barometer (VIBE) is a product of IREX "
                             "with funding from USAID. Quality information on a variety of "
                             "topics: 0123456789 JKQXZ jkqxz.")
    image.save(str(path))
    return path


def test_real_text_has_many_shapes_and_boxes_one(qapp: object, tmp_path: Path) -> None:
    real = wine_smoke.glyph_shapes(_render(tmp_path / "real.png", boxes=False))
    tofu = wine_smoke.glyph_shapes(_render(tmp_path / "boxes.png", boxes=True))
    assert tofu == 1
    assert real >= 40

"""The one atomic PDF writer: a finished PDF replaces the old file; a failure leaves it alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from tests.factories import make_report
from vibe_desktop.export.pdf import write_pdf

A4 = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                 QPageLayout().margins())


def _paint(writer: QPdfWriter) -> int:
    with QPainter(writer) as painter:
        painter.drawText(100, 100, "hello")
    return 1


def test_writes_a_titled_pdf_and_returns_what_paint_returns(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.pdf"
    assert write_pdf(target, make_report(), A4, 72, _paint) == 1
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and b"Testland" in data
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_a_failure_keeps_the_old_file_and_leaves_no_temporary(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def broken(writer: QPdfWriter) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_pdf(target, make_report(), A4, 72, broken)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]

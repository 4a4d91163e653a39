"""Slides and handout PDFs checked page by page with pdfinfo / pdftotext / pdftoppm."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.conftest import BUNDLED_YAML
from tests.factories import ACK, make_report
from vibe_desktop.core import deck
from vibe_desktop.export.handout import endnote_html, handout_html, write_handout_pdf
from vibe_desktop.export.slides import slide_pages, write_slides_pdf

needs_poppler = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdfinfo", "pdftotext", "pdftoppm")),
    reason="poppler-utils missing",
)


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    assert match, info
    return int(match.group(1))


def page_text(path: Path, page: int) -> str:
    out = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", out)


def all_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", out))  # ligatures (ﬀ) back to letters


@needs_poppler
def test_slides_pdf_one_slide_a_page(qapp, tmp_path: Path) -> None:
    report = make_report()
    out = tmp_path / "slides.pdf"
    count = write_slides_pdf(out, report)
    pages = slide_pages(report)
    assert count == len(pages) == pdf_pages(out)
    assert "Testland" in page_text(out, 1) and "23 of 40" in page_text(out, 1)
    assert "Score overview" in page_text(out, 2)
    for number, slide in enumerate(pages, 1):
        text = page_text(out, number)
        assert f"{number} / {count}" in text
        if slide.kind == deck.INDICATOR:
            assert f"Indicator {slide.number}" in text
            assert re.sub(r"\s+", " ", slide.title) in text
    closing = " ".join(page_text(out, n) for n, s in enumerate(pages, 1) if s.kind == deck.CLOSING)
    assert re.sub(r"\s+", " ", ACK) in closing
    assert "Ana Panelist" in closing and "Moderator: Mona Moderator" in closing
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "1440 x 810 pts" in info  # 16:9, 20 x 11.25 in


@needs_poppler
def test_slides_pdf_renders_like_the_screen(qapp, tmp_path: Path) -> None:
    out = tmp_path / "slides.pdf"
    write_slides_pdf(out, make_report(), principle=1)
    subprocess.run(["pdftoppm", "-r", "24", "-png", "-f", "1", "-l", "4", str(out),
                    str(tmp_path / "p")], check=True)
    pngs = sorted(tmp_path.glob("p-*.png"))
    assert len(pngs) == 4
    for png in pngs:
        image = QImage(str(png))
        assert (image.width(), image.height()) == (480, 270)
        assert image.pixelColor(1, 1) == QColor("#000000")  # the projector theme's background
        colours = {image.pixelColor(x, y).name()
                   for x in range(0, 480, 4) for y in range(0, 270, 4)}
        assert len(colours) > 4  # text drawn


@needs_poppler
def test_principle_slides_only_that_principle(qapp, tmp_path: Path) -> None:
    out = tmp_path / "p2.pdf"
    count = write_slides_pdf(out, make_report(), principle=2)
    text = all_text(out)
    # title, chart, principle, 5 indicators, closing
    assert count == pdf_pages(out) == 2 + 1 + 5 + 1
    assert "Indicator 6" in text and "Indicator 10" in text
    assert "Indicator 11" not in text and "Indicator 5 " not in text


@needs_poppler
def test_handout_whole_report(qapp, tmp_path: Path) -> None:
    report = make_report(scores=False)
    out = tmp_path / "handout.pdf"
    write_handout_pdf(out, report)
    pages = pdf_pages(out)
    assert pages >= 2
    text = all_text(out)
    assert "Testland summary paragraph one." in text
    for n in range(1, 21):
        assert f"Indicator {n}: Indicator title number {n}." in text
    assert "Score: not given in this report" in text
    # every footnote as an endnote with its URL; the panel and the acknowledgment
    for fn in report.footnotes:
        assert f"https://example.org/{fn.number}" in text
    assert "Notes" in text and "Ana Panelist" in text and "Mona Moderator" in text
    assert re.sub(r"\s+", " ", ACK) in text
    assert "This report is made possible" in page_text(out, pages)


@needs_poppler
def test_handout_one_principle(qapp, tmp_path: Path) -> None:
    report = make_report()
    out = tmp_path / "p3.pdf"
    write_handout_pdf(out, report, principle=3)
    text = all_text(out)
    assert "Principle 3: Information Consumption and Engagement" in text
    assert "Principle 2:" not in text and "summary paragraph" not in text
    # only the footnotes principle 3 cites (11-15)
    assert "https://example.org/11" in text and "https://example.org/15" in text
    assert "https://example.org/10" not in text
    assert ACK.split("(VIBE)")[0].strip() in text


def test_endnote_writes_out_hidden_urls() -> None:
    html = endnote_html(13, "[Danilin, Nikita](https://mediazona.ca/a). “Title,” *Mediazona*.")
    assert "https://mediazona.ca/a</a>" not in html  # link text is the name...
    assert "<br/>https://mediazona.ca/a" in html  # ...so the URL is written out
    shown = endnote_html(1, "<https://lmc.kz/map/>")
    assert "<br/>" not in shown  # the URL is already the text: not repeated


def test_handout_html_escapes_data() -> None:
    from dataclasses import replace

    report = make_report()
    evil = replace(report, country="<script>x</script>",
                   panel=(replace(report.panel[0], name="A & <b>B</b>"),))
    html = handout_html(evil)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "A &amp; &lt;b&gt;B&lt;/b&gt;" in html


@needs_poppler
@pytest.mark.skipif(not BUNDLED_YAML.exists(), reason="bundled report not imported yet")
def test_real_report_pdfs(qapp, tmp_path: Path) -> None:
    from vibe_desktop.core.loader import load_report
    from vibe_desktop.core.markup import to_plain

    report = load_report(BUNDLED_YAML)
    slides = tmp_path / "kz-slides.pdf"
    count = write_slides_pdf(slides, report)
    assert count == pdf_pages(slides)
    assert "Kazakhstan" in page_text(slides, 1) and "15 of 40" in page_text(slides, 1)
    handout = tmp_path / "kz-handout.pdf"
    write_handout_pdf(handout, report)
    text = all_text(handout)
    # letters only: pdftotext joins "Kassym-" + "Jomart" at a line end as "KassymJomart",
    # and footnote superscripts and page numbers put digits into the flow
    def letters(s: str) -> str:
        return "".join(re.findall(r"[^\W\d_]+", s))

    flat = letters(text)
    for anchor, paragraph in report.paragraphs():  # every paragraph and footnote is there
        assert letters(to_plain(paragraph)) in flat, anchor

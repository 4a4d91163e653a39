"""File → Export / Print slides and handout, through the patched dialog seam."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from tests.ui.reader_helpers import make_window
from vibe_desktop.ui.presentation import actions
from vibe_desktop.ui.presentation.feature import install
from vibe_desktop.ui.shell import dialogs

needs_poppler = pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils missing")


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]


@pytest.fixture
def window(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path / "lib")
    install(window)
    return window


def _trigger(window, name: str) -> None:  # type: ignore[no-untyped-def]
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def test_file_menu_order_keeps_quit_last(window) -> None:  # type: ignore[no-untyped-def]
    names = [a.objectName() for a in window.menu("file").actions() if not a.isSeparator()]
    assert names[-1] == "quit" or "quit" not in names
    assert ({"export_slides_pdf", "export_handout_pdf", "print_slides", "print_handout"}
            <= set(names))
    assert window.findChild(QAction, "present") is not None  # app.py's --present finds it


@needs_poppler
def test_export_slides_whole_report_from_the_overview(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def choose(parent, title, text, options, default=0):  # type: ignore[no-untyped-def]
        asked.append(text)
        return 1

    monkeypatch.setattr(dialogs, "choose", choose)
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(tmp_path / "deck"))
    window.open_anchor(f"{window.current_report().id}/summary")
    _trigger(window, "export_slides_pdf")
    out = tmp_path / "deck.pdf"  # the .pdf suffix is added
    assert out.exists() and _pages(out) >= 27
    assert asked == []  # not inside a principle: no question
    assert "Wrote" in window.statusBar().currentMessage()


@needs_poppler
def test_export_handout_asks_for_the_principle(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    rid = window.current_report().id
    window.open_anchor(f"{rid}/i8")
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(tmp_path / "p2.pdf"))
    questions: list[tuple[str, list[str]]] = []

    def choose(parent, title, text, options, default=0):  # type: ignore[no-untyped-def]
        questions.append((text, options))
        return 1

    monkeypatch.setattr(dialogs, "choose", choose)
    _trigger(window, "export_handout_pdf")
    assert "Principle 2" in questions[0][0]
    assert questions[0][1] == ["&Whole Report", "Only &Principle 2"]
    only = _pages(tmp_path / "p2.pdf")
    monkeypatch.setattr(dialogs, "choose", lambda *a, **k: 0)
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(tmp_path / "all.pdf"))
    _trigger(window, "export_handout_pdf")
    assert _pages(tmp_path / "all.pdf") > only


def test_esc_on_the_scope_question_cancels(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.open_anchor(f"{window.current_report().id}/i8")
    monkeypatch.setattr(dialogs, "choose", lambda *a, **k: None)  # Esc / Cancel
    chosen: list[str] = []
    monkeypatch.setattr(dialogs, "save_file", lambda *a: chosen.append("asked") or None)
    assert actions.export_slides(window) is None and chosen == []
    monkeypatch.setattr(dialogs, "choose_printer", lambda *a: chosen.append("printer"))
    assert actions.print_handout(window) is False and chosen == []


def test_cancelled_export_writes_nothing(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "save_file", lambda *a: None)
    assert actions.export_slides(window) is None
    assert actions.export_handout(window) is None
    monkeypatch.setattr(dialogs, "choose_printer", lambda *a: None)
    assert actions.print_slides(window) is False
    assert actions.print_handout(window) is False


def test_unwritable_export_says_what_and_where(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "missing" / "x.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(target))
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text: errors.append(text))
    assert actions.export_slides(window) is None
    assert errors and str(target) in errors[0]


@needs_poppler
def test_print_through_the_system_dialog(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    def printer_to(name: str):  # type: ignore[no-untyped-def]
        def choose(*_args):  # type: ignore[no-untyped-def]
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(tmp_path / name))
            return printer
        return choose

    monkeypatch.setattr(dialogs, "choose_printer", printer_to("slides.pdf"))
    window.open_anchor(f"{window.current_report().id}/summary")
    assert actions.print_slides(window) is True
    assert _pages(tmp_path / "slides.pdf") >= 27
    monkeypatch.setattr(dialogs, "choose_printer", printer_to("handout.pdf"))
    assert actions.print_handout(window) is True
    assert _pages(tmp_path / "handout.pdf") >= 2

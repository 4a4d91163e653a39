"""The self-test and the start-up diagnosis: system checks, report loading, page rendering."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import BUNDLED_YAML
from tests.factories import make_report
from vibe_desktop import diagnostics, selftest

QT_DIRS = diagnostics.qt_dirs()


# -- ELF reading and the library closure ---------------------------------------------
@pytest.mark.skipif(sys.platform != "linux", reason="ELF files exist only on Linux")
def test_needed_libraries_reads_the_dynamic_section_of_qt() -> None:
    assert QT_DIRS is not None
    needed = diagnostics.needed_libraries(QT_DIRS[0] / "libQt6Gui.so.6")
    assert "libQt6Core.so.6" in needed
    assert "libfontconfig.so.1" in needed


def test_needed_libraries_of_a_non_elf_file_is_empty(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a library", encoding="utf-8")
    assert diagnostics.needed_libraries(text) == []
    assert diagnostics.needed_libraries(tmp_path / "missing.so") == []


@pytest.mark.skipif(sys.platform != "linux", reason="ELF files exist only on Linux")
def test_missing_xcb_cursor_is_named_with_the_package_to_install() -> None:
    def loads(soname: str) -> bool:
        return soname not in ("libxcb-cursor.so.0", "libGL.so.1")

    missing = dict(diagnostics.missing_libraries("xcb", loads=loads))
    assert missing["libxcb-cursor.so.0"] in ("libqxcb.so", "libQt6XcbQpa.so.6")
    assert missing["libGL.so.1"] == "libQt6Gui.so.6"
    hint = diagnostics.install_hint(missing)
    assert ("apt install libxcb-cursor0 libgl1" in hint
            or "apt install libgl1 libxcb-cursor0" in hint)
    assert "xcb-util-cursor" in hint and "libglvnd-glx" in hint


@pytest.mark.skipif(sys.platform != "linux", reason="ELF files exist only on Linux")
def test_offscreen_needs_no_xcb_library() -> None:
    asked: list[str] = []

    def loads(soname: str) -> bool:
        asked.append(soname)
        return True

    assert diagnostics.missing_libraries("offscreen", loads=loads) == []
    assert "libGL.so.1" in asked
    assert not any(name.startswith("libxcb-cursor") for name in asked)


def test_unknown_xcb_library_maps_to_its_debian_name() -> None:
    assert diagnostics.packages_for("libxcb-shape.so.0") == ("libxcb-shape0", "libxcb")
    assert diagnostics.packages_for("libfoo.so.3")[0] == "the package providing libfoo.so.3"


# -- environment -------------------------------------------------------------------------
def test_platform_follows_qt_qpa_platform_then_the_session() -> None:
    assert diagnostics.platform_name({"QT_QPA_PLATFORM": "offscreen"}) == "offscreen"
    assert diagnostics.platform_name({"QT_QPA_PLATFORM": "wayland;xcb"}) == "wayland"
    if sys.platform == "linux":
        assert diagnostics.platform_name({"DISPLAY": ":0"}) == "xcb"
        wayland = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
        assert diagnostics.platform_name(wayland) == "wayland"


@pytest.mark.skipif(sys.platform != "linux", reason="X11 is Linux only here")
def test_xcb_without_a_display_is_an_error_that_says_what_to_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    findings = diagnostics.check_environment("xcb")
    errors = [f for f in findings if f.severity == "error"]
    assert errors and "DISPLAY" in errors[0].what
    assert "QT_QPA_PLATFORM=offscreen" in errors[0].fix


def test_a_non_utf8_locale_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_CTYPE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C")
    findings = diagnostics.check_environment("offscreen")
    warning = [f for f in findings if "locale" in f.what]
    assert warning and warning[0].severity == "warning"
    assert "LANG=C.UTF-8" in warning[0].fix
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert diagnostics.locale_encoding() == "UTF-8"
    assert not [f for f in diagnostics.check_environment("offscreen") if "locale" in f.what]


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig is checked on Linux")
def test_no_fonts_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diagnostics, "font_count", lambda: 0)
    findings = diagnostics.check_environment("offscreen")
    assert any(f.severity == "error" and "fonts" in f.what for f in findings)
    assert any("fonts-dejavu-core" in f.fix for f in findings)


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig is checked on Linux")
def test_fontconfig_counts_the_installed_fonts() -> None:
    count = diagnostics.font_count()
    assert count is None or count >= 0
    if count is not None and Path("/usr/share/fonts").is_dir():
        assert count > 0


@pytest.mark.skipif(sys.platform != "linux", reason="ELF files exist only on Linux")
def test_explanation_lists_every_missing_library_and_one_install_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 1000)  # a normal user: the fix says sudo
    monkeypatch.setattr(diagnostics, "_loads", lambda s: s not in ("libEGL.so.1", "libGL.so.1"))
    monkeypatch.setattr(
        diagnostics, "missing_libraries",
        lambda platform, dirs=None, loads=diagnostics._loads: [
            ("libEGL.so.1", "libQt6Gui.so.6"), ("libGL.so.1", "libQt6Gui.so.6")],
    )
    text = diagnostics.explain_startup_failure("offscreen")
    assert "libEGL.so.1 is missing (needed by libQt6Gui.so.6)" in text
    assert "sudo apt install libegl1 libgl1" in text
    assert "--self-test" in text


@pytest.mark.skipif(sys.platform != "linux", reason="X11 is Linux only here")
def test_a_qt_abort_at_start_is_explained(tmp_path: Path) -> None:
    """Qt's own abort (no display for xcb) is followed by the diagnosis, not left alone."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    code = (
        "from vibe_desktop.diagnostics import guard_startup; guard_startup()\n"
        "from PySide6.QtWidgets import QApplication; QApplication([])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, env=env, capture_output=True,
                            text=True, timeout=60, cwd=tmp_path)
    assert result.returncode != 0
    assert "could not connect to display" in result.stderr.lower() or "xcb" in result.stderr
    assert "VIBE Desktop cannot start its window" in result.stderr
    assert "DISPLAY is not set" in result.stderr


# -- the self-test steps ---------------------------------------------------------------
def test_load_reports_lists_each_problem_with_the_file(tmp_path: Path) -> None:
    good = make_report()
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [unclosed", encoding="utf-8")

    def load(file: Path) -> object:
        if file.name == "broken.yaml":
            raise type("ReportError", (Exception,), {})("bad") from None
        return good

    fine = tmp_path / "fine.yaml"
    fine.write_text("", encoding="utf-8")
    reports, outcome = selftest.load_reports([fine, broken], load)  # type: ignore[list-item]
    assert reports == [good]
    assert outcome.checked == 2
    assert outcome.problems == ["broken.yaml: ReportError: bad"]


def test_load_reports_with_no_file_is_a_problem() -> None:
    reports, outcome = selftest.load_reports([], lambda f: make_report())
    assert reports == [] and outcome.problems


@pytest.mark.skipif(not BUNDLED_YAML.exists(), reason="the bundled report is not built yet")
def test_the_bundled_report_loads_with_the_real_loader() -> None:
    load = selftest._loader()
    assert load is not None
    reports, outcome = selftest.load_reports([BUNDLED_YAML], load)  # type: ignore[list-item]
    assert outcome.problems == []
    assert reports[0].id == "kazakhstan-2022"


class FakeWindow:
    """Stands in for MainWindow: refuses one page, paints the rest (a real QTextBrowser)."""

    def __init__(self, refuse: str) -> None:
        from PySide6.QtWidgets import QTextBrowser

        self.detail = QTextBrowser()
        self.refuse = refuse
        self.opened: list[str] = []

    def resize(self, w: int, h: int) -> None:
        self.detail.resize(w, h)

    def open_anchor(self, anchor: str) -> bool:
        self.opened.append(anchor)
        self.detail.setPlainText(anchor)
        return anchor != self.refuse

    def close(self) -> None:
        self.detail.close()

    def deleteLater(self) -> None:
        self.detail.deleteLater()


@pytest.mark.skipif(not selftest.window_available(), reason="ui.pages is not there yet")
def test_render_pages_opens_every_page_and_reports_a_refused_one(qapp: object) -> None:
    from vibe_desktop.core.navigation import all_page_anchors

    report = make_report()
    window = FakeWindow(refuse=f"{report.id}/i7")
    outcome = selftest.render_pages([report], make_window=lambda: window)
    assert window.opened == all_page_anchors(report)
    assert outcome.checked == len(window.opened) == 1 + 4 + 20 + 1
    assert outcome.problems == [f"{report.id}/i7: the window refused to open this page"]


def test_run_self_test_passes_here_and_prints_what_it_checked(qapp: object) -> None:
    out, err = io.StringIO(), io.StringIO()
    status = selftest.run_self_test(SimpleNamespace(), out=out, err=err)
    assert err.getvalue() == "" and status == selftest.EXIT_OK, err.getvalue()
    text = out.getvalue()
    assert "system: libraries, fonts and locale OK" in text
    assert "reports: 1 of 1 loaded" in text
    assert text.rstrip().splitlines()[-1].startswith("OK (")


def test_run_self_test_fails_on_a_broken_bundled_report(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken-2022.yaml"
    broken.write_text("schema_version: 1\nid: broken-2022\n", encoding="utf-8")
    monkeypatch.setattr("vibe_desktop.paths.bundled_report_files", lambda: [broken])
    out, err = io.StringIO(), io.StringIO()
    assert selftest.run_self_test(None, out=out, err=err) == selftest.EXIT_CONTENT
    assert "report problem: broken-2022.yaml" in err.getvalue()
    assert "FAILED" in err.getvalue()


@pytest.mark.skipif(sys.platform != "linux", reason="X11 is Linux only here")
def test_run_self_test_stops_before_qt_when_the_system_cannot_run_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    out, err = io.StringIO(), io.StringIO()
    assert selftest.run_self_test(None, out=out, err=err) == selftest.EXIT_SYSTEM
    assert "DISPLAY is not set" in err.getvalue()
    assert "cannot run the window" in err.getvalue()


@pytest.mark.skipif(sys.platform != "linux", reason="X11 is Linux only here")
def test_a_qt_library_that_cannot_load_is_explained(tmp_path: Path) -> None:
    """An ImportError from Qt (e.g. libGL missing) ends in the diagnosis, exit 2."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", VIBE_DESKTOP_HOME=str(tmp_path))
    code = (
        "import argparse, sys\n"
        "sys.modules['PySide6.QtWidgets'] = None  # importing it now raises ImportError\n"
        "from vibe_desktop.diagnostics import guarded_start\n"
        "sys.exit(guarded_start(argparse.Namespace()))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, env=env,
                            capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "VIBE Desktop could not load Qt" in result.stderr

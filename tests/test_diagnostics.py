"""The start-up diagnosis: dead displays, fonts, fontconfig, locale, sudo, the screenshot limit."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from vibe_desktop import diagnostics, displays, syslibs


def free_display_number() -> int:
    """An X display number no server listens on (no socket, abstract or on disk)."""
    for number in range(4000, 4100):
        if displays.x_server_answers(f":{number}") is False:
            return number
    pytest.skip("no free X display number")


def test_display_values_are_parsed_like_xlib_does() -> None:
    assert displays.parse_x_display(":0") == ("", 0)
    assert displays.parse_x_display(":99.0") == ("", 99)
    assert displays.parse_x_display("unix:3") == ("unix", 3)
    assert displays.parse_x_display("host.example:1.2") == ("host.example", 1)
    assert displays.parse_x_display("nonsense") is None
    assert displays.x_server_answers("/private/tmp/launchd-1/org.xquartz:0") is None


@pytest.mark.skipif(sys.platform != "linux", reason="X11 is Linux only here")
def test_a_listening_unix_socket_counts_as_a_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(displays, "X11_SOCKETS", tmp_path)
    number = free_display_number()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / f"X{number}"))
        server.listen(1)
        assert displays.x_server_answers(f":{number}") is True
    assert displays.x_server_answers(f":{number}") is False


@pytest.mark.skipif(sys.platform != "linux", reason="X11 is Linux only here")
def test_a_dead_display_is_an_error_with_the_fix() -> None:
    display = f":{free_display_number()}"
    findings = diagnostics.display_findings("xcb", {"DISPLAY": display})
    assert [f.severity for f in findings] == ["error"]
    assert f"DISPLAY={display} is set, but no X server answers" in findings[0].what
    assert "QT_QPA_PLATFORM=offscreen" in findings[0].fix and "unset DISPLAY" in findings[0].fix


@pytest.mark.skipif(sys.platform != "linux", reason="Wayland is Linux only here")
def test_a_dead_wayland_socket_is_an_error_or_a_warning_when_x11_takes_over(
    tmp_path: Path,
) -> None:
    env = {"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path),
           "QT_QPA_PLATFORM": "wayland"}
    findings = diagnostics.display_findings("wayland", env)
    assert [f.severity for f in findings] == ["error"]
    assert f"no Wayland compositor answers at {tmp_path / 'wayland-9'}" in findings[0].what
    assert "QT_QPA_PLATFORM=xcb" in findings[0].fix
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "wayland-9"))
        server.listen(1)
        assert diagnostics.display_findings("wayland", env) == []


@pytest.mark.skipif(sys.platform != "linux", reason="X11 is Linux only here")
def test_the_app_explains_a_dead_display_instead_of_letting_qt_abort(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=f":{free_display_number()}", VIBE_DESKTOP_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "vibe_desktop"], check=False, env=env,
                            capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "no X server answers there" in result.stderr
    assert "xcb-cursor0" not in result.stderr  # Qt's misleading advice never appears


def test_screenshot_has_a_time_limit(tmp_path: Path) -> None:
    code = (
        "import argparse, sys, threading\n"
        "import vibe_desktop.app\n"
        "vibe_desktop.app.run_app = lambda args: threading.Event().wait()  # never paints\n"
        "from vibe_desktop.diagnostics import guarded_start\n"
        "sys.exit(guarded_start(argparse.Namespace(screenshot='out.png')))\n"
    )
    env = dict(os.environ, VIBE_DESKTOP_SCREENSHOT_TIMEOUT="0.2")
    result = subprocess.run([sys.executable, "-c", code], check=False, env=env,
                            capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 2
    assert "--screenshot wrote no picture within 0.2 s" in result.stderr


def test_no_sudo_in_a_fix_when_running_as_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    hint = syslibs.install_hint(["libGL.so.1"])
    assert hint.startswith("apt install libgl1") and "sudo" not in hint
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    assert syslibs.install_hint(["libGL.so.1"]).startswith("sudo apt install libgl1")


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig is checked on Linux")
def test_fontconfig_without_configuration_names_fontconfig_config(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FONTCONFIG_FILE", raising=False)
    monkeypatch.setattr(diagnostics, "fontconfig_has_config", lambda: False)
    monkeypatch.setattr(diagnostics, "font_count", lambda: 0)  # what fontconfig then says
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    findings = diagnostics.fontconfig_findings()
    assert len(findings) == 1 and findings[0].severity == "warning"  # not "no fonts"
    assert "fontconfig has no configuration" in findings[0].what
    assert findings[0].fix.startswith("apt install fontconfig-config")


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig is checked on Linux")
def test_fontconfig_finds_its_configuration_here() -> None:
    if not Path("/etc/fonts/fonts.conf").exists():
        pytest.skip("this machine has no fontconfig configuration")
    assert diagnostics.fontconfig_has_config() is True


def test_unset_locale_variables_are_normal_on_windows_and_macos() -> None:
    assert diagnostics.locale_encoding({}, "win32") == "UTF-8"
    assert diagnostics.locale_encoding({}, "darwin") == "UTF-8"
    assert diagnostics.locale_encoding({}, "linux") == "ANSI_X3.4-1968"
    assert diagnostics.locale_encoding({"LANG": "de_DE.UTF-8"}, "linux") == "UTF-8"
    assert diagnostics.locale_encoding({"LANG": "German_Germany"}, "win32") == "UTF-8"


def test_qt_sees_fonts_with_real_letters_here(qapp: object) -> None:
    assert diagnostics.qt_font_findings() == []


def test_qt_with_no_font_is_an_error(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("PySide6.QtGui.QFontDatabase.families", lambda *a: [])
    findings = diagnostics.qt_font_findings()
    assert findings and findings[0].severity == "error" and "box" in findings[0].what


def test_offscreen_on_windows_is_pointed_at_the_windows_fonts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    env = {"QT_QPA_PLATFORM": "offscreen", "WINDIR": "C:\\Windows"}
    diagnostics.prepare_qt_environment(env)
    assert env["QT_QPA_FONTDIR"].endswith("Fonts")
    kept = {"QT_QPA_PLATFORM": "offscreen", "QT_QPA_FONTDIR": "D:\\fonts"}
    diagnostics.prepare_qt_environment(kept)
    assert kept["QT_QPA_FONTDIR"] == "D:\\fonts"
    native: dict[str, str] = {}
    diagnostics.prepare_qt_environment(native)
    assert "QT_QPA_FONTDIR" not in native

"""The Windows installer and portable ZIP: built under Wine, installed, started, uninstalled.

One run of packaging/windows/wine_build.py per session (about 3 minutes with a warm cache,
more the first time: downloads and the Wine prefix are cached in ~/.cache/vibe-desktop-wine);
it fails on the first smoke check that fails, and these tests read what it measured. On CI
(CI=true) missing tools are a failure, not a skip: every landing proves the package builds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

pytestmark = [
    pytest.mark.windows,
    pytest.mark.skipif(sys.platform != "linux", reason="the Wine build runs on Linux"),
]
sys.path.insert(0, str(REPO / "packaging" / "windows"))
import wine_env  # noqa: E402


@pytest.fixture(scope="session")
def wine_build() -> dict[str, Any]:
    missing = wine_env.missing_tools()
    if missing:
        message = f"not installed: {' '.join(missing)} (python3 scripts/bootstrap.py test)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "windows" / "wine_build.py")],
        check=False, cwd=REPO, capture_output=True, text=True, timeout=3600)
    # PyInstaller's notes on the Universal CRT (part of Windows, absent in Wine) are noise
    out = "\n".join(line for line in (result.stdout + result.stderr).splitlines()
                    if "WARNING: Library not found" not in line)
    assert result.returncode == 0, f"Windows build failed:\n{out[-8000:]}"
    info: dict[str, Any] = json.loads(
        (REPO / "build" / "windows" / "build-info.json").read_text(encoding="utf-8"))
    return info


def test_installed_exe_passes_its_self_test_on_the_windows_platform(
    wine_build: dict[str, Any],
) -> None:
    lines = wine_build["smoke"]["selftest_windows"]
    assert any("(frozen, Python 3.11" in line and "Qt platform 'windows'" in line
               for line in lines), lines
    assert any(line.startswith("pages: ") for line in lines)
    assert lines[-1].startswith("OK (")


def test_screenshot_shows_real_letters_not_boxes(wine_build: dict[str, Any]) -> None:
    shapes = wine_build["smoke"]["glyph_shapes"]
    assert shapes["windows"] >= 4 * max(shapes["no_fonts"], 1), shapes


def test_uninstall_keeps_the_users_files_and_portable_keeps_them_beside_the_exe(
    wine_build: dict[str, Any],
) -> None:
    assert "user files kept" in wine_build["smoke"]["uninstall"]
    assert "across a move" in wine_build["smoke"]["portable"]
    assert "removed the user's files" in wine_build["smoke"]["purge"]  # only when asked


def test_windows_bundle_is_trimmed(wine_build: dict[str, Any]) -> None:
    bundle = Path(wine_build["bundle"])
    names = {p.name.lower() for p in bundle.rglob("*")}
    for unwanted in ("opengl32sw.dll", "qt6qml.dll", "qt6pdf.dll",
                     "qt6quick.dll", "libcrypto-3.dll", "libssl-3.dll"):
        assert unwanted not in names, unwanted
    # Qt6Network stays: QLocalServer/QLocalSocket hand a second launch to the running window
    assert {"qwindows.dll", "qoffscreen.dll", "qt6widgets.dll", "qt6network.dll"} <= names
    assert wine_build["setup_bytes"] < wine_build["bundle_bytes"]


def test_portable_zip_carries_the_marker(wine_build: dict[str, Any]) -> None:
    import zipfile

    with zipfile.ZipFile(wine_build["zip"]) as zf:
        names = zf.namelist()
    assert any(n.endswith("/portable.txt") for n in names)
    assert any(n.endswith("/vibe-desktop.exe") for n in names)

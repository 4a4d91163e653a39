"""One window per user store: a second launch hands its arguments to the running copy, exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_YAML

pytestmark = pytest.mark.skipif(not BUNDLED_YAML.exists(), reason="no bundled report yet")


def _last_anchor(home: Path) -> str | None:
    for ini in home.rglob("*.ini"):
        for line in ini.read_text("utf-8", errors="replace").splitlines():
            if line.startswith("last_anchor="):
                return line.split("=", 1)[1].strip()
    return None


def test_a_second_launch_goes_to_the_running_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIBE_DESKTOP_HOME=str(home))
    first = subprocess.Popen([sys.executable, "-m", "vibe_desktop"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # the running copy's state is visible in the settings it writes at once
        qtbot.waitUntil(lambda: _last_anchor(home) == "kazakhstan-2022/summary", timeout=60000)
        second = subprocess.run([sys.executable, "-m", "vibe_desktop", "--indicator", "6"],
                                env=env, capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stderr
        qtbot.waitUntil(lambda: _last_anchor(home) == "kazakhstan-2022/i6", timeout=60000)
        assert first.poll() is None  # the first window is still there
    finally:
        first.kill()
        first.communicate(timeout=60)

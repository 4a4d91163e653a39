"""One window per user store: a second launch hands its arguments to the running copy, exits."""

from __future__ import annotations

import os
import subprocess
import sys
import time
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


def _until(condition, seconds: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    """Poll a subprocess's visible state (a file it writes); no fixed sleep."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_a_second_launch_goes_to_the_running_window(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIBE_DESKTOP_HOME=str(home))
    first = subprocess.Popen([sys.executable, "-m", "vibe_desktop"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert _until(lambda: _last_anchor(home) == "kazakhstan-2022/summary"), "no window"
        second = subprocess.run([sys.executable, "-m", "vibe_desktop", "--indicator", "6"],
                                env=env, capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stderr
        assert _until(lambda: _last_anchor(home) == "kazakhstan-2022/i6"), _last_anchor(home)
        assert first.poll() is None  # the first window is still there
    finally:
        first.kill()
        first.communicate(timeout=60)

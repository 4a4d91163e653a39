"""The whole program as a subprocess: --screenshot renders the window to a PNG and exits."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import BUNDLED_YAML


def _run(args: list[str], home: Path, platform: str = "offscreen", wrapper: list[str] | None = None,
         ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, VIBE_DESKTOP_HOME=str(home))
    return subprocess.run([*(wrapper or []), sys.executable, "-m", "vibe_desktop", *args],
                          check=False, env=env, capture_output=True, text=True, timeout=120)


pytestmark = pytest.mark.skipif(not BUNDLED_YAML.exists(), reason="no bundled report yet")


@pytest.mark.parametrize(
    ("args", "size"),
    [
        (["--size", "1024x700"], (1024, 700)),
        (["--indicator", "6", "--theme", "dark", "--size", "900x640"], (900, 640)),
        (["--report", "kazakhstan-2022", "--principle", "2"], None),
    ],
)
def test_screenshot_is_written(qapp, tmp_path: Path, args: list[str], size) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "shot.png"
    result = _run(["--screenshot", str(out), *args], tmp_path / "home")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull()
    if size is not None:
        assert (image.width(), image.height()) == size
    # the page is drawn: many different colours, not a blank window
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17)
               for y in range(0, image.height(), 13)}
    assert len(colours) > 20
    assert not (tmp_path / "home" / "config" / "settings.ini").exists()  # screenshots save nothing


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--indicator", "21"], "indicators are numbered 1 to 20"),
        (["--report", "atlantis-1999"], "no report 'atlantis-1999'"),
        (["--screenshot", "shot.jpg"], "must end in .png"),
    ],
)
def test_bad_arguments_say_what_is_wrong(tmp_path: Path, args: list[str], message: str) -> None:
    if "--screenshot" not in args:
        args = [*args, "--screenshot", str(tmp_path / "x.png")]
    result = _run(args, tmp_path / "home")
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / "x.png").exists()


@pytest.mark.xvfb
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_real_x11_window_opens_under_xvfb(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "xcb.png"
    result = _run(["--screenshot", str(out), "--indicator", "6", "--size", "800x600"],
                  tmp_path / "home", platform="xcb", wrapper=["xvfb-run", "-a"])
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() == 800

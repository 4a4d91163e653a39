"""The running app as a screen reader reads it: Xvfb, the AT-SPI bus and the external client."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_YAML, REPO

TOOLS = REPO.parent / "shared" / "tools" / "a11y"  # in CI a copy of shared/ sits beside the repo
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-pyatspi
DISPLAYS = range(12, 20)


def _missing() -> str:
    if not BUNDLED_YAML.exists():
        return "no bundled report"
    for tool in ("Xvfb", "openbox", "dbus-daemon", "gdbus"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt: xvfb openbox dbus-x11 at-spi2-core)"
    if not (TOOLS / "session.sh").exists() or not (TOOLS / "dump.py").exists():
        return f"the external AT-SPI client is not at {TOOLS}"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                           check=False) if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        return "python3-pyatspi is not installed for /usr/bin/python3"
    return ""


pytestmark = pytest.mark.skipif(bool(_missing()), reason=_missing() or "ready")


def _exports(text: str) -> dict[str, str]:
    env: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("export "):
            for item in line[len("export "):].split():
                key, _, value = item.partition("=")
                env[key] = value.strip("'")
    return env


@pytest.fixture
def session() -> Iterator[dict[str, str]]:
    """A headless desktop with the accessibility bus (the shared session script)."""
    for number in DISPLAYS:
        if not Path(f"/tmp/.X{number}-lock").exists():
            break
    else:
        pytest.skip("no free X display between :12 and :19")
    result = subprocess.run(["bash", str(TOOLS / "session.sh"), str(number), "1280x800"],
                            capture_output=True, text=True, timeout=60, check=False)
    env = _exports(result.stdout)
    if "DISPLAY" not in env:
        pytest.skip(f"the accessibility session did not start: {result.stdout}{result.stderr}")
    try:
        yield env
    finally:
        for key in ("XVFB_PID", "OPENBOX_PID", "DBUS_PID"):
            if env.get(key, "").isdigit():
                with contextlib.suppress(ProcessLookupError):
                    os.kill(int(env[key]), signal.SIGTERM)


def _dump(env: dict[str, str], *args: str) -> str:
    result = subprocess.run([SYSTEM_PYTHON, str(TOOLS / "dump.py"), "--app", "VIBE", *args],
                            env=env, capture_output=True, text=True, timeout=120, check=False)
    return result.stdout


def test_the_reading_pane_is_a_document_with_links(session: dict[str, str],
                                                   tmp_path: Path) -> None:
    env = {**os.environ, **session, "QT_QPA_PLATFORM": "xcb",
           "VIBE_DESKTOP_HOME": str(tmp_path), "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
           "QT_ACCESSIBILITY": "1"}
    log = tmp_path / "app.log"
    with log.open("w") as out:
        app = subprocess.Popen([sys.executable, "-m", "vibe_desktop", "--indicator", "6",
                                "--size", "1200x760"], env=env, stdout=out, stderr=out)
    try:
        tree = ""
        for _attempt in range(10):  # each dump waits for the app itself (--wait)
            tree = _dump(env, "--wait", "20", "--text", "100000")
            if "[document frame] 'Report text'" in tree and "[link] 'footnote 10'" in tree:
                break
        assert "[document frame] 'Report text'" in tree, tree[:2000] + log.read_text()
        pane = tree[tree.index("[document frame] 'Report text'"):]
        pane_line = pane.splitlines()[0]
        assert "<Action,Text>" in pane_line or "Text" in pane_line
        assert "\\ufdd0" not in pane_line and "\\ufdd1" not in pane_line
        assert "(footnote 9)" in pane_line  # spoken, not glued to "information."
        links = [line for line in pane.splitlines()[1:40] if "[link]" in line]
        assert len(links) >= 15
        assert any("'footnote 10'" in line for line in links)
        assert any("'link: " in line and "desc='https://" in line for line in links)
        assert "[heading] 'Indicator 6:" in pane
        assert "[block quote]" in pane and "said by" in pane
        summary = _dump(env, "--summary", "--text", "0")
        focusable = summary[summary.index("=== focusable objects"):]
        assert "UNNAMED" not in focusable
    finally:
        app.terminate()
        app.wait(timeout=30)

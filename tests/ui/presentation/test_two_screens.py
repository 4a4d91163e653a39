"""With a second screen: slides full screen on the projector, presenter view on the laptop.

Runs in a subprocess on Qt's offscreen platform configured with two screens (the test
session's own QApplication has one).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

SCREENS = {
    "synchronousWindowSystemEvents": True,
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800,
         "logicalDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1280, "y": 0, "width": 1024, "height": 768,
         "logicalDpi": 96, "dpr": 1},
    ],
}

SCRIPT = """
import json
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tests.factories import make_report
from vibe_desktop.ui.presentation.inhibit import SleepInhibitor
from vibe_desktop.ui.presentation.session import Presentation

def state(session):
    a, p = session.audience, session.presenter
    app.processEvents()
    return {
        "audience_screen": a.screen().name(), "audience_full": a.isFullScreen(),
        "audience_geometry": [a.geometry().x(), a.geometry().width(), a.geometry().height()],
        "slide_size": [session.controller.size.width(), session.controller.size.height()],
        "presenter_visible": p is not None and p.isVisible(),
        "presenter_screen": p.screen().name() if p is not None else None,
        "presenter_full": p is not None and p.isFullScreen(),
        "choices": p.screens.count() if p is not None else 0,
        "chosen": p.screens.currentIndex() if p is not None else None,
    }

session = Presentation(make_report(), inhibitor=SleepInhibitor([]))
session.start()
out = {"start": state(session)}
session.presenter.screens.activated.emit(0)  # the presenter picks the laptop for the audience
out["moved"] = state(session)
ended = []
session.ended.connect(ended.append)
session.controller.end()
out["ended"] = ended
print(json.dumps(out))
"""


def test_two_screens(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), "utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "PYTHONPATH": str(REPO), "VIBE_DESKTOP_HOME": str(tmp_path / "home")}
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env,
                          cwd=REPO, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    start = result["start"]
    assert start["audience_screen"] == "projector" and start["audience_full"]
    assert start["audience_geometry"] == [1280, 1024, 768]
    assert start["slide_size"] == [1024, 768]  # paginated for the projector, not the laptop
    assert start["presenter_visible"] and start["presenter_screen"] == "laptop"
    assert start["presenter_full"]  # each view full screen on its own screen
    assert (start["choices"], start["chosen"]) == (2, 1)
    moved = result["moved"]
    assert moved["audience_screen"] == "laptop" and moved["audience_full"]
    assert moved["slide_size"] == [1280, 800]
    assert moved["presenter_screen"] == "projector"  # the two swap
    assert result["ended"] == ["testland-2030/summary"]


MIRRORED = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96, "dpr": 1},
    {"name": "projector", "x": 0, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96,
     "dpr": 1},
]}

MIRRORED_SCRIPT = """
import json
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tests.factories import make_report
from vibe_desktop.ui.presentation.inhibit import SleepInhibitor
from vibe_desktop.ui.presentation.session import Presentation
from vibe_desktop.ui.presentation.feature import one_screen
session = Presentation(make_report(), presenter=True, inhibitor=SleepInhibitor([]))
session.start()
app.processEvents()
print(json.dumps({"one": one_screen(), "rehearsal": session.rehearsal,
                  "audience": session.audience.isVisible()}))
session.controller.end()
"""


def test_a_mirrored_projector_counts_as_one_screen(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(MIRRORED), "utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "PYTHONPATH": str(REPO), "VIBE_DESKTOP_HOME": str(tmp_path / "home")}
    proc = subprocess.run([sys.executable, "-c", MIRRORED_SCRIPT], capture_output=True,
                          text=True, env=env, cwd=REPO, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"one": True, "rehearsal": True, "audience": False}

"""Where the start-up time goes: the app's steps to its first paint, timed one by one.

``python -m benchmarks.phases [RUNS]`` starts a fresh interpreter per run (offscreen, a
throw-away home, compiled bytecode) and prints the median of each phase in ms. It follows
app.run_app's order; it is a profile to find causes, not the measurement (that is run.py).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, time
marks = [("start", time.perf_counter())]
def mark(name):
    marks.append((name, time.perf_counter()))
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
mark("import PySide6 (QtCore, QtGui, QtWidgets)")
import vibe_desktop.app
import vibe_desktop.i18n
from vibe_desktop.ui.shell.main_window import MainWindow
mark("import vibe_desktop.ui.shell.main_window (+ its UI modules)")
app = vibe_desktop.app._app(["bench"])
vibe_desktop.i18n.install_translations(app)
mark("QApplication + translations")
window = MainWindow(install_features=False)
window.persist = False
mark("MainWindow()")
anchor = window.start_anchor()
report_id = anchor.split("/")[0]
window.library.get(report_id)
mark("load the report (library.get: the pre-parsed cache, or YAML)")
yaml_before_paint = "yaml" in sys.modules
window.open_anchor(anchor)
mark("open_anchor(overview): render the page")
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and len(marks) < 8:
            mark("show() -> first paint of the detail pane")
            QTimer.singleShot(0, app.quit)
        return False
probe = Probe()
window.detail.viewport().installEventFilter(probe)
window.show()
app.exec()
window.ensure_features()
mark("after the paint: install the features")
phases = [(name, (t - prev) * 1000) for (name, t), (_, prev) in zip(marks[1:], marks)]
print(json.dumps({"phases": phases, "yaml_before_paint": yaml_before_paint}))
"""


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    samples: dict[str, list[float]] = {}
    yaml_runs = 0
    with tempfile.TemporaryDirectory(prefix="vibe-phases-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIBE_DESKTOP_HOME=home,
                   PYTHONPYCACHEPREFIX=str(ROOT / "benchmarks" / "out" / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for i in range(runs + 1):
            out = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env, check=True,
                                 capture_output=True, text=True).stdout
            if i == 0:
                continue  # warm-up: writes bytecode, fills the page cache
            result = json.loads(out.strip().splitlines()[-1])
            yaml_runs += bool(result["yaml_before_paint"])
            for name, ms in result["phases"]:
                samples.setdefault(name, []).append(ms)
    total = 0.0
    for name, values in samples.items():
        median = statistics.median(values)
        if not name.startswith("after"):
            total += median
        print(f"{median:7.1f} ms  {name}")
    print(f"{total:7.1f} ms  sum to the first paint (interpreter start not included)")
    print(f"PyYAML imported before the first paint in {yaml_runs} of {runs} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())

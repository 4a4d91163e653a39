"""The D-Bus inhibitor against a fake org.freedesktop.ScreenSaver on a private session bus."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

SERVICE = '''
import sys
from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

app = QCoreApplication([])
log = open(sys.argv[1], "a", buffering=1)


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class Saver(QObject):
    @Slot(str, str, result="uint")
    def Inhibit(self, name, reason):
        log.write(f"Inhibit|{name}|{reason}\\n")
        return 42

    @Slot("uint")
    def UnInhibit(self, cookie):
        log.write(f"UnInhibit|{cookie}\\n")


saver = Saver()
bus = QDBusConnection.sessionBus()
bus.registerObject("/org/freedesktop/ScreenSaver", saver,
                   QDBusConnection.RegisterOption.ExportAllSlots)
bus.registerService("org.freedesktop.ScreenSaver")
log.write("ready\\n")
app.exec()
'''

CLIENT = '''
import json, subprocess, sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection
from vibe_desktop.ui.presentation.inhibit import DBusScreenSaver

log = Path(sys.argv[2])
service = subprocess.Popen([sys.executable, sys.argv[1], str(log)])
app = QCoreApplication([])
for _ in range(200):
    if log.exists() and "ready" in log.read_text():
        break
    time.sleep(0.05)
backend = DBusScreenSaver()
result = {"inhibit": backend.inhibit(), "cookie": backend.cookie}
result["connected_while_inhibited"] = QDBusConnection(DBusScreenSaver.CONNECTION).isConnected()
backend.release()
result["connected_after_release"] = QDBusConnection(DBusScreenSaver.CONNECTION).isConnected()
result["cookie_after"] = backend.cookie
service.terminate()
service.wait()
result["log"] = log.read_text().splitlines()
print(json.dumps(result))
'''


@pytest.mark.skipif(shutil.which("dbus-run-session") is None or sys.platform != "linux",
                    reason="needs dbus-run-session (Linux)")
def test_dbus_backend_inhibits_and_releases(tmp_path: Path) -> None:
    (tmp_path / "service.py").write_text(SERVICE, "utf-8")
    (tmp_path / "client.py").write_text(CLIENT, "utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(tmp_path / "client.py"),
         str(tmp_path / "service.py"), str(tmp_path / "calls.log")],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["inhibit"] is True and result["cookie"] == 42
    assert "Inhibit|VIBE Desktop|Presenting" in result["log"]
    assert result["connected_while_inhibited"] is True
    # released: the private connection is gone, so the service drops the inhibition
    assert result["connected_after_release"] is False and result["cookie_after"] is None


@pytest.mark.skipif(shutil.which("dbus-run-session") is None or sys.platform != "linux",
                    reason="needs dbus-run-session (Linux)")
def test_dbus_backend_without_a_screensaver_service(tmp_path: Path) -> None:
    client = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from vibe_desktop.ui.presentation.inhibit import DBusScreenSaver\n"
        "app = QCoreApplication([])\n"
        "print(DBusScreenSaver().inhibit())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    proc = subprocess.run(["dbus-run-session", "--", sys.executable, "-c", client],
                          capture_output=True, text=True, env=env, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"

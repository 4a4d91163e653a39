"""One copy per store: a second launch hands its arguments to the first; a crash blocks nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from vibe_desktop.single_instance import SingleInstance

SECOND_LAUNCH = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from vibe_desktop.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(sys.argv[1], Path(sys.argv[2]))
if instance.try_primary():
    print("primary", flush=True)
    sys.stdin.read()
else:
    print("sent" if instance.send_to_primary(sys.argv[3:]) else "not sent", flush=True)
"""


def _launch(key: str, folder: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", SECOND_LAUNCH, key, str(folder), *args],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def test_second_instance_in_this_process_is_refused_and_its_args_arrive(
        qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance("store-a", tmp_path)
    assert first.try_primary()
    second = SingleInstance("store-a", tmp_path)
    assert not second.try_primary()
    with qtbot.waitSignal(first.message_received, timeout=10000) as blocker:
        assert second.send_to_primary(["--open", "kazakhstan-2022/i6/p3", "Қазақстан"])
    assert blocker.args == [["--open", "kazakhstan-2022/i6/p3", "Қазақстан"]]
    other = SingleInstance("store-b", tmp_path)  # another store is another instance
    assert other.try_primary()
    other.release()
    first.release()


def test_second_launch_as_a_process_hands_over_and_exits(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance("store-c", tmp_path)
    assert first.try_primary()
    with qtbot.waitSignal(first.message_received, timeout=30000) as blocker:
        second = _launch("store-c", tmp_path, "report.yaml")
    out, _ = second.communicate(timeout=30)
    assert out.strip() == "sent" and second.returncode == 0
    assert blocker.args == [["report.yaml"]]
    first.release()


def test_a_killed_primary_leaves_nothing_that_blocks_the_next_start(tmp_path: Path) -> None:
    with _launch("store-d", tmp_path) as primary:
        assert primary.stdout is not None and primary.stdout.readline().strip() == "primary"
        assert not SingleInstance("store-d", tmp_path).try_primary()
        primary.kill()
    after = SingleInstance("store-d", tmp_path)
    assert after.try_primary()  # stale lock (dead pid) and stale socket taken over
    after.release()


def test_garbage_on_the_socket_is_ignored(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QByteArray
    from PySide6.QtNetwork import QLocalSocket

    first = SingleInstance("store-e", tmp_path)
    assert first.try_primary()
    received: list[list[str]] = []
    first.message_received.connect(received.append)
    for junk in (b"\xff\xfe\n", b'{"not": "a list"}\n', b"[1, 2]\n"):
        socket = QLocalSocket()
        socket.connectToServer(first.server_name)
        assert socket.waitForConnected(5000)
        socket.write(QByteArray(junk))
        socket.waitForBytesWritten(5000)
        socket.disconnectFromServer()
    with qtbot.waitSignal(first.message_received, timeout=10000):
        assert SingleInstance("store-e", tmp_path).send_to_primary(["ok"])
    assert received == [["ok"]]
    first.release()

"""Screen-sleep inhibitor: backend choice per OS, first working backend wins, quiet failure."""

from __future__ import annotations

import logging

import pytest

from vibe_desktop.ui.presentation import inhibit


class Fake:
    def __init__(self, name: str, works: bool | Exception) -> None:
        self.name = name
        self.works = works
        self.calls: list[str] = []

    def inhibit(self) -> bool:
        self.calls.append("inhibit")
        if isinstance(self.works, Exception):
            raise self.works
        return self.works

    def release(self) -> None:
        self.calls.append("release")


@pytest.mark.parametrize("platform, names", [
    ("linux", ["dbus", "xdg-screensaver"]),
    ("win32", ["windows"]),
    ("darwin", ["caffeinate"]),
    ("freebsd13", ["dbus", "xdg-screensaver"]),
])
def test_backends_per_platform(platform: str, names: list[str]) -> None:
    assert [b.name for b in inhibit.backends_for(platform)] == names


def test_first_working_backend_is_used_and_released() -> None:
    broken, failing = Fake("a", RuntimeError("x")), Fake("b", False)
    working, unused = Fake("c", True), Fake("d", True)
    inhibitor = inhibit.SleepInhibitor([broken, failing, working, unused])
    assert inhibitor.inhibit() == "c"
    assert inhibitor.inhibit() == "c"  # idempotent
    assert working.calls == ["inhibit"] and unused.calls == []
    inhibitor.release()
    assert working.calls == ["inhibit", "release"]
    inhibitor.release()
    assert working.calls == ["inhibit", "release"]


def test_nothing_works_fails_quietly_with_a_log(caplog: pytest.LogCaptureFixture) -> None:
    inhibitor = inhibit.SleepInhibitor([Fake("a", False), Fake("b", OSError("gone"))])
    with caplog.at_level(logging.INFO, logger=inhibit.__name__):
        assert inhibitor.inhibit() is None
    assert "could not keep the screen awake" in caplog.text
    inhibitor.release()  # nothing to release: no error


def test_command_backend_missing_program() -> None:
    backend = inhibit.CommandBackend("none", lambda: ["vibe-no-such-program-xyz"])
    assert backend.inhibit() is False
    empty = inhibit.CommandBackend("empty", list)
    assert empty.inhibit() is False
    backend.release()


def test_command_backend_runs_and_stops_a_helper(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sys

    backend = inhibit.CommandBackend("sleeper",
                                     lambda: [sys.executable, "-c", "import time; time.sleep(60)"])
    assert backend.inhibit() is True
    process = backend.process
    assert process is not None and process.poll() is None
    backend.release()
    assert process.poll() is not None and backend.process is None

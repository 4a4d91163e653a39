"""Keep the screen awake while presenting: one small backend per OS, failing quietly.

Linux: org.freedesktop.ScreenSaver Inhibit/UnInhibit over QtDBus, else
``xdg-screensaver suspend``. Windows: SetThreadExecutionState. macOS: ``caffeinate -d -w``.
If none works, a log message says so and the presentation goes on.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusInterface

log = logging.getLogger(__name__)


class Backend(Protocol):
    name: str

    def inhibit(self) -> bool: ...

    def release(self) -> None: ...


class DBusScreenSaver:
    """org.freedesktop.ScreenSaver over the session bus (KDE, GNOME, Xfce, ...).

    The call goes over a private bus connection: the services drop an inhibition when its
    caller leaves the bus, so closing that connection releases it even where UnInhibit's
    uint32 cookie cannot be sent exactly from Python.
    """

    name = "dbus"
    CONNECTION = "vibe-desktop-screensaver"
    SERVICE = PATH = "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"

    def __init__(self) -> None:
        self.cookie: int | None = None

    def _iface(self) -> QDBusInterface | None:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, self.CONNECTION)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(self.CONNECTION)
            return None
        service, path = self.SERVICE
        iface = QDBusInterface(service, path, service, bus)
        return iface if iface.isValid() else None

    def inhibit(self) -> bool:
        try:
            iface = self._iface()
            args = iface.call("Inhibit", "VIBE Desktop", "Presenting").arguments() if iface else []
            if not args:
                self._disconnect()
                return False
            self.cookie = int(args[0])
            return True
        except (ImportError, RuntimeError, TypeError, ValueError):
            return False

    def release(self) -> None:
        if self.cookie is None:
            return
        try:
            iface = self._iface()
            if iface is not None:
                iface.call("UnInhibit", self.cookie)
        finally:
            self.cookie = None
            self._disconnect()

    def _disconnect(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        QDBusConnection.disconnectFromBus(self.CONNECTION)


class CommandBackend:
    """A helper process kept alive while presenting (xdg-screensaver, caffeinate)."""

    def __init__(self, name: str, argv: Callable[[], list[str]],
                 release_argv: Callable[[], list[str]] | None = None) -> None:
        self.name = name
        self._argv = argv
        self._release_argv = release_argv
        self.process: subprocess.Popen[bytes] | None = None

    def inhibit(self) -> bool:
        argv = self._argv()
        if not argv or shutil.which(argv[0]) is None:
            return False
        try:
            self.process = subprocess.Popen(argv, stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL)
        except OSError:
            return False
        return True

    def release(self) -> None:
        if self._release_argv is not None:
            argv = self._release_argv()
            if argv and shutil.which(argv[0]):
                subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               check=False)
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=5)
        self.process = None


class WindowsExecutionState:
    """SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED)."""

    name = "windows"
    ES_CONTINUOUS, ES_DISPLAY_REQUIRED = 0x80000000, 0x00000002

    def inhibit(self) -> bool:
        try:
            import ctypes

            kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
            return bool(kernel.SetThreadExecutionState(self.ES_CONTINUOUS
                                                       | self.ES_DISPLAY_REQUIRED))
        except (AttributeError, OSError):
            return False

    def release(self) -> None:
        import ctypes

        ctypes.windll.kernel32.SetThreadExecutionState(self.ES_CONTINUOUS)  # type: ignore[attr-defined]


def _window_id() -> str:
    from PySide6.QtWidgets import QApplication

    window = QApplication.activeWindow()
    return hex(int(window.winId())) if window is not None else ""


def backends_for(platform: str) -> list[Backend]:
    """The backends worth trying on a platform, best first."""
    if platform.startswith("win"):
        return [WindowsExecutionState()]
    if platform == "darwin":
        return [CommandBackend("caffeinate", lambda: ["caffeinate", "-d", "-w", str(os.getpid())])]
    return [
        DBusScreenSaver(),
        CommandBackend(
            "xdg-screensaver",
            lambda: ["xdg-screensaver", "suspend", wid] if (wid := _window_id()) else [],
            lambda: ["xdg-screensaver", "resume", wid] if (wid := _window_id()) else [],
        ),
    ]


class SleepInhibitor:
    """Holds the first backend that works until released; never raises."""

    def __init__(self, backends: Sequence[Backend] | None = None) -> None:
        self._candidates = list(backends) if backends is not None else backends_for(sys.platform)
        self.active: Backend | None = None

    def inhibit(self) -> str | None:
        """Keep the screen awake; the backend's name, or None if nothing worked."""
        if self.active is not None:
            return self.active.name
        for backend in self._candidates:
            try:
                ok = backend.inhibit()
            except Exception:
                log.exception("screen sleep inhibitor %s failed", backend.name)
                ok = False
            if ok:
                self.active = backend
                log.info("screen sleep inhibited with %s", backend.name)
                return backend.name
        log.warning("could not keep the screen awake: no inhibitor worked (%s)",
                    ", ".join(b.name for b in self._candidates) or "none")
        return None

    def release(self) -> None:
        if self.active is None:
            return
        try:
            self.active.release()
        except Exception:
            log.exception("releasing screen sleep inhibitor %s failed", self.active.name)
        self.active = None

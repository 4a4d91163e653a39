"""Is there a display server behind DISPLAY / WAYLAND_DISPLAY? Asked with a socket, before Qt is."""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping
from pathlib import Path

X11_SOCKETS = Path("/tmp/.X11-unix")
#: How long a TCP X display (host:N) may take to answer the knock.
TCP_TIMEOUT = 1.0


def _connects(family: int, address: str | bytes | tuple[str, int]) -> bool:
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.settimeout(TCP_TIMEOUT)
        try:
            sock.connect(address)
        except OSError:
            return False
    return True


def parse_x_display(display: str) -> tuple[str, int] | None:
    """(host, display number) of a DISPLAY value such as ':0', ':99.0', 'host:1', 'unix:0'."""
    host, sep, rest = display.rpartition(":")
    if not sep:
        return None
    number = rest.split(".", 1)[0]
    if not number.isdigit():
        return None
    return host, int(number)


def x_server_answers(display: str) -> bool | None:
    """Whether an X server listens at DISPLAY (None: a form this cannot check, e.g. launchd)."""
    parsed = parse_x_display(display)
    if parsed is None or parsed[0].startswith("/"):  # macOS launchd sockets and the like
        return None
    host, number = parsed
    if host in ("", "unix"):
        path = f"{X11_SOCKETS}/X{number}"
        abstract = b"\0" + path.encode()  # Linux: Xorg and Xvfb listen on both
        return _connects(socket.AF_UNIX, abstract) or _connects(socket.AF_UNIX, path)
    return _connects(socket.AF_INET, (host, 6000 + number))


def wayland_socket(env: Mapping[str, str]) -> Path | None:
    """The Wayland socket WAYLAND_DISPLAY names (relative to XDG_RUNTIME_DIR), if it names one."""
    name = env.get("WAYLAND_DISPLAY", "")
    if not name:
        return None
    if name.startswith("/"):
        return Path(name)
    runtime = env.get("XDG_RUNTIME_DIR", "")
    return Path(runtime) / name if runtime else None


def wayland_answers(env: Mapping[str, str] = os.environ) -> bool | None:
    """Whether a Wayland compositor listens on WAYLAND_DISPLAY (None: not set / no runtime dir)."""
    path = wayland_socket(env)
    if path is None:
        return None
    return _connects(socket.AF_UNIX, str(path))

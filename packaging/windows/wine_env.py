"""The Wine side of the Windows build: the cached prefix, an Xvfb display, running programs."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CACHE = Path(os.environ.get("VIBE_WINE_CACHE") or Path(
    os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "vibe-desktop-wine")
#: Debian package of each tool, for the message when one is missing.
TOOLS = {"wine": "wine", "wineserver": "wine", "Xvfb": "xvfb",
         "x86_64-w64-mingw32-gcc": "gcc-mingw-w64-x86-64", "npm": "npm"}


class WineError(Exception):
    """A step under Wine failed; the message says which and shows the output's tail."""


def log(message: str) -> None:
    print(f"[wine {time.strftime('%H:%M:%S')}] {message}", flush=True)


def missing_tools() -> list[str]:
    """The Debian packages to install for the tools this build needs that are not on PATH."""
    missing = sorted({pkg for tool, pkg in TOOLS.items() if shutil.which(tool) is None})
    if Path("/usr/lib/wine").is_dir():  # Debian's layout: the loaders are not on PATH
        for loader, package in (("wine64", "wine64"), ("wine", "wine32:i386")):
            if not (Path("/usr/lib/wine") / loader).exists():
                missing.append(package)
    return missing


@dataclass
class Wine:
    """One Wine prefix (in the cache) with its own Xvfb display."""

    prefix: Path
    display: str
    server: subprocess.Popen[bytes] | None = None
    base_env: dict[str, str] = field(default_factory=dict)

    @classmethod
    def start(cls) -> Wine:
        missing = missing_tools()
        if missing:
            raise WineError("not installed: " + " ".join(missing)
                            + " (apt-get install them; wine32:i386 needs "
                            "'dpkg --add-architecture i386' first)")
        server, display = start_xvfb()
        wine = cls(CACHE / "prefix", display, server)
        wine.base_env = {
            k: v for k, v in os.environ.items()
            if k != "LANG" and not k.startswith(("LC_", "QT_", "PYTHON", "VIRTUAL_ENV"))}
        wine.base_env.update(
            WINEPREFIX=str(wine.prefix), WINEARCH="win64", WINEDEBUG="-all", DISPLAY=display,
            # no Mono / Gecko download prompts: nothing here needs .NET or a browser engine
            WINEDLLOVERRIDES="mscoree,mshtml=")
        if not (wine.prefix / "system.reg").exists():
            log(f"creating the Wine prefix {wine.prefix}")
            wine.prefix.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["wineboot", "--init"], check=True, env=wine.base_env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600)
            subprocess.run(["wineserver", "-w"], check=False, env=wine.base_env, timeout=600)
        return wine

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    @staticmethod
    def winpath(path: Path) -> str:
        """A Linux path as Windows programs see it (Wine maps / to drive Z:)."""
        return "Z:" + str(Path(path).resolve()).replace("/", "\\")

    def run(self, args: Sequence[str], what: str, cwd: Path | None = None,
            env: Mapping[str, str] | None = None, timeout: float = 600,
            echo: bool = False, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a Windows program; output through a pipe (Windows Python under Wine 8 fails to
        start when stdout is a plain file)."""
        full_env = dict(self.base_env, **(env or {}))
        with subprocess.Popen(["wine", *args], cwd=cwd, env=full_env, text=True,
                              errors="replace", stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL) as proc:
            lines: list[str] = []
            deadline = time.monotonic() + timeout
            assert proc.stdout is not None
            for line in proc.stdout:
                lines.append(line)
                if echo:
                    print(f"    {line}", end="", flush=True)
                if time.monotonic() > deadline:
                    proc.kill()
                    raise WineError(f"{what} took more than {timeout:.0f} s")
            code = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
        output = "".join(lines)
        if check and code != 0:
            raise WineError(f"{what} failed (exit {code}):\n{output[-6000:]}")
        return subprocess.CompletedProcess(list(args), code, output, "")

    def run_bat(self, lines: Sequence[str], name: str, what: str, folder: Path,
                timeout: float = 600, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run commands from a .bat: Wine does not pass QT_* variables on, so set them there."""
        bat = folder / f"{name}.bat"
        bat.write_text("@echo off\r\n" + "\r\n".join(lines) + "\r\nexit /b %ERRORLEVEL%\r\n",
                       encoding="ascii")
        return self.run(["cmd", "/c", self.winpath(bat)], what=what, timeout=timeout,
                        check=check)

    def stop(self) -> None:
        subprocess.run(["wineserver", "-k"], check=False, env=self.base_env, timeout=60)
        if self.server is not None:
            self.server.terminate()
            self.server.wait(timeout=30)


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb server on a free display (-displayfd says which, once it is ready)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x900x24",
         "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as ready:
        number = ready.readline().strip()
    if not number.isdigit():
        server.kill()
        raise WineError("Xvfb did not start")
    return server, f":{number.decode()}"

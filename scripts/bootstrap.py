"""The README's two commands: set up a fresh machine (system packages, .venv), run app or tests.

    python3 scripts/bootstrap.py run  [app options]     # e.g. --self-test, --indicator 6
    python3 scripts/bootstrap.py test [pytest options]  # e.g. -m 'not windows'

Needs only python3 (3.11+) with venv, and git to have cloned the repository. On Debian and
Ubuntu it installs the system packages the mode needs with apt-get (directly as root, with
sudo otherwise; if neither is possible it prints the one command to run and stops), then
creates or updates .venv/ and runs the app or pytest in it. Elsewhere it names the
packages and goes on. Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"

#: What the Qt wheels need from the system to open a window (xcb, wayland) and show text.
RUN_PACKAGES = [
    "libglib2.0-0", "libgl1", "libegl1", "libfontconfig1", "fontconfig-config",
    "libxkbcommon0", "libdbus-1-3", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4",
    "libxcb-image0", "libxcb-keysyms1", "libxcb-render-util0", "libxcb-render0",
    "libxcb-shape0", "libxcb-util1", "libxcb-xkb1", "libwayland-client0",
    "libwayland-cursor0", "libwayland-egl1", "fonts-dejavu-core",
]
#: What the tests need besides: a real X server, the packaging tools and validators, PDF
#: rendering, and (marker windows) Wine, a MinGW compiler for the Wine-only icuuc stub, npm
#: for Inno Setup.
TEST_PACKAGES = [
    "xvfb", "xauth", "dbus-daemon", "binutils", "dpkg-dev", "appstream",
    "desktop-file-utils", "poppler-utils", "ca-certificates",
]
#: Packages whose command, already on PATH from elsewhere, is just as good (e.g. a Node.js
#: from another repository, which conflicts with Debian's npm).
COMMANDS = {"npm": "npm"}
#: Only for the tests marked 'windows'; installed as a second step, so that a mirror that
#: cannot deliver the i386 half of Wine still leaves every other test runnable.
WINDOWS_PACKAGES = ["wine", "wine64", "wine32:i386", "fonts-wine", "gcc-mingw-w64-x86-64", "npm"]


def libpython_package() -> str | None:
    """Debian's libpython3.X when this Python is the system's (PyInstaller needs the .so).

    Debian's python3 binary is linked statically although Py_ENABLE_SHARED says 1; the
    shared library comes only with libpython3.X. A Python of one's own (pyenv, /opt) is
    left alone.
    """
    if sys.base_prefix != "/usr":
        return None
    return f"libpython{sys.version_info.major}.{sys.version_info.minor}"


def wanted_packages(mode: str) -> list[str]:
    """The apt packages a mode needs (names as on Debian 12; Ubuntu's t64 names are tried too)."""
    packages = list(RUN_PACKAGES)
    if mode == "test":
        packages += TEST_PACKAGES
        lib = libpython_package()
        if lib:
            packages.append(lib)
        packages += WINDOWS_PACKAGES
    return packages


def installed(package: str) -> bool:
    """Whether dpkg has the package installed (an 'ok installed' status)."""
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package],
        check=False, capture_output=True, text=True)
    return result.returncode == 0 and result.stdout.endswith("ok installed")


def known(package: str) -> bool:
    """Whether apt has a candidate for the package (after apt-get update)."""
    result = subprocess.run(["apt-cache", "policy", package], check=False,
                            capture_output=True, text=True)
    return "Candidate:" in result.stdout and "Candidate: (none)" not in result.stdout


def privilege_prefix() -> list[str] | None:
    """[] as root, ['sudo'] where sudo exists, None when packages cannot be installed."""
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo"):
        return ["sudo"]
    return None


def apt_command(packages: list[str], as_root: bool) -> str:
    """The command a person would type to install the packages."""
    prefix = "" if as_root else "sudo "
    return f"{prefix}apt-get install {' '.join(packages)}"


def say(message: str) -> None:
    print(f"[bootstrap] {message}", flush=True)


def ensure_packages(mode: str) -> bool:
    """Install what is missing with apt-get; False (saying the command) when that is impossible."""
    if shutil.which("apt-get") is None or shutil.which("dpkg-query") is None:
        say("not a Debian/Ubuntu system: install by hand the equivalents of "
            + " ".join(wanted_packages(mode)))
        return True
    missing = [p for p in wanted_packages(mode)
               if not installed(p) and not (p in COMMANDS and shutil.which(COMMANDS[p]))]
    if not missing:
        return True
    prefix = privilege_prefix()
    if prefix is None:
        say("these system packages are missing and this user cannot install them "
            "(not root, no sudo):")
        say("  " + apt_command(missing, as_root=False).removeprefix("sudo "))
        say("ask an administrator to run that as root, then run this command again")
        return False
    say(f"apt-get update, then installing {len(missing)} packages: {' '.join(missing)}")
    if any(p.endswith(":i386") for p in missing):
        archs = subprocess.run(["dpkg", "--print-foreign-architectures"], check=False,
                               capture_output=True, text=True).stdout.split()
        if "i386" not in archs:
            say("adding the i386 architecture (Wine's 32-bit part, for Inno Setup's compiler)")
            subprocess.run([*prefix, "dpkg", "--add-architecture", "i386"], check=True)
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=False,
                   env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    first = [p for p in missing if p not in WINDOWS_PACKAGES]
    windows = [p for p in missing if p in WINDOWS_PACKAGES]
    if first and not apt_install(prefix, first):
        return False
    if windows and not apt_install(prefix, windows):
        say("without these the tests marked 'windows' (the Windows installer under Wine) "
            "are skipped, and fail on CI; every other test runs")
    return True


def apt_install(prefix: list[str], packages: list[str]) -> bool:
    """apt-get install, retried preferring the release's own versions; False if it fails."""
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    names = [p if known(p) or not known(p + "t64") else p + "t64" for p in packages]
    install = [*prefix, "apt-get", "install", "-y", "-q", "--no-install-recommends"]
    if subprocess.run([*install, *names], check=False, env=env).returncode == 0:
        return True
    # A security update of an amd64 library with no i386 twin on the mirror (Multi-Arch:
    # same needs both at one version): prefer the release's own versions and try again.
    release = subprocess.run(["sh", "-c", ". /etc/os-release && echo $VERSION_CODENAME"],
                             check=False, capture_output=True, text=True).stdout.strip()
    if release:
        say(f"retrying with the {release} release's versions preferred (-t {release})")
        if subprocess.run([*install, "-t", release, *names], check=False,
                          env=env).returncode == 0:
            return True
    say("installing these system packages failed; the command was:")
    say("  " + apt_command(names, as_root=not prefix))
    return False


def ensure_venv(mode: str) -> Path:
    """Create .venv/ if needed and install the project (with the test extras for tests)."""
    python = VENV / "bin" / "python"
    if not python.exists():
        say(f"creating {VENV}")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    extras = ".[test]" if mode == "test" else "."
    subprocess.run([str(python), "-m", "pip", "install", "-q", "-e", extras],
                   check=True, cwd=ROOT)
    return python


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in ("run", "test"):
        print(__doc__, file=sys.stderr)
        return 2
    mode, rest = args[0], args[1:]
    if sys.version_info < (3, 11):  # noqa: UP036 (any python3 may run this file)
        say(f"Python 3.11 or newer is needed, this is {sys.version.split()[0]}")
        return 1
    if not ensure_packages(mode):
        return 1
    try:
        python = ensure_venv(mode)
    except subprocess.CalledProcessError as exc:
        say(f"setting up .venv failed: {exc}")
        return 1
    if mode == "run":
        command = [str(VENV / "bin" / "vibe-desktop"), *rest]
    else:
        command = [str(python), "-m", "pytest", *rest]
    os.chdir(ROOT)
    sys.stdout.flush()
    os.execv(command[0], command)
    return 0  # pragma: no cover (execv does not return)


if __name__ == "__main__":
    sys.exit(main())

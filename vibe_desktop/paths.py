"""The one home of every path the app uses: the user's directories and the bundled files.

User directories come from QStandardPaths, unless ``VIBE_DESKTOP_HOME`` is set (tests), or
the program is portable: a file ``portable.txt`` beside the frozen executable puts
settings, notes, added reports and caches in ``vibe-desktop-data/`` beside it (falling back
to the profile when that folder cannot be written, e.g. a read-only stick). Bundled files are
found in the package's folder on disk (installed, editable and PyInstaller one-folder
alike); only a package without one (e.g. inside a zip) goes through importlib.resources,
which costs ~5 ms to import at start.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from vibe_desktop import APP_NAME, ORG_NAME

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

HOME_ENV = "VIBE_DESKTOP_HOME"
#: Beside the executable, this file makes the installation portable; its data folder.
PORTABLE_MARKER = "portable.txt"
PORTABLE_DIR = "vibe-desktop-data"


def program_dir() -> Path | None:
    """The folder of the frozen executable (None when running from Python sources)."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def portable_root() -> Path | None:
    """The portable data folder, when the marker is there and the folder can be written."""
    folder = program_dir()
    if folder is None or not (folder / PORTABLE_MARKER).is_file():
        return None
    root = folder / PORTABLE_DIR
    try:
        root.mkdir(exist_ok=True)
    except OSError:
        return None
    return root if os.access(root, os.W_OK) else None


def home_description() -> str:
    """Where user files go, for the self-test: 'portable: <folder>' or 'profile' or the override."""
    if os.environ.get(HOME_ENV):
        return f"{HOME_ENV}={os.environ[HOME_ENV]}"
    root = portable_root()
    return f"portable, {root}" if root is not None else "the user profile"


def _standard(kind: str) -> Path:
    override = os.environ.get(HOME_ENV)
    portable = None if override else portable_root()
    if override:
        path = Path(override) / kind
    elif portable is not None:
        path = portable / kind
    else:
        from PySide6.QtCore import QCoreApplication, QStandardPaths

        if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
            QCoreApplication.setApplicationName(APP_NAME)
            QCoreApplication.setOrganizationName(ORG_NAME)
        location = {
            "data": QStandardPaths.StandardLocation.AppDataLocation,
            "config": QStandardPaths.StandardLocation.AppConfigLocation,
            "cache": QStandardPaths.StandardLocation.CacheLocation,
        }[kind]
        path = Path(QStandardPaths.writableLocation(location))
    with contextlib.suppress(OSError):  # a read-only or missing home: its writers say so
        path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """Where the user's notes, bookmarks, highlights and added reports are kept."""
    return _standard("data")


def config_dir() -> Path:
    """Where settings (window geometry, zoom, theme, last position) are kept."""
    return _standard("config")


def cache_dir() -> Path:
    """Where rebuildable caches may go."""
    return _standard("cache")


def settings_file() -> Path:
    """The INI file behind QSettings."""
    return config_dir() / "settings.ini"


def user_reports_dir() -> Path:
    """Reports the user added (YAML), one file each."""
    path = data_dir() / "reports"
    with contextlib.suppress(OSError):
        path.mkdir(parents=True, exist_ok=True)
    return path


def _package_files(package: str) -> Traversable:
    """The package's folder as a Path when it is one on disk, else importlib.resources'."""
    for entry in getattr(importlib.import_module(package), "__path__", ()):
        folder = Path(entry)
        if folder.is_dir():
            return folder
    from importlib import resources

    return resources.files(package)


def bundled(*parts: str) -> Traversable:
    """A bundled data file or folder, e.g. ``bundled('reports')``."""
    node = _package_files("vibe_desktop.data")
    for part in parts:
        node = node.joinpath(part)
    return node


def resource(*parts: str) -> Traversable:
    """A bundled resource (icon, style, translation), e.g. ``resource('icons', 'app.svg')``."""
    node = _package_files("vibe_desktop.resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def bundled_report_files() -> list[Traversable]:
    """Every bundled report YAML, sorted by name."""
    folder = bundled("reports")
    if not folder.is_dir():
        return []
    return sorted(
        (f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name
    )

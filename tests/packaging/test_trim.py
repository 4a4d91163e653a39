"""The trimming rules of the PyInstaller spec, checked without building."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("trim", REPO / "packaging" / "trim.py")
assert spec and spec.loader
trim = importlib.util.module_from_spec(spec)
spec.loader.exec_module(trim)


def test_used_modules_are_found_in_every_import_form() -> None:
    sources = [
        "from PySide6.QtSvg import QSvgRenderer\n",
        "from PySide6 import QtPrintSupport, QtDBus\n",
        "import PySide6.QtNetwork\n",
    ]
    used = trim.used_qt_modules(sources)
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtDBus",
            "QtNetwork"} <= used
    assert "QtQml" in trim.unused_qt_modules(used)
    assert "QtSvg" not in trim.unused_qt_modules(used)


def test_the_app_source_uses_no_heavy_qt_module() -> None:
    sources = [p.read_text(encoding="utf-8") for p in (REPO / "vibe_desktop").rglob("*.py")]
    used = trim.used_qt_modules(sources)
    assert not used & {"QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia"}


def test_qtnetwork_is_used_only_for_the_single_window_handover() -> None:
    """QtNetwork (QLocalServer/QLocalSocket) earns its place for one window per store; it is
    imported only inside functions, never at start, and nothing else may use it."""
    users = [p for p in (REPO / "vibe_desktop").rglob("*.py")
             if "QtNetwork" in trim.used_qt_modules([p.read_text(encoding="utf-8")])]
    assert [p.name for p in users] == ["single_instance.py"]
    source = users[0].read_text(encoding="utf-8")
    assert "\nfrom PySide6.QtNetwork" not in source.split("if TYPE_CHECKING:")[0]


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ],
)
def test_plugins_are_kept_only_where_needed(dest: str, kept: bool) -> None:
    assert trim.keep_binary(dest, {"QtCore", "QtGui", "QtWidgets"}) is kept


def test_print_support_plugin_follows_the_module() -> None:
    dest = "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"
    assert trim.keep_binary(dest, {"QtCore", "QtPrintSupport"})


def test_qt_translations_only_for_shipped_languages() -> None:
    assert not trim.keep_data("PySide6/Qt/translations/qtbase_de.qm", [])
    assert trim.keep_data("PySide6/Qt/translations/qtbase_fr.qm", ["fr"])
    assert not trim.keep_data("PySide6/Qt/translations/assistant_fr.qm", ["fr"])
    assert trim.keep_data("vibe_desktop/resources/translations/vibe_desktop_fr.qm", [])
    assert trim.keep_data("vibe_desktop/data/reports/kazakhstan-2022.yaml", [])


def test_unreachable_libraries_and_their_symlinks_are_pruned() -> None:
    needs = {
        "QtGui.abi3.so": ["libQt6Gui.so.6"],
        "libQt6Gui.so.6": ["libQt6Core.so.6"],
        "libqxcb.so": ["libQt6XcbQpa.so.6"],
        "libQt6Network.so.6": ["libcrypto.so.3"],
        "libcairo.so.2": [],
        "libcupsprintersupport.so": ["libcups.so.2"],
        "libcups.so.2": ["libgnutls.so.30"],
    }
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY"),
        ("libcrypto.so.3", "/src/libcrypto.so.3", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
         "/src/libcupsprintersupport.so", "BINARY"),
        ("libcups.so.2", "/src/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/src/libgnutls.so.30", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
    ]
    kept = trim.prune_unreachable(binaries, lambda p: needs.get(Path(p).name, []))
    names = {dest for dest, _, _ in kept}
    assert "PySide6/Qt/lib/libQt6XcbQpa.so.6" in names
    assert "PySide6/Qt/lib/libQt6Core.so.6" in names
    assert "libQt6Gui.so.6" in names  # a symlink to a kept library stays
    assert not names & {"PySide6/Qt/lib/libQt6Network.so.6", "libcrypto.so.3",
                        "libcairo.so.2", "libQt6Network.so.6"}
    # the print plugin stays, but uses the system's libcups (and so not its TLS stack)
    assert "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so" in names
    assert not names & {"libcups.so.2", "libgnutls.so.30"}


def test_spec_reads_name_and_version_from_pyproject() -> None:
    text = (REPO / "packaging" / "vibe-desktop.spec").read_text(encoding="utf-8")
    assert "pyproject.toml" in text and 'PROJECT["version"]' in text
    assert "upx=False" in text

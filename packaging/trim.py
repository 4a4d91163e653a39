"""What the PyInstaller spec keeps of Qt: used modules, needed plugins, shipped languages.

Plain functions over destination paths, so the spec stays short and the rules are tested
without building (tests/packaging/test_trim.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

#: The PySide6 modules a Qt Widgets app may import; everything else is excluded.
ALL_QT_MODULES = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtCore", "QtDBus",
    "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtGui", "QtHelp",
    "QtHttpServer", "QtLabsStyleKit", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf",
    "QtPdfWidgets", "QtPositioning", "QtPrintSupport", "QtQml", "QtQmlFeatures", "QtQuick",
    "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects",
    "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtSvg", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
    "QtWebSockets", "QtWebView", "QtXml",
]

#: plugin folder -> plugin names kept (without 'lib' and extension); folders not listed go.
PLUGINS: dict[str, set[str]] = {
    # xcb for X11 (and XWayland), wayland native, offscreen for --self-test and tests;
    # windows / cocoa are the native platforms of the other two systems.
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"},
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    "platformthemes": {"qxdgdesktopportal"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl", "shm-emulation-server"},
    "iconengines": {"qsvgicon"},
    "imageformats": {"qsvg", "qico"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
}
#: Libraries left to the system although a kept plugin needs them: the CUPS print plugin
#: needs libcups, which would bring its own TLS, Kerberos and Avahi stack (~8 MiB) while
#: every desktop with a printer has libcups already (the .deb depends on libcups2).
#: Without it, printing still offers "Print to PDF".
SYSTEM_LIBRARIES = {"libcups.so.2"}  # lower case, as prune_unreachable compares
#: Plugin folders that only matter when a module is used.
PLUGINS_FOR_MODULE = {
    "printsupport": "QtPrintSupport",
    "tls": "QtNetwork",
    "networkinformation": "QtNetwork",
}


def used_qt_modules(sources: Iterable[str]) -> set[str]:
    """The PySide6 modules a set of Python sources import (plus the three always needed)."""
    used = {"QtCore", "QtGui", "QtWidgets"}
    for text in sources:
        used |= set(re.findall(r"PySide6\.(Qt\w+)", text))
        for names in re.findall(r"from\s+PySide6\s+import\s+\(?([^)\n]+)", text):
            used |= set(re.findall(r"\bQt\w+", names))
    return used


def unused_qt_modules(used: set[str]) -> list[str]:
    """The PySide6 modules to exclude from the analysis."""
    return [m for m in ALL_QT_MODULES if m not in used]


def _stem(name: str) -> str:
    stem = name.split(".")[0]
    return stem.removeprefix("lib")


def keep_binary(dest: str, used: set[str]) -> bool:
    """Whether a collected binary (by its destination path) belongs in the bundle."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" in parts:
        i = parts.index("plugins")
        if len(parts) < i + 3:
            return True
        folder = parts[i + 1]
        if folder in PLUGINS_FOR_MODULE:
            return PLUGINS_FOR_MODULE[folder] in used
        return _stem(parts[-1]) in PLUGINS.get(folder, set())
    return True


def keep_data(dest: str, languages: Iterable[str]) -> bool:
    """Whether a collected data file belongs: Qt translations only for shipped languages."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "translations" in parts and parts[-1].endswith(".qm") and "PySide6" in parts:
        name = parts[-1]
        if not name.startswith(("qt_", "qtbase_")):
            return False
        lang = name.split("_", 1)[1].removesuffix(".qm")
        return lang in set(languages) or lang.split("_")[0] in set(languages)
    return True


def _is_root(dest: str) -> bool:
    """Binaries loaded by Python or Qt themselves: extension modules, plugins, libpython."""
    path = PurePosixPath(dest.replace("\\", "/"))
    return (
        ".cpython-" in path.name
        or ".abi3." in path.name
        or path.suffix == ".pyd"
        or "plugins" in path.parts
        or path.name.startswith("libpython")
    )


def prune_unreachable(
    binaries: list[tuple[str, str, str]], needed: Callable[[Path], list[str]]
) -> list[tuple[str, str, str]]:
    """Drop shared libraries no kept module or plugin needs any more, directly or not.

    PyInstaller collects the dependencies of every plugin before the spec filters the
    plugins, so dropping e.g. the GTK theme plugin would otherwise leave GTK, cairo and
    pango behind. On Windows it also drops what Qt only loads at run time and this app
    never asks for: opengl32sw.dll (software OpenGL; a Widgets app painting with the
    raster engine never creates an OpenGL context) and Qt6Network.dll (no module needs it).
    Names are compared case-insensitively (Windows imports say KERNEL32.dll).
    """
    def name(dest: str) -> str:
        return PurePosixPath(dest.replace("\\", "/")).name.lower()

    real = [b for b in binaries if b[2] != "SYMLINK" and name(b[0]) not in SYSTEM_LIBRARIES]
    by_name = {name(dest): src for dest, src, _ in real}
    todo = [src for dest, src, _ in real if _is_root(dest)]
    reached: set[str] = set()
    while todo:
        for soname in needed(Path(todo.pop())):
            soname = soname.lower()
            if soname in by_name and soname not in reached:
                reached.add(soname)
                todo.append(by_name[soname])
    kept = [b for b in real if _is_root(b[0]) or name(b[0]) in reached]
    return kept + prune_symlinks([b for b in binaries if b[2] == "SYMLINK"], kept)


def pe_imports(path: Path) -> list[str]:
    """The DLLs a Windows PE file imports (pefile ships with PyInstaller on Windows)."""
    import pefile

    try:
        pe = pefile.PE(str(path), fast_load=True)
    except (OSError, pefile.PEFormatError):
        return []
    pe.parse_data_directories(directories=[
        pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"],
        pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT"]])
    names = [entry.dll.decode("ascii", "replace")
             for attr in ("DIRECTORY_ENTRY_IMPORT", "DIRECTORY_ENTRY_DELAY_IMPORT")
             for entry in getattr(pe, attr, [])]
    pe.close()
    return names


def prune_symlinks(
    datas: list[tuple[str, str, str]], binaries: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """Drop the top-level symlinks PyInstaller made for libraries that were pruned."""
    kept = {PurePosixPath(dest.replace("\\", "/")) for dest, _, _ in binaries}
    out = []
    for dest, target, kind in datas:
        if kind == "SYMLINK":
            resolved = PurePosixPath(dest.replace("\\", "/")).parent / target.replace("\\", "/")
            if resolved not in kept:
                continue
        out.append((dest, target, kind))
    return out

"""Why Qt cannot start here: missing system libraries, fonts or locale, named with the fix.

Nothing in this module imports Qt at import time, so it can run before QtWidgets is
loaded (``--self-test``) and after Qt has failed to start (``explain_startup_failure``).
Libraries are checked the way the dynamic loader would: the Qt libraries and the platform
plugin are read as ELF files, and every library they need that is not bundled is opened
with ctypes.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import struct
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

#: soname -> (Debian/Ubuntu package, Fedora package)
PACKAGES: dict[str, tuple[str, str]] = {
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
    "libzstd.so.1": ("libzstd1", "libzstd"),
    "libz.so.1": ("zlib1g", "zlib"),
    "libcups.so.2": ("libcups2", "cups-libs"),
}
FONT_PACKAGES = ("fonts-dejavu-core", "dejavu-sans-fonts")
#: The Qt libraries every start loads (the platform plugin is added per platform).
QT_LIBS = ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6")


@dataclass(frozen=True)
class Finding:
    """One problem found: how bad, what is wrong, and how to fix it."""

    severity: str  # "error" (the app cannot start) or "warning" (it starts, but badly)
    what: str
    fix: str

    def __str__(self) -> str:
        return f"{self.severity.upper()}: {self.what}\n  fix: {self.fix}"


def packages_for(soname: str) -> tuple[str, str]:
    """The (Debian/Ubuntu, Fedora) packages that provide a library."""
    if soname in PACKAGES:
        return PACKAGES[soname]
    if soname.startswith("libxcb-"):  # libxcb-shape.so.0 -> libxcb-shape0 (Fedora: libxcb)
        stem, _, version = soname.partition(".so.")
        return f"{stem}{version}", "libxcb"
    return f"the package providing {soname}", f"the package providing {soname}"


def install_hint(sonames: Iterable[str]) -> str:
    """One apt / dnf command line installing every package the sonames need."""
    debian, fedora = [], []
    for soname in sonames:
        deb, fed = packages_for(soname)
        if deb not in debian:
            debian.append(deb)
        if fed not in fedora:
            fedora.append(fed)
    return f"sudo apt install {' '.join(debian)}  (Fedora: sudo dnf install {' '.join(fedora)})"


# -- ELF: which libraries a library needs ----------------------------------------------
def needed_libraries(path: Path) -> list[str]:
    """The DT_NEEDED entries of an ELF shared object (empty if it is not one)."""
    try:
        data = path.read_bytes()
    except OSError:
        return []
    if data[:4] != b"\x7fELF":
        return []
    is64, end = data[4] == 2, "<" if data[5] == 1 else ">"
    if is64:
        phoff, = struct.unpack_from(end + "Q", data, 0x20)
        phentsize, phnum = struct.unpack_from(end + "HH", data, 0x36)
    else:
        phoff, = struct.unpack_from(end + "I", data, 0x1C)
        phentsize, phnum = struct.unpack_from(end + "HH", data, 0x2A)
    loads: list[tuple[int, int, int]] = []  # (vaddr, offset, filesz)
    dynamic: tuple[int, int] | None = None
    for i in range(phnum):
        base = phoff + i * phentsize
        if is64:
            ptype, _f, off, vaddr, _p, filesz = struct.unpack_from(end + "IIQQQQ", data, base)
        else:
            ptype, off, vaddr, _p, filesz = struct.unpack_from(end + "IIIII", data, base)
        if ptype == 1:
            loads.append((vaddr, off, filesz))
        elif ptype == 2:
            dynamic = (off, filesz)
    if dynamic is None:
        return []
    entry = struct.Struct(end + ("qQ" if is64 else "iI"))
    needed: list[int] = []
    strtab = None
    for pos in range(dynamic[0], dynamic[0] + dynamic[1], entry.size):
        tag, value = entry.unpack_from(data, pos)
        if tag == 0:
            break
        if tag == 1:
            needed.append(value)
        elif tag == 5:
            strtab = value
    if strtab is None:
        return []
    for vaddr, off, filesz in loads:  # the string table's address -> its file offset
        if vaddr <= strtab < vaddr + filesz:
            strtab = strtab - vaddr + off
            break
    names = []
    for offset in needed:
        start = strtab + offset
        names.append(data[start : data.index(b"\0", start)].decode("ascii", "replace"))
    return names


# -- where Qt is -----------------------------------------------------------------------
def qt_dirs() -> tuple[Path, Path] | None:
    """(Qt library folder, Qt plugin folder) of the PySide6 this app runs with."""
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        root = Path(meipass) / "PySide6"
    else:
        import importlib.util

        spec = importlib.util.find_spec("PySide6")
        if spec is None or not spec.submodule_search_locations:
            return None
        root = Path(next(iter(spec.submodule_search_locations)))
    qt = root / "Qt"
    return (qt / "lib", qt / "plugins")


def platform_name(env: dict[str, str] | os._Environ[str] = os.environ) -> str:
    """The Qt platform plugin Qt will pick here (first of QT_QPA_PLATFORM, else by session)."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if sys.platform != "linux":
        return "native"
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE", "wayland") == "wayland":
        return "wayland"
    return "xcb"


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(
    platform: str, loads: Callable[[str], bool] = _loads, dirs: tuple[Path, Path] | None = None
) -> list[tuple[str, str]]:
    """(soname, needed by) for each system library the Qt start on this platform lacks."""
    dirs = dirs or qt_dirs()
    if dirs is None or sys.platform != "linux":
        return []
    lib_dir, plugin_dir = dirs
    search = [lib_dir]
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        search.append(Path(meipass))
    todo = [lib_dir / name for name in QT_LIBS]
    plugin = plugin_dir / "platforms" / f"libq{platform}.so"
    if plugin.exists():
        todo.append(plugin)
    seen: set[str] = set()
    missing: list[tuple[str, str]] = []
    while todo:
        path = todo.pop(0)
        for soname in needed_libraries(path):
            if soname in seen:
                continue
            seen.add(soname)
            bundled = next((d / soname for d in search if (d / soname).exists()), None)
            if bundled is not None:
                todo.append(bundled)
            elif not loads(soname):
                missing.append((soname, path.name))
    return missing


# -- fonts and locale ------------------------------------------------------------------
def font_count() -> int | None:
    """How many fonts fontconfig knows (None if fontconfig itself cannot be loaded)."""
    import ctypes.util  # imports subprocess & co.: only the self-test pays for it

    name = ctypes.util.find_library("fontconfig") or "libfontconfig.so.1"
    try:
        fc = ctypes.CDLL(name)
    except OSError:
        return None

    class FontSet(ctypes.Structure):
        _fields_ = [("nfont", ctypes.c_int), ("sfont", ctypes.c_int), ("fonts", ctypes.c_void_p)]

    fc.FcInitLoadConfigAndFonts.restype = ctypes.c_void_p
    fc.FcPatternCreate.restype = ctypes.c_void_p
    fc.FcObjectSetCreate.restype = ctypes.c_void_p
    fc.FcObjectSetAdd.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    fc.FcFontList.restype = ctypes.POINTER(FontSet)
    fc.FcFontList.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    for fn in ("FcFontSetDestroy", "FcPatternDestroy", "FcObjectSetDestroy", "FcConfigDestroy"):
        getattr(fc, fn).argtypes = [ctypes.c_void_p]
    config = fc.FcInitLoadConfigAndFonts()
    pattern, objects = fc.FcPatternCreate(), fc.FcObjectSetCreate()
    fc.FcObjectSetAdd(objects, b"family")
    fonts = fc.FcFontList(config, pattern, objects)
    count = fonts.contents.nfont if fonts else 0
    if fonts:
        fc.FcFontSetDestroy(ctypes.cast(fonts, ctypes.c_void_p))
    fc.FcObjectSetDestroy(objects)
    fc.FcPatternDestroy(pattern)
    if config:
        fc.FcConfigDestroy(config)
    return count


def locale_encoding() -> str:
    """The character encoding of the locale the environment asks for (e.g. 'UTF-8')."""
    for var in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = os.environ.get(var)
        if value:
            break
    else:
        value = "C"
    if value in ("C", "POSIX"):
        return "ANSI_X3.4-1968"
    if "." in value:
        return value.split(".", 1)[1].split("@")[0]
    import locale  # only the self-test and a failed start get here

    return locale.getpreferredencoding(False)


def check_environment(platform: str | None = None) -> list[Finding]:
    """Everything found wrong on this machine for starting the window, worst first."""
    platform = platform or platform_name()
    findings: list[Finding] = []
    if sys.platform == "linux":
        if platform == "xcb" and not os.environ.get("DISPLAY"):
            findings.append(Finding(
                "error", "no X display (DISPLAY is not set) for the 'xcb' platform",
                "start the app from a desktop session, or run it headless with "
                "QT_QPA_PLATFORM=offscreen"))
        if platform == "wayland" and not os.environ.get("WAYLAND_DISPLAY"):
            findings.append(Finding(
                "error", "no Wayland display (WAYLAND_DISPLAY is not set)",
                "start the app from a desktop session, or set QT_QPA_PLATFORM=xcb"))
        dirs = qt_dirs()
        if dirs is not None and not (dirs[1] / "platforms" / f"libq{platform}.so").exists():
            findings.append(Finding(
                "error", f"the Qt platform plugin '{platform}' is not part of this installation",
                "set QT_QPA_PLATFORM to one of: xcb, wayland, offscreen"))
        missing = missing_libraries(platform, dirs=dirs)
        for soname, needed_by in missing:
            deb, fed = packages_for(soname)
            findings.append(Finding(
                "error", f"system library {soname} is missing (needed by {needed_by})",
                f"install {deb} (Debian/Ubuntu) or {fed} (Fedora)"))
        if len(missing) > 1:
            findings.append(Finding(
                "error", f"{len(missing)} system libraries are missing",
                f"all at once: {install_hint(s for s, _ in missing)}"))
        if not any(s == "libfontconfig.so.1" for s, _ in missing):
            count = font_count()
            if count == 0:
                findings.append(Finding(
                    "error", "no fonts are installed, so no text can be shown",
                    f"install {FONT_PACKAGES[0]} (Debian/Ubuntu) or {FONT_PACKAGES[1]} (Fedora)"))
    encoding = locale_encoding()
    if encoding.replace("-", "").lower() != "utf8":
        findings.append(Finding(
            "warning", f"the locale's character encoding is {encoding}, not UTF-8",
            "set a UTF-8 locale, e.g. export LANG=C.UTF-8 (or en_US.UTF-8)"))
    return sorted(findings, key=lambda f: f.severity != "error")


def explain_startup_failure(platform: str | None = None) -> str:
    """A plain-language account of why Qt could not start here, or '' if none is found."""
    findings = check_environment(platform)
    if not findings:
        return ""
    lines = ["VIBE Desktop cannot start its window on this machine:"]
    lines += [str(f) for f in findings]
    lines.append("Run 'vibe-desktop --self-test' after fixing this to check again.")
    return "\n".join(lines)


# -- hooks for the start path ----------------------------------------------------------
def guard_startup() -> None:
    """Print the diagnosis, instead of only Qt's terse message, if Qt aborts at start."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    previous = None

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if previous is not None:
            previous(kind, context, message)
        else:
            category = getattr(context, "category", "") or ""
            prefix = f"{category}: " if category and category != "default" else ""
            sys.stderr.write(f"{prefix}{message}\n")
        if kind == QtMsgType.QtFatalMsg:
            explanation = explain_startup_failure()
            if explanation:
                sys.stderr.write(explanation + "\n")
            sys.stderr.flush()

    previous = qInstallMessageHandler(handler)


def guarded_start(args: argparse.Namespace) -> int:
    """The window path of the CLI: run the app, explaining a start-up failure if Qt has one."""
    from vibe_desktop.app import run_app  # no Qt at import

    try:
        guard_startup()
        # The app imports these right away anyway; importing them here means a Qt library
        # that cannot be loaded is explained instead of ending in a traceback.
        import PySide6.QtGui
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as exc:  # e.g. "libGL.so.1: cannot open shared object file"
        sys.stderr.write(f"VIBE Desktop could not load Qt: {exc}\n")
        explanation = explain_startup_failure()
        if explanation:
            sys.stderr.write(explanation + "\n")
        return 2
    if os.environ.get(BENCH_ENV) == "1":
        _arm_probe_when_the_loop_starts()
    return run_app(args)


BENCH_ENV = "VIBE_DESKTOP_BENCH_EXIT_AFTER_PAINT"
FIRST_PAINT_TAG = "VIBE_FIRST_PAINT"


def arm_first_paint_probe(widget: object) -> bool:
    """If VIBE_DESKTOP_BENCH_EXIT_AFTER_PAINT=1: print a timestamp on widget's first paint, quit.

    The line printed is ``VIBE_FIRST_PAINT <time.monotonic()>`` (a clock shared by every
    process on the machine, so the benchmark compares it with its own start time). The app
    quits two event-loop turns later, so work queued for "right after the first paint"
    (features) has run when the benchmark reads the peak memory. Does nothing otherwise.
    """
    if os.environ.get(BENCH_ENV) != "1":
        return False
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

    assert isinstance(widget, QWidget)
    target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
    if target.property("vibe_first_paint_probe"):
        return True
    target.setProperty("vibe_first_paint_probe", True)

    class _Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.property("done"):
                self.setProperty("done", True)
                print(f"{FIRST_PAINT_TAG} {time.monotonic():.6f}", flush=True)
                QTimer.singleShot(0, lambda: QTimer.singleShot(0, QApplication.quit))
            return False

    probe = _Probe(target)
    target.installEventFilter(probe)
    return True


def _arm_probe_when_the_loop_starts() -> None:
    """Benchmark mode only: arm the probe on the main window's detail pane as exec() starts.

    This keeps the measurement independent of app.py; app.py may also call
    arm_first_paint_probe(window.detail) itself (arming twice is harmless).
    """
    from PySide6.QtWidgets import QApplication

    original = QApplication.exec

    def exec_with_probe(*_self: object) -> int:
        QApplication.exec = original  # type: ignore[method-assign]
        for widget in QApplication.topLevelWidgets():
            detail = getattr(widget, "detail", None)
            if detail is not None:
                arm_first_paint_probe(detail)
                break
        return int(original())

    QApplication.exec = exec_with_probe  # type: ignore[method-assign]

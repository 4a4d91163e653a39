"""Why Qt cannot start here: no display, missing libraries, fonts or locale, named with the fix.

Nothing in this module imports Qt at import time, so it can run before QtWidgets is
loaded (``--self-test``, and the display check of every start) and after Qt has failed to
start (``explain_startup_failure``). The Linux library check lives in ``syslibs``, the
display sockets in ``displays``; the fonts are asked of fontconfig before Qt starts and of
Qt's own font database once it has (the only check on Windows and macOS).
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from vibe_desktop.displays import wayland_answers, wayland_socket, x_server_answers
from vibe_desktop.syslibs import (  # noqa: F401 (re-exported: build.py, the spec, tests)
    FONT_PACKAGES,
    PACKAGES,
    QT_LIBS,
    _loads,
    install_hint,
    missing_libraries,
    needed_libraries,
    packages_for,
    qt_dirs,
    sudo_prefix,
)

#: Seconds ``--screenshot`` may take before it gives up (override: this variable).
SCREENSHOT_LIMIT_ENV = "VIBE_DESKTOP_SCREENSHOT_TIMEOUT"
SCREENSHOT_LIMIT = 120.0
EXIT_SYSTEM = 2


@dataclass(frozen=True)
class Finding:
    """One problem found: how bad, what is wrong, and how to fix it."""

    severity: str  # "error" (the app cannot start) or "warning" (it starts, but badly)
    what: str
    fix: str

    def __str__(self) -> str:
        return f"{self.severity.upper()}: {self.what}\n  fix: {self.fix}"


def platform_name(env: Mapping[str, str] = os.environ) -> str:
    """The Qt platform plugin Qt will pick here (first of QT_QPA_PLATFORM, else by session)."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if sys.platform != "linux":
        return {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "native")
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE", "wayland") == "wayland":
        return "wayland"
    return "xcb"


HEADLESS = "for no window at all: QT_QPA_PLATFORM=offscreen (or xvfb-run vibe-desktop)"


def display_findings(platform: str, env: Mapping[str, str] = os.environ) -> list[Finding]:
    """A missing or dead X / Wayland display for the platform Qt will use (Linux)."""
    display = env.get("DISPLAY", "")
    if platform == "xcb":
        if not display:
            return [Finding(
                "error", "no X display (DISPLAY is not set) for the 'xcb' platform",
                "start the app from a desktop session, or run it headless with "
                "QT_QPA_PLATFORM=offscreen")]
        if x_server_answers(display) is False:
            return [Finding(
                "error", f"DISPLAY={display} is set, but no X server answers there "
                "(it has stopped, or this is another machine's or container's display)",
                f"start the app from a running desktop session, point DISPLAY at a running X "
                f"server (e.g. 'Xvfb :99 &'), or unset DISPLAY; {HEADLESS}")]
    if platform == "wayland":
        explicit = env.get("QT_QPA_PLATFORM", "").startswith("wayland")
        if not env.get("WAYLAND_DISPLAY"):
            return [Finding("error", "no Wayland display (WAYLAND_DISPLAY is not set)",
                            "start the app from a desktop session, or set QT_QPA_PLATFORM=xcb")]
        if wayland_answers(env) is False:
            x_fallback = not explicit and display and x_server_answers(display) is not False
            socket = wayland_socket(env)
            return [Finding(
                "warning" if x_fallback else "error",
                f"WAYLAND_DISPLAY={env['WAYLAND_DISPLAY']} is set, but no Wayland compositor "
                f"answers at {socket}" + (" (using X11 instead)" if x_fallback else ""),
                f"start the app from a running desktop session, unset WAYLAND_DISPLAY, or set "
                f"QT_QPA_PLATFORM=xcb with a running X server; {HEADLESS}")]
    return []


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


def fontconfig_has_config() -> bool | None:
    """Whether fontconfig finds its configuration (fonts.conf; None: no fontconfig here)."""
    import ctypes.util

    name = ctypes.util.find_library("fontconfig") or "libfontconfig.so.1"
    try:
        fc = ctypes.CDLL(name)
    except OSError:
        return None
    fc.FcConfigFilename.restype = ctypes.c_void_p
    fc.FcConfigFilename.argtypes = [ctypes.c_char_p]
    found = fc.FcConfigFilename(None)
    if found:
        ctypes.CDLL(None).free(ctypes.c_void_p(found))
    return bool(found)


def prepare_qt_environment(env: os._Environ[str] | dict[str, str] = os.environ) -> None:
    """Before QApplication: on Windows, let the offscreen platform find the system's fonts.

    Qt's offscreen (and minimal) platform reads fonts from a folder with FreeType, by default
    <Qt>/lib/fonts, which the wheels do not ship: every glyph would be a box.
    """
    if sys.platform == "win32" and platform_name(env) in ("offscreen", "minimal"):
        if not env.get("QT_QPA_FONTDIR"):
            env["QT_QPA_FONTDIR"] = str(Path(env.get("WINDIR", r"C:\Windows")) / "Fonts")


def qt_font_findings() -> list[Finding]:
    """Fonts as Qt sees them (needs a QGuiApplication): any at all, and real glyphs for text."""
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont

    where = {"win32": "the Windows Fonts folder (%WINDIR%\\Fonts)",
             "darwin": "/System/Library/Fonts"}.get(sys.platform, "fontconfig's font folders")
    if not QFontDatabase.families():
        fix = f"Qt looked in {where}; " + (
            "repair Windows' fonts, or set QT_QPA_FONTDIR to a folder of .ttf files"
            if sys.platform == "win32" else
            f"install {FONT_PACKAGES[0]} (Debian/Ubuntu) or {FONT_PACKAGES[1]} (Fedora)"
            if sys.platform == "linux" else "restore the system fonts")
        return [Finding("error", "Qt finds no font, so every letter would be drawn as a box", fix)]
    font = QFont()
    raw = QRawFont.fromFont(font)
    if not raw.isValid() or 0 in raw.glyphIndexesForString("VIBE report"):
        return [Finding(
            "error", f"the default font ({font.family()}) has no letters: text would be boxes",
            f"check the fonts in {where}")]
    return []


def locale_encoding(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> str:
    """The character encoding of the locale the environment asks for (e.g. 'UTF-8').

    Unset LC_ALL / LC_CTYPE / LANG mean the C locale on Linux; on macOS they mean UTF-8 (as
    Python and Qt treat them there), and Windows does not use them at all (Qt is UTF-16 and
    the app names the encoding of every file it reads or writes).
    """
    for var in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = env.get(var)
        if value:
            break
    else:
        if platform in ("win32", "darwin"):
            return "UTF-8"
        value = "C"
    if value in ("C", "POSIX"):
        return "ANSI_X3.4-1968"
    if "." in value:
        return value.split(".", 1)[1].split("@")[0]
    if platform == "win32":
        return "UTF-8"
    import locale  # only the self-test and a failed start get here

    return locale.getpreferredencoding(False)


def check_environment(platform: str | None = None) -> list[Finding]:
    """Everything found wrong on this machine for starting the window, worst first."""
    platform = platform or platform_name()
    findings: list[Finding] = []
    if sys.platform == "linux":
        findings += display_findings(platform)
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
            findings += fontconfig_findings()
    encoding = locale_encoding()
    if encoding.replace("-", "").lower() != "utf8":
        findings.append(Finding(
            "warning", f"the locale's character encoding is {encoding}, not UTF-8",
            "set a UTF-8 locale, e.g. export LANG=C.UTF-8 (or en_US.UTF-8)"))
    return sorted(findings, key=lambda f: f.severity != "error")


def fontconfig_findings() -> list[Finding]:
    """No fontconfig configuration (fontconfig-config), or no font at all (Linux)."""
    if fontconfig_has_config() is False and not os.environ.get("FONTCONFIG_FILE"):
        # without its configuration fontconfig knows no font folder: counting fonts would
        # blame the fonts, while the fix is the configuration
        return [Finding(
            "warning", "fontconfig has no configuration (no /etc/fonts/fonts.conf): fonts "
            "are chosen badly (italics in a monospace font) or not found",
            f"{sudo_prefix()}apt install fontconfig-config (Fedora: "
            f"{sudo_prefix()}dnf install fontconfig)")]
    findings = []
    if font_count() == 0:
        findings.append(Finding(
            "error", "no fonts are installed, so no text can be shown",
            f"install {FONT_PACKAGES[0]} (Debian/Ubuntu) or {FONT_PACKAGES[1]} (Fedora)"))
    return findings


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
#: Qt's own advice when the xcb plugin fails for any reason, true only when the library
#: really is missing (which our explanation then says).
MISLEADING = "xcb-cursor0 or libxcb-cursor0 is needed"


def guard_startup() -> None:
    """Print the diagnosis, instead of only Qt's terse message, if Qt aborts at start."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    previous = None

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if MISLEADING in message:
            return  # the explanation below names the real cause (this library or another)
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


def arm_screenshot_time_limit(args: argparse.Namespace) -> threading.Timer | None:
    """With --screenshot: end the process, saying why, if no picture is written in time."""
    if not getattr(args, "screenshot", None):
        return None
    try:
        limit = float(os.environ.get(SCREENSHOT_LIMIT_ENV, SCREENSHOT_LIMIT))
    except ValueError:
        limit = SCREENSHOT_LIMIT

    def give_up() -> None:
        sys.stderr.write(
            f"VIBE Desktop: --screenshot wrote no picture within {limit:g} s, giving up "
            f"(set {SCREENSHOT_LIMIT_ENV} for a longer limit).\n")
        explanation = explain_startup_failure()
        if explanation:
            sys.stderr.write(explanation + "\n")
        sys.stderr.flush()
        os._exit(EXIT_SYSTEM)

    timer = threading.Timer(limit, give_up)
    timer.daemon = True
    timer.start()
    return timer


def guarded_start(args: argparse.Namespace) -> int:
    """The window path of the CLI: run the app, explaining a start-up failure if Qt has one."""
    from vibe_desktop.app import run_app  # no Qt at import

    if sys.platform == "linux":  # a dead display would abort Qt: say so first, and stop
        errors = [f for f in display_findings(platform_name()) if f.severity == "error"]
        if errors:
            sys.stderr.write("VIBE Desktop cannot start its window on this machine:\n")
            sys.stderr.write("\n".join(str(f) for f in errors) + "\n")
            return EXIT_SYSTEM
    prepare_qt_environment()
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
        return EXIT_SYSTEM
    from vibe_desktop import benchprobe

    if os.environ.get(benchprobe.BENCH_ENV) == "1":
        benchprobe.arm_when_the_loop_starts()
    timer = arm_screenshot_time_limit(args)
    try:
        return run_app(args)
    finally:
        if timer is not None:
            timer.cancel()


# The benchmark probe lives in vibe_desktop.benchprobe; its names stay importable here.
from vibe_desktop.benchprobe import (  # noqa: E402,F401
    BENCH_ENV,
    FIRST_PAINT_TAG,
    arm_first_paint_probe,
)

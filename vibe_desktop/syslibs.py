"""System libraries Qt needs on Linux: ELF DT_NEEDED reading, the missing ones, their packages."""

from __future__ import annotations

import ctypes
import os
import struct
import sys
from collections.abc import Callable, Iterable
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
    sudo = sudo_prefix()
    return (f"{sudo}apt install {' '.join(debian)}  "
            f"(Fedora: {sudo}dnf install {' '.join(fedora)})")


def sudo_prefix() -> str:
    """'sudo ' before a suggested install command, or '' when already running as root."""
    geteuid = getattr(os, "geteuid", None)
    return "" if geteuid is not None and geteuid() == 0 else "sudo "


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



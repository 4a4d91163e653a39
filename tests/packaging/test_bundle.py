"""Build the frozen bundle once, then check it, its .tar.gz and its .deb by running them.

Slow (about a minute on two cores): marked ``packaging``; skip locally with
``pytest -m 'not packaging'``. CI runs them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle is built on Linux"),
]
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
NAME, VERSION = PROJECT["name"], PROJECT["version"]


@dataclass(frozen=True)
class Built:
    folder: Path
    tarball: Path
    deb: Path | None

    @property
    def exe(self) -> Path:
        return self.folder / NAME


@pytest.fixture(scope="session")
def built() -> Built:
    """Run packaging/build.py once per session (it runs the frozen self-test itself)."""
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py")] + (
            [] if shutil.which("dpkg-deb") else ["--no-deb"]),
        check=False, cwd=REPO, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, (
        f"build failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    assert "frozen self-test passed" in result.stdout
    dist = REPO / "build" / "dist"
    tarballs = list(dist.glob(f"{NAME}-{VERSION}-linux-*.tar.gz"))
    debs = list(dist.glob(f"{NAME}_{VERSION}_*.deb"))
    assert len(tarballs) == 1
    return Built(dist / NAME, tarballs[0], debs[0] if debs else None)


def run_self_test(exe: Path, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, VIBE_DESKTOP_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    full_env.update(env)
    return subprocess.run([str(exe), "--self-test"], check=False, env=full_env,
                          capture_output=True, text=True, timeout=180)


def assert_self_test_passed(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert "(frozen," in result.stdout
    assert re.search(r"^reports: (\d+) of \1 loaded$", result.stdout, re.MULTILINE), result.stdout
    pages = re.search(r"^pages: (\d+) of \1 rendered$", result.stdout, re.MULTILINE)
    assert pages and int(pages.group(1)) >= 26, result.stdout


def test_frozen_self_test_loads_every_report_and_renders_every_page(
    built: Built, tmp_path: Path
) -> None:
    assert_self_test_passed(run_self_test(built.exe, tmp_path))


def test_frozen_app_names_what_is_missing_instead_of_aborting(
    built: Built, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="xcb", VIBE_DESKTOP_HOME=str(tmp_path))
    result = subprocess.run([str(built.exe), "--self-test"], check=False, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "no X display (DISPLAY is not set)" in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr


def test_frozen_app_explains_a_failed_start(built: Built, tmp_path: Path) -> None:
    """The normal start (no --self-test): Qt aborts, and the diagnosis follows its message."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="xcb", VIBE_DESKTOP_HOME=str(tmp_path))
    result = subprocess.run([str(built.exe)], check=False, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode != 0
    assert "VIBE Desktop cannot start its window on this machine" in result.stderr
    assert "DISPLAY is not set" in result.stderr


def test_frozen_app_explains_a_display_that_is_set_but_dead(built: Built, tmp_path: Path) -> None:
    from tests.test_diagnostics import free_display_number

    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=f":{free_display_number()}", VIBE_DESKTOP_HOME=str(tmp_path))
    for args in ([], ["--screenshot", str(tmp_path / "shot.png")]):
        result = subprocess.run([str(built.exe), *args], check=False, env=env,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 2, result.stderr  # not Qt's abort (134)
        assert "is set, but no X server answers there" in result.stderr
        assert "xcb-cursor0" not in result.stderr


def test_bundle_holds_only_what_the_app_uses(built: Built) -> None:
    files = [p.relative_to(built.folder).as_posix() for p in built.folder.rglob("*")]
    names = {Path(f).name for f in files}
    # libQt6Network stays: QLocalServer/QLocalSocket hand a second launch to the running window
    assert "libQt6Network.so.6" in names
    for unwanted in ("libQt6Qml.so.6", "libQt6Quick.so.6",
                     "libQt6Pdf.so.6", "libqgtk3.so", "libgtk-3.so.0", "libcairo.so.2",
                     "libqvnc.so", "libqeglfs.so", "libcups.so.2", "libgnutls.so.30",
                     "libcrypto.so.3", "libssl.so.3"):
        assert unwanted not in names, unwanted
    translations = [f for f in files if f.endswith(".qm") and "/PySide6/" in f]
    shipped = {re.sub(r"^vibe_desktop_|\.ts$", "", p.name)
               for p in (REPO / "resources" / "translations").glob("vibe_desktop_*.ts")}
    for qm in translations:
        assert qm.rsplit("_", 1)[1].removesuffix(".qm") in shipped, qm
    for language in shipped:  # ours (built from the .ts) and Qt's own, for its dialogs
        assert f"vibe_desktop_{language}.qm" in names, language
        assert f"qtbase_{language}.qm" in names, language
    assert any(f.endswith("data/reports/kazakhstan-2022.yaml") for f in files)
    assert any(f.endswith("resources/icons/vibe-desktop.svg") for f in files)
    broken = [p for p in built.folder.rglob("*") if p.is_symlink() and not p.exists()]
    assert broken == []


def test_binaries_are_stripped(built: Built) -> None:
    if shutil.which("readelf") is None:
        pytest.skip("readelf is not installed (binutils)")
    lib = built.folder / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6"
    sections = subprocess.run(["readelf", "-S", "-W", str(lib)], check=True,
                              capture_output=True, text=True).stdout
    assert ".symtab" not in sections


@pytest.fixture()
def unpacked(built: Built, tmp_path: Path) -> Iterator[Path]:
    with tarfile.open(built.tarball) as tar:
        if hasattr(tarfile, "tar_filter"):  # Python >= 3.11.4 (and older security backports)
            tar.extractall(tmp_path / "unpacked", filter="tar")
        else:  # pragma: no cover - our own archive, just built
            tar.extractall(tmp_path / "unpacked")
    yield tmp_path / "unpacked" / f"{NAME}-{VERSION}"


def test_tarball_unpacks_to_a_folder_that_runs(unpacked: Path, tmp_path: Path) -> None:
    assert_self_test_passed(run_self_test(unpacked / NAME, tmp_path / "home"))


def test_deb_installs_into_a_throwaway_root_and_runs(built: Built, tmp_path: Path) -> None:
    if built.deb is None:
        pytest.skip("dpkg-deb is not installed (dpkg-dev)")
    root = tmp_path / "root"
    dpkg = ["dpkg", f"--root={root}", "--force-depends", "--force-not-root", "--log=/dev/null"]
    if shutil.which("dpkg"):  # a real install, into an empty dpkg database of our own
        for folder in ("var/lib/dpkg/info", "var/lib/dpkg/updates"):
            (root / folder).mkdir(parents=True)
        (root / "var/lib/dpkg/status").touch()
        subprocess.run([*dpkg, "-i", str(built.deb)], check=True, capture_output=True)
    else:
        subprocess.run(["dpkg-deb", "-x", str(built.deb), str(root)], check=True)
    fields = subprocess.run(["dpkg-deb", "-f", str(built.deb)], check=True,
                            capture_output=True, text=True).stdout
    assert f"Package: {NAME}" in fields and f"Version: {VERSION}" in fields
    assert "libc6" in fields and "libegl1" in fields
    launcher = root / "usr" / "bin" / NAME
    assert launcher.is_symlink() and not os.readlink(launcher).startswith("/")
    app_id = "org.vibedesktop.VibeDesktop"
    share = root / "usr" / "share"
    assert (share / "applications" / f"{app_id}.desktop").is_file()
    assert (share / "metainfo" / f"{app_id}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{app_id}.svg").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{app_id}.png").is_file()
    assert_self_test_passed(run_self_test(launcher, tmp_path / "home"))
    if shutil.which("dpkg"):  # and it uninstalls without leaving files behind
        subprocess.run([*dpkg, "-r", NAME], check=True, capture_output=True)
        assert not (root / "opt" / NAME).exists() and not launcher.is_symlink()


@pytest.mark.xvfb
def test_frozen_self_test_on_a_real_x_server(built: Built, tmp_path: Path) -> None:
    """The bundled xcb plugin and its libraries work against a real X server (Xvfb)."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(  # -displayfd: Xvfb picks a free display, says it when ready
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as ready:
            number = ready.readline().strip()
        if not number.isdigit():
            pytest.skip("Xvfb did not start")
        display = f":{number.decode()}"
        result = run_self_test(built.exe, tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=display)
        assert "Qt platform 'xcb'" in result.stdout
        assert_self_test_passed(result)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_tarball_with_the_portable_marker_keeps_its_files_beside_itself_across_a_move(
    unpacked: Path, tmp_path: Path
) -> None:
    """Field staff carry the folder on a stick: settings and added reports travel with it."""
    stick_a = tmp_path / "stick-a"
    stick_a.mkdir()
    folder = stick_a / unpacked.name
    unpacked.rename(folder)
    shutil.copy(REPO / "packaging" / "portable.txt", folder / "portable.txt")
    home = tmp_path / "profile"  # a fresh user profile, which must stay empty
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("VIBE_DESKTOP_HOME", "XDG_CONFIG_HOME",
                                                           "XDG_DATA_HOME", "XDG_CACHE_HOME")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen",
               VIBE_DESKTOP_BENCH_EXIT_AFTER_PAINT="1")  # a real start that ends by itself

    def start(exe: Path, *args: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([str(exe), *args], check=False, env=env, capture_output=True,
                                text=True, timeout=180)
        assert result.returncode == 0, result.stdout + result.stderr
        return result

    start(folder / NAME, "--indicator", "6")
    data = folder / "vibe-desktop-data"
    assert "last_anchor=kazakhstan-2022/i6" in (data / "config" / "settings.ini").read_text()
    # a report the person added (the bundled one under another id), kept beside the program
    report = (REPO / "data" / "reports" / "kazakhstan-2022.yaml").read_text(encoding="utf-8")
    (data / "data" / "reports").mkdir(parents=True, exist_ok=True)
    (data / "data" / "reports" / "stick-2022.yaml").write_text(
        report.replace("id: kazakhstan-2022", "id: stick-2022", 1), encoding="utf-8")

    stick_b = tmp_path / "stick-b"
    stick_b.mkdir()
    moved = stick_b / folder.name
    folder.rename(moved)
    start(moved / NAME)  # no --indicator: it reopens where it was left, on the moved stick
    settings = (moved / "vibe-desktop-data" / "config" / "settings.ini").read_text()
    assert "last_anchor=kazakhstan-2022/i6" in settings
    found = start(moved / NAME, "search", "media literacy", "--report", "stick-2022",
                  "--limit", "1")
    assert "stick-2022" in found.stdout
    selftest = start(moved / NAME, "--self-test")
    assert f"user files: portable, {moved / 'vibe-desktop-data'}" in selftest.stdout
    # nothing of ours in the profile (fontconfig may keep its own cache there)
    assert [p for p in home.rglob("*") if "vibe" in str(p.relative_to(home)).lower()] == []

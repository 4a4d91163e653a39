"""Bundled files: found on disk without importlib.resources, and through it without a folder."""

from __future__ import annotations

import sys
import zipfile
from importlib import resources
from pathlib import Path

import pytest

from vibe_desktop import paths


def test_bundled_and_resource_are_what_importlib_resources_gives() -> None:
    assert paths.bundled("reports") == resources.files("vibe_desktop.data").joinpath("reports")
    assert paths.resource("icons", "vibe-desktop.svg") == resources.files(
        "vibe_desktop.resources").joinpath("icons", "vibe-desktop.svg")
    assert isinstance(paths.bundled(), Path)
    assert paths.resource("icons", "vibe-desktop.svg").is_file()


def test_bundled_report_files_lists_the_bundled_yaml() -> None:
    names = [f.name for f in paths.bundled_report_files()]
    assert "kazakhstan-2022.yaml" in names
    assert names == sorted(names)


def test_a_package_inside_a_zip_is_read_through_importlib_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "zipped.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("vibe_zipped_pkg/__init__.py", "")
        zf.writestr("vibe_zipped_pkg/reports/a.yaml", "id: a\n")
    monkeypatch.syspath_prepend(str(archive))
    monkeypatch.delitem(sys.modules, "vibe_zipped_pkg", raising=False)
    try:
        folder = paths._package_files("vibe_zipped_pkg")
        assert not isinstance(folder, Path)  # no folder on disk: a zip Traversable
        report = folder.joinpath("reports").joinpath("a.yaml")
        assert report.is_file()
        assert report.read_text(encoding="utf-8") == "id: a\n"
    finally:
        sys.modules.pop("vibe_zipped_pkg", None)


# -- portable mode ---------------------------------------------------------------------
@pytest.fixture()
def frozen_exe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A pretend frozen program in tmp_path/app, with no VIBE_DESKTOP_HOME override."""
    exe = tmp_path / "app" / "vibe-desktop.exe"
    exe.parent.mkdir()
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv(paths.HOME_ENV, raising=False)
    return exe


def test_the_marker_beside_the_program_keeps_everything_beside_it(frozen_exe: Path) -> None:
    (frozen_exe.parent / paths.PORTABLE_MARKER).write_text("portable\n", encoding="utf-8")
    root = frozen_exe.parent / paths.PORTABLE_DIR
    assert paths.data_dir() == root / "data" and paths.data_dir().is_dir()
    assert paths.config_dir() == root / "config"
    assert paths.cache_dir() == root / "cache"
    assert paths.settings_file() == root / "config" / "settings.ini"
    assert paths.user_reports_dir() == root / "data" / "reports"
    assert paths.home_description() == f"portable, {root}"


def test_without_the_marker_the_profile_is_used(frozen_exe: Path) -> None:
    assert paths.portable_root() is None
    assert not paths.data_dir().is_relative_to(frozen_exe.parent)
    assert paths.home_description() == "the user profile"


def test_a_folder_that_cannot_be_written_falls_back_to_the_profile(
    frozen_exe: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (frozen_exe.parent / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setattr(paths.os, "access", lambda path, mode: False)  # a read-only stick
    assert paths.portable_root() is None
    assert not paths.data_dir().is_relative_to(frozen_exe.parent)


def test_the_test_override_wins_over_the_marker(
    frozen_exe: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (frozen_exe.parent / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "home"))
    assert paths.data_dir() == tmp_path / "home" / "data"


def test_running_from_sources_is_never_portable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.program_dir() is None and paths.portable_root() is None


def test_the_shipped_marker_file_explains_itself() -> None:
    from tests.conftest import REPO

    text = (REPO / "packaging" / paths.PORTABLE_MARKER).read_text(encoding="utf-8")
    assert paths.PORTABLE_DIR in text and paths.PORTABLE_MARKER in text

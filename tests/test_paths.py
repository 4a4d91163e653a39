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
